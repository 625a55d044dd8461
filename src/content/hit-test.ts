/**
 * Which mention is under a point: the caret position at the point (through open shadow roots),
 * confirmed with the mention range's client rectangles so a point beside the text does not count.
 */
import type { Mention } from './scanner';
import { debug } from '../shared/debug-log';

interface CaretDoc {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as unknown as CaretDoc;
  try {
    if (typeof doc.caretPositionFromPoint === 'function') {
      const p = shadowRoots.length
        ? doc.caretPositionFromPoint(x, y, { shadowRoots })
        : doc.caretPositionFromPoint(x, y);
      if (p) return { node: p.offsetNode, offset: p.offset };
    }
  } catch (e) {
    // Older signature without options: fall through.
    debug('hit-test: caretPositionFromPoint with shadow roots', e);
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number, slop = 1): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/**
 * The mention under (x, y), looking up the candidates of the caret's text node with
 * `mentionsOf`. Falls back to checking the rects of all candidates near the caret.
 */
export function mentionAt(
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
  mentionsOf: (node: Node) => readonly Mention[] | undefined,
): Mention | undefined {
  const caret = caretAt(x, y, shadowRoots);
  if (!caret) return undefined;
  const candidates = mentionsOf(caret.node);
  if (!candidates) return undefined;
  for (const m of candidates) if (rectsContain(m.range, x, y)) return m;
  return undefined;
}
