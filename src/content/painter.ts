/**
 * Paints mentions with the CSS Custom Highlight API: one highlight per paint style and category
 * (`glossa-underline-person`…), styled by content.css, plus `glossa-focus` for keyboard
 * navigation. No element is added to the page and no page style is touched.
 */
import type { PaintStyle } from '../shared/settings';
import type { Category } from '../text/pack-types';
import type { Mention } from './scanner';

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

/** One frame's paint: the highlights it registered and the entities it painted. */
export class HighlightPainter {
  /**
   * The highlights we registered, by name. Tracked here rather than read back from the registry:
   * Firefox's content-script view of CSS.highlights cannot enumerate the page's registry.
   */
  private readonly registered = new Map<string, Highlight>();
  /** Entities painted so far (first-mention-only mode paints an entity once). */
  private paintedEntities = new Set<string>();
  /** Whether the focus highlight may be registered (so clearing it can skip the registry when not). */
  private focusSet = false;

  /** `registry` is looked up on use: its first use in a frame costs milliseconds. */
  constructor(private readonly registry: () => HighlightRegistry | undefined = pageRegistry) {}

  /** Paints exactly `mentions` (in document order), replacing whatever was painted before. */
  paint(mentions: readonly Mention[], options: PaintOptions): void {
    this.paintedEntities = new Set();
    // Nothing painted and nothing to paint: not even a look at CSS.highlights.
    if (mentions.length === 0 && this.registered.size === 0) return;
    const reg = this.registry();
    if (!reg) return;
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
    for (const name of [...this.registered.keys()])
      if (!groups.has(name)) {
        reg.delete(name);
        this.registered.delete(name);
      }
    for (const [name, ranges] of groups) {
      const highlight = new Highlight(...ranges);
      if (name === CLAIM_HIGHLIGHT) highlight.priority = 1;
      reg.set(name, highlight);
      this.registered.set(name, highlight);
    }
  }

  /**
   * Paints mentions that came after everything already painted with these options (appended
   * content): adds their ranges to the existing highlights instead of rebuilding them, so a live
   * page's update costs what was added, not the whole page.
   */
  paintAppended(appended: readonly Mention[], options: PaintOptions): void {
    const reg = this.registry();
    if (!reg || options.style === 'none') return;
    const add = (name: string, range: Range, priority = 0): void => {
      const existing = this.registered.get(name);
      if (existing) return void existing.add(range);
      const highlight = new Highlight(range);
      highlight.priority = priority;
      reg.set(name, highlight);
      this.registered.set(name, highlight);
    };
    for (const m of selectPainted(appended, options, this.paintedEntities)) add(highlightName(m, options), m.range);
    for (const range of claimed(appended, options)) add(CLAIM_HIGHLIGHT, range, 1);
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

  /** Removes every highlight of ours. */
  clearPaint(): void {
    this.paintedEntities = new Set();
    if (this.registered.size === 0 && !this.focusSet) return;
    const reg = this.registry();
    if (!reg) return;
    for (const name of this.registered.keys()) reg.delete(name);
    this.registered.clear();
    reg.delete(FOCUS_HIGHLIGHT);
    this.focusSet = false;
  }
}
