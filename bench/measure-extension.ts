/**
 * An extension (Glossa, or the extension floor) on one article page: wall time until
 * `glossa:page-entities` reports complete, JS heap, and traced runs for its script time; and the
 * page's summary row, beside the floor and mark.js (measure-floor.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FixtureServer } from '../tests/e2e/harness/server';
import type { BenchBrowser } from './launch';
import type { FloorMark } from './measure-floor';
import { traceBusy } from './measure-total';
import type { PageSpec } from './page-set';
import {
  freshTab,
  heapAfterGc,
  isBackgroundScript,
  isContentScript,
  pageEntities,
  sleep,
  startTrace,
  totalCount,
  waitComplete,
} from './session';
import { median, ratio, round } from './stats';
import { attributeTrace, backgroundBusy, mainThreadBusy, navigationStartOf, type Attribution } from './trace';

export interface ExtensionRuns {
  wallMs: number[];
  heapMB: number[];
  counted: number;
  traces: Attribution[];
  /** The trace window of each traced run, ms after navigationStart (the same for every browser of a page). */
  windowMs: number;
  /** All the main thread's tasks in that window, per traced run, ms (see mainThreadBusy); NaN: not in the trace. */
  busyMs: number[];
  /** The same in thread CPU time, ms. */
  busyCpuMs: number[];
  /** The same page traced right after each run in the browser without the extension (paired by index). */
  plainBusyMs: number[];
  plainBusyCpuMs: number[];
  /** The extension's background worker, busy during each traced run (null: not in the trace). */
  background: Array<{ ms: number; cpuMs: number } | null>;
  incomplete: number;
}

/** The extension loaded in `b` (Glossa, or the extension floor) on one page: wall time to complete, heap, traces. */
export async function measureExtension(
  b: BenchBrowser,
  server: FixtureServer,
  spec: PageSpec,
  traced: boolean,
  saveTraces: string | null,
  /** For the whole cost: the browser without the extension, traced after each traced run, over the same window. */
  plain: BenchBrowser | null,
  windowMs?: number,
): Promise<ExtensionRuns> {
  const r: ExtensionRuns = {
    wallMs: [],
    heapMB: [],
    counted: 0,
    traces: [],
    windowMs: 0,
    busyMs: [],
    busyCpuMs: [],
    plainBusyMs: [],
    plainBusyCpuMs: [],
    background: [],
    incomplete: 0,
  };
  const url = `${server.origin}/${spec.file}`;
  const timeout = 30_000 + spec.textBytes / 10;
  // Wall time: navigation start → the first page-entities answer with complete:true (polled every
  // 20 ms) reaching the extension page that asked, on the page's clock: both clocks are epoch-based.
  for (let i = 0; i < spec.runs; i++) {
    const { page, tabId } = await freshTab(b, server);
    await page.goto(url);
    const a = await waitComplete(b, tabId!, timeout);
    if (!a) {
      r.incomplete++;
      await page.close();
      continue;
    }
    r.wallMs.push(a.at - (await page.evaluate(() => performance.timeOrigin)));
    r.counted = totalCount(a);
    await sleep(200);
    const heap = await heapAfterGc(page);
    if (heap !== null) r.heapMB.push(heap);
    await page.close();
  }
  if (!traced || !b.extensionOrigin) return r;
  // Script time: a DevTools trace from before navigation to well after completion, without
  // polling during the trace (the poll's own handler would be counted as Glossa's).
  // `windowMs`: the window another browser was traced over on this page, so their totals compare.
  const settle = windowMs ?? Math.max(1_500, (median(r.wallMs) ?? 3_000) * 1.5 + 1_000);
  r.windowMs = settle;
  for (let i = 0; i < spec.runs; i++) {
    const { page, tabId } = await freshTab(b, server);
    const stop = await startTrace(page);
    await page.goto(url);
    await sleep(settle);
    const events = await stop();
    const a = await pageEntities(b, tabId!);
    if (!a?.complete) r.incomplete++;
    // The extension floor is traced too: its files must not overwrite Glossa's.
    const name = `${b.name}${b.glossa ? '' : '-extension-floor'}-${spec.key}-${i}.json`;
    if (saveTraces) writeFileSync(path.join(saveTraces, name), JSON.stringify(events));
    const navStart = navigationStartOf(events, url);
    r.traces.push(attributeTrace(events, isContentScript(b.extensionOrigin), { from: navStart }));
    const busy = navStart === undefined ? null : mainThreadBusy(events, navStart, navStart + settle * 1000);
    r.busyMs.push(busy?.ms ?? NaN);
    r.busyCpuMs.push(busy?.cpuMs ?? NaN);
    r.background.push(backgroundBusy(events, isBackgroundScript(b.extensionOrigin), navStart));
    await page.close();
    if (plain) {
      // right after, so a change in the machine's load hits both sides of the pair alike
      const without = await traceBusy(
        plain,
        server,
        spec,
        settle,
        saveTraces && path.join(saveTraces, `without-${name}`),
      );
      r.plainBusyMs.push(without?.ms ?? NaN);
      r.plainBusyCpuMs.push(without?.cpuMs ?? NaN);
    }
  }
  return r;
}

