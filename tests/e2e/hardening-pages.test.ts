/**
 * Hardening — hostile or awkward pages (fixtures tests/fixtures/pages/hostile-*.html): a page that
 * deletes elements it does not know, a page whose CSS targets everything, a page that takes
 * Glossa's host element name first, and frames of every kind. Strict CSP, editors, shadow roots
 * and same-origin frames are covered in on-page*.test.ts (see SECURITY.md).
 */
import { expect, it } from 'vitest';
import { pollUntil, type TestPage } from './harness/browsers';
import { describeInBrowsers } from './harness/suite';
import { pageEntities, pointOfHighlight, waitForPaint } from './harness/page-probes';

/**
 * Glossa's tooltip, wherever its host is: any element directly under <html> or <body> whose open
 * shadow root holds a `.glossa-card`. Returns the card text and the box's rendered size.
 */
function findTooltip(): {
  tag: string;
  text: string;
  width: number;
  height: number;
  hostDisplay: string;
  hostVisibility: string;
  onTop: boolean;
} | null {
  for (const host of [...document.documentElement.children, ...(document.body?.children ?? [])]) {
    const root = host.shadowRoot;
    const card = root?.querySelector('.glossa-card');
    if (!root || !card) continue;
    const box = (root.querySelector('.glossa-box') ?? card) as HTMLElement;
    const r = box.getBoundingClientRect();
    const cs = getComputedStyle(host);
    // Is the box really what the reader sees at its centre (not covered, not clipped away)?
    const hit = r.width > 0 ? root.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10)) : null;
    return {
      tag: host.tagName.toLowerCase(),
      text: card.textContent ?? '',
      width: r.width,
      height: r.height,
      hostDisplay: cs.display,
      hostVisibility: cs.visibility,
      onTop: !!hit && box.contains(hit),
    };
  }
  return null;
}

async function hover(page: TestPage, text: string): Promise<void> {
  const point = await page.waitFor(pointOfHighlight, text, 10_000);
  await page.mouseMove(point.x - 40, point.y + 60);
  await page.mouseMove(point.x, point.y);
}

/** Errors a page reported (uncaught exceptions and console errors). */
const errorsOf = (page: TestPage) => page.console.filter((l) => l.startsWith('pageerror') || l.startsWith('error'));
const show = (lines: string[]) => JSON.stringify(lines);

