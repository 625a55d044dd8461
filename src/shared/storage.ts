/**
 * Where settings (storage.sync) and the personal glossary (storage.local) live.
 * FIRST VERSION: reads and writes with defaults; the popup/options work hardens it
 * (schema migrations, kept backups of corrupted values, notices).
 */
import browser from 'webextension-polyfill';
import type { Pack } from '../text/pack-types';
import { defaultSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';
export const GLOSSARY_KEY = 'glossary';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  return { ...defaultSettings(), ...(typeof stored === 'object' && stored ? (stored as Partial<Settings>) : {}) };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** The personal glossary as a pack, or null when the reader has none. */
export async function loadGlossary(): Promise<Pack | null> {
  const stored = (await browser.storage.local.get(GLOSSARY_KEY))[GLOSSARY_KEY] as { pack?: Pack } | undefined;
  return stored?.pack ?? null;
}

export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function onGlossaryChanged(callback: (glossary: Pack | null) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && GLOSSARY_KEY in changes) void loadGlossary().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