/** The page's row of results.json: floor, mark.js, Glossa and the extension floor side by side. */
export function summariseArticle(
  spec: PageSpec,
  pm: FloorMark,
  g: ExtensionRuns,
  wf: ExtensionRuns | null,
): Record<string, unknown> {
  const floor = median(pm.floorMs);
  const script = median(g.traces.map((t) => t.scriptMs));
  const cpu = median(g.traces.map((t) => t.cpuMs ?? NaN));
  const walkScript = wf ? median(wf.traces.map((t) => t.scriptMs)) : null;
  const walkCpu = wf ? median(wf.traces.map((t) => t.cpuMs ?? NaN)) : null;
  const mark = median(pm.markMs);
  const heap = median(g.heapMB);
  const plainHeap = median(pm.plainHeapMB);
  const longest = g.traces.length ? Math.max(...g.traces.map((t) => t.heaviestTask?.oursMs ?? 0)) : null;
  const heaviest = g.traces.map((t) => t.heaviestTask).find((t) => t && t.oursMs === longest) ?? null;
  const longestTaskMs = g.traces.length ? Math.max(...g.traces.map((t) => t.longestTask?.ms ?? 0)) : null;
  const first = g.traces[0];
  return {
    textBytes: spec.textBytes,
    textNodes: pm.floorNodes,
    floorMs: round(floor, 2),
    floorRunsMs: pm.floorMs.map((x) => round(x, 2)),
    floorCpuMs: round(median(pm.floorCpuMs), 2),
    markMs: round(mark, 0),
    markRunsMs: pm.markMs.map((x) => round(x, 0)),
    markLimited: pm.markLimited,
    markLimitMs: pm.markLimitMs,
    markAliasesDone: pm.markLimited ? `${pm.markDone}/${pm.markTotal}` : undefined,
    markMarks: pm.markMarks || undefined,
    glossaScriptMs: round(script, 1),
    glossaScriptRunsMs: g.traces.map((t) => round(t.scriptMs, 1)),
    glossaCpuMs: round(cpu, 1),
    glossaCpuOverFloorCpu: round(ratio(cpu, median(pm.floorCpuMs)), 1),
    // The extension floor: the same sound walk as a content script, and nothing else.
    walkFloorScriptMs: round(walkScript, 1),
    walkFloorScriptRunsMs: wf?.traces.map((t) => round(t.scriptMs, 1)),
    walkFloorCpuMs: round(walkCpu, 1),
    walkFloorOverFloor: round(ratio(walkScript, floor), 1),
    walkFloorCpuOverFloorCpu: round(ratio(walkCpu, median(pm.floorCpuMs)), 1),
    glossaOverWalkFloor: round(ratio(script, walkScript), 1),
    glossaCpuOverWalkFloorCpu: round(ratio(cpu, walkCpu), 1),
    walkFloorIncompleteRuns: wf?.incomplete,
    glossaExactMs: round(median(g.traces.map((t) => t.exactMs)), 1),
    glossaMicrotaskMs: round(median(g.traces.map((t) => t.microtaskMs)), 1),
    glossaSampledMs: round(median(g.traces.map((t) => t.sampledMs)), 1),
    backgroundMs: round(median(g.background.map((b) => b?.ms ?? NaN)), 1),
    backgroundCpuMs: round(median(g.background.map((b) => b?.cpuMs ?? NaN)), 1),
    glossaTasks: median(g.traces.map((t) => t.tasks)),
    glossaMaxInTaskMs: round(longest, 1),
    glossaMaxInTaskThreadCpuMs: round(heaviest?.cpuMs ?? null, 1),
    glossaLongestTaskMs: round(longestTaskMs, 1),
    wallMs: round(median(g.wallMs), 0),
    wallRunsMs: g.wallMs.map((x) => round(x, 0)),
    incompleteRuns: g.incomplete,
    counted: g.counted,
    generated: spec.mentions,
    heapWithMB: round(heap, 2),
    heapWithoutMB: round(plainHeap, 2),
    extraHeapMB: heap !== null && plainHeap !== null ? round(heap - plainHeap, 2) : null,
    glossaOverFloor: round(ratio(script, floor), 1),
    markOverGlossa: round(ratio(mark, script), 1),
    topSelf: first?.selfByFunction.slice(0, 12),
    topTotal: first?.totalByFunction.slice(0, 12),
  };
}
