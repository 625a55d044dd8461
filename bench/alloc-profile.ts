/**
 * node scripts/run-ts.mjs bench/alloc-profile.ts [PAGE...] [--repeat N] [--interval-bytes 1024] [--dir DIR]
 *
 * What the content script costs besides its JavaScript frames (issue 19): the garbage it makes and
 * the native work in its tasks, in Chromium, on the profilers' generated pages (default: 1m none).
 * Per page, N loads of each of:
 * - a trace (thread CPU): the main-thread tasks that ran content-script code, their CPU split by
 *   the CPU samples inside them (our frames, the garbage collector, V8's own "(program)", other
 *   scripts), the GC events in them (MinorGC, MajorGC, V8.GC_*), and the trace events with the
 *   most self time in them (native work: messaging, DOM);
 * - a heap sampling profile (HeapProfiler.startSampling, objects collected by minor and major GCs
 *   kept): the bytes the content script allocates, by the innermost frame of ours;
 * - the messages: every request reaching the background from the page's content script
 *   (recorded by a listener added to the service worker), its JSON size, and each find-names
 *   answer's JSON size (the request replayed from an extension page once the load is over).
 * By default the content script's bundles are rebuilt unminified (function names); --dir loads
 * another build as it is (names then minified).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { launchChromium, type BenchBrowser } from './launch';
import { unminifiedExtension, writeProfilePages, type ModuleAt } from './profile-build';
import { freshTab, isContentScript, startTrace, TRACE_CATEGORIES, waitComplete } from './session';
import { attributeTrace, completeEvents, samplesOf, topLevelTasks, type TraceEvent } from './trace';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const argv = process.argv.slice(2);
const opt = (n: string): string | undefined => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const VALUED = ['--repeat', '--interval-bytes', '--dir'];
function count(flag: string, fallback: number): number {
  const raw = opt(flag);
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} takes a positive whole number, got ${raw}`);
  return n;
}
const REPEAT = count('--repeat', 3);
const INTERVAL_BYTES = count('--interval-bytes', 1024);
const pagesWanted = argv.filter((a, i) => !a.startsWith('--') && !VALUED.includes(argv[i - 1] ?? ''));
const PAGES = pagesWanted.length ? pagesWanted : ['1m', 'none'];
const GC_CATEGORIES = [...TRACE_CATEGORIES, 'disabled-by-default-v8.gc', 'v8.gc'];

/** Sums into a map of name → number. */
const add = (m: Map<string, number>, k: string, v: number): void => void m.set(k, (m.get(k) ?? 0) + v);
const ms = (us: number): string => `${(us / 1000).toFixed(1)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} kB`;

interface TraceSplit {
  tasks: number;
  /** Thread CPU (µs) of the tasks that ran our code, and the part the bench attributes to us. */
  tasksCpu: number;
  attributedCpu: number;
  /** Wall time (µs) in those tasks by the CPU samples' class. */
  bySample: Map<string, number>;
  /** Our samples' weight with each capped at 3 sampling intervals, as bench/profile.ts weighs them (µs). */
  oursCapped: number;
  /** GC events inside those tasks: thread CPU (µs) and count, by name. */
  gc: Map<string, number>;
  gcCount: Map<string, number>;
  /** Self thread CPU (µs) of trace events inside those tasks, by name. */
  selfByEvent: Map<string, number>;
}

