import { expect, it } from 'vitest';
import type { PageEntitiesResponse } from '../../src/shared/messages';
import type { ExtensionBrowser, TestPage } from './harness/browsers';
import { describeInBrowsers } from './harness/suite';
import { settledAfter } from './harness/page-probes';

/** Number of ranges painted in the page (the highlight registry is shared with the page). */
function paintedRanges(): number {
  let n = 0;
  for (const h of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()) n += h.size;
  return n;
}

async function resetSettings(browser: ExtensionBrowser) {
  await browser.callExtension('storage.sync.clear');
  await browser.callExtension('storage.local.clear');
}

async function completeEntities(browser: ExtensionBrowser, tabId: number): Promise<PageEntitiesResponse> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const r = await browser
      .callExtension<PageEntitiesResponse>('tabs.sendMessage', tabId, { type: 'glossa:page-entities' }, { frameId: 0 })
      .catch(() => null);
    if (r?.complete) return r;
    if (Date.now() > deadline) throw new Error(`page-entities never complete: ${JSON.stringify(r)}`);
    await new Promise((res) => setTimeout(res, 200));
  }
}

async function openPopupFor(browser: ExtensionBrowser, tabId: number): Promise<TestPage> {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitFor(() => !!document.getElementById('global-switch'));
  return popup;
}

