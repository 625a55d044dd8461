import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import { pageEntities } from './harness/page-probes';

describeInBrowsers('on the page: never blocks the page', (get) => {
  // KNOWN FAILURE, kept as it.fails so it turns red once fixed: the engine's buildMatcher over the
  // bundled pack is one synchronous task of ~35-100 ms at content-script start (the scan itself is
  // sliced at 8 ms). In Firefox the page's own baseline gap (Glossa off) is already ~140 ms here.
  it.fails('scans a 5 MB page without a main-thread task over 50 ms', async () => {
    const { browser, server } = get();
    const { page, tabId } = await browser.openTab(`${server.origin}/onpage-large.html`);
    const size = await page.evaluate(() => document.body.textContent!.length);
    expect(size).toBeGreaterThan(5_000_000);
    await page.evaluate(() => {
      (window as unknown as { __gaps: { max: number } }).__gaps.max = 0;
    });
    const counts = await pageEntities(browser, tabId, 60_000);
    expect(counts.africom).toBe(500);
    expect(counts.rabat).toBe(500);
    const gaps = await page.evaluate(() => (window as unknown as { __gaps: { max: number; samples: number } }).__gaps);
    console.log(`${browser.name}: longest gap ${gaps.max.toFixed(1)} ms over ${gaps.samples} turns`);
    expect(gaps.max).toBeLessThan(50);
    await page.close();
  });
});