function splitTrace(events: TraceEvent[], origin: string): TraceSplit {
  const isOurs = isContentScript(origin);
  const a = attributeTrace(events, isOurs);
  const out: TraceSplit = {
    tasks: 0,
    tasksCpu: 0,
    attributedCpu: (a.cpuMs ?? 0) * 1000,
    bySample: new Map(),
    oursCapped: 0,
    gc: new Map(),
    gcCount: new Map(),
    selfByEvent: new Map(),
  };
  if (!a.mainThread) return out;
  const { pid, tid } = a.mainThread;
  const onMain = completeEvents(events).filter((e) => e.pid === pid && e.tid === tid);
  const samples = samplesOf(events, pid, tid, isOurs);
  const ourUrlEvent = (e: TraceEvent): boolean => {
    const d = (e.args?.data ?? {}) as { url?: string };
    return (
      (typeof d.url === 'string' && isOurs(d.url)) || (typeof e.args?.fileName === 'string' && isOurs(e.args.fileName))
    );
  };
  const deltas = samples.map((s, i) => (samples[i + 1]?.ts ?? s.ts) - s.ts).sort((x, y) => x - y);
  const cap = 3 * (deltas[deltas.length >> 1] ?? 0);
  const sorted = [...onMain].sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0));
  for (const task of topLevelTasks(onMain)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = samples.filter((s) => s.ts >= task.ts && s.ts < end);
    const nested = sorted.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    if (!inside.some((s) => s.ours) && !nested.some(ourUrlEvent)) continue;
    out.tasks++;
    out.tasksCpu += task.tdur ?? task.dur ?? 0;
    for (const s of inside) {
      const cls = s.ours ? 'content script' : s.self?.startsWith('(') ? s.self.replace(' [native]', '') : 'other';
      add(out.bySample, cls, s.w);
      if (s.ours) out.oursCapped += Math.min(s.w, cap);
    }
    // Self time: an event's thread time less its direct children's (events nest in time on one thread).
    const stack: Array<{ e: TraceEvent; children: number }> = [];
    const close = (upTo: number): void => {
      while (stack.length && stack[stack.length - 1]!.e.ts + (stack[stack.length - 1]!.e.dur ?? 0) <= upTo) {
        const { e, children } = stack.pop()!;
        const own = e.tdur ?? e.dur ?? 0;
        add(out.selfByEvent, e.name, Math.max(0, own - children));
        if (stack.length) stack[stack.length - 1]!.children += own;
      }
    };
    for (const e of [task, ...nested]) {
      close(e.ts);
      stack.push({ e, children: 0 });
      if (/GC|garbage/i.test(e.name) && !/Interrupt/.test(e.name)) {
        add(out.gc, e.name, e.tdur ?? e.dur ?? 0);
        add(out.gcCount, e.name, 1);
      }
    }
    close(Infinity);
  }
  return out;
}

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated (sampled) by the innermost frame of ours, and in all. */
function splitHeap(
  head: HeapNode,
  origin: string,
  moduleAt: ModuleAt | null,
): { total: number; byFrame: Map<string, number> } {
  const isOurs = isContentScript(origin);
  const byFrame = new Map<string, number>();
  let total = 0;
  const visit = (n: HeapNode, ours: string | null): void => {
    const f = n.callFrame;
    const mine =
      f.url && isOurs(f.url)
        ? `${f.functionName || '(anonymous)'} (${moduleAt ? moduleAt(f.url, f.lineNumber) : path.basename(f.url)}:${f.lineNumber + 1})`
        : ours;
    if (mine && n.selfSize) {
      total += n.selfSize;
      add(byFrame, f.url && isOurs(f.url) ? mine : `${f.functionName || f.url || '(native)'} ← ${mine}`, n.selfSize);
    }
    for (const c of n.children) visit(c, mine);
  };
  visit(head, null);
  return { total, byFrame };
}

interface Recorded {
  type: string;
  bytes: number;
  texts: number;
  chars: number;
}

/** Adds a listener to the background's service worker that records what the pages send it. */
async function recordMessages(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as {
      __requests: unknown[];
      __replaying: boolean;
      chrome: { runtime: { onMessage: { addListener(f: (m: unknown, s: { tab?: unknown }) => undefined): void } } };
    };
    g.__requests = [];
    g.chrome.runtime.onMessage.addListener((m: unknown, sender: { tab?: unknown }) => {
      if (!sender.tab || g.__replaying) return undefined;
      g.__requests.push(m);
      return undefined;
    });
  });
}

