/**
 * The prefilter: a page whose text holds no name is only watched (the engine is not loaded), and
 * a name that appears later, in any way text can change, is found. A prefilter that does not fit
 * (damaged, or built for another glossary) is not used.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PREFILTER_FORMAT } from '../../src/text/prefilter';
import type { ExtensionBrowser } from './harness/browsers';
import { entitiesWhen, pageEntities } from './harness/page-probes';
import { describeInBrowsers } from './harness/suite';

interface StoredPrefilter { format: number; version: string; token: string | null; spec: { parts: { source: string; needs: string | null }[] } }

const QUIET = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Market notes</title></head><body>
<h1>Autumn market notes</h1>
<p id="plain">Prices of wheat and olive oil rose again this week.</p>
<p id="split">The commander of Afri</p>
<div id="join">Afri<div id="between">x</div>COM</div>
<div id="host"></div>
<form id="form"><input name="hasAttribute"><button type="button" name="parentNode">Send</button></form>
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
  // A form's named controls hide the DOM's own properties (form.hasAttribute, form.parentNode).
  ['text added to a form whose controls hide DOM properties', 'wagner-group', () => document.getElementById('form')!.append('The Wagner Group.')],
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

  it('checks a long page in batches that end only where a block starts, so no name is cut in two', async () => {
    const { browser, server } = get();
    await storedPrefilter(browser);
    // The text before "Afri" is 4 characters short of the first batch (4 Ki): a batch sent as soon
    // as it is full would end between "Afri" and "COM"; it may only end at the next block.
    const filler = 'Prices of wheat rose. '.repeat(4000).slice(0, 4_096 - 4);
    const quietTail = '<p>Nothing here either.</p>'.repeat(3000);
    server.setPage('/long-split.html', `<!doctype html><html><head><title>t</title></head><body><p>${filler}</p><p>Afri<b>COM</b> here</p>${quietTail}</body></html>`);
    // Many batches of nothing, then a name in the last block.
    server.setPage('/long-late.html', `<!doctype html><html><head><title>t</title></head><body>${quietTail.repeat(4)}<p>The <i>Sahel</i>.</p></body></html>`);
    for (const [url, id] of [['/long-split.html', 'africom'], ['/long-late.html', 'sahel']] as const) {
      const { page, tabId } = await browser.openTab(`${server.origin}${url}`);
      expect(await entitiesWhen(browser, tabId, (c) => id in c, 10_000), url).toEqual({ [id]: 1 });
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
      const never = { ...stored, spec: { ...stored.spec, parts: [{ source: 'q{50}', needs: null }] } };
      await browser.callExtension('storage.local.set', { prefilter: never });
      expect(await seedCount()).toBe(0);
      // The same, built under another glossary token: ignored, the engine reads the page.
      await browser.callExtension('storage.local.set', { prefilter: { ...never, token: 'another glossary' } });
      expect(await seedCount()).toBe(full);
      // Damaged: an invalid regular expression, then the wrong shape.
      await browser.callExtension('storage.local.set', { prefilter: { ...stored, spec: { ...stored.spec, parts: [{ source: '(', needs: null }] } } });
      expect(await seedCount()).toBe(full);
      await browser.callExtension('storage.local.set', { prefilter: { format: PREFILTER_FORMAT, version: stored.version, token: null, spec: 'garbage' } });
      expect(await seedCount()).toBe(full);
    } finally {
      await browser.callExtension('storage.local.set', { prefilter: stored });
    }
  });

  it("after a glossary import: a watched page finds the new names, and the prefilter is rebuilt to include them", async () => {
    const { browser, server } = get();
    const before = await storedPrefilter(browser);
    server.setPage('/quiet-glossary.html', QUIET.replace('olive oil', 'olive oil shipped from Cobalt Harbour'));
    const { page, tabId } = await browser.openTab(`${server.origin}/quiet-glossary.html`);
    expect(await pageEntities(browser, tabId)).toEqual({});
    const options = await browser.openExtensionPage('options.html');
    try {
      await options.waitFor(() => !!document.getElementById('import-file'));
      await options.setInputFiles('#import-file', [{ name: 'glossary.json', content: readFileSync(new URL('../fixtures/glossaries/valid.json', import.meta.url)), mimeType: 'application/json' }]);
      // The watched page: the glossary change makes the engine read it.
      expect(await entitiesWhen(browser, tabId, (c) => 'my-cobalt-harbour' in c, 10_000)).toEqual({ 'my-cobalt-harbour': 1 });
      // The background rebuilds the prefilter under the glossary's new token...
      const token = await (async () => {
        for (const deadline = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 100))) {
          const got = await browser.callExtension<{ prefilter?: StoredPrefilter; glossaryToken?: string }>('storage.local.get', ['prefilter', 'glossaryToken']);
          if (got.glossaryToken && got.prefilter?.token === got.glossaryToken) return got.glossaryToken;
          if (Date.now() > deadline) throw new Error(`prefilter not rebuilt: ${JSON.stringify({ token: got.glossaryToken, built: got.prefilter?.token })}`);
        }
      })();
      expect(token).not.toBe(before.token);
      // ...and a page opened now passes it (it would stay watched if the new names were missing).
      const fresh = await browser.openTab(`${server.origin}/quiet-glossary.html`);
      expect(await pageEntities(browser, fresh.tabId)).toEqual({ 'my-cobalt-harbour': 1 });
      await fresh.page.close();
    } finally {
      await page.close();
      await options.close();
      await browser.callExtension('storage.local.remove', 'glossary');
    }
  });
});
