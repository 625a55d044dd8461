/** What the popup knows of its tab's page: asked of the tab's top frame, again while its scan runs. */
import browser from '../shared/browser';
import type { PageClaim, PageEntitiesResponse } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { normaliseHostname } from '../shared/settings';
import { debug } from '../shared/debug-log';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      hostname: string | null;
      entities: PageEntitiesResponse['entities'];
      complete: boolean;
      /** The checked claims the page makes, and its publication day (null: read as today). */
      claims: PageClaim[];
      pageDate: string | null;
    };

/** The tab the popup shows: `?tab=<id>` (public contract), else the window's active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) return /^\d+$/.test(param) ? Number(param) : null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asks the tab's top frame; retries while the scan is incomplete; calls `update` on each answer. */
export async function watchPage(tabId: number, update: (s: PageState) => void, stopped: () => boolean): Promise<void> {
  let hostname: string | null = null;
  try {
    const info = await sendToTab(tabId, 'glossa:page-info', {});
    hostname = normaliseHostname(info.hostname) ?? info.hostname.toLowerCase();
  } catch (e) {
    // No content script: decided by the page-entities request below.
    debug('popup: page-info', e);
  }
  let failures = 0;
  for (let round = 0; !stopped(); round++) {
    try {
      const [response, checks] = await Promise.all([
        sendToTab(tabId, 'glossa:page-entities', {}),
        sendToTab(tabId, 'glossa:page-claims', {}),
      ]);
      failures = 0;
      update({
        kind: 'ready',
        hostname,
        entities: response.entities,
        complete: response.complete,
        claims: checks.claims,
        pageDate: checks.pageDate,
      });
      await sleep(response.complete ? 2000 : 250);
    } catch (e) {
      // A page just loading may not have its content script yet: a few tries before "cannot run".
      debug('popup: page-entities', e);
      if (++failures >= (round < 8 ? 8 : 3)) update({ kind: 'unavailable' });
      await sleep(250);
    }
  }
}
