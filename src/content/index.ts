/**
 * Content script entry, in every frame: wires one ContentFrame (./frame.ts) to the page's storage,
 * messages and text watch, and registers the frame's one message dispatcher. The annotator
 * (./page-annotator.ts: engine, scanner, painter, tooltip) is imported only when the frame is
 * active and its text holds a name; until then the frame costs a settings read and the watch
 * (./text-watch.ts): the scanner walking its text and what changes, matched by the background's
 * matcher (background/find-names.ts), with nothing painted. Every frame
 * answers `glossa:scan-status`; only the top frame answers the page-level messages.
 */
import { orphaned } from '../shared/browser';
import { listen, send } from '../shared/messaging';
import { loadGlossary, loadSettings, onGlossaryWritten, onSettingsChanged } from '../shared/storage';
import { ContentFrame } from './frame';
import { memoPageDate } from './page-date';
import { nextTask } from './next-task';
import { TextWatch } from './text-watch';

const pageDate = memoPageDate(document, () => location.href);

const frame = new ContentFrame({
  hostname: location.hostname,
  orphaned,
  loadSettings,
  loadGlossary,
  createWatch: (onName) => new TextWatch((request) => send('glossa:find-names', request), onName),
  loadAnnotator: (onSettled) => import('./page-annotator').then((mod) => mod.createPageAnnotator(onSettled, pageDate)),
  pageDate,
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
