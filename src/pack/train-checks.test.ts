import { describe, expect, it } from 'vitest';
import { dropSome, foldsOf, weightShift, type WeightTable } from './train-checks';

const ids = Array.from({ length: 40 }, (_, i) => `en-x-${String(i).padStart(3, '0')}`);

describe('train checks: folds and draws', () => {
  it('deal the sorted ids round-robin into k folds, whatever their order', () => {
    const folds = foldsOf([...ids].reverse(), 5);
    expect(folds.get('en-x-000')).toBe(0);
    expect(folds.get('en-x-001')).toBe(1);
    expect(folds.get('en-x-005')).toBe(0);
    expect([...folds.values()].filter((f) => f === 3)).toHaveLength(8);
  });

  it('drop the same share of ids for the same seed, another draw for another seed', () => {
    const a = dropSome(ids, 0.05, 1);
    expect(a.size).toBe(2);
    expect(dropSome([...ids].reverse(), 0.05, 1)).toEqual(a);
    const draws = new Set([1, 2, 3, 4, 5].map((seed) => [...dropSome(ids, 0.05, seed)].sort().join()));
    expect(draws.size).toBeGreaterThan(1);
    for (const id of a) expect(ids).toContain(id);
  });
});

describe('train checks: weight shifts', () => {
  it('count flips, words appearing or dropping out, and moves over the bound (a missing word is 0)', () => {
    const before: WeightTable = new Map<string, Record<string, number>>([
      ['rabat', { ministry: 2, fort: -1, sea: -0.3 }],
      ['sahel', { army: 1 }],
    ]);
    const after: WeightTable = new Map<string, Record<string, number>>([
      ['rabat', { ministry: 2.4, fort: 0.5, port: 0.2 }],
      ['sahel', { army: 1 }],
    ]);
    const s = weightShift(before, after, 0.5);
    expect(s).toMatchObject({ words: 5, flipped: 1, appeared: 1, dropped: 1, moved: 1 });
    expect(s.total).toBeCloseTo(0.4 + 1.5 + 0.3 + 0.2);
    expect(weightShift(before, before, 0.5)).toMatchObject({ flipped: 0, appeared: 0, dropped: 0, moved: 0, total: 0 });
  });
});
