/**
 * Paints mentions with the CSS Custom Highlight API: one highlight per paint style and category
 * (`glossa-underline-person`…), styled by content.css, plus `glossa-focus` for keyboard
 * navigation. No element is added to the page and no page style is touched.
 */
import type { PaintStyle } from '../shared/settings';
import type { Category } from '../text/pack-types';
import type { Mention } from './scanner';
import { ViewportWatch, type Viewport } from './viewport-watch';

export interface PaintOptions {
  style: PaintStyle;
  paintAll: boolean;
  /** Category of an entity, or undefined when its category is switched off / unknown. */
  categoryOf: (entityId: string) => Category | undefined;
}

const HIGHLIGHT_PREFIX = 'glossa-';
const FOCUS_HIGHLIGHT = 'glossa-focus';
/**
 * Every mention whose sentence makes a checked claim (first mention or not), drawn over its
 * category's paint with a wavy underline (content.css); the card explains it in words.
 */
const CLAIM_HIGHLIGHT = 'glossa-claim';

/** Mentions that carry a claim check, in a category that is shown. */
function claimed(mentions: readonly Mention[], options: PaintOptions): Range[] {
  return mentions.filter((m) => m.claims?.length && options.categoryOf(m.entityId) !== undefined).map((m) => m.range);
}

/** The page's highlight registry, or undefined where the browser has none. */
function pageRegistry(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

/**
 * Which of `mentions` get painted: every one, or the first of each entity in document order,
 * given the entities already painted (`seen`, updated in place).
 */
function selectPainted(mentions: readonly Mention[], options: PaintOptions, seen: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (options.categoryOf(m.entityId) === undefined) continue;
    if (!options.paintAll) {
      if (seen.has(m.entityId)) continue;
      seen.add(m.entityId);
    }
    out.push(m);
  }
  return out;
}

function highlightName(m: Mention, options: PaintOptions): string {
  return `${HIGHLIGHT_PREFIX}${options.style}-${options.categoryOf(m.entityId)}`;
}

/** Runs `fn` before the next frame is drawn; returns a cancel. */
export type FrameScheduler = (fn: () => void) => () => void;

/**
 * The next animation frame, or 100 ms where frames do not come (a background tab): a page that is
 * not drawn still gets its highlights, and the frame reports settled.
 */
function nextFrame(fn: () => void): () => void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    fn();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, 100);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** At most this many new ranges are watched for the viewport per frame (document order: the top of the page first). */
const VIEWPORT_CHECKS = 64;

export interface PainterDeps {
  /** `registry` is looked up on use: its first use in a frame costs milliseconds. */
  registry?: () => HighlightRegistry | undefined;
  frame?: FrameScheduler;
  now?: () => number;
  /** Made with the painter's callback for a watched range that shows (ViewportWatch by default). */
  viewport?: (onShown: () => void) => Viewport;
  /** Called after the highlights were brought up to date (the frame may have become settled). */
  onPainted?: () => void;
}

/**
 * While a scan goes on, highlights change at most once per this many ms: each change of a
 * registered highlight makes the browser pre-paint the whole document (5–7 ms on a 1 MB page).
 * The first paint waits for the next frame alone, and so does one that brings a range into the
 * viewport once the viewport watch says so: off-screen mentions join a later change. The one that ends a scan (`flush`) waits for nothing.
 * 400 rather than 150: 10–30 ms less pre-paint and paint on a 1 MB page, and only mentions off
 * screen wait longer (docs/perf-log.md, session 10).
 */
export const PAINT_SPACING_MS = 400;

/**
 * One frame's paint: the highlights it registered and the entities it painted. `paint` and
 * `paintAppended` say what should be painted; the registry is brought up to date once, before a
 * frame, with only the highlights whose ranges changed touched.
 */
