import { afterAll, beforeAll, describe } from 'vitest';
import { findBrowser } from './browser-paths';
import {
  BROWSERS,
  launchExtensionBrowser,
  type BrowserName,
  type ExtensionBrowser,
  type LaunchOptions,
} from './browsers';
import { startFixtureServer, type FixtureServer } from './server';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import { buildTestFlavour } from './test-flavours';

export interface SuiteContext {
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** Present with `{ recordNetwork: true }`: every request the browser sent, loopback included. */
  proxy?: RecordingProxy;
}

export interface SuiteOptions extends LaunchOptions {
  /** Route all of the browser's traffic through a recording proxy (SuiteContext.proxy). */
  recordNetwork?: boolean;
}

/**
 * Declares `body` once per browser, each with its own browser (launched once per file) and
 * fixture server. A missing browser fails the run under CI; locally the suite is reported as
 * skipped with a message naming what to install — never counted as passed.
 */
export function describeInBrowsers(
  title: string,
  body: (get: () => SuiteContext, name: BrowserName) => void,
  options: SuiteOptions = {},
): void {
  for (const name of BROWSERS) {
    const found = findBrowser(name);
    const missing = 'missing' in found ? found.missing : undefined;
    if (missing && !process.env.CI) {
      console.warn(`SKIPPED ${title} [${name}]: ${missing}`);
      describe.skip(`${title} [${name}]`, () => body(() => ({}) as SuiteContext, name));
      continue;
    }
    describe(`${title} [${name}]`, () => {
      let ctx: SuiteContext | undefined;
      beforeAll(async () => {
        if (options.flavour) await buildTestFlavour(options.flavour);
        const server = await startFixtureServer();
        const proxy = options.recordNetwork ? await startRecordingProxy() : undefined;
        const launch: LaunchOptions = { ...options, ...(proxy ? { proxy: proxy.address } : {}) };
        ctx = { server, proxy, browser: await launchExtensionBrowser(name, launch) };
      });
      afterAll(async () => {
        await ctx?.browser.close();
        await ctx?.server.close();
        await ctx?.proxy?.close();
      });
      body(() => {
        if (!ctx) throw new Error('suite context not ready');
        return ctx;
      }, name);
    });
  }
}
