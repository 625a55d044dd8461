import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import { pageEntities } from './harness/page-probes';

// How long Glossa's tasks take is measured by `npm run bench` (DevTools trace attribution), not
// asserted here: timings on shared machines are noise. This checks the big page is scanned whole.
describeInBrowsers('on the page: a 5 MB page', (get) => {
  it('scans a 5 MB page completely, with exact counts', async () => {
    const { browser, server } = get();
    const { page, tabId } = await browser.openTab(`${server.origin}/onpage-large.html`);
    const size = await page.evaluate(() => document.body.textContent!.length);
    expect(size).toBeGreaterThan(5_000_000);
    const counts = await pageEntities(browser, tabId, 60_000);
    expect(counts).toEqual({ africom: 500, rabat: 500, morocco: 500 });
    await page.close();
  });
});

describeInBrowsers('on the page: one block with a very long run of text', (get) => {
  it('finds every name, including those across the places where the scanner cuts the run', async () => {
    const { browser, server } = get();
    // A run this long is matched in chunks; the names sit back to back, so the cuts fall inside
    // them ("Western |Sahara"), and "Sahara" alone needs context: a name read cut in two is lost.
    const n = 12_000;
    const text = 'Western Sahara/'.repeat(n);
    server.setPage(
      '/long-run.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>long run</title></head><body><div id="log">${text}</div></body></html>`,
    );
    const { page, tabId } = await browser.openTab(`${server.origin}/long-run.html`);
    expect(await page.evaluate(() => document.getElementById('log')!.childNodes.length)).toBe(1);
    expect(await pageEntities(browser, tabId, 60_000)).toEqual({ 'western-sahara': n });
    await page.close();
  });
});
