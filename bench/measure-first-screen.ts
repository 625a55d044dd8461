/**
 * First screen (issue 19): how long after the content script starts the mentions in the first
 * viewport are painted. A main-world probe, installed before the page's own scripts, counts on
 * every animation frame the highlight ranges of Glossa's highlights (CSS.highlights is the
 * document's, shared with the isolated world) that intersect the viewport, and marks each change
 * (`bench:viewport:N`, a user-timing mark, so it lands in the trace). The content script's start
 * is its first script event in the same trace. "Painted" is the first frame whose count reached
 * the final one; the paint of that frame follows its animation-frame callbacks.
 */
import type { FixtureServer } from '../tests/e2e/harness/server';
import type { BenchBrowser } from './launch';
import type { PageSpec } from './page-set';
import { freshTab, isContentScript, sleep, startTrace } from './session';
import { median, round } from './stats';
import { attributeTrace, navigationStartOf, type TraceEvent } from './trace';

const MARK = 'bench:viewport:';

/** Runs in the page's main world at document start (a Playwright init script). */
function viewportProbe(mark: string): void {
  if (location.pathname.endsWith('/blank.html')) return;
  let last = -1;
  const tick = (): void => {
    let n = 0;
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (reg) {
      for (const [name, h] of reg) {
        if (!name.startsWith('glossa-') || name === 'glossa-focus') continue;
        for (const r of h) {
          const b = r.getBoundingClientRect();
          if (b.bottom > 0 && b.top < innerHeight && b.right > 0 && b.left < innerWidth && b.width + b.height > 0) n++;
        }
      }
    }
    if (n !== last) {
      last = n;
      performance.mark(`${mark}${n}`);
    }
    if (performance.now() < 20_000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export interface FirstScreen {
  /** The content script's first script event, ms after navigationStart. */
  contentStartMs: number;
  /** First frame with every first-viewport range painted, ms after the content script's start (null: none painted). */
  firstScreenMs: number | null;
  /** Highlight ranges in the first viewport once the page has settled. */
  painted: number;
}

/** From the probe's marks (trace µs, counts in time order): when the final viewport count was first reached. */
export function firstScreenFromMarks(
  marks: ReadonlyArray<{ ts: number; count: number }>,
  navStart: number,
  contentStart: number,
): FirstScreen {
  const after = marks.filter((m) => m.ts >= navStart).sort((a, b) => a.ts - b.ts);
  const painted = after.at(-1)?.count ?? 0;
  const reached = painted > 0 ? after.find((m) => m.count >= painted) : undefined;
  return {
    contentStartMs: (contentStart - navStart) / 1000,
    firstScreenMs: reached ? Math.max(0, reached.ts - contentStart) / 1000 : null,
    painted,
  };
}

export function viewportMarks(events: readonly TraceEvent[]): Array<{ ts: number; count: number }> {
  const out: Array<{ ts: number; count: number }> = [];
  const seen = new Set<string>();
  for (const e of events) {
    if (!e.name.startsWith(MARK)) continue;
    // a user-timing mark can be recorded twice (instant and async phases): keep one per time
    const key = `${e.name}@${e.ts}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ts: e.ts, count: Number(e.name.slice(MARK.length)) });
  }
  return out;
}

/** Chromium with Glossa: first screen on one page, `spec.runs` traced runs of `windowMs` each. */
export async function measureFirstScreen(
  b: BenchBrowser,
  server: FixtureServer,
  spec: PageSpec,
  windowMs: number,
): Promise<FirstScreen[]> {
  const url = `${server.origin}/${spec.file}`;
  const out: FirstScreen[] = [];
  if (!b.extensionOrigin) return out;
  for (let i = 0; i < spec.runs; i++) {
    const { page } = await freshTab(b, server);
    if (!page.pw) break;
    await page.pw.addInitScript(viewportProbe, MARK);
    const stop = await startTrace(page, ['devtools.timeline', 'blink.user_timing', 'toplevel', '__metadata']);
    await page.goto(url);
    await sleep(windowMs);
    const events = await stop();
    await page.close();
    const navStart = navigationStartOf(events, url);
    const start =
      navStart === undefined
        ? null
        : attributeTrace(events, isContentScript(b.extensionOrigin), { from: navStart }).firstTs;
    if (navStart === undefined || start === null) continue;
    out.push(firstScreenFromMarks(viewportMarks(events), navStart, start));
  }
  return out;
}

export function summariseFirstScreen(runs: readonly FirstScreen[]): Record<string, unknown> {
  return {
    firstScreenMs: round(median(runs.map((r) => r.firstScreenMs ?? NaN)), 1),
    firstScreenRunsMs: runs.map((r) => round(r.firstScreenMs, 1)),
    contentStartMs: round(median(runs.map((r) => r.contentStartMs)), 1),
    firstScreenPainted: median(runs.map((r) => r.painted)),
  };
}
