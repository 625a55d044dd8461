/**
 * The page's own matcher (page-matcher.js), in real browsers: when the background cannot answer
 * glossa:find-names, the content script loads the engine and the pack's match data into the page
 * and reads the page itself (ARCHITECTURE.md, "Batches go to the finder").
 *
 * How the background is made not to answer: `node build.mjs --test-no-find-names` (run by the
 * harness, ./harness/test-flavours.ts) builds the real sources into dist/test-no-find-names/ with
 * one module replaced: the background's find-names handler rejects, as when no background is there
 * to answer (a worker gone or restarting). Chosen over a runtime switch: nothing in src/ knows of
 * it, the production build is byte for byte what it was, and no page or setting can reach it.
 * Everything else (the watch, the hand-over to the annotator, page-matcher.js, the stored
 * precompiled record, painting) is the shipped code.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { FindNamesRequest } from '../../src/shared/messages';
import type { Pack } from '../../src/text/pack-types';
import type { ExtensionBrowser } from './harness/browsers';
import { appendLateParagraph, entitiesWhen, highlightTexts, pageEntities, waitForPaint } from './harness/page-probes';
import { expectSeedCounts } from './harness/seed-counts';
import { describeInBrowsers } from './harness/suite';

/** The background's precompiled matcher record (background/compiled-matcher.ts), if stored. */
async function storedMatcher(browser: ExtensionBrowser): Promise<{ key: string } | undefined> {
  const got = await browser.callExtension<Record<string, { key: string } | undefined>>(
    'storage.local.get',
    'compiledMatcher',
  );
  return got.compiledMatcher;
}

/** What the background answers to find-names, as a content script would ask (error text when it refuses). */
async function askBackground(browser: ExtensionBrowser): Promise<unknown> {
  const request: FindNamesRequest = { type: 'glossa:find-names', key: '', texts: ['AFRICOM met in Rabat.'], seen: [] };
  return browser.callExtension('runtime.sendMessage', request).catch((e: unknown) => ({ refused: String(e) }));
}

describeInBrowsers(
  'on the page: the page matches by itself when the background cannot',
  (get) => {
    it('this build: the background does not match (else the tests below prove nothing)', async () => {
      const { browser } = get();
      const answer = await askBackground(browser);
      // Rejected, or (Chrome's raw API under the polyfill) the polyfill's rejection record: no matches.
      expect(JSON.stringify(answer)).toMatch(/the background does not match/);
      expect(answer).not.toHaveProperty('matches');
    });

    it('paints the seed article and counts exactly its mentions, a precompiled record being stored', async () => {
      const { browser, server } = get();
      // The background still precompiles the matcher at start (which of the record or its own build
      // the page used is not observable here; the next test takes the record away).
      await expect.poll(() => storedMatcher(browser), { timeout: 15_000 }).toBeDefined();
      const { page, tabId } = await browser.openTab(`${server.origin}/seed-article.html`);
      const before = await page.evaluate(() => document.body.innerHTML);
      const counts = await pageEntities(browser, tabId);
      expectSeedCounts(counts);
      await waitForPaint(page);
      // Claim checks are the background's (background/claim-checks.ts): not asked of the page here.
      const { 'glossa-claim': _claims, ...painted } = await page.evaluate(highlightTexts);
      // First mention of each counted entity, in its category's highlight; the page left as it was.
      expect(Object.values(painted).flat()).toHaveLength(Object.keys(counts).length);
      expect(painted['glossa-underline-organization']).toContain('أفريكوم');
      // The seed's first Langley is written with his rank and nationality, one name as the pack's display name
      // (الجنرال مايكل لانجلي) is with its rank: the whole span is painted.
      expect(painted['glossa-underline-person']).toContain('الجنرال الأميركي مايكل لانجلي');
      expect(painted['glossa-underline-place']).toContain('المغرب');
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);

      // Text added later is read by the page's matcher too (it answers every later batch).
      const langley = counts['michael-langley'] ?? 0;
      await page.evaluate(appendLateParagraph, 'وأكد الجنرال مايكل لانجلي أن مناورات الأسد الإفريقي ستتواصل.');
      const later = await entitiesWhen(browser, tabId, (c) => (c['michael-langley'] ?? 0) > langley);
      expect(later['michael-langley']).toBe(langley + 1);
      expect(later['african-lion']).toBe((counts['african-lion'] ?? 0) + 1);
      await page.close();
    });

    it('builds its own matcher when there is no stored record, with the personal glossary', async () => {
      const { browser, server } = get();
      // Read here, not left from the test above: this test restores it.
      await expect.poll(() => storedMatcher(browser), { timeout: 15_000 }).toBeDefined();
      const stored = await storedMatcher(browser);
      expect(stored?.key).toMatch(/\|none$/);
      const glossary = JSON.parse(
        readFileSync(new URL('../fixtures/glossaries/valid.json', import.meta.url), 'utf8'),
      ) as Pack;
      server.setPage(
        '/fallback-glossary.html',
        '<!doctype html><meta charset="utf-8"><title>Harbour notes</title><article>' +
          '<p>Zephyr Falcon sailed from Cobalt Harbour.</p><p>AFRICOM watched the exercise.</p></article>',
      );
      try {
        await browser.callExtension('storage.local.remove', 'compiledMatcher');
        const seed = await browser.openTab(`${server.origin}/seed-article.html`);
        expectSeedCounts(await pageEntities(browser, seed.tabId));
        await seed.page.close();
        // A glossary written: the background stores a record for it (wait for that, then take it away).
        await browser.callExtension('storage.local.set', {
          glossary: { schemaVersion: 1, pack: glossary },
          glossaryToken: 'e2e-fallback',
        });
        const forGlossary = async () => (await storedMatcher(browser))?.key.endsWith('|none') === false;
        await expect.poll(forGlossary, { timeout: 15_000 }).toBe(true);
        await browser.callExtension('storage.local.remove', 'compiledMatcher');
        const { page, tabId } = await browser.openTab(`${server.origin}/fallback-glossary.html`);
        expect(await pageEntities(browser, tabId)).toEqual({
          'my-zephyr-falcon': 1,
          'my-cobalt-harbour': 1,
          africom: 1,
        });
        await page.close();
        expect(await storedMatcher(browser)).toBeUndefined();
      } finally {
        await browser.callExtension('storage.local.remove', ['glossary', 'glossaryToken']);
        await browser.callExtension('storage.local.set', { compiledMatcher: stored });
      }
    });
  },
  { flavour: 'test-no-find-names' },
);
