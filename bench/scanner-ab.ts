/**
 * node scripts/run-ts.mjs bench/scanner-ab.ts --base REV [--runs 31] [--pages none,100k,1m]
 *
 * The scanner alone, this tree's against a git revision's: each variant's `Scanner`
 * (src/content/scanner.ts with its walk, batches and mention bookkeeping) bundled into a plain
 * Chromium page of the bench's generated articles and run once per page load (cold code, as a
 * content script runs), the two variants in turn, order alternating. The finder is a stand-in
 * that answers at once (a regular expression over the pack's Latin-script aliases) and its own
 * time is taken off, so the figure is the scanner's: what the extension's trace cannot tell apart
 * on a loaded machine. Medians [p25, p75] of wall time in ms.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowser } from '../tests/e2e/harness/browser-paths';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { aliasesFromPack, aliasStrings, generateArticle } from './pages';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const argv = process.argv.slice(2);
const opt = (n: string): string | undefined => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const BASE = opt('--base');
const RUNS = Number(opt('--runs') ?? 31);
const PAGES = (opt('--pages') ?? 'none,100k,1m').split(',');
if (!BASE) throw new Error('usage: bench/scanner-ab.ts --base REV [--runs N] [--pages none,100k,1m]');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'glossa-scanner-ab-'));
// The base revision's sources, beside this tree's: both bundled into one page script.
// No shell: the revision is an argument, never a command line.
execFileSync('tar', ['-x', '-C', tmp], {
  input: execFileSync('git', ['-C', root, 'archive', BASE, 'src'], { maxBuffer: 1 << 28 }),
});

const aliases = aliasesFromPack(JSON.parse(readFileSync(path.join(root, 'src/pack/bundled-pack.json'), 'utf8')));
const latin = aliasStrings(aliases).filter((a) => /^[\x20-\x7e]+$/.test(a));
const pattern = `\\b(?:${latin.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`;

const entry = path.join(tmp, 'entry.ts');
writeFileSync(
  entry,
  `import { Scanner as Base } from ${JSON.stringify(path.join(tmp, 'src/content/scanner'))};
import { Scanner as Head } from ${JSON.stringify(path.join(root, 'src/content/scanner'))};
const names = new RegExp(${JSON.stringify(pattern)}, 'g');
(window as any).scan = async (variant: string) => {
  let finderMs = 0;
  const finder = {
    find: async (texts: readonly string[]) => {
      const t = performance.now();
      const out = texts.map((text) =>
        [...text.matchAll(names)].map((m) => ({ entityId: m[0], start: m.index!, end: m.index! + m[0].length, text: m[0] })),
      );
      finderMs += performance.now() - t;
      return out;
    },
  };
  let mentions = 0;
  const S: any = variant === 'base' ? Base : Head;
  const scanner = new S(finder, { isOurs: () => false, onUpdate: (list: readonly unknown[]) => (mentions = list.length) });
  const t = performance.now();
  await scanner.start();
  const ms = performance.now() - t - finderMs;
  scanner.stop();
  return { ms, mentions };
};
`,
);
const bundle = await build({
  entryPoints: [entry],
  bundle: true,
  write: false,
  minify: true,
  format: 'iife',
  nodePaths: [path.join(root, 'node_modules')],
  logLevel: 'silent',
});
writeFileSync(path.join(tmp, 'scan.js'), bundle.outputFiles[0]!.text);
// The bench's pages (page-set.ts): same sizes and seeds.
const specs: Record<string, () => string> = {
  none: () => generateArticle({ targetBytes: 30_000, aliases: [], seed: 5, title: 'Autumn market notes' }).html,
  '100k': () => generateArticle({ targetBytes: 100_000, aliases, seed: 42 }).html,
  '1m': () => generateArticle({ targetBytes: 1_000_000, aliases, seed: 42 }).html,
};
for (const p of PAGES) writeFileSync(path.join(tmp, `${p}.html`), specs[p]!());

const browserPath = findBrowser('chromium');
if (!('path' in browserPath)) throw new Error(browserPath.missing);
const server = await startFixtureServer(`${tmp}/`);
const browser = await chromium.launch({ executablePath: browserPath.path, args: ['--no-sandbox'] });
const page = await browser.newPage();
const quartiles = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): string => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(1);
  return `${at(0.5)} [${at(0.25)}, ${at(0.75)}]`;
};
console.log(`scanner alone, base = ${BASE}, head = working tree; ${RUNS} cold runs each, ms of wall time`);
for (const p of PAGES) {
  const times: Record<string, number[]> = { base: [], head: [] };
  const counts: Record<string, number> = {};
  for (let i = 0; i < RUNS; i++) {
    for (const variant of i % 2 ? ['head', 'base'] : ['base', 'head']) {
      await page.goto(`${server.origin}/${p}.html`);
      await page.addScriptTag({ url: `${server.origin}/scan.js` });
      const r = await page.evaluate(
        (v) => (window as unknown as { scan(v: string): Promise<{ ms: number; mentions: number }> }).scan(v),
        variant,
      );
      times[variant]!.push(r.ms);
      counts[variant] = r.mentions;
    }
  }
  console.log(
    `${p.padEnd(5)} base ${quartiles(times.base!)} (${counts.base} mentions)   head ${quartiles(times.head!)} (${counts.head} mentions)`,
  );
}
await browser.close();
await server.close();
rmSync(tmp, { recursive: true, force: true });
