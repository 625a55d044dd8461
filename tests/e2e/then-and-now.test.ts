/**
 * Then and now, on the seed article served with its publication date in its metadata
 * (JSON-LD, as news sites write it): the top frame answers glossa:page-claims with the page's day
 * and every checked claim the article makes, with its verdict; those mentions carry the wavy claim
 * mark; a card leads with the check and shows what changed since the page's day; the popup lists
 * the checks and marks the entities that changed since.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { PageClaimsResponse } from '../../src/shared/messages';
import type { ExtensionBrowser, TestPage } from './harness/browsers';
import { pointOfHighlight, sendToTab, waitForPaint } from './harness/page-probes';
import { describeInBrowsers } from './harness/suite';

const seed = readFileSync(new URL('../fixtures/pages/seed-article.html', import.meta.url), 'utf8');
const JSON_LD = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example News"},{"@type":"NewsArticle","headline":"AFRICOM","datePublished":"2024-02-20T11:02:00+01:00","dateModified":"2024-02-21T08:00:00+01:00"}]}</script>`;
// The fixture's visible byline is dropped so the day can only come from the metadata.
const dated = seed.replace('</head>', `${JSON_LD}\n</head>`).replace(/<p class="byline">[^<]*<\/p>/, '');

/** The ten rows of the fact sheet's claims table that concern pack entities and that the article states. */
const EXPECTED: Record<string, [entity: string, verdict: string, count: number]> = {
  'african-lion-first-2007': ['african-lion', 'wrong', 1],
  'african-lion-every-year': ['african-lion', 'imprecise', 1],
  'african-lion-2024-summer': ['african-lion', 'imprecise', 1],
  'milley-first-african-visit': ['mark-milley', 'wrong', 1],
  'milley-chairman-now': ['mark-milley', 'outdated', 1],
  'recognition-renewed-yearly': ['us-recognition-western-sahara', 'imprecise', 1],
  'apache-manufacture-starting': ['ah-64-apache', 'outdated', 1],
  'himars-deal': ['himars', 'imprecise', 1],
  'langley-commands-africom': ['michael-langley', 'outdated', 2],
  'wagner-in-the-sahel': ['wagner-group', 'outdated', 1],
};

async function pageClaims(browser: ExtensionBrowser, tabId: number): Promise<PageClaimsResponse> {
  for (const deadline = Date.now() + 15_000; ; await new Promise((r) => setTimeout(r, 100))) {
    const r = await sendToTab<PageClaimsResponse>(browser, tabId, { type: 'glossa:page-claims' }).catch(() => null);
    if (r?.complete) return r;
    if (Date.now() > deadline) throw new Error(`page-claims never complete: ${JSON.stringify(r)}`);
  }
}

/** The open card: its entity, its checks (in order), and its two tenses; null until `entity`'s card shows. */
function openCard(entity: string): {
  checks: { claim: string; verdict: string; text: string }[];
  first: string | null;
  then: string | null;
  since: string | null;
  sinceDays: string[];
} | null {
  const card = document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card');
  if (!card || card.getAttribute('data-entity') !== entity) return null;
  return {
    checks: [...card.querySelectorAll('.glossa-check')].map((c) => ({
      claim: c.getAttribute('data-claim') ?? '',
      verdict: c.getAttribute('data-verdict') ?? '',
      text: c.textContent ?? '',
    })),
    first: card.firstElementChild?.className ?? null,
    then: card.querySelector('.glossa-then .glossa-tense')?.textContent ?? null,
    since: card.querySelector('.glossa-since')?.textContent ?? null,
    sinceDays: [...card.querySelectorAll('.glossa-since time')].map((t) => t.getAttribute('datetime') ?? ''),
  };
}

/** Scrolls the first glossa range whose text is `text` to the middle of the viewport; true when found. */
function scrollToHighlight(text: string): boolean {
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('glossa') || name === 'glossa-focus') continue;
    for (const r of h as unknown as Iterable<Range>) {
      if (r.toString() !== text) continue;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}

/** What the tooltip shows now (for failure messages). */
function shownCard(): string | null {
  return (
    document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card')?.getAttribute('data-entity') ?? null
  );
}

async function hover(page: TestPage, text: string): Promise<void> {
  await page.waitFor(scrollToHighlight, text, 10_000);
  const point = await page.waitFor(pointOfHighlight, text, 10_000);
  await page.mouseMove(point.x - 40, point.y - 40);
  await page.mouseMove(point.x, point.y);
}