describeInBrowsers('popup', (get) => {
  it('global switch off removes every highlight from an open tab, on restores them', async () => {
    const { browser, server } = get();
    await resetSettings(browser);
    const { page, tabId } = await browser.openTab(`${server.origin}/seed-article.html`);
    // Highlights appear slice by slice: count them once the scan is complete.
    await completeEntities(browser, tabId);
    const before = await page.evaluate(paintedRanges);
    expect(before).toBeGreaterThan(0);
    const popup = await openPopupFor(browser, tabId);
    expect(await popup.evaluate(() => (document.getElementById('global-switch') as HTMLInputElement).checked)).toBe(
      true,
    );
    // The switch is the first control of the popup.
    expect(await popup.evaluate(() => document.querySelector('main input, main select')?.id)).toBe('global-switch');
    await popup.clickOn('#global-switch');
    await page.waitFor(() => {
      let n = 0;
      for (const h of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()) n += h.size;
      return n === 0;
    });
    expect(
      await browser.callExtension<{ settings: { enabled: boolean } }>('storage.sync.get', 'settings'),
    ).toMatchObject({ settings: { enabled: false } });
    await popup.clickOn('#global-switch');
    await page.waitFor(paintedRanges, undefined, 15_000);
    await completeEntities(browser, tabId);
    expect(await page.evaluate(paintedRanges)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('per-site off persists across reloads', async () => {
    const { browser, server } = get();
    await resetSettings(browser);
    const url = `${server.origin}/seed-article.html`;
    const { page, tabId } = await browser.openTab(url);
    await page.waitFor(paintedRanges, undefined, 15_000);
    const popup = await openPopupFor(browser, tabId);
    await popup.waitFor(() => document.getElementById('site-name')?.textContent === 'localhost');
    expect(await popup.evaluate(() => (document.getElementById('site-switch') as HTMLInputElement).checked)).toBe(true);
    await popup.clickOn('#site-switch');
    await page.waitFor(() => {
      let n = 0;
      for (const h of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()) n += h.size;
      return n === 0;
    });
    await popup.close();
    await page.goto(url);
    // The new document's content script has read its settings (and would have painted by now).
    expect(await settledAfter(browser, tabId)).toMatchObject({ enabled: false, settled: true });
    expect(await page.evaluate(paintedRanges)).toBe(0);
    const again = await openPopupFor(browser, tabId);
    await again.waitFor(() => document.getElementById('site-name')?.textContent === 'localhost');
    expect(await again.evaluate(() => (document.getElementById('site-switch') as HTMLInputElement).checked)).toBe(
      false,
    );
    expect(await again.evaluate(() => (document.getElementById('global-switch') as HTMLInputElement).checked)).toBe(
      true,
    );
    const stored = await browser.callExtension<{ settings: { disabledSites: string[] } }>(
      'storage.sync.get',
      'settings',
    );
    expect(stored.settings.disabledSites).toEqual(['localhost']);
    // Switching the site back on paints again without a reload.
    await again.clickOn('#site-switch');
    expect(await page.waitFor(paintedRanges, undefined, 15_000)).toBeGreaterThan(0);
    await again.close();
    await page.close();
  });

  it("lists the page's entities with the content script's counts, most mentioned first, and reveals on click", async () => {
    const { browser, server } = get();
    await resetSettings(browser);
    const { page, tabId } = await browser.openTab(`${server.origin}/seed-article.html`);
    const truth = await completeEntities(browser, tabId);
    expect(truth.entities.length).toBeGreaterThan(3);
    const popup = await openPopupFor(browser, tabId);
    const rows = (await popup.waitFor(() => {
      const list = [...document.querySelectorAll<HTMLElement>('#page-entities button.entity')];
      return list.length
        ? list.map((b) => ({ id: b.dataset.entity!, count: Number(b.dataset.count), text: b.textContent ?? '' }))
        : null;
    }))!;
    const expected = Object.fromEntries(truth.entities.map((e) => [e.id, e.count]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.count]))).toEqual(expected);
    const counts = rows.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Category shown with each name.
    expect(
      await popup.evaluate(() => document.querySelector('#page-entities .cat')?.textContent?.length ?? 0),
    ).toBeGreaterThan(0);
    // Clicking the first one asks the page to reveal it.
    await popup.clickOn('#page-entities button.entity');
    await popup.waitFor(() => (document.getElementById('status')?.textContent ?? '').length > 0);
    await popup.close();
    await page.close();
  });

  it('shows an empty state on a page without known names, and a cannot-run state where content scripts cannot run', async () => {
    const { browser, server } = get();
    await resetSettings(browser);
    server.setPage(
      '/no-names.html',
      '<!doctype html><html lang="en"><head><title>Weather</title></head><body><p>Sunny with light winds over the hills today.</p></body></html>',
    );
    const { page, tabId } = await browser.openTab(`${server.origin}/no-names.html`);
    const popup = await openPopupFor(browser, tabId);
    await popup.waitFor(() => document.getElementById('page-empty')?.textContent?.length, undefined, 15_000);
    expect(await popup.evaluate(() => document.querySelectorAll('#page-entities li').length)).toBe(0);
    await popup.close();
    await page.close();
    // Content scripts never run in extension pages, as in browser pages and the web store.
    const ext = await browser.callExtension<{ id: number }>('tabs.create', {
      url: `${browser.extensionOrigin}/options.html`,
      active: false,
    });
    const popup2 = await openPopupFor(browser, ext.id);
    await popup2.waitFor(() => !!document.getElementById('page-unavailable'), undefined, 15_000);
    expect(await popup2.evaluate(() => (document.getElementById('site-switch') as HTMLInputElement).disabled)).toBe(
      true,
    );
    await popup2.close();
    await browser.callExtension('tabs.remove', ext.id);
  });

  it('search finds a name typed in Arabic, English or French and shows its card', async () => {
    const { browser } = get();
    await resetSettings(browser);
    const popup = await browser.openExtensionPage('popup.html?tab=999999');
    await popup.waitFor(() => !!document.getElementById('search-input'));
    for (const query of ['أفريكوم', 'africom', 'Commandement des États-Unis pour l']) {
      await popup.evaluate((q: string) => {
        const input = document.getElementById('search-input') as HTMLInputElement;
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.focus();
        void q;
      }, query);
      await popup.type(query);
      const ids = (await popup.waitFor(() => {
        const list = [...document.querySelectorAll<HTMLElement>('#search-results button.entity')].map(
          (b) => b.dataset.entity,
        );
        return list.length ? list : null;
      }))!;
      expect(ids[0]).toBe('africom');
    }
    await popup.clickOn('#search-results button.entity');
    const card = await popup.waitFor(() =>
      document.querySelector('#search-card .glossa-card')?.getAttribute('data-entity'),
    );
    expect(card).toBe('africom');
    // Focus moves once the UI has rendered.
    expect(
      await popup.waitFor((id: string) => (document.activeElement?.id === id ? id : null), 'search-card', 5_000),
    ).toBe('search-card');
    await popup.close();
  });

  it('tuning controls save categories, paint style, mentions and language', async () => {
    const { browser } = get();
    await resetSettings(browser);
    const popup = await browser.openExtensionPage('popup.html?tab=999999');
    await popup.waitFor(() => !!document.getElementById('cat-person'));
    await popup.clickOn('#cat-person');
    await popup.clickOn('#paint-background');
    await popup.clickOn('#mentions-all');
    await popup.evaluate(() => {
      const select = document.getElementById('tooltip-language') as HTMLSelectElement;
      select.value = 'fr';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await popup.waitFor(() => true);
    const deadline = Date.now() + 5000;
    let stored: { settings?: Record<string, unknown> } = {};
    while (Date.now() < deadline) {
      stored = await browser.callExtension('storage.sync.get', 'settings');
      if (stored.settings?.language === 'fr') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(stored.settings).toMatchObject({
      paintStyle: 'background',
      paintAll: true,
      language: 'fr',
      categories: { person: false, place: true },
    });
    await popup.close();
  });
});
