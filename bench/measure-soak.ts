/**
 * Soak (issue 19, Chromium: CDP): a page that keeps changing for a long time — a single-page app
 * that replaces its article through the History API, an infinite scroll — run side by side in the
 * browser without the extension and with Glossa (paintAll on, so every mention is a range).
 * Start, halfway and end of each: JS heap after two GCs, JS event listeners and DOM nodes (CDP
 * Performance.getMetrics, whole renderer), and with Glossa the observers alive in its isolated
 * world (CDP Runtime.queryObjects on each observer prototype) and its live highlight ranges,
 * against the mentions the page says are in its DOM.
 */
import { pollUntil } from '../tests/e2e/harness/browsers';
import type { FixtureServer } from '../tests/e2e/harness/server';
import { defaultSettings } from '../src/shared/settings';
import type { BenchBrowser, BenchPage } from './launch';
import type { SoakPage } from './pages';
import { freshTab, heapAfterGc, log, pageEntities, sleep, totalCount, waitComplete } from './session';
import { countMismatches, round } from './stats';

/** src/shared/storage.ts SETTINGS_KEY, in storage.sync (not imported: that module needs the extension API). */
const SETTINGS_KEY = 'settings';
const OBSERVERS = ['MutationObserver', 'IntersectionObserver', 'ResizeObserver'] as const;

type SoakWindow = { __soak: { done: boolean; start(): void; livePerEntity(): Record<string, number> } };

export interface Snapshot {
  heapMB: number | null;
  listeners: number | null;
  nodes: number | null;
  /** Observers alive in the extension's isolated world (null: no extension, or not found). */
  observers: number | null;
}

/** Performance.getMetrics and, with an extension, its isolated world's live observers. */
async function snapshot(page: BenchPage, extensionOrigin: string | undefined): Promise<Snapshot> {
  const heapMB = await heapAfterGc(page); // GC first: the counts below are of what survives
  const cdp = await page.pw!.context().newCDPSession(page.pw!);
  try {
    await cdp.send('Performance.enable');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: Array<{ name: string; value: number }>;
    };
    const metric = (n: string): number | null => metrics.find((m) => m.name === n)?.value ?? null;
    let observers: number | null = null;
    if (extensionOrigin) {
      const contexts: Array<{ id: number; origin: string; auxData?: { isDefault?: boolean } }> = [];
      cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as never));
      await cdp.send('Runtime.enable'); // reports the existing contexts
      const world = contexts.find((c) => c.origin === extensionOrigin && c.auxData?.isDefault === false);
      if (world) {
        observers = 0;
        for (const ctor of OBSERVERS) {
          const proto = (await cdp.send('Runtime.evaluate', {
            expression: `${ctor}.prototype`,
            contextId: world.id,
            objectGroup: 'bench',
          })) as { result: { objectId?: string } };
          if (!proto.result.objectId) continue;
          const found = (await cdp.send('Runtime.queryObjects', {
            prototypeObjectId: proto.result.objectId,
            objectGroup: 'bench',
          })) as { objects: { objectId: string } };
          const n = (await cdp.send('Runtime.callFunctionOn', {
            functionDeclaration: 'function () { return this.length; }',
            objectId: found.objects.objectId,
            returnByValue: true,
          })) as { result: { value: number } };
          observers += n.result.value;
        }
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench' });
      }
    }
    return { heapMB, listeners: metric('JSEventListeners'), nodes: metric('Nodes'), observers };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Glossa's painted ranges, read from the document's highlight registry in the main world: distinct
 * ranges, since a mention that makes a checked claim is in its category's highlight and in
 * glossa-claim with the same Range.
 */
function liveRanges(): number {
  const ranges = new Set<Range>();
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  for (const [name, h] of reg ?? [])
    if (name.startsWith('glossa-') && name !== 'glossa-focus') for (const r of h) ranges.add(r);
  return ranges.size;
}

export interface SoakSide {
  start: Snapshot;
  /** Halfway through: one-off set-up (a listener added on the first scroll) is over by then. */
  mid: Snapshot;
  end: Snapshot;
  /** With Glossa: ranges and counts at the end, the page's own mention count, catch-up time. */
  ranges?: number;
  mentionsInDom?: number;
  counted?: number;
  catchUpMs?: number | null;
}