describeInBrowsers('on the page: then and now', (get) => {
  it('flags every claim the article makes, with its verdict, and nothing else; reads the date from the metadata', async () => {
    const { browser, server } = get();
    server.setPage('/seed-article-dated.html', dated);
    const { page, tabId } = await browser.openTab(`${server.origin}/seed-article-dated.html`);
    const r = await pageClaims(browser, tabId);
    expect(r.pageDate).toBe('2024-02-20');
    expect(Object.fromEntries(r.claims.map((c) => [c.claim, [c.entity, c.verdict, c.count]]))).toEqual(EXPECTED);
    // Each claimed mention carries the mark, first mention of its entity or not (Langley's twice).
    const marks = await page.waitFor(() => {
      const h = CSS.highlights.get('glossa-claim') as unknown as Iterable<Range> | undefined;
      return h ? [...h].map((x) => x.toString()) : null;
    });
    // One range per claimed mention: Langley's two; African Lion's on two mentions (the 2024
    // edition's, and the one in the paragraph on its history, which makes two claims); Milley's
    // two claims on one mention; one each for Wagner, HIMARS, the Apache and the recognition.
    expect(marks).toHaveLength(9);
    expect(marks.filter((t) => t.includes('لانجلي'))).toHaveLength(2);
    await page.close();
  });

  it("leads the card with the check, then what held on the page's day and what changed since", async () => {
    const { browser, server } = get();
    server.setPage('/seed-article-dated.html', dated);
    const { page, tabId } = await browser.openTab(`${server.origin}/seed-article-dated.html`);
    await pageClaims(browser, tabId);
    await waitForPaint(page);

    await hover(page, 'مايكل لانجلي');
    const langley = await page.waitFor(openCard, 'michael-langley', 5_000).catch(async (e: unknown) => {
      throw new Error(`${String(e)}; card shown: ${await page.evaluate(shownCard)}`);
    });
    expect(langley.first).toBe('glossa-checks');
    expect(langley.checks).toEqual([
      expect.objectContaining({ claim: 'langley-commands-africom', verdict: 'outdated' }),
    ]);
    expect(langley.checks[0]!.text).toMatch(/2025/);
    expect(langley.then).toContain('2024-02-20');
    expect(langley.sinceDays).toContain('2025-08-15');

    for (const [text, entity] of [
      ['مارك ميلي', 'mark-milley'],
      ['فاغنر', 'wagner-group'],
      ['الأباتشي', 'ah-64-apache'],
    ] as const) {
      await page.press('Escape');
      await hover(page, text);
      const card = await page.waitFor(openCard, entity, 5_000);
      expect(card.since, entity).not.toBeNull();
      // Nothing in "since" is dated on or before the page's day.
      expect(
        card.sinceDays.every((d) => d > '2024-02-20'),
        `${entity}: ${card.sinceDays.join(', ')}`,
      ).toBe(true);
    }
    await page.close();
  });

  it('the popup lists the checks, reveals a claim on the page, and marks entities changed since', async () => {
    const { browser, server } = get();
    server.setPage('/seed-article-dated.html', dated);
    const { page, tabId } = await browser.openTab(`${server.origin}/seed-article-dated.html`);
    await pageClaims(browser, tabId);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const rows = await popup.waitFor(() => {
      const list = [...document.querySelectorAll<HTMLElement>('#page-claims button.claim')];
      return list.length
        ? list.map((b) => ({ claim: b.dataset.claim!, verdict: b.dataset.verdict!, text: b.textContent ?? '' }))
        : null;
    });
    expect(Object.fromEntries(rows.map((r) => [r.claim, r.verdict]))).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([k, [, v]]) => [k, v])),
    );
    expect(rows.every((r) => !/^card/.test(r.text))).toBe(true); // labels through _locales
    const changed = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#page-entities button.entity')]
        .filter((b) => b.querySelector('.changed'))
        .map((b) => b.dataset.entity!),
    );
    expect(changed).toEqual(expect.arrayContaining(['michael-langley', 'mark-milley', 'wagner-group', 'ah-64-apache']));
    expect(changed).not.toContain('rabat');

    await popup.clickOn('#page-claims button.claim[data-claim="african-lion-first-2007"]');
    const card = await page.waitFor(openCard, 'african-lion', 5_000).catch(async (e: unknown) => {
      throw new Error(`${String(e)}; card shown: ${await page.evaluate(shownCard)}`);
    });
    expect(card.checks.map((c) => c.claim)).toContain('african-lion-first-2007');
    await popup.close();
    await page.close();
  });
});
