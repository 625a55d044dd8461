// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import type { Category } from '../text/pack-types';
import { HighlightPainter, type PaintOptions } from './painter';
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

function setup(): { reg: Map<string, FakeHighlight>; painter: HighlightPainter } {
  const reg = new Map<string, FakeHighlight>();
  return { reg, painter: new HighlightPainter(() => reg as unknown as HighlightRegistry) };
}

describe('HighlightPainter', () => {
  it("paints each entity's first mention by default, every mention with paintAll", () => {
    const { reg, painter } = setup();
    const list = [mention('africom', 'AFRICOM'), mention('langley', 'Langley'), mention('africom', 'Africom')];
    painter.paint(list, options());
    expect(texts(reg, 'glossa-underline-organization')).toEqual(['AFRICOM']);
    expect(texts(reg, 'glossa-underline-person')).toEqual(['Langley']);
    painter.paint(list, options({ paintAll: true }));
    expect(texts(reg, 'glossa-underline-organization')).toEqual(['AFRICOM', 'Africom']);
  });

  it('marks every mention that makes a claim, first or not, above its category paint', () => {
    const { reg, painter } = setup();
    painter.paint(
      [mention('africom', 'AFRICOM'), mention('africom', 'Africom', true), mention('unknown', 'X', true)],
      options(),
    );
    expect(texts(reg, 'glossa-claim')).toEqual(['Africom']);
    expect(reg.get('glossa-claim')!.priority).toBeGreaterThan(reg.get('glossa-underline-organization')!.priority);
    painter.paint([mention('africom', 'AFRICOM', true)], options({ style: 'none' }));
    expect([...reg.keys()]).toEqual([]);
  });

  it('adds appended mentions to the highlights without painting an entity twice', () => {
    const { reg, painter } = setup();
    painter.paint([mention('africom', 'AFRICOM')], options());
    const before = reg.get('glossa-underline-organization');
    painter.paintAppended([mention('africom', 'Africom'), mention('langley', 'Langley', true)], options());
    expect(reg.get('glossa-underline-organization')).toBe(before);
    expect(texts(reg, 'glossa-underline-organization')).toEqual(['AFRICOM']);
    expect(texts(reg, 'glossa-underline-person')).toEqual(['Langley']);
    expect(texts(reg, 'glossa-claim')).toEqual(['Langley']);
  });

  it("clears only its own highlights and the focus, and two painters don't share state", () => {
    const { reg, painter } = setup();
    reg.set('page-own', new FakeHighlight());
    painter.paint([mention('africom', 'AFRICOM')], options());
    painter.setFocus(mention('langley', 'Langley').range);
    const other = new HighlightPainter(() => reg as unknown as HighlightRegistry);
    other.clearPaint(); // painted nothing: touches nothing
    expect(reg.has('glossa-underline-organization')).toBe(true);
    painter.clearPaint();
    expect([...reg.keys()]).toEqual(['page-own']);
  });
});
