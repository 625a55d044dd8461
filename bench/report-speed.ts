/** The RESULTS.md lines of issue 19's measures: whole cost, first screen, Firefox ÷ Chromium, scrolling, soak. */

import { PHASES } from './profile-split';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const fmt = (x: unknown, unit = ''): string => (x === null || x === undefined ? '—' : `${x}${unit}`);
/** A change, with its sign: +0.2 MB, −0.02 MB. */
const signed = (x: unknown, unit = ''): string =>
  typeof x !== 'number' ? '—' : `${x < 0 ? '−' : '+'}${Math.abs(x)}${unit}`;

/** Chromium: per page, everything the main thread did with and without the extension, beside the script attributed to it. */
export function wholeCostSection(r: Any, res: Any): string[] {
  const pages = Object.keys(r.pages ?? {}).filter((k) => res[k] && res[k].mainThreadWithoutMs !== undefined);
  if (!pages.length) return [];
  const L: string[] = ['', '### Whole cost and first screen (issue 19)', ''];
  L.push(
    'Wall time (thread CPU time in brackets): every top-level task of the page\'s main thread in the same window after navigationStart, without the extension, with Glossa and with the extension floor (medians); "extra" is the median of the differences with − without, the page without the extension traced right after each run, so it holds the style, layout and paint the extension causes, beside the script attributed to it.',
  );
  L.push('');
  L.push(
    '| Page | window | main thread without extension | with Glossa | Glossa total extra | Glossa script (attributed) | with extension floor | extension floor total extra | Glossa ÷ extension floor, total extra | first screen after content script start (content script start) |',
  );
  L.push('|---|---|---|---|---|---|---|---|---|---|');
  const both = (wall: unknown, cpu: unknown): string => `${fmt(wall, ' ms')} (${fmt(cpu, ' ms')})`;
  for (const k of pages) {
    const p = res[k];
    L.push(
      `| ${r.pages[k].label} | ${fmt(p.totalWindowMs, ' ms')} | ${both(p.mainThreadWithoutMs, p.mainThreadWithoutCpuMs)} | ${both(p.mainThreadWithGlossaMs, p.mainThreadWithGlossaCpuMs)} | ${both(p.glossaTotalExtraMs, p.glossaTotalExtraCpuMs)} | ${both(p.glossaScriptMs, p.glossaCpuMs)} | ${both(p.mainThreadWithWalkFloorMs, p.mainThreadWithWalkFloorCpuMs)} | ${both(p.walkFloorTotalExtraMs, p.walkFloorTotalExtraCpuMs)} | ${fmt(p.glossaTotalExtraOverWalkFloor, '×')} (${fmt(p.glossaTotalExtraCpuOverWalkFloor, '×')}) | ${p.firstScreenMs === undefined ? '—' : `${fmt(p.firstScreenMs, ' ms')} (${fmt(p.contentStartMs, ' ms')}${p.firstScreenRunsMs?.length ? `; runs ${p.firstScreenRunsMs.join(', ')} ms` : ''})`} |`,
    );
  }
  return L;
}

/** Firefox: `complete` beside Chromium's, page by page. */
export function firefoxRatioSection(r: Any, firefox: Any, chromium: Any | undefined): string[] {
  const pages = Object.keys(r.pages ?? {}).filter((k) => typeof firefox[k]?.wallMs === 'number');
  if (!pages.length || !chromium) return [];
  const L: string[] = [
    '',
    '| Page | complete, Chromium | complete, Firefox | Firefox ÷ Chromium (target ≤ 1.5×) |',
    '|---|---|---|---|',
  ];
  for (const k of pages) {
    const c = chromium[k]?.wallMs;
    const f = firefox[k].wallMs;
    const ratio = typeof c === 'number' && c > 0 ? Math.round((100 * f) / c) / 100 : null;
    L.push(
      `| ${r.pages[k].label} | ${fmt(c, ' ms')} | ${fmt(f, ' ms')} | ${fmt(ratio, '×')}${ratio !== null && ratio > 1.5 ? ' ❌' : ''} |`,
    );
  }
  return L;
}

/** Chromium: Glossa's tasks while an article scrolls. */
export function scrollingSection(s: Any | undefined): string[] {
  if (!s) return [];
  return [
    '',
    `Scrolling (${fmt(s.page)} after complete, ${fmt(s.stepPx, ' px')} per frame for ${fmt(s.scrollMs, ' ms')}, ${fmt(s.frames)} frames): ${fmt(s.glossaTasks)} tasks ran Glossa; p95 ${fmt(s.glossaP95InTaskMs, ' ms')}, max ${fmt(s.glossaMaxInTaskMs, ' ms')} of Glossa script in one task; Glossa script ${fmt(s.glossaScriptMs, ' ms')} in all; main thread busy ${fmt(s.mainThreadBusyPct, '%')} of the window.${s.error ? ` **Error:** \`${s.error}\`` : ''}`,
  ];
}

/** Chromium: the two soaks. */
export function soakSection(res: Any): string[] {
  const L: string[] = [];
  for (const [key, label] of [
    ['soakSpa', 'Soak, single-page app'],
    ['soakScroll', 'Soak, infinite scroll'],
  ] as const) {
    const s = res[key];
    if (!s) continue;
    L.push('');
    L.push(`${label} (${fmt(s.scenario)}; paintAll on, so every mention is a range):`);
    if (s.errors?.length) L.push(`- **Errors**: ${s.errors.map((e: string) => `\`${e}\``).join('; ')}`);
    L.push(
      `- JS heap after two GCs, start → end: with Glossa ${fmt(s.heapStartMB, ' MB')} → ${fmt(s.heapEndMB, ' MB')} (${signed(s.heapGrowthWithMB, ' MB')}); without ${fmt(s.heapStartWithoutMB, ' MB')} → ${fmt(s.heapEndWithoutMB, ' MB')} (${signed(s.heapGrowthWithoutMB, ' MB')}); **Glossa's growth ${signed(s.glossaHeapGrowthMB, ' MB')}**.`,
    );
    L.push(
      `- At the end: ${fmt(s.rangesEnd)} live highlight ranges, ${fmt(s.mentionsInDom)} mentions in the DOM (the page's own count), Glossa counts ${fmt(s.countedEnd)}${s.catchUpMs != null ? `, exact ${fmt(s.catchUpMs, ' ms')} after the last change` : ''}.`,
    );
    L.push(
      `- Start → halfway → end. JS event listeners (CDP Performance.getMetrics, whole renderer): with Glossa ${fmt(s.listenersStart)} → ${fmt(s.listenersMid)} → ${fmt(s.listenersEnd)}, without ${fmt(s.listenersStartWithout)} → ${fmt(s.listenersMidWithout)} → ${fmt(s.listenersEndWithout)}; observers alive in Glossa's isolated world (Mutation/Intersection/Resize, CDP Runtime.queryObjects): ${fmt(s.observersStart)} → ${fmt(s.observersMid)} → ${fmt(s.observersEnd)}; DOM nodes with Glossa ${fmt(s.nodesStart)} → ${fmt(s.nodesEnd)}. Growth is judged from halfway (one-off set-up is over by then).`,
    );
  }
  return L;
}

