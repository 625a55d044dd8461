/**
 * Content script entry, in every frame: reads the settings, and loads the annotator
 * (./annotator.ts: engine, scanner, painter, tooltip) only when the frame is active and its text
 * holds a name. Until then the frame costs a settings read and the watch (./text-watch.ts): the
 * scanner walking its text and what changes, matched by the background's matcher
 * (background/find-names.ts). Only the top frame answers the page-level messages; they go to the annotator
 * once it is loaded.
 */
import browser, { orphaned } from '../shared/browser';
import type { FindNamesRequest } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { loadGlossary, loadSettings, onGlossaryWritten, onSettingsChanged } from '../shared/storage';
import { isContentRequest, type ContentRequest, type PageEntitiesResponse } from './messages';
import { nextTask } from './next-task';
import { TextWatch } from './text-watch';

type Annotator = typeof import('./annotator');

const isTop = window === window.top;
let settings: Settings | null = null;
let annotator: Promise<Annotator> | null = null;
let watch: TextWatch | null = null;

const active = (): boolean => !!settings && isSiteEnabled(settings, location.hostname);

function loadAnnotator(): Promise<Annotator> {
  watch?.stop();
  watch = null;
  return (annotator ??= import('./annotator').then((mod) => {
    mod.settingsChanged(settings!);
    return mod;
  }));
}

/** The watch found a name (or could not tell): the annotator takes over, unless cut off. */
function nameMayBeHere(): void {
  if (!orphaned()) return void loadAnnotator();
  watch?.stop();
  watch = null;
}

/** Settings arrived or changed: watch, load the annotator, or stay idle. */
function decide(): void {
  if (annotator) return void annotator.then((mod) => mod.settingsChanged(settings!));
  if (!active()) {
    watch?.stop();
    watch = null;
    return;
  }
  if (watch) return;
  watch = new TextWatch((request: FindNamesRequest) => browser.runtime.sendMessage(request), nameMayBeHere);
  watch.start();
}

function answer(message: ContentRequest): Promise<unknown> | undefined {
  if (annotator) return annotator.then((mod) => mod.handle(message));
  switch (message.type) {
    case 'glossa:page-entities': {
      // Watching means the text read so far holds no name.
      const complete = !!settings && (!active() || !!watch?.complete);
      return Promise.resolve({ complete, entities: [] } satisfies PageEntitiesResponse);
    }
    case 'glossa:page-info':
      return Promise.resolve({ hostname: location.hostname });
    case 'glossa:reveal':
      return Promise.resolve({ found: false });
    case 'glossa:navigate':
      return Promise.resolve({ count: 0 });
    case 'glossa:show-card':
      // A name looked up from the context menu: the card needs the annotator's UI.
      if (active()) return loadAnnotator().then((mod) => mod.handle(message));
      return Promise.resolve({ shown: false });
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isTop || !isContentRequest(message)) return undefined;
  return answer(message);
});

async function main(): Promise<void> {
  onSettingsChanged((s) => {
    settings = s;
    decide();
  });
  // Read only by a frame whose annotator runs: a watching frame does not need it.
  onGlossaryWritten(() => {
    if (annotator) void Promise.all([annotator, loadGlossary()]).then(([mod, g]) => mod.glossaryChanged(g));
    // The text was checked against the old glossary: the annotator reads the new one and the page.
    else if (watch) void loadAnnotator();
  });
  settings = await loadSettings();
  decide();
}

// Evaluating this script and the first storage call (which sets up the extension API bindings)
// are each a few milliseconds: separate tasks, so the page gets its turn in between.
void nextTask().then(main);
