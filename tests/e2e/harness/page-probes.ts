/**
 * Functions evaluated inside test pages (serialised: each must be self-contained) and small
 * helpers over the extension's page messages, shared by the on-page suites.
 */
import type { PageEntitiesResponse, ScanStatus } from '../../../src/shared/messages';
import type { ExtensionBrowser, TestPage } from './browsers';

/** Every glossa-* highlight in the page's document: name → the text of each range. */
export function highlightTexts(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('glossa')) out[name] = [...(h as unknown as Iterable<Range>)].map((r) => r.toString());
  });
  return out;
}

/** Appends a paragraph `p#late` holding `text` to the page's article (late evidence). */
export function appendLateParagraph(text: string): void {
  const p = document.createElement('p');
  p.id = 'late';
  p.textContent = text;
  document.querySelector('article')!.append(p);
}

/** Highlight texts of the document in the first iframe (same origin). */
export function frameHighlightTexts(selector: string): Record<string, string[]> | null {
  const frame = document.querySelector(selector) as HTMLIFrameElement | null;
  const win = frame?.contentWindow as (Window & typeof globalThis) | null;
  if (!win || !win.CSS?.highlights) return null;
  const out: Record<string, string[]> = {};
  win.CSS.highlights.forEach((h, name) => {
    if (name.startsWith('glossa')) out[name] = [...(h as unknown as Iterable<Range>)].map((r) => r.toString());
  });
  return out;
}

/** The centre of the first painted range whose text is `text` (viewport coordinates). */
export function pointOfHighlight(text: string): { x: number; y: number } | null {
  let found: { x: number; y: number } | null = null;
  CSS.highlights.forEach((h, name) => {
    if (found || !name.startsWith('glossa') || name === 'glossa-focus') return;
    for (const r of h as unknown as Iterable<Range>) {
      if (r.toString() !== text) continue;
      const rect = (r as Range).getClientRects()[0];
      if (rect) found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      return;
    }
  });
  return found;
}

/** Text content of Glossa's UI (inside its shadow root), or null when there is no host. */
export function glossaUi(): {
  hosts: number;
  card: string | null;
  visible: boolean;
  live: string;
  links: { href: string; target: string; rel: string }[];
  focusedInside: boolean;
} | null {
  const hosts = document.querySelectorAll('glossa-ui');
  const host = hosts[0];
  if (!host) return null;
  const root = host.shadowRoot;
  const box = root?.querySelector('.glossa-box') as HTMLElement | null;
  const card = root?.querySelector('.glossa-card');
  return {
    hosts: hosts.length,
    card: card?.textContent ?? null,
    visible: !!box && box.isConnected && box.getBoundingClientRect().width > 0,
    live: root?.querySelector('[aria-live]')?.textContent ?? '',
    links: [...(root?.querySelectorAll('.glossa-card a') ?? [])].map((a) => ({
      href: (a as HTMLAnchorElement).href,
      target: (a as HTMLAnchorElement).target,
      rel: (a as HTMLAnchorElement).rel,
    })),
    focusedInside: document.activeElement === host && !!root?.activeElement,
  };
}

/** Asks the top frame's content script for the page's entities, until the scan is complete. */
export async function pageEntities(
  browser: ExtensionBrowser,
  tabId: number,
  timeoutMs = 10_000,
): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await browser
      .callExtension<PageEntitiesResponse | undefined>(
        'tabs.sendMessage',
        tabId,
        { type: 'glossa:page-entities' },
        { frameId: 0 },
      )
      .catch(() => undefined);
    if (r?.complete) return Object.fromEntries(r.entities.map((e) => [e.id, e.count]));
    if (Date.now() > deadline) throw new Error(`page-entities never complete: ${JSON.stringify(r)}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

/**
 * Complete page-entities counts once `done(counts)` holds, or the last counts after `timeoutMs`:
 * the caller asserts on them, so a failure shows what was counted.
 */
export async function entitiesWhen(
  browser: ExtensionBrowser,
  tabId: number,
  done: (counts: Record<string, number>) => boolean,
  timeoutMs = 5_000,
): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  let counts = await pageEntities(browser, tabId);
  while (!done(counts) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    counts = await pageEntities(browser, tabId);
  }
  return counts;
}

/** The toolbar badge of a tab once `ok(text)` holds; throws with the last text after `timeoutMs`. */
export async function badgeWhen(
  browser: ExtensionBrowser,
  tabId: number,
  ok: (text: string) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await browser.callExtension<string>('action.getBadgeText', { tabId });
    if (ok(text)) return text;
    if (Date.now() > deadline) throw new Error(`badge never ${what} (last "${text}")`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function sendToTab<R = unknown>(browser: ExtensionBrowser, tabId: number, message: unknown): Promise<R> {
  return browser.callExtension<R>('tabs.sendMessage', tabId, message, { frameId: 0 });
}

/** Waits until some glossa highlight exists in the page. */
export function waitForPaint(page: TestPage, timeoutMs = 10_000): Promise<unknown> {
  return page.waitFor(
    () => {
      let n = 0;
      CSS.highlights.forEach((_h, name) => void (name.startsWith('glossa') && n++));
      return n > 0;
    },
    undefined,
    timeoutMs,
  );
}

/** A frame's `glossa:scan-status` (ARCHITECTURE.md), or null while its content script cannot answer. */
export function scanStatus(browser: ExtensionBrowser, tabId: number, frameId = 0): Promise<ScanStatus | null> {
  return browser
    .callExtension<ScanStatus | undefined>('tabs.sendMessage', tabId, { type: 'glossa:scan-status' }, { frameId })
    .then(
      (s) => s ?? null,
      () => null,
    );
}

/**
 * Waits until the frame has done its work since `before` (a generation read earlier; 0 for a new
 * page): settled with a newer generation, or settled and switched off. Only then may a test
 * assert that something did NOT happen. Throws with the last status seen.
 */
export async function settledAfter(
  browser: ExtensionBrowser,
  tabId: number,
  before = 0,
  { frameId = 0, timeoutMs = 10_000 } = {},
): Promise<ScanStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await scanStatus(browser, tabId, frameId);
    if (status?.settled && (status.generation > before || !status.enabled)) return status;
    if (Date.now() > deadline)
      throw new Error(`frame ${frameId} never settled after generation ${before}: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