/** What each page's ratio target allows the content script, in thread CPU (issue 19). */
const CPU_BUDGET: Record<string, { label: string; budget: (floorCpu: number) => number }> = {
  none: { label: 'extension floor + 2 ms', budget: (f) => f + 2 },
  '100k': { label: '2× the extension floor', budget: (f) => 2 * f },
  '1m': { label: '3× the extension floor', budget: (f) => 3 * f },
};

/**
 * Chromium: the content script's CPU profile of this run split by part of the work, beside the
 * extension floor's whole script, and what each ratio target leaves once the walk and the request
 * that every scan needs are paid (a failing target explained by a profile, as issue 19 asks).
 */
export function profileSection(r: Any): string[] {
  const prof = r.profile;
  if (!prof) return [];
  const L: string[] = ['', '### Where the content script’s time goes (CPU profile of this run)', ''];
  if (prof.error || !prof.pages) return [...L, `Not available: \`${prof.error ?? 'no pages'}\`.`];
  const chromium: Any = r.results?.chromium ?? {};
  const pages = Object.keys(prof.pages);
  L.push(
    `\`bench/profile.ts ${pages.join(' ')} --repeat ${prof.repeat}\`, after the measures above: an unminified build of the same sources, V8's CPU profiler every ${prof.intervalUs} µs, mean per load; a sample belongs to the part of the work of its innermost content-script frame. The profiler adds its own cost, so read the parts against each other; the last rows are this run's traces (thread CPU, medians).`,
  );
  L.push('');
  L.push(`| Part of the work | ${pages.map((k) => r.pages?.[k]?.label ?? k).join(' | ')} |`);
  L.push(`|---|${pages.map(() => '---:').join('|')}|`);
  const parts = [...new Set(pages.flatMap((k) => Object.keys(prof.pages[k].phases)))];
  const last = pages[pages.length - 1]!;
  parts.sort((a, b) => (prof.pages[last].phases[b] ?? 0) - (prof.pages[last].phases[a] ?? 0));
  for (const part of parts)
    L.push(`| ${part} | ${pages.map((k) => fmt(prof.pages[k].phases[part], ' ms')).join(' | ')} |`);
  L.push(
    `| **content script, profiled** | ${pages.map((k) => `**${fmt(prof.pages[k].oursMs, ' ms')}**`).join(' | ')} |`,
  );
  L.push(
    `| Glossa script, thread CPU (trace) | ${pages.map((k) => fmt(chromium[k]?.glossaCpuMs, ' ms')).join(' | ')} |`,
  );
  L.push(
    `| extension floor's whole script, thread CPU (trace) | ${pages.map((k) => fmt(chromium[k]?.walkFloorCpuMs, ' ms')).join(' | ')} |`,
  );
  L.push('');
  for (const k of pages) {
    const b = CPU_BUDGET[k];
    const floorCpu = chromium[k]?.walkFloorCpuMs;
    const phases: Record<string, number> = prof.pages[k].phases;
    if (!b || typeof floorCpu !== 'number') continue;
    const walk = phases[PHASES.walk] ?? 0;
    const request = phases[PHASES.request] ?? 0;
    const budget = Math.round(b.budget(floorCpu) * 10) / 10;
    const rest = Math.round((prof.pages[k].oursMs - walk - request) * 10) / 10;
    const traced = chromium[k]?.glossaCpuMs;
    const outside =
      typeof traced === 'number'
        ? ` This run's trace gives the script ${traced} ms of thread CPU, the profile ${prof.pages[k].oursMs} ms in content-script frames: the profile is of other loads of an unminified build, so the two differ by the spread between loads (a same-hour comparison agreed within 2 ms, and garbage collection in the script's tasks is 2–4 ms: \`bench/alloc-profile.ts\`, docs/perf-log.md, session 12).`
        : '';
    L.push(
      `- ${r.pages?.[k]?.label ?? k}: the target (${b.label}) allows ${budget} ms of CPU. Reading the text (walk ${walk} ms) and sending it to the background (${request} ms) take ${Math.round((walk + request) * 10) / 10} ms; everything else (deciding, mapping answers to ranges, painting, the annotator, loading and evaluating code) ${rest} ms.${outside}`,
    );
  }
  return L;
}
