import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/suite';

describeInBrowsers('options page storage quota', (get) => {
  it('reports a full storage.sync instead of failing silently, and keeps what was saved', async () => {
    const { browser } = get();
    await browser.callExtension('storage.sync.clear');
    await browser.callExtension('storage.local.clear');
    // storage.sync allows 8 KB per item: 30 hostnames of ~240 characters come close.
    const label = (i: number) => `${String(i).padStart(3, '0')}${'a'.repeat(57)}`;
    const host = (i: number) => `${label(i)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(50)}.example`;
    const sites = Array.from({ length: 30 }, (_, i) => host(i));
    await browser.callExtension('storage.sync.set', {
      settings: { schemaVersion: 1, enabled: true, disabledSites: sites },
    });
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelectorAll('#sites-list li').length === 30);
    let status = '';
    for (let i = 30; i < 50; i++) {
      await options.evaluate((v: string) => {
        const el = document.getElementById('site-input') as HTMLInputElement;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, host(i));
      await options.clickOn('#site-add');
      // The add has been answered: saved (the status names the site) or refused.
      status = await options.waitFor((h: string) => {
        const text = document.getElementById('status')?.textContent ?? '';
        const error = document.getElementById('site-error')?.textContent;
        return error ? `site error: ${error}` : text.includes(h) || /Could not save/.test(text) ? text : null;
      }, host(i));
      if (/full|Could not save/.test(status)) break;
    }
    expect(status).toMatch(/Could not save/);
    const stored = await browser.callExtension<{ settings: { disabledSites: string[] } }>(
      'storage.sync.get',
      'settings',
    );
    expect(stored.settings.disabledSites.length).toBeGreaterThanOrEqual(30);
    expect(stored.settings.disabledSites.slice(0, 30)).toEqual(sites);
    await options.close();
    await browser.callExtension('storage.sync.clear');
  });
});
