/**
 * Loads the BUILT extension (dist/chrome, dist/firefox) into real browsers and gives tests one
 * small API over both drivers: playwright-core for Chromium, puppeteer-core (WebDriver BiDi)
 * for Firefox ESR.
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { findBrowser, type BrowserName } from './browser-paths';
import type { TestFlavour } from './test-flavours';

export type { BrowserName };
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const GECKO_ID = 'glossa@glossa-extension.org';
const FIREFOX_UUID = '6f3c2a1e-9b7d-4c1a-8e2f-0a5b7c9d1e3f';

/**
 * Chromium flags for this offline machine: no sandbox as root, no GPU, and none of the browser's
 * own background connections (they are refused here, many at a time).
 */
export const CHROMIUM_QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface TestPage {
  readonly url: () => string;
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` until it returns a truthy value, and returns it. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<NonNullable<R>>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Runs a script's source text in the page as the debugger does, not bound by the page's CSP
   * (extension pages forbid eval): e.g. to inject axe-core into the popup.
   */
  evaluateScript(source: string): Promise<unknown>;
  /** Clicks the first element matching `selector` (scrolled into view, like a user). */
  clickOn(selector: string): Promise<void>;
  /**
   * Puts files into an `<input type=file>` the way a user choosing them would, firing `change`.
   * Content is written to a temporary file first, so large files (20 MB) work in both browsers.
   */
  setInputFiles(
    selector: string,
    files: Array<{ name: string; content: string | Buffer; mimeType?: string }>,
  ): Promise<void>;
  /** Console messages and uncaught errors seen in the page, as "type: text". */
  readonly console: string[];
  /** The driver's own page object (playwright Page / puppeteer Page), for driver-specific probes. */
  readonly raw: PwPage | PpPage;
  close(): Promise<void>;
}

/** A request seen by the driver (Playwright context events / puppeteer page events). */
export interface DriverRequest {
  url: string;
  /** The page / worker URL that made it, when the driver says. */
  from: string;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** chrome-extension://ID or moz-extension://UUID */
  readonly extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens one of the extension's own pages (popup.html, options.html…) in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Calls an extension API (`tabs.create`, `storage.local.get`…) from an extension page, as the
   * popup would. Arguments and result must be JSON-serialisable.
   */
  callExtension<R = unknown>(api: string, ...args: unknown[]): Promise<R>;
  /** Opens `url` in a new tab created by the extension, so the test knows its tab id. */
  openTab(url: string): Promise<{ page: TestPage; tabId: number }>;
  /**
   * Every request the driver reported (pages, frames, extension pages; Chromium also the service
   * worker). Complete only with `LaunchOptions.proxy`, which sees what the driver cannot.
   */
  readonly driverRequests: DriverRequest[];
  /** The underlying driver objects, for driver-specific probes (CDP sessions, BiDi…). */
  readonly driver: { kind: 'playwright'; context: BrowserContext } | { kind: 'puppeteer'; browser: PpBrowser };
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * The browser's UI language, which decides the extension's _locales folder (and @@bidi_dir).
   * Chromium: `--lang` + LANGUAGE (needs the `chromium-l10n` package for ar/fr);
   * Firefox: `intl.locale.requested` (needs the `firefox-esr-l10n-ar`/`-fr` language packs).
   */
  locale?: string;
  /**
   * "host:port" of an HTTP proxy (tests/e2e/harness/recording-proxy.ts) through which the browser
   * sends every request, loopback included.
   */
  proxy?: string;
  /** Extra Firefox preferences (e.g. a short `extensions.background.idle.timeout`). */
  firefoxPrefs?: Record<string, string | number | boolean>;
  /** Load a test flavour (dist/<flavour>/, ./test-flavours.ts), built beforehand, instead of dist/. */
  flavour?: TestFlavour;
}

/** Throws a message naming what to install when the browser is missing. */
export async function launchExtensionBrowser(
  name: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const found = findBrowser(name);
  if ('missing' in found) throw new Error(found.missing);
  return name === 'chromium' ? launchChromium(found.path, options) : launchFirefox(found.path, options);
}

// Firefox reads a chosen file lazily, so uploaded files live until the test process exits.
const uploadDirs: string[] = [];
process.once('exit', () => {
  for (const dir of uploadDirs) rmSync(dir, { recursive: true, force: true });
});

async function withTempFiles<R>(
  files: Array<{ name: string; content: string | Buffer }>,
  use: (paths: string[]) => Promise<R>,
): Promise<R> {
  const dir = await mkdtemp(join(tmpdir(), 'glossa-upload-'));
  uploadDirs.push(dir);
  const paths: string[] = [];
  for (const [i, f] of files.entries()) {
    const sub = join(dir, String(i));
    await mkdir(sub);
    const path = join(sub, f.name);
    await writeFile(path, f.content);
    paths.push(path);
  }
  return use(paths);
}

// Runs inside an extension page: resolves "tabs.create" on browser/chrome and calls it.
export async function callInExtensionPage([api, args]: [string, unknown[]]): Promise<unknown> {
  const g = globalThis as unknown as Record<string, unknown>;
  const root = (g.browser ?? g.chrome) as Record<string, unknown>;
  const parts = api.split('.');
  const method = parts.pop()!;
  const owner = parts.reduce<Record<string, unknown>>((o, key) => o[key] as Record<string, unknown>, root);
  return (owner[method] as (...a: unknown[]) => Promise<unknown>).apply(owner, args);
}

/** Opening the extension's pages and calling its APIs from one of them: the same over both drivers. */
function extensionPages(
  origin: string,
  newPage: () => Promise<TestPage>,
): Pick<ExtensionBrowser, 'openExtensionPage' | 'callExtension'> {
  let control: TestPage | undefined;
  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    await page.goto(`${origin}/${path}`);
    return page;
  };
  return {
    openExtensionPage,
    async callExtension<R>(api: string, ...args: unknown[]): Promise<R> {
      const page = (control ??= await openExtensionPage('popup.html'));
      try {
        return (await page.evaluate(callInExtensionPage as never, [api, args])) as never;
      } catch (e) {
        // The extension was reloaded under its page (Firefox keeps a dead one open): the call never
        // ran, so it goes again from a new page. Any other failure is the call's own.
        const dead =
          (page.raw as { isClosed(): boolean }).isClosed() || (await page.evaluate(() => false).catch(() => true));
        if (!dead) throw e;
        control = await openExtensionPage('popup.html');
        return control.evaluate(callInExtensionPage as never, [api, args]) as never;
      }
    },
  };
}

export async function pollUntil<R>(probe: () => Promise<R>, timeoutMs: number, what: string): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      lastError = e; // the context may be navigating; try again
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

function wrapPlaywright(page: PwPage): TestPage {
  const consoleLog: string[] = [];
  page.on('console', (m) => consoleLog.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLog.push(`pageerror: ${e.message}`));
  return {
    url: () => page.url(),
    console: consoleLog,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (fn, arg, timeoutMs = 10_000) =>
      pollUntil(() => page.evaluate(fn as never, arg) as never, timeoutMs, `condition in ${page.url()}`),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    evaluateScript: (source) => page.evaluate(source),
    clickOn: (selector) => page.click(selector),
    setInputFiles: (selector, files) => withTempFiles(files, (paths) => page.setInputFiles(selector, paths)),
    raw: page,
    close: () => page.close(),
  };
}

async function launchChromium(executablePath: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = join(DIST, options.flavour ?? '', 'chrome');
  const profile = await mkdtemp(join(tmpdir(), 'glossa-chromium-'));
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...CHROMIUM_QUIET_ARGS,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      // <-loopback> removes Chromium's implicit localhost bypass: fixture pages go through it too.
      ...(options.proxy ? [`--proxy-server=http://${options.proxy}`, '--proxy-bypass-list=<-loopback>'] : []),
    ],
    ...(options.locale
      ? {
          locale: options.locale,
          env: { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}.UTF-8` } as Record<string, string>,
        }
      : {}),
  });
  const driverRequests: DriverRequest[] = [];
  ctx.on('request', (r) => {
    let from = '';
    try {
      from = r.serviceWorker()?.url() ?? r.frame().url();
    } catch {
      /* service worker requests have no frame */
    }
    driverRequests.push({ url: r.url(), from });
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  const newPage = async () => wrapPlaywright(await ctx.newPage());
  const self: ExtensionBrowser = {
    name: 'chromium',
    extensionOrigin,
    driverRequests,
    driver: { kind: 'playwright', context: ctx },
    newPage,
    ...extensionPages(extensionOrigin, newPage),
    async openTab(url) {
      // Open the control page first: otherwise its own 'page' event would be taken for the tab's.
      await self.callExtension('runtime.getURL', '');
      const pageEvent = ctx.waitForEvent('page');
      const tab = await self.callExtension<{ id: number }>('tabs.create', { url, active: true });
      const page = await pageEvent;
      // Wrap first: the console listener must be there before the page's own scripts run.
      const wrapped = wrapPlaywright(page);
      await page.waitForLoadState('load');
      return { page: wrapped, tabId: tab.id };
    },
    async close() {
      await ctx.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return self;
}

function wrapPuppeteer(page: PpPage): TestPage {
  const consoleLog: string[] = [];
  page.on('console', (m) => consoleLog.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLog.push(`pageerror: ${(e as Error).message}`));
  const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as never, arg) as Promise<R>;
  return {
    url: () => page.url(),
    console: consoleLog,
    async goto(url) {
      if (url.startsWith('moz-extension:')) {
        // Firefox never reports load events for moz-extension:// pages to puppeteer: poll instead.
        page.goto(url, { timeout: 0 }).catch(() => {});
        await pollUntil(
          () => page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url),
          15_000,
          `${url} to load`,
        );
      } else {
        await page.goto(url, { waitUntil: 'load' });
      }
    },
    evaluate,
    waitFor: (fn, arg, timeoutMs = 10_000) =>
      pollUntil(() => evaluate(fn, arg), timeoutMs, `condition in ${page.url()}`),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    evaluateScript: (source) => page.evaluate(source),
    clickOn: (selector) => page.click(selector),
    async setInputFiles(selector, files) {
      const handle = await page.$(selector);
      if (!handle) throw new Error(`no element ${selector}`);
      await withTempFiles(files, (paths) =>
        (handle as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(...paths),
      );
    },
    raw: page,
    close: () => page.close(),
  };
}

async function launchFirefox(executablePath: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Offline machine: keep Firefox from reaching out at start.
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      ...(options.locale
        ? { 'intl.locale.requested': options.locale, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 }
        : {}),
      ...(options.firefoxPrefs ?? {}),
      ...(options.proxy
        ? {
            'network.proxy.type': 1,
            'network.proxy.http': options.proxy.split(':')[0]!,
            'network.proxy.http_port': Number(options.proxy.split(':')[1]),
            'network.proxy.ssl': options.proxy.split(':')[0]!,
            'network.proxy.ssl_port': Number(options.proxy.split(':')[1]),
            'network.proxy.no_proxies_on': '',
            'network.proxy.allow_hijacking_localhost': true,
            'network.proxy.share_proxy_settings': true,
          }
        : {}),
    },
  });
  const driverRequests: DriverRequest[] = [];
  const watched = new WeakSet<object>();
  const watch = (p: PpPage | null) => {
    if (!p || watched.has(p)) return;
    watched.add(p);
    p.on('request', (r) => {
      let from = '';
      try {
        from = r.frame()?.url() ?? '';
      } catch {
        /* detached */
      }
      driverRequests.push({ url: r.url(), from });
    });
  };
  browser.on('targetcreated', (t) => void t.page().then(watch, () => {}));
  for (const p of await browser.pages()) watch(p);
  await browser.installExtension(join(DIST, options.flavour ?? '', 'firefox'));
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const newPage = async () => wrapPuppeteer(await browser.newPage());
  const self: ExtensionBrowser = {
    name: 'firefox',
    extensionOrigin,
    driverRequests,
    driver: { kind: 'puppeteer', browser },
    newPage,
    ...extensionPages(extensionOrigin, newPage),
    async openTab(url) {
      const targetEvent = browser.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
      const tab = await self.callExtension<{ id: number }>('tabs.create', { url, active: true });
      const page = (await (await targetEvent).page())!;
      const wrapped = wrapPuppeteer(page);
      await wrapped.waitFor(() => document.readyState === 'complete');
      return { page: wrapped, tabId: tab.id };
    },
    close: () => browser.close(),
  };
  return self;
}
