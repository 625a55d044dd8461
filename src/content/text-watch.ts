/**
 * Watches a frame whose text holds no name, cheaply: reads the page's text as the scanner would
 * (skipped subtrees left out, open shadow roots included), in slices, and has the background's
 * prefilter check it in batches (`MayHoldName`), then re-reads only the blocks that change. Calls
 * `onName` once the text may hold a name; the entry then loads the annotator, whose scanner does
 * the real work. Never touches the page.
 *
 * Why re-reading changed blocks is enough: the engine matches within runs of a block's text, so
 * a name can only appear where text was added, edited, or joined by a removal. For the same
 * reason a batch may end where a block starts: no run the scanner reads crosses that point.
 */
import { blockOf, isInlineElement, kindOf, nextOutside, skipElement, skippedTest } from './collect-text';
import { nextTask } from './next-task';

/** Whether this text may hold a name (true on any doubt). */
export type MayHoldName = (text: string) => Promise<boolean>;

const SLICE_MS = 5;
/**
 * Text held before a batch is sent, at the next block start. The first batch is small, so a page
 * with a name near its top hands over to the annotator after a short read instead of a 64 K one
 * that the scanner then reads again; later batches grow to keep the message count low.
 */
const FIRST_BATCH_CHARS = 4_096;
const BATCH_CHARS = 65_536;
/** A block longer than this is not sent (one message would stall the page): the engine reads it in slices. */
const MAX_BATCH_CHARS = 1 << 20;
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

/** Restarts of a walk that lost its place before the watch gives up and lets the engine read. */
const MAX_RESTARTS = 3;

export class TextWatch {
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private batch: ReturnType<typeof setTimeout> | null = null;
  private reading = false;
  private stopped = false;
  private readAll = false;
  private sliceStart = 0;
  /** A navigation in a single-page app re-reads the whole page, as the scanner rescans it. */
  private url = location.href;
  private readonly onPopState = (): void => {
    this.readAll = true;
    this.schedule();
  };

  constructor(
    private readonly mayHoldName: MayHoldName,
    private readonly onName: () => void,
  ) {}

  /** True when all the page's text, changes included, has been read (and held no name). */
  get complete(): boolean {
    return !this.reading && this.batch === null && this.pending.length === 0 && !this.readAll;
  }

  start(): void {
    this.observer = new MutationObserver((records) => this.queue(records));
    this.observe(document);
    addEventListener('popstate', this.onPopState);
    this.readAll = true;
    void this.readChanges();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    removeEventListener('popstate', this.onPopState);
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
    this.schedule();
  }

  private schedule(): void {
    if (this.batch !== null || this.reading || this.stopped) return;
    this.batch = setTimeout(() => {
      this.batch = null;
      void this.readChanges();
    }, BATCH_MS);
  }

  /** The nodes whose text the pending changes may have made hold a name. */
  private changedRoots(): Node[] {
    if (location.href !== this.url) {
      this.url = location.href;
      this.readAll = true;
    }
    if (this.readAll) {
      this.readAll = false;
      this.pending = [];
      return [document];
    }
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
    // Typing in an editor or text in a <code> never holds a name the scanner would read.
    const skipped = skippedTest(notOurs);
    return [...roots].filter((n) => n.isConnected && !skipped(n));
  }

  private async readChanges(): Promise<void> {
    if (this.stopped) return;
    this.reading = true;
    let hit: boolean;
    try {
      hit = await this.read(this.changedRoots());
    } catch {
      hit = true; // a page that breaks the walk is read by the engine, which has its own guards
    }
    this.reading = false;
    if (this.stopped) return;
    if (hit) return this.found();
    if (this.pending.length > 0 || this.readAll) this.schedule();
  }

  /** Whether the text under any of `roots` may hold a name; yields between slices. */
  private async read(roots: Node[]): Promise<boolean> {
    if (document.designMode === 'on') return false; // the scanner reads nothing there either
    this.sliceStart = performance.now();
    for (const root of roots) {
      for (let restarts = 0; ; restarts++) {
        const batch = new Batch(this.mayHoldName);
        let result = await this.readRoot(root, batch);
        if (result === false) result = await batch.send();
        if (this.stopped) return false;
        if (result === true) return true;
        if (result === false || !root.isConnected) break; // read, or gone (its removal is a change)
        if (restarts === MAX_RESTARTS) return true; // the page keeps moving under the walk
      }
    }
    return false;
  }

  /**
   * Adds the text under `root` (and its open shadow roots, observed from now on) to `batch`,
   * sending it whenever it is full and a block starts; true when a sent batch may hold a name.
   * 'restart' when the walk lost its place (its node was removed while it waited).
   */
  private async readRoot(root: Node, batch: Batch): Promise<boolean | 'restart' | 'stopped'> {
    if (root.nodeType === Node.ELEMENT_NODE && skipElement(root as Element, notOurs)) return false;
    const walkers = [document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)];
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
          batch.add((n as Text).data);
          n = walker.nextNode();
          continue;
        }
        const el = n as Element;
        const kind = kindOf(el, notOurs);
        if (kind === 'skip') {
          n = nextOutside(walker);
          continue;
        }
        if (batch.full && kind === 'block') {
          if (await batch.send()) return true;
          if (this.stopped) return 'stopped';
          if (!walker.currentNode.isConnected) return 'restart';
          this.sliceStart = performance.now();
        }
        const shadow = el.shadowRoot;
        if (shadow instanceof ShadowRoot) {
          this.observe(shadow);
          walkers.push(document.createTreeWalker(shadow, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT));
          break; // read the shadow root, then come back to this walker
        }
        n = walker.nextNode();
      }
      if (!n) walkers.pop();
    }
    return false;
  }
}

/** Page text on its way to the check, joined as the scanner joins a block's text nodes. */
class Batch {
  private pieces: string[] = [];
  private length = 0;
  private limit = FIRST_BATCH_CHARS;

  constructor(private readonly mayHoldName: MayHoldName) {}

  get full(): boolean {
    return this.length >= this.limit;
  }

  add(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
  }

  /** Checks and empties the batch: true when its text may hold a name. */
  send(): Promise<boolean> {
    if (this.length === 0) return Promise.resolve(false);
    if (this.length > MAX_BATCH_CHARS) return Promise.resolve(true);
    const text = this.pieces.join('');
    this.pieces = [];
    this.length = 0;
    this.limit = Math.min(this.limit * 4, BATCH_CHARS);
    return this.mayHoldName(text);
  }
}
