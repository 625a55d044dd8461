import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import bundledPack from '../../src/pack/bundled-pack.json';
import { COMPILED_MATCHER_FORMAT } from '../../src/shared/matcher-key';
import type { ExtensionBrowser } from './harness/browsers';
import { describeInBrowsers } from './harness/suite';
import { pageEntities } from './harness/page-probes';

const expected = JSON.parse(readFileSync(new URL('../fixtures/seed/expected.json', import.meta.url), 'utf8')) as {
  mentions: Record<string, number>;
  not_checked: Record<string, string>;
};
const optional = new Set(Object.keys(expected.not_checked).flatMap((k) => k.split(/\s*[/,]\s*/)));

interface Stored { format: number; key: string; data: string }

async function storedMatcher(browser: ExtensionBrowser): Promise<Stored | undefined> {
  return (await browser.callExtension<Record<string, Stored | undefined>>('storage.local.get', 'compiledMatcher')).compiledMatcher;
}

async function seedCounts(browser: ExtensionBrowser, origin: string): Promise<void> {
  const { page, tabId } = await browser.openTab(`${origin}/seed-article.html`);
  const counts = await pageEntities(browser, tabId);
  const required = Object.fromEntries(Object.entries(counts).filter(([id]) => id in expected.mentions));
  expect(required).toEqual(expected.mentions);
  expect(Object.keys(counts).filter((id) => !(id in expected.mentions) && !optional.has(id))).toEqual([]);
  await page.close();
}

describeInBrowsers('on the page: precompiled matcher from the background', (get) => {
  it('is stored at start, gives exact counts, and a corrupted one falls back to exact counts', async () => {
    const { browser, server } = get();
    // 1. The background stores it after install (asynchronously: wait for it).
    let stored: Stored | undefined;
    for (const deadline = Date.now() + 15_000; !stored && Date.now() < deadline; ) {
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
    await browser.callExtension('storage.local.set', { compiledMatcher: { format: COMPILED_MATCHER_FORMAT, key: 'wrong-key', data: '@@@ not base64 @@@' } });
    await seedCounts(browser, server.origin);
    await browser.callExtension('storage.local.set', { compiledMatcher: { ...stored!, data: Buffer.from('not a matcher').toString('base64') } });
    await seedCounts(browser, server.origin);
    await browser.callExtension('storage.local.set', { compiledMatcher: stored });
  });
});
