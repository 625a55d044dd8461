/**
 * The reader's settings: their shape, defaults and the sanitiser that turns whatever is in
 * storage (possibly corrupted, hand-edited, or from an older version) into a valid Settings value.
 *
 * Stored in storage.sync under "settings" (see storage.ts). Shape, version 1:
 *   { schemaVersion: 1, enabled, disabledSites: string[], categories: {organization…agreement: bool},
 *     paintStyle: 'underline'|'background'|'none', paintAll: bool, language: 'auto'|'en'|'ar'|'fr' }
 * A value without schemaVersion is read as version 0 (the pre-release shape, same fields) and
 * migrated; a value from a newer version keeps every field this version understands.
 */
import { CATEGORIES, type Category } from '../text/pack-types';

const SETTINGS_VERSION = 1;

export type PaintStyle = 'underline' | 'background' | 'none';
export type TooltipLanguage = 'auto' | 'en' | 'ar' | 'fr';

export const PAINT_STYLES: readonly PaintStyle[] = ['underline', 'background', 'none'];
export const TOOLTIP_LANGUAGES: readonly TooltipLanguage[] = ['auto', 'en', 'ar', 'fr'];

export interface Settings {
  schemaVersion: typeof SETTINGS_VERSION;
  /** The global switch. */
  enabled: boolean;
  /** Hostnames (lower case, no port) where Glossa does nothing. */
  disabledSites: string[];
  categories: Record<Category, boolean>;
  paintStyle: PaintStyle;
  /** False: paint only the first mention of each entity on a page. */
  paintAll: boolean;
  language: TooltipLanguage;
}

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_VERSION,
    enabled: true,
    disabledSites: [],
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
    paintStyle: 'underline',
    paintAll: false,
    language: 'auto',
  };
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}

/** At most this many disabled sites (storage.sync allows 8 KB per item). */
const MAX_DISABLED_SITES = 200;

/**
 * A hostname as the reader typed it or as a page reports it, reduced to lower-case host without
 * scheme, port, path or trailing dot; null when it is not a plausible hostname.
 */
