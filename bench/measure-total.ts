/**
 * Total extra main-thread time (issue 19): after each traced run of an extension
 * (measure-extension.ts), the same page is traced in the browser without it over the same window
 * after navigationStart; the median of the paired differences is everything the extension cost
 * the thread, style and paint of its highlights included, not only the script attributed to it.
 */
import { writeFileSync } from 'node:fs';
import type { FixtureServer } from '../tests/e2e/harness/server';
import type { BenchBrowser } from './launch';
import type { ExtensionRuns } from './measure-extension';
import type { PageSpec } from './page-set';
import { freshTab, sleep, startTrace } from './session';
import { median, ratio, round } from './stats';
import { mainThreadBusy, navigationStartOf } from './trace';

/** One traced load of the page in `b` (no extension): its main thread's busy time over `windowMs` after navigationStart. */
export async function traceBusy(
  b: BenchBrowser,
  server: FixtureServer,
  spec: PageSpec,
  windowMs: number,
  /** Where to write the trace (--save-traces), or null. */
  saveAs: string | null = null,
): Promise<{ ms: number; cpuMs: number } | null> {
  const url = `${server.origin}/${spec.file}`;
  const { page } = await freshTab(b, server);
  if (!page.pw) {
    await page.close();
    return null;
  }
  const stop = await startTrace(page);
  await page.goto(url);
  await sleep(windowMs);
  const events = await stop();
  await page.close();
  if (saveAs) writeFileSync(saveAs, JSON.stringify(events));
  const navStart = navigationStartOf(events, url);
  return navStart === undefined ? null : mainThreadBusy(events, navStart, navStart + windowMs * 1000);
}

/** Median of the paired differences with − without (a pair with a side missing is left out). */
export function pairedExtra(withExt: readonly number[], without: readonly number[]): number | null {
  return median(withExt.map((w, i) => w - (without[i] ?? NaN)));
}

/**
 * The total-extra columns of a page's row: Glossa and the extension floor, each minus the plain
 * page traced right after it (median of the pairs), in wall time and in thread CPU time (the target is judged on CPU: on this shared machine
 * the wall figures of page loads vary by more than the extension floor's whole cost).
 */
export function summariseTotal(g: ExtensionRuns, wf: ExtensionRuns | null): Record<string, unknown> {
  const glossa = pairedExtra(g.busyMs, g.plainBusyMs);
  const floor = wf ? pairedExtra(wf.busyMs, wf.plainBusyMs) : null;
  const glossaCpu = pairedExtra(g.busyCpuMs, g.plainBusyCpuMs);
  const floorCpu = wf ? pairedExtra(wf.busyCpuMs, wf.plainBusyCpuMs) : null;
  return {
    totalWindowMs: round(g.windowMs, 0),
    mainThreadWithoutMs: round(median(g.plainBusyMs), 1),
    mainThreadWithoutCpuMs: round(median(g.plainBusyCpuMs), 1),
    mainThreadWithoutRunsMs: g.plainBusyMs.map((x) => round(x, 1)),
    mainThreadWithGlossaMs: round(median(g.busyMs), 1),
    mainThreadWithGlossaCpuMs: round(median(g.busyCpuMs), 1),
    mainThreadWithGlossaRunsMs: g.busyMs.map((x) => round(x, 1)),
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
