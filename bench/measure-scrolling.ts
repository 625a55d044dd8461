/**
 * Scrolling (issue 19): an article, once Glossa is complete, scrolled by a fixed step on every
 * animation frame while traced; Glossa's script time in each main-thread task between the page's
 * `bench:start` and `bench:end` marks (+ 250 ms), and its p95 (target: ≤ 8 ms, so no frame drops).
 */
import type { FixtureServer } from '../tests/e2e/harness/server';
import type { BenchBrowser } from './launch';
import type { PageSpec } from './page-set';
import { freshTab, isContentScript, sleep, startTrace, waitComplete } from './session';
import { percentile, round } from './stats';
import { attributeTrace, type Attribution } from './trace';

export interface ScrollingResult {
  page: string;
  stepPx: number;
  frames: number;
  scrollMs: number;
  trace: Attribution | null;
  windowMs: number | null;
  error?: string;
}

/** In the page: scroll by `stepPx` each frame for `durationMs` or to the bottom, between two marks. */
function scrollDriver({
  stepPx,
  durationMs,
}: {
  stepPx: number;
  durationMs: number;
}): Promise<{ frames: number; ms: number }> {
  return new Promise((resolve) => {
    performance.mark('bench:start');
    const t0 = performance.now();
    let frames = 0;
    const step = (): void => {
      window.scrollBy(0, stepPx);
      frames++;
      const bottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 1;
      if (performance.now() - t0 < durationMs && !bottom) requestAnimationFrame(step);
      else {
        performance.mark('bench:end');
        resolve({ frames, ms: performance.now() - t0 });
      }
    };
    requestAnimationFrame(step);
  });
}

export async function measureScrolling(
  b: BenchBrowser,
  server: FixtureServer,
  spec: PageSpec,
  durationMs: number,
): Promise<ScrollingResult> {
  const stepPx = 40;
  const r: ScrollingResult = { page: spec.key, stepPx, frames: 0, scrollMs: 0, trace: null, windowMs: null };
  if (!b.extensionOrigin) return r;
  const { page, tabId } = await freshTab(b, server);
  try {
    await page.goto(`${server.origin}/${spec.file}`);
    if (!(await waitComplete(b, tabId!, 30_000 + spec.textBytes / 10))) r.error = 'Glossa never reported complete';
    await sleep(300);
    const stop = await startTrace(page);
    await sleep(100);
    const run = await page.evaluate(scrollDriver, { stepPx, durationMs });
    await sleep(500);
    const events = await stop();
    r.frames = run.frames;
    r.scrollMs = run.ms;
    const from = events.find((e) => e.name === 'bench:start')?.ts;
    const end = events.find((e) => e.name === 'bench:end')?.ts;
    if (from === undefined || end === undefined)
      throw new Error('scrolling trace without the bench:start/bench:end marks');
    r.trace = attributeTrace(events, isContentScript(b.extensionOrigin), { from, to: end + 250_000 });
    r.windowMs = (end + 250_000 - from) / 1000;
  } catch (e) {
    r.error = (e as Error).message.slice(0, 300);
  } finally {
    await page.close();
  }
  return r;
}

export function summariseScrolling(s: ScrollingResult): Record<string, unknown> {
  const t = s.trace;
  return {
    page: s.page,
    stepPx: s.stepPx,
    frames: s.frames,
    scrollMs: round(s.scrollMs, 0),
    glossaTasks: t?.tasks ?? null,
    // no task ran Glossa while scrolling: its p95 is 0
    glossaP95InTaskMs: t ? round(t.tasks ? percentile(t.oursPerTaskMs, 95) : 0, 1) : null,
    glossaMaxInTaskMs: round(t?.heaviestTask?.oursMs ?? (t ? 0 : null), 1),
    glossaScriptMs: round(t?.scriptMs, 1),
    mainThreadBusyPct: t && s.windowMs ? round((100 * t.mainThreadBusyMs) / s.windowMs, 1) : null,
    error: s.error,
  };
}
