/**
 * Infinite scroll: how long after each append its mentions are counted (polled), and, traced and
 * unpolled, Glossa's share of the main thread while the page appends.
 */
import type { FixtureServer } from '../tests/e2e/harness/server';
import type { BenchBrowser } from './launch';
import type { ScrollPage } from './pages';
import { freshTab, isContentScript, pageEntities, sleep, startTrace, totalCount, waitComplete } from './session';
import { appendDelays, median, percentile, round } from './stats';
import { attributeTrace, type Attribution } from './trace';

export interface ScrollResult {
  appends: number;
  generated: number;
  counted: number;
  baseline: number;
  delays: number[];
  lowerDelays: number[];
  missed: number;
  polls: number;
  pollGapMs: number;
  durationMs: number;
  trace?: Attribution;
  windowMs?: number;
}

export async function measureScroll(
  b: BenchBrowser,
  server: FixtureServer,
  scroll: ScrollPage,
  traced: boolean,
): Promise<ScrollResult> {
  const url = `${server.origin}/scroll.html`;
  // 1. Delays: poll page-entities every 25 ms while the page appends.
  const { page, tabId } = await freshTab(b, server);
  await page.goto(url);
  const initial = await waitComplete(b, tabId!, 30_000);
  const baseline = totalCount(initial);
  const origin = await page.evaluate(() => performance.timeOrigin);
  await page.evaluate(() => (window as unknown as { __bench: { start(): void } }).__bench.start());
  // [sent, answered, count]: the count was true at some moment between the two.
  const polls: Array<[number, number, number]> = [];
  const endBy = Date.now() + scroll.durationMs + 1_500;
  while (Date.now() < endBy) {
    const sent = Date.now();
    const a = await pageEntities(b, tabId!);
    if (a) polls.push([sent, Date.now(), totalCount(a)]);
    await sleep(25);
  }
  for (
    let i = 0;
    i < 40 && !(await page.evaluate(() => (window as unknown as { __bench: { done: boolean } }).__bench.done));
    i++
  )
    await sleep(250);
  // a last answer once everything has settled
  await sleep(1_000);
  const last = await pageEntities(b, tabId!);
  if (last) polls.push([Date.now(), Date.now(), totalCount(last)]);
  const bench = await page.evaluate(
    () => (window as unknown as { __bench: { appends: Array<[number, number]>; t0: number; t1: number } }).__bench,
  );
  const appends = bench.appends.map(([t, c]) => [origin + t, c] as [number, number]);
  const generated = appends.at(-1)?.[1] ?? 0;
  const counted = (polls.at(-1)?.[2] ?? baseline) - baseline;
  const scale = generated > 0 ? Math.min(1, counted / generated) : 1;
  // upper bound: time the answer arrived; lower bound: time the question was sent
  const { delays, missed } = appendDelays(
    appends,
    polls.map(([, got, c]) => [got, c] as [number, number]),
    baseline,
    scale,
  );
  const lower = appendDelays(
    appends,
    polls.map(([sent, , c]) => [sent, c] as [number, number]),
    baseline,
    scale,
  ).delays;
  const pollGaps = polls.slice(1).map((p, i) => p[1] - polls[i]![1]);
  await page.close();
  const result: ScrollResult = {
    appends: appends.length,
    generated,
    counted,
    baseline,
    delays,
    lowerDelays: lower,
    missed,
    polls: polls.length,
    pollGapMs: median(pollGaps) ?? 0,
    durationMs: bench.t1 - bench.t0,
  };
  if (!traced || !b.extensionOrigin) return result;
  // 2. Share: the same scenario traced, no polling.
  const t = await freshTab(b, server);
  await t.page.goto(url);
  await waitComplete(b, t.tabId!, 30_000);
  await sleep(300);
  const stop = await startTrace(t.page);
  await sleep(100);
  await t.page.evaluate(() => (window as unknown as { __bench: { start(): void } }).__bench.start());
  await sleep(scroll.durationMs + 1_000);
  const events = await stop();
  // window: from the first append to the last one + 250 ms (the counting target)
  // performance.mark() calls of the page show in the trace (blink.user_timing)
  const startMark = events.find((e) => e.name === 'bench:start')?.ts;
  const endMark = events.find((e) => e.name === 'bench:end')?.ts;
  const from = startMark;
  const to = endMark !== undefined ? endMark + 250_000 : undefined;
  result.trace = attributeTrace(events, isContentScript(b.extensionOrigin), { from, to });
  result.windowMs = from !== undefined && to !== undefined ? (to - from) / 1000 : undefined;
  await t.page.close();
  return result;
}

export function summariseScroll(s: ScrollResult, page: ScrollPage): Record<string, unknown> {
  return {
    appends: s.appends,
    paragraphs: s.appends * page.batch,
    durationMs: round(s.durationMs, 0),
    generatedMentions: s.generated,
    countedMentions: s.counted,
    polls: s.polls,
    delayMedianMs: round(median(s.delays), 0),
    delayP95Ms: round(percentile(s.delays, 95), 0),
    delayMaxMs: round(s.delays.length ? Math.max(...s.delays) : null, 0),
    delayLowerBoundMedianMs: round(median(s.lowerDelays), 0),
    delayLowerBoundP95Ms: round(percentile(s.lowerDelays, 95), 0),
    delayLowerBoundMaxMs: round(s.lowerDelays.length ? Math.max(...s.lowerDelays) : null, 0),
    pollGapMs: round(s.pollGapMs, 0),
    appendsNeverCounted: s.missed,
    glossaScriptMs: round(s.trace?.scriptMs, 1),
    glossaCpuMs: round(s.trace?.cpuMs, 1),
    windowMs: round(s.windowMs, 0),
    glossaCpuSharePct: s.trace?.cpuMs && s.windowMs ? round((100 * s.trace.cpuMs) / s.windowMs, 1) : null,
    glossaSharePct: s.trace && s.windowMs ? round((100 * s.trace.scriptMs) / s.windowMs, 1) : null,
    mainThreadBusyPct: s.trace && s.windowMs ? round((100 * s.trace.mainThreadBusyMs) / s.windowMs, 1) : null,
    glossaMaxInTaskMs: round(s.trace?.heaviestTask?.oursMs, 1),
    glossaP95InTaskMs: round(s.trace ? percentile(s.trace.oursPerTaskMs, 95) : null, 1),
    glossaLongestTaskMs: round(s.trace?.longestTask?.ms, 1),
    topSelf: s.trace?.selfByFunction.slice(0, 10),
  };
}
