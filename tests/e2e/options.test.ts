import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { ExtensionBrowser, TestPage } from './harness/browsers';
import { describeInBrowsers } from './harness/suite';
import { entitiesWhen, settledAfter } from './harness/page-probes';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/glossaries/${name}`, import.meta.url), 'utf8');

function paintedRanges(): number {
  let n = 0;
  for (const h of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()) n += h.size;
  return n;
}

async function reset(browser: ExtensionBrowser) {
  await browser.callExtension('storage.sync.clear');
  await browser.callExtension('storage.local.clear');
}

async function openOptions(browser: ExtensionBrowser, hash = ''): Promise<TestPage> {
  const page = await browser.openExtensionPage(`options.html${hash}`);
  await page.waitFor(() => !!document.getElementById('add-term') || !!document.getElementById('entity-form'));
  return page;
}

async function storedGlossary(browser: ExtensionBrowser): Promise<unknown> {
  return (await browser.callExtension<Record<string, unknown>>('storage.local.get', 'glossary')).glossary ?? null;
}

async function setValue(page: TestPage, selector: string, value: string) {
  await page.evaluate(
    ([sel, v]: [string, string]) => {
      const el = document.querySelector(sel) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      const proto = Object.getPrototypeOf(el) as object;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, v);
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    },
    [selector, value] as [string, string],
  );
}

async function importFile(page: TestPage, name: string, content: string | Buffer) {
  await page.setInputFiles('#import-file', [{ name, content, mimeType: 'application/json' }]);
}

describeInBrowsers('options page', (get) => {
  it('a personal term added in options is highlighted on an open page without reload', async () => {
    const { browser, server } = get();
    await reset(browser);
    server.setPage(
      '/personal.html',
      '<!doctype html><html lang="en"><head><title>Exercise news</title></head><body><p>Troops gathered for Zephyr Falcon near the coast. Zephyr Falcon ends in May.</p></body></html>',
    );
    const { page, tabId } = await browser.openTab(`${server.origin}/personal.html`);
    // The page has been read (a name would be painted by now): nothing there yet.
    expect(await settledAfter(browser, tabId)).toMatchObject({ enabled: true, settled: true });
    expect(await page.evaluate(paintedRanges)).toBe(0);

    const options = await openOptions(browser);
    await options.clickOn('#add-term');
    await options.waitFor(() => !!document.getElementById('entity-form'));
    // Focus moves into the form once it has rendered.
    expect(
      await options.waitFor((id: string) => (document.activeElement?.id === id ? id : null), 'f-category', 5_000),
    ).toBe('f-category');
    // Validation: saving an empty form shows the problems and changes nothing.
    await options.clickOn('#entity-save');
    await options.waitFor(() => !!document.getElementById('form-errors'));
    expect(await storedGlossary(browser)).toBeNull();
    await setValue(options, '#f-category', 'exercise');
    await setValue(options, '#f-names-en', 'Zephyr Falcon');
    await setValue(options, '#f-summary-en', 'A made-up exercise.');
    await options.clickOn('#add-fact');
    await setValue(options, '#f-fact-0-date', '2025-05');
    await setValue(options, '#f-fact-0-text-en', 'Held in May.');
    await setValue(options, '#f-fact-0-url', 'javascript:alert(1)');
    await options.clickOn('#entity-save');
    await options.waitFor(() => document.getElementById('f-fact-0-url')?.getAttribute('aria-invalid') === 'true');
    expect(await storedGlossary(browser)).toBeNull();
    await setValue(options, '#f-fact-0-url', 'https://example.org/zephyr');
    await options.clickOn('#entity-save');
    await options.waitFor(() => !!document.querySelector('#glossary-list li[data-entity="my-zephyr-falcon"]'));

    expect(
      await page.waitFor(
        () => {
          let n = 0;
          for (const h of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values())
            n += h.size;
          return n > 0;
        },
        undefined,
        15_000,
      ),
    ).toBe(true);
    expect((await entitiesWhen(browser, tabId, (c) => 'my-zephyr-falcon' in c, 10_000))['my-zephyr-falcon']).toBe(2);
    await options.close();
    await page.close();
  });

  it('refuses malformed imports with a message and leaves the glossary unchanged', async () => {
    const { browser } = get();
    await reset(browser);
    const options = await openOptions(browser);
    await importFile(options, 'valid.json', fixture('valid.json'));
    await options.waitFor(() => !!document.getElementById('import-result'));
    const before = await storedGlossary(browser);
    expect((before as { pack: { entities: unknown[] } }).pack.entities).toHaveLength(2);

    const huge = `{"id":"huge","version":"1","title":"t","updated":"2025-01-01","entities":[],"pad":"${'x'.repeat(20 * 1024 * 1024)}"}`;
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['invalid-json.json', fixture('invalid-json.json'), /not valid JSON/],
      ['wrong-types.json', fixture('wrong-types.json'), /entities\[0\]\.category/],
      ['huge.json', huge, /larger than the 5 MB limit/],
      ['proto-keys.json', fixture('proto-keys.json'), /__proto__.*not allowed/],
      ['javascript-source.json', fixture('javascript-source.json'), /sources\[0\]\.url: not an http\(s\) URL/],
      ['bundled-clash.json', fixture('bundled-clash.json'), /"africom" is already an entity of the bundled pack/],
    ];
    for (const [name, content, message] of cases) {
      await importFile(options, name, content);
      const text = await options.waitFor(
        (n: string) => {
          const box = document.getElementById('import-errors');
          return box && box.textContent!.includes(n) ? box.textContent : null;
        },
        name,
        20_000,
      );
      expect(text, name).toMatch(message);
      // Focus moves to the problems once they have rendered.
      expect(
        await options.waitFor((id: string) => (document.activeElement?.id === id ? id : null), 'import-errors', 5_000),
      ).toBe('import-errors');
      expect(await storedGlossary(browser), name).toEqual(before);
      expect(await options.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    }
    // Wrong types: every problem is listed with its location.
    await importFile(options, 'wrong-types.json', fixture('wrong-types.json'));
    const items = await options.waitFor(() => {
      const list = [...document.querySelectorAll('#import-errors li')].map((li) => li.textContent ?? '');
      return list.some((l) => l.startsWith('entities[0].category')) ? list : null;
    });
    for (const path of [
      'version',
      'title',
      'updated',
      'entities[0].id',
      'entities[0].category',
      'entities[0].names',
      'entities[0].aliases.en',
      'entities[0].facts',
    ]) {
      expect(
        items!.some((l) => l.startsWith(`${path}:`)),
        path,
      ).toBe(true);
    }
    await options.close();
  });

  it('import merges or replaces, and export downloads exactly what import accepts', async () => {
    const { browser } = get();
    await reset(browser);
    const options = await openOptions(browser);
    await importFile(options, 'valid.json', fixture('valid.json'));
    await options.waitFor(() => document.querySelectorAll('#glossary-list li').length === 2);
    const one = JSON.parse(fixture('valid.json'));
    one.entities = [
      { ...one.entities[0], category: 'place' },
      { ...one.entities[1], id: 'my-third' },
    ];
    one.entities.splice(0, 1);
    await importFile(options, 'more.json', JSON.stringify(one));
    await options.waitFor(() => document.querySelectorAll('#glossary-list li').length === 3);
    await options.clickOn('#import-replace');
    await importFile(options, 'more.json', JSON.stringify(one));
    await options.waitFor(() => document.querySelectorAll('#glossary-list li').length === 1);
    expect(await options.evaluate(() => document.querySelector('#glossary-list li')?.getAttribute('data-entity'))).toBe(
      'my-third',
    );

    await options.evaluate(() => {
      const w = window as unknown as { __blobs: Blob[] };
      w.__blobs = [];
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => {
        w.__blobs.push(b as Blob);
        return original(b);
      };
    });
    await options.clickOn('#export-glossary');
    const exported = await options.waitFor(async () => {
      const b = (window as unknown as { __blobs: Blob[] }).__blobs[0];
      return b ? b.text() : null;
    });
    const stored = (await storedGlossary(browser)) as { pack: unknown };
    expect(JSON.parse(exported!)).toEqual(stored.pack);
    // Re-importing the export (replace) leaves the glossary as it was.
    await importFile(options, 'export.json', exported!);
    await options.waitFor(() => (document.getElementById('import-result')?.textContent ?? '').includes('export.json'));
    expect(((await storedGlossary(browser)) as { pack: { entities: unknown } }).pack.entities).toEqual(
      (stored.pack as { entities: unknown }).entities,
    );
    await options.close();
  });

  it("edits and deletes personal terms, and two open options pages keep each other's edits", async () => {
    const { browser } = get();
    await reset(browser);
    const a = await openOptions(browser);
    await importFile(a, 'valid.json', fixture('valid.json'));
    await a.waitFor(() => document.querySelectorAll('#glossary-list li').length === 2);
    const b = await openOptions(browser);
    await b.waitFor(() => document.querySelectorAll('#glossary-list li').length === 2);
    // Page A edits one entity while page B deletes the other.
    await a.clickOn('#glossary-list li[data-entity="my-zephyr-falcon"] button.edit');
    await a.waitFor(() => !!document.getElementById('entity-form'));
    await setValue(a, '#f-names-fr', 'Faucon Zéphyr modifié');
    await b.clickOn('#glossary-list li[data-entity="my-cobalt-harbour"] button.delete');
    await b.clickOn('#glossary-list li[data-entity="my-cobalt-harbour"] button.delete-confirm');
    await b.waitFor(() => document.querySelectorAll('#glossary-list li').length === 1);
    await a.clickOn('#entity-save');
    await a.waitFor(
      () => document.querySelectorAll('#glossary-list li').length === 1 && !document.getElementById('entity-form'),
    );
    const stored = (await storedGlossary(browser)) as {
      pack: { entities: Array<{ id: string; names: { fr: string } }> };
    };
    expect(stored.pack.entities.map((e) => e.id)).toEqual(['my-zephyr-falcon']);
    expect(stored.pack.entities[0]!.names.fr).toBe('Faucon Zéphyr modifié');
    await b.waitFor(() => document.querySelectorAll('#glossary-list li').length === 1);
    await a.close();
    await b.close();
  });

  it('adds and removes disabled sites, opens pre-filled from the context menu link, resets settings after confirmation', async () => {
    const { browser } = get();
    await reset(browser);
    const options = await openOptions(browser, `#add=${encodeURIComponent('Opération Flintlock')}`);
    await options.waitFor(() => !!document.getElementById('entity-form'));
    expect(await options.evaluate(() => (document.getElementById('f-names-en') as HTMLInputElement).value)).toBe(
      'Opération Flintlock',
    );
    await options.clickOn('#entity-cancel');
    await setValue(options, '#site-input', 'not a host!');
    await options.clickOn('#site-add');
    await options.waitFor(() => !!document.getElementById('site-error'));
    await setValue(options, '#site-input', 'https://News.Example.com/path');
    await options.clickOn('#site-add');
    await options.waitFor(() => !!document.querySelector('#sites-list li[data-site="news.example.com"]'));
    expect(await browser.callExtension('storage.sync.get', 'settings')).toMatchObject({
      settings: { disabledSites: ['news.example.com'] },
    });
    await options.clickOn('#sites-list button.remove-site');
    await options.waitFor(() => !!document.getElementById('sites-empty'));
    await setValue(options, '#site-input', 'example.org');
    await options.clickOn('#site-add');
    await options.waitFor(() => !!document.getElementById('sites-list'));
    await options.clickOn('#reset-settings');
    // Focus moves once the UI has rendered.
    expect(
      await options.waitFor((id: string) => (document.activeElement?.id === id ? id : null), 'reset-confirm', 5_000),
    ).toBe('reset-confirm');
    await options.clickOn('#reset-cancel');
    expect(await browser.callExtension('storage.sync.get', 'settings')).toMatchObject({
      settings: { disabledSites: ['example.org'] },
    });
    await options.clickOn('#reset-settings');
    await options.clickOn('#reset-confirm');
    await options.waitFor(() => !!document.getElementById('sites-empty'));
    expect(await browser.callExtension('storage.sync.get', 'settings')).toMatchObject({
      settings: { disabledSites: [], enabled: true },
    });
    await options.close();
  });

  it('settings export and import round-trip; a bad settings file changes nothing', async () => {
    const { browser } = get();
    await reset(browser);
    const options = await openOptions(browser);
    await options.setInputFiles('#import-settings', [
      {
        name: 's.json',
        content: JSON.stringify({
          glossaSettings: 1,
          settings: { schemaVersion: 1, enabled: false, disabledSites: ['a.example'], paintStyle: 'none' },
        }),
      },
    ]);
    await options.waitFor(() => !!document.getElementById('sites-list'));
    expect(await browser.callExtension('storage.sync.get', 'settings')).toMatchObject({
      settings: { enabled: false, disabledSites: ['a.example'], paintStyle: 'none' },
    });
    await options.setInputFiles('#import-settings', [
      {
        name: 'bad.json',
        content: JSON.stringify({ glossaSettings: 1, settings: { enabled: 'maybe', paintStyle: 'blink' } }),
      },
    ]);
    const errors = await options.waitFor(() => document.getElementById('settings-errors')?.textContent);
    expect(errors).toMatch(/settings\.enabled/);
    expect(errors).toMatch(/settings\.paintStyle/);
    expect(await browser.callExtension('storage.sync.get', 'settings')).toMatchObject({
      settings: { enabled: false, paintStyle: 'none' },
    });
    await options.close();
  });

  it('garbage, wrong types and old versions in storage become defaults with a notice and a kept backup', async () => {
    const { browser } = get();
    await reset(browser);
    await browser.callExtension('storage.sync.set', { settings: 'garbage{' });
    await browser.callExtension('storage.local.set', {
      glossary: {
        schemaVersion: 1,
        pack: {
          id: 'personal',
          version: '1',
          title: 'x',
          updated: '2025-01-01',
          entities: [JSON.parse(fixture('valid.json')).entities[0], { id: 42 }],
        },
      },
    });
    const options = await openOptions(browser);
    await options.waitFor(() => document.querySelectorAll('#notices li.notice').length === 2);
    expect(
      await options.evaluate(() =>
        [...document.querySelectorAll('#notices li.notice')].map((n) => n.getAttribute('data-kind')).sort(),
      ),
    ).toEqual(['glossary-repaired', 'settings-repaired']);
    const settings = await browser.callExtension<{ settings: Record<string, unknown> }>('storage.sync.get', 'settings');
    expect(settings.settings).toMatchObject({ schemaVersion: 1, enabled: true, disabledSites: [] });
    const glossary = (await storedGlossary(browser)) as { pack: { entities: Array<{ id: string }> } };
    expect(glossary.pack.entities.map((e) => e.id)).toEqual(['my-zephyr-falcon']);
    const { backups } = await browser.callExtension<{ backups: Array<{ key: string; raw: string }> }>(
      'storage.local.get',
      'backups',
    );
    expect(backups.find((b) => b.key === 'settings')?.raw).toBe(JSON.stringify('garbage{'));
    expect(JSON.parse(backups.find((b) => b.key === 'glossary')!.raw).pack.entities[1]).toEqual({ id: 42 });
    // The backup is downloadable from the notice; dismissing a notice removes it.
    expect(await options.evaluate(() => document.querySelectorAll('#notices button.download-backup').length)).toBe(2);
    await options.clickOn('#notices button.dismiss');
    await options.waitFor(() => document.querySelectorAll('#notices li.notice').length === 1);
    await options.close();

    // An old (version 0) settings value is migrated, keeping the reader's choices.
    await reset(browser);
    await browser.callExtension('storage.sync.set', {
      settings: { enabled: false, sites: ['old.example'], style: 'background' },
    });
    const again = await openOptions(browser);
    await again.waitFor(() => document.querySelectorAll('#notices li.notice').length === 1);
    expect(await browser.callExtension('storage.sync.get', 'settings')).toMatchObject({
      settings: { schemaVersion: 1, enabled: false, disabledSites: ['old.example'], paintStyle: 'background' },
    });
    await again.close();
    await reset(browser);
  });
});
