import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasesFromPack, FALLBACK_ALIASES, generateMutationStorm, strongAliases } from '../../bench/pages';
import { renderMarkdown, stormSection } from '../../bench/report';
import { countMismatches } from '../../bench/stats';
import { buildMatcher, createScanState } from '../../src/text/matcher';
import type { Pack } from '../../src/text/pack-types';

const pack = JSON.parse(readFileSync('src/pack/bundled-pack.json', 'utf8')) as Pack;
const aliases = strongAliases(aliasesFromPack(pack));

/** The blocks of some markup as a reader sees them: one string per block-level element. */
function blocks(html: string): string[] {
  return html
    .replace(/<(style|script|title)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(
      /<\/?(p|h[1-6]|li|ul|td|th|tr|table|thead|tbody|section|blockquote|div|header|footer|nav|article|main|body|html|head)\b[^>]*>/g,
      '\n',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .split('\n')
    .filter((s) => s.trim());
}

const arrayIn = (script: string, name: string): string[] =>
  JSON.parse(script.match(new RegExp(`const ${name} = (\\[.*\\]);`))![1]!) as string[];

describe('bench mutation-storm page', () => {
  const opts = { aliases, bursts: 7, burstSize: 30, poolSize: 40, liveNodes: 12, variants: 16 };

  it('knows its final mention count: the engine finds exactly expectedPerEntity on the page as it ends', () => {
    const s = generateMutationStorm(opts);
    const script = s.html.match(/<script>([\s\S]*?)<\/script>/)![1]!;
    const pool = arrayIn(script, 'pool');
    const finals = arrayIn(script, 'finals');
    expect(pool).toHaveLength(40);
    expect(finals).toHaveLength(12);
    // the page once the storm is over: live lines with their final texts, every burst appended
    const live = finals.map((f, i) => `<p class="live">Live ${i}: <b>${f}</b> update.</p>`).join('');
    const finalHtml = s.html.replace(/<div id="storm-live">[\s\S]*?<\/div>/, `<div id="storm-live">${live}</div>`);
    const appended = Array.from({ length: 7 * 30 }, (_, k) => pool[k % pool.length]).join('');
    const matcher = buildMatcher([pack]);
    const state = createScanState();
    const found: Record<string, number> = {};
    for (const b of [...blocks(finalHtml), ...blocks(appended)])
      for (const m of matcher.find(b, state)) found[m.entityId] = (found[m.entityId] ?? 0) + 1;
    expect(found).toEqual(s.expectedPerEntity);
    expect(s.expectedFinal).toBe(Object.values(found).reduce((a, b) => a + b, 0));
    expect(s.expectedFinal).toBeGreaterThan(50);
    // before the storm: the article and the live lines' first texts
    const before: Record<string, number> = {};
    for (const b of blocks(s.html))
      for (const m of matcher.find(b, createScanState())) before[m.entityId] = (before[m.entityId] ?? 0) + 1;
    expect(Object.values(before).reduce((a, b) => a + b, 0)).toBe(s.initialMentions);
  });

  it('rewrites to strings that name something about half the time, and finishes with different texts', () => {
    const s = generateMutationStorm({ ...opts, variants: 64 });
    const script = s.html.match(/<script>([\s\S]*?)<\/script>/)![1]!;
    const variants = arrayIn(script, 'variants');
    const matcher = buildMatcher([pack]);
    const naming = variants.filter((v) => matcher.find(v, createScanState()).length > 0).length;
    expect(naming).toBeGreaterThan(16);
    expect(naming).toBeLessThan(56);
    const jitter = JSON.parse(script.match(/const jitter = (\[.*\]);/)![1]!) as number[];
    expect(Math.min(...jitter)).toBeGreaterThanOrEqual(16);
    expect(Math.max(...jitter)).toBeLessThanOrEqual(25);
    expect(new Set(jitter).size).toBeGreaterThan(3);
  });

  it('is deterministic, instrumented like the scroll page, and has one script', () => {
    const a = generateMutationStorm(opts);
    expect(generateMutationStorm(opts).html).toBe(a.html);
    expect(generateMutationStorm({ ...opts, seed: 99 }).html).not.toBe(a.html);
    for (const s of [
      '__storm',
      "performance.mark('bench:start')",
      "performance.mark('bench:end')",
      'texts[i].data = finals[i]',
    ])
      expect(a.html).toContain(s);
    expect(a.html.match(/<script>/g)).toHaveLength(1);
    expect(a.html.match(/class="live"/g)).toHaveLength(12);
    expect(a.durationMs).toBe(700);
    expect(generateMutationStorm({ aliases: FALLBACK_ALIASES }).durationMs).toBe(5_000);
  });
});

describe('bench storm counts and report', () => {
  it('lists entities counted differently from the expected ones', () => {
    expect(
      countMismatches({ a: 3, b: 2 }, [
        { id: 'a', count: 3 },
        { id: 'b', count: 2 },
      ]),
    ).toEqual([]);
    expect(
      countMismatches({ a: 3, b: 2 }, [
        { id: 'a', count: 4 },
        { id: 'c', count: 1 },
      ]),
    ).toEqual([
      { id: 'a', expected: 3, counted: 4 },
      { id: 'b', expected: 2, counted: 0 },
      { id: 'c', expected: 0, counted: 1 },
    ]);
  });

  const stormPage = { bursts: 20, burstSize: 200, burstIntervalMs: 100, liveNodes: 100, rewriteEveryMs: [16, 25] };
  const storm = {
    runs: 1,
    blocksAppended: 4000,
    stormMs: 2100,
    rewriteTicks: 95,
    expectedMentions: 900,
    countedMentions: 900,
    exactRuns: 1,
    catchUpMedianMs: 120,
    glossaMaxInTaskMs: 31.5,
    glossaMaxInTaskRunsMs: [31.5],
    glossaTasks: 80,
    glossaTasksOverLimit: 0,
    extraHeapMB: 2.1,
  };

  it('renders a storm section: counts in every browser, tasks/share/heap in Chromium', () => {
    const chromium = stormSection({ stormPage }, storm, true).join('\n');
    expect(chromium).toContain('20 bursts of 200 blocks every 100 ms = 4000 blocks appended');
    expect(chromium).toContain('every 16–25 ms');
    expect(chromium).toContain('2100 ms with 95 rewrite ticks (one per 22 ms)');
    expect(chromium).toContain('**all 900**');
    expect(chromium).toContain('**max 31.5 ms of Glossa script in one task**');
    expect(chromium).toContain('**2.1 MB extra**');
    const firefox = stormSection(
      { stormPage },
      { ...storm, countedMentions: 880, exactRuns: 0, mismatches: [{ id: 'himars', expected: 40, counted: 20 }] },
      false,
    ).join('\n');
    expect(firefox).toContain('**880 of 900** (exact in 0 of 1 runs; off: himars 20/40)');
    expect(firefox).not.toContain('Glossa script in one task');
    expect(stormSection({ stormPage }, undefined, true)).toEqual([]);
  });

  it('puts the storm in the Chromium part of RESULTS.md, with its target row', () => {
    const md = renderMarkdown(
      {
        machine: {},
        stormPage,
        pages: {},
        targets: [{ target: 'mutation storm: no Glossa task > 50 ms', value: 'worst 31.5 ms', pass: true }],
        results: { chromium: { storm } },
      },
      '',
    );
    expect(md).toContain('| ✅ pass | mutation storm: no Glossa task > 50 ms | worst 31.5 ms |');
    expect(md.indexOf('Mutation storm (')).toBeGreaterThan(md.indexOf('## Chromium'));
    expect(md).toContain('- **Mutation storm**');
  });
});
