/**
 * Content script entry, in every frame, and all that runs on a page with no name: wires one
 * ContentFrame (./frame.ts) to the page's storage, messages and text watch (./text-watch.ts: the
 * scanner walking the text and what changes, matched by the background's matcher,
 * background/find-names.ts, nothing painted), and registers the frame's one message dispatcher.
 * Everything else (annotator, painter, interaction, card UI, the in-page matcher and its pack
 * data, the glossary and page-date readers) is ./page-annotator.ts, a separate file this entry imports from
 * the extension's own files only when needed: a name found, a command to answer, a background
 * that cannot answer. Every frame answers `glossa:scan-status`; only the top frame answers the
 * page-level messages.
 */
import extension, { orphaned } from '../shared/browser';
import { debug } from '../shared/debug-log';
import { listen, send } from '../shared/messaging';
import { GLOSSARY_KEY, loadSettings, onGlossaryWritten, onSettingsChanged } from '../shared/storage';
import { ContentFrame } from './frame';
import { nextTask } from './next-task';
import { Scanner } from './scanner';
import { TextWatch } from './text-watch';

type PageModule = typeof import('./page-annotator');

// The extension API's own globals: Firefox has `browser` (and `chrome`), Chrome `chrome`.
declare const browser: { runtime: { getURL(path: string): string } } | undefined;
declare const chrome: { runtime: { getURL(path: string): string } };

/** The second half (build.mjs CONTENT_MODULES), imported once, on first need. */
class PageParts {
  private module: Promise<PageModule> | null = null;
  private pageDate: Promise<() => string | null> | null = null;

  /**
   * A packaged, web-accessible file (manifest.json); never anything from elsewhere. Written with
   * the API's global names, as web-ext lint accepts a dynamic import (of an extension URL).
   */
  private load(): Promise<PageModule> {
    return (this.module ??= (
      typeof browser === 'undefined'
        ? import(chrome.runtime.getURL('page-annotator.js'))
        : import(browser.runtime.getURL('page-annotator.js'))
    ) as Promise<PageModule>);
  }

  private reader(): Promise<() => string | null> {
    return (this.pageDate ??= this.load().then((m) => m.memoPageDate(document, () => location.href)));
  }

  async loadGlossary() {
    return (await this.load()).loadGlossary();
  }

  async readPageDate(): Promise<string | null> {
    return (await this.reader())();
  }

  async createAnnotator(onSettled: () => void, watch: TextWatch | null) {
    // The annotator's first step: asked now, the glossary is read while the code loads.
    const storedGlossary = extension.storage.local.get(GLOSSARY_KEY);
    // The annotator awaits it and logs a failure; if loading the module fails first, nobody does.
    storedGlossary.catch((e: unknown) => debug('content', e));
    const [m, pageDate] = await Promise.all([this.load(), this.reader()]);
    return m.createPageAnnotator({
      onSettled,
      pageDate,
      nextTask,
      storedGlossary,
      createScanner: (finder, options) => watch?.adopt(finder, options) ?? new Scanner(finder, options),
    });
  }
}

// The parts' bundles use this API instead of a webextension-polyfill of their own (build.mjs,
// scripts/entry-extension.mjs): left here, in the content script's own world, before any is imported.
// Replaceable: an updated extension's entry may be evaluated in the world its old one left.
Object.defineProperty(globalThis, Symbol.for('glossa.entry-extension'), {
  value: extension,
  configurable: true,
  writable: true,
});

const parts = new PageParts();

const frame = new ContentFrame<TextWatch>({
  hostname: location.hostname,
  orphaned,
  loadSettings,
  loadGlossary: () => parts.loadGlossary(),
  createWatch: (onName) => new TextWatch((request) => send('glossa:find-names', request), onName),
  loadAnnotator: (onSettled, watch) => parts.createAnnotator(onSettled, watch),
  pageDate: () => parts.readPageDate(),
});

listen(window === window.top ? ['frame', 'top-frame'] : ['frame'], frame.handlers());

// Evaluating this script and the first storage call (which sets up the extension API bindings)
// are each a few milliseconds: separate tasks, so the page gets its turn in between.
void nextTask().then(() => {
  onSettingsChanged((s) => frame.settingsChanged(s));
  // Read only by a frame whose annotator runs: a watching frame does not need it.
  onGlossaryWritten(() => frame.glossaryWritten());
  return frame.start();
});
