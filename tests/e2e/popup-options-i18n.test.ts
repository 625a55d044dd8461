import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import type { ExtensionBrowser, TestPage } from './harness/browsers';
import { describeInBrowsers } from './harness/suite';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function seriousViolations(page: TestPage): Promise<Violation[]> {
  await page.evaluateScript(`${AXE_SOURCE};0`);
  const all = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function openReady(browser: ExtensionBrowser, path: string, ready: () => boolean) {
  const page = await browser.openExtensionPage(path);
  await page.waitFor(ready);
  return page;
}

/** Shows every state worth checking at once: search results with a card, a notice, form errors. */
async function prepare(browser: ExtensionBrowser) {
  await browser.callExtension('storage.sync.clear');
  await browser.callExtension('storage.local.clear');
  await browser.callExtension('storage.sync.set', { settings: { schemaVersion: 1, enabled: 'broken' } });
}

function suite(locale: 'en' | 'ar') {
  describeInBrowsers(
    `popup and options in ${locale === 'ar' ? 'Arabic' : 'English'}`,
    (get, name) => {
      it(`lays out ${locale === 'ar' ? 'right to left' : 'left to right'} in the browser's language`, async () => {
        const { browser } = get();
        for (const path of ['popup.html?tab=999999', 'options.html']) {
          const page = await openReady(browser, path, () => !!document.querySelector('main h1'));
          const root = await page.evaluate(() => ({
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            direction: getComputedStyle(document.body).direction,
            title: document.title,
          }));
          expect(root, `${name} ${path}`).toMatchObject({
            lang: locale,
            dir: locale === 'ar' ? 'rtl' : 'ltr',
            direction: locale === 'ar' ? 'rtl' : 'ltr',
          });
          if (locale === 'ar') expect(root.title).toMatch(/[\u0600-\u06ff]|Glossa/);
          await page.close();
        }
        if (locale === 'ar') {
          const popup = await openReady(
            browser,
            'popup.html?tab=999999',
            () => !!document.getElementById('global-switch'),
          );
          // The label is the Arabic string from _locales/ar, and the switch sits on the right.
          expect(await popup.evaluate(() => document.querySelector('label[for="global-switch"]')?.textContent)).toBe(
            'تشغيل Glossa',
          );
          const sides = await popup.evaluate(() => {
            const sw = document.getElementById('global-switch')!.getBoundingClientRect();
            const label = document.querySelector('label[for="global-switch"]')!.getBoundingClientRect();
            return { switchLeft: sw.left, labelLeft: label.left };
          });
          expect(sides.switchLeft).toBeGreaterThan(sides.labelLeft);
          await popup.close();
        }
      });

      it('axe-core finds no serious or critical violation in the popup', async () => {
        const { browser, server } = get();
        await prepare(browser);
        const { page, tabId } = await browser.openTab(`${server.origin}/seed-article.html`);
        const popup = await openReady(
          browser,
          `popup.html?tab=${tabId}`,
          () => !!document.getElementById('global-switch'),
        );
        await popup.waitFor(
          () => document.querySelectorAll('#page-entities li').length > 0 || !!document.getElementById('page-empty'),
          undefined,
          15_000,
        );
        await popup.waitFor(() => !!document.querySelector('#notices li'));
        // The seed article states its date in its byline and makes checked claims: the checks and
        // the changed-since marks are in the UI's language (and checked by axe below).
        const checks = await popup.waitFor(
          () => {
            const heading = document.getElementById('checks-h')?.textContent;
            const verdict = document.querySelector('#page-claims button.claim .verdict')?.textContent;
            const changed = document.querySelector('#page-entities .changed')?.textContent;
            return heading && verdict && changed ? { heading, verdict, changed } : null;
          },
          undefined,
          15_000,
        );
        if (locale === 'ar') for (const text of Object.values(checks)) expect(text).toMatch(/[\u0600-\u06ff]/);
        else expect(checks.heading).toBe('Checks on this page');
        await popup.clickOn('#search-input');
        await popup.type('africom');
        await popup.waitFor(() => !!document.querySelector('#search-results button'));
        await popup.clickOn('#search-results button');
        await popup.waitFor(() => !!document.querySelector('#search-card .glossa-card'));
        expect(await seriousViolations(popup)).toEqual([]);
        // The dark scheme has its own colours: check them too where the browser can emulate it.
        await popup.close();
        await page.close();
      });

      it('axe-core finds no serious or critical violation on the options page', async () => {
        const { browser } = get();
        await prepare(browser);
        const options = await openReady(browser, 'options.html', () => !!document.getElementById('add-term'));
        await options.waitFor(() => !!document.querySelector('#notices li'));
        await options.setInputFiles('#import-file', [{ name: 'wrong.json', content: '{"id": 1}' }]);
        await options.waitFor(() => !!document.getElementById('import-errors'));
        await options.clickOn('#add-term');
        await options.clickOn('#add-fact');
        await options.clickOn('#entity-save');
        await options.waitFor(() => !!document.getElementById('form-errors'));
        expect(await seriousViolations(options)).toEqual([]);
        await options.close();
      });
    },
    { locale },
  );
}

suite('en');
suite('ar');
