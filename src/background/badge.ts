/**
 * The toolbar badge: how many distinct entities the tab holds (the union of what its frames
 * report with `glossa:frame-entities`), empty when Glossa is off (globally or for the tab's
 * site) or the tab holds none. Per-tab state lives in storage.session where the browser has it,
 * so a restarted service worker still knows it; otherwise in memory (Firefox's event page).
 */
import type { Runtime, Storage as ExtensionStorage } from 'webextension-polyfill';
import browser from '../shared/browser';
import type { Request } from '../shared/messages';
import { isSiteEnabled, normaliseHostname, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/storage';

interface TabState {
  /** Hostname of the top frame, when known. */
  host: string | null;
  /** frameId → ids that frame holds. */
  frames: Record<string, string[]>;
}
type State = Record<string, TabState>;

const SESSION_KEY = 'badgeTabs';
const session = (browser.storage as unknown as { session?: ExtensionStorage.StorageArea }).session;
let memory: State = {};
let queue: Promise<unknown> = Promise.resolve();

async function readState(): Promise<State> {
  if (!session) return memory;
  try {
    const v = (await session.get(SESSION_KEY))[SESSION_KEY];
    return typeof v === 'object' && v !== null ? (v as State) : {};
  } catch {
    return memory;
  }
}

async function writeState(state: State): Promise<void> {
  memory = state;
  if (session) await session.set({ [SESSION_KEY]: state }).catch(() => {});
}

/** Runs state changes one after another (messages from many frames arrive together). */
function serial(fn: (state: State) => State | Promise<State>): Promise<void> {
  const next = queue.then(async () => writeState(await fn(await readState())));
  queue = next.catch(() => {});
  return next;
}

export function badgeText(tab: TabState | undefined, settings: Settings): string {
  if (!tab || !settings.enabled) return '';
  if (tab.host && !isSiteEnabled(settings, tab.host)) return '';
  const ids = new Set(Object.values(tab.frames).flat());
  return ids.size === 0 ? '' : ids.size > 999 ? '999+' : String(ids.size);
}

async function show(tabId: number, tab: TabState | undefined, settings?: Settings): Promise<void> {
  const text = badgeText(tab, settings ?? (await loadSettings()));
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fa8' });
  } catch {
    // The tab is gone.
  }
}

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
    } catch {
      host = null;
    }
  }
  void serial(async (state) => {
    const tab = state[tabId] ?? { host: null, frames: {} };
    if (frameId === '0') tab.host = host;
    tab.frames[frameId] = ids;
    state[tabId] = tab;
    await show(tabId, tab);
    return state;
  });
}

// A new page in the tab starts from nothing; a closed tab is forgotten.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status !== 'loading') return;
  void serial(async (state) => {
    delete state[tabId];
    await show(tabId, undefined);
    return state;
  });
});
browser.tabs.onRemoved.addListener((tabId) => {
  void serial((state) => {
    delete state[tabId];
    return state;
  });
});

// Switching Glossa (or a site) off or on updates every badge at once.
onSettingsChanged((settings) => {
  void serial(async (state) => {
    await Promise.all(Object.entries(state).map(([tabId, tab]) => show(Number(tabId), tab, settings)));
    return state;
  });
});
