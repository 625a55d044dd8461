/**
 * Content script entry, in every frame: reads the settings, and loads the annotator
 * (./annotator.ts: engine, scanner, painter, tooltip) only when the frame is active and its text
 * may hold a name. Until then the frame costs a settings read, one walk over its text (which the
 * background's prefilter checks: background/prefilter-check.ts) and a watch on what changes
 * (./text-watch.ts). Only the top frame answers the page-level messages; they go to the annotator
 * once it is loaded.
 */
import browser, { orphaned } from '../shared/browser';
import { BACKGROUND_ANSWER_MS, within } from '../shared/deadline';
import type { MayHoldNameRequest, MayHoldNameResponse, ScanStatus } from '../shared/messages';
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
/** The annotator once loaded (for glossa:scan-status, which must not wait for it). */
let loaded: Annotator | null = null;

const active = (): boolean => !!settings && isSiteEnabled(settings, location.hostname);

function loadAnnotator(): Promise<Annotator> {
  watch?.stop();
  watch = null;
  return (annotator ??= import('./annotator').then((mod) => {
    loaded = mod;
    mod.settingsChanged(settings!);
    return mod;
  }));
}

/** The background's prefilter on a batch of this page's text; any failure, or no answer in time, means "may hold". */
async function mayHoldName(text: string): Promise<boolean> {
  work++;
  try {
    const request = { type: 'glossa:may-hold-name', text } satisfies MayHoldNameRequest;
    const answer = (await within(browser.runtime.sendMessage(request), BACKGROUND_ANSWER_MS)) as MayHoldNameResponse | undefined;
    return answer?.mayHold !== false;
  } catch {
    return true;
  }
}

/** The watch read text that may hold a name (or could not tell): the annotator takes over, unless cut off. */
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
  watch = new TextWatch(mayHoldName, nameMayBeHere);
  watch.start();
}

/**
 * Test signal glossa:scan-status (ARCHITECTURE.md). Work is counted where it starts (settings
 * and glossary events, the watch's checks, the annotator's applies and scanner updates); the
 * first answer that finds the frame settled after new work counts a new generation.
 */
let work = 1; // the first settings read
let workSettled = 0;
let generation = 0;
let reads = 0;

function scanStatus(): ScanStatus {
  // A watch busy with a change that sends no text (e.g. typing in an editor) is work too.
  if (watch && !watch.complete) work++;
  const annotated = loaded?.status();
  const seen = work + (annotated?.work ?? 0);
  const settled = !!settings && reads === 0 && (annotated ? annotated.settled : !annotator && (!watch || watch.complete));
  if (settled && seen !== workSettled) {
    workSettled = seen;
    generation++;
  }
  return { enabled: active() && !orphaned(), settled, generation };
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
  if (!isContentRequest(message)) return undefined;
  if (message.type === 'glossa:scan-status') return Promise.resolve(scanStatus());
  if (!isTop) return undefined;
  return answer(message);
});

async function main(): Promise<void> {
  onSettingsChanged((s) => {
    work++;
    settings = s;
    decide();
  });
  // Read only by a frame whose annotator runs: a watching frame does not need it.
  onGlossaryWritten(() => {
    work++;
    if (annotator) {
      reads++;
      void Promise.all([annotator, loadGlossary()]).then(([mod, g]) => mod.glossaryChanged(g)).finally(() => reads--);
    }
    // The text was checked against the old glossary: the annotator reads the new one and the page.
    else if (watch) void loadAnnotator();
  });
  settings = await loadSettings();
  decide();
}

// Evaluating this script and the first storage call (which sets up the extension API bindings)
// are each a few milliseconds: separate tasks, so the page gets its turn in between.
void nextTask().then(main);
