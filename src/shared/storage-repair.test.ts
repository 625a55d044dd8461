import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../text/pack-types';
import { FakeStorage, storeOn } from './fake-storage';
import { GLOSSARY_KEY, GLOSSARY_TOKEN_KEY } from './glossa-store';
import { sanitiseSettings } from './settings';

const glossary = (): Pack =>
  JSON.parse(readFileSync(new URL('../../tests/fixtures/glossaries/valid.json', import.meta.url), 'utf8')) as Pack;

describe('RepairingStore', () => {
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
