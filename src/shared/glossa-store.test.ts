import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../text/pack-types';
import {
  GLOSSARY_KEY,
  GLOSSARY_TOKEN_KEY,
  GlossaStore,
  type LockApi,
  type StorageApi,
  type StorageAreaApi,
} from './glossa-store';
import { defaultSettings, sanitiseSettings } from './settings';

const glossary = (): Pack =>
  JSON.parse(readFileSync(new URL('../../tests/fixtures/glossaries/valid.json', import.meta.url), 'utf8')) as Pack;

/** A few turns of the microtask queue: storage calls are asynchronous, so callers interleave. */
async function ticks(): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** browser.storage in memory: values are copied in and out, and every write fires onChanged. */
class FakeStorage implements StorageApi {
  readonly listeners = new Set<Listener>();
  readonly onChanged = {
    addListener: (l: Listener) => void this.listeners.add(l),
    removeListener: (l: Listener) => void this.listeners.delete(l),
  };
  readonly sync: FakeArea;
  readonly local: FakeArea;
  constructor() {
    this.sync = new FakeArea('sync', this.listeners);
    this.local = new FakeArea('local', this.listeners);
  }
}

class FakeArea implements StorageAreaApi {
  readonly data = new Map<string, unknown>();
  /** When set, set() rejects with it (a full quota). */
  failWrites: Error | null = null;
  constructor(
    private readonly name: string,
    private readonly listeners: Set<Listener>,
  ) {}
  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    await ticks();
    const out: Record<string, unknown> = {};
    for (const k of [keys].flat()) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    await ticks();
    if (this.failWrites) throw this.failWrites;
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
    for (const l of this.listeners) l(Object.fromEntries(Object.keys(items).map((k) => [k, {}])), this.name);
  }
  async remove(keys: string | string[]): Promise<void> {
    await ticks();
    for (const k of [keys].flat()) this.data.delete(k);
    for (const l of this.listeners) l(Object.fromEntries([keys].flat().map((k) => [k, {}])), this.name);
  }
}

/** navigator.locks: one queue per lock name, shared by every store (every extension page). */
class FakeLocks implements LockApi {
  private readonly queues = new Map<string, Promise<unknown>>();
  request<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(name) ?? Promise.resolve()).then(fn);
    this.queues.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  }
}

function storeOn(storage: FakeStorage, locks: LockApi | undefined = new FakeLocks()): GlossaStore {
  let clock = Date.UTC(2026, 0, 2);
  let seed = 0;
  return new GlossaStore({
    storage: () => storage,
    locks: () => locks,
    now: () => (clock += 1000),
    random: () => (seed = (seed * 9301 + 49297) % 233280) / 233280,
  });
}

describe('GlossaStore: reading', () => {
  it('returns sanitised values and never writes, even when the stored ones are damaged', async () => {
    const storage = new FakeStorage();
    storage.sync.data.set('settings', { schemaVersion: 1, enabled: 'yes', language: 'fr' });
    storage.local.data.set(GLOSSARY_KEY, 'not a glossary');
    const store = storeOn(storage);
    expect(await store.loadSettings()).toEqual({ ...defaultSettings(), language: 'fr' });
    expect(await store.loadGlossary()).toBeNull();
    expect(storage.sync.data.get('settings')).toEqual({ schemaVersion: 1, enabled: 'yes', language: 'fr' });
    expect(storage.local.data.get(GLOSSARY_KEY)).toBe('not a glossary');
  });
  it('runs on defaults when storage cannot be read', async () => {
    const storage = new FakeStorage();
    storage.sync.get = () => Promise.reject(new Error('storage.sync is disabled'));
    expect(await storeOn(storage).loadSettings()).toEqual(defaultSettings());
  });
});

