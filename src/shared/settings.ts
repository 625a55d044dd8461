/**
 * The reader's settings: their shape, defaults and the sanitiser that turns whatever is in
 * storage (possibly corrupted or from an older version) into a valid Settings value.
 */
import { CATEGORIES, type Category } from '../text/pack-types';

export const SETTINGS_VERSION = 1;

export type PaintStyle = 'underline' | 'background' | 'none';
export type TooltipLanguage = 'auto' | 'en' | 'ar' | 'fr';

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