async function soakSide(b: BenchBrowser, server: FixtureServer, url: string, soak: SoakPage): Promise<SoakSide> {
  const { page, tabId } = await freshTab(b, server);
  try {
    await page.goto(url);
    if (b.extensionOrigin) await waitComplete(b, tabId!, 30_000);
    else await sleep(300);
    const start = await snapshot(page, b.extensionOrigin);
    await page.evaluate(() => (window as unknown as SoakWindow).__soak.start());
    await sleep(soak.durationMs / 2);
    const mid = await snapshot(page, b.extensionOrigin);
    await sleep(soak.durationMs / 2);
    await pollUntil(
      () => page.evaluate(() => (window as unknown as SoakWindow).__soak.done),
      120_000,
      'the soak page to finish',
    );
    const endedAt = Date.now();
    const side: Partial<SoakSide> = {};
    if (b.extensionOrigin) {
      const live = await page.evaluate(() => (window as unknown as SoakWindow).__soak.livePerEntity());
      let last: Awaited<ReturnType<typeof pageEntities>> = null;
      const exact = await pollUntil(
        async () => {
          last = await pageEntities(b, tabId!);
          return last && countMismatches(live, last.entities).length === 0;
        },
        30_000,
        'exact counts after the soak',
      ).catch(() => false);
      side.catchUpMs = exact ? Date.now() - endedAt : null;
      side.counted = totalCount(last);
      side.mentionsInDom = Object.values(live).reduce((s, n) => s + n, 0);
      await sleep(200);
      side.ranges = await page.evaluate(liveRanges);
    }
    return { start, mid, end: await snapshot(page, b.extensionOrigin), ...side };
  } finally {
    await page.close();
  }
}

export interface SoakResult {
  scenario: string;
  without: SoakSide | null;
  with: SoakSide | null;
  errors: string[];
}

/** One soak page, with and without Glossa at the same time (memory, not time, is measured). */
export async function measureSoak(
  ext: BenchBrowser,
  plain: BenchBrowser,
  server: FixtureServer,
  path: string,
  soak: SoakPage,
): Promise<SoakResult> {
  const url = `${server.origin}${path}`;
  const errors: string[] = [];
  const caught = (who: string) => (e: unknown) => {
    log(`soak ${path} ${who}: ${(e as Error).message}`);
    errors.push(`${who}: ${(e as Error).message.slice(0, 300)}`);
    return null;
  };
  const stored = await ext.callExtension<Record<string, unknown>>('storage.sync.get', SETTINGS_KEY);
  await ext.callExtension('storage.sync.set', {
    [SETTINGS_KEY]: { ...defaultSettings(), ...((stored[SETTINGS_KEY] as object) ?? {}), paintAll: true },
  });
  try {
    const [without, withGlossa] = await Promise.all([
      soakSide(plain, server, url, soak).catch(caught('without')),
      soakSide(ext, server, url, soak).catch(caught('with Glossa')),
    ]);
    return { scenario: soak.scenario, without, with: withGlossa, errors };
  } finally {
    if (stored[SETTINGS_KEY] === undefined) await ext.callExtension('storage.sync.remove', SETTINGS_KEY);
    else await ext.callExtension('storage.sync.set', { [SETTINGS_KEY]: stored[SETTINGS_KEY] });
  }
}

const grew = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined ? null : b - a;

export function summariseSoak(s: SoakResult): Record<string, unknown> {
  const w = s.with;
  const o = s.without;
  const heapWith = grew(w?.start.heapMB, w?.end.heapMB);
  const heapWithout = grew(o?.start.heapMB, o?.end.heapMB);
  return {
    scenario: s.scenario,
    heapStartMB: round(w?.start.heapMB, 2),
    heapEndMB: round(w?.end.heapMB, 2),
    heapGrowthWithMB: round(heapWith, 2),
    heapStartWithoutMB: round(o?.start.heapMB, 2),
    heapEndWithoutMB: round(o?.end.heapMB, 2),
    heapGrowthWithoutMB: round(heapWithout, 2),
    glossaHeapGrowthMB: round(heapWith === null || heapWithout === null ? null : heapWith - heapWithout, 2),
    rangesEnd: w?.ranges ?? null,
    mentionsInDom: w?.mentionsInDom ?? null,
    countedEnd: w?.counted ?? null,
    catchUpMs: w?.catchUpMs ?? null,
    // growth is judged from halfway to the end: after one-off set-up, anything that still grows leaks
    listenersStart: w?.start.listeners ?? null,
    listenersMid: w?.mid.listeners ?? null,
    listenersEnd: w?.end.listeners ?? null,
    listenersGrowth: grew(w?.mid.listeners, w?.end.listeners),
    listenersStartWithout: o?.start.listeners ?? null,
    listenersMidWithout: o?.mid.listeners ?? null,
    listenersEndWithout: o?.end.listeners ?? null,
    listenersGrowthWithout: grew(o?.mid.listeners, o?.end.listeners),
    observersStart: w?.start.observers ?? null,
    observersMid: w?.mid.observers ?? null,
    observersEnd: w?.end.observers ?? null,
    observersGrowth: grew(w?.mid.observers, w?.end.observers),
    heapMidMB: round(w?.mid.heapMB, 2),
    nodesStart: w?.start.nodes ?? null,
    nodesEnd: w?.end.nodes ?? null,
    errors: s.errors.length ? s.errors : undefined,
  };
}
