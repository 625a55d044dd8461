import { describe, expect, it } from 'vitest';
import {
  attributeTrace,
  backgroundBusy,
  completeEvents,
  eventUrl,
  overlap,
  union,
  type TraceEvent,
} from '../../bench/trace';

const OURS = 'chrome-extension://abc/content.js';
const isOurs = (u: string): boolean => u === OURS;
const X = (name: string, ts: number, dur: number, url?: string, tid = 1): TraceEvent => ({
  name,
  ph: 'X',
  ts: ts * 1000,
  dur: dur * 1000,
  pid: 1,
  tid,
  args: url ? { data: { url } } : {},
});

/** Times in ms (converted to trace µs). */
function syntheticTrace(): TraceEvent[] {
  return [
    { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
    // task 1: our callback 10–50 with a nested filter call 20–30; a page callback 60–70
    { ...X('RunTask', 0, 100), tdur: 30_000 }, // descheduled: 30 ms of thread time in 100 ms
    X('FunctionCall', 10, 40, OURS),
    X('FunctionCall', 20, 10, OURS),
    X('FunctionCall', 60, 10, 'http://page/app.js'),
    // task 2: microtasks 210–290, half of the samples in them are ours
    X('RunTask', 200, 100),
    X('RunMicrotasks', 210, 80),
    // task 3 as a B/E pair, with our script's first evaluation inside
    { name: 'RunTask', ph: 'B', ts: 400_000, pid: 1, tid: 1 },
    { ...X('EvaluateScript', 405, 10), args: { data: { url: OURS } } },
    { name: 'RunTask', ph: 'E', ts: 420_000, pid: 1, tid: 1 },
    // another thread with a single event of ours: not the main thread
    X('FunctionCall', 10, 500, OURS, 2),
    // CPU profile of the main thread
    { name: 'Profile', ph: 'P', ts: 200_000, pid: 1, tid: 1, id: '0x1', args: { data: { startTime: 200_000 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ts: 300_000,
      pid: 1,
      tid: 1,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { functionName: '(root)', url: '' } },
              { id: 2, callFrame: { functionName: 'scan', url: OURS, lineNumber: 1, columnNumber: 5 }, parent: 1 },
              { id: 3, callFrame: { functionName: 'pageFn', url: 'http://page/app.js' }, parent: 1 },
              { id: 4, callFrame: { functionName: 'nextNode', url: '' }, parent: 2 },
            ],
            samples: [2, 4, 3, 3, 1],
          },
          timeDeltas: [20_000, 2_000, 2_000, 2_000, 2_000], // 220, 222, 224, 226, 228 ms
        },
      },
    },
  ];
}

