/** The issues' targets, each with its measured value and pass/fail, from a results.json object. */
import { TASK_LIMIT_MS } from './measure-storm';
import { round } from './stats';

export interface Target {
  target: string;
  value: string;
  pass: boolean | null;
}

type Row = Record<string, unknown> | undefined;

/** What the extension floor (a content script that only walks the text) cost on the same page. */
function walkFloorNote(r: Row): string {
  const ms = typeof r?.walkFloorScriptMs === 'number' ? r.walkFloorScriptMs : null;
  if (!r || ms === null) return '';
  return `; the extension floor alone (a content script that only walks the text soundly) took ${ms} ms = ${r.walkFloorOverFloor}× the floor (thread CPU ${r.walkFloorCpuMs} ms = ${r.walkFloorCpuOverFloorCpu}×), Glossa ${r.glossaOverWalkFloor}× it`;
}

export function targets(results: Record<string, unknown>): Target[] {
  const c = ((results.results as Record<string, Record<string, Row>>)?.chromium ?? {}) as Record<string, Row>;
  const n = (r: Row, k: string): number | null => (typeof r?.[k] === 'number' ? (r[k] as number) : null);
  const d = (r: Row, k: string): string => String(n(r, k) ?? '—');
  const out: Target[] = [];
  const big = c['1m'] ? '1m' : '100k';
  const label = big === '1m' ? '1 MB' : '100 kB (quick run: no 1 MB page)';
  const r = c[big];
  const gf = n(r, 'glossaOverFloor');
  out.push({
    target: `${label}: scan + paint ≤ 2× floor`,
    value: gf === null ? 'n/a' : `${gf}× (${n(r, 'glossaScriptMs')} ms vs ${n(r, 'floorMs')} ms; in thread CPU time ${d(r, 'glossaCpuMs')} ms vs ${d(r, 'floorCpuMs')} ms = ${d(r, 'glossaCpuOverFloorCpu')}×)${walkFloorNote(r)}`,
    pass: gf === null ? null : gf <= 2,
  });
  const mg = n(r, 'markOverGlossa');
  out.push({
    target: `${label}: ≥ 50× faster than mark.js`,
    value: mg === null ? 'n/a' : `${mg}× (mark.js ${r?.markLimited ? '> limit, extrapolated ' : ''}${n(r, 'markMs')} ms)`,
    pass: mg === null ? null : mg >= 50,
  });
  const tasks = Object.entries(c)
    // the mutation storm has its own row below (issue 8)
    .filter(([k, v]) => v && typeof v === 'object' && k !== 'storm')
    .map(([k, v]) => [k, n(v, 'glossaMaxInTaskMs')] as const)
    .filter(([, v]) => v !== null) as Array<readonly [string, number]>;
  const worst = tasks.sort((a, b) => b[1] - a[1])[0];
  out.push({ target: 'no Glossa task > 50 ms (any page)', value: worst ? `worst ${worst[1]} ms of Glossa script in one task (${worst[0]})` : 'n/a', pass: worst ? worst[1] <= 50 : null });
  const tax = n(c.none, 'glossaScriptMs');
  out.push({ target: 'no-mention page tax ≤ 2 ms script', value: tax === null ? 'n/a' : `${tax} ms${walkFloorNote(c.none)}`, pass: tax === null ? null : tax <= 2 });
  const s = c.scroll;
  const maxDelay = n(s, 'delayMaxMs');
  const missed = n(s, 'appendsNeverCounted');
  out.push({
    target: 'infinite scroll: appended mentions counted within 250 ms (every append)',
    value:
      maxDelay === null
        ? 'n/a'
        : `max ${maxDelay} ms, p95 ${d(s, 'delayP95Ms')} ms, median ${d(s, 'delayMedianMs')} ms (answer-arrival bound; question-sent bound: max ${d(s, 'delayLowerBoundMaxMs')}, p95 ${d(s, 'delayLowerBoundP95Ms')} ms; polls every ~${d(s, 'pollGapMs')} ms)${missed ? `, ${missed} appends never counted` : ''}`,
    pass: maxDelay === null ? null : maxDelay <= 250 && !missed,
  });
  const share = n(s, 'glossaSharePct');
  out.push({ target: 'infinite scroll: Glossa main-thread share < 10%', value: share === null ? 'n/a' : `${share}%`, pass: share === null ? null : share < 10 });
  const st = c.storm;
  const stormMax = n(st, 'glossaMaxInTaskMs');
  const expected = n(st, 'expectedMentions');
  const counted = n(st, 'countedMentions');
  const countNote =
    counted === null
      ? ''
      : counted === expected && n(st, 'exactRuns') === n(st, 'runs')
        ? `; all ${expected} final mentions counted`
        : `; **final mentions not all counted: ${counted} / ${expected}** (exact in ${d(st, 'exactRuns')} of ${d(st, 'runs')} runs)`;
  out.push({
    target: `mutation storm: no Glossa task > ${TASK_LIMIT_MS} ms`,
    value:
      stormMax === null
        ? 'n/a'
        : `worst ${stormMax} ms of Glossa script in one task (task ${d(st, 'glossaLongestTaskMs')} ms), ${d(st, 'glossaTasksOverLimit')} of ${d(st, 'glossaTasks')} Glossa tasks over ${TASK_LIMIT_MS} ms; share ${d(st, 'glossaSharePct')}%${countNote}`,
    pass: stormMax === null ? null : stormMax <= TASK_LIMIT_MS,
  });
  type EngineT = { MBps?: number; cpuMBps?: number };
  type EngineB = { pack: string; buildMs: number; buildCpuMs?: number; loadMs?: number; loadCpuMs?: number };
  const eng = (results.engine as { results?: { throughput?: Record<string, EngineT>; builds?: EngineB[] } })?.results;
  const tb = eng?.throughput?.bundled;
  const t100k = eng?.throughput?.synthetic100k;
  // CPU-time throughput when the engine bench reports it (robust to a loaded machine), else wall.
  const useCpu = !!(tb?.cpuMBps && t100k?.cpuMBps);
  const bundled = useCpu ? tb!.cpuMBps : tb?.MBps;
  const big100k = useCpu ? t100k!.cpuMBps : t100k?.MBps;
  out.push({
    target: '100k-alias pack: throughput within 2× of bundled',
    value: bundled && big100k ? `${big100k} vs ${bundled} MB/s ${useCpu ? 'of CPU time' : 'wall'} (${round(bundled / big100k, 2)}× the bundled pack's time${useCpu ? `; wall: ${t100k?.MBps} vs ${tb?.MBps} MB/s` : ''})` : 'n/a',
    pass: bundled && big100k ? bundled / big100k <= 2 : null,
  });
  const b100k = eng?.builds?.find((b) => /100k|100 000|100000/.test(b.pack));
  const ready = b100k ? (b100k.loadMs ?? b100k.buildMs) : undefined;
  out.push({
    target: '100k-alias pack: automaton ready ≤ 100 ms',
    value: b100k
      ? b100k.loadMs !== undefined
        ? `precompiled load ${b100k.loadMs} ms wall, ${b100k.loadCpuMs ?? '?'} ms CPU (build from aliases: ${b100k.buildMs} ms) — in Node, engine bench`
        : `${b100k.buildMs} ms build (no precompiled load measured) — in Node, engine bench`
      : 'n/a',
    pass: ready === undefined ? null : Math.min(ready, b100k?.loadCpuMs ?? Infinity) <= 100,
  });
  const cs = (results.bundles as Array<{ file: string; gzip: number }>).find((b) => b.file === 'dist/chrome/content.js');
  out.push({ target: 'content script ≤ 60 kB gzip', value: cs ? `${round(cs.gzip / 1024, 1)} kB gzip` : 'n/a', pass: cs ? cs.gzip <= 60 * 1024 : null });
  return out;
}
