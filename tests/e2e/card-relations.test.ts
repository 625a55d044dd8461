/**
 * Relations on the card: hovering a mention shows its card with relation links (from the
 * background's glossa:entity-card answer); activating one from the keyboard opens the related
 * entity's card in the same tooltip, with focus on its name, and Back returns. The popup's
 * search card lists the same relations and opens the related card in its place.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import { pointOfHighlight, waitForPaint } from './harness/page-probes';

/** The card of `entity` (with relations listed) and its relation links, read from Glossa's shadow root; null until shown. */
function cardOf(entity: string): {
  entity: string | null;
  relations: { type: string; target: string; label: string; button: string | null; aria: string | null }[];
  focused: string | null;
  back: boolean;
} | null {
  const root = document.querySelector('glossa-ui')?.shadowRoot;
  const card = root?.querySelector('.glossa-card');
  if (!root || !card || card.getAttribute('data-entity') !== entity || !card.querySelector('.glossa-relation'))
    return null;
  const active = root.activeElement as HTMLElement | null;
  return {
    entity: card.getAttribute('data-entity'),
    relations: [...card.querySelectorAll('.glossa-relation')].map((li) => ({
      type: li.getAttribute('data-relation') ?? '',
      target: li.getAttribute('data-target') ?? '',
      label: li.querySelector('.glossa-relation-type')?.textContent ?? '',
      button: li.querySelector('button')?.textContent ?? null,
      aria: li.querySelector('button')?.getAttribute('aria-label') ?? null,
    })),
    focused: active ? `${active.tagName.toLowerCase()}.${active.className}` : null,
    back: !!card.querySelector('.glossa-back'),
  };
}

/** The centre of a control inside the card (viewport coordinates), by selector. */
function pointInCard(selector: string): { x: number; y: number } | null {
  const el = document.querySelector('glossa-ui')?.shadowRoot?.querySelector(selector);
  el?.scrollIntoView({ block: 'nearest', inline: 'nearest' }); // inside the tooltip's scrolling box
  const r = el?.getBoundingClientRect();
  return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

/** Puts keyboard focus on a control inside the card (as Tab would), by selector. */
function focusInCard(selector: string): boolean {
  const el = document.querySelector('glossa-ui')?.shadowRoot?.querySelector(selector) as HTMLElement | null;
  el?.focus();
  return !!el && document.querySelector('glossa-ui')?.shadowRoot?.activeElement === el;
}

describeInBrowsers('on the page: relations on the card', (get) => {
  it('shows relation links and opens the related card in place, from the keyboard and the pointer', async () => {
    const { browser, server } = get();
    const { page } = await browser.openTab(`${server.origin}/seed-article.html`);
    await waitForPaint(page);
    const point = await page.waitFor(pointOfHighlight, 'أفريكوم', 10_000);
    await page.mouseMove(point.x - 30, point.y - 30);
    await page.mouseMove(point.x, point.y);

    // AFRICOM's card lists who commands it now and who commanded it, as labelled buttons.
    const africom = await page.waitFor(cardOf, 'africom', 5_000);
    const anderson = africom.relations.find((r) => r.target === 'dagvin-anderson');
    expect(anderson).toMatchObject({ type: 'commands' });
    expect(anderson!.button).toMatch(/Anderson|أندرسون/);
    expect(anderson!.label.trim()).not.toBe('');
    expect(anderson!.label).not.toMatch(/^cardRel/); // resolved through _locales, not a bare key
    expect(anderson!.aria).toContain(anderson!.button!);
    expect(africom.relations.find((r) => r.target === 'michael-langley')).toMatchObject({ type: 'commanded' });

    // Keyboard: focus the link and press Enter; the tooltip now shows Anderson's card.
    expect(await page.evaluate(focusInCard, '.glossa-relation[data-target="dagvin-anderson"] button')).toBe(true);
    await page.press('Enter');
    const opened = await page.waitFor(cardOf, 'dagvin-anderson', 5_000);
    expect(opened.back).toBe(true);
    expect(opened.focused).toMatch(/^h\d\.glossa-name/);
    expect(opened.relations).toContainEqual(expect.objectContaining({ type: 'commands', target: 'africom' }));
    expect(opened.relations).toContainEqual(
      expect.objectContaining({ type: 'successor-of', target: 'michael-langley' }),
    );
    expect(await page.evaluate(() => document.querySelectorAll('glossa-ui').length)).toBe(1);

    // Back returns to AFRICOM's card, in the same tooltip.
    expect(await page.evaluate(focusInCard, '.glossa-back')).toBe(true);
    await page.press('Enter');
    await page.waitFor(cardOf, 'africom', 5_000);

    // Pointer: move into the tooltip and click the Langley link; his card replaces AFRICOM's.
    const link = await page.waitFor(pointInCard, '.glossa-relation[data-target="michael-langley"] button', 5_000);
    await page.mouseMove(link.x, link.y);
    await page.click(link.x, link.y);
    const langley = await page.waitFor(cardOf, 'michael-langley', 5_000);
    expect(langley.relations).toContainEqual(expect.objectContaining({ type: 'commanded', target: 'africom' }));
    await page.close();
  });

  it("the popup's search card lists relations and opens the related card", async () => {
    const { browser } = get();
    const popup = await browser.openExtensionPage('popup.html?tab=999999');
    await popup.waitFor(() => !!document.getElementById('search-input'));
    await popup.evaluate(() => (document.getElementById('search-input') as HTMLInputElement).focus());
    await popup.type('africom');
    await popup.waitFor(() => !!document.querySelector('#search-results button.entity[data-entity="africom"]'));
    await popup.clickOn('#search-results button.entity[data-entity="africom"]');
    await popup.waitFor(
      () => !!document.querySelector('#search-card .glossa-relation[data-target="dagvin-anderson"] button'),
    );
    await popup.clickOn('#search-card .glossa-relation[data-target="dagvin-anderson"] button');
    const shown = await popup.waitFor(
      () => {
        const id = document.querySelector('#search-card .glossa-card')?.getAttribute('data-entity');
        return id === 'dagvin-anderson' ? id : null;
      },
      undefined,
      5_000,
    );
    expect(shown).toBe('dagvin-anderson');
    await popup.close();
  });
});
