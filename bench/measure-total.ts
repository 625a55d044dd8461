/**
 * Total extra main-thread time (issue 19): the page's main thread traced in the browser without
 * the extension, over the same window after navigationStart as the extension's traced runs
 * (measure-extension.ts); the difference of the medians is everything the extension cost the
 * thread, style and paint of its highlights included, not only the script attributed to it.
 */
import type { FixtureServer } from '../tests/e2e/harness/server';
import type { BenchBrowser } from './launch';
import type { ExtensionRuns } from './measure-extension';
import type { PageSpec } from './page-set';
import { freshTab, sleep, startTrace } from './session';
import { median, ratio, round } from './stats';
import { mainThreadBusy, navigationStartOf } from './trace';

export interface PlainBusy {
  ms: number[];
  cpuMs: number[];
}

/** The plain page's main-thread busy time over `windowMs` after navigationStart, per run (Chromium). */
export async function measurePlainBusy(plain: BenchBrowser, server: FixtureServer, spec: PageSpec, windowMs: number): Promise<PlainBusy> {
  const url = `${server.origin}/${spec.file}`;
  const out: PlainBusy = { ms: [], cpuMs: [] };
  for (let i = 0; i < spec.runs; i++) {
    const { page } = await freshTab(plain, server);
    if (!page.pw) break;
    const stop = await startTrace(page);
    await page.goto(url);
    await sleep(windowMs);
    const events = await stop();
    await page.close();
    const navStart = navigationStartOf(events, url);
    const busy = navStart === undefined ? null : mainThreadBusy(events, navStart, navStart + windowMs * 1000);
    if (busy) {
      out.ms.push(busy.ms);
      out.cpuMs.push(busy.cpuMs);
    }
  }
  return out;
}

/**
 * The total-extra columns of a page's row: Glossa and the extension floor, each minus the plain
 * page, in wall time and in thread CPU time (the target is judged on CPU: on this shared machine
 * the wall figures of page loads vary by more than the extension floor's whole cost).
 */
export function summariseTotal(plain: PlainBusy, g: ExtensionRuns, wf: ExtensionRuns | null): Record<string, unknown> {
  const extra = (runs: ExtensionRuns | null, cpu: boolean): number | null => {
    const withExt = runs ? median(cpu ? runs.busyCpuMs : runs.busyMs) : null;
    const without = median(cpu ? plain.cpuMs : plain.ms);
    return withExt === null || without === null ? null : withExt - without;
  };
  const glossa = extra(g, false);
  const floor = extra(wf, false);
  const glossaCpu = extra(g, true);
  const floorCpu = extra(wf, true);
  return {
    totalWindowMs: round(g.windowMs, 0),
    mainThreadWithoutMs: round(median(plain.ms), 1),
    mainThreadWithoutCpuMs: round(median(plain.cpuMs), 1),
    mainThreadWithoutRunsMs: plain.ms.map((x) => round(x, 1)),
    mainThreadWithGlossaMs: round(median(g.busyMs), 1),
    mainThreadWithGlossaCpuMs: round(median(g.busyCpuMs), 1),
    mainThreadWithWalkFloorMs: wf ? round(median(wf.busyMs), 1) : null,
    mainThreadWithWalkFloorCpuMs: wf ? round(median(wf.busyCpuMs), 1) : null,
    glossaTotalExtraMs: round(glossa, 1),
    walkFloorTotalExtraMs: round(floor, 1),
    glossaTotalExtraOverWalkFloor: round(ratio(glossa, floor), 1),
    glossaTotalExtraCpuMs: round(glossaCpu, 1),
    walkFloorTotalExtraCpuMs: round(floorCpu, 1),
    glossaTotalExtraCpuOverWalkFloor: round(ratio(glossaCpu, floorCpu), 1),
  };
}
