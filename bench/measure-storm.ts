/**
 * Mutation storm (issue 8): a page that rewrites text nodes and appends blocks as fast as a
 * live page can; Glossa's counts once it is over, its tasks and share during it, the JS heap.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pollUntil } from '../tests/e2e/harness/browsers';
import type { FixtureServer } from '../tests/e2e/harness/server';
import type { BenchBrowser, BenchPage } from './launch';
import type { StormPage } from './pages';
import {
  freshTab,
  heapAfterGc,
  isContentScript,
  log,
  pageEntities,
  sleep,
  startTrace,
  totalCount,
  waitComplete,
  type EntitiesAnswer,
} from './session';
import { countMismatches, median, percentile, round } from './stats';
import { attributeTrace, type Attribution } from './trace';

/** A Glossa task longer than this is a fail (issue 8). */
export const TASK_LIMIT_MS = 50;

type StormWindow = {
  __storm: { done: boolean; t0?: number; t1?: number; bursts: number; rewrites: number; start(): void };
};

interface StormTrace {
  /** bench:start → bench:end + 250 ms: the share. */
  window: Attribution;
  windowMs: number;
  /** bench:start → end of the trace (bench:end + 1 s): the tasks, catch-up included. */
  whole: Attribution;
}

export interface StormResult {
  runs: number;
  stormMs: number[];
  rewrites: number[];
  /** The same storm's length and rewrite ticks in the browser without the extension (the page's own pace). */
  plainStormMs: number[];
  plainRewrites: number[];
  /** Total mentions counted after the storm, per run. */
  counted: number[];
  exactRuns: number;
  /** Per-entity differences of the first run that was not exact. */
  mismatches: Array<{ id: string; expected: number; counted: number }>;
  /** bench:end → the first page-entities answer with exactly the expected counts, per exact run. */
  catchUpMs: number[];
  pollGapMs: number[];
  heapBeforeMB: number[];
  heapWithMB: number[];
  heapWithoutMB: number[];
  traces: StormTrace[];
  errors: string[];
}

export const STORM_URL = '/storm.html';
const stormTimeout = (storm: StormPage): number => Math.max(30_000, storm.durationMs * 6);

async function runStorm(
  page: BenchPage,
  storm: StormPage,
): Promise<{ t0: number; t1: number; rewrites: number; origin: number }> {
  await page.evaluate(() => (window as unknown as StormWindow).__storm.start());
  await pollUntil(
    () => page.evaluate(() => (window as unknown as StormWindow).__storm.done),
    stormTimeout(storm),
    'the storm page to finish its storm',
  );
  return page.evaluate(() => {
    const s = (window as unknown as StormWindow).__storm;
    return { t0: s.t0!, t1: s.t1!, rewrites: s.rewrites, origin: performance.timeOrigin };
  });
}

/**
 * Mutation storm, per run: (1) the page without the extension (JS heap after the storm);
 * (2) with Glossa, untraced: page-entities polled (pollUntil: every 50 ms + the round trip) once the storm is over until the
 * counts are exactly the expected ones (catch-up time, final counts), then the JS heap;
 * (3) with Glossa, traced, unpolled (Chromium): Glossa's tasks and share. Firefox: (2) without heap.
 */
export async function measureStorm(
  ext: BenchBrowser,
  plain: BenchBrowser,
  server: FixtureServer,
  storm: StormPage,
  traced: boolean,
  runs: number,
  saveTraces: string | null,
): Promise<StormResult> {
  const url = `${server.origin}${STORM_URL}`;
  const r: StormResult = {
    runs,
    stormMs: [],
    rewrites: [],
    plainStormMs: [],
    plainRewrites: [],
    counted: [],
    exactRuns: 0,
    mismatches: [],
    catchUpMs: [],
    pollGapMs: [],
    heapBeforeMB: [],
    heapWithMB: [],
    heapWithoutMB: [],
    traces: [],
    errors: [],
  };
  for (let i = 0; i < runs; i++) {
    try {
      if (traced) {
        const { page } = await freshTab(plain, server);
        await page.goto(url);
        await sleep(300);
        const run = await runStorm(page, storm);
        r.plainStormMs.push(run.t1 - run.t0);
        r.plainRewrites.push(run.rewrites);
        await sleep(500);
        const heap = await heapAfterGc(page);
        if (heap !== null) r.heapWithoutMB.push(heap);
        await page.close();
      }
      {
        const { page, tabId } = await freshTab(ext, server);
        await page.goto(url);
        await waitComplete(ext, tabId!, 30_000);
        const before = await heapAfterGc(page);
        if (before !== null) r.heapBeforeMB.push(before);
        const run = await runStorm(page, storm);
        r.stormMs.push(run.t1 - run.t0);
        r.rewrites.push(run.rewrites);
        const endEpoch = run.origin + run.t1;
        let last: EntitiesAnswer | null = null;
        let exactAt: number | null = null;
        const answers: number[] = [];
        await pollUntil(
          async () => {
            const a = await pageEntities(ext, tabId!);
            answers.push(Date.now());
            if (a) last = a;
            if (a && countMismatches(storm.expectedPerEntity, a.entities).length === 0) exactAt = Date.now();
            return exactAt !== null;
          },
          20_000,
          'exact counts after the storm',
        ).catch(() => {});
        const final = last as EntitiesAnswer | null;
        r.counted.push(totalCount(final));
        r.pollGapMs.push(...answers.slice(1).map((t, k) => t - answers[k]!));
        if (exactAt !== null) {
          r.exactRuns++;
          r.catchUpMs.push(Math.max(0, exactAt - endEpoch));
        } else if (!r.mismatches.length)
          r.mismatches = countMismatches(storm.expectedPerEntity, final?.entities ?? []).slice(0, 12);
        await sleep(200);
        const heap = await heapAfterGc(page);
        if (heap !== null) r.heapWithMB.push(heap);
        await page.close();
      }
      if (traced && ext.extensionOrigin) {
        const { page, tabId } = await freshTab(ext, server);
        await page.goto(url);
        await waitComplete(ext, tabId!, 30_000);
        await sleep(300);
        const stop = await startTrace(page);
        await sleep(100);
        await runStorm(page, storm);
        await sleep(1_000);
        const events = await stop();
        await page.close();
        if (saveTraces) writeFileSync(path.join(saveTraces, `${ext.name}-storm-${i}.json`), JSON.stringify(events));
        const from = events.find((e) => e.name === 'bench:start')?.ts;
        const endMark = events.find((e) => e.name === 'bench:end')?.ts;
        if (from === undefined || endMark === undefined)
          throw new Error('storm trace without the bench:start/bench:end marks');
        const isOurs = isContentScript(ext.extensionOrigin);
        r.traces.push({
          window: attributeTrace(events, isOurs, { from, to: endMark + 250_000 }),
          windowMs: (endMark + 250_000 - from) / 1000,
          whole: attributeTrace(events, isOurs, { from }),
        });
      }
    } catch (e) {
      log(`${ext.name} storm run ${i + 1}: ${(e as Error).message}`);
      r.errors.push((e as Error).message.slice(0, 300));
    }
  }
  return r;
}

