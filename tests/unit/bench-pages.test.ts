import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aliasesFromPack,
  aliasStrings,
  FALLBACK_ALIASES,
  generateArticle,
  generateInfiniteScroll,
  strongAliases,
} from '../../bench/pages';
import { appendDelays, median, percentile } from '../../bench/stats';

const visibleText = (html: string): string =>
  html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('bench page generator', () => {
  it('reaches the requested size of visible text, not far past it', () => {
    for (const target of [20_000, 100_000]) {
      const p = generateArticle({ targetBytes: target, aliases: FALLBACK_ALIASES });
      expect(p.textBytes).toBeGreaterThanOrEqual(target);
      expect(p.textBytes).toBeLessThan(target * 1.1);
      // textBytes counts what a TreeWalker reads (≈ the HTML with tags stripped, minus header/footer)
      const text = Buffer.byteLength(visibleText(p.html), 'utf8');
      expect(Math.abs(text - p.textBytes) / p.textBytes).toBeLessThan(0.02);
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateArticle({ targetBytes: 10_000, aliases: FALLBACK_ALIASES, seed: 3 });
    const b = generateArticle({ targetBytes: 10_000, aliases: FALLBACK_ALIASES, seed: 3 });
    const c = generateArticle({ targetBytes: 10_000, aliases: FALLBACK_ALIASES, seed: 4 });
    expect(a.html).toBe(b.html);
    expect(a.html).not.toBe(c.html);
  });

  it('counts the mentions it inserts, in all three languages and inside markup', () => {
    const p = generateArticle({ targetBytes: 50_000, aliases: FALLBACK_ALIASES, seed: 1 });
    const text = visibleText(p.html);
    expect(p.mentions).toBeGreaterThan(20);
    expect(Object.values(p.perEntity).reduce((s, n) => s + n, 0)).toBe(p.mentions);
    expect(text).toContain('الصحراء الغربية');
    expect(p.html).toMatch(/dir="rtl"/);
    expect(p.html).toMatch(/<table>/);
    expect(p.html).toMatch(/<ul/);
    expect(p.html).toMatch(/<a href="#[a-z-]+">/);
  });

  it('writes no alias at all on the no-mention page', () => {
    const p = generateArticle({ targetBytes: 30_000, aliases: [], seed: 5 });
    expect(p.mentions).toBe(0);
    const text = visibleText(p.html).toLowerCase();
    for (const a of FALLBACK_ALIASES) expect(text).not.toContain(a.text.toLowerCase());
  });

  it('reads aliases from a pack: strings and option objects, strong ones flagged', () => {
    const pack = JSON.parse(readFileSync('src/pack/bundled-pack.json', 'utf8')) as unknown;
    const aliases = aliasesFromPack(pack);
    expect(aliases.length).toBeGreaterThan(50);
    expect(aliases.every((a) => a.text.length > 0 && ['en', 'fr', 'ar'].includes(a.lang))).toBe(true);
    expect(aliasStrings(aliases).length).toBeLessThanOrEqual(aliases.length);
    expect(strongAliases(aliases).every((a) => a.strong)).toBe(true);
    expect(
      aliasesFromPack({
        entities: [{ id: 'x', aliases: { en: ['A', { text: 'B', needsContext: true }, 'A'], de: ['C'] } }],
      }),
    ).toEqual([
      { text: 'A', id: 'x', lang: 'en', strong: true },
      { text: 'B', id: 'x', lang: 'en', strong: false },
    ]);
    expect(aliasesFromPack(null)).toEqual([]);
  });

  it('builds an infinite-scroll page with a pool whose mentions are known', () => {
    const s = generateInfiniteScroll({ aliases: FALLBACK_ALIASES, poolSize: 50, durationMs: 1000 });
    expect(s.poolMentions).toHaveLength(50);
    expect(s.html).toContain('__bench');
    expect(s.html).toContain('bench:start');
    expect(s.html.match(/<script>/g)).toHaveLength(1);
    expect(s.html).not.toMatch(/<\/script>[\s\S]*<\/script>[\s\S]*<\/body>/);
  });
});

describe('bench statistics', () => {
  it('median and percentile', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
  });

  it('append delays: first poll after the append that reached its count', () => {
    const appends: Array<[number, number]> = [
      [100, 5],
      [125, 5], // no new mentions: skipped
      [150, 9],
      [175, 12],
    ];
    const polls: Array<[number, number]> = [
      [90, 10], // before any append
      [130, 12],
      [160, 14],
      [240, 19],
      [300, 22],
    ];
    const r = appendDelays(appends, polls, 10);
    expect(r.delays).toEqual([140, 90, 125]);
    expect(r.missed).toBe(0);
    expect(appendDelays([[100, 50]], polls, 10).missed).toBe(1);
    // scale: the engine counts 80% of what was generated
    expect(
      appendDelays(
        [[100, 10]],
        [
          [150, 17],
          [200, 18],
        ],
        10,
        0.8,
      ).delays,
    ).toEqual([100]);
  });
});

describe('generated names', () => {
  it('never writes one entity within two words of itself in a sentence: side by side they are one mention', () => {
    const aliases = [
      { text: 'Alpha', id: 'a', lang: 'en' as const, strong: true },
      { text: 'Beta', id: 'b', lang: 'en' as const, strong: true },
    ];
    const page = generateArticle({ targetBytes: 4000, aliases, seed: 3, mentionRate: 0.9 });
    const text = page.html.replace(/<[^>]+>/g, ' ');
    expect(page.mentions).toBeGreaterThan(100);
    expect(text).not.toMatch(/\bAlpha\s+(?:[^\s.]+\s+)?Alpha\b/);
    expect(text).not.toMatch(/\bBeta\s+(?:[^\s.]+\s+)?Beta\b/);
  });
});
