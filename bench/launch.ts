/**
 * Browser launchers for the benchmark. Same recipe as tests/e2e/harness/browsers.ts (which hides
 * the raw driver pages the bench needs for CDP tracing), reusing its browser lookup.
 * - Chromium via playwright-core, with dist/chrome loaded, or the extension floor
 *   (bench/walk-floor: a content script that only walks the text), or neither.
 * - Firefox ESR via puppeteer-core (WebDriver BiDi), with or without dist/firefox.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { findBrowser, type BrowserName } from '../tests/e2e/harness/browser-paths';
import { COMPILED_MATCHER_KEY } from '../src/shared/compiled-matcher-record';
import { CHROMIUM_QUIET_ARGS, callInExtensionPage, pollUntil } from '../tests/e2e/harness/browsers';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const GECKO_ID = 'glossa@glossa-extension.org';
const FIREFOX_UUID = '6f3c2a1e-9b7d-4c1a-8e2f-0a5b7c9d1e3f';

export interface BenchPage {
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  addScript(path: string): Promise<void>;
  close(): Promise<void>;
  /** Playwright page (Chromium only): CDP access. */
  pw?: PwPage;
  pp?: PpPage;
}

/** What a Chromium is launched with: Glossa (dist/chrome), the extension floor, or no extension. */
export type ChromiumExtension = 'glossa' | 'walk-floor' | null;

export interface BenchBrowser {
  name: BrowserName;
  version: string;
  withExtension: boolean;
  /** Glossa itself is loaded (not the extension floor). */
  glossa: boolean;
  extensionOrigin?: string;
  newPage(): Promise<BenchPage>;
  /** Extension API call from an extension page (popup.html), as the popup would. */
  callExtension<R = unknown>(api: string, ...args: unknown[]): Promise<R>;
  /** Runs `fn` (self-contained: it is serialised) in that extension page and gives its result. */
  inExtensionPage<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Opens `url` (a blank page of the bench server) in a tab the extension creates, so its tab id
   * is known; the bench then navigates that page to the page under test.
   */
  openTab(url: string): Promise<{ page: BenchPage; tabId: number }>;
  close(): Promise<void>;
}

/**
 * A reader's browser has had the extension for a while: the background has stored the precompiled
 * matcher. Wait for it, so the first measured page does not build the matcher itself.
 */
async function settled(b: BenchBrowser): Promise<BenchBrowser> {
  if (b.glossa) {
    const stored = async () => {
      const got = await b.callExtension<Record<string, unknown>>('storage.local.get', COMPILED_MATCHER_KEY);
      return got[COMPILED_MATCHER_KEY] !== undefined;
    };
    await pollUntil(stored, 30_000, 'the stored matcher');
  }
  return b;
}

function pwPage(page: PwPage): BenchPage {
  return {
    pw: page,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 120_000 })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addScript: async (path) => void (await page.addScriptTag({ path })),
    close: () => page.close(),
  };
}