export function summariseStorm(s: StormResult, page: StormPage): Record<string, unknown> {
  const whole = s.traces.map((t) => t.whole);
  const maxOf = (xs: number[]): number | null => (xs.length ? Math.max(...xs) : null);
  const share = (t: StormTrace, v: number | null | undefined): number =>
    v !== null && v !== undefined && t.windowMs > 0 ? (100 * v) / t.windowMs : NaN;
  const heapWith = median(s.heapWithMB);
  const heapWithout = median(s.heapWithoutMB);
  const heapBefore = median(s.heapBeforeMB);
  return {
    runs: s.runs,
    tracedRuns: s.traces.length,
    blocksAppended: page.bursts * page.burstSize,
    stormMs: round(median(s.stormMs), 0),
    stormRunsMs: s.stormMs.map((x) => round(x, 0)),
    rewriteTicks: median(s.rewrites),
    stormWithoutMs: round(median(s.plainStormMs), 0),
    rewriteTicksWithout: median(s.plainRewrites),
    expectedMentions: page.expectedFinal,
    countedMentions: s.counted.length ? Math.min(...s.counted) : null,
    countedRuns: s.counted,
    exactRuns: s.exactRuns,
    mismatches: s.mismatches.length ? s.mismatches : undefined,
    catchUpMedianMs: round(median(s.catchUpMs), 0),
    catchUpMaxMs: round(maxOf(s.catchUpMs), 0),
    pollGapMs: round(median(s.pollGapMs), 0),
    glossaMaxInTaskMs: round(maxOf(whole.map((a) => a.heaviestTask?.oursMs ?? 0)), 1),
    glossaMaxInTaskRunsMs: whole.map((a) => round(a.heaviestTask?.oursMs ?? 0, 1)),
    glossaLongestTaskMs: round(maxOf(whole.map((a) => a.longestTask?.ms ?? 0)), 1),
    glossaTasks: median(whole.map((a) => a.tasks)),
    glossaTasksOverLimit: maxOf(whole.map((a) => a.oursPerTaskMs.filter((x) => x > TASK_LIMIT_MS).length)),
    glossaP95InTaskMs: round(median(whole.map((a) => percentile(a.oursPerTaskMs, 95) ?? NaN)), 1),
    glossaScriptMs: round(median(s.traces.map((t) => t.window.scriptMs)), 1),
    glossaCpuMs: round(median(s.traces.map((t) => t.window.cpuMs ?? NaN)), 1),
    windowMs: round(median(s.traces.map((t) => t.windowMs)), 0),
    glossaSharePct: round(median(s.traces.map((t) => share(t, t.window.scriptMs))), 1),
    glossaSharePctRuns: s.traces.map((t) => round(share(t, t.window.scriptMs), 1)),
    glossaCpuSharePct: round(median(s.traces.map((t) => share(t, t.window.cpuMs))), 1),
    mainThreadBusyPct: round(median(s.traces.map((t) => share(t, t.window.mainThreadBusyMs))), 1),
    heapBeforeMB: round(heapBefore, 2),
    heapWithMB: round(heapWith, 2),
    heapWithoutMB: round(heapWithout, 2),
    extraHeapMB: heapWith !== null && heapWithout !== null ? round(heapWith - heapWithout, 2) : null,
    heapGrowthMB: heapWith !== null && heapBefore !== null ? round(heapWith - heapBefore, 2) : null,
    errors: s.errors.length ? s.errors : undefined,
    topSelf: s.traces[0]?.whole.selfByFunction.slice(0, 10),
  };
}
