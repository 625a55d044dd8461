/**
 * Attribution of main-thread time in a Chromium DevTools trace to one script (the content
 * script), pure and synchronous so it can be unit-tested on synthetic traces.
 *
 * Method (see bench/RESULTS.md, "How it is measured"):
 * 1. The page's main thread is the renderer thread with the most events carrying our URL.
 * 2. Exact part: the union of the intervals of every trace event on that thread whose
 *    `args.data.url` / `args.fileName` / `args.data.stackTrace[0].url` is ours — FunctionCall
 *    (callbacks: message handlers, TreeWalker filters, timers, observers), EvaluateScript /
 *    v8.compile / v8.run (the script's first run). Nested events (a filter called inside a scan)
 *    are counted once, through the union. Forced layouts inside those calls are included.
 * 3. Microtasks: promise continuations (the rest of an `async` function after an `await`) run
 *    inside RunMicrotasks events that carry no URL. For each such event (outside the union of
 *    step 2), its duration is multiplied by the share of V8 CPU-profiler samples taken inside it
 *    whose stack contains one of our frames.
 * 4. Tasks: each top-level RunTask on the main thread gets the Glossa time inside it; the
 *    longest such (and the task's own duration) are reported.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  id?: string;
  args?: Record<string, unknown>;
}

export interface Interval {
  start: number;
  end: number;
}

export interface TaskInfo {
  start: number;
  /** Task duration, ms. */
  ms: number;
  /** Our script time inside it, ms. */
  oursMs: number;
  /**
   * The whole task's thread CPU time (trace tdur), ms, or null: when it is far below `ms`, the
   * renderer was descheduled inside the task (a loaded machine), not busy.
   */
  cpuMs: number | null;
}

export interface Attribution {
  /** Total script time attributed to us, ms (exact + microtasks). */
  scriptMs: number;
  /** From events carrying our URL, ms. */
  exactMs: number;
  /** From URL-less RunMicrotasks events, by CPU samples, ms. */
  microtaskMs: number;
  /**
   * The same, in thread CPU time (trace events' tdur) instead of wall time: robust to the
   * renderer being descheduled on a loaded machine. Null when the trace has no thread times.
   */
  cpuMs: number | null;
  /** Time of our first script event (trace µs), or null. */
  firstTs: number | null;
  /** Main-thread tasks that ran our code. */
  tasks: number;
  longestTask: TaskInfo | null;
  /** The task with the most of our time. */
  heaviestTask: TaskInfo | null;
  /** Our time in each task that ran our code, ms, in time order (distribution: how many over 50 ms). */
  oursPerTaskMs: number[];
  /** Sum of top-level task durations on the main thread in the window, ms. */
  mainThreadBusyMs: number;
  /** Our time according to CPU samples alone (cross-check), ms. */
  sampledMs: number;
  /** Self time per function of ours (from samples), ms, descending. */
  selfByFunction: Array<{ name: string; ms: number }>;
  /** Inclusive time per function of ours (from samples), ms, descending. */
  totalByFunction: Array<{ name: string; ms: number }>;
  mainThread: { pid: number; tid: number } | null;
}

/** Events that name the script they run: what the attribution counts as a script's own (script-wall.ts too). */
export const SCRIPT_URL_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.run',
  'v8.compileModule',
  'v8.evaluateModule',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
]);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const INSTRUMENTATION_EVENTS = new Set(['CpuProfiler::StartProfiling']);

type Data = { url?: unknown; stackTrace?: Array<{ url?: unknown }> };

/** The script URL an event names, if any. */
export function eventUrl(e: TraceEvent): string | undefined {
  const args = e.args ?? {};
  const data = args.data as Data | undefined;
  if (data && typeof data.url === 'string' && data.url) return data.url;
  if (typeof args.fileName === 'string' && args.fileName) return args.fileName;
  const st = data?.stackTrace;
  if (Array.isArray(st) && st[0] && typeof st[0].url === 'string') return st[0].url;
  return undefined;
}