describeInBrowsers('hardening: hostile pages', (get) => {
  it('a page that removes unknown elements from <html>/<body>: the UI host is recreated on the next hover', async () => {
    const { browser, server } = get();
    const { page, tabId } = await browser.openTab(`${server.origin}/hostile-remover.html`);
    expect((await pageEntities(browser, tabId)).africom).toBe(1);
    await waitForPaint(page);
    type Removed = { tag: string; text: string }[];
    const removedHosts = () => {
      const hosts = (window as unknown as { __removed: Removed }).__removed.filter((r) => r.tag === 'glossa-ui');
      return hosts.length > 0 ? hosts : null;
    };
    await hover(page, 'AFRICOM');
    // The page removed our host (it records what the host's open shadow root showed): the AFRICOM card.
    const first = await page.waitFor(removedHosts, undefined, 5_000);
    expect(first[0]!.text).toMatch(/Africa Command|AFRICOM/);
    await page.mouseMove(5, 300);
    // Once the first tooltip has closed (it no longer covers the next mention; it sits just above it)…
    const next = await page.waitFor(pointOfHighlight, 'HIMARS');
    await page.waitFor(
      ({ x, y }: { x: number; y: number }) => document.elementFromPoint(x, y)?.localName !== 'glossa-ui',
      next,
    );
    // …another mention: a new host is created and shows its card (the page removes it again).
    await hover(page, 'HIMARS');
    const later = await page.waitFor(
      () => {
        const hosts = (window as unknown as { __removed: { tag: string; text: string }[] }).__removed.filter(
          (r) => r.tag === 'glossa-ui',
        );
        return hosts.some((h) => /HIMARS/.test(h.text)) ? hosts : null;
      },
      undefined,
      5_000,
    );
    expect(later.length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => document.querySelectorAll('glossa-ui').length)).toBeLessThanOrEqual(1);
    expect(errorsOf(page), show(page.console)).toEqual([]);
    await page.close();
  });

  it('a page that removes unknown elements from <html>/<body>: a tooltip being read comes back while the pointer stays on it', async () => {
    const { browser, server } = get();
    const { page } = await browser.openTab(`${server.origin}/hostile-remover.html`);
    await waitForPaint(page);
    await hover(page, 'AFRICOM');
    await page.waitFor(
      () => (window as unknown as { __removed: { tag: string }[] }).__removed.some((r) => r.tag === 'glossa-ui'),
      undefined,
      5_000,
    );
    // The pointer has not moved: the reader is still reading. Glossa must put its host back
    // (a page cannot make a tooltip vanish under the reader by deleting unknown elements).
    const back = await page
      .waitFor(() => !!document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card'), undefined, 2_000)
      .catch(() => false);
    expect(back, 'host re-attached while the tooltip is shown').toBe(true);
    await page.close();
  });

  it('a page whose CSS targets everything (custom elements, :not(:defined), html > *, tippy/glossa classes): the tooltip is unaffected', async () => {
    const { browser, server } = get();
    const { page, tabId } = await browser.openTab(`${server.origin}/hostile-css.html`);
    expect((await pageEntities(browser, tabId)).africom).toBe(1);
    await waitForPaint(page);
    await hover(page, 'AFRICOM');
    // The card is rendered into our shadow root whatever the page's CSS does…
    await page.waitFor(
      () => !!document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card'),
      undefined,
      5_000,
    );
    // …and the reader must actually see it: a real box, on top, inside the viewport.
    const state = await page.evaluate(findTooltip);
    expect(state, 'tooltip present').not.toBeNull();
    expect({ display: state!.hostDisplay, visibility: state!.hostVisibility }).toEqual({
      display: expect.not.stringMatching(/^none$/),
      visibility: 'visible',
    });
    expect(state!.width).toBeGreaterThan(100);
    expect(state!.height).toBeGreaterThan(40);
    expect(state!.onTop).toBe(true);
    await page.close();
  });

  it("a page that defines a custom element with Glossa's host name first: no crash, tooltips still work", async () => {
    const { browser, server } = get();
    const { page, tabId } = await browser.openTab(`${server.origin}/hostile-custom-element.html`);
    expect(await page.evaluate(() => customElements.get('glossa-ui') !== undefined)).toBe(true);
    expect((await pageEntities(browser, tabId)).africom).toBe(1);
    await waitForPaint(page);
    await hover(page, 'AFRICOM');
    const state = await page.waitFor(findTooltip, undefined, 5_000).catch((e: Error) => {
      throw new Error(
        `no Glossa tooltip on a page that owns <glossa-ui>: ${e.message}; page log: ${JSON.stringify(page.console)}`,
      );
    });
    expect(state.text).toMatch(/Africa Command|AFRICOM/);
    expect(state.width).toBeGreaterThan(100);
    expect(state.onTop).toBe(true);
    expect(errorsOf(page), show(page.console)).toEqual([]);
    await page.close();
  });

  it('sandboxed, srcdoc, about:blank and cross-origin frames: no errors; the top frame counts only itself; the same-origin frame is annotated', async () => {
    const { browser, server } = get();
    const { page, tabId } = await browser.openTab(`${server.origin}/hostile-frames.html`);
    const counts = await pageEntities(browser, tabId);
    expect(counts).toMatchObject({ africom: 1, 'african-lion': 1 });
    // Frames' mentions are theirs, not the top page's.
    expect(counts['polisario-front']).toBeUndefined();
    expect(counts.himars).toBeUndefined();
    // Same-origin frame: its own content script paints its own document.
    const painted = await page.waitFor(
      () => {
        const win = (document.getElementById('same') as HTMLIFrameElement).contentWindow as
          (Window & typeof globalThis) | null;
        let found = false;
        win?.CSS.highlights.forEach((h, name) => {
          if (name.startsWith('glossa'))
            for (const r of h as unknown as Iterable<Range>) if (r.toString() === 'Algeria') found = true;
        });
        return found;
      },
      undefined,
      10_000,
    );
    expect(painted).toBe(true);
    // The other frames' content scripts have done their work (or failed): the same-origin,
    // about:blank and cross-origin frames have painted their names (the cross-origin one is the
    // sandboxed frames' document, loaded after them). Checked through the driver, which can enter
    // any frame; not the sandboxed ones: Chromium reports the driver's own look into a frame
    // sandboxed without scripts as an error of the page.
    const raw = page.raw as unknown as { frames(): Array<{ url(): string; evaluate<R>(fn: () => R): Promise<R> }> };
    const watched = (url: string) =>
      url === 'about:blank' || url.endsWith('/onpage-frame.html') || url.startsWith(server.otherOrigin);
    const paintedIn = () => {
      const out: string[] = [];
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('glossa')) for (const r of h as unknown as Iterable<Range>) out.push(r.toString());
      });
      return out.sort().join('+');
    };
    let framesPainted: string[] = [];
    await pollUntil(
      async () => {
        const frames = raw.frames().filter((f) => watched(f.url()));
        framesPainted = (await Promise.all(frames.map((f) => f.evaluate(paintedIn).catch(() => '?')))).sort();
        return framesPainted.join(',') === 'Algeria,Morocco,Polisario Front+Western Sahara';
      },
      10_000,
      'every frame a content script runs in to paint',
    ).catch((e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify(framesPainted)}`);
    });
    expect(errorsOf(page), show(page.console)).toEqual([]);
    // The cross-origin frame (other origin, same server) ran Glossa without touching its DOM.
    const cross = raw.frames().find((f) => f.url().startsWith(server.otherOrigin));
    expect(cross, 'cross-origin frame loaded').toBeDefined();
    const inner = await cross!.evaluate(() => ({
      body: document.body.innerHTML.trim(),
      painted: (() => {
        const out: string[] = [];
        CSS.highlights.forEach((h, name) => {
          if (name.startsWith('glossa')) for (const r of h as unknown as Iterable<Range>) out.push(r.toString());
        });
        return out.sort();
      })(),
    }));
    expect(inner.body).toBe('<p id="inner">The Polisario Front and Western Sahara, inside a frame.</p>');
    expect(inner.painted).toEqual(['Polisario Front', 'Western Sahara']);
    await page.close();
  });
});
