/**
 * The bench's command line (node:util parseArgs): every flag of `npm run bench`, with the
 * defaults that depend on --quick resolved here so the measures read plain numbers.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Runs per page (5; 1 in --quick). */
  runs: number;
  /** Firefox too (default in a full run; --firefox in --quick, --no-firefox to skip). */
  firefox: boolean;
  /** mark.js time limit per page, ms (30 s; 10 s in --quick). */
  markLimitMs: number;
  /** --mark-limit was given: the 1 MB page's longer limit does not apply. */
  markLimitGiven: boolean;
  /** --save-traces DIR: keep every trace (open them in DevTools' Performance panel). */
  saveTraces: string | null;
  /** --only none,100k: measure just these article pages (Chromium, or Firefox too with --firefox; no mark.js), print, write nothing. */
  only: string[] | null;
  build: boolean;
  engine: boolean;
  /** --render: rewrite RESULTS.md from the existing results.json, no browser. */
  render: boolean;
  /**
   * --measure articles,scroll,scrolling,storm,soak: run just these measures (Chromium unless
   * --firefox), print, write nothing. For checking one measure without a full run.
   */
  measures: Measure[] | null;
  /** Infinite-scroll soak length, minutes (10; 2 in --quick). */
  soakMinutes: number;
  /** Article replacements of the single-page-app soak (500). */
  spaSwaps: number;
  /** --variants a=DIR,b=DIR (with --only): A/B of built extensions (dist/chrome folders), runs interleaved; prints medians. */
  variants: Array<[string, string]> | null;
}

export const MEASURES = ['articles', 'scroll', 'scrolling', 'storm', 'soak'] as const;
export type Measure = (typeof MEASURES)[number];

export const USAGE = `npm run bench [-- --quick] [--runs N] [--no-build] [--firefox | --no-firefox] [--mark-limit SECONDS]
               [--no-engine] [--only PAGE,...] [--save-traces DIR] [--render] [--soak-minutes M] [--spa-swaps N]
               [--measure articles,scroll,scrolling,storm,soak] [--variants NAME=DIST,NAME=DIST --only PAGE,...]`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new Error(`--${name} wants a positive number, got "${value}"\n${USAGE}`);
  return n;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values: v } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      firefox: { type: 'boolean' },
      'no-firefox': { type: 'boolean', default: false },
      'mark-limit': { type: 'string' },
      'save-traces': { type: 'string' },
      only: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'no-engine': { type: 'boolean', default: false },
      render: { type: 'boolean', default: false },
      'soak-minutes': { type: 'string' },
      'spa-swaps': { type: 'string' },
      measure: { type: 'string' },
      variants: { type: 'string' },
    },
  });
  const quick = v.quick === true;
  const variants = v.variants === undefined ? null : v.variants.split(',').map((x) => x.split('='));
  if (
    variants &&
    (variants.length < 2 || variants.some((x) => x.length !== 2 || !x[0] || !x[1]) || v.only === undefined)
  ) {
    throw new Error(`--variants wants NAME=DIST,NAME=DIST with --only\n${USAGE}`);
  }
  const only = v.only === undefined ? null : v.only.split(',').filter(Boolean);
  if (only && !only.length) throw new Error(`--only wants page keys (none,100k,1m,5m)\n${USAGE}`);
  const measures = v.measure === undefined ? null : v.measure.split(',').filter(Boolean);
  const unknown = measures?.find((m) => !(MEASURES as readonly string[]).includes(m));
  if (measures && (!measures.length || unknown !== undefined))
    throw new Error(`--measure: unknown measure "${unknown ?? ''}" (known: ${MEASURES.join(', ')})\n${USAGE}`);
  return {
    quick,
    runs: Math.round(positive('runs', v.runs, quick ? 1 : 5)),
    firefox: v['no-firefox'] ? false : quick || measures || only ? v.firefox === true : true,
    markLimitMs: positive('mark-limit', v['mark-limit'], quick ? 10 : 30) * 1000,
    markLimitGiven: v['mark-limit'] !== undefined,
    saveTraces: v['save-traces'] ?? null,
    only,
    build: !v['no-build'],
    engine: !v['no-engine'],
    render: v.render === true,
    measures: measures as Measure[] | null,
    soakMinutes: positive('soak-minutes', v['soak-minutes'], quick ? 2 : 10),
    spaSwaps: Math.round(positive('spa-swaps', v['spa-swaps'], 500)),
    variants: variants as Array<[string, string]> | null,
  };
}