/** Complete events ('X') plus B/E pairs turned into complete events, per thread. */
export function completeEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph === 'X') out.push(e);
    else if (e.ph === 'B') {
      const k = `${e.pid}:${e.tid}`;
      let s = open.get(k);
      if (!s) open.set(k, (s = []));
      s.push(e);
    } else if (e.ph === 'E') {
      const s = open.get(`${e.pid}:${e.tid}`);
      const b = s?.pop();
      if (b) out.push({ ...b, ph: 'X', dur: e.ts - b.ts, args: { ...(b.args ?? {}), ...(e.args ?? {}) } });
    }
  }
  return out;
}

/** Merges intervals; result sorted and disjoint. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** Length of the overlap of [start, end) with disjoint sorted intervals. */
export function overlap(sorted: readonly Interval[], start: number, end: number): number {
  let total = 0;
  // binary search for first interval ending after start
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) {
    total += Math.max(0, Math.min(end, sorted[i]!.end) - Math.max(start, sorted[i]!.start));
  }
  return total;
}

interface Sample {
  ts: number;
  /** Weight in µs (time to the next sample). */
  w: number;
  ours: boolean;
  self: string | null;
  stackOurs: string[];
}

interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

/** CPU-profiler samples of one thread, from Profile/ProfileChunk trace events. */
export function samplesOf(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  isOurs: (url: string) => boolean,
): Sample[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && (e.tid === tid || true));
  if (!profile) return [];
  const startTime = ((profile.args?.data as { startTime?: number }) ?? {}).startTime ?? profile.ts;
  const nodes = new Map<number, { callFrame: CallFrame; parent?: number }>();
  const ids: number[] = [];
  const deltas: number[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const data = (e.args?.data ?? {}) as {
      cpuProfile?: { nodes?: Array<{ id: number; callFrame: CallFrame; parent?: number }>; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, { callFrame: n.callFrame, parent: n.parent });
    ids.push(...(data.cpuProfile?.samples ?? []));
    deltas.push(...(data.timeDeltas ?? []));
  }
  const memo = new Map<number, { ours: boolean; self: string | null; stackOurs: string[] }>();
  const describe = (id: number): { ours: boolean; self: string | null; stackOurs: string[] } => {
    const cached = memo.get(id);
    if (cached) return cached;
    const stackOurs: string[] = [];
    let self: string | null = null;
    let first = true;
    for (let cur: number | undefined = id; cur !== undefined; cur = nodes.get(cur)?.parent) {
      const n = nodes.get(cur);
      if (!n) break;
      const f = n.callFrame;
      const name = f.functionName || '(anonymous)';
      if (first) {
        self = f.url && isOurs(f.url) ? name : `${name}${f.url ? '' : ' [native]'}`;
        first = false;
      }
      if (f.url && isOurs(f.url)) stackOurs.push(`${name}:${f.lineNumber ?? 0}:${f.columnNumber ?? 0}:${f.url}`);
    }
    const r = { ours: stackOurs.length > 0, self, stackOurs };
    memo.set(id, r);
    return r;
  };
  const out: Sample[] = [];
  let t = startTime;
  for (let i = 0; i < ids.length; i++) {
    t += deltas[i] ?? 0;
    const d = describe(ids[i]!);
    out.push({ ts: t, w: 0, ...d });
  }
  for (let i = 0; i < out.length; i++) {
    const next = out[i + 1];
    // Gaps over 5 ms mean the thread was idle or the profiler paused: don't smear across them.
    out[i]!.w = next ? Math.min(next.ts - out[i]!.ts, 5_000) : 0;
  }
  return out;
}

export interface AttributeOptions {
  /** Only count time in [from, to] (trace µs). */
  from?: number;
  to?: number;
  /** Force the main thread (else: the thread with most of our events). */
  mainThread?: { pid: number; tid: number };
}

const ms = (us: number): number => Math.round(us) / 1000;

