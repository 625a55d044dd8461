/**
 * node scripts/run-ts.mjs bench/script-wall.ts [PAGE...] [--repeat N] [--dir DIR] [--floor] [--timeline [--resource NAME]]
 *
 * Why the content script's wall time (the bench's "script") is larger than its thread CPU (issue 19),
 * in Chromium, on the profilers' generated pages (default: none). Per load, a trace; per page, the
 * mean per load of:
 * - the bench's attribution (bench/trace.ts): script wall and thread CPU;
 * - the script's events on the page's main thread (the outermost events naming our URL, and the
 *   microtask checkpoints our samples are in), by name: count, wall, thread CPU;
 * - inside them, the nested events whose wall exceeds their thread CPU the most (where the thread
 *   waited or was descheduled: a compile, a synchronous call, an interrupt);
 * - meanwhile, the busiest other threads (the service worker, the browser process relaying
 *   messages, compositor, …): their tasks' time inside our events' wall time.
 * - where the thread stopped: gaps between the CPU profiler's samples inside our events, by the
 *   stack the thread resumed in (descheduled anywhere, or blocked in one place).
 * --timeline: each load's events of ours in time order, with their top self frames; with
 * --resource NAME, and the trace events that name NAME (a module's request, load and compile).
 * Glossa is dist/chrome with the content script rebuilt unminified (bench/profile-build.ts); --dir
 * loads another build as it is; --floor loads the extension floor (bench/walk-floor) instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { launchChromium } from './launch';
import { unminifiedExtension, writeProfilePages } from './profile-build';
import { freshTab, isContentScript, startTrace, waitComplete } from './session';
import {
  attributeTrace,
  completeEvents,
  eventUrl,
  SCRIPT_URL_EVENTS,
  overlap,
  samplesOf,
  topLevelTasks,
  union,
  type Interval,
  type TraceEvent,
} from './trace';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const argv = process.argv.slice(2);
const opt = (n: string): string | undefined => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const VALUED = ['--repeat', '--dir', '--resource'];
const REPEAT = Number(opt('--repeat') ?? 5);
if (!Number.isInteger(REPEAT) || REPEAT <= 0) throw new Error(`--repeat takes a positive whole number`);
const FLOOR = argv.includes('--floor');
const pagesWanted = argv.filter((a, i) => !a.startsWith('--') && !VALUED.includes(argv[i - 1] ?? ''));
const PAGES = pagesWanted.length ? pagesWanted : ['none'];

const add = (m: Map<string, number[]>, k: string, ...v: number[]): void => {
  const cur = m.get(k) ?? v.map(() => 0);
  m.set(
    k,
    cur.map((x, i) => x + v[i]!),
  );
};
const ms = (us: number): string => `${(us / 1000).toFixed(2)}`;

interface LoadSplit {
  scriptUs: number;
  cpuUs: number;
  /** name → [count, wall, cpu] of our outermost events and microtask checkpoints. */
  events: Map<string, number[]>;
  /** name → [count, wall, cpu] of the events nested in ours with the most wall beyond CPU. */
  waits: Map<string, number[]>;
  /** thread → [busy µs, CPU µs] inside our wall, of the other threads. */
  others: Map<string, number[]>;
  /** thread / event → [busy µs, CPU µs] inside our wall: the outermost events in those threads' tasks. */
  otherWork: Map<string, number[]>;
  /** Our events' wall time in all (µs). */
  ourWallUs: number;
  /**
   * Gaps between two CPU samples (taken every 100 µs while the thread runs) inside our events, of
   * more than 0.4 ms: where the thread stopped, by the stack it resumed in (its innermost frame ←
   * our innermost frame) → [count, µs].
   */
  gaps: Map<string, number[]>;
  /** Our events in time order: start (ms from the first), name, wall, CPU, our top self frames. */
  timeline: string[];
  /** --resource NAME: the trace events naming it (a module's fetch and compile), in time order. */
  resource: string[];
}

function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const proc = new Map<number, string>();
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    const n = (e.args as { name?: string } | undefined)?.name ?? '';
    if (e.name === 'process_name') proc.set(e.pid, n);
    if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, n);
  }
  const out = new Map<string, string>();
  for (const [k, n] of names) out.set(k, `${proc.get(Number(k.split(':')[0])) ?? '?'} / ${n}`);
  return out;
}

