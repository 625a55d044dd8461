/**
 * What every measure does with a browser: fresh tabs, asking Glossa for its counts, tracing,
 * heap after GC. Thin wrappers over launch.ts's browsers; no numbers are computed here.
 */
import { randomUUID } from 'node:crypto';
import type { FixtureServer } from '../tests/e2e/harness/server';
import type { BenchBrowser, BenchPage } from './launch';
import type { TraceEvent } from './trace';

export const log = (...a: unknown[]): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface EntitiesAnswer {
  complete: boolean;
  entities: Array<{ id: string; count: number }>;
}

/** A poll's answer, and when it reached the bench's extension page. */
export interface PolledAnswer extends EntitiesAnswer {
  /** Epoch ms (`performance.timeOrigin + performance.now()` in the extension page). */
  at: number;
}

/**
 * One page-entities poll, run in the extension page (serialised: self-contained), which notes the
 * answer's arrival on its own clock: the answer's trip on to Node is not counted.
 */
async function pollInExtensionPage(tabId: number): Promise<PolledAnswer | null> {
  const g = globalThis as unknown as Record<string, unknown>;
  const api = (g.browser ?? g.chrome) as {
    tabs: { sendMessage(tabId: number, m: unknown, o: unknown): Promise<EntitiesAnswer | undefined> };
  };
  try {
    const answer = await api.tabs.sendMessage(tabId, { type: 'glossa:page-entities' }, { frameId: 0 });
    return answer ? { ...answer, at: performance.timeOrigin + performance.now() } : null;
  } catch {
    return null; // content script not there yet
  }
}

export async function pageEntities(b: BenchBrowser, tabId: number): Promise<PolledAnswer | null> {
  try {
    return await b.inExtensionPage(pollInExtensionPage, tabId);
  } catch {
    return null; // the extension page is not there yet
  }
}

export const totalCount = (a: EntitiesAnswer | null): number => (a?.entities ?? []).reduce((s, e) => s + e.count, 0);

export async function waitComplete(
  b: BenchBrowser,
  tabId: number,
  timeoutMs: number,
  intervalMs = 20,
): Promise<PolledAnswer | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const a = await pageEntities(b, tabId);
    if (a?.complete) return a;
    await sleep(intervalMs);
  }
  return null;
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  '__metadata',
];

/** Starts a DevTools trace of `page` (Chromium); the returned function stops it and gives the events. */
export async function startTrace(page: BenchPage, categories = TRACE_CATEGORIES): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.pw!.context().newCDPSession(page.pw!);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) events.push(ev);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  } as never);
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach().catch(() => {});
    return events;
  };
}

/** The renderer's JS heap (page + isolated worlds) after two forced GCs, MB (Chromium; else null). */
export async function heapAfterGc(page: BenchPage): Promise<number | null> {
  if (!page.pw) return null;
  const cdp = await page.pw.context().newCDPSession(page.pw);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return u.usedSize / 1048576;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * A new tab on a blank page of the bench server, opened by the extension when there is one (so
 * its tab id is known); the measure then navigates it to the page under test.
 */
export async function freshTab(
  b: BenchBrowser,
  server: FixtureServer,
): Promise<{ page: BenchPage; tabId: number | null }> {
  const url = `${server.origin}/blank.html?tab=${randomUUID()}`;
  if (!b.withExtension) {
    const page = await b.newPage();
    await page.goto(url);
    return { page, tabId: null };
  }
  return b.openTab(url);
}

/**
 * Glossa's content script in a page: the entry (content.js) and the modules it imports when a
 * frame has a name (page-annotator.js), a card is opened (page-card.js) or the
 * background cannot answer (page-matcher.js, and page-pack.js when it builds; build.mjs CONTENT_MODULES). Chrome serves those modules
 * under a per-session dynamic id (use_dynamic_url), not the extension's id: any chrome-extension
 * script in the page's renderer other than the background is ours.
 */
export const isContentScript =
  (origin: string) =>
  (url: string): boolean =>
    (url.startsWith(origin) && url.endsWith('/content.js')) ||
    (url.startsWith('chrome-extension://') && /\/page-(annotator|card|matcher|pack)\.js$/.test(url));
export const isBackgroundScript =
  (origin: string) =>
  (url: string): boolean =>
    url === `${origin}/background.js`;
