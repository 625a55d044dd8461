/**
 * Where settings and the personal glossary live, and how they survive damage.
 *
 *   storage.sync  "settings"  Settings (settings.ts), with schemaVersion
 *   storage.local "glossary"  { schemaVersion: 1, pack: Pack }  (a missing key = no personal glossary)
 *
 * Reading never writes: `loadSettings`/`loadGlossary` return a sanitised value (defaults for
 * anything unreadable), so the content script in every frame can call them freely. The repair
 * of damaged values is storage-repair.ts (not in the content script). Writes go through
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

export const SETTINGS_KEY = 'settings';
export const GLOSSARY_KEY = 'glossary';
/**
 * Changed with every glossary write, in the same storage call: the background's matcher
 * (find-names.ts) remembers the token it was loaded under, so it can tell a page that is ahead of
 * it from one that is behind without reading the glossary itself.
 */
export const GLOSSARY_TOKEN_KEY = 'glossaryToken';
const GLOSSARY_VERSION = 1;

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

/** Reads a stored glossary record; `problems` is non-empty when the value had to be repaired. */
export function sanitiseStoredGlossary(raw: unknown): { pack: Pack | null; problems: string[] } {
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

/**
 * Settings in the extension's storage, and the news of a glossary write. Apart from the glossary's
 * reading (GlossaStore, below) so the content script's entry carries no glossary validation.
 */
export class SettingsStore {
  constructor(protected readonly deps: StoreDeps) {}

  protected newId(): string {
    return `${this.deps.now().toString(36)}-${this.deps.random().toString(36).slice(2, 8)}`;
  }

  protected isoNow(): string {
    return new Date(this.deps.now()).toISOString();
  }

  protected withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const locks = this.deps.locks();
    return locks ? locks.request(`glossa:${name}`, fn) : fn();
  }

  protected async getRaw(area: 'sync' | 'local', key: string): Promise<unknown> {
    return (await this.deps.storage()[area].get(key))[key];
  }

  protected onChange(area: 'sync' | 'local', key: string, callback: () => void): () => void {
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

  protected async saveSettings(settings: Settings): Promise<void> {
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

  /** Called when the glossary is written, without reading it (for listeners that read it later, or never). */
  onGlossaryWritten(callback: () => void): () => void {
    return this.onChange('local', GLOSSARY_KEY, callback);
  }
}

/** Settings, personal glossary, notices and backups in the extension's storage. */
export class GlossaStore extends SettingsStore {
  // ---- Personal glossary -------------------------------------------------------------------

  /** The personal glossary as a pack, or null when the reader has none. */
  async loadGlossary(): Promise<Pack | null> {
    return this.getRaw('local', GLOSSARY_KEY).then(storedGlossaryPack, (e: unknown) => {
      debug('loadGlossary', e);
      return null;
    });
  }

  protected async saveGlossary(pack: Pack | null): Promise<void> {
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

  onGlossaryChanged(callback: (glossary: Pack | null) => void): () => void {
    return this.onGlossaryWritten(() => void this.loadGlossary().then(callback));
  }
}
