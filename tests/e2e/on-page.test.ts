import { expect, it } from 'vitest';
import { expectSeedCounts } from './harness/seed-counts';
import { describeInBrowsers } from './harness/suite';
import { glossaUi, highlightTexts, pageEntities, pointOfHighlight, waitForPaint } from './harness/page-probes';

describeInBrowsers('on the page: seed article', (get) => {
  it('finds exactly the expected mentions and leaves body.innerHTML unchanged', async () => {
    const { browser, server } = get();
    const { page, tabId } = await browser.openTab(`${server.origin}/seed-article.html`);
    // The server's bytes are the reference: the DOM as parsed, before any script, equals what we read now.
    const before = await page.evaluate(() => document.body.innerHTML);
    const counts = await pageEntities(browser, tabId);
    expectSeedCounts(counts);
    await waitForPaint(page);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    expect(await page.evaluate(() => document.querySelectorAll('body *').length)).toBe(
      await page.evaluate(
        () =>
          new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html').querySelectorAll('body *')
            .length,
      ),
    );
    // First mention of each entity painted (default), in its category's highlight.
    const { 'glossa-claim': claimed = [], ...painted } = await page.evaluate(highlightTexts);
    const all = Object.values(painted).flat();
    expect(all).toHaveLength(Object.keys(counts).length);
    // Apart from them, the mentions whose sentences make a checked claim (then-and-now.test.ts).
    expect(claimed.length).toBeGreaterThan(0);
    expect(painted['glossa-underline-organization']).toContain('أفريكوم');
    // The seed's first Langley is written with his rank and nationality, one name as the pack's display name
    // (الجنرال مايكل لانجلي) is with its rank: the whole span is painted.
    expect(painted['glossa-underline-person']).toContain('الجنرال الأميركي مايكل لانجلي');
    expect(painted['glossa-underline-place']).toContain('المغرب');
    // No host element until a tooltip is needed.
    expect(await page.evaluate(glossaUi)).toBeNull();
    await page.close();
  });

  it("hovering a mention shows its card with facts, in Glossa's shadow root", async () => {
    const { browser, server } = get();
    const { page } = await browser.openTab(`${server.origin}/seed-article.html`);
    await waitForPaint(page);
    const point = await page.evaluate(pointOfHighlight, 'أفريكوم');
    expect(point).not.toBeNull();
    await page.mouseMove(point!.x - 30, point!.y - 30);
    await page.mouseMove(point!.x, point!.y);
    const ui = await page.waitFor(
      () => {
        const host = document.querySelector('glossa-ui');
        const card = host?.shadowRoot?.querySelector('.glossa-card');
        return !!card?.textContent;
      },
      undefined,
      5_000,
    );
    expect(ui).toBeTruthy();
    const state = await page.evaluate(glossaUi);
    expect(state!.hosts).toBe(1);
    expect(state!.visible).toBe(true);
    expect(state!.card).toMatch(/AFRICOM|Africa Command|أفريكوم|أفريقيا/);
    expect(state!.links.length).toBeGreaterThan(0);
    for (const link of state!.links) {
      expect(link.href).toMatch(/^https?:/);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    // Escape closes it.
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card'));
    await page.close();
  });
});
