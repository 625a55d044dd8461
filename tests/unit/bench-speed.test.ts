import { describe, expect, it } from 'vitest';
import { firstScreenFromMarks, viewportMarks } from '../../bench/measure-first-screen';
import { pairedExtra } from '../../bench/measure-total';
import { firefoxRatioSection, soakSection, wholeCostSection } from '../../bench/report-speed';
import { speedTargets, targets } from '../../bench/targets';
import { mainThreadBusy, topLevelTasks, type TraceEvent } from '../../bench/trace';

const X = (name: string, ts: number, dur: number, tid = 1): TraceEvent => ({
  name,
  ph: 'X',
  ts: ts * 1000,
  dur: dur * 1000,
  pid: 1,
  tid,
});
const nav = (ts: number, tid = 1): TraceEvent => ({
  name: 'navigationStart',
  ph: 'R',
  ts: ts * 1000,
  pid: 1,
  tid,
  args: { data: { documentLoaderURL: 'http://x/100k.html' } },
});

describe('mainThreadBusy (whole cost)', () => {
  const events = [
    X('RunTask', 50, 30), // before navigationStart: the blank page
    nav(100),
    X('RunTask', 90, 20), // straddles the start: 10 ms inside
    X('RunTask', 120, 40),
    X('RunTask', 130, 5), // nested in the previous task: counted once
    { name: 'RunTask', ph: 'B', ts: 200_000, pid: 1, tid: 1 },
    { name: 'RunTask', ph: 'E', ts: 230_000, pid: 1, tid: 1 },
    X('RunTask', 290, 20), // straddles the end: 10 ms inside
    X('RunTask', 120, 500, 2), // another thread (a worker): not the page's main thread
  ] as TraceEvent[];

  it('sums the top-level tasks of the thread that started the navigation, clipped to the window', () => {
    // no thread times in these events: CPU = wall
    expect(mainThreadBusy(events, 100_000, 300_000)).toEqual({ ms: 10 + 40 + 30 + 10, cpuMs: 90, tasks: 4 });
  });

  it('counts thread time pro rata for a task cut by the window', () => {
    const withCpu = [nav(0), { ...X('RunTask', 10, 40), tdur: 20_000 }, { ...X('RunTask', 90, 20), tdur: 10_000 }];
    expect(mainThreadBusy(withCpu, 0, 100_000)).toEqual({ ms: 50, cpuMs: 25, tasks: 2 });
  });

  it('is null when the navigationStart is not in the trace', () => {
    expect(mainThreadBusy(events, 1, 300_000)).toBeNull();
  });

  it('topLevelTasks drops nested tasks', () => {
    expect(
      topLevelTasks([X('RunTask', 0, 10), X('RunTask', 2, 3), X('ThreadControllerImpl::RunTask', 20, 1)]).map(
        (t) => t.ts,
      ),
    ).toEqual([0, 20_000]);
  });
});

const results = {
  pages: { '100k': { label: '~100 kB article' }, '1m': { label: '~1 MB article' }, none: { label: 'none' } },
  results: {
    chromium: {
      none: { glossaScriptMs: 5, walkFloorScriptMs: 3.5 },
      '100k': {
        wallMs: 180,
        glossaOverWalkFloor: 2.5,
        glossaScriptMs: 25,
        walkFloorScriptMs: 10,
        firstScreenMs: 60,
        contentStartMs: 40,
        firstScreenPainted: 7,
        totalWindowMs: 1500,
        mainThreadWithoutMs: 100,
        mainThreadWithGlossaMs: 150,
        glossaTotalExtraMs: 50,
      },
      '1m': {
        wallMs: 400,
        glossaOverWalkFloor: 2.8,
        glossaCpuOverWalkFloorCpu: 3.2,
        glossaTotalExtraMs: 300,
        walkFloorTotalExtraMs: 100,
        glossaTotalExtraOverWalkFloor: 3,
        glossaTotalExtraCpuMs: 180,
        walkFloorCpuMs: 40,
        walkFloorTotalExtraCpuMs: -5, // the page's load-to-load noise: not the floor's whole cost
      },
      scrolling: { page: '1m', glossaTasks: 12, glossaP95InTaskMs: 9, scrollMs: 3000 },
      scroll: { glossaP95InTaskMs: 4 },
      soakSpa: {
        scenario: '500 swaps',
        glossaHeapGrowthMB: 1.2,
        rangesEnd: 40,
        mentionsInDom: 40,
        countedEnd: 40,
        listenersGrowth: 3,
        listenersGrowthWithout: 3,
        observersGrowth: 0,
        listenersStart: 10,
        listenersEnd: 13,
      },
      soakScroll: {
        scenario: '2 min',
        glossaHeapGrowthMB: 6,
        rangesEnd: 41,
        mentionsInDom: 40,
        listenersGrowth: 5,
        listenersGrowthWithout: 0,
        observersGrowth: 0,
      },
    },
    firefox: { '100k': { wallMs: 320 }, '1m': { wallMs: 500 }, error: undefined },
  },
};

