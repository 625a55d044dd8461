/**
 * The page without the extension: the floor (one bare TreeWalker pass, run by the page itself)
 * and mark.js 8.11.1 with the pack's aliases, on one article page.
 */
import path from 'node:path';
import type { FixtureServer } from '../tests/e2e/harness/server';
import type { BenchBrowser } from './launch';
import type { PageSpec } from './page-set';
import { freshTab, heapAfterGc, sleep, startTrace } from './session';

/** One bare TreeWalker pass reading every text node's data (the floor). */
function floorWalk(): { ms: number; nodes: number; chars: number } {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    chars += (n as Text).data.length;
    nodes++;
  }
  return { ms: performance.now() - t0, nodes, chars };
}

/** mark.js with the pack's aliases, longest first (as mark.js orders them), under a time limit. */
function markAll({ aliases, limitMs }: { aliases: string[]; limitMs: number }): {
  ms: number;
  done: number;
  total: number;
  marks: number;
} {
  const MarkCtor = (window as unknown as { Mark: new (ctx: Element) => { mark(kw: string, opt: object): void } }).Mark;
  const inst = new MarkCtor(document.body);
  const sorted = [...new Set(aliases.filter((a) => a.trim()))].sort((a, b) => b.length - a.length);
  const t0 = performance.now();
  let done = 0;
  for (const kw of sorted) {
    inst.mark(kw, { accuracy: 'exactly', separateWordSearch: false });
    done++;
    if (performance.now() - t0 > limitMs) break;
  }
  const ms = performance.now() - t0;
  return { ms, done, total: sorted.length, marks: document.getElementsByTagName('mark').length };
}

export interface FloorMark {
  floorMs: number[];
  floorCpuMs: number[];
  floorNodes: number;
  floorChars: number;
  markMs: number[];
  markDone: number;
  markTotal: number;
  markMarks: number;
  markLimited: boolean;
  markLimitMs?: number;
  plainHeapMB: number[];
}

export async function measurePlain(
  root: string,
  b: BenchBrowser,
  server: FixtureServer,
  spec: PageSpec,
  aliases: string[],
  markRuns: number,
  markLimitMs: number,
): Promise<FloorMark> {
  const r: FloorMark = {
    floorMs: [],
    floorCpuMs: [],
    floorNodes: 0,
    floorChars: 0,
    markMs: [],
    markDone: 0,
    markTotal: 0,
    markMarks: 0,
    markLimited: false,
    plainHeapMB: [],
  };
  for (let i = 0; i < spec.runs; i++) {
    const { page } = await freshTab(b, server);
    await page.goto(`${server.origin}/${spec.file}`);
    await sleep(300);
    // Chromium: also the walk's thread CPU time, from a light trace around the evaluation: the
    // longest main-thread task is the one running it; its thread time, scaled by the walk's share
    // of that task's wall time, is the walk's CPU time (to compare with Glossa's thread CPU).
    const stop = page.pw ? await startTrace(page, ['toplevel', '__metadata']) : null;
    const f = await page.evaluate(floorWalk);
    if (stop) {
      const events = await stop();
      const task = events
        .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.tdur !== undefined)
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
      if (task && (task.dur ?? 0) / 1000 >= f.ms)
        r.floorCpuMs.push(((task.tdur ?? 0) / 1000) * Math.min(1, f.ms / ((task.dur ?? 1) / 1000)));
    }
    r.floorMs.push(f.ms);
    r.floorNodes = f.nodes;
    r.floorChars = f.chars;
    const heap = await heapAfterGc(page);
    if (heap !== null) r.plainHeapMB.push(heap);
    await page.close();
  }
  if (spec.mentions > 0) {
    for (let i = 0; i < markRuns; i++) {
      const { page } = await freshTab(b, server);
      await page.goto(`${server.origin}/${spec.file}`);
      await page.addScript(path.join(root, 'node_modules/mark.js/dist/mark.min.js'));
      const m = await page.evaluate(markAll, { aliases, limitMs: markLimitMs });
      r.markDone = m.done;
      r.markTotal = m.total;
      r.markMarks = m.marks;
      if (m.done < m.total) {
        r.markLimited = true;
        r.markMs.push((m.ms * m.total) / m.done); // extrapolated; flagged by markLimited
      } else r.markMs.push(m.ms);
      await page.close();
      if (r.markLimited) break; // one limited run is enough
    }
  }
  return r;
}
