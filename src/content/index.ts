/**
 * Content script entry, in every frame: wires one ContentFrame (./frame.ts) to the page's storage,
 * messages and text watch, and registers the frame's one message dispatcher. The annotator
 * (./page-annotator.ts: engine, scanner, painter, tooltip) is imported only when the frame is
 * active and its text may hold a name; until then the frame costs a settings read, one walk over
 * its text (which the background's prefilter checks) and a watch on what changes. Every frame
 * answers `glossa:scan-status`; only the top frame answers the page-level messages.
 */
import { orphaned } from '../shared/browser';
import { BACKGROUND_ANSWER_MS, within } from '../shared/deadline';
import { listen, send } from '../shared/messaging';
import { loadGlossary, loadSettings, onGlossaryWritten, onSettingsChanged } from '../shared/storage';
import { ContentFrame } from './frame';
import { nextTask } from './next-task';
import { TextWatch } from './text-watch';

/** The background's prefilter on a batch of this page's text; any failure, or no answer in time, means "may hold". */
async function mayHoldName(text: string): Promise<boolean> {
  try {
    return (await within(send('glossa:may-hold-name', { text }), BACKGROUND_ANSWER_MS)).mayHold;
  } catch {
    // No background (restarting, stuck, or gone after an update): the annotator reads the page itself.
    return true;
  }
}

const frame = new ContentFrame({
  hostname: location.hostname,
  orphaned,
  loadSettings,
  loadGlossary,
  mayHoldName,
  createWatch: (mayHold, onName) => new TextWatch(mayHold, onName),
  loadAnnotator: (onSettled) => import('./page-annotator').then((mod) => mod.createPageAnnotator(onSettled)),
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
