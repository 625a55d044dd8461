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
 *
 * No browser API is imported here: storage, locks and clock are injected (storage.ts passes the
 * extension's; the unit tests pass fakes).
 */
import type { Pack } from '../text/pack-types';
import { debug } from './debug-log';
import { validateGlossary } from './glossary';
import { defaultSettings, sanitiseSettings, type Settings } from './settings';

const SETTINGS_KEY = 'settings';
export const GLOSSARY_KEY = 'glossary';
/**
 * Changed with every glossary write, in the same storage call: what the background derives from
 * a glossary (the content script's prefilter) carries the token it was built under, so a reader
 * can tell it is stale without reading the glossary itself.
 */
export const GLOSSARY_TOKEN_KEY = 'glossaryToken';
const NOTICES_KEY = 'notices';
const BACKUPS_KEY = 'backups';
const GLOSSARY_VERSION = 1;
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

/** The parts of one storage area (browser.storage.sync / .local) the store uses. */
export interface StorageAreaApi {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

type ChangeListener = (changes: Record<string, unknown>, area: string) => void;

/** The parts of browser.storage the store uses. */
export interface StorageApi {
  sync: StorageAreaApi;
  local: StorageAreaApi;
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

/** navigator.locks' request, as far as the store uses it. */
export interface LockApi {
  request<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface StoreDeps {
  /** The storage API, looked up on each use (the content script touches it only when it reads). */
  storage(): StorageApi;
  /** Web Locks, where the context has them (without, writes are not serialised). */
  locks(): LockApi | undefined;
  /** Milliseconds since the epoch (notice and backup times, ids). */
  now(): number;
  /** In [0, 1): the random part of ids. */
  random(): number;
}

function toWriteError(e: unknown): StorageWriteError {
  const message = e instanceof Error ? e.message : String(e);
  return new StorageWriteError(/quota|QUOTA_BYTES|too large|exceeded/i.test(message), message);
}

function asArray<T>(value: unknown, ok: (v: unknown) => boolean): T[] {
  return Array.isArray(value) ? (value.filter(ok) as T[]) : [];
}
const isNotice = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Notice).id === 'string' &&
  typeof (v as Notice).kind === 'string' &&
  Array.isArray((v as Notice).details);
const isBackup = (v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as Backup).id === 'string' && typeof (v as Backup).raw === 'string';

/** Reads a stored glossary record; `problems` is non-empty when the value had to be repaired. */
function sanitiseStoredGlossary(raw: unknown): { pack: Pack | null; problems: string[] } {
  if (raw === undefined || raw === null) return { pack: null, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { pack: null, problems: ['glossary: expected an object'] };
  const record = raw as { schemaVersion?: unknown; pack?: unknown; entities?: unknown };
  // Version 0 stored the pack itself, without the { schemaVersion, pack } wrapper.
  const packValue = 'pack' in record ? record.pack : 'entities' in record ? record : undefined;
  const problems: string[] = [];
  if ('pack' in record && record.schemaVersion !== GLOSSARY_VERSION) {
    problems.push(
      `glossary.schemaVersion: expected ${GLOSSARY_VERSION}, found ${JSON.stringify(record.schemaVersion) ?? 'nothing'}`,
    );
  }
  if (packValue === undefined) return { pack: null, problems: ['glossary: no pack found'] };
  if (packValue === null) return { pack: null, problems };
  const checked = validateGlossary(packValue);
  if (checked.ok) return { pack: checked.value, problems };
  // Keep every entity that is valid on its own, so one damaged entry does not cost the rest.
  const entities = Array.isArray((packValue as { entities?: unknown }).entities)
    ? (packValue as { entities: unknown[] }).entities
    : [];
  const kept = entities.filter(
    (e) => validateGlossary({ id: 'personal', version: '1', title: 'x', updated: '2000-01-01', entities: [e] }).ok,
  );
  const salvaged = validateGlossary({
    id: 'personal',
    version: '1',
    title: 'My glossary',
    updated: new Date().toISOString().slice(0, 10),
    entities: dedupeById(kept),
  });
  return {
    pack: salvaged.ok ? salvaged.value : null,
    problems: [...problems, ...checked.errors.map((e) => `glossary.pack.${e}`)],
  };
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
  } catch (e) {
    debug('storedGlossaryPack', e);
    return null;
  }
}

/** Settings, personal glossary, notices and backups in the extension's storage. */
export class GlossaStore {
  constructor(private readonly deps: StoreDeps) {}

  private newId(): string {
    return `${this.deps.now().toString(36)}-${this.deps.random().toString(36).slice(2, 8)}`;
  }

  private isoNow(): string {
    return new Date(this.deps.now()).toISOString();
  }

  private withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const locks = this.deps.locks();
    return locks ? locks.request(`glossa:${name}`, fn) : fn();
  }

  private async getRaw(area: 'sync' | 'local', key: string): Promise<unknown> {
    return (await this.deps.storage()[area].get(key))[key];
  }

  private onChange(area: 'sync' | 'local', key: string, callback: () => void): () => void {
    const listener: ChangeListener = (changes, changedArea) => {
      if (changedArea === area && key in changes) callback();
    };
    const { onChanged } = this.deps.storage();
    onChanged.addListener(listener);
    return () => onChanged.removeListener(listener);
  }

  // ---- Settings ----------------------------------------------------------------------------

  async loadSettings(): Promise<Settings> {
    try {
      return sanitiseSettings(await this.getRaw('sync', SETTINGS_KEY)).settings;
    } catch (e) {
      debug('loadSettings', e);
      return defaultSettings(); // storage.sync unavailable: run on defaults rather than not at all
    }
  }

  private async saveSettings(settings: Settings): Promise<void> {
    try {
      await this.deps.storage().sync.set({ [SETTINGS_KEY]: settings });
    } catch (e) {
      throw toWriteError(e);
    }
  }

  /** Applies `change` to the newest stored settings and saves them; returns what was saved. */
  updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
    return this.withLock(SETTINGS_KEY, async () => {
      const next = change(await this.loadSettings());
      await this.saveSettings(next);
      return next;
    });
  }

  onSettingsChanged(callback: (settings: Settings) => void): () => void {
    return this.onChange('sync', SETTINGS_KEY, () => void this.loadSettings().then(callback));
  }

  // ---- Personal glossary -------------------------------------------------------------------

  /** The personal glossary as a pack, or null when the reader has none. */
  async loadGlossary(): Promise<Pack | null> {
    return this.getRaw('local', GLOSSARY_KEY).then(storedGlossaryPack, (e: unknown) => {
      debug('loadGlossary', e);
      return null;
    });
  }

  /** The glossary and its token, read together (one consistent snapshot). */
  async loadGlossaryWithToken(): Promise<{ glossary: Pack | null; token: string | null }> {
    const got = await this.deps
      .storage()
      .local.get([GLOSSARY_KEY, GLOSSARY_TOKEN_KEY])
      .catch((e: unknown) => {
        debug('loadGlossaryWithToken', e);
        return {} as Record<string, unknown>;
      });
    const token = got[GLOSSARY_TOKEN_KEY];
    return { glossary: storedGlossaryPack(got[GLOSSARY_KEY]), token: typeof token === 'string' ? token : null };
  }

  private async saveGlossary(pack: Pack | null): Promise<void> {
    const local = this.deps.storage().local;
    try {
      if (pack === null) {
        // Two calls (a removal cannot share a set()): the new token first. Anything built in between
        // uses the old glossary's names under the new token, more names than needed, which is safe;
        // the rebuild that follows the removal replaces it.
        await local.set({ [GLOSSARY_TOKEN_KEY]: this.newId() });
        await local.remove(GLOSSARY_KEY);
      } else {
        await local.set({
          [GLOSSARY_KEY]: { schemaVersion: GLOSSARY_VERSION, pack },
          [GLOSSARY_TOKEN_KEY]: this.newId(),
        });
      }
    } catch (e) {
      throw toWriteError(e);
    }
  }

  /**
   * Applies `change` to the newest stored glossary and saves the result in one write: either the
   * whole new glossary is stored or (on any error) the old one stays as it was.
   */
  updateGlossary(change: (current: Pack | null) => Pack | null): Promise<Pack | null> {
    return this.withLock(GLOSSARY_KEY, async () => {
      const next = change(await this.loadGlossary());
      await this.saveGlossary(next);
      return next;
    });
  }

  /** Called when the glossary is written, without reading it (for listeners that read it later, or never). */
  onGlossaryWritten(callback: () => void): () => void {
    return this.onChange('local', GLOSSARY_KEY, callback);
  }

  onGlossaryChanged(callback: (glossary: Pack | null) => void): () => void {
    return this.onGlossaryWritten(() => void this.loadGlossary().then(callback));
  }

  // ---- Notices and backups -----------------------------------------------------------------

  async loadNotices(): Promise<Notice[]> {
    try {
      return asArray<Notice>(await this.getRaw('local', NOTICES_KEY), isNotice);
    } catch (e) {
      debug('loadNotices', e);
      return [];
    }
  }

  private async addNotice(notice: Omit<Notice, 'id' | 'at'>): Promise<Notice> {
    const full: Notice = { ...notice, id: this.newId(), at: this.isoNow() };
    await this.withLock(NOTICES_KEY, async () => {
      const same = (n: Notice) => n.kind === full.kind && JSON.stringify(n.details) === JSON.stringify(full.details);
      const list = (await this.loadNotices()).filter((n) => !same(n));
      await this.deps.storage().local.set({ [NOTICES_KEY]: [...list, full].slice(-MAX_NOTICES) });
    });
    return full;
  }

  async dismissNotice(id: string): Promise<void> {
    await this.withLock(NOTICES_KEY, async () => {
      const list = (await this.loadNotices()).filter((n) => n.id !== id);
      await this.deps.storage().local.set({ [NOTICES_KEY]: list });
    });
  }

  onNoticesChanged(callback: (notices: Notice[]) => void): () => void {
    return this.onChange('local', NOTICES_KEY, () => void this.loadNotices().then(callback));
  }

  async loadBackups(): Promise<Backup[]> {
    try {
      return asArray<Backup>(await this.getRaw('local', BACKUPS_KEY), isBackup);
    } catch (e) {
      debug('loadBackups', e);
      return [];
    }
  }

  private async addBackup(key: Backup['key'], area: Backup['area'], value: unknown): Promise<Backup> {
    let raw: string;
    try {
      raw = JSON.stringify(value) ?? String(value);
    } catch (e) {
      debug('addBackup: not JSON', e);
      raw = String(value);
    }
    const backup: Backup = { id: this.newId(), key, area, at: this.isoNow(), raw: raw.slice(0, MAX_BACKUP_CHARS) };
    if (raw.length > MAX_BACKUP_CHARS) backup.truncated = true;
    return this.withLock(BACKUPS_KEY, async () => {
      const list = await this.loadBackups();
      const same = list.find((b) => b.key === key && b.raw === backup.raw);
      if (same) return same;
      await this.deps.storage().local.set({ [BACKUPS_KEY]: [...list, backup].slice(-MAX_BACKUPS) });
      return backup;
    });
  }

  /**
   * Finds stored values that are corrupted, of the wrong type or from another schema version;
   * keeps each raw value as a backup, stores the repaired value and leaves a notice. Never throws.
   * Returns the notices it added.
   */
  async repairStorage(): Promise<Notice[]> {
    const added: Notice[] = [];
    const failed = async (what: string, e: unknown): Promise<void> => {
      debug(`repairStorage: ${what}`, e);
      const notice = await this.addNotice({ kind: 'save-failed', details: [`${what}: ${String(e)}`] }).catch(
        (e2: unknown) => debug('repairStorage: notice', e2),
      );
      if (notice) added.push(notice);
    };
    try {
      await this.withLock(SETTINGS_KEY, async () => {
        const raw = await this.getRaw('sync', SETTINGS_KEY);
        const { settings, problems, fromVersion } = sanitiseSettings(raw);
        if (raw === undefined) return;
        // An older version is migrated field by field; the old value is still backed up and noted.
        if (problems.length === 0 && fromVersion === settings.schemaVersion) return;
        if (problems.length === 0) {
          problems.push(`schemaVersion: migrated from version ${fromVersion} to ${settings.schemaVersion}`);
        }
        const backup = await this.addBackup(SETTINGS_KEY, 'sync', raw);
        await this.saveSettings(settings);
        added.push(await this.addNotice({ kind: 'settings-repaired', details: problems, backupId: backup.id }));
      });
    } catch (e) {
      await failed('settings', e);
    }
    try {
      await this.withLock(GLOSSARY_KEY, async () => {
        const raw = await this.getRaw('local', GLOSSARY_KEY);
        const { pack, problems } = sanitiseStoredGlossary(raw);
        if (problems.length === 0) return;
        const backup = await this.addBackup(GLOSSARY_KEY, 'local', raw);
        await this.saveGlossary(pack);
        added.push(
          await this.addNotice({ kind: 'glossary-repaired', details: problems.slice(0, 20), backupId: backup.id }),
        );
      });
    } catch (e) {
      await failed('glossary', e);
    }
    return added;
  }
}
