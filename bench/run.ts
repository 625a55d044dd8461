/**
 * npm run bench [-- --quick] [--runs N] [--no-build] [--firefox | --no-firefox] [--mark-limit SECONDS]
 *               [--no-engine] [--only PAGE,...] [--save-traces DIR] [--render]
 *               [--variants NAME=DIST,NAME=DIST --only PAGE,...]
 *
 * Glossa in real browsers against the floor (one bare TreeWalker pass), the extension floor and
 * mark.js 8.11.1, on generated pages; writes bench/results.json and bench/RESULTS.md (keeping the
 * hand-written part of RESULTS.md below the marker line). Never asserts: it reports.
 * The flags are parsed in options.ts; each measure has its own module (measure-*.ts), the
 * targets are in targets.ts and the Markdown in report.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { bundleSizes, engine, machine } from './environment';
import { launchChromium, launchFirefox, type BenchBrowser } from './launch';
import { measureExtension, summariseArticle } from './measure-extension';
import { measureFirstScreen, summariseFirstScreen } from './measure-first-screen';
import { profileSplits } from './measure-profile';
import { measurePlain } from './measure-floor';
import { measureScroll, summariseScroll } from './measure-scroll';
import { summariseTotal } from './measure-total';
import { measureScrolling, summariseScrolling } from './measure-scrolling';
import { measureSoak, summariseSoak } from './measure-soak';
import { measureStorm, STORM_URL, summariseStorm } from './measure-storm';
import { parseBenchArgs, type BenchOptions, type Measure } from './options';
import { loadAliases, SCROLL_SOAK_URL, SPA_SOAK_URL, stormRuns, writePages } from './page-set';
import { compareVariants } from './compare-variants';
import { aliasStrings } from './pages';
import { renderMarkdown } from './report';
import { log } from './session';
import { targets } from './targets';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const OUT_DIR = path.join(root, 'bench');

const outputPaths = (o: BenchOptions): { json: string; md: string } => ({
  json: path.join(OUT_DIR, o.quick ? 'results.quick.json' : 'results.json'),
  md: path.join(OUT_DIR, o.quick ? 'RESULTS.quick.md' : 'RESULTS.md'),
});

/** --render: rewrite RESULTS.md (and the targets) from the existing results.json, no browser. */
function renderOnly(o: BenchOptions): void {
  const { json: jsonPath, md: mdPath } = outputPaths(o);
  const results = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;
  results.targets = targets(results);
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(mdPath, renderMarkdown(results, existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : ''));
  log(`rewrote ${path.relative(root, mdPath)} from ${path.relative(root, jsonPath)}`);
}

function compact(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (typeof v !== 'object' || v === null) out[k] = v;
  return out;
}

