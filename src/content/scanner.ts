/**
 * Scans the page in short slices and keeps the mentions up to date as the page changes.
 * Full scan at start (and on SPA navigation); a MutationObserver marks changed blocks, which are
 * rescanned once per frame. Knows nothing of settings or painting: it reports its mentions.
 * The one reader of page text: the annotator's scan and the watch of a page with no name yet
 * (./text-watch.ts) both run it, so they walk and classify changes the same way.
 */
// Types only from the engine: the watch runs this before the engine is ever evaluated (page-evidence.ts,
// the page-level decision, is small and imports nothing).
import type { ClaimMark, FoundMatch } from '../shared/messages';
import type { ScanState } from '../text/matcher';
import { decidePage, evidenceOnly, PageEvidence, type Sense } from '../text/page-evidence';
import {
  blockOf,
  isInlineElement,
  parentOrHost,
  skippedTest,
  TextWalk,
  withinTest,
  type IsOurs,
  type Run,
} from './collect-text';
import type { Finder } from './finder';
import { asShown } from '../shared/as-shown';
import { keeps, partsOf, type Part } from './chunks';
import { locate } from './offsets';
import { nextTask } from './next-task';

export interface Mention {
  entityId: string;
  /** The checked claims the page states about this mention (found by the background). */
  claims?: readonly ClaimMark[];
  range: Range;
  /** The text as written on the page. */
  text: string;
  /** Text nodes the mention covers. */
  nodes: Text[];
  block: Node;
  /** As found, before the page decides (text/page-evidence.ts): pending, a rejected vote, … */
  sense?: Sense;
  candidates?: readonly string[];
  within?: readonly string[];
  /** In a digest's item (text/news-items.ts): its run's first text node, the item's rubric, whether aside. */
  item?: Node;
  rubric?: string;
  aside?: boolean;
}

/**
 * A mention as found, before the page decides. Evidence only (a rejected vote: an other-sense
 * phrase, a vetoed name) never counts and is never painted, so it holds a StaticRange: the browser
 * keeps a live Range up to date through every change of the page.
 */
interface Found extends Omit<Mention, 'range'> {
  range: AbstractRange;
}

/**
 * A mention that counts or may (a pending one), its live Range made when first asked for: with the
 * default paint only an entity's first mention is painted, so most are never needed, and every live
 * Range costs the page on each later change of the document. Its bounds are the nodes and offsets
 * as read; a change of those nodes marks the block for a rescan, which replaces the mention (asked
 * for before that, when its nodes no longer hold its text, the range is empty).
 */
class FoundMention implements Mention {
  readonly claims: readonly ClaimMark[] | undefined;
  readonly sense: Sense | undefined;
  readonly candidates: readonly string[] | undefined;
  readonly within: readonly string[] | undefined;
  readonly rubric: string | undefined;
  readonly aside: boolean | undefined;
  private made: Range | null = null;

  constructor(
    m: FoundMatch,
    readonly nodes: Text[],
    readonly block: Node,
    readonly item: Node | undefined,
    readonly startContainer: Text,
    readonly startOffset: number,
    private readonly endContainer: Text,
    private readonly endOffset: number,
  ) {
    this.entityId = m.entityId;
    this.text = m.text;
    this.claims = m.claims?.length ? m.claims : undefined;
    this.sense = m.sense;
    this.candidates = m.candidates;
    this.within = m.within;
    this.rubric = m.rubric;
    this.aside = m.aside;
  }

  readonly entityId: string;
  readonly text: string;

  get range(): Range {
    if (this.made) return this.made;
    const range = document.createRange();
    if (!this.holdsText()) {
      // Its text changed since it was read: an empty range until the rescan replaces the mention.
      range.setStart(this.startContainer, Math.min(this.startOffset, this.startContainer.length));
      return range;
    }
    range.setStart(this.startContainer, this.startOffset);
    range.setEnd(this.endContainer, this.endOffset);
    return (this.made = range);
  }