/** The top-level tasks among one thread's complete events (tasks nested in another task dropped), in time order. */
export function topLevelTasks(onThread: readonly TraceEvent[]): TraceEvent[] {
  const taskEvents = onThread.filter((e) => TASK_EVENTS.has(e.name));
  taskEvents.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const top: TraceEvent[] = [];
  let lastEnd = -Infinity;
  for (const t of taskEvents) {
    if (t.ts >= lastEnd) {
      top.push(t);
      lastEnd = t.ts + (t.dur ?? 0);
    }
  }
  return top;
}

export function attributeTrace(
  events: readonly TraceEvent[],
  isOurs: (url: string) => boolean,
  opts: AttributeOptions = {},
): Attribution {
  const all = completeEvents(events);
  const from = opts.from ?? -Infinity;
  const to = opts.to ?? Infinity;
  let main = opts.mainThread ?? null;
  if (!main) {
    const counts = new Map<string, number>();
    for (const e of all) {
      const url = eventUrl(e);
      if (url && isOurs(url)) counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      const [pid, tid] = best[0].split(':').map(Number) as [number, number];
      main = { pid, tid };
    }
  }
  const empty: Attribution = {
    scriptMs: 0,
    exactMs: 0,
    microtaskMs: 0,
    cpuMs: null,
    firstTs: null,
    tasks: 0,
    longestTask: null,
    heaviestTask: null,
    oursPerTaskMs: [],
    mainThreadBusyMs: 0,
    sampledMs: 0,
    selfByFunction: [],
    totalByFunction: [],
    mainThread: main,
  };
  if (!main) return empty;
  const onMain = all.filter((e) => e.pid === main!.pid && e.tid === main!.tid && (e.dur ?? 0) >= 0);
  const clip = (e: TraceEvent): Interval | null => {
    const start = Math.max(e.ts, from);
    const end = Math.min(e.ts + (e.dur ?? 0), to);
    return end > start
      ? { start, end }
      : end === start && (e.dur ?? 0) === 0 && e.ts >= from && e.ts <= to
        ? { start, end }
        : null;
  };

  // 2. exact
  const ourIntervals: Interval[] = [];
  let firstTs: number | null = null;
  for (const e of onMain) {
    if (!SCRIPT_URL_EVENTS.has(e.name)) continue;
    const url = eventUrl(e);
    if (!url || !isOurs(url)) continue;
    const c = clip(e);
    if (!c) continue;
    ourIntervals.push(c);
    if (firstTs === null || e.ts < firstTs) firstTs = e.ts;
  }
  const exact = union(ourIntervals);
  const exactUs = exact.reduce((s, i) => s + i.end - i.start, 0);
  // CPU time: thread durations of the outermost events of ours (nested ones are inside them).
  let cpuUs = 0;
  let haveCpu = true;
  {
    const outer = onMain
      .filter((e) => SCRIPT_URL_EVENTS.has(e.name) && isOurs(eventUrl(e) ?? '') && clip(e))
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -Infinity;
    for (const e of outer) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      if (e.tdur === undefined) haveCpu = false;
      const c = clip(e)!;
      const wall = e.dur ?? 0;
      cpuUs += wall > 0 ? ((e.tdur ?? wall) * (c.end - c.start)) / wall : 0;
    }
  }

  // 3. microtasks, by samples
  const samples = samplesOf(events, main.pid, main.tid, isOurs).filter((s) => s.ts >= from && s.ts <= to);
  const sampleTs = samples.map((s) => s.ts);
  const firstAtOrAfter = (t: number): number => {
    let lo = 0;
    let hi = sampleTs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sampleTs[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const insideExact = (t: number): boolean => overlap(exact, t, t + 0.001) > 0;
  const microIntervals: Array<Interval & { share: number }> = [];
  const microEvents = onMain.filter((e) => e.name === 'RunMicrotasks');
  const micro = union(microEvents.map(clip).filter((x): x is Interval => !!x));
  // The tracer's own CPU profiler starts inside the first microtask checkpoint of a new context
  // (~30–50 ms, no samples yet): instrumentation, never the script's time.
  const instrumentation = union(
    onMain
      .filter((e) => INSTRUMENTATION_EVENTS.has(e.name))
      .map(clip)
      .filter((x): x is Interval => !!x),
  );
  const notOursIn = (start: number, end: number): number =>
    overlap(exact, start, end) + overlap(instrumentation, start, end);
  // thread time per µs of wall time inside each microtask checkpoint (for the CPU figure)
  const cpuRatioAt = (m: Interval): number => {
    let wall = 0;
    let cpu = 0;
    for (const e of microEvents) {
      if (e.ts >= m.start - 1 && e.ts + (e.dur ?? 0) <= m.end + 1) {
        wall += e.dur ?? 0;
        if (e.tdur === undefined) haveCpu = false;
        cpu += e.tdur ?? e.dur ?? 0;
      }
    }
    return wall > 0 ? Math.min(1, cpu / wall) : 1;
  };
  let microUs = 0;
  for (const m of micro) {
    const outside = m.end - m.start - notOursIn(m.start, m.end);
    if (outside <= 0) continue;
    let oursW = 0;
    let allW = 0;
    let oursN = 0;
    let allN = 0;
    for (let i = firstAtOrAfter(m.start); i < samples.length && samples[i]!.ts <= m.end; i++) {
      const s = samples[i]!;
      if (insideExact(s.ts)) continue;
      allW += s.w;
      allN++;
      if (s.ours) {
        oursW += s.w;
        oursN++;
      }
    }
    const share = allW > 0 ? oursW / allW : allN > 0 ? oursN / allN : 0;
    microUs += outside * share;
    if (share > 0) cpuUs += outside * share * cpuRatioAt(m);
    if (share > 0) microIntervals.push({ ...m, share });
  }

  // 4. tasks
  const topTasks = topLevelTasks(onMain);
  let busyUs = 0;
  let tasks = 0;
  let longestTask: TaskInfo | null = null;
  let heaviestTask: TaskInfo | null = null;
  const oursPerTaskMs: number[] = [];
  for (const t of topTasks) {
    const c = clip(t);
    if (!c) continue;
    busyUs += c.end - c.start;
    let oursUs = overlap(exact, t.ts, t.ts + (t.dur ?? 0));
    for (const m of microIntervals) {
      const o = Math.max(0, Math.min(m.end, t.ts + (t.dur ?? 0)) - Math.max(m.start, t.ts));
      if (o > 0) oursUs += (o - notOursIn(Math.max(m.start, t.ts), Math.min(m.end, t.ts + (t.dur ?? 0)))) * m.share;
    }
    if (oursUs <= 0) continue;
    tasks++;
    const info = {
      start: t.ts,
      ms: ms(t.dur ?? 0),
      oursMs: ms(oursUs),
      cpuMs: t.tdur === undefined ? null : ms(t.tdur),
    };
    oursPerTaskMs.push(info.oursMs);
    if (!longestTask || info.ms > longestTask.ms) longestTask = info;
    if (!heaviestTask || info.oursMs > heaviestTask.oursMs) heaviestTask = info;
  }

  // cross-check and per-function breakdown from samples
  let sampledUs = 0;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const s of samples) {
    if (!s.ours) continue;
    sampledUs += s.w;
    if (s.self) self.set(s.self, (self.get(s.self) ?? 0) + s.w);
    for (const f of new Set(s.stackOurs.map((x) => x.split(':')[0]!))) total.set(f, (total.get(f) ?? 0) + s.w);
  }
  const top = (m: Map<string, number>): Array<{ name: string; ms: number }> =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([name, us]) => ({ name, ms: ms(us) }));

  return {
    scriptMs: ms(exactUs + microUs),
    exactMs: ms(exactUs),
    microtaskMs: ms(microUs),
    cpuMs: haveCpu ? ms(cpuUs) : null,
    firstTs,
    tasks,
    longestTask,
    heaviestTask,
    oursPerTaskMs,
    mainThreadBusyMs: ms(busyUs),
    sampledMs: ms(sampledUs),
    selfByFunction: top(self),
    totalByFunction: top(total),
    mainThread: main,
  };
}