function split(events: TraceEvent[], isOurs: (url: string) => boolean): LoadSplit {
  const a = attributeTrace(events, isOurs);
  const out: LoadSplit = {
    scriptUs: a.scriptMs * 1000,
    cpuUs: (a.cpuMs ?? 0) * 1000,
    events: new Map(),
    waits: new Map(),
    others: new Map(),
    otherWork: new Map(),
    ourWallUs: 0,
    gaps: new Map(),
    timeline: [],
    resource: [],
  };
  if (!a.mainThread) return out;
  const { pid, tid } = a.mainThread;
  const all = completeEvents(events);
  const onMain = all
    .filter((e) => e.pid === pid && e.tid === tid && (e.dur ?? 0) >= 0)
    .sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0));
  const samples = samplesOf(events, pid, tid, isOurs);
  // Our outermost script events, then the microtask checkpoints outside them that our samples are in.
  const ours: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of onMain) {
    if (!SCRIPT_URL_EVENTS.has(e.name) || !isOurs(eventUrl(e) ?? '') || e.ts < end) continue;
    ours.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  const exact = union(ours.map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) })));
  for (const e of onMain) {
    if (e.name !== 'RunMicrotasks' || overlap(exact, e.ts, e.ts + (e.dur ?? 0)) > 0) continue;
    if (samples.some((s) => s.ours && s.ts >= e.ts && s.ts <= e.ts + (e.dur ?? 0))) ours.push(e);
  }
  const spans: Interval[] = [];
  for (const e of ours) {
    const label = e.name === 'FunctionCall' ? `FunctionCall ${functionName(e)}` : e.name;
    add(out.events, label, 1, e.dur ?? 0, e.tdur ?? e.dur ?? 0);
    const s = { start: e.ts, end: e.ts + (e.dur ?? 0) };
    spans.push(s);
    // Nested events, each counted by its own wall beyond CPU (children's waits are inside it: the
    // outermost nested event of each wait is the one reported).
    let nestedEnd = -Infinity;
    for (const n of onMain) {
      if (n === e || n.ts < s.start || n.ts + (n.dur ?? 0) > s.end || n.ts < nestedEnd) continue;
      const gap = (n.dur ?? 0) - (n.tdur ?? n.dur ?? 0);
      if (gap < 200) continue;
      add(out.waits, n.name, 1, n.dur ?? 0, n.tdur ?? n.dur ?? 0);
      nestedEnd = n.ts + (n.dur ?? 0);
    }
  }
  ours.sort((x, y) => x.ts - y.ts);
  for (const e of ours) {
    const self = new Map<string, number[]>();
    for (const x of samples) if (x.ours && x.ts >= e.ts && x.ts < e.ts + (e.dur ?? 0)) add(self, x.self ?? '?', x.w);
    const top = [...self]
      .sort((x, y) => y[1]![0]! - x[1]![0]!)
      .slice(0, 4)
      .map(([k, [w]]) => `${k} ${ms(w!)}`)
      .join(', ');
    out.timeline.push(
      `${ms(e.ts - ours[0]!.ts).padStart(8)} ${e.name.padEnd(16)} wall ${ms(e.dur ?? 0)} CPU ${ms(e.tdur ?? 0)}  ${top}`,
    );
  }
  const resource = opt('--resource');
  if (resource) {
    const names = threadNames(events);
    for (const e of all.filter((x) => JSON.stringify(x.args ?? {}).includes(resource)).sort((x, y) => x.ts - y.ts))
      out.resource.push(
        `${ms(e.ts - ours[0]!.ts).padStart(8)} ${e.name} wall ${ms(e.dur ?? 0)}  (${names.get(`${e.pid}:${e.tid}`) ?? e.tid})`,
      );
  }
  const ourSpans = union(spans);
  out.ourWallUs = ourSpans.reduce((x, i) => x + i.end - i.start, 0);
  for (let i = 1; i < samples.length; i++) {
    const s = samples[i]!;
    const gap = s.ts - samples[i - 1]!.ts;
    if (gap < 400 || overlap(ourSpans, s.ts - 1, s.ts) <= 0) continue;
    const at = s.stackOurs[0]?.split(':')[0];
    add(out.gaps, `${s.self ?? '?'}${at && at !== s.self ? ` ← ${at}` : ''}`, 1, gap);
  }
  const names = threadNames(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of all) {
    if (e.pid === pid && e.tid === tid) continue;
    const k = `${e.pid}:${e.tid}`;
    let l = byThread.get(k);
    if (!l) byThread.set(k, (l = []));
    l.push(e);
  }
  for (const [k, l] of byThread) {
    let tasks = topLevelTasks(l);
    // Threads without task events (the service worker's): their top-level events instead.
    if (tasks.length === 0) tasks = topLevel(l);
    let busy = 0;
    let cpu = 0;
    const thread = names.get(k) ?? k;
    const inside = (e: TraceEvent): number[] => {
      const o = overlap(ourSpans, e.ts, e.ts + (e.dur ?? 0));
      return [o, (e.dur ?? 0) > 0 ? (o * (e.tdur ?? e.dur ?? 0)) / (e.dur ?? 1) : 0];
    };
    const byTime = [...l].sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0));
    for (const t of tasks) {
      const [o, c] = inside(t);
      if (o! <= 0) continue;
      busy += o!;
      cpu += c!;
      let nestedEnd = -Infinity;
      let named = false;
      for (const e of byTime) {
        if (e.ts > t.ts + (t.dur ?? 0)) break;
        if (e === t || e.ts < t.ts || e.ts + (e.dur ?? 0) > t.ts + (t.dur ?? 0) || e.ts < nestedEnd) continue;
        if ((e.dur ?? 0) <= 0 || e.name === t.name) continue;
        const [eo, ec] = inside(e);
        nestedEnd = e.ts + (e.dur ?? 0);
        if (eo! > 0) add(out.otherWork, `${thread} / ${e.name}`, eo!, ec!);
        named = true;
      }
      if (!named) add(out.otherWork, `${thread} / ${t.name}`, o!, c!);
    }
    if (busy > 0) add(out.others, thread, busy, cpu);
  }
  return out;
}

