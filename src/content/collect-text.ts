/**
 * Collects the page's text as runs: the text nodes of one block (inline elements joined, so
 * `Afri<b>COM</b>` reads "AfriCOM"), with their offsets, for the engine to match and for matches
 * to be mapped back to (node, offset). Walks open shadow roots. Never touches the page.
 */
import { INLINE_ELEMENTS, SKIPPED_ELEMENTS } from '../shared/page-elements';
import { joinPieces, type JoinedRun } from './offsets';

export interface Run {
  /** The block element (or shadow root / document) the run belongs to. */
  block: Node;
  nodes: Text[];
  joined: JoinedRun;
}

export function isInlineElement(el: Element): boolean {
  return INLINE_ELEMENTS.has(el.localName);
}

export type IsOurs = (node: Node) => boolean;

/**
 * A <form> exposes its named controls as properties that hide the DOM's own
 * (`<input name="hasAttribute">`, `<button name="parentNode">`): on a form, and where a page may
 * have done that, read through the prototypes.
 */
const nodeParent = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode')!.get!;
const nodeTypeOf = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeType')!.get!;
const elementName = Object.getOwnPropertyDescriptor(Element.prototype, 'localName')!.get!;
const hasAttribute = Element.prototype.hasAttribute;

/** What an element is to a walk over the page's text. */
export type ElementKind = 'skip' | 'inline' | 'block';

/** An element's kind, from one read of its name (walks ask this of every element they meet). */
export function kindOf(el: Element, isOurs: IsOurs): ElementKind {
  let name = el.localName;
  const form = typeof name !== 'string' || name === 'form';
  if (form) name = elementName.call(el) as string;
  if (SKIPPED_ELEMENTS.has(name) || isOurs(el)) return 'skip';
  // Only an element carrying the attribute can start an editable region; its subtree is skipped
  // with it, so isContentEditable (which consults style) is read rarely, not per element.
  const editable = form ? hasAttribute.call(el, 'contenteditable') : el.hasAttribute('contenteditable');
  if (editable && (el as HTMLElement).isContentEditable === true) return 'skip';
  return INLINE_ELEMENTS.has(name) ? 'inline' : 'block';
}

function skipElement(el: Element, isOurs: IsOurs): boolean {
  return kindOf(el, isOurs) === 'skip';
}

/** A node's parent, or a shadow root's host: the way up across shadow trees. */
export function parentOrHost(n: Node): Node | null {
  return (nodeParent.call(n) as Node | null) ?? (n instanceof ShadowRoot ? n.host : null);
}

/**
 * A test of whether a node, or any node above it (across shadow trees), satisfies `hit`. It
 * remembers every node it walked through, so many nodes under the same ancestors (thousands of
 * blocks added to one list) cost one walk up each, not one walk up to the root each.
 */
export function withinTest(hit: (n: Node) => boolean): (node: Node) => boolean {
  const memo = new Map<Node, boolean>();
  return (node) => {
    const walked: Node[] = [];
    let result = false;
    for (let n: Node | null = node; n; n = parentOrHost(n)) {
      const known = memo.get(n);
      if (known !== undefined) {
        result = known;
        break;
      }
      walked.push(n);
      if (hit(n)) {
        result = true;
        break;
      }
    }
    for (const n of walked) memo.set(n, result);
    return result;
  };
}

/** A test of whether a node sits inside a region that is never scanned; for one moment of the page. */
export function skippedTest(isOurs: IsOurs): (node: Node) => boolean {
  if (document.designMode === 'on') return () => true;
  return withinTest((n) => nodeTypeOf.call(n) === Node.ELEMENT_NODE && skipElement(n as Element, isOurs));
}

/** The node after the walker's current subtree, or null at the end of its root. */
export function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
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
  // This frame's document: a page's form may hide a root's own `ownerDocument`.
  const doc = document;
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
  // No NodeFilter: a JS filter is a call from the browser into JS for every node. Skipped
  // subtrees are stepped over by hand instead.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  if (root.nodeType === Node.ELEMENT_NODE && skipElement(root as Element, isOurs)) return;
  // Consecutive text nodes mostly share a parent: its block is looked up once.
  let lastParent: Node | null = null;
  let lastBlock: Node = root;
  let n: Node | null = walker.nextNode();
  while (n) {
    if (n.nodeType === Node.TEXT_NODE) {
      const text = n as Text;
      const parent = text.parentNode;
      if (parent !== lastParent) {
        lastParent = parent;
        lastBlock = blockOf(text);
      }
      const b = lastBlock;
      if (b !== block) {
        const run = flush();
        if (run) yield run;
        block = b;
      }
      const data = text.data;
      nodes.push(text);
      pieces.push(data);
      if (!meaningful && /\S/.test(data)) meaningful = true;
      n = walker.nextNode();
      continue;
    }
    const el = n as Element;
    const kind = kindOf(el, isOurs);
    if (kind === 'skip') {
      n = nextOutside(walker);
      continue;
    }
    if (kind === 'block') {
      const run = flush();
      if (run) yield run;
    }
    const shadow = el.shadowRoot;
    if (shadow instanceof ShadowRoot) {
      const run = flush();
      if (run) yield run;
      onShadowRoot?.(shadow);
      yield* collectRuns(shadow, isOurs, onShadowRoot);
    }
    n = walker.nextNode();
  }
  const run = flush();
  if (run) yield run;
}
