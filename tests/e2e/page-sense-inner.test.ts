/**
 * Names inside a longer ambiguous name, in both browsers: while the page withdraws the longer
 * name (its paragraph does not settle it and the page is not about the story), the name inside it
 * counts and is painted; evidence appended later confirms the longer name, which then counts alone.
 * Always as the scan CLI decides the same HTML (src/text/matcher.ts: Match.within).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scanFiles } from '../../src/cli/scan-core';
import { validatePack } from '../../src/text/validate-pack';
import { describeInBrowsers } from './harness/suite';
import { entitiesWhen, highlightTexts, pageEntities, settledAfter } from './harness/page-probes';

const validated = validatePack(
  JSON.parse(readFileSync(new URL('../../src/pack/bundled-pack.json', import.meta.url), 'utf8')),
);
if (!validated.ok) throw new Error(validated.errors.join('\n'));
const pack = validated.pack;

function cli(html: string): { counts: Record<string, number>; texts: string[] } {
  const [report] = scanFiles([pack], [{ file: 'page.html', content: html }]);
  return {
    counts: Object.fromEntries(report!.entities.map((e) => [e.id, e.count])),
    texts: report!.entities.flatMap((e) => e.matches.map((m) => m.text)).sort(),
  };
}

function paintedTexts(h: Record<string, string[]>): string[] {
  return Object.entries(h)
    .filter(([name]) => name !== 'glossa-focus' && name !== 'glossa-claim')
    .flatMap(([, texts]) => texts)
    .sort();
}

const page = (...paragraphs: string[]): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body><article>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('\n')}</article></body></html>`;

const LONG = 'recognition of Moroccan sovereignty over Western Sahara';
// No word near the long name settles it (checked below against the CLI).
const INNER = `Analysts in Madrid still argue over what a ${LONG} would change for the region.`;
const QUIET = 'At the market the talk was of the price of barley, of the late rains, and of the new road to the coast.';
const EVIDENCE =
  'By evening AFRICOM had put out a short note on the drills, which also brought HIMARS crews to the plain.';

describeInBrowsers('on the page: the names inside a longer name the page withdraws', (get) => {
  let saved: Record<string, unknown> | undefined;
  beforeAll(async () => {
    const { browser } = get();
    const stored = await browser.callExtension<Record<string, unknown>>('storage.sync.get', 'settings');
    saved = stored.settings as Record<string, unknown> | undefined;
    await browser.callExtension('storage.sync.set', {
      settings: { ...(saved ?? {}), schemaVersion: 1, enabled: true, paintAll: true },
    });
  });
  afterAll(async () => {
    const { browser } = get();
    if (saved === undefined) await browser.callExtension('storage.sync.remove', 'settings');
    else await browser.callExtension('storage.sync.set', { settings: saved });
  });

  it('paints the inner name while the longer one is withdrawn, and the longer one once evidence arrives', async () => {
    const { browser, server } = get();
    const start = cli(page(INNER, QUIET));
    expect(start.counts, 'a word near the long name settles it: reword').toEqual({ 'western-sahara': 1 });
    server.setPage('/sense-inner.html', page(INNER, QUIET));
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/sense-inner.html`);
    let generation = (await settledAfter(browser, tabId)).generation;
    expect(await pageEntities(browser, tabId)).toEqual(start.counts);
    expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(start.texts);

    await tab.evaluate((text) => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = text;
      document.querySelector('article')!.append(p);
    }, EVIDENCE);
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