describe('total extra: paired differences', () => {
  it('is the median of with − without per pair, leaving out a pair with a side missing', () => {
    expect(pairedExtra([150, 170, 400, 160], [100, 150, 120, NaN])).toBe(50); // pairs: 50, 20, 280
    expect(pairedExtra([150], [])).toBeNull();
  });
});

describe("issue 19's targets", () => {
  const t = Object.fromEntries(speedTargets(results).map((x) => [x.target, x]));
  it('judges each measure against its target', () => {
    expect(t['no-mention tax ≤ extension floor + 2 ms of script']?.pass).toBe(true);
    expect(t['100 kB: script ≤ 2× extension floor']?.pass).toBe(false);
    expect(t['100 kB: first screen painted ≤ 100 ms after the content script starts']?.pass).toBe(true);
    expect(t['100 kB: complete ≤ 200 ms in Chromium']?.pass).toBe(true);
    expect(t['100 kB: complete ≤ 300 ms in Firefox']?.pass).toBe(false);
    expect(t['1 MB: script and thread CPU ≤ 3× extension floor']?.pass).toBe(false); // CPU 3.2×
    const whole = t["1 MB: total extra main-thread time ≤ 4× extension floor's (thread CPU)"];
    expect(whole?.pass).toBe(false); // 180 ms ÷ the floor's script CPU 40 ms = 4.5×
    expect(whole?.value).toMatch(/^4\.5×/);
    expect(t["while the page scrolls: Glossa's p95 task ≤ 8 ms"]?.pass).toBe(false);
  });

  it('Firefox ÷ Chromium: the worst page decides, every page is listed', () => {
    const row = t['Firefox: complete within 1.5× Chromium on every page'];
    expect(row?.value).toBe('100k 1.78×, 1m 1.25×');
    expect(row?.pass).toBe(false);
  });

  it('soak: heap, ranges against the DOM, listener growth beyond the page’s own', () => {
    expect(t["soak, single-page app: Glossa's heap growth ≤ 5 MB"]?.pass).toBe(true);
    expect(t['soak, single-page app: live highlight ranges = mentions in the DOM']?.pass).toBe(true);
    expect(t['soak, single-page app: listeners and observers do not grow']?.pass).toBe(true);
    expect(t["soak, infinite scroll: Glossa's heap growth ≤ 5 MB"]?.pass).toBe(false);
    expect(t['soak, infinite scroll: live highlight ranges = mentions in the DOM']?.pass).toBe(false);
    expect(t['soak, infinite scroll: listeners and observers do not grow']?.pass).toBe(false);
  });

  it('a measure that did not run is n/a, not a pass', () => {
    const empty = speedTargets({ results: { chromium: {} } });
    expect(empty.every((x) => x.pass === null)).toBe(true);
  });
});

describe("issue 19's report lines", () => {
  it('whole cost: a row per page that has it, with the attributed script beside the total', () => {
    const L = wholeCostSection(results, results.results.chromium);
    expect(L.filter((l) => l.startsWith('| ~'))).toHaveLength(1);
    expect(L.join('\n')).toContain('| 50 ms (—) | 25 ms (—) |'); // total extra, then the attributed script (no CPU figures here)
    expect(L.join('\n')).toContain('60 ms (40 ms)');
  });

  it('Firefox ÷ Chromium table flags pages over 1.5×', () => {
    const L = firefoxRatioSection(results, results.results.firefox, results.results.chromium);
    expect(L).toContain('| ~100 kB article | 180 ms | 320 ms | 1.78× ❌ |');
    expect(L).toContain('| ~1 MB article | 400 ms | 500 ms | 1.25× |');
  });

  it('soak: one block per scenario that ran', () => {
    const L = soakSection(results.results.chromium);
    expect(L.filter((l) => l.startsWith('Soak'))).toHaveLength(2);
    expect(soakSection({})).toEqual([]);
  });
});

