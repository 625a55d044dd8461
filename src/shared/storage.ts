/**
 * Where settings and the personal glossary live, and how they survive damage.
 *
 *   storage.sync  "settings"  Settings (settings.ts), with schemaVersion
 *   storage.local "glossary"  { schemaVersion: 1, pack: Pack }  (a missing key = no personal glossary)
 *   storage.local "notices"   Notice[]  problems the reader must see (repairs, failed saves)
 *   storage.local "backups"   Backup[]  the raw old value of anything that was repaired (exportable)
 *
 * Reading never writes: `loadSettings`/`loadGlossary` return a sanitised value (defaults for
 * anything unreadable), so the content script in every frame can call them freely.
 * `repairStorage()` (run by the background, popup and options page) writes the repair: it keeps a
 * backup of the raw value, stores the sanitised one and adds a notice. Writes go through
 * `updateSettings`/`updateGlossary`: read-modify-write of the newest stored value, serialised
 * across extension pages with a Web Lock, so two open options pages never lose each other's edits.
 */
import type { Storage as ExtensionStorage } from 'webextension-polyfill';
import browser from './browser';
import type { Pack } from '../text/pack-types';
import { validateGlossary } from './glossary';
import { defaultSettings, sanitiseSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';
export const GLOSSARY_KEY = 'glossary';
/**
 * Changed with every glossary write, in the same storage call: what the background derives from
 * a glossary (the content script's prefilter) carries the token it was built under, so a reader
 * can tell it is stale without reading the glossary itself.
 */
export const GLOSSARY_TOKEN_KEY = 'glossaryToken';
export const NOTICES_KEY = 'notices';
export const BACKUPS_KEY = 'backups';
export const GLOSSARY_VERSION = 1;
const MAX_BACKUPS = 5;
const MAX_BACKUP_CHARS = 3 * 1024 * 1024;
const MAX_NOTICES = 10;

export type NoticeKind = 'settings-repaired' | 'glossary-repaired' | 'save-failed' | 'quota';

export interface Notice {
  id: string;
  kind: NoticeKind;
  /** ISO time. */
  at: string;
  /** Technical details (paths and problems), shown under the localised message. */
  details: string[];
  /** The backup holding the raw value this notice is about, if any. */
  backupId?: string;
}

export interface Backup {
  id: string;
  key: typeof SETTINGS_KEY | typeof GLOSSARY_KEY;
  area: 'sync' | 'local';
  at: string;
  /** JSON text of the raw stored value (possibly cut at MAX_BACKUP_CHARS, then `truncated`). */
  raw: string;
  truncated?: boolean;
}

export class StorageWriteError extends Error {
  constructor(
    readonly quota: boolean,
    message: string,
  ) {
    super(message);
  }
}

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function toWriteError(e: unknown): StorageWriteError {
  const message = e instanceof Error ? e.message : String(e);
  return new StorageWriteError(/quota|QUOTA_BYTES|too large|exceeded/i.test(message), message);
}

async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request(`glossa:${name}`, fn) as Promise<T>;
  return fn();
}

async function getRaw(area: 'sync' | 'local', key: string): Promise<unknown> {
  return (await browser.storage[area].get(key))[key];
}

// ---- Settings ------------------------------------------------------------------------------

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitiseSettings(await getRaw('sync', SETTINGS_KEY)).settings;
  } catch {
    return defaultSettings(); // storage.sync unavailable: run on defaults rather than not at all
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  } catch (e) {
    throw toWriteError(e);
  }
}

