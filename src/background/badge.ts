/**
 * The toolbar badge (tab-badges.ts), fed by the frames' `glossa:frame-entities` reports, tab
 * navigation and settings changes.
 */
import type { Runtime, Storage as ExtensionStorage } from 'webextension-polyfill';
import browser from '../shared/browser';
import { debug } from '../shared/debug-log';
import type { Request } from '../shared/messages';
import { normaliseHostname } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { TabBadges } from './tab-badges';

const badges = new TabBadges({
  session: (browser.storage as unknown as { session?: ExtensionStorage.StorageArea }).session,
  action: browser.action,
  loadSettings,
});

/** Answers `glossa:frame-entities` (the request's ids are checked strings). */
export function frameEntities(request: Request<'glossa:frame-entities'>, sender: Runtime.MessageSender): void {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return;
  const ids = request.ids.slice(0, 5000);
  const frameId = String(sender.frameId ?? 0);
  let host: string | null = null;
  if (frameId === '0' && sender.url) {
    try {
      host = normaliseHostname(new URL(sender.url).hostname);
    } catch (e) {
      debug('badge: sender URL', e);
    }
  }
  void badges.frameEntities(tabId, frameId, host, ids);
}

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === 'loading') void badges.tabLoading(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => {
  void badges.tabRemoved(tabId);
});
onSettingsChanged((settings) => {
  void badges.settingsChanged(settings);
});
