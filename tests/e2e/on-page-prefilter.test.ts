/**
 * The prefilter: a page whose text holds no name is only watched (the engine is not loaded), and
 * a name that appears later, in any way text can change, is found. A prefilter that does not fit
 * (damaged, or built for another glossary) is not used.
 */
import { expect, it } from 'vitest';
import { PREFILTER_FORMAT } from '../../src/text/prefilter';
import type { ExtensionBrowser } from './harness/browsers';
import { entitiesWhen, pageEntities } from './harness/page-probes';
import { describeInBrowsers } from './harness/suite';

interface StoredPrefilter { format: number; version: string; token: string | null; spec: { pattern: string } }

const QUIET = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Market notes</title></head><body>
<h1>Autumn market notes</h1>
<p id="plain">Prices of wheat and olive oil rose again this week.</p>
<p id="split">The commander of Afri</p>
<div id="join">Afri<div id="between">x</div>COM</div>
<div id="host"></div>
<script>
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  root.innerHTML = '<p>Inside a component: nothing to see.</p>';
</script>
</body></html>`;

async function storedPrefilter(browser: ExtensionBrowser): Promise<StoredPrefilter> {
  // The background builds it after install, asynchronously: wait for it.
  for (const deadline = Date.now() + 20_000; ; ) {
    const got = (await browser.callExtension<Record<string, StoredPrefilter | undefined>>('storage.local.get', 'prefilter')).prefilter;
    if (got) return got;
    if (Date.now() > deadline) throw new Error('no prefilter stored');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Each change that can make a name appear, applied to a page that had none. */
const CHANGES: [string, string, () => void][] = [
  ['an appended paragraph', 'himars', () => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Rockets: HIMARS.' }))],
  ['text appended next to existing text', 'africom', () => document.getElementById('split')!.append('COM')],
  ['an edited text node', 'morocco', () => void ((document.getElementById('plain')!.firstChild as Text).data += ' in Morocco')],
  ['a removal that joins two pieces', 'africom', () => document.getElementById('between')!.remove()],
  ['text added in an open shadow root', 'sahel', () => document.getElementById('host')!.shadowRoot!.querySelector('p')!.append(' The Sahel.')],
];

describeInBrowsers('on the page: the prefilter', (get) => {
  it('watches a page with no name, and finds a name however it appears later', async () => {
    const { browser, server } = get();
    const stored = await storedPrefilter(browser);
    expect(stored.format).toBe(PREFILTER_FORMAT);
    expect(stored.version).toBe((await browser.callExtension<{ version: string }>('runtime.getManifest')).version);
    server.setPage('/quiet.html', QUIET);
    for (const [what, id, change] of CHANGES) {
      const { page, tabId } = await browser.openTab(`${server.origin}/quiet.html`);
      expect(await pageEntities(browser, tabId), what).toEqual({});
      await page.evaluate(change);
      const counts = await entitiesWhen(browser, tabId, (c) => id in c, 5_000);
      expect(counts, what).toEqual({ [id]: 1 });
      await page.close();
    }
  });

  it('is used only when it fits: a damaged one or one built for another glossary is ignored', async () => {
    const { browser, server } = get();
    const stored = await storedPrefilter(browser);
    const seedCount = async (): Promise<number> => {
      const { page, tabId } = await browser.openTab(`${server.origin}/seed-article.html`);
      const n = Object.keys(await pageEntities(browser, tabId)).length;
      await page.close();
      return n;
    };
    const full = await seedCount();
    expect(full).toBeGreaterThan(5);
    try {
      // A prefilter that fits and matches nothing: the page is only watched (this is the gate at work).
      const never = { ...stored, spec: { ...stored.spec, pattern: 'q{50}' } };
      await browser.callExtension('storage.local.set', { prefilter: never });
      expect(await seedCount()).toBe(0);
      // The same, built under another glossary token: ignored, the engine reads the page.
      await browser.callExtension('storage.local.set', { prefilter: { ...never, token: 'another glossary' } });
      expect(await seedCount()).toBe(full);
      // Damaged: an invalid regular expression, then the wrong shape.
      await browser.callExtension('storage.local.set', { prefilter: { ...stored, spec: { ...stored.spec, pattern: '(' } } });
      expect(await seedCount()).toBe(full);
      await browser.callExtension('storage.local.set', { prefilter: { format: PREFILTER_FORMAT, version: stored.version, token: null, spec: 'garbage' } });
      expect(await seedCount()).toBe(full);
    } finally {
      await browser.callExtension('storage.local.set', { prefilter: stored });
    }
  });

  it("finds a new glossary's names on a page it was only watching", async () => {
    const { browser, server } = get();
    await storedPrefilter(browser);
    server.setPage('/quiet-glossary.html', QUIET.replace('olive oil', 'olive oil shipped from Cobalt Harbour'));
    const { page, tabId } = await browser.openTab(`${server.origin}/quiet-glossary.html`);
    expect(await pageEntities(browser, tabId)).toEqual({});
    const glossary = {
      id: 'test-glossary', version: '1', title: 'Test', updated: '2025-03-01',
      entities: [{ id: 'my-cobalt-harbour', category: 'place', names: { en: 'Cobalt Harbour' }, aliases: { en: ['Cobalt Harbour'] }, summary: { en: 'A made-up port.' }, facts: [] }],
    };
    try {
      await browser.callExtension('storage.local.set', { glossary: { schemaVersion: 1, pack: glossary }, glossaryToken: 'test-token' });
      expect(await entitiesWhen(browser, tabId, (c) => 'my-cobalt-harbour' in c)).toEqual({ 'my-cobalt-harbour': 1 });
    } finally {
      await page.close();
      await browser.callExtension('storage.local.remove', ['glossary', 'glossaryToken']);
    }
  });
});