function topLevel(l: readonly TraceEvent[]): TraceEvent[] {
  const sorted = l.filter((e) => (e.dur ?? 0) > 0).sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0));
  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    top.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return top;
}

function functionName(e: TraceEvent): string {
  const d = (e.args?.data ?? {}) as { functionName?: string };
  return d.functionName || '(anonymous)';
}

function report(page: string, loads: readonly LoadSplit[]): void {
  const n = loads.length;
  const mean = (f: (l: LoadSplit) => number): number => loads.reduce((s, l) => s + f(l), 0) / n;
  console.log(`\n=== ${page} (${FLOOR ? 'extension floor' : 'Glossa'}): mean of ${n} load(s)`);
  console.log(
    `script (bench attribution) ${ms(mean((l) => l.scriptUs))} ms wall, ${ms(mean((l) => l.cpuUs))} ms thread CPU; per load: ${loads.map((l) => `${ms(l.scriptUs)}/${ms(l.cpuUs)}`).join(', ')}`,
  );
  const table = (title: string, pick: (l: LoadSplit) => Map<string, number[]>, cols: string[]): void => {
    const sum = new Map<string, number[]>();
    for (const l of loads) for (const [k, v] of pick(l)) add(sum, k, ...v.map((x) => x / n));
    console.log(`-- ${title} (${cols.join(', ')})`);
    const counted = cols[0] === 'count';
    const rows = [...sum].sort((x, y) => y[1]![counted ? 1 : 0]! - x[1]![counted ? 1 : 0]!);
    for (const [k, v] of rows.slice(0, 14))
      console.log(`${v.map((x, i) => (i === 0 && counted ? x.toFixed(1) : ms(x)).padStart(8)).join('')}  ${k}`);
  };
  if (argv.includes('--timeline'))
    for (const [i, l] of loads.entries())
      console.log(`-- load ${i + 1}: our events\n${[...l.timeline, ...l.resource.map((r) => `   ${r}`)].join('\n')}`);
  table('our events on the main thread, per load', (l) => l.events, ['count', 'wall ms', 'CPU ms']);
  table('gaps of > 0.4 ms between CPU samples, by the stack resumed in', (l) => l.gaps, ['count', 'gap ms']);
  table('nested events waiting ≥ 0.2 ms (wall beyond CPU)', (l) => l.waits, ['count', 'wall ms', 'CPU ms']);
  console.log(`our events' wall in all: ${ms(mean((l) => l.ourWallUs))} ms`);
  table('other threads busy during our events', (l) => l.others, ['busy ms', 'CPU ms']);
  table('their work then: outermost events in their tasks', (l) => l.otherWork, ['busy ms', 'CPU ms']);
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'glossa-wall-'));
  writeProfilePages(root, path.join(tmp, 'pages'), PAGES);
  const server = await startFixtureServer(`${path.join(tmp, 'pages')}${path.sep}`);
  // Glossa's own build unminified (function names), unless another build is asked for.
  const dir = opt('--dir') ?? path.join(tmp, 'ext');
  if (!FLOOR && !opt('--dir')) await unminifiedExtension(root, dir);
  const b = await launchChromium(FLOOR ? 'walk-floor' : 'glossa', dir);
  const isOurs = isContentScript(b.extensionOrigin!);
  try {
    for (const p of PAGES) {
      const loads: LoadSplit[] = [];
      for (let i = 0; i < REPEAT; i++) {
        const { page, tabId } = await freshTab(b, server);
        const stop = await startTrace(page);
        await page.goto(`${server.origin}/${p}.html`);
        if (!(await waitComplete(b, tabId!, 120_000))) throw new Error(`${p}: never complete`);
        loads.push(split(await stop(), isOurs));
        await page.close();
      }
      report(p, loads);
    }
  } finally {
    await b.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
