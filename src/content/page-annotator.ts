/**
 * The annotator with this page's real dependencies: the extension's storage and messages, the
 * CSS highlight painter, the page's scanner and the lazily loaded tooltip code. The entry
 * (./frame.ts through ./index.ts) imports this module only when the frame annotates, so none of
 * it (the engine included) is evaluated on other pages.
 */
// Only the matching half of the pack (no summaries or facts): cards come from the background.
import matchPack from '../pack/bundled-pack.json?match';
import browser, { orphaned } from '../shared/browser';
import { uiLanguage } from '../shared/i18n';
import { COMPILED_MATCHER_KEY } from '../shared/compiled-matcher-record';
import { send } from '../shared/messaging';
import { GLOSSARY_KEY, storedGlossaryPack } from '../shared/storage';
import type { Pack } from '../text/pack-types';
import { Annotator } from './annotator';
import { installInteraction } from './interaction';
import { nextTask } from './next-task';
import { HighlightPainter } from './painter';
import { Scanner } from './scanner';

const bundled: Pack = matchPack;

/** One storage.local key; unreadable storage reads as nothing there. */
async function readLocal(key: string): Promise<unknown> {
  try {
    return (await browser.storage.local.get(key))[key];
  } catch (e) {
    console.warn(`Glossa: cannot read ${key}`, e);
    return undefined;
  }
}

export function createPageAnnotator(onSettled: () => void, pageDate: () => string | null): Annotator {
  return new Annotator({
    hostname: location.hostname,
    uiLanguage: uiLanguage(),
    version: browser.runtime.getManifest().version,
    bundled,
    // As loadGlossary does: unreadable → no glossary.
    storage: {
      glossary: async () => storedGlossaryPack(await readLocal(GLOSSARY_KEY)),
      compiledMatcher: () => readLocal(COMPILED_MATCHER_KEY),
    },
    send,
    orphaned,
    painter: new HighlightPainter(),
    clock: { nextTask, later: (fn) => void setTimeout(fn, 0) },
    createScanner: (finder, options) => new Scanner(finder, options),
    installInteraction,
    loadUi: () => import('./lazy-tooltip'),
    onSettled,
    pageDate,
  });
}
