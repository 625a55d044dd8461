import { describe, expect, it } from 'vitest';
import { changedSince, dayRange, splitAtDay, type TimedFact } from './then-and-now';

type F = TimedFact & { id: string };

// Langley's and AFRICOM's story as the pack tells it, reduced to ids and dates.
const langley: F[] = [
  { id: 'first-black-4-star', date: '2022-08-06' },
  { id: 'commissioned', date: '1985' },
  { id: 'commands-africom', from: '2022-08-09', until: '2025-08-15' },
  { id: 'third-visit', date: '2024-02-20' },
  { id: 'apache-handover', date: '2025-03-05' },
  { id: 'born-in-shreveport' },
];

const ids = (fs: F[]): string[] => fs.map((f) => f.id);

describe('splitAtDay', () => {
  it('shows what held on the page day, then what changed since, oldest first', () => {
    const { then, since } = splitAtDay(langley, '2024-02-20');
    expect(ids(then)).toEqual([
      'first-black-4-star',
      'commissioned',
      'commands-africom',
      'third-visit',
      'born-in-shreveport',
    ]);
    expect(since.map((c) => [c.fact.id, c.kind, c.day])).toEqual([
      ['apache-handover', 'happened', '2025-03-05'],
      ['commands-africom', 'ended', '2025-08-15'],
    ]);
  });

  it('puts a state that began after the page in "since", never in "then"', () => {
    const anderson: F[] = [{ id: 'commands-africom', from: '2025-08-15' }];
    expect(splitAtDay(anderson, '2024-02-20')).toEqual({
      then: [],
      since: [{ fact: anderson[0], day: '2025-08-15', kind: 'began' }],
    });
    expect(splitAtDay(anderson, '2025-09-01')).toEqual({ then: anderson, since: [] });
  });

  it('keeps a state that ended before the page as background', () => {
    const milley: F[] = [{ id: 'chairman', from: '2019-10-01', until: '2023-09-30' }];
    expect(splitAtDay(milley, '2024-02-20')).toEqual({ then: milley, since: [] });
  });

  it('never treats a partial date the page may not have known as known', () => {
    const facts: F[] = [
      { id: 'same-month', date: '2024-02' },
      { id: 'same-year', date: '2024' },
      { id: 'earlier-month', date: '2024-01' },
    ];
    const { then, since } = splitAtDay(facts, '2024-02-20');
    expect(ids(then)).toEqual(['earlier-month']);
    expect(since.map((c) => [c.fact.id, c.day])).toEqual([
      ['same-year', '2024-01-01'],
      ['same-month', '2024-02-01'],
    ]);
  });

  it('counts a fact dated on the page day itself as known', () => {
    expect(ids(splitAtDay([{ id: 'x', date: '2024-02-20' }], '2024-02-20').then)).toEqual(['x']);
  });
});

describe('changedSince', () => {
  it('is true when anything began, ended or happened after the page day', () => {
    expect(changedSince(langley, '2024-02-20')).toBe(true);
    expect(changedSince(langley, '2025-09-01')).toBe(false);
    expect(changedSince([{ from: '2020-01-01' }], '2024-02-20')).toBe(false);
  });
});

describe('dayRange', () => {
  it.each([
    ['2024', ['2024-01-01', '2024-12-31']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2023-02', ['2023-02-01', '2023-02-28']],
    ['2024-02-20', ['2024-02-20', '2024-02-20']],
  ])('%s', (date, range) => {
    expect(dayRange(date)).toEqual(range);
  });
});
