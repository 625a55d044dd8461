import { describe, expect, it } from 'vitest';
import { lineAround } from './latin-words';

describe('lineAround', () => {
  it('ends at a line break of either kind, and at the reach', () => {
    const t = 'first line\r\nthe middle line here\nlast';
    const s = t.indexOf('middle');
    expect(t.slice(...lineAround(t, s, s + 6, 100))).toBe('the middle line here');
    expect(t.slice(...lineAround(t, s, s + 6, 2))).toBe('e middle l');
    expect(lineAround('one line', 4, 8, 50)).toEqual([0, 8]);
  });
});