/**
 * The extension's background worker busy time in [from, to]: the top-level tasks of every thread
 * that names the background's script (a service worker's thread does, in its tracing-session
 * event), minus the tracer's own profiler start-up inside them. Work moved off the page (the
 * prefilter check) is still work: this is where it shows.
 */
export function backgroundBusy(
  events: readonly TraceEvent[],
  isBackground: (url: string) => boolean,
  from = -Infinity,
  to = Infinity,
): { ms: number; cpuMs: number } | null {
  const threads = new Set<string>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (threads.has(key) || !e.args) continue;
    const urls = JSON.stringify(e.args).match(/(chrome|moz)-extension:\/\/[^"]+/g) ?? [];
    if (urls.some(isBackground)) threads.add(key);
  }
  if (threads.size === 0) return null;
  const all = completeEvents(events);
  let us = 0;
  let cpuUs = 0;
  for (const key of threads) {
    const [pid, tid] = key.split(':').map(Number) as [number, number];
    const onThread = all.filter((e) => e.pid === pid && e.tid === tid && e.ts >= from && e.ts + (e.dur ?? 0) <= to);
    const tasks = onThread
      .filter((e) => TASK_EVENTS.has(e.name))
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const instrumentation = onThread.filter((e) => INSTRUMENTATION_EVENTS.has(e.name));
    let lastEnd = -Infinity;
    for (const t of tasks) {
      if (t.ts < lastEnd) continue; // nested in the previous task
      lastEnd = t.ts + (t.dur ?? 0);
      let dur = t.dur ?? 0;
      let cpu = t.tdur ?? dur;
      for (const i of instrumentation) {
        if (i.ts >= t.ts && i.ts + (i.dur ?? 0) <= lastEnd) {
          dur -= i.dur ?? 0;
          cpu -= i.tdur ?? i.dur ?? 0;
        }
      }
      us += Math.max(0, dur);
      cpuUs += Math.max(0, cpu);
    }
  }
  return { ms: us / 1000, cpuMs: cpuUs / 1000 };
}

/** The page-under-test's navigationStart (trace µs): the blank tab before it runs the extension too. */
export function navigationStartOf(events: readonly TraceEvent[], url: string): number | undefined {
  const navs = events.filter((e) => e.name === 'navigationStart');
  const exact = navs.filter((e) => JSON.stringify(e.args ?? {}).includes(url));
  const pick = exact.length ? exact : navs;
  return pick.length ? Math.max(...pick.map((e) => e.ts)) : undefined;
}

/**
 * All the work of a page's main thread in [from, to] (trace µs), whoever caused it: the sum of its
 * top-level tasks, clipped to the window, ms. The main thread is the one that emitted the page's
 * `navigationStart` at `from` (so a trace without the extension's events works too). Traced with
 * and without the extension over the same window, the difference is the extension's whole cost on
 * the thread: its script, and the style, layout and paint its highlights cause.
 */
export function mainThreadBusy(
  events: readonly TraceEvent[],
  from: number,
  to: number,
): { ms: number; cpuMs: number; tasks: number } | null {
  const nav = events.find((e) => e.name === 'navigationStart' && e.ts === from);
  if (!nav) return null;
  const onMain = completeEvents(events).filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  let us = 0;
  let cpuUs = 0;
  let tasks = 0;
  for (const t of topLevelTasks(onMain)) {
    const dur = t.dur ?? 0;
    const o = Math.min(to, t.ts + dur) - Math.max(from, t.ts);
    if (o <= 0) continue;
    us += o;
    // thread time of the part inside the window (a task cut by the window counts pro rata)
    cpuUs += dur > 0 ? ((t.tdur ?? dur) * o) / dur : 0;
    tasks++;
  }
  return { ms: ms(us), cpuMs: ms(cpuUs), tasks };
}
