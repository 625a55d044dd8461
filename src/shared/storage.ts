/**
 * The extension's stored settings, personal glossary, notices and backups (glossa-store.ts), over
 * browser.storage, Web Locks and the system clock. Every part of Glossa reads and writes them
 * through these functions.
 */
import browser from './browser';
import { GlossaStore } from './glossa-store';

const store = new GlossaStore({
  storage: () => browser.storage,
  locks: () => (globalThis.navigator as Navigator | undefined)?.locks,
  now: () => Date.now(),
  random: () => Math.random(),
});

export const loadSettings = store.loadSettings.bind(store);
export const updateSettings = store.updateSettings.bind(store);
export const onSettingsChanged = store.onSettingsChanged.bind(store);
export const loadGlossary = store.loadGlossary.bind(store);
export const loadGlossaryWithToken = store.loadGlossaryWithToken.bind(store);
export const updateGlossary = store.updateGlossary.bind(store);
export const onGlossaryWritten = store.onGlossaryWritten.bind(store);
export const onGlossaryChanged = store.onGlossaryChanged.bind(store);
export const loadNotices = store.loadNotices.bind(store);
export const dismissNotice = store.dismissNotice.bind(store);
export const onNoticesChanged = store.onNoticesChanged.bind(store);
export const loadBackups = store.loadBackups.bind(store);
export const repairStorage = store.repairStorage.bind(store);

// Records and keys other parts read from storage themselves (one import for all of it).
export { GLOSSARY_KEY, GLOSSARY_TOKEN_KEY, StorageWriteError, storedGlossaryPack, type Notice } from './glossa-store';
