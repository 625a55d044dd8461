/**
 * node scripts/run-ts.mjs bench/profile.ts [PAGE...] [--interval-us 100] [--out DIR]
 *
 * CPU profile of the content script on generated pages (default: 1m none), in Chromium, with an
 * UNMINIFIED build of src/content/index.ts (real function names; bundle lines mapped back to
 * their source file through esbuild's `// src/...` module comments) loaded from a temp copy of
 * dist/chrome. Prints self and total time per function and per source file for content.js
 * frames, and writes the .cpuprofile files (open them in DevTools → Performance/JavaScript
 * Profiler) to --out.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowser } from '../tests/e2e/harness/browser-paths';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { aliasesFromPack, generateArticle, generateInfiniteScroll, strongAliases } from './pages';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const argv = process.argv.slice(2);
const opt = (n: string): string | undefined => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const INTERVAL = Number(opt('--interval-us') ?? 100);
const OUT = opt('--out') ?? path.join(os.tmpdir(), 'glossa-profiles');
const pagesWanted = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
const PAGES = pagesWanted.length ? pagesWanted : ['1m', 'none'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  hitCount?: number;
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'glossa-profile-'));
  const ext = path.join(tmp, 'ext');
  cpSync(path.join(root, 'dist/chrome'), ext, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/content/index.ts'],
    outfile: path.join(ext, 'content.js'),
    bundle: true,
    format: 'iife',
    target: ['chrome120'],
    minify: false,
    keepNames: false,
    sourcemap: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  // bundle line → source module
  const lines = readFileSync(path.join(ext, 'content.js'), 'utf8').split('\n');
  const moduleAt: string[] = [];
  let current = '(bundle)';
  for (const l of lines) {
    const m = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
    if (m) current = m[1]!.replace(/^node_modules\/([^/]+)\/.*$/, 'node_modules/$1');
    moduleAt.push(current);
  }

  const aliases = aliasesFromPack(JSON.parse(readFileSync(path.join(root, 'src/pack/bundled-pack.json'), 'utf8')));
  const pagesDir = path.join(tmp, 'pages');
  mkdirSync(pagesDir);
  const sizes: Record<string, number> = { '100k': 100_000, '1m': 1_000_000, '5m': 5_000_000 };
  for (const p of PAGES) {
    if (p === 'none') writeFileSync(path.join(pagesDir, 'none.html'), generateArticle({ targetBytes: 30_000, aliases: [], seed: 5 }).html);
    else if (p === 'scroll') writeFileSync(path.join(pagesDir, 'scroll.html'), generateInfiniteScroll({ aliases: strongAliases(aliases), durationMs: 5_000 }).html);
    else writeFileSync(path.join(pagesDir, `${p}.html`), generateArticle({ targetBytes: sizes[p] ?? 1_000_000, aliases, seed: 42 }).html);
  }
  writeFileSync(path.join(pagesDir, 'blank.html'), '<!doctype html><title>blank</title>');
  const server = await startFixtureServer(`${pagesDir}${path.sep}`);
  const found = findBrowser('chromium');
  if ('missing' in found) throw new Error(found.missing);
  const profileDir = path.join(tmp, 'profile');
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: found.path,
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(sw.url()).host}`;
  const control = await ctx.newPage();
  await control.goto(`${origin}/popup.html`);
  mkdirSync(OUT, { recursive: true });

  try {
    for (const p of PAGES) {
      const pageEvent = ctx.waitForEvent('page');
      const tab = (await control.evaluate((u) => chrome.tabs.create({ url: u, active: true }), `${server.origin}/blank.html`)) as { id: number };
      const page = await pageEvent;
      await page.waitForLoadState('load');
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL });
      await cdp.send('Profiler.start');
      const t0 = Date.now();
      await page.goto(`${server.origin}/${p}.html`, { waitUntil: 'load', timeout: 300_000 });
      if (p === 'scroll') {
        await page.evaluate(() => (window as unknown as { __bench: { start(): void } }).__bench.start());
        await sleep(6_000);
      } else {
        for (;;) {
          const a = (await control
            .evaluate(([id]) => chrome.tabs.sendMessage(id, { type: 'glossa:page-entities' }, { frameId: 0 }), [tab.id] as const)
            .catch(() => null)) as { complete?: boolean } | null;
          if (a?.complete) break;
          if (Date.now() - t0 > 300_000) throw new Error(`${p}: never complete`);
          await sleep(100);
        }
        await sleep(500);
      }
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      writeFileSync(path.join(OUT, `content-${p}.cpuprofile`), JSON.stringify(profile));
      report(p, profile, origin, moduleAt, Date.now() - t0);
      await cdp.detach();
      await page.close();
    }
  } finally {
    await ctx.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\nprofiles written to ${OUT}`);
}

function report(page: string, profile: Profile, origin: string, moduleAt: string[], wall: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n: Node): boolean => n.callFrame.url.startsWith(origin) && n.callFrame.url.endsWith('/content.js');
  const label = (n: Node): string => `${n.callFrame.functionName || '(anonymous)'} (${moduleAt[n.callFrame.lineNumber] ?? '?'}:${n.callFrame.lineNumber + 1})`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const fileSelf = new Map<string, number>();
  let oursUs = 0;
  let busyUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const w = profile.timeDeltas[i + 1] ?? 0;
    const leaf = byId.get(profile.samples[i]!)!;
    const name = leaf.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(root)') continue;
    busyUs += w;
    // the stack, leaf first
    const stack: Node[] = [];
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!);
    const firstOurs = stack.find(ours);
    if (!firstOurs) continue;
    oursUs += w;
    // self: the leaf if ours; else "native/page callee under our frame"
    const selfKey = ours(leaf) ? label(leaf) : `${name || '(anonymous)'} [${leaf.callFrame.url ? 'other script' : 'native'}] ← ${label(firstOurs)}`;
    self.set(selfKey, (self.get(selfKey) ?? 0) + w);
    const file = moduleAt[firstOurs.callFrame.lineNumber] ?? '?';
    fileSelf.set(file, (fileSelf.get(file) ?? 0) + w);
    for (const key of new Set(stack.filter(ours).map(label))) total.set(key, (total.get(key) ?? 0) + w);
  }
  const pct = (us: number): string => `${((100 * us) / Math.max(1, oursUs)).toFixed(1)}%`;
  const ms = (us: number): string => `${(us / 1000).toFixed(1)} ms`;
  console.log(`\n=== ${page}: content script ${ms(oursUs)} of ${ms(busyUs)} busy main thread (wall ${wall} ms, sampling ${INTERVAL} µs)`);
  console.log('-- self time (leaf frame; native callees attributed to their calling frame)');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(v).padStart(10)} ${pct(v).padStart(6)}  ${k}`);
  console.log('-- total (inclusive) time');
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms(v).padStart(10)} ${pct(v).padStart(6)}  ${k}`);
  console.log('-- self time by source file of the nearest content-script frame');
  for (const [k, v] of [...fileSelf].sort((a, b) => b[1] - a[1])) console.log(`${ms(v).padStart(10)} ${pct(v).padStart(6)}  ${k}`);
}

await main();
