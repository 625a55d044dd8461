import { expect, it } from 'vitest';
import { badgeWhen, pageEntities, settledAfter } from './harness/page-probes';
import { describeInBrowsers } from './harness/suite';

describeInBrowsers('toolbar badge', (get) => {
  it("shows the tab's distinct entity count, empty when off or none, and follows navigation", async () => {
    const { browser, server } = get();
    await browser.callExtension('storage.sync.clear');
    await browser.callExtension('storage.local.clear');
    const { page, tabId } = await browser.openTab(`${server.origin}/seed-article.html`);
    const distinct = String(Object.keys(await pageEntities(browser, tabId, 15_000)).length);
    expect(Number(distinct)).toBeGreaterThan(3);
    await badgeWhen(browser, tabId, (t) => t === distinct, `showed ${distinct}`);

    // Global switch off: empty; on again: the count is back.
    const settings =
      (await browser.callExtension<{ settings?: Record<string, unknown> }>('storage.sync.get', 'settings')).settings ??
      {};
    await browser.callExtension('storage.sync.set', { settings: { ...settings, schemaVersion: 1, enabled: false } });
    await badgeWhen(browser, tabId, (t) => t === '', 'cleared when off');
    await browser.callExtension('storage.sync.set', { settings: { ...settings, schemaVersion: 1, enabled: true } });
    await badgeWhen(browser, tabId, (t) => t === distinct, 'came back when on');

    // This site off: empty.
    await browser.callExtension('storage.sync.set', {
      settings: { schemaVersion: 1, enabled: true, disabledSites: ['localhost'] },
    });
    await badgeWhen(browser, tabId, (t) => t === '', 'cleared when the site is off');
    await browser.callExtension('storage.sync.set', {
      settings: { schemaVersion: 1, enabled: true, disabledSites: [] },
    });

    // Navigating to a page without names: empty.
    server.setPage(
      '/badge-empty.html',
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p>Nothing to see here at all.</p></body></html>',
    );
    await page.goto(`${server.origin}/badge-empty.html`);
    // The browser clears a tab's badge on navigation by itself: ask once the new page has been read.
    await settledAfter(browser, tabId);
    await badgeWhen(browser, tabId, (t) => t === '', 'cleared on navigation');
    await page.goto(`${server.origin}/demo-en.html`);
    await badgeWhen(browser, tabId, (t) => Number(t) > 3, 'counted the new page');
    await page.close();
  });
});
