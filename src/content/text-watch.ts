/**
 * Watches a frame whose text holds no name, cheaply: reads the page's text as the scanner would
 * (skipped subtrees left out, open shadow roots included) through the prefilter, in slices, then
 * re-reads only the blocks that change. Calls `onName` once the text may hold a name; the entry
 * then loads the annotator, whose scanner does the real work. Never touches the page.
 *
 * Why re-reading changed blocks is enough: the engine matches within runs of a block's text, so
 * a name can only appear where text was added, edited, or joined by a removal.
 */
import type { Prefilter, PrefilterStream } from '../text/prefilter';
import { blockOf, insideSkipped, isInlineElement, nextOutside, skipElement } from './collect-text';
import { nextTask } from './next-task';

const SLICE_MS = 5;
/** Changes are gathered this long before being read: a burst of edits is read once. */
const BATCH_MS = 50;
/** Nothing of Glossa's is on the page while it only watches. */
const notOurs = (): boolean => false;

/** The node whose text a change under `target` can join: its block, or the root itself. */
function blockFor(target: Node): Node {
  if (target.nodeType === Node.ELEMENT_NODE && !isInlineElement(target as Element)) return target;
  if (target.nodeType !== Node.ELEMENT_NODE && target.nodeType !== Node.TEXT_NODE) return target; // document, shadow root
  return blockOf(target);
}

export class TextWatch {
  /** True once the whole page has been read (and held no name). */
  complete = false;
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private batch: ReturnType<typeof setTimeout> | null = null;
  private reading = false;
  private stopped = false;
  private sliceStart = 0;

  constructor(
    private readonly prefilter: Prefilter,
    private readonly onName: () => void,
  ) {}

  async start(): Promise<void> {
    this.observer = new MutationObserver((records) => this.queue(records));
    this.observe(document);
    this.reading = true;
    const hit = await this.read([document]);
    this.reading = false;
    if (this.stopped) return;
    if (hit) return this.found();
    this.complete = true;
    if (this.pending.length > 0) this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    if (this.batch !== null) clearTimeout(this.batch);
    this.batch = null;
  }

  private found(): void {
    this.stop();
    this.onName();
  }

  private observe(root: Node): void {
    this.observer?.observe(root, { childList: true, characterData: true, subtree: true });
  }

  private queue(records: MutationRecord[]): void {
    this.pending.push(...records);
    if (!this.reading) this.schedule();
  }

  private schedule(): void {
    if (this.batch !== null || this.stopped) return;
    this.batch = setTimeout(() => {
      this.batch = null;
      void this.readChanges();
    }, BATCH_MS);
  }

  private async readChanges(): Promise<void> {
    const roots = new Set<Node>();
    for (const r of this.pending.splice(0)) {
      if (r.type === 'characterData') {
        roots.add(blockFor(r.target));
        continue;
      }
      // A removal joins the text either side of it; added text or an inline element joins its
      // neighbours; an added block is text of its own.
      let joins = r.removedNodes.length > 0;
      for (const n of r.addedNodes) {
        if (n.nodeType === Node.ELEMENT_NODE && !isInlineElement(n as Element)) roots.add(n);
        else joins = true;
      }
      if (joins) roots.add(blockFor(r.target));
    }
    this.reading = true;
    // Typing in an editor or text in a <code> never holds a name the scanner would read.
    const hit = await this.read([...roots].filter((n) => n.isConnected && !insideSkipped(n, notOurs)));
    this.reading = false;
    if (this.stopped) return;
    if (hit) return this.found();
    if (this.pending.length > 0) this.schedule();
  }

  /** Whether the text under any of `roots` may hold a name; yields between slices. */
  private async read(roots: Node[]): Promise<boolean> {
    this.sliceStart = performance.now();
    for (const root of roots) {
      const doc = root.ownerDocument ?? (root as Document);
      if (doc.designMode === 'on') continue; // the scanner reads nothing there either
      for (;;) {
        const stream = this.prefilter.stream();
        const result = await this.readRoot(root, stream);
        if (result === 'restart') continue;
        if (result === 'stopped') return false;
        if (result || stream.end()) return true;
        break;
      }
    }
    return false;
  }

  /**
   * Pushes the text under `root` (and its open shadow roots, observed from now on) into `stream`.
   * 'restart' when the walk lost its place (its node was removed while it yielded).
   */
  private async readRoot(root: Node, stream: PrefilterStream): Promise<boolean | 'restart' | 'stopped'> {
    if (root.nodeType === Node.ELEMENT_NODE && skipElement(root as Element, notOurs)) return false;
    const doc = root.ownerDocument ?? (root as Document);
    const walkers = [doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)];
    let steps = 0;
    while (walkers.length > 0) {
      const walker = walkers[walkers.length - 1]!;
      let n: Node | null = walker.nextNode();
      while (n) {
        if (++steps % 128 === 0 && performance.now() - this.sliceStart > SLICE_MS) {
          await nextTask();
          if (this.stopped) return 'stopped';
          if (!walker.currentNode.isConnected) return 'restart';
          this.sliceStart = performance.now();
        }
        if (n.nodeType === Node.TEXT_NODE) {
          if (stream.push((n as Text).data)) return true;
          n = walker.nextNode();
          continue;
        }
        const el = n as Element;
        if (skipElement(el, notOurs)) {
          n = nextOutside(walker);
          continue;
        }
        if (el.shadowRoot) {
          this.observe(el.shadowRoot);
          walkers.push(doc.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT));
          break; // read the shadow root, then come back to this walker
        }
        n = walker.nextNode();
      }
      if (!n) walkers.pop();
    }
    return false;
  }
}
