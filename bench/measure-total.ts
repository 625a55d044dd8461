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

/** The plain page's main-thread busy time over `windowMs` after navigationStart, per run (Chromium). */
export async function measurePlainBusy(plain: BenchBrowser, server: FixtureServer, spec: PageSpec, windowMs: number): Promise<number[]> {
  const url = `${server.origin}/${spec.file}`;
  const out: number[] = [];
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
    if (busy) out.push(busy.ms);
  }
  return out;
}

/** The total-extra columns of a page's row: Glossa and the extension floor, each minus the plain page. */
export function summariseTotal(plainBusyMs: readonly number[], g: ExtensionRuns, wf: ExtensionRuns | null): Record<string, unknown> {
  const plain = median(plainBusyMs);
  const extra = (runs: ExtensionRuns | null): number | null => {
    const withExt = runs ? median(runs.busyMs) : null;
    return withExt === null || plain === null ? null : withExt - plain;
  };
  const glossa = extra(g);
  const floor = extra(wf);
  return {
    totalWindowMs: round(g.windowMs, 0),
    mainThreadWithoutMs: round(plain, 1),
    mainThreadWithoutRunsMs: plainBusyMs.map((x) => round(x, 1)),
    mainThreadWithGlossaMs: round(median(g.busyMs), 1),
    mainThreadWithWalkFloorMs: wf ? round(median(wf.busyMs), 1) : null,
    glossaTotalExtraMs: round(glossa, 1),
    walkFloorTotalExtraMs: round(floor, 1),
    glossaTotalExtraOverWalkFloor: round(ratio(glossa, floor), 1),
  };
}
