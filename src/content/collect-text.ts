/**
 * Collects the page's text as runs: the text nodes of one block (inline elements joined, so
 * `Afri<b>COM</b>` reads "AfriCOM"), with their offsets, for the engine to match and for matches
 * to be mapped back to (node, offset). Walks open shadow roots. Never touches the page.
 */
import { INLINE_ELEMENTS, SKIPPED_ELEMENTS } from '../shared/page-elements';
import { addPiece, emptyRun, type JoinedRun } from './offsets';

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
 * Whether a text node's data holds anything but white space (/\S/), reading few characters: most
 * text starts with a word, and blank nodes between blocks are short runs of ASCII white space.
 */
function hasWord(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    return (c > 0x20 && c < 0x7f) || /\S/.test(data);
  }
  return false;
}

/**
 * The walk over the text under a root, read in steps (`read`): every run in document order, a
 * shadow root's right after its host's opening. A class, not a generator, so a run costs no
 * resumption and the caller looks at the clock once per step, not once per run.
 */
export class TextWalk {
  /** The walk's TreeWalkers: the root's, then one per open shadow root being read. */
  private readonly walkers: TreeWalker[] = [];
  /** The next node to visit, in the last walker. */
  private at: Node | null = null;
  /** The run being built: its block, nodes and text; words in it or not. */
  private block: Node | null = null;
  private nodes: Text[] = [];
  private joined = emptyRun();
  private meaningful = false;
  /** Consecutive text nodes mostly share a parent: its block is looked up once. */
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  /** The last element met that starts a block: a text node under it needs no look-up. */
  private blockElement: Element | null = null;

  /** `onShadowRoot` is told about every open shadow root met, to observe it. */
  constructor(
    root: Node,
    private readonly isOurs: IsOurs,
    private readonly onShadowRoot?: (r: ShadowRoot) => void,
  ) {
    // This frame's document: a page's form may hide a root's own `ownerDocument`.
    if (document.designMode === 'on') return;
    if (root.nodeType === Node.ELEMENT_NODE && skipElement(root as Element, isOurs)) return;
    this.at = this.enter(root).nextNode();
  }

  /**
   * Reads on for about `nodes` nodes, or to the end, adding each run completed to `out`; false
   * once the walk is over.
   */
  read(out: Run[], nodes: number): boolean {
    let walker = this.walkers[this.walkers.length - 1];
    let n = this.at;
    for (let left = nodes; walker && left > 0; left--) {
      if (!n) {
        // This root is read: back to the host whose shadow root it was, and on into its children.
        this.end(out);
        this.walkers.pop();
        walker = this.walkers[this.walkers.length - 1];
        n = walker?.nextNode() ?? null;
        continue;
      }
      if (n.nodeType === Node.TEXT_NODE) {
        this.add(n as Text, out);
        n = walker.nextNode();
        continue;
      }
      const el = n as Element;
      const kind = kindOf(el, this.isOurs);
      if (kind === 'skip') {
        n = nextOutside(walker);
        continue;
      }
      if (kind === 'block') this.blockElement = el;
      const shadow = el.shadowRoot;
      if (shadow instanceof ShadowRoot) {
        this.end(out);
        this.onShadowRoot?.(shadow);
        walker = this.enter(shadow);
        n = walker.nextNode();
        continue;
      }
      if (kind === 'block') this.end(out);
      n = walker.nextNode();
    }
    this.at = n;
    return walker !== undefined;
  }

  private enter(root: Node): TreeWalker {
    // No NodeFilter: a JS filter is a call from the browser into JS for every node. Skipped
    // subtrees are stepped over by hand instead.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.walkers.push(walker);
    return walker;
  }

  private add(node: Text, out: Run[]): void {
    const parent = node.parentNode;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      // The run's own block, or a block just entered, is the parent's block when it is the parent.
      this.lastBlock = parent === this.block || parent === this.blockElement ? parent : blockOf(node);
    }
    if (this.lastBlock !== this.block) {
      this.end(out);
      this.block = this.lastBlock;
    }
    const data = node.data;
    this.nodes.push(node);
    addPiece(this.joined, data);
    if (!this.meaningful) this.meaningful = hasWord(data);
  }

  /** Ends the run being built: added to `out` when it holds a word. */
  private end(out: Run[]): void {
    if (this.meaningful && this.block) out.push({ block: this.block, nodes: this.nodes, joined: this.joined });
    if (this.nodes.length === 0) return;
    this.block = null;
    this.nodes = [];
    this.joined = emptyRun();
    this.meaningful = false;
  }
}
