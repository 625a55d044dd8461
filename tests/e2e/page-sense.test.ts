/**
 * One sense per page (issue 16), in both browsers: an ambiguous name that its own paragraph does
 * not settle is decided by the whole page (src/text/page-evidence.ts), on the page exactly as the
 * scan CLI decides it for the same HTML; evidence that arrives or leaves later confirms or
 * withdraws the mention, and its highlight with it.
 */
import { expect, it } from 'vitest';
import { articlePage as page, cliView as cli, paintedTexts, paintEveryMention } from './harness/as-the-cli';
import { describeInBrowsers } from './harness/suite';
import { appendLateParagraph, entitiesWhen, highlightTexts, pageEntities, settledAfter } from './harness/page-probes';

// Each paragraph is written so that no word near "Apache" settles it (context rules look 150
// characters either side, within its paragraph, in the CLI as on the page): only the rest of the
// page can. Not even a cue word of the bundled pack's trained weights (checked below: a
// re-training that weighs one of these words fails that check, and the sentences need rewording).
const UNDECIDED = 'Just before sunrise an Apache crossed the ridge above the village, low and loud.';
const QUIET = [
  'Shepherds on the slope told us they had not heard anything like it in decades, and the dogs barked until noon.',
  'At the market the talk was of the price of barley, of the late rains, and of the new road to the coast.',
];
const EVIDENCE =
  'By evening AFRICOM had put out a short note on the drills, which also brought HIMARS crews to the plain.';
const OTHER_SENSE = [
  'The Apache Software Foundation published its yearly report on the projects it hosts.',
  'Volunteers said the Apache web server still runs a large share of sites.',
];

describeInBrowsers('on the page: an ambiguous name decided by the whole page, as the CLI decides it', (get) => {
  paintEveryMention(get);

  it('counts a name settled by evidence paragraphs later, with the counts and painted ranges of the CLI', async () => {
    const { browser, server } = get();
    expect(cli(page(UNDECIDED, ...QUIET)).counts, 'a word near Apache settles it: reword').toEqual({});
    const html = page(UNDECIDED, ...QUIET, EVIDENCE);
    const expected = cli(html);
    expect(expected.counts).toEqual({ 'ah-64-apache': 1, africom: 1, himars: 1 });
    server.setPage('/sense-confirmed.html', html);
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/sense-confirmed.html`);
    await settledAfter(browser, tabId);
    expect(await pageEntities(browser, tabId)).toEqual(expected.counts);
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(expected.texts);
    await tab.close();
  });

  it('paints nothing for a name the page uses in another sense, even on a page about the story', async () => {
    const { browser, server } = get();
    const html = page(OTHER_SENSE[0]!, ...QUIET, OTHER_SENSE[1]!, UNDECIDED, QUIET[0]!, EVIDENCE);
    const expected = cli(html);
    expect(expected.counts).toEqual({ africom: 1, himars: 1 });
    server.setPage('/sense-other.html', html);
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/sense-other.html`);
    await settledAfter(browser, tabId);
    expect(await pageEntities(browser, tabId)).toEqual(expected.counts);
    const painted = paintedTexts(await tab.evaluate(highlightTexts));
    expect(painted).toEqual(expected.texts);
    expect(painted).not.toContain('Apache');
    await tab.close();
  });

  it('leaves the pack’s other-sense phrases unpainted, as the CLI does (the background matches with them)', async () => {
    const { browser, server } = get();
    // AFRICOM alone counts anywhere; inside "Africom Commodities" (an other-sense phrase of the pack) it
    // is the company, and « … en Afrique de l'Est » is another US command than AFRICOM.
    const html = page(
      'Shares of Africom Commodities rose after the harvest report.',
      ...QUIET,
      "Le commandement américain en Afrique de l'Est a aussi participé à la conférence.",
      EVIDENCE,
    );
    const expected = cli(html);
    expect(expected.counts).toEqual({ africom: 1, himars: 1 });
    server.setPage('/sense-phrases.html', html);
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/sense-phrases.html`);
    await settledAfter(browser, tabId);
    expect(await pageEntities(browser, tabId)).toEqual(expected.counts);
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(expected.texts);
    await tab.close();
  });

  it('leaves a headword unpainted on a page that lists its senses, as the CLI does (session 17)', async () => {
    const { browser, server } = get();
    const html = page(
      'Langley (surname)',
      'Langley is an English surname, from the many places called Langley.',
      'Michael Langley (born 1962), commander of AFRICOM from 2022.',
      ...QUIET,
    );
    const expected = cli(html);
    expect(expected.counts).toEqual({ 'michael-langley': 1, africom: 1 });
    server.setPage('/sense-headword.html', html);
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/sense-headword.html`);
    await settledAfter(browser, tabId);
    expect(await pageEntities(browser, tabId)).toEqual(expected.counts);
    const painted = paintedTexts(await tab.evaluate(highlightTexts));
    expect(painted).toEqual(expected.texts);
    expect(painted).not.toContain('Langley');
    await tab.close();
  });

  it('a paragraph appended later confirms the earlier name (painted); removing it withdraws it (unpainted)', async () => {
    const { browser, server } = get();
    // Rabat alone (a general place) does not make the page about the story.
    const start = [UNDECIDED, ...QUIET, 'The bus to Rabat left on time.'];
    server.setPage('/sense-late.html', page(...start));
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/sense-late.html`);
    let generation = (await settledAfter(browser, tabId)).generation;
    expect(await pageEntities(browser, tabId)).toEqual(cli(page(...start)).counts);
    expect(await pageEntities(browser, tabId)).toEqual({ rabat: 1 });
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(['Rabat']);

    await tab.evaluate(appendLateParagraph, EVIDENCE);
    const confirmed = cli(page(...start, EVIDENCE));
    expect(confirmed.counts['ah-64-apache']).toBe(1);
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

describeInBrowsers('on the page: a surname written before the full name (a headline)', (get) => {
  paintEveryMention(get);
  const HEADLINE = 'Langley ends his tour of the south';
  const FULL = 'Gen. Michael Langley thanked the crews before flying back to Stuttgart.';

  it('counts the headline’s surname once the full name is on the page, as the CLI does; not before', async () => {
    const { browser, server } = get();
    const start = [HEADLINE, ...QUIET];
    expect(cli(page(...start)).counts, 'the surname alone must not count').toEqual({});
    server.setPage('/surname-late.html', page(...start));
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/surname-late.html`);
    const { generation } = await settledAfter(browser, tabId);
    expect(await pageEntities(browser, tabId)).toEqual({});

    await tab.evaluate(appendLateParagraph, FULL);
    const confirmed = cli(page(...start, FULL));
    expect(confirmed.counts['michael-langley']).toBe(2);
    expect(await entitiesWhen(browser, tabId, (c) => c['michael-langley'] === 2)).toEqual(confirmed.counts);
    await settledAfter(browser, tabId, generation);
    const painted = paintedTexts(await tab.evaluate(highlightTexts));
    expect(painted).toEqual(confirmed.texts);
    expect(painted).toContain('Langley');
    await tab.close();
  });
});