/** The requests recorded since the last call (and forgotten), with each find-names answer's size. */
async function takeMessages(b: BenchBrowser, sw: Worker): Promise<{ sent: Recorded[]; answerBytes: number[] }> {
  const requests = (await sw.evaluate(() => {
    const g = globalThis as unknown as { __requests: unknown[] };
    return g.__requests.splice(0);
  })) as Array<{ type: string; texts?: string[] }>;
  const sent = requests.map((m) => ({
    type: m.type,
    bytes: JSON.stringify(m).length,
    texts: m.texts?.length ?? 0,
    chars: (m.texts ?? []).reduce((s, t) => s + t.length, 0),
  }));
  await sw.evaluate(() => void ((globalThis as unknown as { __replaying: boolean }).__replaying = true));
  const answerBytes: number[] = [];
  for (const m of requests.filter((r) => r.type === 'glossa:find-names'))
    answerBytes.push(await b.callExtension<number>('runtime.sendMessage', m).then((r) => JSON.stringify(r).length));
  await sw.evaluate(() => void ((globalThis as unknown as { __replaying: boolean }).__replaying = false));
  return { sent, answerBytes };
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'glossa-alloc-'));
  const dir = opt('--dir');
  const ext = dir ?? path.join(tmp, 'ext');
  const moduleAt = dir ? null : await unminifiedExtension(root, ext);
  writeProfilePages(root, path.join(tmp, 'pages'), PAGES);
  const server = await startFixtureServer(`${path.join(tmp, 'pages')}${path.sep}`);
  const b = await launchChromium('glossa', ext);
  const origin = b.extensionOrigin!;
  try {
    const any = await b.newPage();
    const sw = any.pw!.context().serviceWorkers()[0];
    await any.close();
    if (!sw) throw new Error('no service worker');
    await recordMessages(sw);
    for (const p of PAGES) {
      const traces: TraceSplit[] = [];
      const heaps: Array<ReturnType<typeof splitHeap>> = [];
      const messages: Array<Awaited<ReturnType<typeof takeMessages>>> = [];
      for (let load = 0; load < REPEAT; load++) {
        // A trace…
        {
          const { page, tabId } = await freshTab(b, server);
          const stop = await startTrace(page, GC_CATEGORIES);
          await page.goto(`${server.origin}/${p}.html`);
          if (!(await waitComplete(b, tabId!, 120_000))) throw new Error(`${p}: never complete`);
          traces.push(splitTrace(await stop(), origin));
          messages.push(await takeMessages(b, sw));
          await page.close();
        }
        // …and a heap sampling profile, in another load (each profiler slows the other).
        {
          const { page, tabId } = await freshTab(b, server);
          const cdp = await page.pw!.context().newCDPSession(page.pw!);
          await cdp.send('HeapProfiler.enable');
          await cdp.send('HeapProfiler.startSampling', {
            samplingInterval: INTERVAL_BYTES,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
          } as never);
          await page.goto(`${server.origin}/${p}.html`);
          if (!(await waitComplete(b, tabId!, 120_000))) throw new Error(`${p}: never complete`);
          const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
            profile: { head: HeapNode };
          };
          heaps.push(splitHeap(profile.head, origin, moduleAt));
          await cdp.detach();
          await takeMessages(b, sw);
          await page.close();
        }
      }
      report(p, traces, heaps, messages);
    }
  } finally {
    await b.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Mean per load of each key. */
function mean(maps: ReadonlyArray<Map<string, number>>): Array<[string, number]> {
  const sum = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) add(sum, k, v / maps.length);
  return [...sum].sort((x, y) => y[1] - x[1]);
}
const avg = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

function report(
  page: string,
  traces: readonly TraceSplit[],
  heaps: ReadonlyArray<ReturnType<typeof splitHeap>>,
  messages: ReadonlyArray<Awaited<ReturnType<typeof takeMessages>>>,
): void {
  console.log(`\n=== ${page}: mean of ${traces.length} load(s)`);
  console.log(
    `tasks running the content script: ${avg(traces.map((t) => t.tasks)).toFixed(1)}, thread CPU ${ms(avg(traces.map((t) => t.tasksCpu)))}; attributed to it (as the bench does) ${ms(avg(traces.map((t) => t.attributedCpu)))}`,
  );
  console.log(
    `-- wall time in those tasks by CPU sample (the content script's samples capped as bench/profile.ts does: ${ms(avg(traces.map((t) => t.oursCapped)))})`,
  );
  for (const [k, v] of mean(traces.map((t) => t.bySample))) console.log(`${ms(v).padStart(10)}  ${k}`);
  console.log('-- GC events in those tasks (thread CPU, count)');
  const counts = new Map(mean(traces.map((t) => t.gcCount)));
  for (const [k, v] of mean(traces.map((t) => t.gc)))
    console.log(`${ms(v).padStart(10)}  ${k} ×${(counts.get(k) ?? 0).toFixed(1)}`);
  console.log('-- trace events with the most self time in those tasks (thread CPU)');
  for (const [k, v] of mean(traces.map((t) => t.selfByEvent)).slice(0, 14)) console.log(`${ms(v).padStart(10)}  ${k}`);
  console.log(
    `-- allocated by the content script (sampled every ${INTERVAL_BYTES} B): ${kb(avg(heaps.map((h) => h.total)))}`,
  );
  for (const [k, v] of mean(heaps.map((h) => h.byFrame)).slice(0, 20)) console.log(`${kb(v).padStart(10)}  ${k}`);
  console.log('-- messages to the background (per load)');
  const byType = new Map<string, number[]>();
  for (const m of messages)
    for (const r of m.sent) {
      const [n, bytes, chars] = byType.get(r.type) ?? [0, 0, 0];
      byType.set(r.type, [
        n! + 1 / messages.length,
        bytes! + r.bytes / messages.length,
        chars! + r.chars / messages.length,
      ]);
    }
  for (const [type, [n, bytes, chars]] of byType)
    console.log(
      `${n!.toFixed(1).padStart(10)} × ${type}: ${kb(bytes!)} of JSON${chars ? ` (${kb(chars)} of text)` : ''}`,
    );
  const answers = messages.flatMap((m) => m.answerBytes);
  if (answers.length)
    console.log(
      `${(answers.length / messages.length).toFixed(1).padStart(10)} × find-names answer: ${kb(answers.reduce((s, x) => s + x, 0) / messages.length)} of JSON (largest ${kb(Math.max(...answers))})`,
    );
}

await main();
