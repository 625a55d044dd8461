/**
 * The extension's stored settings and personal glossary (glossa-store.ts), notices, backups and
 * repair (storage-repair.ts), over browser.storage, Web Locks and the system clock. Every part of
 * Glossa reads and writes them through these functions. The stores are made pure (dropped from a
 * bundle that uses none of their functions), so the content script carries no repair code.
 */
import type { Settings } from './settings';
import type { Pack } from '../text/pack-types';
import browser from './browser';
import { GlossaStore, SettingsStore, type StoreDeps } from './glossa-store';
import { RepairingStore, type Notice } from './storage-repair';

const deps: StoreDeps = {
  storage: () => browser.storage,
  locks: () => (globalThis.navigator as Navigator | undefined)?.locks,
  now: () => Date.now(),
  random: () => Math.random(),
};
const settingsStore = /* @__PURE__ */ new SettingsStore(deps);
const store = /* @__PURE__ */ new GlossaStore(deps);
const repairing = /* @__PURE__ */ new RepairingStore(deps);

export function loadSettings(): Promise<Settings> {
  return settingsStore.loadSettings();
}
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return settingsStore.updateSettings(change);
}
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  return settingsStore.onSettingsChanged(callback);
}
export function loadGlossary(): Promise<Pack | null> {
  return store.loadGlossary();
}
export function updateGlossary(change: (current: Pack | null) => Pack | null): Promise<Pack | null> {
  return store.updateGlossary(change);
}
export function onGlossaryWritten(callback: () => void): () => void {
  return settingsStore.onGlossaryWritten(callback);
}
export function onGlossaryChanged(callback: (glossary: Pack | null) => void): () => void {
  return store.onGlossaryChanged(callback);
}

export function loadNotices(): Promise<Notice[]> {
  return repairing.loadNotices();
}
export function dismissNotice(id: string): Promise<void> {
  return repairing.dismissNotice(id);
}
export function onNoticesChanged(callback: (notices: Notice[]) => void): () => void {
  return repairing.onNoticesChanged(callback);
}
export function loadBackups(): ReturnType<RepairingStore['loadBackups']> {
  return repairing.loadBackups();
}
export function repairStorage(): Promise<Notice[]> {
  return repairing.repairStorage();
}

// Records and keys other parts read from storage themselves (one import for all of it).
export { GLOSSARY_KEY, GLOSSARY_TOKEN_KEY, StorageWriteError, storedGlossaryPack } from './glossa-store';
export type { Notice } from './storage-repair';
