import { afterAll, beforeAll, describe } from 'vitest';
import { findBrowser } from './browser-paths';
import { BROWSERS, launchExtensionBrowser, type BrowserName, type ExtensionBrowser } from './browsers';
import { startFixtureServer, type FixtureServer } from './server';

export interface SuiteContext {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

/**
 * Declares `body` once per browser, each with its own browser (launched once per file) and
 * fixture server. A missing browser fails the run under CI; locally the suite is reported as
 * skipped with a message naming what to install — never counted as passed.
 */
export function describeInBrowsers(title: string, body: (get: () => SuiteContext, name: BrowserName) => void): void {
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
        const server = await startFixtureServer();
        ctx = { server, browser: await launchExtensionBrowser(name) };
      });
      afterAll(async () => {
        await ctx?.browser.close();
        await ctx?.server.close();
      });
      body(() => {
        if (!ctx) throw new Error('suite context not ready');
        return ctx;
      }, name);
    });
  }
}
