/**
 * Context menu on selected text: "Look up in Glossa" finds the entity the selection names (with
 * the matcher that answers the pages, find-names.ts: bundled pack and personal glossary) and asks the
 * tab's top frame to show its card (`glossa:show-card`, entityId null = not a known name);
 * "Add to my glossary" opens the options page pre-filled (`options.html#add=<text>`).
 * Menus are (re)created on install and on browser start; the click listener is registered at the
 * top level so it survives the service worker being stopped.
 */
import browser from '../shared/browser';
import { sendToTab } from '../shared/messaging';
import { t } from '../shared/i18n';
import type { Matcher } from '../text/matcher';
import { backgroundMatcher } from './find-names';
import { debug } from '../shared/debug-log';

const MENU_LOOKUP = 'glossa-lookup';
const MENU_ADD = 'glossa-add';
const MAX_SELECTION = 500;

/** The entity the text names: the longest match, else the first; null when none. */
function entityInText(matcher: Matcher, text: string): string | null {
  const matches = matcher.find(text.slice(0, MAX_SELECTION));
  if (matches.length === 0) return null;
  const best = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0]!;
  return best.entityId;
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_LOOKUP, title: t('menuLookUp'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_ADD, title: t('menuAddToGlossary'), contexts: ['selection'] });
}

// Creating a menu that exists (a worker restarted within one session) fails harmlessly.
browser.runtime.onInstalled.addListener(
  () => void createMenus().catch((e: unknown) => debug('context menu: create on install', e)),
);
browser.runtime.onStartup.addListener(
  () => void createMenus().catch((e: unknown) => debug('context menu: create on start', e)),
);

browser.contextMenus.onClicked.addListener((info, tab) => {
  const text = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION);
  if (!text) return;
  if (info.menuItemId === MENU_ADD) {
    void browser.tabs.create({
      url: browser.runtime.getURL(`options.html#add=${encodeURIComponent(text.slice(0, 200))}`),
    });
    return;
  }
  if (info.menuItemId !== MENU_LOOKUP || tab?.id === undefined) return;
  const tabId = tab.id;
  void backgroundMatcher.current().then(async (matcher) => {
    await sendToTab(tabId, 'glossa:show-card', { entityId: entityInText(matcher, text), query: text }).catch(
      (e: unknown) => {
        // No content script there (browser page, PDF viewer): nothing can be shown.
        debug('context menu: show card', e);
      },
    );
  });
});