describe('bench trace attribution', () => {
  it('finds URLs in data.url, fileName and stack traces', () => {
    expect(eventUrl(X('FunctionCall', 0, 1, OURS))).toBe(OURS);
    expect(eventUrl({ name: 'v8.run', ph: 'X', ts: 0, pid: 1, tid: 1, args: { fileName: OURS } })).toBe(OURS);
    expect(
      eventUrl({ name: 'TimerFire', ph: 'X', ts: 0, pid: 1, tid: 1, args: { data: { stackTrace: [{ url: OURS }] } } }),
    ).toBe(OURS);
    expect(eventUrl({ name: 'RunMicrotasks', ph: 'X', ts: 0, pid: 1, tid: 1 })).toBeUndefined();
  });

  it('merges intervals and measures overlaps', () => {
    const u = union([
      { start: 5, end: 10 },
      { start: 0, end: 6 },
      { start: 20, end: 30 },
    ]);
    expect(u).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ]);
    expect(overlap(u, 8, 25)).toBe(7);
    expect(overlap(u, 10, 20)).toBe(0);
  });

  it('turns B/E pairs into complete events', () => {
    const c = completeEvents(syntheticTrace()).filter((e) => e.name === 'RunTask');
    expect(c.map((e) => [e.ts, e.dur])).toContainEqual([400_000, 20_000]);
  });

  it('counts nested calls once, attributes microtasks by samples, and finds the tasks', () => {
    const a = attributeTrace(syntheticTrace(), isOurs);
    expect(a.mainThread).toEqual({ pid: 1, tid: 1 });
    expect(a.exactMs).toBe(50); // 10–50 (nested 20–30 inside) + 405–415; the page's 60–70 is not ours
    expect(a.microtaskMs).toBe(40); // 80 ms × 2 of 4 samples
    expect(a.scriptMs).toBe(90);
    expect(a.tasks).toBe(3);
    expect(a.longestTask).toEqual({ start: 0, ms: 100, oursMs: 40, cpuMs: 30 });
    expect(a.heaviestTask?.oursMs).toBe(40);
    expect(a.oursPerTaskMs).toEqual([40, 40, 10]); // per task, in time order
    expect(a.mainThreadBusyMs).toBe(220);
    expect(a.sampledMs).toBe(4); // each sample weighs the time to the next one
    expect(a.selfByFunction).toEqual([
      { name: 'scan', ms: 2 },
      { name: 'nextNode [native]', ms: 2 },
    ]);
    expect(a.totalByFunction).toEqual([{ name: 'scan', ms: 4 }]);
  });

  it('reports thread CPU time when the events carry it', () => {
    const withCpu = syntheticTrace().map((e) => (e.ph === 'X' && e.dur !== undefined ? { ...e, tdur: e.dur / 2 } : e));
    expect(attributeTrace(syntheticTrace(), isOurs).cpuMs).toBeNull(); // no tdur in the trace
    // outermost events of ours: 10–50 (cpu 20) + 405–415 (cpu 5); microtasks: 40 wall × ½
    expect(attributeTrace(withCpu, isOurs).cpuMs).toBe(45);
  });

  it("does not count the tracer's own CPU-profiler start-up inside a microtask checkpoint as ours", () => {
    // 210–230 of the 80 ms checkpoint is the profiler starting (no samples yet): 60 ms remain, half ours.
    const a = attributeTrace([...syntheticTrace(), X('CpuProfiler::StartProfiling', 210, 20)], isOurs);
    expect(a.microtaskMs).toBe(30);
    expect(a.oursPerTaskMs).toEqual([40, 30, 10]);
  });

  it('limits to a time window', () => {
    const a = attributeTrace(syntheticTrace(), isOurs, { from: 150_000 });
    expect(a.exactMs).toBe(10);
    expect(a.scriptMs).toBe(50);
    expect(a.tasks).toBe(2);
    expect(a.oursPerTaskMs).toEqual([40, 10]);
  });

  it('reports nothing when the script never ran', () => {
    const a = attributeTrace(syntheticTrace(), (u) => u === 'chrome-extension://other/content.js');
    expect(a.scriptMs).toBe(0);
    expect(a.mainThread).toBeNull();
  });
});

describe('backgroundBusy', () => {
  const BG = 'chrome-extension://abc/background.js';
  const isBg = (u: string): boolean => u === BG;
  it("sums the top-level tasks of the background's thread, without the profiler's start-up", () => {
    const events: TraceEvent[] = [
      { name: 'TracingSessionIdForWorker', ph: 'I', ts: 0, pid: 7, tid: 9, args: { data: { url: BG } } },
      { ...X('RunTask', 10, 20, undefined, 9), pid: 7, tdur: 10_000 },
      { ...X('RunMicrotasks', 12, 5, undefined, 9), pid: 7 }, // nested: counted once, with its task
      { ...X('RunTask', 40, 70, undefined, 9), pid: 7, tdur: 65_000 },
      { ...X('CpuProfiler::StartProfiling', 41, 60, undefined, 9), pid: 7, tdur: 60_000 },
      { ...X('RunTask', 500, 30, undefined, 9), pid: 7 }, // after the window
      X('RunTask', 10, 100), // the page's thread: not the background's
    ];
    expect(backgroundBusy(events, isBg, 0, 200_000)).toEqual({ ms: 30, cpuMs: 15 });
    expect(backgroundBusy(events, () => false)).toBeNull();
  });
});