describe('GlossaStore: repair', () => {
  it('repairs damaged settings: keeps the good fields, backs up the raw value, leaves a notice', async () => {
    const storage = new FakeStorage();
    const raw = { schemaVersion: 1, enabled: 'yes', paintStyle: 'blink', language: 'fr', disabledSites: ['ok.org', 5] };
    storage.sync.data.set('settings', raw);
    const store = storeOn(storage);

    const notices = await store.repairStorage();
    expect(notices.map((n) => n.kind)).toEqual(['settings-repaired']);
    expect(notices[0]!.details.map((d) => d.split(':')[0])).toEqual(['enabled', 'disabledSites[1]', 'paintStyle']);
    const repaired = sanitiseSettings(raw).settings;
    expect(storage.sync.data.get('settings')).toEqual(repaired);
    expect(repaired).toMatchObject({ language: 'fr', disabledSites: ['ok.org'] });

    // The backup holds the raw value exactly, so it can be restored (exported, re-imported).
    const backups = await store.loadBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ id: notices[0]!.backupId, key: 'settings', area: 'sync' });
    expect(JSON.parse(backups[0]!.raw)).toEqual(raw);
    expect(await store.loadNotices()).toEqual(notices);

    // Repaired once: a second run finds nothing to do.
    expect(await store.repairStorage()).toEqual([]);
  });

  it('salvages the valid entities of a damaged glossary and keeps the raw value as a backup', async () => {
    const storage = new FakeStorage();
    const pack = glossary();
    const raw = { schemaVersion: 1, pack: { ...pack, entities: [pack.entities[0], { id: 5, names: 'broken' }] } };
    storage.local.data.set(GLOSSARY_KEY, raw);
    const store = storeOn(storage);

    const notices = await store.repairStorage();
    expect(notices.map((n) => n.kind)).toEqual(['glossary-repaired']);
    expect((await store.loadGlossary())?.entities.map((e) => e.id)).toEqual([pack.entities[0]!.id]);
    expect(typeof storage.local.data.get(GLOSSARY_TOKEN_KEY)).toBe('string');
    const backups = await store.loadBackups();
    expect(backups.map((b) => b.id)).toEqual([notices[0]!.backupId]);
    expect(JSON.parse(backups[0]!.raw)).toEqual(raw);
  });

  it('a backup restored and repaired again is not backed up twice', async () => {
    const storage = new FakeStorage();
    const raw = { schemaVersion: 1, enabled: 'yes' };
    storage.sync.data.set('settings', raw);
    const store = storeOn(storage);
    await store.repairStorage();
    const [backup] = await store.loadBackups();
    storage.sync.data.set('settings', JSON.parse(backup!.raw));
    const again = await store.repairStorage();
    expect(again.map((n) => n.backupId)).toEqual([backup!.id]);
    expect(await store.loadBackups()).toHaveLength(1);
  });

  it('says so when the repaired value cannot be saved, and leaves the old one', async () => {
    const storage = new FakeStorage();
    storage.sync.data.set('settings', { schemaVersion: 1, enabled: 'yes' });
    storage.sync.failWrites = new Error('QUOTA_BYTES quota exceeded');
    const notices = await storeOn(storage).repairStorage();
    expect(notices.map((n) => n.kind)).toEqual(['save-failed']);
    expect(notices[0]!.details[0]).toMatch(/^settings: .*QUOTA_BYTES/);
    expect(storage.sync.data.get('settings')).toEqual({ schemaVersion: 1, enabled: 'yes' });
  });
});

describe('GlossaStore: concurrent writers', () => {
  it('two pages adding an entity at once both keep their edit (writes take the lock)', async () => {
    const storage = new FakeStorage();
    const locks = new FakeLocks();
    const [a, b] = [storeOn(storage, locks), storeOn(storage, locks)];
    const [x, y] = glossary().entities;
    const add = (e: typeof x) => (current: Pack | null) => ({
      ...(current ?? { ...glossary(), entities: [] }),
      entities: [...(current?.entities ?? []), e!],
    });
    await Promise.all([a.updateGlossary(add(x)), b.updateGlossary(add(y))]);
    expect((await a.loadGlossary())?.entities.map((e) => e.id).sort()).toEqual([x!.id, y!.id].sort());
  });

  it('two pages changing settings at once both keep their change', async () => {
    const storage = new FakeStorage();
    const locks = new FakeLocks();
    const [a, b] = [storeOn(storage, locks), storeOn(storage, locks)];
    await Promise.all([
      a.updateSettings((s) => ({ ...s, enabled: false })),
      b.updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'example.org'] })),
    ]);
    expect(await a.loadSettings()).toMatchObject({ enabled: false, disabledSites: ['example.org'] });
  });

  it('listeners hear about writes to their key only', async () => {
    const storage = new FakeStorage();
    const store = storeOn(storage);
    const heard: string[] = [];
    const stop = store.onGlossaryWritten(() => heard.push('glossary'));
    await store.updateSettings((s) => ({ ...s, enabled: false }));
    await store.updateGlossary(() => glossary());
    stop();
    await store.updateGlossary(() => null);
    expect(heard).toEqual(['glossary']);
  });
});
