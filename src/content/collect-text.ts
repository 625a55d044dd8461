/**
 * Collects the page's text as runs: the text nodes of one block (inline elements joined, so
 * `Afri<b>COM</b>` reads "AfriCOM"), with their offsets, for the engine to match and for matches
 * to be mapped back to (node, offset). Walks open shadow roots. Never touches the page.
 */
import { joinPieces, type JoinedRun } from './offsets';

export interface Run {
  /** The block element (or shadow root / document) the run belongs to. */
  block: Node;
  nodes: Text[];
  joined: JoinedRun;
}

/** Subtrees never scanned. */
const SKIP = new Set([
  'HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'CODE', 'KBD', 'SAMP', 'PRE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
]);

/** Elements whose text flows inside the surrounding block. Anything else starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK', 'Q',
  'RUBY', 'RB', 'RT', 'RP', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'NOBR',
]);

export function isInlineElement(el: Element): boolean {
  return INLINE.has(el.tagName.toUpperCase());
}

export type IsOurs = (node: Node) => boolean;

function skipElement(el: Element, isOurs: IsOurs): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (isOurs(el)) return true;
  return (el as HTMLElement).isContentEditable === true;
}

/** True when `node` sits inside a region that is never scanned (or is gone from the page). */
export function insideSkipped(node: Node, isOurs: IsOurs): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let n: Node | null = node; n; ) {
    if (n.nodeType === Node.ELEMENT_NODE && skipElement(n as Element, isOurs)) return true;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return false;
}

/** The block a node's text belongs to: nearest non-inline ancestor element, else its root. */
export function blockOf(node: Node): Node {
  let n: Node | null = node.parentNode;
  while (n && n.nodeType === Node.ELEMENT_NODE && isInlineElement(n as Element)) n = n.parentNode;
  return n ?? node;
}

/**
 * Yields every run under `root` in document order (a shadow root's text after its host's
 * opening). `onShadowRoot` is told about every open shadow root met, to observe it.
 */
export function* collectRuns(root: Node, isOurs: IsOurs, onShadowRoot?: (r: ShadowRoot) => void): Generator<Run> {
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on') return;
  let block: Node | null = null;
  let nodes: Text[] = [];
  let pieces: string[] = [];
  let meaningful = false;
  const flush = (): Run | undefined => {
    const run = meaningful && block ? { block, nodes, joined: joinPieces(pieces) } : undefined;
    block = null;
    nodes = [];
    pieces = [];
    meaningful = false;
    return run;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE && skipElement(n as Element, isOurs) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  if (root.nodeType === Node.ELEMENT_NODE && skipElement(root as Element, isOurs)) return;
  for (let n: Node | null = walker.currentNode === root ? walker.nextNode() : walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const text = n as Text;
      const b = blockOf(text);
      if (b !== block) {
        const run = flush();
        if (run) yield run;
        block = b;
      }
      const data = text.data;
      nodes.push(text);
      pieces.push(data);
      if (!meaningful && /\S/.test(data)) meaningful = true;
      continue;
    }
    const el = n as Element;
    if (!isInlineElement(el)) {
      const run = flush();
      if (run) yield run;
    }
    const shadow = el.shadowRoot;
    if (shadow) {
      const run = flush();
      if (run) yield run;
      onShadowRoot?.(shadow);
      yield* collectRuns(shadow, isOurs, onShadowRoot);
    }
  }
  const run = flush();
  if (run) yield run;
}
