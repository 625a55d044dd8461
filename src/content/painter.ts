/**
 * Paints mentions with the CSS Custom Highlight API: one highlight per paint style and category
 * (`glossa-underline-person`…), styled by content.css, plus `glossa-focus` for keyboard
 * navigation. No element is added to the page and no page style is touched.
 */
import type { Category } from '../text/pack-types';
import type { Mention } from './scanner';

export type PaintStyle = 'underline' | 'background' | 'none';

export interface PaintOptions {
  style: PaintStyle;
  paintAll: boolean;
  /** Category of an entity, or undefined when its category is switched off / unknown. */
  categoryOf: (entityId: string) => Category | undefined;
}

export const HIGHLIGHT_PREFIX = 'glossa-';
export const FOCUS_HIGHLIGHT = 'glossa-focus';

function registry(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

export function supportsHighlights(): boolean {
  return registry() !== undefined && typeof Highlight === 'function';
}

/**
 * Names of the highlights we registered. Tracked here rather than read back from the registry:
 * Firefox's content-script view of CSS.highlights cannot enumerate the page's registry.
 */
const registered = new Set<string>();

function ours(): string[] {
  return [...registered].filter((n) => n !== FOCUS_HIGHLIGHT);
}

/** Which mentions are painted: every one, or the first of each entity (in document order). */
export function paintedMentions(mentions: readonly Mention[], options: PaintOptions): Mention[] {
  const seen = new Set<string>();
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

export function paint(mentions: readonly Mention[], options: PaintOptions): void {
  const reg = registry();
  if (!reg) return;
  const groups = new Map<string, Range[]>();
  if (options.style !== 'none') {
    for (const m of paintedMentions(mentions, options)) {
      const name = `${HIGHLIGHT_PREFIX}${options.style}-${options.categoryOf(m.entityId)}`;
      let list = groups.get(name);
      if (!list) groups.set(name, (list = []));
      list.push(m.range);
    }
  }
  for (const name of ours()) if (!groups.has(name)) {
    reg.delete(name);
    registered.delete(name);
  }
  for (const [name, ranges] of groups) {
    reg.set(name, new Highlight(...ranges));
    registered.add(name);
  }
}

export function setFocus(range: Range | null): void {
  const reg = registry();
  if (!reg) return;
  if (!range) return void reg.delete(FOCUS_HIGHLIGHT);
  const h = new Highlight(range);
  h.priority = 1;
  reg.set(FOCUS_HIGHLIGHT, h);
}

/** Removes every highlight of ours. */
export function clearPaint(): void {
  const reg = registry();
  if (!reg) return;
  for (const name of registered) reg.delete(name);
  registered.clear();
  reg.delete(FOCUS_HIGHLIGHT);
}
