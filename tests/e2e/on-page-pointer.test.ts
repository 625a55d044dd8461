/**
 * Pointer behaviour of the tooltip: hover intent and grace, scroll away, and touch (tap on a
 * mention opens it, a tap elsewhere closes it). Touch is driven by pointer events with
 * pointerType "touch" dispatched in the page: neither driver gives a persistent context with a
 * touch screen, and Glossa reacts to pointer events, whatever produced them.
 */
import { expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { describeInBrowsers } from './harness/suite';
import { pointOfHighlight, sendToTab, waitForPaint } from './harness/page-probes';

const cardShown = () => !!document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card')?.textContent;
const cardGone = () => !document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card');

function tap(point: { x: number; y: number }): void {
  const target = document.elementFromPoint(point.x, point.y) ?? document.body;
  for (const type of ['pointerdown', 'pointerup']) {
    target.dispatchEvent(
      new PointerEvent(type, {
        pointerType: 'touch',
        isPrimary: true,
        clientX: point.x,
        clientY: point.y,
        bubbles: true,
        composed: true,
      }),
    );
  }
}

/** Where the seed article's first painted name is, once Glossa has painted. */
async function firstName(page: TestPage): Promise<{ x: number; y: number }> {
  await waitForPaint(page);
  return page.waitFor(pointOfHighlight, 'أفريكوم', 10_000);
}

describeInBrowsers('on the page: hover intent, grace, scroll and touch', (get) => {
  it('hovering opens only after the hover intent, and leaving closes after the grace period', async () => {
    const { browser, server } = get();
    const { page } = await browser.openTab(`${server.origin}/seed-article.html`);
    const point = await firstName(page);
    await page.mouseMove(point.x - 30, point.y - 30);
    const t0 = Date.now();
    await page.mouseMove(point.x, point.y);
    await page.waitFor(cardShown, undefined, 5_000);
    // The tooltip never opens before the ~300 ms hover intent (a slower machine only delays it).
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    // Away from the mention and the tooltip: it closes once the grace period is over.
    await page.mouseMove(5, 5);
    await page.waitFor(cardGone, undefined, 5_000);
    await page.close();
  });

  it('scrolling the mention out of view closes its tooltip', async () => {
    const { browser, server } = get();
    const { page } = await browser.openTab(`${server.origin}/seed-article.html`);
    const point = await firstName(page);
    await page.mouseMove(point.x - 30, point.y - 30);
    await page.mouseMove(point.x, point.y);
    await page.waitFor(cardShown, undefined, 5_000);
    await page.evaluate(() => {
      // Make room below the article, then scroll the heading's mention far out of view.
      document.documentElement.style.setProperty('min-height', '6000px');
      window.scrollTo(0, 4000);
    });
    await page.waitFor(cardGone, undefined, 5_000);
    await page.close();
  });

  it('a tap on a mention opens its tooltip; a tap elsewhere closes it', async () => {
    const { browser, server } = get();
    const { page } = await browser.openTab(`${server.origin}/seed-article.html`);
    const point = await firstName(page);
    await page.evaluate(tap, point);
    await page.waitFor(cardShown, undefined, 5_000);
    await page.evaluate(tap, { x: 5, y: 5 });
    await page.waitFor(cardGone, undefined, 5_000);
    await page.close();
  });
});

describeInBrowsers('on the page: "Look up in Glossa" cards', (get) => {
  it('shows the card of a selected known name, and says so for an unknown one', async () => {
    const { browser, server } = get();
    const { page, tabId } = await browser.openTab(`${server.origin}/demo-en.html`);
    await waitForPaint(page);
    // Select a name, as the reader would before opening the context menu.
    await page.evaluate(() => {
      const p = document.querySelector('article p:nth-of-type(2)')!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    // What the background's context-menu handler sends to the tab's top frame.
    await sendToTab(browser, tabId, {
      type: 'glossa:show-card',
      entityId: 'michael-langley',
      query: 'Michael Langley',
    });
    const card = await page.waitFor(
      () => document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card')?.textContent,
      undefined,
      5_000,
    );
    expect(card).toMatch(/Langley/);
    await sendToTab(browser, tabId, { type: 'glossa:show-card', entityId: null, query: 'Zorblax' });
    const notice = await page.waitFor(
      () => document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-notice')?.textContent,
      undefined,
      5_000,
    );
    expect(notice).toMatch(/Zorblax/);
    expect(await page.evaluate(() => document.querySelector('glossa-ui')?.shadowRoot?.textContent)).not.toMatch(
      /Langley/,
    );
    await page.close();
  });
});
