/**
 * A/B of built extensions (`--variants a=DIR,b=DIR`, with `--only`): each variant on each page,
 * one run at a time in turn, order alternating, so a busy moment of the shared machine hits both.
 * Prints medians and quartiles; writes nothing. "main thread" is every task of the page's main thread
 * in the same window after navigationStart (thread CPU): what the variant costs the page in all,
 * the style and paint its highlights cause included, beside the script attributed to it. On the
 * 100 kB article, also the first screen (measure-first-screen.ts), in its own load after each run.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FixtureServer } from '../tests/e2e/harness/server';
import { launchChromium } from './launch';
import { measureExtension } from './measure-extension';
import { measureFirstScreen } from './measure-first-screen';
import type { PageSpec } from './page-set';
import { log } from './session';
import { median, percentile } from './stats';

const round = (x: number | null, d: number): string => (x === null ? 'n/a' : x.toFixed(d));

export async function compareVariants(
  root: string,
  variants: ReadonlyArray<[string, string]>,
  pages: readonly PageSpec[],
  runsPerPage: number,
  server: FixtureServer,
  /** `--save-traces DIR`: each variant's traces in DIR/<variant>/. */
  saveTraces: string | null = null,
): Promise<void> {
  const traceDir = (name: string): string | null => {
    if (!saveTraces) return null;
    const dir = path.join(saveTraces, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const browsers = await Promise.all(variants.map(([, dir]) => launchChromium('glossa', path.resolve(root, dir))));
  try {
    for (const spec of pages) {
      const runs = variants.map(() => ({
        wallMs: [] as number[],
        scriptMs: [] as number[],
        cpuMs: [] as number[],
        backgroundMs: [] as number[],
        busyCpuMs: [] as number[],
        firstScreenMs: [] as number[],
      }));
      for (let i = 0; i < runsPerPage; i++) {
        const order = variants.map((_, k) => k);
        if (i % 2) order.reverse();
        for (const k of order) {
          const r = await measureExtension(
            browsers[k]!,
            server,
            { ...spec, key: `${spec.key}-${i}`, runs: 1 },
            true,
            traceDir(variants[k]![0]),
            null,
          );
          runs[k]!.wallMs.push(...r.wallMs);
          runs[k]!.scriptMs.push(...r.traces.map((t) => t.scriptMs));
          runs[k]!.cpuMs.push(...r.traces.map((t) => t.cpuMs ?? NaN));
          runs[k]!.backgroundMs.push(...r.background.map((b) => b?.ms ?? 0));
          runs[k]!.busyCpuMs.push(...r.busyCpuMs);
          if (spec.key === '100k')
            for (const f of await measureFirstScreen(browsers[k]!, server, { ...spec, runs: 1 }, r.windowMs))
              runs[k]!.firstScreenMs.push(f.firstScreenMs ?? NaN);
        }
      }
      const spread = (xs: number[]): string =>
        `median ${round(median(xs), 1)} [p25 ${round(percentile(xs, 25), 1)}, p75 ${round(percentile(xs, 75), 1)}] n=${xs.length}`;
      for (const [k, [name]] of variants.entries()) {
        const r = runs[k]!;
        log(
          `${spec.key} ${name}: wall ${spread(r.wallMs)}; content script ${spread(r.scriptMs)}; thread cpu ${spread(r.cpuMs)}; main thread cpu ${spread(r.busyCpuMs)}; background ${spread(r.backgroundMs)}${r.firstScreenMs.length ? `; first screen ${spread(r.firstScreenMs)}` : ''}`,
        );
      }
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
  }
}