describe("first screen, from the probe's marks", () => {
  const mark = (name: string, ts: number): TraceEvent => ({ name, ph: 'R', ts, pid: 1, tid: 1 });

  it('reads the viewport counts, once per mark', () => {
    const events = [
      mark('bench:viewport:0', 10),
      mark('bench:viewport:0', 10),
      mark('bench:viewport:3', 50),
      mark('bench:start', 60),
    ];
    expect(viewportMarks(events)).toEqual([
      { ts: 10, count: 0 },
      { ts: 50, count: 3 },
    ]);
  });

  it('is the first frame that reached the final count, after the content script started', () => {
    const marks = [
      { ts: 1_000, count: 0 }, // the blank page before navigation: ignored
      { ts: 100_000, count: 0 },
      { ts: 180_000, count: 4 },
      { ts: 230_000, count: 7 },
      { ts: 260_000, count: 6 }, // a rebuild that dropped one
      { ts: 300_000, count: 7 },
    ];
    expect(firstScreenFromMarks(marks, 100_000, 150_000)).toEqual({
      contentStartMs: 50,
      firstScreenMs: 80,
      painted: 7,
    });
  });

  it('is null when nothing in the first viewport was painted', () => {
    expect(firstScreenFromMarks([{ ts: 5, count: 0 }], 0, 2).firstScreenMs).toBeNull();
    expect(firstScreenFromMarks([], 0, 2)).toEqual({ contentStartMs: 0.002, firstScreenMs: null, painted: 0 });
  });
});

describe('RESULTS.md with the issue 19 sections', () => {
  it('puts whole cost, scrolling and soak under Chromium and the ratio table under Firefox', async () => {
    const { renderMarkdown } = await import('../../bench/report');
    const r = {
      ...results,
      results: {
        ...results.results,
        firefox: { '100k': { wallMs: 320, floorMs: 1, markMs: null, counted: 1, generated: 1 } },
      },
      targets: speedTargets(results),
      bundles: [],
    };
    const md = renderMarkdown(r, '');
    const chromium = md.indexOf('## Chromium');
    const firefox = md.indexOf('## Firefox ESR');
    const whole = md.indexOf('### Whole cost and first screen (issue 19)');
    expect(chromium).toBeGreaterThan(-1);
    expect(whole).toBeGreaterThan(chromium);
    expect(whole).toBeLessThan(firefox);
    expect(md.indexOf('Soak, infinite scroll')).toBeLessThan(firefox);
    expect(md.indexOf('| ~100 kB article | 180 ms | 320 ms | 1.78× ❌ |')).toBeGreaterThan(firefox);
    expect(md).toContain("| ❌ fail | while the page scrolls: Glossa's p95 task ≤ 8 ms |");
  });
});

describe('targets: the 100k-alias pack against the bundled one', () => {
  const engine = (throughput: Record<string, unknown>) => ({
    engine: { results: { throughput, builds: [] } },
    bundles: [],
  });
  const row = (results: Record<string, unknown>) =>
    targets(results).find((t) => t.target.startsWith('100k-alias pack: throughput'));

  it("compares the 100k pack with the bundled pack's passes alternated with it, where the bench has them", () => {
    const r = row(
      engine({
        bundled: { MBps: 50, cpuMBps: 50 },
        bundledPaired: { MBps: 40, cpuMBps: 40 },
        synthetic100k: { MBps: 25, cpuMBps: 25 },
      }),
    );
    expect(r?.value).toContain('25 vs 40 MB/s of CPU time (1.6×');
    expect(r?.pass).toBe(true);
  });

  it('falls back to the separate bundled run (older results)', () => {
    const r = row(engine({ bundled: { MBps: 50, cpuMBps: 50 }, synthetic100k: { MBps: 24, cpuMBps: 24 } }));
    expect(r?.value).toContain('24 vs 50 MB/s');
    expect(r?.pass).toBe(false);
  });
});
