// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Category } from '../text/pack-types';
import { HighlightPainter, PAINT_SPACING_MS, type PaintOptions } from './painter';
import type { Mention } from './scanner';

/** CSS Custom Highlight API stand-ins (happy-dom has neither). */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
beforeAll(() => {
  (globalThis as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
});

function mention(entityId: string, text: string, claims = false): Mention {
  const node = document.createTextNode(text);
  document.body.append(node);
  const range = document.createRange();
  range.selectNodeContents(node);
  return {
    entityId,
    range,
    text,
    nodes: [node],
    block: document.body,
    ...(claims ? { claims: [{ claim: 'c', verdict: 'wrong' }] } : {}),
  };
}

const categories: Record<string, Category> = { africom: 'organization', langley: 'person' };
const options = (o: Partial<PaintOptions> = {}): PaintOptions => ({
  style: 'underline',
  paintAll: false,
  categoryOf: (id) => categories[id],
  ...o,
});
const texts = (reg: Map<string, FakeHighlight>, name: string): string[] =>
  [...(reg.get(name) ?? [])].map((r) => r.toString());

/** A painter on a fake registry, with frames that come only when the test runs them. */
function setup() {
  const reg = new Map<string, FakeHighlight>();
  const frames: (() => void)[] = [];
  const clock = { now: 0 };
  /** Ranges the test puts in the viewport. */
  const onScreen = new Set<Range>();
  /** Ranges the painter watches for the viewport, and its callback for one that shows. */
  const watched: Range[] = [];
  let onShown = (): void => {};
  let paints = 0;
  let sets = 0;
  const registry = {
    set: (name: string, h: FakeHighlight) => (sets++, reg.set(name, h)),
    delete: (name: string) => reg.delete(name),
  };
  const painter = new HighlightPainter({
    registry: () => registry as unknown as HighlightRegistry,
    frame: (fn) => {
      frames.push(fn);
      return () => frames.splice(frames.indexOf(fn) >>> 0, 1);
    },
    now: () => clock.now,
    viewport: (shown) => {
      onShown = shown;
      return { watch: (ranges) => void watched.push(...ranges), clear: () => void watched.splice(0) };
    },
    onPainted: () => paints++,
  });
  /** Runs the frames due now, as the browser would before drawing. */
  const frame = (): void => {
    for (const fn of frames.splice(0)) fn();
  };
  /** The viewport's answer, as an observer gives it after a frame: a watched range is on screen. */
  const observe = (): void => {
    if (watched.splice(0).some((r) => onScreen.has(r))) onShown();
  };
  return { reg, painter, frames, frame, observe, clock, onScreen, watched, paints: () => paints, sets: () => sets };
}

describe('HighlightPainter', () => {
  it("paints each entity's first mention by default, every mention with paintAll", () => {
    const { reg, painter } = setup();
    const list = [mention('africom', 'AFRICOM'), mention('langley', 'Langley'), mention('africom', 'Africom')];
    painter.paint(list, options());
    painter.flush();
    expect(texts(reg, 'glossa-underline-organization')).toEqual(['AFRICOM']);
    expect(texts(reg, 'glossa-underline-person')).toEqual(['Langley']);
    painter.paint(list, options({ paintAll: true }));
    painter.flush();
    expect(texts(reg, 'glossa-underline-organization')).toEqual(['AFRICOM', 'Africom']);
  });

  it('marks every mention that makes a claim, first or not, above its category paint', () => {
    const { reg, painter } = setup();
    painter.paint(
      [mention('africom', 'AFRICOM'), mention('africom', 'Africom', true), mention('unknown', 'X', true)],
      options(),
    );
    painter.flush();
    expect(texts(reg, 'glossa-claim')).toEqual(['Africom']);
    expect(reg.get('glossa-claim')!.priority).toBeGreaterThan(reg.get('glossa-underline-organization')!.priority);
    painter.paint([mention('africom', 'AFRICOM', true)], options({ style: 'none' }));
    painter.flush();
    expect([...reg.keys()]).toEqual([]);
  });

  it('adds appended mentions to the highlights without painting an entity twice', () => {
    const { reg, painter } = setup();
    painter.paint([mention('africom', 'AFRICOM')], options());
    painter.flush();
    const before = reg.get('glossa-underline-organization');
    painter.paintAppended([mention('africom', 'Africom'), mention('langley', 'Langley', true)], options());
    painter.flush();
    // Unchanged highlights are not touched (each change re-paints the page).
    expect(reg.get('glossa-underline-organization')).toBe(before);
    expect(texts(reg, 'glossa-underline-organization')).toEqual(['AFRICOM']);
    expect(texts(reg, 'glossa-underline-person')).toEqual(['Langley']);
    expect(texts(reg, 'glossa-claim')).toEqual(['Langley']);
  });

  it('extends a highlight with appended ranges in place; a full repaint replaces it', () => {
    const { reg, painter } = setup();
    const all = options({ paintAll: true });
    painter.paint([mention('africom', 'AFRICOM')], all);
    painter.flush();
    const first = reg.get('glossa-underline-organization')!;
    painter.paintAppended([mention('africom', 'Africom')], all);
    painter.paintAppended([mention('africom', 'AfriCom')], all);
    painter.flush();
    // Appends only: the same highlight, the new ranges added to it (no highlight of them all again).
    expect(reg.get('glossa-underline-organization')).toBe(first);
    expect(texts(reg, 'glossa-underline-organization')).toEqual(['AFRICOM', 'Africom', 'AfriCom']);
    painter.paint([mention('africom', 'Africa Command')], all);
    painter.flush();
    expect(reg.get('glossa-underline-organization')).not.toBe(first);
    expect(texts(reg, 'glossa-underline-organization')).toEqual(['Africa Command']);
    painter.paintAppended([mention('africom', 'AFRICOM')], all);
    painter.flush();
    expect(texts(reg, 'glossa-underline-organization')).toEqual(['Africa Command', 'AFRICOM']);
  });

  it("clears only its own highlights and the focus, and two painters don't share state", () => {
    const { reg, painter } = setup();
    reg.set('page-own', new FakeHighlight());
    painter.paint([mention('africom', 'AFRICOM')], options());
    painter.flush();
    painter.setFocus(mention('langley', 'Langley').range);
    painter.flush();
    const other = new HighlightPainter({ registry: () => reg as unknown as HighlightRegistry });
    other.clearPaint(); // painted nothing: touches nothing
    expect(reg.has('glossa-underline-organization')).toBe(true);
    painter.clearPaint();
    expect([...reg.keys()]).toEqual(['page-own']);
  });

  describe('at most one change per frame', () => {
    afterEach(() => void vi.useRealTimers());

    it('paints the first slice before the next frame, coalesced with what comes in the same task', () => {
      const { reg, painter, frame, frames, paints } = setup();
      painter.paint([mention('africom', 'AFRICOM')], options());
      painter.paintAppended([mention('langley', 'Langley')], options());
      expect(reg.size).toBe(0);
      expect(painter.pending).toBe(true);
      expect(frames).toHaveLength(1);
      frame();
      expect(texts(reg, 'glossa-underline-organization')).toEqual(['AFRICOM']);
      expect(texts(reg, 'glossa-underline-person')).toEqual(['Langley']);
      expect(painter.pending).toBe(false);
      expect(paints()).toBe(1);
    });

    it('spaces later changes during a scan, and paints the rest at once when the scan ends', () => {
      vi.useFakeTimers();
      const { reg, painter, frame, frames, clock, sets } = setup();
      painter.paint([mention('africom', 'AFRICOM')], options());
      frame();
      expect(sets()).toBe(1);
      // Two more slices within the spacing, off-screen: the next frame paints nothing.
      painter.paintAppended([mention('langley', 'Langley')], options());
      painter.paintAppended([mention('africom', 'Africom', true)], options());
      frame();
      expect(sets()).toBe(1);
      expect(frames).toHaveLength(0);
      clock.now = PAINT_SPACING_MS;
      vi.advanceTimersByTime(PAINT_SPACING_MS);
      expect(frames).toHaveLength(1);
      frame();
      expect(texts(reg, 'glossa-underline-person')).toEqual(['Langley']);
      expect(texts(reg, 'glossa-claim')).toEqual(['Africom']);
      expect(sets()).toBe(3); // person and claim; the organization's highlight is unchanged
      // The scan ends: what waits waits neither for the spacing nor for a frame.
      painter.paintAppended([mention('langley', 'Langley', true)], options());
      expect(frames).toHaveLength(1);
      painter.flush();
      expect(texts(reg, 'glossa-claim')).toEqual(['Africom', 'Langley']);
      expect(painter.pending).toBe(false);
      expect(frames).toHaveLength(0);
    });

    it('paints a mention at the frame after the viewport watch says it shows, spacing or not', () => {
      const { reg, painter, frame, observe, onScreen, watched } = setup();
      painter.paint([mention('africom', 'AFRICOM')], options());
      frame();
      const later = mention('langley', 'Langley');
      onScreen.add(later.range);
      painter.paintAppended([later], options());
      frame();
      // No layout read in the frame: the range is watched, and waits for the answer.
      expect(watched).toEqual([later.range]);
      expect(texts(reg, 'glossa-underline-person')).toEqual([]);
      observe();
      frame();
      expect(texts(reg, 'glossa-underline-person')).toEqual(['Langley']);
      expect(painter.pending).toBe(false);
    });

    it('leaves an off-screen mention to the spacing, and forgets what it watched once painted', () => {
      const { reg, painter, frame, observe, clock, watched } = setup();
      painter.paint([mention('africom', 'AFRICOM')], options());
      frame();
      painter.paintAppended([mention('langley', 'Langley')], options());
      frame();
      observe();
      expect(painter.pending).toBe(true);
      painter.paintAppended([mention('africom', 'Africom')], options({ paintAll: true }));
      frame();
      expect(watched).toHaveLength(1);
      clock.now += PAINT_SPACING_MS;
      painter.flush();
      expect(texts(reg, 'glossa-underline-person')).toEqual(['Langley']);
      expect(watched).toEqual([]);
    });

    it('a full repaint that changes nothing touches no highlight; one that drops a name deletes it', () => {
      const { reg, painter, frame, sets } = setup();
      const a = mention('africom', 'AFRICOM');
      const l = mention('langley', 'Langley');
      painter.paint([a, l], options());
      frame();
      expect(sets()).toBe(2);
      painter.paint([a, l], options());
      painter.flush();
      expect(sets()).toBe(2);
      painter.paint([a], options());
      painter.flush();
      expect([...reg.keys()]).toEqual(['glossa-underline-organization']);
    });

    it('clearPaint drops what waits: nothing is painted after it', () => {
      const { reg, painter, frames } = setup();
      painter.paint([mention('africom', 'AFRICOM')], options());
      painter.clearPaint();
      expect(painter.pending).toBe(false);
      expect(frames).toHaveLength(0);
      expect(reg.size).toBe(0);
    });
  });
});
