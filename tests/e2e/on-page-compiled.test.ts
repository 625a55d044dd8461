import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import bundledPack from '../../src/pack/bundled-pack.json';
import { COMPILED_MATCHER_FORMAT, matcherKey } from '../../src/shared/compiled-matcher-record';
import type { FindNamesRequest, FindNamesResponse } from '../../src/shared/messages';
import type { Pack } from '../../src/text/pack-types';
import { decidePage } from '../../src/text/page-evidence';
import type { ExtensionBrowser } from './harness/browsers';
import { expectSeedCounts } from './harness/seed-counts';
import { describeInBrowsers } from './harness/suite';
import { pageEntities } from './harness/page-probes';

interface Stored {
  format: number;
  key: string;
  data: string;
}

async function storedMatcher(browser: ExtensionBrowser): Promise<Stored | undefined> {
  return (await browser.callExtension<Record<string, Stored | undefined>>('storage.local.get', 'compiledMatcher'))
    .compiledMatcher;
}

async function seedCounts(browser: ExtensionBrowser, origin: string): Promise<void> {
  const { page, tabId } = await browser.openTab(`${origin}/seed-article.html`);
  expectSeedCounts(await pageEntities(browser, tabId));
  await page.close();
}

describeInBrowsers('on the page: precompiled matcher from the background', (get) => {
  it('is stored at start, gives exact counts, and a corrupted one falls back to exact counts', async () => {
    const { browser, server } = get();
    // 1. The background stores it after install (asynchronously: wait for it).
    let stored: Stored | undefined;
    for (const deadline = Date.now() + 15_000; !stored && Date.now() < deadline;) {
      stored = await storedMatcher(browser);
      if (!stored) await new Promise((r) => setTimeout(r, 100));
    }
    expect(stored).toBeDefined();
    const version = (await browser.callExtension<{ version: string }>('runtime.getManifest')).version;
    expect(stored!.format).toBe(COMPILED_MATCHER_FORMAT);
    expect(stored!.key).toBe(`${COMPILED_MATCHER_FORMAT}|${version}|${bundledPack.id}@${bundledPack.version}|none`);
    expect(Buffer.from(stored!.data, 'base64').length).toBeGreaterThan(50_000);

    // 2. The seed page, with the stored matcher in place.
    await seedCounts(browser, server.origin);

    // 3. Damaged record (garbage base64, wrong key), and a right key with garbage data: still exact.
    await browser.callExtension('storage.local.set', {
      compiledMatcher: { format: COMPILED_MATCHER_FORMAT, key: 'wrong-key', data: '@@@ not base64 @@@' },
    });
    await seedCounts(browser, server.origin);
    await browser.callExtension('storage.local.set', {
      compiledMatcher: { ...stored!, data: Buffer.from('not a matcher').toString('base64') },
    });
    await seedCounts(browser, server.origin);
    await browser.callExtension('storage.local.set', { compiledMatcher: stored });
  });
});

describeInBrowsers('on the page: names found by the background (glossa:find-names)', (get) => {
  it('matches the texts the scanner sends with the newest glossary, whatever key the page names', async () => {
    const { browser } = get();
    const version = (await browser.callExtension<{ version: string }>('runtime.getManifest')).version;
    const ask = (key: string, texts: string[], seen: string[] = []) =>
      browser.callExtension<FindNamesResponse>('runtime.sendMessage', {
        type: 'glossa:find-names',
        key,
        texts,
        seen,
      } satisfies FindNamesRequest);
    const ids = (r: FindNamesResponse): string[] => [...new Set(r.matches.flat().map((m) => m.entityId))].sort();
    const none = matcherKey(version, bundledPack, null);

    // The seed article, sent paragraph by paragraph as the scanner sends runs: exact counts, and
    // offsets that point at the text each match names.
    const paragraphs = readFileSync(new URL('../fixtures/seed/article.ar.txt', import.meta.url), 'utf8').split(/\n+/);
    const answer = await ask(none, paragraphs);
    expect(answer.matches).toHaveLength(paragraphs.length);
    const counts: Record<string, number> = {};
    answer.matches.forEach((list, i) => {
      for (const m of list) expect(paragraphs[i]!.slice(m.start, m.end)).toBe(m.text);
    });
    // Ambiguous names are decided over the whole page, as the page's scanner does (text/page-evidence.ts).
    for (const m of decidePage(answer.matches.flat(), (x, entityId) => ({ ...x, entityId })))
      counts[m.entityId] = (counts[m.entityId] ?? 0) + 1;
    expectSeedCounts(counts);
    // The coreference state travels with the request: a surname alone counts once the full name was
    // seen; before it, it is a late match that the page decides (text/page-evidence.ts).
    const senses = (r: FindNamesResponse) => r.matches.flat().map((m) => [m.entityId, m.sense]);
    expect(senses(await ask(none, ['Langley spoke.']))).toEqual([['michael-langley', 'late']]);
    expect(senses(await ask(none, ['Langley spoke.'], ['michael-langley']))).toEqual([['michael-langley', 'after']]);

    // A glossary written since the background loaded its matcher: the page's new key makes it reload.
    const glossary = JSON.parse(
      readFileSync(new URL('../fixtures/glossaries/valid.json', import.meta.url), 'utf8'),
    ) as Pack;
    const text = ['Zephyr Falcon sailed to Cobalt Harbour and met AFRICOM.'];
    expect(ids(await ask(none, text))).toEqual(['africom']);
    await browser.callExtension('storage.local.set', {
      glossary: { schemaVersion: 1, pack: glossary },
      glossaryToken: 'e2e-find-names',
    });
    try {
      expect(ids(await ask(matcherKey(version, bundledPack, glossary), text))).toEqual([
        'africom',
        'my-cobalt-harbour',
        'my-zephyr-falcon',
      ]);
      // A page still on the old key gets the newest glossary too (its change event makes it rescan).
      expect(ids(await ask(none, text))).toEqual(['africom', 'my-cobalt-harbour', 'my-zephyr-falcon']);
    } finally {
      await browser.callExtension('storage.local.remove', ['glossary', 'glossaryToken']);
    }
    expect(ids(await ask(none, text))).toEqual(['africom']);
  });
});
