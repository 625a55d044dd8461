/**
 * The toolbar badge's state: how many distinct entities each tab holds (the union of what its
 * frames report), empty when Glossa is off (globally or for the tab's site) or the tab holds none.
 * Per-tab state lives in storage.session where the browser has it, so a restarted service worker
 * still knows it; otherwise in memory (Firefox's event page). No browser import: badge.ts passes
 * the extension's APIs, the unit tests pass fakes.
 */
import { debug } from '../shared/debug-log';
import { isSiteEnabled, type Settings } from '../shared/settings';

interface TabState {
  /** Hostname of the top frame, when known. */
  host: string | null;
  /** frameId → ids that frame holds. */
  frames: Record<string, string[]>;
}
type State = Record<string, TabState>;

const SESSION_KEY = 'badgeTabs';
const COLOR = '#1f5fa8';

/** The parts of storage.session the badge uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The parts of browser.action the badge uses. */
export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

export interface TabBadgesDeps {
  /** storage.session, when the browser has it. */
  session: SessionArea | undefined;
  action: BadgeAction;
  loadSettings(): Promise<Settings>;
}

export function badgeText(tab: TabState | undefined, settings: Settings): string {
  if (!tab || !settings.enabled) return '';
  if (tab.host && !isSiteEnabled(settings, tab.host)) return '';
  const ids = new Set(Object.values(tab.frames).flat());
  return ids.size === 0 ? '' : ids.size > 999 ? '999+' : String(ids.size);
}

export class TabBadges {
  /** The state when there is no storage.session (or it failed): the last one written. */
  private memory: State = {};
  /** State changes run one after another: messages from many frames arrive together. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: TabBadgesDeps) {}

  /** A frame of `tabId` holds `ids`; `host` is the top frame's hostname (frame "0" only). */
  frameEntities(tabId: number, frameId: string, host: string | null, ids: string[]): Promise<void> {
    return this.serial(async (state) => {
      const tab = state[tabId] ?? { host: null, frames: {} };
      if (frameId === '0') tab.host = host;
      tab.frames[frameId] = ids;
      state[tabId] = tab;
      await this.show(tabId, tab);
      return state;
    });
  }

  /** A new page in the tab starts from nothing. */
  tabLoading(tabId: number): Promise<void> {
    return this.serial(async (state) => {
      delete state[tabId];
      await this.show(tabId, undefined);
      return state;
    });
  }

  tabRemoved(tabId: number): Promise<void> {
    return this.serial((state) => {
      delete state[tabId];
      return state;
    });
  }

  /** Switching Glossa (or a site) off or on updates every badge at once. */
  settingsChanged(settings: Settings): Promise<void> {
    return this.serial(async (state) => {
      await Promise.all(Object.entries(state).map(([tabId, tab]) => this.show(Number(tabId), tab, settings)));
      return state;
    });
  }

  private async readState(): Promise<State> {
    const { session } = this.deps;
    if (!session) return this.memory;
    try {
      const v = (await session.get(SESSION_KEY))[SESSION_KEY];
      return typeof v === 'object' && v !== null ? (v as State) : {};
    } catch (e) {
      debug('badge: read storage.session', e);
      return this.memory;
    }
  }

  private async writeState(state: State): Promise<void> {
    this.memory = state;
    await this.deps.session
      ?.set({ [SESSION_KEY]: state })
      .catch((e: unknown) => debug('badge: write storage.session', e));
  }

  private serial(fn: (state: State) => State | Promise<State>): Promise<void> {
    const next = this.queue.then(async () => this.writeState(await fn(await this.readState())));
    this.queue = next.catch((e: unknown) => debug('badge: state change', e));
    return next;
  }

  private async show(tabId: number, tab: TabState | undefined, settings?: Settings): Promise<void> {
    const text = badgeText(tab, settings ?? (await this.deps.loadSettings()));
    try {
      await this.deps.action.setBadgeText({ tabId, text });
      if (text) await this.deps.action.setBadgeBackgroundColor({ tabId, color: COLOR });
    } catch (e) {
      debug('badge: the tab is gone', e);
    }
  }
}
