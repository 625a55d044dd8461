import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../shared/settings';
import { badgeText, TabBadges, type BadgeAction, type SessionArea } from './tab-badges';

/** A few turns of the microtask queue: storage calls are asynchronous, so callers interleave. */
async function ticks(): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

/** storage.session in memory: values copied in and out, as the browser does. */
class FakeSession implements SessionArea {
  readonly data = new Map<string, unknown>();
  async get(key: string): Promise<Record<string, unknown>> {
    await ticks();
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    await ticks();
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
}

/** browser.action: the last badge text per tab; tabs in `closed` reject, as a closed tab does. */
class FakeAction implements BadgeAction {
  readonly text = new Map<number, string>();
  readonly closed = new Set<number>();
  async setBadgeText({ tabId, text }: { tabId: number; text: string }): Promise<void> {
    await ticks();
    if (this.closed.has(tabId)) throw new Error(`No tab with id: ${tabId}`);
    this.text.set(tabId, text);
  }
  async setBadgeBackgroundColor(): Promise<void> {
    await ticks();
  }
}

function badgesWith(session: SessionArea | undefined, settings: Settings = defaultSettings()) {
  const action = new FakeAction();
  const badges = new TabBadges({ session, action, loadSettings: async () => settings });
  return { action, badges };
}

describe('TabBadges', () => {
  it('counts the distinct entities of every frame, when the frames report at once', async () => {
    const { action, badges } = badgesWith(new FakeSession());
    await Promise.all([
      badges.frameEntities(7, '0', 'example.org', ['africom', 'wagner']),
      badges.frameEntities(7, '3', null, ['wagner', 'langley']),
      badges.frameEntities(7, '5', null, ['himars']),
    ]);
    expect(action.text.get(7)).toBe('4');
  });

  it('works without storage.session (in memory), frames reporting at once', async () => {
    const { action, badges } = badgesWith(undefined);
    await Promise.all([badges.frameEntities(2, '0', null, ['a']), badges.frameEntities(2, '1', null, ['b'])]);
    expect(action.text.get(2)).toBe('2');
  });

  it('a restarted background still knows the tabs (state in storage.session)', async () => {
    const session = new FakeSession();
    await badgesWith(session).badges.frameEntities(4, '0', 'example.org', ['a', 'b']);
    const restarted = badgesWith(session);
    await restarted.badges.frameEntities(4, '2', null, ['c']);
    expect(restarted.action.text.get(4)).toBe('3');
  });

  it('a new page in the tab starts from nothing', async () => {
    const { action, badges } = badgesWith(new FakeSession());
    await badges.frameEntities(1, '0', 'example.org', ['a', 'b']);
    await badges.tabLoading(1);
    expect(action.text.get(1)).toBe('');
    await badges.frameEntities(1, '0', 'example.org', ['c']);
    expect(action.text.get(1)).toBe('1');
  });

  it('switching Glossa or a site off empties the badges, and on again restores them', async () => {
    const { action, badges } = badgesWith(new FakeSession());
    await badges.frameEntities(1, '0', 'example.org', ['a']);
    await badges.frameEntities(2, '0', 'other.org', ['a', 'b']);
    await badges.settingsChanged({ ...defaultSettings(), disabledSites: ['example.org'] });
    expect([action.text.get(1), action.text.get(2)]).toEqual(['', '2']);
    await badges.settingsChanged({ ...defaultSettings(), enabled: false });
    expect([action.text.get(1), action.text.get(2)]).toEqual(['', '']);
    await badges.settingsChanged(defaultSettings());
    expect([action.text.get(1), action.text.get(2)]).toEqual(['1', '2']);
  });

  it('a closed tab does not stop the others', async () => {
    const { action, badges } = badgesWith(new FakeSession());
    action.closed.add(9);
    await badges.frameEntities(9, '0', null, ['a']);
    await badges.frameEntities(3, '0', null, ['a']);
    expect(action.text.get(3)).toBe('1');
  });
});

describe('badgeText', () => {
  it('caps the count at 999+', () => {
    const ids = Array.from({ length: 1200 }, (_, i) => `e${i}`);
    expect(badgeText({ host: null, frames: { 0: ids } }, defaultSettings())).toBe('999+');
    expect(badgeText({ host: null, frames: { 0: [] } }, defaultSettings())).toBe('');
  });
});
