import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../text/pack-types';
import { FakeLocks, FakeStorage, storeOn } from './fake-storage';
import { GLOSSARY_KEY } from './glossa-store';
import { defaultSettings } from './settings';

const glossary = (): Pack =>
  JSON.parse(readFileSync(new URL('../../tests/fixtures/glossaries/valid.json', import.meta.url), 'utf8')) as Pack;

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
