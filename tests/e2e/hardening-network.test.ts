/**
 * Hardening — no network, no remote code (e2e half; the static half is
 * tests/unit/hardening-bundles.test.ts).
 *
 * The browser sends EVERY request through a recording proxy (loopback included, see
 * harness/recording-proxy.ts), so requests from the service worker / event page, the popup, the
 * options page and content scripts are all seen, whoever makes them. The driver's own request
 * events are checked too (they also show extension-origin loads). While the extension does all of
 * its work — scan, paint, tooltip with source links, keyboard walk, popup list and search,
 * options page, settings changes — nothing may go anywhere but the fixture server.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import { pollUntil } from './harness/browsers';
import { pageEntities, pointOfHighlight, sendToTab, settledAfter, waitForPaint } from './harness/page-probes';

/**
 * The browsers' own TLS connections to their vendor's infrastructure (Chromium: sign-in and
 * component-update probes despite --disable-background-networking; Firefox: Remote Settings, whose
 * server pref ESR 153 no longer honours). They are CONNECT tunnels made by the browser process,
 * never reported by the driver for any page or worker, and the extension cannot be their source:
 * it has no host permissions and its bundles hold no network API (hardening-bundles.test.ts).
 * On a fresh profile Chromium's component updater also POSTs in plain HTTP to
 * update.googleapis.com (seen in a clean CI run). Only requests to exactly these vendor domains
 * are set aside — and the driver, which attributes requests to pages and workers, must report
 * none of them; anything else fails the test.
 */
const BROWSER_OWN: Record<string, RegExp> = {
  chromium: /^(?:[a-z0-9-]+\.)*(?:google\.com|gvt1\.com|googleapis\.com|gstatic\.com)$/,
  firefox: /^(?:[a-z0-9-]+\.)*(?:mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com|mozaws\.net)$/,
};

/** The host a proxied request went to: CONNECT carries host:port, others a URL. */
function hostOf(r: { method: string; url: string }): string | null {
  try {
    return r.method === 'CONNECT' ? new URL(`https://${r.url}`).hostname : new URL(r.url).hostname;
  } catch {
    return null;
  }
}