/** Applies `change` to the newest stored settings and saves them; returns what was saved. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return withLock(SETTINGS_KEY, async () => {
    const next = change(await loadSettings());
    await saveSettings(next);
    return next;
  });
}

export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, ExtensionStorage.StorageChange>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// ---- Personal glossary ---------------------------------------------------------------------

/** Reads a stored glossary record; `problems` is non-empty when the value had to be repaired. */
export function sanitiseStoredGlossary(raw: unknown): { pack: Pack | null; problems: string[] } {
  if (raw === undefined || raw === null) return { pack: null, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { pack: null, problems: ['glossary: expected an object'] };
  const record = raw as { schemaVersion?: unknown; pack?: unknown; entities?: unknown };
  // Version 0 stored the pack itself, without the { schemaVersion, pack } wrapper.
  const packValue = 'pack' in record ? record.pack : 'entities' in record ? record : undefined;
  const problems: string[] = [];
  if ('pack' in record && record.schemaVersion !== GLOSSARY_VERSION) {
    problems.push(`glossary.schemaVersion: expected ${GLOSSARY_VERSION}, found ${JSON.stringify(record.schemaVersion) ?? 'nothing'}`);
  }
  if (packValue === undefined) return { pack: null, problems: ['glossary: no pack found'] };
  if (packValue === null) return { pack: null, problems };
  const checked = validateGlossary(packValue);
  if (checked.ok) return { pack: checked.value, problems };
  // Keep every entity that is valid on its own, so one damaged entry does not cost the rest.
  const entities = Array.isArray((packValue as { entities?: unknown }).entities) ? ((packValue as { entities: unknown[] }).entities) : [];
  const kept = entities.filter((e) => validateGlossary({ id: 'personal', version: '1', title: 'x', updated: '2000-01-01', entities: [e] }).ok);
  const salvaged = validateGlossary({ id: 'personal', version: '1', title: 'My glossary', updated: new Date().toISOString().slice(0, 10), entities: dedupeById(kept) });
  return { pack: salvaged.ok ? salvaged.value : null, problems: [...problems, ...checked.errors.map((e) => `glossary.pack.${e}`)] };
}

function dedupeById(entities: unknown[]): unknown[] {
  const seen = new Set<unknown>();
  return entities.filter((e) => {
    const id = (e as { id?: unknown }).id;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The pack in a stored glossary value (sanitised), or null when there is none or it cannot be read. */
export function storedGlossaryPack(raw: unknown): Pack | null {
  try {
    return sanitiseStoredGlossary(raw).pack;
  } catch {
    return null;
  }
}

/** The personal glossary as a pack, or null when the reader has none. */
export async function loadGlossary(): Promise<Pack | null> {
  return getRaw('local', GLOSSARY_KEY).then(storedGlossaryPack, () => null);
}

/** The glossary and its token, read together (one consistent snapshot). */
export async function loadGlossaryWithToken(): Promise<{ glossary: Pack | null; token: string | null }> {
  const got = await browser.storage.local.get([GLOSSARY_KEY, GLOSSARY_TOKEN_KEY]).catch(() => ({}) as Record<string, unknown>);
  const token = got[GLOSSARY_TOKEN_KEY];
  return { glossary: storedGlossaryPack(got[GLOSSARY_KEY]), token: typeof token === 'string' ? token : null };
}

export async function saveGlossary(pack: Pack | null): Promise<void> {
  try {
    if (pack === null) {
      // Two calls (a removal cannot share a set()): the new token first. Anything built in between
      // uses the old glossary's names under the new token, more names than needed, which is safe;
      // the rebuild that follows the removal replaces it.
      await browser.storage.local.set({ [GLOSSARY_TOKEN_KEY]: newId() });
      await browser.storage.local.remove(GLOSSARY_KEY);
    } else await browser.storage.local.set({ [GLOSSARY_KEY]: { schemaVersion: GLOSSARY_VERSION, pack }, [GLOSSARY_TOKEN_KEY]: newId() });
  } catch (e) {
    throw toWriteError(e);
  }
}

/**
 * Applies `change` to the newest stored glossary and saves the result in one write: either the
 * whole new glossary is stored or (on any error) the old one stays as it was.
 */
export async function updateGlossary(change: (current: Pack | null) => Pack | null): Promise<Pack | null> {
  return withLock(GLOSSARY_KEY, async () => {
    const next = change(await loadGlossary());
    await saveGlossary(next);
    return next;
  });
}

/** Called when the glossary is written, without reading it (for listeners that read it later, or never). */
export function onGlossaryWritten(callback: () => void): () => void {
  const listener = (changes: Record<string, ExtensionStorage.StorageChange>, area: string) => {
    if (area === 'local' && GLOSSARY_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function onGlossaryChanged(callback: (glossary: Pack | null) => void): () => void {
  return onGlossaryWritten(() => void loadGlossary().then(callback));
}

// ---- Notices and backups -------------------------------------------------------------------

function asArray<T>(value: unknown, ok: (v: unknown) => boolean): T[] {
  return Array.isArray(value) ? (value.filter(ok) as T[]) : [];
}
const isNotice = (v: unknown) => typeof v === 'object' && v !== null && typeof (v as Notice).id === 'string' && typeof (v as Notice).kind === 'string' && Array.isArray((v as Notice).details);
const isBackup = (v: unknown) => typeof v === 'object' && v !== null && typeof (v as Backup).id === 'string' && typeof (v as Backup).raw === 'string';

export async function loadNotices(): Promise<Notice[]> {
  try {
    return asArray<Notice>(await getRaw('local', NOTICES_KEY), isNotice);
  } catch {
    return [];
  }
}

export async function addNotice(notice: Omit<Notice, 'id' | 'at'>): Promise<Notice> {
  const full: Notice = { ...notice, id: newId(), at: new Date().toISOString() };
  await withLock(NOTICES_KEY, async () => {
    const list = (await loadNotices()).filter((n) => !(n.kind === full.kind && JSON.stringify(n.details) === JSON.stringify(full.details)));
    await browser.storage.local.set({ [NOTICES_KEY]: [...list, full].slice(-MAX_NOTICES) });
  });
  return full;
}

export async function dismissNotice(id: string): Promise<void> {
  await withLock(NOTICES_KEY, async () => {
    await browser.storage.local.set({ [NOTICES_KEY]: (await loadNotices()).filter((n) => n.id !== id) });
  });
}

export function onNoticesChanged(callback: (notices: Notice[]) => void): () => void {
  const listener = (changes: Record<string, ExtensionStorage.StorageChange>, area: string) => {
    if (area === 'local' && NOTICES_KEY in changes) void loadNotices().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function loadBackups(): Promise<Backup[]> {
  try {
    return asArray<Backup>(await getRaw('local', BACKUPS_KEY), isBackup);
  } catch {
    return [];
  }
}

async function addBackup(key: Backup['key'], area: Backup['area'], value: unknown): Promise<Backup> {
  let raw: string;
  try {
    raw = JSON.stringify(value) ?? String(value);
  } catch {
    raw = String(value);
  }
  const backup: Backup = { id: newId(), key, area, at: new Date().toISOString(), raw: raw.slice(0, MAX_BACKUP_CHARS) };
  if (raw.length > MAX_BACKUP_CHARS) backup.truncated = true;
  return withLock(BACKUPS_KEY, async () => {
    const list = await loadBackups();
    const same = list.find((b) => b.key === key && b.raw === backup.raw);
    if (same) return same;
    await browser.storage.local.set({ [BACKUPS_KEY]: [...list, backup].slice(-MAX_BACKUPS) });
    return backup;
  });
}

export async function deleteBackup(id: string): Promise<void> {
  await withLock(BACKUPS_KEY, async () => {
    await browser.storage.local.set({ [BACKUPS_KEY]: (await loadBackups()).filter((b) => b.id !== id) });
  });
}

/**
 * Finds stored values that are corrupted, of the wrong type or from another schema version;
 * keeps each raw value as a backup, stores the repaired value and leaves a notice. Never throws.
 * Returns the notices it added.
 */
export async function repairStorage(): Promise<Notice[]> {
  const added: Notice[] = [];
  try {
    await withLock(SETTINGS_KEY, async () => {
      const raw = await getRaw('sync', SETTINGS_KEY);
      const { settings, problems, fromVersion } = sanitiseSettings(raw);
      if (raw === undefined) return;
      // An older version is migrated field by field; the old value is still backed up and noted.
      if (problems.length === 0 && fromVersion === settings.schemaVersion) return;
      if (problems.length === 0) problems.push(`schemaVersion: migrated from version ${fromVersion} to ${settings.schemaVersion}`);
      const backup = await addBackup(SETTINGS_KEY, 'sync', raw);
      await saveSettings(settings);
      added.push(await addNotice({ kind: 'settings-repaired', details: problems, backupId: backup.id }));
    });
  } catch (e) {
    added.push(await addNotice({ kind: 'save-failed', details: [`settings: ${String(e)}`] }).catch(() => null as never));
  }
  try {
    await withLock(GLOSSARY_KEY, async () => {
      const raw = await getRaw('local', GLOSSARY_KEY);
      const { pack, problems } = sanitiseStoredGlossary(raw);
      if (problems.length === 0) return;
      const backup = await addBackup(GLOSSARY_KEY, 'local', raw);
      await saveGlossary(pack);
      added.push(await addNotice({ kind: 'glossary-repaired', details: problems.slice(0, 20), backupId: backup.id }));
    });
  } catch (e) {
    added.push(await addNotice({ kind: 'save-failed', details: [`glossary: ${String(e)}`] }).catch(() => null as never));
  }
  return added.filter(Boolean);
}