  /**
   * Whether its nodes still hold, at its offsets, the text it was found as (as shown: a line break
   * is the space the finder was given). Across nodes, only its ends are compared.
   */
  private holdsText(): boolean {
    const { startContainer: first, endContainer: last, text } = this;
    if (first === last) return asShown(first.data.slice(this.startOffset, this.endOffset)) === text;
    return (
      this.startOffset <= first.length &&
      this.endOffset <= last.length &&
      text.startsWith(asShown(first.data.slice(this.startOffset))) &&
      text.endsWith(asShown(last.data.slice(0, this.endOffset)))
    );
  }
}

const isLive = (m: Found): m is Mention => m instanceof FoundMention || m.range instanceof Range;

/**
 * Mentions as found, in two lists, each in document order: those with a live Range (they count,
 * or may: pending ones) and evidence only (rejected votes). Kept apart so that a page with nothing
 * pending hands its live list over as it is, with no copy filtered per update.
 */
interface Finds {
  live: Mention[];
  votes: Found[];
}

const noFinds = (): Finds => ({ live: [], votes: [] });

function liveRange(r: Omit<AbstractRange, 'collapsed'>): Range {
  if (r instanceof Range) return r;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

export interface ScannerOptions {
  isOurs: IsOurs;
  /**
   * Called after every change of the list of mentions that count (sorted in document order): an
   * ambiguous name counts or not by the page's evidence, so a later paragraph, an added or a
   * removed block can add or take away an earlier mention (the list is then no append).
   */
  onUpdate: (mentions: readonly Mention[], complete: boolean) => void;
  /**
   * Called each time the scanner becomes settled after work (a full scan, or a rescan pass with no
   * change left waiting); `passes` counts those times (see Scanner.passes).
   */
  onSettled?: (passes: number) => void;
  /** Slice budget in ms. */
  budgetMs?: number;
  /** Nodes walked between two looks at the clock (STEP_NODES). */
  stepNodes?: number;
  /** Characters gathered that go to the finder when a slice ends (SLICE_BATCH_CHARS). */
  sliceBatchChars?: number;
}

/** Text gathered before it is sent to the finder: few messages, each a short task to prepare. */
const BATCH_CHARS = 65_536;
/**
 * Text that goes to the finder when a slice ends before the walk does, so the background matches
 * it while the walk goes on. Less waits for more (or for the walk's end): each message costs a
 * round trip, the answer's task and the other processes' work it wakes, and a small page (a few
 * slices on a busy machine) is then read with one.
 */
const SLICE_BATCH_CHARS = BATCH_CHARS / 2;
/** Nodes walked between two looks at the clock: a fraction of a millisecond of walking. */
const STEP_NODES = 128;

/** Document order across shadow trees: a shadow root's nodes come right after its host. */
function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  // Same tree (the usual case): one native call. Across shadow trees the browser only says
  // "disconnected", so the host chains decide.
  const direct = a.compareDocumentPosition(b);
  if (!(direct & Node.DOCUMENT_POSITION_DISCONNECTED)) {
    return direct & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : direct & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  }
  const chainOf = (n: Node): Node[] => {
    const chain: Node[] = [n];
    for (let root = n.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.push(root.host);
    return chain;
  };
  const ca = chainOf(a);
  const cb = chainOf(b);
  for (const x of ca) {
    for (const y of cb) {
      if (x.getRootNode() !== y.getRootNode()) continue;
      if (x === y) return ca.indexOf(x) - cb.indexOf(y) > 0 ? 1 : -1; // host before its shadow content
      const pos = x.compareDocumentPosition(y);
      return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
    }
  }
  return 0;
}

/** Where a mention starts, without making a range that is not made yet. */
const startOf = (m: { range: AbstractRange }): { startContainer: Node; startOffset: number } =>
  m instanceof FoundMention ? m : m.range;

/** Document order of two mentions (across shadow trees). */
export function compareMentions(a: { range: AbstractRange }, b: { range: AbstractRange }): number {
  const x = startOf(a);
  const y = startOf(b);
  if (x.startContainer === y.startContainer) return x.startOffset - y.startOffset;
  return compareNodes(x.startContainer, y.startContainer);
}

function isPageContent(n: Node, isOurs: IsOurs): boolean {
  return (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) && !isOurs(n);
}

/** The block whose runs a change of `target`'s children touches: itself, unless it is inline. */
function blockFor(target: Node): Node {
  return target.nodeType === Node.ELEMENT_NODE && isInlineElement(target as Element) ? blockOf(target) : target;
}

const isBlock = (n: Node): boolean => n.nodeType === Node.ELEMENT_NODE && !isInlineElement(n as Element);
const blocksOnly = (nodes: readonly Node[]): boolean => nodes.every(isBlock);

/** Whether `n` brings text to a run beside it: words, or an inline element. Blank text does not. */
function carriesText(n: Node): boolean {
  return n.nodeType === Node.TEXT_NODE ? /\S/.test((n as Text).data) : n.nodeType === Node.ELEMENT_NODE && !isBlock(n);
}

/**
 * Whether the place a childList record changed has text on both sides (now: blank text skipped,
 * so lists of blocks separated by line breaks, the usual case, never count). Several removals in
 * one go each see the page as it is after all of them.
 */
function textOnBothSides(r: MutationRecord): boolean {
  const side = (n: Node | null, step: (n: Node) => Node | null): boolean => {
    while (n && n.nodeType === Node.TEXT_NODE && !carriesText(n)) n = step(n);
    return !!n && carriesText(n);
  };
  const added = r.addedNodes;
  const before = r.previousSibling ?? added[0]?.previousSibling ?? null;
  const after = r.nextSibling ?? added[added.length - 1]?.nextSibling ?? null;
  return side(before, (n) => n.previousSibling) && side(after, (n) => n.nextSibling);
}

/** `list` minus its first before.length mentions when it starts with `before` (appended content); else null. */
export function appendedTo<M>(list: readonly M[], before: readonly M[]): readonly M[] | null {
  if (list.length < before.length) return null;
  for (let i = before.length - 1; i >= 0; i--) if (list[i] !== before[i]) return null;
  return list.slice(before.length);
}

/** True when `list` is in document order (checked pairwise: no sort needed). */
function inOrder(list: readonly Found[]): boolean {
  for (let i = 1; i < list.length; i++) if (compareMentions(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/**
 * `kept` (in order) plus newly found mentions, in document order. Appended content (infinite
 * scroll, live feeds) comes after everything kept: one comparison. Otherwise each found mention
 * is placed by binary search, so a flush never sorts the whole page again.
 */
function merge<M extends Found>(kept: M[], found: M[]): M[] {
  if (found.length === 0) return kept;
  if (!inOrder(found)) found.sort(compareMentions);
  if (kept.length === 0 || compareMentions(kept[kept.length - 1]!, found[0]!) < 0) return kept.concat(found);
  const out: M[] = [];
  let from = 0;
  for (const m of found) {
    let lo = from;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareMentions(kept[mid]!, m) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(kept[i]!);
    out.push(m);
    from = lo;
  }
  for (let i = from; i < kept.length; i++) out.push(kept[i]!);
  return out;
}

export class Scanner {
  /** The mentions as found: those that count and pending ones (live), rejected votes apart. */
  private mentions: Finds = noFinds();
  /** The page's evidence: of `decidedFrom`, the lists `counted` was decided from. */
  private evidence = new PageEvidence();
  private decidedFrom: Finds = noFinds();
  /** Its decisions then (PageEvidence.outcome): an append that changes none needs no re-deciding. */
  private outcome = '';
  /** What counts of the mentions: what is reported. */
  private counted: readonly Mention[] = [];
  /** A pending mention as it counts, while its decision holds (one object: appends stay appends). */
  private decided = new WeakMap<Found, Mention>();
  private state: ScanState = { seen: new Set(), pageWide: true };
  private generation = 0;
  private started = false;
  private scanning = false;
  private settledPasses = 0;
  private settledWaiters: Array<() => void> = [];
  /** The running rescan loop's token; a full scan or stop() supersedes it by clearing it. */
  private rescanOwner: object | null = null;
  /** When the current slice of work began (shared by every root of one pass). */
  private sliceStart = 0;
  private observer: MutationObserver | null = null;
  private observed = new WeakSet<Node>();
  private dirty = new Set<Node>();
  private flushPending = false;
  private prune = false;
  /**
   * True while every dirty root is a block added since the last pass and nothing was removed or
   * rewritten: then no kept mention can have changed, and the pass needs no DOM checks of them.
   */
  private appendsOnly = true;
  /** A mutation arrived while a rescan pass was walking: that pass may have seen the new blocks. */
  private overlapped = false;
  /** What the latest rescan pass found: the only mentions that can lie in blocks added meanwhile. */
  private lastPassFound: Finds = noFinds();
  private url = location.href;
  private readonly budget: number;
  private readonly step: number;
  private readonly sliceBatch: number;

  constructor(
    private finder: Finder,
    private readonly options: ScannerOptions,
  ) {
    // Small on purpose: cold (not yet optimised) code and a busy machine stretch a slice's wall
    // time several-fold, and no task may reach 50 ms.
    this.budget = options.budgetMs ?? 5;
    this.step = options.stepNodes ?? STEP_NODES;
    this.sliceBatch = options.sliceBatchChars ?? SLICE_BATCH_CHARS;
  }

  /** True when nothing is pending: no scan or rescan running, no change waiting to be read. */
  get complete(): boolean {
    return this.started && !this.scanning && this.rescanOwner === null && this.dirty.size === 0 && !this.prune;
  }

  /** How many times the scanner has become settled after work; only grows (0 until the first scan ends). */
  get passes(): number {
    return this.settledPasses;
  }

  /** Resolves once the scanner is settled (at once when it is now). */
  whenSettled(): Promise<void> {
    if (this.complete) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /**
   * The mentions that count, from `mentions` and the page's evidence: an append adds to the
   * evidence and decides only what it brought, unless a decision changed (then, like any other
   * change, everything is decided again).
   */
  private decide(): readonly Mention[] {
    const { live, votes } = this.mentions;
    const appended = appendedTo(live, this.decidedFrom.live);
    const appendedVotes = appended && appendedTo(votes, this.decidedFrom.votes);
    if (appended && appendedVotes) {
      for (const m of appended) this.evidence.add(m);
      for (const m of appendedVotes) this.evidence.add(m);
    } else {
      this.evidence = PageEvidence.of(live);
      for (const m of votes) this.evidence.add(m);
    }
    this.decidedFrom = this.mentions;
    const outcome = this.evidence.outcome();
    // Plain: nothing pending, no rejected vote: every live mention counts, as it stands. (Rejected
    // votes never count, so only the live list is decided.)
    if (this.evidence.plain) this.counted = live;
    else if (appendedVotes && outcome === this.outcome)
      this.counted = this.counted.concat(decidePage(appended, this.countedAs, this.evidence));
    else this.counted = decidePage(live, this.countedAs, this.evidence);
    this.outcome = outcome;
    return this.counted;
  }

  private readonly countedAs = (m: Found, entityId: string): Mention => {
    if (m.sense !== 'pending' && isLive(m)) return m;
    let c = this.decided.get(m);
    if (c?.entityId !== entityId) {
      c = { entityId, range: liveRange(m.range), text: m.text, nodes: m.nodes, block: m.block };
      // Claims were checked for the first candidate.
      if (m.claims && entityId === m.entityId) c.claims = m.claims;
      this.decided.set(m, c);
    }
    return c;
  };

  private publish(complete: boolean): void {
    this.options.onUpdate(this.decide(), complete);
  }

  /** Reports the mention list; when nothing is pending any more, counts a settled pass. */
  private report(): void {
    const complete = this.complete;
    this.publish(complete);
    // onUpdate may have stopped or restarted the scanner: only a scanner still settled counts it.
    if (!complete || !this.complete) return;
    this.settledPasses++;
    const waiters = this.settledWaiters.splice(0);
    for (const resolve of waiters) resolve();
    this.options.onSettled?.(this.settledPasses);
  }

  /** The mentions that count, as last reported. */
  list(): readonly Mention[] {
    return this.counted;
  }

  /** Starts (or restarts) a full scan with this finder; resolves when it is complete. */
  async start(finder: Finder = this.finder): Promise<void> {
    this.finder = finder;
    this.started = true;
    this.observe(document);
    window.addEventListener('popstate', this.onHistory);
    await this.fullScan();
  }

  /** Back/forward in a single-page app: a new page, scanned afresh (pushState shows up as mutations). */
  private onHistory = (): void => {
    if (location.href !== this.url && !this.scanning) void this.fullScan();
  };

  /** Stops for good (until the next start): nothing more is reported. */
  stop(): void {
    window.removeEventListener('popstate', this.onHistory);
    this.started = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.observed = new WeakSet();
    this.dirty.clear();
    this.prune = false;
    this.mentions = noFinds();
    this.counted = [];
    this.scanning = false;
    this.rescanOwner = null;
  }

  private observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observer ??= new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
    this.observed.add(root);
  }

  private async fullScan(): Promise<void> {
    const generation = ++this.generation;
    this.scanning = true;
    this.rescanOwner = null;
    this.dirty.clear();
    this.state = { seen: new Set(), pageWide: true };
    this.url = location.href;
    const found = noFinds();
    this.mentions = noFinds();
    this.publish(false);
    const root = document.body ?? document.documentElement;
    this.sliceStart = performance.now();
    // Mentions are published (and painted) slice by slice, each update adding to the last, so
    // no single task paints a whole large page.
    const publish = (): void => {
      const { live, votes } = this.mentions;
      if (found.live.length === live.length && found.votes.length === votes.length) return;
      // Copies: `found` grows on, and a list reported is never changed.
      this.mentions = { live: found.live.slice(), votes: found.votes.slice() };
      this.publish(false);
    };
    const ok = await this.scanRoots([root], found, generation, publish);
    if (!ok) return;
    // Already in document order: runs come in walk order (a shadow root's right after its host)
    // and matches in text order. Sorting with DOM comparisons took ~200 ms on a 5 MB page.
    this.mentions = found;
    this.scanning = false;
    this.report();
    // Changes made while the full scan ran were deferred (rescanDirty waits for it): take them now.
    // The walk may already have seen blocks added meanwhile, so their mentions must be checked.
    this.appendsOnly = false;
    if (this.dirty.size > 0 || this.prune) await this.rescanDirty();
  }

  /**
   * Scans the runs under `roots` into `out`: gathers their text in batches (a batch ends when it
   * is large or the slice budget is spent) and has the finder match each batch, which turns the
   * matches into mentions. The walk goes on while a batch is away; the next batch is sent once
   * the previous one's answer is in, with the coreference state it left. Yields between slices;
   * false if superseded.
   */
  private async scanRoots(
    roots: readonly Node[],
    out: Finds,
    generation: number,
    beforeYield?: () => void,
  ): Promise<boolean> {
    let parts: Part[] = [];
    let chars = 0;
    /** The batch away: true once its mentions are in `out`. */
    let away: Promise<boolean> = Promise.resolve(true);
    const flush = async (): Promise<boolean> => {
      const batch = parts;
      parts = [];
      chars = 0;
      if (!(await away)) return false;
      away = this.match(batch, out, generation, beforeYield).catch((e: unknown) => {
        console.warn('Glossa: matching failed', e);
        return false;
      });
      return this.maybeYield(generation, beforeYield);
    };
    const runs: Run[] = [];
    for (const root of roots) {
      const walk = new TextWalk(root, this.options.isOurs, (r) => this.observe(r));
      for (let more = true; more;) {
        more = walk.read(runs, this.step);
        for (const run of runs) {
          const some = partsOf(run);
          for (let i = 0; i < some.length; i++) {
            parts.push(some[i]!);
            chars += some[i]!.text.length;
            if (chars >= BATCH_CHARS && !(await flush())) return false;
          }
        }
        runs.length = 0;
        // A slice spent: what was gathered goes, when it is worth a message, and the page gets its
        // turn (after a walk through elements with no text too).
        if (
          this.spent() &&
          !(await (parts.length > 0 && chars >= this.sliceBatch ? flush() : this.maybeYield(generation, beforeYield)))
        )
          return false;
      }
    }
    if (parts.length > 0 && !(await flush())) return false;
    return (await away) && generation === this.generation;
  }

  private spent(): boolean {
    return performance.now() - this.sliceStart > this.budget;
  }

  /** Yields to the page once the slice budget is spent; false if the work was superseded meanwhile. */
  private async maybeYield(generation: number, beforeYield?: () => void): Promise<boolean> {
    if (!this.spent()) return true;
    beforeYield?.();
    await nextTask();
    this.sliceStart = performance.now();
    return generation === this.generation;
  }

  /** Has the finder match `parts` and adds their mentions to `out`; false if superseded meanwhile. */
  private async match(
    parts: readonly Part[],
    out: Finds,
    generation: number,
    beforeYield?: () => void,
  ): Promise<boolean> {
    if (parts.length === 0) return true;
    const asked = this.finder.find(
      parts.map((p) => p.text),
      this.state,
    );
    // What is found so far is shown while the finder works: once the batch is on its way, so the
    // request does not wait for the publishing (deciding, indexing, painting, loading the annotator).
    beforeYield?.();
    const found = await asked;
    if (generation !== this.generation) return false;
    // The wait was a turn for the page: a new slice starts.
    this.sliceStart = performance.now();
    for (let i = 0; i < parts.length; i++) for (const m of found[i]!) this.addMention(parts[i]!, m, out);
    return true;
  }

  /**
   * Maps a match back onto the run's text nodes. The page may have changed them while the finder
   * worked: such a change marked their block for a rescan, which finds its mentions again, so a
   * match over text that is no longer what was read is dropped here (not painted meanwhile).
   */
  private addMention(part: Part, m: FoundMatch, out: Finds): void {
    if (!keeps(part, m)) return;
    const { run, base } = part;
    const s = locate(run.joined, base + m.start, 'start');
    const e = locate(run.joined, base + m.end, 'end');
    const { text, starts } = run.joined;
    for (let i = s.piece; i <= e.piece; i++) if (run.nodes[i]!.data !== text.slice(starts[i], starts[i + 1])) return;
    const startNode = run.nodes[s.piece]!;
    const endNode = run.nodes[e.piece]!;
    const nodes = run.nodes.slice(s.piece, e.piece + 1);
    // A digest's item (text/news-items.ts) is its run, as a line is the scan CLI's (a <br> ends a run), keyed
    // by its first text node; a long run's later chunks open none.
    const item = m.rubric === undefined || part.base > 0 ? undefined : run.nodes[0];
    if (!evidenceOnly(m.sense)) {
      out.live.push(new FoundMention(m, nodes, run.block, item, startNode, s.offset, endNode, e.offset));
      return;
    }
    const bounds = { startContainer: startNode, startOffset: s.offset, endContainer: endNode, endOffset: e.offset };
    const vote: Found = { entityId: m.entityId, range: new StaticRange(bounds), text: m.text, nodes, block: run.block };
    if (m.claims?.length) vote.claims = m.claims;
    vote.sense = m.sense;
    if (m.candidates) vote.candidates = m.candidates;
    if (m.within) vote.within = m.within;
    if (item) [vote.item, vote.rubric, vote.aside] = [item, m.rubric, m.aside];
    out.votes.push(vote);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.rescanOwner !== null) this.overlapped = true;
    for (const r of records) {
      if (this.options.isOurs(r.target)) continue;
      if (r.type === 'characterData') {
        this.dirty.add(blockOf(r.target));
        this.appendsOnly = false;
      } else {
        const added = [...r.addedNodes].filter((n) => isPageContent(n, this.options.isOurs));
        const removed = [...r.removedNodes].filter((n) => isPageContent(n, this.options.isOurs));
        if (added.length === 0 && removed.length === 0) continue;
        if (blocksOnly(added) && blocksOnly(removed)) {
          // Whole blocks added or removed (infinite scroll, live updates): scan just the new ones;
          // mentions in removed ones are dropped because their nodes left the page.
          for (const n of added) this.dirty.add(n);
          if (removed.length) {
            this.prune = true;
            this.appendsOnly = false;
          }
          // Between two pieces of text, a removed block joins them into one run ("Afri" + "COM")
          // and an added one cuts a run (and any mention across it): that block is read again.
          if (textOnBothSides(r)) {
            this.dirty.add(blockFor(r.target));
            this.appendsOnly = false;
          }
        } else {
          this.appendsOnly = false;
          this.dirty.add(blockFor(r.target));
        }
      }
    }
    if ((this.dirty.size === 0 && !this.prune) || this.flushPending) return;
    this.flushPending = true;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      this.flushPending = false;
      void this.rescanDirty();
    };
    requestAnimationFrame(run);
    setTimeout(run, 100); // rAF does not run in background tabs
  }

  /**
   * Rescans the blocks marked dirty, in slices, until none is left. One pass at a time: changes
   * arriving meanwhile wait for the next round of the loop, so no pass overwrites another's result.
   */
  private async rescanDirty(): Promise<void> {
    if (this.scanning || this.rescanOwner) return; // the running scan takes these changes when it ends
    if (!this.observer) return; // stopped: a flush scheduled before stop() must not report anything
    if (location.href !== this.url) return this.fullScan();
    const generation = this.generation;
    const token = {};
    this.rescanOwner = token;
    this.sliceStart = performance.now();
    try {
      while (this.dirty.size > 0 || this.prune) {
        const dirty = new Set([...this.dirty].filter((n) => n.isConnected));
        const appendsOnly = this.appendsOnly;
        const overlapped = this.overlapped;
        this.dirty.clear();
        this.prune = false;
        this.appendsOnly = true;
        this.overlapped = false;
        // Only the outermost dirty roots: a root inside another dirty root is scanned with it
        // (the walk descends into open shadow roots, so the way up crosses from one to its host).
        // One remembering walk up serves every root and every mention: in a storm a pass can hold
        // thousands of roots, and a walk per root (or of every root's subtree) was a long task.
        const inDirty = withinTest((n) => dirty.has(n));
        const roots = [...dirty].filter((r) => {
          const parent = parentOrHost(r);
          return !parent || !inDirty(parent);
        });
        // Mentions in the dirty roots are found again by the rescan; removed blocks (prune) take
        // their mentions' nodes off the page. When only blocks were added, a kept mention can lie
        // in one only if the previous pass walked it after it was added: checking just that pass's
        // finds keeps an infinite-scroll flush proportional to what was appended.
        let kept = this.mentions;
        if (!appendsOnly || overlapped) {
          const outside = (m: Found): boolean => !inDirty(m.block);
          const keep = !appendsOnly
            ? (m: Found): boolean => outside(m) && m.nodes.every((n) => n.isConnected && n.parentNode)
            : !this.lastPassFound.live.every(outside) || !this.lastPassFound.votes.every(outside)
              ? outside
              : null;
          if (keep) kept = { live: kept.live.filter(keep), votes: kept.votes.filter(keep) };
        }
        const found = noFinds();
        const skipped = skippedTest(this.options.isOurs);
        if (
          !(await this.scanRoots(
            roots.filter((root) => !skipped(root)),
            found,
            generation,
          ))
        )
          return;
        this.mentions = { live: merge(kept.live, found.live), votes: merge(kept.votes, found.votes) };
        this.lastPassFound = found;
        if (this.dirty.size === 0 && !this.prune) break;
        this.publish(false);
        if (!(await this.maybeYield(generation))) return;
      }
    } finally {
      if (this.rescanOwner === token) this.rescanOwner = null;
    }
    this.report();
  }
}
