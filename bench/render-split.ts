/**
 * node scripts/run-ts.mjs bench/render-split.ts DIR... [--window-ms 2055]
 *
 * Where a page's main thread spends its time besides script, per directory of saved traces
 * (`npm run bench -- --only 1m --variants a=…,b=… --save-traces DIR` saves DIR/a/, DIR/b/): thread
 * CPU of style, layout, pre-paint, paint and GC events, and of all top-level tasks, over the same
 * window after navigationStart, medians and ranges over the directory's traces. The whole-cost target of
 * issue 19 counts this work too, and the highlights cause part of it (each change of a registered
 * highlight makes the browser pre-paint the document).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { median } from './stats';
import { completeEvents, mainThreadBusy, navigationStartOf, type TraceEvent } from './trace';

const argv = process.argv.slice(2);
const windowArg = argv.indexOf('--window-ms');
const WINDOW_MS = windowArg >= 0 ? Number(argv[windowArg + 1]) : 2055;
if (!(WINDOW_MS > 0))
  throw new Error(`--window-ms takes a positive number of milliseconds, got ${argv[windowArg + 1]}`);
const dirs = argv.filter((a, i) => !a.startsWith('--') && (windowArg < 0 || i !== windowArg + 1));

/** Event names grouped into the kinds of rendering work reported. */
const KINDS: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'paint',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  'V8.GC_MARK_COMPACTOR': 'GC',
};

function split(events: readonly TraceEvent[]): Record<string, number> | null {
  // The page under test's (the blank tab's comes first).
  const from = navigationStartOf(events, '.html');
  const start = events.find((e) => e.name === 'navigationStart' && e.ts === from);
  if (from === undefined || !start) return null;
  const to = from + WINDOW_MS * 1000;
  const out: Record<string, number> = {};
  for (const e of completeEvents(events)) {
    if (e.pid !== start.pid || e.tid !== start.tid || e.ts < from || e.ts > to) continue;
    const kind = KINDS[e.name];
    if (!kind) continue;
    out[kind] = (out[kind] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
  }
  out['all tasks'] = mainThreadBusy(events, from, to)?.cpuMs ?? NaN;
  return out;
}

for (const dir of dirs) {
  const rows: Record<string, number>[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const raw = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
    const r = split(Array.isArray(raw) ? raw : raw.traceEvents);
    if (r) rows.push(r);
  }
  const kinds = [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
  const cells = kinds.map((k) => {
    const xs = rows.map((r) => r[k] ?? 0);
    return `${k} ${median(xs)?.toFixed(1)} [${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}]`;
  });
  console.log(`${dir} (${rows.length} traces, thread CPU ms, median [min–max]): ${cells.join(', ')}`);
}
