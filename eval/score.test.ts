import { describe, expect, it } from 'vitest';
import { aggregate, floorFailures, highlight, percentFloor, precision, recall, scorePassage } from './score';

const span = (start: number, end: number, text = 'x') => ({ start, end, text });

describe('scorePassage', () => {
  it('counts TP, FP and FN per entity from expected counts and found matches', () => {
    const scores = scorePassage({ morocco: 2, rabat: 1, sahel: 1 }, [
      { id: 'morocco', matches: [span(0, 7)] },
      { id: 'rabat', matches: [span(10, 15), span(20, 25)] },
      { id: 'himars', matches: [span(30, 36)] },
    ]);
    expect(scores.map(({ entity, expected, found, tp, fp, fn }) => ({ entity, expected, found, tp, fp, fn }))).toEqual([
      { entity: 'himars', expected: 0, found: 1, tp: 0, fp: 1, fn: 0 },
      { entity: 'morocco', expected: 2, found: 1, tp: 1, fp: 0, fn: 1 },
      { entity: 'rabat', expected: 1, found: 2, tp: 1, fp: 1, fn: 0 },
      { entity: 'sahel', expected: 1, found: 0, tp: 0, fp: 0, fn: 1 },
    ]);
  });

  it('gives no rows for a passage with nothing expected and nothing found', () => {
    expect(scorePassage({}, [])).toEqual([]);
  });
});

describe('aggregation', () => {
  const items = [
    { lang: 'en', tp: 3, fp: 1, fn: 0 },
    { lang: 'ar', tp: 1, fp: 0, fn: 1 },
    { lang: 'en', tp: 1, fp: 0, fn: 2 },
  ];

  it('sums totals per key in first-seen order', () => {
    const m = aggregate(
      items,
      (i) => i.lang,
      (i) => i,
    );
    expect([...m.entries()]).toEqual([
      ['en', { tp: 4, fp: 1, fn: 2 }],
      ['ar', { tp: 1, fp: 0, fn: 1 }],
    ]);
    expect(precision(m.get('en')!)).toBeCloseTo(0.8);
    expect(recall(m.get('en')!)).toBeCloseTo(4 / 6);
  });

  it('treats empty denominators as perfect', () => {
    expect(precision({ tp: 0, fp: 0, fn: 3 })).toBe(1);
    expect(recall({ tp: 0, fp: 2, fn: 0 })).toBe(1);
  });

  it('rounds percentages down so a floor taken from a run is met by that run', () => {
    expect(percentFloor(2 / 3)).toBe(66.6);
    expect(percentFloor(0.97)).toBe(97);
    expect(percentFloor(1)).toBe(100);
  });
});

describe('floorFailures', () => {
  const byLang = new Map([['en', { tp: 95, fp: 5, fn: 5 }]]);

  it('passes at the floor and fails under it, naming the figure', () => {
    expect(floorFailures({ en: { precision: 95, recall: 95 } }, byLang)).toEqual([]);
    expect(floorFailures({ en: { precision: 95.1, recall: 99 } }, byLang)).toEqual([
      'en: test precision 95 % < floor 95.1 %',
      'en: test recall 95 % < floor 99 %',
    ]);
  });

  it('fails when a floored language has no test passages', () => {
    expect(floorFailures({ fr: { precision: 90, recall: 90 } }, byLang)).toEqual([
      'fr: floor set but the test split has no fr passages',
    ]);
  });

  it('names the split it checks', () => {
    expect(floorFailures({ en: { precision: 96, recall: 90 } }, byLang, 'holdout')).toEqual([
      'en: holdout precision 95 % < floor 96 %',
    ]);
  });
});

describe('highlight', () => {
  it('marks spans with «» and puts the passage on one line', () => {
    expect(highlight('Apache in Rabat.\n\nRabat again', [span(18, 23), span(10, 15)])).toBe(
      'Apache in «Rabat». ¶ «Rabat» again',
    );
  });
});
