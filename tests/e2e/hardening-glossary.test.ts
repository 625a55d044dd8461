/**
 * Hardening — untrusted glossary files, imported through the options page's <input type=file>
 * (harness setInputFiles: Playwright setInputFiles / puppeteer uploadFile). Malformed files
 * (invalid JSON, wrong types, 20 MB, __proto__ keys) are the popup/options suite's; here: markup
 * in every text field, and javascript:/data: sources.
 */
import { expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { describeInBrowsers } from './harness/suite';
import { pageEntities, pointOfHighlight, waitForPaint } from './harness/page-probes';

const TRAP = 'window.__pwned=(window.__pwned||0)+1';
const MARKUP = `<img src=x onerror="${TRAP}"><script>${TRAP}</script><svg onload="${TRAP}"></svg><a href="javascript:${TRAP}">x</a>`;
const m = (label: string) => `${label} ${MARKUP}`;

function hostileGlossary(url: (i: number) => string) {
  return {
    id: 'personal',
    version: '1',
    title: m('Title'),
    updated: '2025-01-01',
    entities: [
      {
        id: 'zorblax',
        category: 'organization',
        names: { en: m('Zorblax name'), fr: m('Zorblax nom'), ar: m('زوربلاكس') },
        aliases: {
          en: ['Zorblax Command', 'Zorblax <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'],
        },
        summary: { en: m('Zorblax summary'), fr: m('résumé'), ar: m('ملخص') },
        facts: [0, 1, 2].map((i) => ({
          text: { en: m(`Fact ${i}`) },
          date: '2024-05-01',
          sources: [{ title: m(`Source ${i}`), url: url(i) }],
        })),
      },
    ],
  };
}

const BAD_URLS = [
  'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'JaVaScRiPt:alert(1)',
];

async function importFile(options: TestPage, content: unknown, mode: 'merge' | 'replace' = 'replace') {
  await options.waitFor(() => !!document.getElementById('import-file'));
  await options.clickOn(`#import-${mode}`);
  await options.setInputFiles('#import-file', [
    { name: 'hostile.json', content: JSON.stringify(content), mimeType: 'application/json' },
  ]);
}

/** Links and executable markup anywhere in a document and its open shadow roots. */
function dangerIn(): { badLinks: string[]; elements: string[]; pwned: unknown } {
  const roots: (Document | ShadowRoot)[] = [document];
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  const badLinks: string[] = [];
  const elements: string[] = [];
  for (const root of roots) {
    for (const a of root.querySelectorAll('[href]:not(link[rel=icon]),[src],[action],[formaction]')) {
      const v =
        a.getAttribute('href') ??
        a.getAttribute('src') ??
        a.getAttribute('action') ??
        a.getAttribute('formaction') ??
        '';
      if (/^\s*(javascript|data|vbscript):/i.test(v)) badLinks.push(v);
    }
    for (const el of root.querySelectorAll('img[onerror], svg[onload], [onerror], [onload]'))
      elements.push(el.outerHTML.slice(0, 80));
    for (const s of root.querySelectorAll('script'))
      if ((s.textContent ?? '').includes('__pwned')) elements.push('script');
  }
  return { badLinks, elements, pwned: (window as unknown as { __pwned?: unknown }).__pwned };
}

describeInBrowsers('hardening: untrusted glossary', (get) => {
  it('a glossary with javascript:/data: sources is refused with a message naming them; nothing is stored', async () => {
    const { browser } = get();
    await browser.callExtension('storage.local.clear');
    const options = await browser.openExtensionPage('options.html');
    await importFile(
      options,
      hostileGlossary((i) => BAD_URLS[i]!),
    );
    const errors = await options.waitFor(
      () => document.getElementById('import-errors')?.textContent || null,
      undefined,
      10_000,
    );
    expect(errors).toMatch(/url|link|http/i);
    expect(errors).toMatch(/sources/);
    expect(await browser.callExtension<Record<string, unknown>>('storage.local.get', 'glossary')).toEqual({});
    expect(await options.evaluate(dangerIn)).toEqual({ badLinks: [], elements: [], pwned: undefined });
    await options.close();
  });

  it('markup in every text field: detected on a page, shown literally in the tooltip, popup and options; nothing runs; no javascript:/data: link', async () => {
    const { browser, server } = get();
    await browser.callExtension('storage.local.clear');
    const options = await browser.openExtensionPage('options.html');
    await importFile(
      options,
      hostileGlossary((i) => `https://example.org/source-${i}`),
    );
    const outcome = await options.waitFor(
      () =>
        (document.getElementById('import-result') ? 'ok' : document.getElementById('import-errors')?.textContent) ||
        null,
      undefined,
      10_000,
    );
    expect(outcome, `the https version is accepted: ${outcome}`).toBe('ok');
    const stored = await browser.callExtension<{ glossary?: { pack: { entities: { id: string }[] } } }>(
      'storage.local.get',
      'glossary',
    );
    expect(stored.glossary?.pack.entities.map((e) => e.id)).toEqual(['zorblax']);

    server.setPage(
      '/hostile-glossary-page.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>g</title></head><body><p id="p">The Zorblax Command met AFRICOM.</p></body></html>',
    );
    const { page, tabId } = await browser.openTab(`${server.origin}/hostile-glossary-page.html`);
    expect((await pageEntities(browser, tabId)).zorblax).toBe(1);
    await waitForPaint(page);
    const point = await page.waitFor(pointOfHighlight, 'Zorblax Command');
    await page.mouseMove(point.x - 30, point.y + 40);
    await page.mouseMove(point.x, point.y);
    const card = await page.waitFor(
      () => document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card')?.textContent ?? null,
      undefined,
      5_000,
    );
    // Literal text: the markup is there as characters.
    expect(card).toContain('Zorblax name <img src=x onerror=');
    expect(card).toContain('<script>');
    expect(card).toContain('Zorblax summary');
    // An <img src=x onerror> rendered with the card would have failed to load by now: a control
    // image of the same kind, asked for after the card was shown, has.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          Object.assign(new Image(), { onerror: resolve, onload: resolve, src: 'x?control' }),
        ),
    );
    expect(await page.evaluate(dangerIn)).toEqual({ badLinks: [], elements: [], pwned: undefined });
    const links = await page.evaluate(() =>
      [...document.querySelector('glossa-ui')!.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual([
      'https://example.org/source-0',
      'https://example.org/source-1',
      'https://example.org/source-2',
    ]);

    // Popup list for this tab, and its search.
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.body.textContent?.includes('Zorblax name <img') || null, undefined, 10_000);
    expect(await popup.evaluate(dangerIn)).toEqual({ badLinks: [], elements: [], pwned: undefined });
    // Options list shows the entity literally.
    await options.waitFor(() => document.body.textContent?.includes('Zorblax name <img') || null, undefined, 10_000);
    expect(await options.evaluate(dangerIn)).toEqual({ badLinks: [], elements: [], pwned: undefined });
    await Promise.all([popup.close(), page.close(), options.close()]);
    await browser.callExtension('storage.local.clear');
  });
});
