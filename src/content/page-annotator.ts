/**
 * The content script's second half, built as its own ES module (build.mjs CONTENT_MODULES:
 * page-annotator.js): the annotator with this page's real dependencies (the extension's storage
 * and messages, the CSS highlight painter, the card loader), the glossary reader and the
 * page-date reader. The entry (./index.ts) imports it only when a frame has a name to paint, a
 * command to answer, or a background that cannot answer, so none of it is fetched or evaluated on
 * other pages. Two more modules are imported from here: the card UI (./lazy-tooltip.ts,
 * page-card.js: tippy.js, Preact, the entity card) when a card is first needed, and the page's own
 * matcher (./page-matcher.ts) only when the background cannot answer, with the pack's match data
 * (./page-pack.ts) only when that matcher must be built.
 * What the entry already holds (the scanner, with what the watch read; the yield channel) is
 * passed in, not bundled twice.
 */
// The pack's name, version and categories; its match data is in page-pack.js.
import outline from '../pack/bundled-pack.json?outline';
import browser, { orphaned } from '../shared/browser';
import { uiLanguage } from '../shared/i18n';
import { COMPILED_MATCHER_KEY } from '../shared/compiled-matcher-record';
import { send } from '../shared/messaging';
import { GLOSSARY_KEY } from '../shared/storage';
import { Annotator, type AnnotatorDeps } from './annotator';
import { installInteraction } from './interaction';
import { HighlightPainter } from './painter';
import { storedGlossary } from './stored-glossary';
import type { Compiled } from '../text/matcher';
import type { Pack } from '../text/pack-types';

export { memoPageDate } from './page-date';

type PageMatcherModule = typeof import('./page-matcher');
type PagePackModule = typeof import('./page-pack');
type PageCardModule = typeof import('./lazy-tooltip');
type PageGlossaryModule = typeof import('./page-glossary');

// The extension API's own globals: Firefox has `browser` (and `chrome`), Chrome `chrome`.
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The page's own matcher (build.mjs CONTENT_MODULES), loaded as page-annotator.js is (a packaged,
 * web-accessible file) and only when the background cannot answer. Written with the API's global
 * name, as web-ext lint accepts a dynamic import.
 */
async function loadPageMatcher(): Promise<PageMatcherModule> {
  return (await import(chrome.runtime.getURL('page-matcher.js'))) as PageMatcherModule;
}

/**
 * The pack's match data and its compiler, loaded the same way, only when the page's matcher has no stored
 * record to load: what the matcher for the bundled pack plus `personal` is made of.
 */
async function compilePagePack(personal: Pack | null): Promise<Compiled> {
  return ((await import(chrome.runtime.getURL('page-pack.js'))) as PagePackModule).compiledWith(personal);
}

/**
 * The card UI (build.mjs CONTENT_MODULES: page-card.js), loaded the same way on the first hover,
 * focus, tap or command that needs a card: most pages with a name never open one, and in Firefox
 * compiling this code with the rest delayed the first paint (docs/perf-log.md, 2026-12-06).
 */
async function loadPageCard(): Promise<PageCardModule> {
  // async: getURL throws at once in a script an update cut off; as a rejection its callers handle it.
  return (await import(chrome.runtime.getURL('page-card.js'))) as PageCardModule;
}

/**
 * The pack in a stored glossary value; its checks (page-glossary.js) are loaded the same way, only
 * when a value is stored. Checks that cannot be loaded leave the glossary unreadable: nothing.
 */
async function glossaryPack(raw: unknown): Promise<Pack | null> {
  try {
    return await storedGlossary(
      raw,
      async () => ((await import(chrome.runtime.getURL('page-glossary.js'))) as PageGlossaryModule).storedGlossaryPack,
    );
  } catch (e) {
    console.warn('Glossa: cannot check the stored glossary', e);
    return null;
  }
}

/** What the entry passes in. */
export interface EntryParts {
  /** Called when the annotator may have become settled. */
  onSettled(): void;
  /** The page's publication day as it states it, or null. */
  pageDate(): string | null;
  /** The entry's yield (./next-task.ts: one channel per frame). */
  nextTask(): Promise<void>;
  /**
   * `storage.local.get(GLOSSARY_KEY)`, asked by the entry while this module loaded: the annotator
   * reads the glossary before it adopts the watch, and in Firefox that read alone took 6-20 ms.
   */
  storedGlossary: Promise<Record<string, unknown>>;
  /** A scanner: the watch's, adopted, when it is still reading; else a new one. */
  createScanner: AnnotatorDeps['createScanner'];
}

/** One storage.local key (read now, or from a read already asked); unreadable storage reads as nothing there. */
async function readLocal(key: string, asked?: Promise<Record<string, unknown>>): Promise<unknown> {
  try {
    return (await (asked ?? browser.storage.local.get(key)))[key];
  } catch (e) {
    console.warn(`Glossa: cannot read ${key}`, e);
    return undefined;
  }
}

/** The stored glossary, read again (a glossary write; only once an annotator runs, which then rescans). */
export async function loadGlossary(): Promise<Pack | null> {
  return glossaryPack(await readLocal(GLOSSARY_KEY));
}

export function createPageAnnotator(entry: EntryParts): Annotator {
  // The entry's read answers the first glossary read only: later ones read storage again.
  let asked: EntryParts['storedGlossary'] | undefined = entry.storedGlossary;
  let language: string | undefined;
  return new Annotator({
    hostname: location.hostname,
    uiLanguage: () => (language ??= uiLanguage()),
    version: browser.runtime.getManifest().version,
    bundled: outline,
    loadMatcher: async (personal, stored, key) =>
      (await loadPageMatcher()).pageMatcher(outline, personal, stored, key, compilePagePack),
    // As loadGlossary does: unreadable → no glossary.
    storage: {
      glossary: async () => {
        const first = asked;
        asked = undefined;
        return glossaryPack(await readLocal(GLOSSARY_KEY, first));
      },
      compiledMatcher: () => readLocal(COMPILED_MATCHER_KEY),
    },
    send,
    orphaned,
    painter: new HighlightPainter({ onPainted: entry.onSettled }),
    clock: { nextTask: entry.nextTask, later: (fn) => void setTimeout(fn, 0) },
    createScanner: entry.createScanner,
    installInteraction,
    loadUi: loadPageCard,
    onSettled: entry.onSettled,
    pageDate: entry.pageDate,
  });
}
