import { describe, expect, it } from 'vitest';
import { summariseSoak, type SoakSide, type Snapshot } from '../../bench/measure-soak';
import { FALLBACK_ALIASES, generateScrollSoak, generateSpaSoak, strongAliases } from '../../bench/pages';

const snap = (heapMB: number, listeners: number, observers: number | null): Snapshot => ({
  heapMB,
  listeners,
  nodes: 100,
  observers,
});

describe('soak summary', () => {
  const withGlossa: SoakSide = {
    start: snap(1.3, 2, 1),
    mid: snap(1.8, 7, 1),
    end: snap(2.0, 7, 1),
    ranges: 763,
    mentionsInDom: 763,
    counted: 763,
    catchUpMs: 26,
  };
  const without: SoakSide = { start: snap(1.0, 0, null), mid: snap(1.05, 0, null), end: snap(1.1, 0, null) };

  it("Glossa's heap growth is its growth minus the page's own", () => {
    const s = summariseSoak({ scenario: 'x', with: withGlossa, without, errors: [] });
    expect(s).toMatchObject({
      heapGrowthWithMB: 0.7,
      heapGrowthWithoutMB: 0.1,
      glossaHeapGrowthMB: 0.6,
      rangesEnd: 763,
      mentionsInDom: 763,
      countedEnd: 763,
    });
  });

  it('judges listener and observer growth from halfway, after one-off set-up', () => {
    const s = summariseSoak({ scenario: 'x', with: withGlossa, without, errors: [] });
    expect(s).toMatchObject({
      listenersStart: 2,
      listenersMid: 7,
      listenersEnd: 7,
      listenersGrowth: 0,
      observersGrowth: 0,
    });
    const leaking = summariseSoak({
      scenario: 'x',
      with: { ...withGlossa, end: snap(2.0, 12, 3) },
      without,
      errors: [],
    });
    expect(leaking).toMatchObject({ listenersGrowth: 5, observersGrowth: 2 });
  });

  it('a side that failed leaves its figures null and its error listed', () => {
    const s = summariseSoak({ scenario: 'x', with: null, without, errors: ['with Glossa: boom'] });
    expect(s).toMatchObject({
      glossaHeapGrowthMB: null,
      rangesEnd: null,
      listenersGrowth: null,
      errors: ['with Glossa: boom'],
    });
  });
});

describe('soak pages', () => {
  const aliases = strongAliases(FALLBACK_ALIASES);

  it('single-page app: replaces its article through the History API, the given number of times', () => {
    const p = generateSpaSoak({ aliases, swaps: 500 });
    expect(p.html).toContain('history.pushState');
    expect(p.html).toContain('SWAPS = 500');
    expect(p.durationMs).toBe(500 * 50);
    expect(p.scenario).toMatch(/^500 article replacements/);
  });

  it('infinite scroll: appends, scrolls and drops the oldest batch, for the given time', () => {
    const p = generateScrollSoak({ aliases, durationMs: 120_000 });
    expect(p.html).toContain('scrollTo');
    expect(p.html).toContain('firstElementChild.remove()');
    expect(p.durationMs).toBe(120_000);
    expect(p.scenario).toMatch(/^2 min of appends/);
  });

  it('the pools carry their mentions per entity, and name only bare aliases', () => {
    const p = generateSpaSoak({ aliases, swaps: 1 });
    const pool = JSON.parse(/const pool = (\[.*?\]);\n/s.exec(p.html)![1]!.replace(/\\u003c/g, '<')) as Array<{
      html: string;
      perEntity: Record<string, number>;
    }>;
    const ids = new Set(aliases.map((a) => a.id));
    const total = pool.reduce((s, a) => s + Object.values(a.perEntity).reduce((x, y) => x + y, 0), 0);
    expect(total).toBeGreaterThan(pool.length); // more than one mention per article on average
    for (const a of pool) for (const id of Object.keys(a.perEntity)) expect(ids.has(id)).toBe(true);
  });
});
