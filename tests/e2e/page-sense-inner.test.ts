/**
 * Names inside a longer ambiguous name, in both browsers: while the page withdraws the longer
 * name (its paragraph does not settle it and the page is not about the story), the name inside it
 * counts and is painted; evidence appended later confirms the longer name, which then counts alone.
 * Always as the scan CLI decides the same HTML (src/text/matcher.ts: Match.within).
 */
import { expect, it } from 'vitest';
import { articlePage as page, cliView as cli, paintedTexts, paintEveryMention } from './harness/as-the-cli';
import { describeInBrowsers } from './harness/suite';
import { appendLateParagraph, entitiesWhen, highlightTexts, pageEntities, settledAfter } from './harness/page-probes';

const LONG = 'recognition of Moroccan sovereignty over Western Sahara';
// No word near the long name settles it (checked below against the CLI).
const INNER = `Analysts in Madrid still argue over what a ${LONG} would change for the region.`;
const QUIET = 'At the market the talk was of the price of barley, of the late rains, and of the new road to the coast.';
const EVIDENCE =
  'By evening AFRICOM had put out a short note on the drills, which also brought HIMARS crews to the plain.';

describeInBrowsers('on the page: the names inside a longer name the page withdraws', (get) => {
  paintEveryMention(get);

  it('paints the inner name while the longer one is withdrawn, and the longer one once evidence arrives', async () => {
    const { browser, server } = get();
    const start = cli(page(INNER, QUIET));
    expect(start.counts, 'a word near the long name settles it: reword').toEqual({ 'western-sahara': 1 });
    server.setPage('/sense-inner.html', page(INNER, QUIET));
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/sense-inner.html`);
    let generation = (await settledAfter(browser, tabId)).generation;
    expect(await pageEntities(browser, tabId)).toEqual(start.counts);
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(start.texts);

    await tab.evaluate(appendLateParagraph, EVIDENCE);
    const confirmed = cli(page(INNER, QUIET, EVIDENCE));
    expect(confirmed.counts).toEqual({ 'us-recognition-western-sahara': 1, africom: 1, himars: 1 });
    expect(
      await entitiesWhen(browser, tabId, (c) => c['us-recognition-western-sahara'] === 1 && !('western-sahara' in c)),
    ).toEqual(confirmed.counts);
    generation = (await settledAfter(browser, tabId, generation)).generation;
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(confirmed.texts);

    await tab.evaluate(() => document.getElementById('late')!.remove());
    expect(await entitiesWhen(browser, tabId, (c) => 'western-sahara' in c)).toEqual(start.counts);
    await settledAfter(browser, tabId, generation);
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(start.texts);
    await tab.close();
  });
});