/** bench/walk-floor built into a temporary directory: its content script bundled, its other files copied. */
async function buildWalkFloor(): Promise<string> {
  const src = join(root, 'bench', 'walk-floor');
  const dir = await mkdtemp(join(tmpdir(), 'glossa-bench-walk-floor-'));
  await esbuild.build({
    entryPoints: [join(src, 'content.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(dir, 'content.js'),
    logLevel: 'error',
  });
  for (const f of ['manifest.json', 'background.js', 'popup.html']) await copyFile(join(src, f), join(dir, f));
  return dir;
}

/** `dir`: another build of Glossa to load (an A/B variant; --variants in run.ts). */
export async function launchChromium(
  extension: ChromiumExtension,
  dir = join(root, 'dist', 'chrome'),
): Promise<BenchBrowser> {
  const found = findBrowser('chromium');
  if ('missing' in found) throw new Error(found.missing);
  const withExtension = extension !== null;
  if (extension === 'walk-floor') dir = await buildWalkFloor();
  const profile = await mkdtemp(join(tmpdir(), 'glossa-bench-chromium-'));
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: found.path,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      ...CHROMIUM_QUIET_ARGS,
      // Benchmarks: keep background tabs and timers at full speed, and expose performance.memory precisely.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--enable-precise-memory-info',
    ],
  });
  const version =
    ctx.browser()?.version() ??
    (await (async () => {
      const p = await ctx.newPage();
      const v = await p.evaluate(() => navigator.userAgent);
      await p.close();
      return v;
    })());
  let extensionOrigin: string | undefined;
  if (withExtension) {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  }
  let control: PwPage | undefined;
  const self: BenchBrowser = {
    name: 'chromium',
    version: `Chromium ${version}`,
    withExtension,
    glossa: extension === 'glossa',
    extensionOrigin,
    newPage: async () => pwPage(await ctx.newPage()),
    async inExtensionPage(fn, arg) {
      if (!extensionOrigin) throw new Error('no extension loaded');
      if (!control) {
        control = await ctx.newPage();
        await control.goto(`${extensionOrigin}/popup.html`);
      }
      return control.evaluate(fn as never, arg) as never;
    },
    callExtension: (api, ...args) => self.inExtensionPage(callInExtensionPage as never, [api, args]),
    async openTab(url) {
      await self.callExtension('runtime.getURL', ''); // the control page must exist before we wait for the new one
      const pageEvent = ctx.waitForEvent('page');
      const tab = await self.callExtension<{ id: number }>('tabs.create', { url, active: true });
      const page = await pageEvent;
      await page.waitForLoadState('load');
      return { page: pwPage(page), tabId: tab.id };
    },
    async close() {
      await ctx.close();
      await rm(profile, { recursive: true, force: true });
      if (extension === 'walk-floor') await rm(dir, { recursive: true, force: true });
    },
  };
  return settled(self);
}

function ppPage(page: PpPage): BenchPage {
  return {
    pp: page,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 120_000 })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addScript: async (path) => void (await page.addScriptTag({ path })),
    close: () => page.close(),
  };
}

export async function launchFirefox(withExtension: boolean): Promise<BenchBrowser> {
  const found = findBrowser('firefox');
  if ('missing' in found) throw new Error(found.missing);
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: found.path,
    headless: true,
    protocolTimeout: 600_000,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      // mark.js on big pages runs for minutes: don't show the slow-script dialog.
      'dom.max_script_run_time': 0,
      'dom.max_chrome_script_run_time': 0,
    },
  });
  if (withExtension) await browser.installExtension(join(root, 'dist', 'firefox'));
  const extensionOrigin = withExtension ? `moz-extension://${FIREFOX_UUID}` : undefined;
  let control: PpPage | undefined;
  const self: BenchBrowser = {
    name: 'firefox',
    version: await browser.version(),
    withExtension,
    glossa: withExtension,
    extensionOrigin,
    newPage: async () => ppPage(await browser.newPage()),
    async inExtensionPage(fn, arg) {
      if (!extensionOrigin) throw new Error('no extension loaded');
      if (!control) {
        control = await browser.newPage();
        const url = `${extensionOrigin}/popup.html`;
        control.goto(url, { timeout: 0 }).catch(() => {});
        await pollUntil(
          () => control!.evaluate((u: string) => location.href === u && document.readyState === 'complete', url),
          15_000,
          url,
        );
      }
      return control.evaluate(fn as never, arg) as never;
    },
    callExtension: (api, ...args) => self.inExtensionPage(callInExtensionPage as never, [api, args]),
    async openTab(url) {
      await self.callExtension('runtime.getURL', '');
      const targetEvent = browser.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
      const tab = await self.callExtension<{ id: number }>('tabs.create', { url, active: true });
      const page = (await (await targetEvent).page())!;
      await pollUntil(() => page.evaluate(() => document.readyState === 'complete'), 15_000, url);
      return { page: ppPage(page), tabId: tab.id };
    },
    close: () => browser.close(),
  };
  return settled(self);
}
