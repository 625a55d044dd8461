/**
 * Hardening — a server-rendered Preact page that hydrates AFTER Glossa has scanned and painted it.
 *
 * The view (tests/fixtures/pages/hostile-hydrate-app.js) is rendered to HTML here in Node by a
 * small serialiser, and its client (hostile-hydrate-client.js, with preact and preact/debug) is
 * bundled with esbuild at test time and served by the fixture server. The client waits until it
 * sees a `glossa-*` highlight (or 3 s when Glossa is off), then calls `hydrate`. preact/debug
 * reports any hydration mismatch with console.error — a control page with a deliberate mismatch
 * proves that this detector is live.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, expect, it } from 'vitest';
import type { ExtensionBrowser, TestPage } from './harness/browsers';
import { describeInBrowsers } from './harness/suite';
import { highlightTexts, pageEntities, settledAfter } from './harness/page-probes';

const APP = fileURLToPath(new URL('../fixtures/pages/hostile-hydrate-app.js', import.meta.url));
const CLIENT = fileURLToPath(new URL('../fixtures/pages/hostile-hydrate-client.js', import.meta.url));

interface VNodeLike {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}
type AppModule = { view: (n: number, onAdd: () => void) => VNodeLike; INITIAL: number };

const escapeText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

/**
 * Server-side rendering of plain element vnodes (no components, no hooks), serialised as the
 * browsers serialise `innerHTML`, so the markup the page is served with and the DOM after
 * hydration can be compared as strings. Event handlers and keys are not attributes.
 */
function renderToString(node: unknown): string {
  if (node === null || node === undefined || node === false || node === true) return '';
  if (Array.isArray(node)) return node.map(renderToString).join('');
  if (typeof node === 'string' || typeof node === 'number') return escapeText(String(node));
  const v = node as VNodeLike;
  if (typeof v.type !== 'string') throw new Error('renderToString: only element vnodes');
  let attrs = '';
  for (const [k, value] of Object.entries(v.props)) {
    if (k === 'children' || k === 'key' || /^on/.test(k) || value === null || value === undefined || value === false)
      continue;
    attrs += ` ${k === 'className' ? 'class' : k}="${escapeAttr(String(value))}"`;
  }
  return `<${v.type}${attrs}>${renderToString(v.props.children)}</${v.type}>`;
}

