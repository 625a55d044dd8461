import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import type { PageEntitiesResponse } from '../../src/shared/messages';

describeInBrowsers('built extension', (get, name) => {
  it('installs with the manifest generated for this browser', async () => {
    const manifest = await get().browser.callExtension<Record<string, unknown>>('runtime.getManifest');
    expect(manifest.name).toBe('Glossa');
    expect(manifest.manifest_version).toBe(3);
    const background = manifest.background as { scripts?: string[] | null; service_worker?: string | null };
    if (name === 'firefox') {
      expect(background.scripts?.[0]).toMatch(/\/background\.js$/);
      expect(background.service_worker ?? null).toBeNull();
      expect(manifest.browser_specific_settings).toMatchObject({ gecko: { strict_min_version: '142.0' } });
    } else {
      expect(background).toMatchObject({ service_worker: 'background.js' });
      expect(manifest.browser_specific_settings).toBeUndefined();
    }
  });

  it('runs its content script on a localhost page and answers glossa:page-entities', async () => {
    const { browser, server } = get();
    const { tabId } = await browser.openTab(`${server.origin}/demo-en.html`);
    const response = await browser.callExtension<PageEntitiesResponse>(
      'tabs.sendMessage',
      tabId,
      { type: 'glossa:page-entities' },
      { frameId: 0 },
    );
    expect(typeof response.complete).toBe('boolean');
    expect(Array.isArray(response.entities)).toBe(true);
  });

  it('renders its popup and options pages with Preact', async () => {
    const { browser } = get();
    for (const path of ['popup.html', 'options.html']) {
      const page = await browser.openExtensionPage(path);
      const heading = await page.waitFor(() => document.querySelector('h1')?.textContent);
      expect(heading).toMatch(/Glossa/);
      await page.close();
    }
  });
});