export class HighlightPainter {
  /**
   * The highlights we registered, by name. Tracked here rather than read back from the registry:
   * Firefox's content-script view of CSS.highlights cannot enumerate the page's registry.
   */
  private readonly registered = new Map<string, Highlight>();
  /** What should be painted, by highlight name, in document order. */
  private wanted = new Map<string, Range[]>();
  /** Names whose wanted ranges may differ from the registered highlight. */
  private dirty = new Set<string>();
  /** Names `paint` rebuilt since the last flush: their highlight is compared whole, not extended. */
  private rebuilt = new Set<string>();
  /** How many of a name's wanted ranges its registered highlight holds (as of the last flush). */
  private flushed = new Map<string, number>();
  /** Entities painted so far (first-mention-only mode paints an entity once). */
  private paintedEntities = new Set<string>();
  /** Whether the focus highlight may be registered (so clearing it can skip the registry when not). */
  private focusSet = false;
  /** Cancels the requested frame callback; null when none is requested. */
  private frameRequest: (() => void) | null = null;
  /** Cancels the timer that ends the spacing; null when none runs. */
  private spacingTimer: (() => void) | null = null;
  /** What waits is painted at the next frame, not after the spacing. */
  private soon = false;
  /** Ranges to paint that are not painted yet and not yet watched for the viewport. */
  private unchecked: Range[] = [];
  /** When the registry was last changed (-Infinity: never). */
  private lastFlush = -Infinity;
  private readonly registry: () => HighlightRegistry | undefined;
  private readonly frame: FrameScheduler;
  private readonly now: () => number;
  private readonly viewport: Viewport;

  constructor(private readonly deps: PainterDeps = {}) {
    this.registry = deps.registry ?? pageRegistry;
    this.frame = deps.frame ?? nextFrame;
    this.now = deps.now ?? (() => performance.now());
    // A range shown while the spacing runs is painted at the next frame.
    this.viewport = (deps.viewport ?? ((onShown) => new ViewportWatch(onShown)))(() => this.schedule(true));
  }

  /** Some change is not in the registry yet. */
  get pending(): boolean {
    return this.dirty.size > 0;
  }

  /** Paints exactly `mentions` (in document order), replacing whatever was painted before. */
  paint(mentions: readonly Mention[], options: PaintOptions): void {
    this.paintedEntities = new Set();
    const groups = new Map<string, Range[]>();
    if (options.style !== 'none') {
      for (const m of selectPainted(mentions, options, this.paintedEntities)) {
        const name = highlightName(m, options);
        let list = groups.get(name);
        if (!list) groups.set(name, (list = []));
        list.push(m.range);
      }
      const claims = claimed(mentions, options);
      if (claims.length) groups.set(CLAIM_HIGHLIGHT, claims);
    }
    for (const name of this.wanted.keys()) this.dirty.add(name);
    for (const name of this.registered.keys()) this.dirty.add(name);
    for (const name of this.dirty) this.rebuilt.add(name);
    for (const [name, ranges] of groups) {
      this.dirty.add(name);
      this.rebuilt.add(name);
      const existing = this.registered.get(name);
      for (const r of ranges) if (!existing?.has(r)) this.unchecked.push(r);
    }
    this.wanted = groups;
    this.schedule();
  }

  /**
   * Paints mentions that came after everything already painted with these options (appended
   * content): adds their ranges to the existing highlights instead of rebuilding them, so a live
   * page's update costs what was added, not the whole page.
   */
  paintAppended(appended: readonly Mention[], options: PaintOptions): void {
    if (options.style === 'none') return;
    const add = (name: string, range: Range): void => {
      let list = this.wanted.get(name);
      if (!list) this.wanted.set(name, (list = []));
      list.push(range);
      this.dirty.add(name);
      this.unchecked.push(range);
    };
    for (const m of selectPainted(appended, options, this.paintedEntities)) add(highlightName(m, options), m.range);
    for (const range of claimed(appended, options)) add(CLAIM_HIGHLIGHT, range);
    this.schedule();
  }

