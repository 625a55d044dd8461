/**
 * What the profilers (bench/profile.ts, bench/alloc-profile.ts) share: an UNMINIFIED build of the
 * content script's bundles over a copy of dist/chrome (real function names; bundle lines mapped back
 * to their source file through esbuild's `// src/...` module comments), and the generated pages.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { COMPILE_ALL, EAGER_MODULES } from '../scripts/compile-hint.mjs';
import { entryExtension } from '../scripts/entry-extension.mjs';
import { packMatch } from '../scripts/pack-match.mjs';
import { aliasesFromPack, generateArticle, generateInfiniteScroll, strongAliases } from './pages';

/** The source module of a line of one of our bundles (by the frame's URL). */
export type ModuleAt = (url: string, line: number) => string;

/** The entry and the modules it imports when needed (build.mjs CONTENT_MODULES). */
const BUNDLES: Array<[string, string, 'iife' | 'esm']> = [
  ['src/content/index.ts', 'content.js', 'iife'],
  ['src/content/page-annotator.ts', 'page-annotator.js', 'esm'],
  ['src/content/page-matcher.ts', 'page-matcher.js', 'esm'],
];

/** Copies dist/chrome to `ext` with the content script's bundles rebuilt unminified. */
export async function unminifiedExtension(root: string, ext: string): Promise<ModuleAt> {
  cpSync(path.join(root, 'dist/chrome'), ext, { recursive: true });
  const shared = existsSync(path.join(root, 'scripts/entry-extension.mjs'));
  // As the tree's build.mjs: the modules it compiles whole on load carry the hint (a tree from before it: none).
  const hinted = existsSync(path.join(root, 'scripts/compile-hint.mjs'));
  for (const [entry, file, format] of BUNDLES) {
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: path.join(ext, file),
      bundle: true,
      format,
      target: ['chrome120'],
      minify: false,
      keepNames: false,
      sourcemap: false,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: { 'process.env.NODE_ENV': '"production"' },
      // As the tree's build.mjs: its modules use the entry's extension API when the tree has that
      // plugin (a GLOSSA_ROOT from before it bundles the polyfill in each).
      plugins: format === 'esm' && shared ? [entryExtension, packMatch] : [packMatch],
      banner: hinted && EAGER_MODULES.has(file.replace(/\.js$/, '')) ? { js: COMPILE_ALL } : {},
      logLevel: 'error',
    });
  }
  // bundle line → source module, per file
  const modulesOf = new Map<string, string[]>();
  for (const [, file] of BUNDLES) {
    const moduleAt: string[] = [];
    let current = '(bundle)';
    for (const l of readFileSync(path.join(ext, file), 'utf8').split('\n')) {
      const m = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
      if (m) current = m[1]!.replace(/^node_modules\/([^/]+)\/.*$/, 'node_modules/$1');
      moduleAt.push(current);
    }
    modulesOf.set(file, moduleAt);
  }
  return (url, line) => modulesOf.get(url.slice(url.lastIndexOf('/') + 1))?.[line] ?? '?';
}

/**
 * Writes `<page>.html` for each page name (none: 30 kB with no name; 100k, 1m, 5m: articles;
 * scroll: an infinite scroll), and blank.html, into `dir`.
 */
export function writeProfilePages(root: string, dir: string, pages: readonly string[]): void {
  const aliases = aliasesFromPack(JSON.parse(readFileSync(path.join(root, 'src/pack/bundled-pack.json'), 'utf8')));
  mkdirSync(dir, { recursive: true });
  const sizes: Record<string, number> = { '100k': 100_000, '1m': 1_000_000, '5m': 5_000_000 };
  for (const p of pages) {
    const html =
      p === 'none'
        ? generateArticle({ targetBytes: 30_000, aliases: [], seed: 5, title: 'Autumn market notes' }).html
        : p === 'scroll'
          ? generateInfiniteScroll({ aliases: strongAliases(aliases), durationMs: 5_000 }).html
          : generateArticle({ targetBytes: sizes[p] ?? 1_000_000, aliases, seed: 42 }).html;
    writeFileSync(path.join(dir, `${p}.html`), html);
  }
  writeFileSync(path.join(dir, 'blank.html'), '<!doctype html><title>blank</title>');
}
