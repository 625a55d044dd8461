/**
 * Repair of damaged stored values, and what the reader is told about it.
 *
 *   storage.local "notices"   Notice[]  problems the reader must see (repairs, failed saves)
 *   storage.local "backups"   Backup[]  the raw old value of anything that was repaired (exportable)
 *
 * `repairStorage()` (run by the background, popup and options page) writes the repair: it keeps a
 * backup of the raw value, stores the sanitised one and adds a notice. A class of its own so the
 * content script, which only reads, does not carry it.
 */
import { debug } from './debug-log';
import { GLOSSARY_KEY, GlossaStore, sanitiseStoredGlossary, SETTINGS_KEY } from './glossa-store';
import { sanitiseSettings } from './settings';

const NOTICES_KEY = 'notices';
const BACKUPS_KEY = 'backups';
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

/** The store, plus notices, backups and the repair. */
export class RepairingStore extends GlossaStore {
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