  /**
   * Brings the registry up to date now: what waits when a scan ends. Not at the next frame: the
   * page's `complete` waits for it, and a frame can be 16 ms away or more (Firefox); the browser
   * pre-paints once for all the changes made before its next frame, so this costs no more.
   */
  flush(): void {
    this.cancel();
    if (!this.pending) return;
    const dirty = [...this.dirty];
    this.dirty.clear();
    // Nothing painted and nothing to paint: not even a look at CSS.highlights.
    if (this.registered.size === 0 && dirty.every((name) => !this.wanted.get(name)?.length)) return;
    const reg = this.registry();
    if (!reg) return this.deps.onPainted?.();
    let changed = false;
    for (const name of dirty) {
      const ranges = this.wanted.get(name);
      const existing = this.registered.get(name);
      const held = this.rebuilt.has(name) ? undefined : this.flushed.get(name);
      if (!ranges?.length) {
        this.flushed.delete(name);
        if (!existing) continue;
        reg.delete(name);
        this.registered.delete(name);
        changed = true;
        continue;
      }
      this.flushed.set(name, ranges.length);
      if (existing && held !== undefined && held <= ranges.length) {
        // Only appended since (infinite scroll, a live feed): the new ranges join the registered
        // highlight, one task of adds for the frame, rather than a new highlight of them all.
        for (let i = held; i < ranges.length; i++) existing.add(ranges[i]!);
        if (held < ranges.length) changed = true;
        continue;
      }
      if (existing && existing.size === ranges.length && ranges.every((r) => existing.has(r))) continue;
      // Rebuilt: replace the highlight whole, once.
      const highlight = new Highlight(...ranges);
      if (name === CLAIM_HIGHLIGHT) highlight.priority = 1;
      reg.set(name, highlight);
      this.registered.set(name, highlight);
      changed = true;
    }
    this.rebuilt.clear();
    if (changed) this.lastFlush = this.now();
    this.deps.onPainted?.();
  }

  /** Asks for a frame callback (at most one), which paints now or when the spacing ends. */
  private schedule(soon = this.registered.size === 0): void {
    if (!this.pending) return;
    if (soon) this.soon = true;
    this.frameRequest ??= this.frame(() => this.onFrame());
  }

  private onFrame(): void {
    this.frameRequest = null;
    const fresh = this.unchecked.slice(0, VIEWPORT_CHECKS);
    this.unchecked = [];
    const wait = this.lastFlush + PAINT_SPACING_MS - this.now();
    if (this.soon || wait <= 0) return this.flush();
    this.viewport.watch(fresh);
    if (this.spacingTimer) return;
    const timer = setTimeout(() => {
      this.spacingTimer = null;
      this.schedule(true);
    }, wait);
    this.spacingTimer = () => clearTimeout(timer);
  }

  private cancel(): void {
    this.frameRequest?.();
    this.frameRequest = null;
    this.spacingTimer?.();
    this.spacingTimer = null;
    this.soon = false;
    this.unchecked = [];
    this.viewport.clear();
  }

  setFocus(range: Range | null): void {
    if (!range && !this.focusSet) return;
    const reg = this.registry();
    if (!reg) return;
    this.focusSet = range !== null;
    if (!range) return void reg.delete(FOCUS_HIGHLIGHT);
    const h = new Highlight(range);
    h.priority = 2;
    reg.set(FOCUS_HIGHLIGHT, h);
  }

  /** Removes every highlight of ours, now. */
  clearPaint(): void {
    this.paintedEntities = new Set();
    this.wanted = new Map();
    this.dirty.clear();
    this.rebuilt.clear();
    this.flushed.clear();
    this.cancel();
    if (this.registered.size === 0 && !this.focusSet) return;
    const reg = this.registry();
    if (!reg) return;
    for (const name of this.registered.keys()) reg.delete(name);
    this.registered.clear();
    reg.delete(FOCUS_HIGHLIGHT);
    this.focusSet = false;
  }
}