function pageHtml(ssr: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Server-rendered Preact page</title></head><body><div id="app">${ssr}</div><script src="/hostile-hydrate.bundle.js"></script></body></html>`;
}

/** After hydrate: where the hydrated markup is, and why hydrate ran when it did. */
interface Hydrated {
  reason: 'painted' | 'timeout';
  body: string;
  app: string;
}

async function hydrated(page: TestPage): Promise<Hydrated> {
  return page.waitFor(
    () => {
      const w = window as unknown as { __hydrated?: boolean; __hydrateReason?: 'painted' | 'timeout' };
      if (!w.__hydrated) return null;
      return {
        reason: w.__hydrateReason!,
        body: document.body.innerHTML,
        app: document.getElementById('app')!.innerHTML,
      };
    },
    undefined,
    10_000,
  );
}

/** Errors and warnings the page reported (uncaught exceptions, console.error / console.warn). */
const problemsOf = (page: TestPage) => page.console.filter((l) => /^(pageerror|error|warn(ing)?|assert):/.test(l));

/** Mention counts once the scan is complete and equal to `expected` (the page may still be rescanning). */
async function countsBecome(
  browser: ExtensionBrowser,
  tabId: number,
  expected: Record<string, number>,
  timeoutMs = 5_000,
): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await pageEntities(browser, tabId);
    if (
      JSON.stringify(Object.entries(counts).sort()) === JSON.stringify(Object.entries(expected).sort()) ||
      Date.now() > deadline
    )
      return counts;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function withGlossaOff<R>(browser: ExtensionBrowser, body: () => Promise<R>): Promise<R> {
  const stored = await browser.callExtension<Record<string, unknown>>('storage.sync.get', 'settings');
  const current = (stored.settings ?? {}) as Record<string, unknown>;
  await browser.callExtension('storage.sync.set', { settings: { ...current, enabled: false } });
  try {
    return await body();
  } finally {
    if (stored.settings === undefined) await browser.callExtension('storage.sync.remove', 'settings');
    else await browser.callExtension('storage.sync.set', { settings: current });
  }
}

let ssr = '';
let mismatched = '';
let bundle = '';

beforeAll(async () => {
  const app = (await import(/* @vite-ignore */ APP)) as AppModule;
  ssr = renderToString(app.view(app.INITIAL, () => {}));
  // The control: the server sent <i> where the client renders <b> (a real hydration mismatch).
  mismatched = ssr.replace('<b>Rabat</b>', '<i>Rabat</i>');
  if (mismatched === ssr) throw new Error('control page: nothing replaced');
  const out = await build({
    entryPoints: [CLIENT],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2020',
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0]!.text;
});

// Counts for the page as served (1 briefing), and after one click (2 briefings).
const INITIAL_COUNTS = { africom: 4, morocco: 3, rabat: 2 };
const AFTER_CLICK = { africom: 5, morocco: 4, rabat: 3 };

describeInBrowsers('hardening: a server-rendered Preact page hydrating after Glossa', (get) => {
  beforeAll(() => {
    const { server } = get();
    server.setPage('/hostile-hydrate.bundle.js', bundle, 'text/javascript; charset=utf-8');
    server.setPage('/hostile-hydrate.html', pageHtml(ssr));
    server.setPage('/hostile-hydrate-mismatch.html', pageHtml(mismatched));
  });

  it('control: the hydration-error detector is live (a mismatched server render is reported)', async () => {
    const { browser, server } = get();
    const { page } = await browser.openTab(`${server.origin}/hostile-hydrate-mismatch.html`);
    await hydrated(page);
    for (let i = 0; i < 30 && problemsOf(page).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(problemsOf(page).join('\n')).toMatch(/SSR'd HTML containing different DOM-nodes|Expected a DOM node/);
    await page.close();
  });

  it('hydrates after the scan with no hydration error; DOM equal to the page with Glossa off; counts right; clicks still work and counts follow', async () => {
    const { browser, server } = get();
    const url = `${server.origin}/hostile-hydrate.html`;

    // Glossa on: the page hydrates only once Glossa has painted it.
    const { page, tabId } = await browser.openTab(url);
    const on = await hydrated(page);
    expect(on.reason, 'hydrate ran after Glossa painted').toBe('painted');
    expect(await countsBecome(browser, tabId, INITIAL_COUNTS)).toEqual(INITIAL_COUNTS);
    // Glossa's ranges survived hydration (Preact adopted the server's nodes): still painted.
    const painted = Object.values(await page.evaluate(highlightTexts))
      .flat()
      .sort();
    expect(painted).toEqual(['AFRICOM', 'Rabat', 'Morocco'].sort());
    // Interactivity: a state update re-renders, Glossa's counts follow.
    const before = (await settledAfter(browser, tabId)).generation;
    await page.clickOn('#add');
    await page.waitFor(
      () =>
        document.getElementById('n')?.textContent === 'Briefings: 2' &&
        document.querySelectorAll('#list li').length === 2,
    );
    expect(await countsBecome(browser, tabId, AFTER_CLICK)).toEqual(AFTER_CLICK);
    const onAfterClick = await page.evaluate(() => document.body.innerHTML);
    // Every rescan of the re-render is done: an error it caused would be reported by now.
    await settledAfter(browser, tabId, before);
    expect(problemsOf(page), JSON.stringify(page.console)).toEqual([]);
    await page.close();

    // Glossa off: the same page, the same moment of hydration (here by the 3 s fallback).
    const off = await withGlossaOff(browser, async () => {
      const { page: offPage, tabId: offTab } = await browser.openTab(url);
      const h = await hydrated(offPage);
      expect(await pageEntities(browser, offTab)).toEqual({});
      await offPage.clickOn('#add');
      await offPage.waitFor(() => document.getElementById('n')?.textContent === 'Briefings: 2');
      const afterClick = await offPage.evaluate(() => document.body.innerHTML);
      expect(problemsOf(offPage), JSON.stringify(offPage.console)).toEqual([]);
      await offPage.close();
      return { ...h, afterClick };
    });
    expect(off.reason).toBe('timeout');
    // The page's DOM after hydration is the one it has without Glossa, and is the server's markup.
    expect(on.body).toBe(off.body);
    expect(on.app).toBe(ssr);
    expect(onAfterClick).toBe(off.afterClick);
  });
});
