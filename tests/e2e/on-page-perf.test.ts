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