async function main(o: BenchOptions): Promise<void> {
  if (o.render) return renderOnly(o);
  const started = Date.now();
  if (o.build) {
    log('build: node build.mjs --skip-typecheck');
    const r = spawnSync(process.execPath, [path.join(root, 'build.mjs'), '--skip-typecheck'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (r.status !== 0) log(`build failed, measuring the existing dist/: ${(r.stderr || r.stdout).slice(0, 400)}`);
  }
  const contentJs = path.join(root, 'dist/chrome/content.js');
  if (!existsSync(contentJs)) throw new Error('dist/chrome/content.js missing: run npm run build');
  const git = spawnSync('git', ['log', '-1', '--format=%h %s'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const gitDirty =
    spawnSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).stdout.trim().length > 0;
  const contentHash = createHash('sha256').update(readFileSync(contentJs)).digest('hex').slice(0, 12);

  const { aliases, source: aliasSource } = loadAliases(root);
  const markAliases = aliasStrings(aliases);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-pages-'));
  log(`pages → ${dir}`);
  const { pages, scroll, storm, spaSoak, scrollSoak } = writePages(dir, aliases, o);
  const server = await startFixtureServer(`${dir}${path.sep}`);
  server.setPage(STORM_URL, storm.html);
  server.setPage(SPA_SOAK_URL, spaSoak.html);
  server.setPage(SCROLL_SOAK_URL, scrollSoak.html);
  if (o.variants) {
    try {
      return await compareVariants(root, o.variants, pages, o.runs, server, o.saveTraces);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const STORM_RUNS = stormRuns(o);
  const want = (m: Measure): boolean => !o.measures || o.measures.includes(m);
  const writes = !o.only && !o.measures;

  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    mode: o.quick ? 'quick' : 'full',
    runs: o.runs,
    git,
    srcDirty: gitDirty,
    contentJsSha256: contentHash,
    contentJsBuilt: statSync(contentJs).mtime.toISOString(),
    machine: machine(),
    aliases: {
      source: aliasSource,
      total: aliases.length,
      distinctStrings: markAliases.length,
      strong: aliases.filter((a) => a.strong).length,
    },
    markLimitMs: o.markLimitMs,
  };
  const browsers: Record<string, unknown> = {};
  const perBrowser: Record<string, Record<string, unknown>> = {};

  try {
    for (const name of o.firefox ? (['chromium', 'firefox'] as const) : (['chromium'] as const)) {
      const chromium = name === 'chromium';
      log(`${name}: launching without and with Glossa`);
      let plain: BenchBrowser | undefined;
      let ext: BenchBrowser | undefined;
      // The extension floor needs a trace: Chromium only.
      let walkFloor: BenchBrowser | undefined;
      try {
        plain = chromium ? await launchChromium(null) : await launchFirefox(false);
        ext = chromium ? await launchChromium('glossa') : await launchFirefox(true);
      } catch (e) {
        log(`${name}: cannot launch (${String(e)}); skipped`);
        await plain?.close();
        await ext?.close();
        browsers[name] = { error: String(e) };
        continue;
      }
      if (chromium && want('articles')) {
        // A reference, not the subject: without it the run goes on, without its columns.
        walkFloor = await launchChromium('walk-floor').catch((e: unknown) => {
          log(`extension floor: cannot launch (${String(e)}); measured without it`);
          return undefined;
        });
      }
      browsers[name] = plain.version;
      const out: Record<string, unknown> = {};
      try {
        for (const spec of want('articles') ? pages : []) {
          // Firefox: mark.js on the 100 kB page only (minutes elsewhere, same conclusion).
          const markRuns =
            spec.mentions === 0 || o.only
              ? 0
              : !chromium && spec.key !== '100k'
                ? 0
                : spec.key === '100k'
                  ? Math.min(o.runs, 3)
                  : 1;
          log(`${name} ${spec.key}: floor${markRuns ? ' + mark.js' : ''}`);
          // The 1 MB ratio is a target: let mark.js finish there (one run) rather than extrapolate.
          const limit = spec.key === '1m' && !o.markLimitGiven ? Math.max(o.markLimitMs, 180_000) : o.markLimitMs;
          const pm = await measurePlain(root, plain, server, spec, markAliases, markRuns, limit);
          pm.markLimitMs = limit;
          log(`${name} ${spec.key}: Glossa`);
          const g = await measureExtension(ext, server, spec, chromium, o.saveTraces, chromium ? plain : null);
          if (walkFloor) log(`${name} ${spec.key}: extension floor`);
          const wf = walkFloor
            ? await measureExtension(walkFloor, server, spec, true, o.saveTraces, plain, g.windowMs)
            : null;
          const total = chromium ? summariseTotal(g, wf) : {};
          if (chromium && spec.key === '100k') log(`${name} ${spec.key}: first screen`);
          const first =
            chromium && spec.key === '100k'
              ? summariseFirstScreen(await measureFirstScreen(ext, server, spec, g.windowMs))
              : {};
          out[spec.key] = { ...summariseArticle(spec, pm, g, wf), ...total, ...first };
          log(`${name} ${spec.key}:`, JSON.stringify(compact(out[spec.key] as Record<string, unknown>)));
        }
        if (o.only) continue;
        if (want('scroll')) {
          log(`${name} scroll`);
          out.scroll = summariseScroll(await measureScroll(ext, server, scroll, chromium), scroll);
          log(`${name} scroll:`, JSON.stringify(compact(out.scroll as Record<string, unknown>)));
        }
        const scrolled = pages.find((p) => p.key === '1m') ?? pages.find((p) => p.key === '100k');
        if (chromium && scrolled && want('scrolling')) {
          log(`${name} scrolling (${scrolled.key})`);
          out.scrolling = summariseScrolling(await measureScrolling(ext, server, scrolled, o.quick ? 3_000 : 5_000));
          log(`${name} scrolling:`, JSON.stringify(out.scrolling));
        }
        if (want('storm')) {
          log(`${name} storm (${STORM_RUNS} run${STORM_RUNS > 1 ? 's' : ''})`);
          out.storm = summariseStorm(
            await measureStorm(ext, plain, server, storm, chromium, STORM_RUNS, o.saveTraces),
            storm,
          );
          log(`${name} storm:`, JSON.stringify(compact(out.storm as Record<string, unknown>)));
        }
        if (chromium && want('soak')) {
          for (const [key, url, page] of [
            ['soakSpa', SPA_SOAK_URL, spaSoak],
            ['soakScroll', SCROLL_SOAK_URL, scrollSoak],
          ] as const) {
            log(`${name} ${key}: ${page.scenario}`);
            out[key] = summariseSoak(await measureSoak(ext, plain, server, url, page));
            log(`${name} ${key}:`, JSON.stringify(out[key]));
          }
        }
      } catch (e) {
        log(`${name}: failed: ${(e as Error).stack ?? String(e)}`);
        out.error = String(e);
      } finally {
        await plain.close().catch(() => {});
        await ext.close().catch(() => {});
        await walkFloor?.close().catch(() => {});
      }
      perBrowser[name] = out;
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }

  if (!writes) return log('--only / --measure: nothing written');
  results.browsers = browsers;
  results.pages = Object.fromEntries(
    pages.map((p) => [p.key, { label: p.label, textBytes: p.textBytes, mentionsGenerated: p.mentions, runs: p.runs }]),
  );
  results.scrollPage = { batch: scroll.batch, intervalMs: scroll.intervalMs, durationMs: scroll.durationMs };
  results.stormPage = {
    bursts: storm.bursts,
    burstSize: storm.burstSize,
    burstIntervalMs: storm.burstIntervalMs,
    blocksAppended: storm.bursts * storm.burstSize,
    liveNodes: storm.liveNodes,
    rewriteEveryMs: [storm.rewriteMinMs, storm.rewriteMaxMs],
    durationMs: storm.durationMs,
    initialMentions: storm.initialMentions,
    expectedFinalMentions: storm.expectedFinal,
    runs: STORM_RUNS,
  };
  results.results = perBrowser;
  results.bundles = bundleSizes(root);
  results.engine = engine(root, !o.quick && o.engine);
  // The split that explains the content script's ratio targets (a quick run leaves it out).
  if (!o.quick) results.profile = profileSplits(root, ['none', '100k', '1m'], 3);
  results.targets = targets(results);
  results.elapsedS = Math.round((Date.now() - started) / 1000);

  const { json: jsonPath, md: mdPath } = outputPaths(o);
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  const previous = existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : '';
  writeFileSync(mdPath, renderMarkdown(results, previous));
  log(`wrote ${path.relative(root, jsonPath)} and ${path.relative(root, mdPath)} in ${results.elapsedS} s`);
  for (const t of results.targets as Array<{ target: string; value: string; pass: boolean | null }>) {
    log(`${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.value}`);
  }
}

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
// The traces are written as each measure ends: a missing folder would lose the traced run's figures.
if (options.saveTraces) mkdirSync(options.saveTraces, { recursive: true });
await main(options);