describeInBrowsers(
  'hardening: no network, no remote code',
  (get) => {
    it('every request while Glossa works goes to the fixture server or the extension itself', async () => {
      const { browser, server, proxy } = get();
      expect(proxy).toBeDefined();
      const fixtureHosts = new Set([new URL(server.origin).host, new URL(server.otherOrigin).host]);
      const startProxy = proxy!.requests.length;
      const startDriver = browser.driverRequests.length;

      // Content script: scan, paint, hover tooltip (its card has https source links), keyboard walk.
      const { page, tabId } = await browser.openTab(`${server.origin}/seed-article.html`);
      await pageEntities(browser, tabId);
      await waitForPaint(page);
      const point = await page.evaluate(pointOfHighlight, 'أفريكوم');
      if (point) {
        await page.mouseMove(point.x - 30, point.y - 30);
        await page.mouseMove(point.x, point.y);
        await page.waitFor(
          () => !!document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card'),
          undefined,
          5_000,
        );
      }
      await sendToTab(browser, tabId, { type: 'glossa:navigate', direction: 1 });
      await sendToTab(browser, tabId, { type: 'glossa:navigate', direction: 1 });
      // A frame from the other fixture origin: its content script runs too.
      await page.evaluate((src: string) => {
        const f = document.createElement('iframe');
        f.src = src;
        document.body.append(f);
      }, `${server.otherOrigin}/onpage-frame.html`);
      // …and has painted its name (checked through the driver, which can enter any frame).
      const raw = page.raw as unknown as { frames(): Array<{ url(): string; evaluate<R>(fn: () => R): Promise<R> }> };
      const framePainted = () => {
        let n = 0;
        CSS.highlights.forEach((h, name) => void (name.startsWith('glossa') && (n += h.size)));
        return n > 0;
      };
      await pollUntil(
        async () =>
          raw
            .frames()
            .find((f) => f.url().startsWith(server.otherOrigin))
            ?.evaluate(framePainted),
        10_000,
        'the cross-origin frame to paint',
      );

      // Popup (as a tab, controlling that tab): page list and search.
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.waitFor(() => document.readyState === 'complete' && !!document.querySelector('main'));
      const search = await popup.evaluate(() => !!document.querySelector('input[type=search]'));
      if (search) {
        await popup.clickOn('input[type=search]');
        await popup.type('HIMARS');
      }
      // Options page.
      const options = await browser.openExtensionPage('options.html');
      await options.waitFor(() => document.readyState === 'complete' && !!document.querySelector('main'));
      // Background: a settings change goes through storage to every tab.
      const stored = await browser.callExtension<Record<string, unknown>>('storage.sync.get', 'settings');
      const current = (stored.settings ?? {}) as Record<string, unknown>;
      const before = (await settledAfter(browser, tabId)).generation;
      await browser.callExtension('storage.sync.set', { settings: { ...current, paintAll: true } });
      const changed = (await settledAfter(browser, tabId, before)).generation;
      await browser.callExtension('storage.sync.set', { settings: current });
      await settledAfter(browser, tabId, changed);

      const viaProxy = proxy!.requests.slice(startProxy);
      const elsewhere = viaProxy.filter((r) => {
        const host = hostOf(r);
        if (host !== null && BROWSER_OWN[browser.name]!.test(host)) return false;
        if (r.method === 'CONNECT') return true;
        try {
          return !fixtureHosts.has(new URL(r.url).host);
        } catch {
          return true;
        }
      });
      expect(elsewhere, `requests that left the fixture server: ${JSON.stringify(elsewhere)}`).toEqual([]);
      // The recording is live, not vacuous: it saw the pages, and a request an extension page makes.
      expect(viaProxy.some((r) => r.url.endsWith('/seed-article.html'))).toBe(true);
      const probe = `${server.origin}/onpage-empty.html?probe-from-extension-page`;
      await options.evaluate(
        (u: string) =>
          fetch(u).then(
            () => 0,
            () => 0,
          ),
        probe,
      );
      await pollUntil(
        async () => proxy!.requests.some((r) => r.url === probe),
        5_000,
        'the proxy to see an extension-page request',
      );
      if (browser.driver.kind === 'playwright') {
        // …and Chromium's driver events include the service worker's requests.
        const worker = browser.driver.context
          .serviceWorkers()
          .find((w) => w.url().startsWith(browser.extensionOrigin))!;
        const fromWorker = `${server.origin}/onpage-empty.html?probe-from-worker`;
        await worker.evaluate(
          (u: string) =>
            fetch(u).then(
              () => 0,
              () => 0,
            ),
          fromWorker,
        );
        await pollUntil(
          async () => proxy!.requests.some((r) => r.url === fromWorker),
          5_000,
          'the proxy to see a service-worker request',
        );
        await pollUntil(
          async () => browser.driverRequests.some((r) => r.url === fromWorker),
          5_000,
          'driver events to include the service worker',
        );
      }

      const driver = browser.driverRequests.slice(startDriver).filter((r) => !r.url.includes('?probe-from-'));
      // The content script's other parts (page-annotator.js, page-card.js), which
      // Chrome serves under a per-session id (use_dynamic_url).
      const ownModules = new URL('./', await browser.callExtension<string>('runtime.getURL', 'page-annotator.js')).href;
      const allowed = (url: string) => {
        if (url.startsWith(`${browser.extensionOrigin}/`) || url.startsWith(ownModules)) return true;
        // data:/blob: URLs never leave the process (Firefox reports a built-in data: font here).
        if (url.startsWith('data:') || url.startsWith('blob:')) return true;
        try {
          const u = new URL(url);
          return (u.protocol === 'http:' && fixtureHosts.has(u.host)) || url === 'about:blank';
        } catch {
          return false;
        }
      };
      const foreign = driver.filter((r) => !allowed(r.url));
      expect(foreign, `driver saw: ${JSON.stringify(foreign)}`).toEqual([]);
      await Promise.all([options.close(), popup.close(), page.close()]);
    });
  },
  { recordNetwork: true },
);