export function normaliseHostname(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(s);
  if (scheme) s = s.slice(scheme[0].length);
  s = s.split(/[/?#]/)[0] ?? '';
  s = s.replace(/^[^@]*@/, '');
  if (s.startsWith('[')) return /^\[[0-9a-f:.]+\]$/.test(s.replace(/:\d+$/, '')) ? s.replace(/(\]):\d+$/, '$1') : null;
  s = s.replace(/:\d*$/, '').replace(/\.$/, '');
  if (s.length === 0 || s.length > 253) return null;
  // Letters of any script are allowed (internationalised names as typed); no spaces or punctuation.
  if (!/^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u.test(s))
    return null;
  return s;
}

export interface SanitisedSettings {
  settings: Settings;
  /** One line per field that was missing, invalid or migrated; empty when the value was valid as is. */
  problems: string[];
  /** The stored value's version (0 when it had none), or null when it was not an object. */
  fromVersion: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 0 (no schemaVersion) used `sites` for disabledSites and `style` for paintStyle. */
function migrateV0(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  if (!('disabledSites' in out) && Array.isArray(raw.sites)) out.disabledSites = raw.sites;
  if (!('paintStyle' in out) && typeof raw.style === 'string') out.paintStyle = raw.style;
  delete out.sites;
  delete out.style;
  return out;
}

/**
 * Turns any stored value into valid Settings. Every field is checked on its own, so one bad
 * field does not cost the reader the others. `problems` names what was replaced by a default.
 */
export function sanitiseSettings(raw: unknown): SanitisedSettings {
  const defaults = defaultSettings();
  if (raw === undefined) return { settings: defaults, problems: [], fromVersion: SETTINGS_VERSION };
  if (!isRecord(raw)) {
    return {
      settings: defaults,
      problems: [`settings: expected an object, found ${describe(raw)}`],
      fromVersion: null,
    };
  }
  const problems: string[] = [];
  let value = raw;
  let fromVersion: number;
  if (!('schemaVersion' in raw)) {
    fromVersion = 0;
    value = migrateV0(raw);
  } else if (typeof raw.schemaVersion === 'number' && Number.isInteger(raw.schemaVersion) && raw.schemaVersion >= 0) {
    fromVersion = raw.schemaVersion;
    if (fromVersion === 0) value = migrateV0(raw);
    if (fromVersion > SETTINGS_VERSION)
      problems.push(
        `schemaVersion: ${fromVersion} is newer than this version of Glossa (${SETTINGS_VERSION}); unknown fields were dropped`,
      );
  } else {
    fromVersion = 0;
    problems.push(`schemaVersion: expected a whole number, found ${describe(raw.schemaVersion)}`);
    value = migrateV0(raw);
  }

  const settings = defaults;
  const bool = (key: 'enabled' | 'paintAll') => {
    if (!(key in value)) return;
    if (typeof value[key] === 'boolean') settings[key] = value[key] as boolean;
    else problems.push(`${key}: expected true or false, found ${describe(value[key])}`);
  };
  bool('enabled');
  bool('paintAll');

  if ('disabledSites' in value) {
    const sites = value.disabledSites;
    if (!Array.isArray(sites)) problems.push(`disabledSites: expected a list, found ${describe(sites)}`);
    else {
      const seen = new Set<string>();
      sites.forEach((site, i) => {
        const host = typeof site === 'string' ? normaliseHostname(site) : null;
        if (!host) problems.push(`disabledSites[${i}]: not a hostname (${describe(site)})`);
        else if (!seen.has(host) && seen.size < MAX_DISABLED_SITES) seen.add(host);
      });
      if (sites.length > MAX_DISABLED_SITES)
        problems.push(`disabledSites: more than ${MAX_DISABLED_SITES} sites; the rest were dropped`);
      settings.disabledSites = [...seen];
    }
  }

  if ('categories' in value) {
    const cats = value.categories;
    if (!isRecord(cats)) problems.push(`categories: expected an object, found ${describe(cats)}`);
    else {
      for (const c of CATEGORIES) {
        if (!(c in cats)) continue;
        if (typeof cats[c] === 'boolean') settings.categories[c] = cats[c] as boolean;
        else problems.push(`categories.${c}: expected true or false, found ${describe(cats[c])}`);
      }
    }
  }

  if ('paintStyle' in value) {
    if (PAINT_STYLES.includes(value.paintStyle as PaintStyle)) settings.paintStyle = value.paintStyle as PaintStyle;
    else problems.push(`paintStyle: expected one of ${PAINT_STYLES.join(', ')}, found ${describe(value.paintStyle)}`);
  }
  if ('language' in value) {
    if (TOOLTIP_LANGUAGES.includes(value.language as TooltipLanguage))
      settings.language = value.language as TooltipLanguage;
    else problems.push(`language: expected one of ${TOOLTIP_LANGUAGES.join(', ')}, found ${describe(value.language)}`);
  }
  return { settings, problems, fromVersion };
}

/** A short, safe description of a value for a problem message (never the whole value). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/** The settings export file: `{ "glossaSettings": 1, "settings": {…} }`. */
const SETTINGS_FILE_MARK = 'glossaSettings';

export function settingsToFile(settings: Settings): string {
  return `${JSON.stringify({ [SETTINGS_FILE_MARK]: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

/** Max size of a settings file (they are a few hundred bytes). */
export const MAX_SETTINGS_FILE_BYTES = 64 * 1024;

/** Parses a settings export; refuses (never half-applies) anything with a problem. */
export function settingsFromFile(text: string): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  if (text.length > MAX_SETTINGS_FILE_BYTES)
    return {
      ok: false,
      errors: [`file: larger than ${MAX_SETTINGS_FILE_BYTES / 1024} KB; not a Glossa settings file`],
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`file: not valid JSON (${(e as Error).message})`] };
  }
  if (!isRecord(data) || !(SETTINGS_FILE_MARK in data) || !isRecord(data.settings)) {
    return {
      ok: false,
      errors: ['file: not a Glossa settings file (expected {"glossaSettings": 1, "settings": {…}})'],
    };
  }
  const { settings, problems } = sanitiseSettings(data.settings);
  if (problems.length) return { ok: false, errors: problems.map((p) => `settings.${p}`) };
  return { ok: true, settings };
}
