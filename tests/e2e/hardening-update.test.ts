/**
 * An update or removal while pages stay open: Chromium leaves the old content script on them, cut
 * off from the extension. It must go quiet — no annotator started, a running one stopped and its
 * highlights cleared, no errors thrown into the page — however the page changes afterwards.
 * (Own file: the reload replaces the extension under test.)
 */
import { expect, it } from 'vitest';
import { entitiesWhen, highlightTexts, pageEntities } from './harness/page-probes';
import { describeInBrowsers } from './harness/suite';

const QUIET =
  '<!doctype html><html lang="en"><head><title>Market notes</title></head><body><p>Prices of wheat rose.</p></body></html>';
const NAMED =
  '<!doctype html><html lang="en"><head><title>Briefing</title></head><body><p>HIMARS were shown in Tan-Tan.</p></body></html>';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describeInBrowsers('hardening: the extension is reloaded under an open page', (get, name) => {
  it('the old content script goes quiet: page changes afterwards raise no error', async () => {
    const { browser, server } = get();
    server.setPage('/quiet-update.html', QUIET);
    const { page, tabId } = await browser.openTab(`${server.origin}/quiet-update.html`);
    expect(await pageEntities(browser, tabId)).toEqual({}); // watching: no name yet
    // And a page whose annotator runs: a name painted.
    server.setPage('/named-update.html', NAMED);
    const named = await browser.openTab(`${server.origin}/named-update.html`);
    expect(await pageEntities(browser, named.tabId)).toEqual({ himars: 1 });
    const painted = async (): Promise<string[]> => Object.values(await named.page.evaluate(highlightTexts)).flat();
    expect(await painted()).toEqual(['HIMARS']);
    // An extension page is closed or destroyed when the extension reloads: proof that it did.
    const witness = await browser.openExtensionPage('popup.html');
    const gone = async (): Promise<boolean> =>
      witness.raw.isClosed() || (await witness.evaluate(() => false).catch(() => true));
    expect(await gone()).toBe(false);
    await browser.callExtension('runtime.reload').catch(() => {}); // the calling page may go first
    for (const deadline = Date.now() + 10_000; !(await gone()); await sleep(100)) {
      if (Date.now() > deadline) throw new Error('the extension did not reload');
    }
    const errors = (): string[] => page.console.filter((line) => line.startsWith('pageerror'));
    // A change without a name, then one with names: the old script would read both.
    await page.evaluate(
      () => void document.body.append(Object.assign(document.createElement('p'), { textContent: 'More wheat.' })),
    );
    await page.evaluate(
      () =>
        void document.body.append(Object.assign(document.createElement('p'), { textContent: 'HIMARS and AFRICOM.' })),
    );
    // The annotator's page, changed after the watched one. Chromium: the old script can no longer
    // show a card, so at its next piece of work it stops and clears what it painted. Firefox: the
    // reloaded extension's script is injected into the open pages, and it paints the new names too.
    await named.page.evaluate(
      () => void document.body.append(Object.assign(document.createElement('p'), { textContent: 'The Sahel.' })),
    );
    if (name === 'chromium') {
      // The old scripts can no longer be asked anything: the named page's cleared paint is the sign
      // that they have handled the changes (the watched page's, made first, is the lighter work).
      await named.page.waitFor(() => {
        let n = 0;
        CSS.highlights.forEach((_h, key) => void (key.startsWith('glossa') && n++));
        return n === 0;
      });
      expect(
        Object.values(await page.evaluate(highlightTexts)).flat(),
        'no annotator started on the watched page',
      ).toEqual([]);
    } else {
      expect(await entitiesWhen(browser, tabId, (c) => 'himars' in c && 'africom' in c)).toEqual({
        himars: 1,
        africom: 1,
      });
      expect((await entitiesWhen(browser, named.tabId, (c) => 'sahel' in c)).sahel).toBe(1);
      await named.page.waitFor(() => {
        let n = 0;
        CSS.highlights.forEach((h, key) => void (key.startsWith('glossa') && (n += h.size)));
        return n === 2;
      });
      expect((await painted()).sort()).toEqual(['HIMARS', 'Sahel']);
    }
    expect(errors()).toEqual([]);
    expect(named.page.console.filter((line) => line.startsWith('pageerror'))).toEqual([]);
    await named.page.close();
    await page.close();
  });
});
