/**
 * The content script's CPU profile split by part of the work (walk, request, painting…), pure so
 * it can be unit-tested on synthetic profiles. Used by bench/profile.ts, and through it by the full
 * `npm run bench`, whose report explains each failing ratio target with this split (issue 19).
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A frame of ours: its function name and source module (from the unminified bundle's comments). */
export interface OurFrame {
  name: string;
  file: string;
}

export const PHASES = {
  evaluation: 'script evaluation (module top level, polyfill)',
  walk: 'walk (collect-text, parts)',
  i18n: 'i18n (UI language)',
  settings: 'settings read, frame',
  painting: 'painting (ranges to highlights, viewport checks, frames)',
  request: 'find-names request (serialise, send, deadline)',
  check: 'answer check (isFindNamesResponse)',
  decision: 'page decision (decide, page-evidence)',
  ranges: 'answer to ranges (locate, Range)',
  timers: 'timers, yields, observers',
  loop: 'scan loop (batches, slices)',
  annotator: 'annotator (index, counts, badge)',
  loading: 'module loading (import of page-annotator.js)',
  fallback: 'matching in the page (fallback)',
  other: 'other',
} as const;

/**
 * The part of the content script's work a sample belongs to, from its stack (leaf first, our
 * frames only): the innermost frame of ours decides.
 */
export function phaseOf(stack: readonly OurFrame[]): string {
  const inner = stack[0];
  if (!inner) return PHASES.other;
  const names = new Set(stack.map((f) => f.name));
  const file = inner.file;
  if (stack.every((f) => f.name === '(anonymous)' || f.name === '__require' || f.file.startsWith('node_modules/')))
    return PHASES.evaluation;
  if (/collect-text|chunks|offsets/.test(file) && inner.name !== 'locate') return PHASES.walk;
  if (/i18n/.test(file)) return PHASES.i18n;
  if (/glossa-store|settings|storage|frame\.ts/.test(file)) return PHASES.settings;
  if (/painter/.test(file)) return PHASES.painting;
  if (/messaging|deadline/.test(file) || (/finder/.test(file) && !names.has('localFinder'))) return PHASES.request;
  if (/messages\.ts/.test(file)) return PHASES.check;
  if (/page-evidence/.test(file) || ['decide', 'countedAs', 'publish', 'report'].includes(inner.name))
    return PHASES.decision;
  // 'get range': a mention's Range, made when first asked for (content/scanner.ts FoundMention).
  if (['addMention', 'liveRange', 'get range', 'locate', 'keeps'].includes(inner.name)) return PHASES.ranges;
  if (/next-task/.test(file) || ['onMutations', 'observe', 'rescanDirty'].includes(inner.name)) return PHASES.timers;
  if (/scanner|text-watch/.test(file)) return PHASES.loop;
  if (/annotator|interaction|hit-test|keyboard|page-date/.test(file)) return PHASES.annotator;
  if (/index\.ts/.test(file)) return PHASES.loading;
  if (/src\/text\//.test(file)) return PHASES.fallback;
  return PHASES.other;
}

/** One sample of ours: its weight (µs, already divided by the number of loads) and our frames. */
export interface OurSample {
  w: number;
  leaf: ProfileNode;
  /** The whole stack, leaf first. */
  stack: ProfileNode[];
  /** The first frame of ours from the leaf. */
  firstOurs: ProfileNode;
}

export interface SplitOptions {
  isOurs: (url: string) => boolean;
  /** Source module of a line of one of our bundles. */
  moduleAt: (url: string, line: number) => string;
  /** The most a sample can weigh, µs: a longer gap is the renderer descheduled, not work. */
  sampleCapUs: number;
}

export interface ProfileSplit {
  /** Mean per load, ms, of samples with a frame of ours. */
  oursMs: number;
  /** Mean per load, ms, of every sample that is not idle. */
  busyMs: number;
  /** Mean per load, ms, by part of the work; only parts with samples. */
  phases: Record<string, number>;
}

/** Calls `visit` for every sample of ours in the profiles (weights averaged over the loads). */
function forEachOurSample(
  profiles: readonly CpuProfile[],
  o: SplitOptions,
  visit: (s: OurSample) => void,
  onBusy: (w: number) => void = () => {},
): void {
  const ours = (n: ProfileNode): boolean => o.isOurs(n.callFrame.url);
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (let i = 0; i < profile.samples.length; i++) {
      const w = Math.min(profile.timeDeltas[i + 1] ?? 0, o.sampleCapUs) / profiles.length;
      const leaf = byId.get(profile.samples[i]!);
      if (!leaf) continue;
      const name = leaf.callFrame.functionName;
      if (name === '(idle)' || name === '(program)' || name === '(root)') continue;
      onBusy(w);
      const stack: ProfileNode[] = [];
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!);
      const firstOurs = stack.find(ours);
      if (firstOurs) visit({ w, leaf, stack, firstOurs });
    }
  }
}

/**
 * The split of a page's loads by part of the work, ms per load; `visit` also sees every sample of
 * ours, for a caller's own tallies in the same pass.
 */
export function splitProfiles(
  profiles: readonly CpuProfile[],
  o: SplitOptions,
  visit: (s: OurSample) => void = () => {},
): ProfileSplit {
  const phases = new Map<string, number>();
  let oursUs = 0;
  let busyUs = 0;
  forEachOurSample(
    profiles,
    o,
    (sample) => {
      visit(sample);
      const { w, stack } = sample;
      oursUs += w;
      const phase = phaseOf(
        stack
          .filter((n) => o.isOurs(n.callFrame.url))
          .map((n) => ({
            name: n.callFrame.functionName || '(anonymous)',
            file: o.moduleAt(n.callFrame.url, n.callFrame.lineNumber),
          })),
      );
      phases.set(phase, (phases.get(phase) ?? 0) + w);
    },
    (w) => (busyUs += w),
  );
  const ms = (us: number): number => Math.round(us / 100) / 10;
  return {
    oursMs: ms(oursUs),
    busyMs: ms(busyUs),
    phases: Object.fromEntries([...phases].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
  };
}
