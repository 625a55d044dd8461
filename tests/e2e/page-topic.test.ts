/**
 * A page's topic words (issue 16, src/text/topic-words.ts), in both browsers: an ambiguous name its
 * own paragraph does not settle counts when another paragraph holds its rule's words, with no other
 * name of the story on the page; on the page exactly as the scan CLI decides it, and withdrawn when
 * that paragraph leaves (its block's aggregate goes with it).
 */
import { expect, it } from 'vitest';
import { articlePage as page, cliView as cli, paintedTexts, paintEveryMention } from './harness/as-the-cli';
import { describeInBrowsers } from './harness/suite';
import { appendLateParagraph, entitiesWhen, highlightTexts, pageEntities, settledAfter } from './harness/page-probes';

// As in page-sense.test.ts: nothing near "Apache" settles it (checked below through the CLI).
const UNDECIDED = 'Just before sunrise an Apache crossed the ridge above the village, low and loud.';
const QUIET = [
  'Shepherds on the slope told us they had not heard anything like it in decades, and the dogs barked until noon.',
  'At the market the talk was of the price of barley, of the late rains, and of the new road to the coast.',
];
// No name of any entity: only words of the Apache rule (pilots, helicopter, aircraft).
const TOPIC = 'The pilots said the helicopter crews had trained for weeks on the new aircraft.';

describeInBrowsers("on the page: a name settled by its rule's words paragraphs away, as the CLI does", (get) => {
  paintEveryMention(get);

  it('counts the name with the counts and painted ranges of the CLI', async () => {
    const { browser, server } = get();
    expect(cli(page(UNDECIDED, ...QUIET)).counts, 'a word near Apache settles it: reword').toEqual({});
    expect(cli(page(TOPIC)).counts, 'the topic paragraph names an entity: reword').toEqual({});
    const html = page(TOPIC, ...QUIET, UNDECIDED);
    const expected = cli(html);
    expect(expected.counts).toEqual({ 'ah-64-apache': 1 });
    server.setPage('/topic-confirmed.html', html);
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/topic-confirmed.html`);
    await settledAfter(browser, tabId);
    expect(await pageEntities(browser, tabId)).toEqual(expected.counts);
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(expected.texts);
    await tab.close();
  });

  it('a paragraph of its words appended later confirms the name; removing it withdraws it', async () => {
    const { browser, server } = get();
    const start = [UNDECIDED, ...QUIET, 'The bus to Rabat left on time.'];
    server.setPage('/topic-late.html', page(...start));
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/topic-late.html`);
    let generation = (await settledAfter(browser, tabId)).generation;
    expect(await pageEntities(browser, tabId)).toEqual({ rabat: 1 });

    await tab.evaluate(appendLateParagraph, TOPIC);
    const confirmed = cli(page(...start, TOPIC));
    expect(confirmed.counts).toEqual({ 'ah-64-apache': 1, rabat: 1 });
    expect(await entitiesWhen(browser, tabId, (c) => c['ah-64-apache'] === 1)).toEqual(confirmed.counts);
    generation = (await settledAfter(browser, tabId, generation)).generation;
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(confirmed.texts);

    await tab.evaluate(() => document.getElementById('late')!.remove());
    expect(await entitiesWhen(browser, tabId, (c) => !('ah-64-apache' in c))).toEqual({ rabat: 1 });
    await settledAfter(browser, tabId, generation);
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(['Rabat']);
    await tab.close();
  });
});
