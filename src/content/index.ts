/**
 * Content script entry, in every frame: reads the settings and the background's prefilter, and
 * loads the annotator (./annotator.ts: engine, scanner, painter, tooltip) only when the frame is
 * active and its text may hold a name. Until then the frame costs a settings read, one pass of the
 * prefilter over its text and a watch on what changes (./text-watch.ts). Only the top frame
 * answers the page-level messages; they go to the annotator once it is loaded.
 */
import browser from '../shared/browser';
import { PREFILTER_KEY, prefilterFor } from '../shared/prefilter-record';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { GLOSSARY_TOKEN_KEY, loadSettings, onGlossaryChanged, onSettingsChanged } from '../shared/storage';
import { compilePrefilter, type Prefilter } from '../text/prefilter';
import { isContentRequest, type ContentRequest, type PageEntitiesResponse } from './messages';
import { nextTask } from './next-task';
import { TextWatch } from './text-watch';

type Annotator = typeof import('./annotator');

const isTop = window === window.top;
let settings: Settings | null = null;
let annotator: Promise<Annotator> | null = null;
let watch: TextWatch | null = null;
/** Bumped by every decide(); one that awaited and is no longer the latest stops there. */
let deciding = 0;

const active = (): boolean => !!settings && isSiteEnabled(settings, location.hostname);

function loadAnnotator(): Promise<Annotator> {
  watch?.stop();
  watch = null;
  return (annotator ??= import('./annotator').then((mod) => {
    mod.settingsChanged(settings!);
    return mod;
  }));
}

/** The stored prefilter when it fits this version and glossary, compiled; else null. */
async function readPrefilter(): Promise<Prefilter | null> {
  try {
    const got = await browser.storage.local.get([PREFILTER_KEY, GLOSSARY_TOKEN_KEY]);
    const spec = prefilterFor(got[PREFILTER_KEY], browser.runtime.getManifest().version, got[GLOSSARY_TOKEN_KEY]);
    return spec && compilePrefilter(spec);
  } catch {
    return null; // unreadable or invalid: the annotator reads the page itself
  }
}

/** Settings arrived or changed: watch, load the annotator, or stay idle. */
async function decide(): Promise<void> {
  const turn = ++deciding;
  if (annotator) return void annotator.then((mod) => mod.settingsChanged(settings!));
  if (!active()) {
    watch?.stop();
    watch = null;
    return;
  }
  if (watch) return;
  const prefilter = await readPrefilter();
  if (turn !== deciding || annotator || watch || !active()) return;
  if (!prefilter) return void loadAnnotator();
  watch = new TextWatch(prefilter, () => void loadAnnotator());
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
    void decide();
  });
  onGlossaryChanged((g) => {
    if (annotator) void annotator.then((mod) => mod.glossaryChanged(g));
    // The prefilter was built for the old glossary: the annotator reads the new one and the page.
    else if (watch) void loadAnnotator();
    // A decide() may be reading the old prefilter: read again.
    else void decide();
  });
  settings = await loadSettings();
  void decide();
}

// Evaluating this script and the first storage call (which sets up the extension API bindings)
// are each a few milliseconds: separate tasks, so the page gets its turn in between.
void nextTask().then(main);
