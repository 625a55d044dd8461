/**
 * The toolbar badge (tab-badges.ts), fed by the frames' `glossa:frame-entities` reports, tab
 * navigation and settings changes.
 */
import type { Runtime, Storage as ExtensionStorage } from 'webextension-polyfill';
import browser from '../shared/browser';
import { debug } from '../shared/debug-log';
import { isGlossaMessage } from '../shared/messages';
import { normaliseHostname } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { TabBadges } from './tab-badges';

const badges = new TabBadges({
  session: (browser.storage as unknown as { session?: ExtensionStorage.StorageArea }).session,
  action: browser.action,
  loadSettings,
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isGlossaMessage(message) || message.type !== 'glossa:frame-entities') return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !Array.isArray(message.ids)) return undefined;
  const ids = message.ids.filter((id): id is string => typeof id === 'string').slice(0, 5000);
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
  return undefined;
});

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === 'loading') void badges.tabLoading(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => {
  void badges.tabRemoved(tabId);
});
onSettingsChanged((settings) => {
  void badges.settingsChanged(settings);
});
