#!/usr/bin/env node
/**
 * Run a TypeScript entry point without adding a TS runtime dependency:
 * bundle it with esbuild (platform node, ESM) to a per-process temp file and import it,
 * passing the remaining arguments through as process.argv.
 * Usage: node scripts/run-ts.mjs src/cli/scan.ts [args...]
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs ENTRY.ts [args...]\n');
  process.exit(2);
}

// Under node_modules so bare imports of external packages still resolve from the repo.
const outDir = path.join(root, 'node_modules', '.cache', 'run-ts');
mkdirSync(outDir, { recursive: true });
const base = path.basename(entry).replace(/\.[cm]?tsx?$/, '');
// One file per process: parallel runs (tests spawn several) must not overwrite each other.
const outfile = path.join(outDir, `${base}-${process.pid}-${Date.now()}.mjs`);

try {
  await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
} catch {
  process.stderr.write(`run-ts: could not build ${entry}\n`);
  process.exit(2);
}

process.on('exit', () => rmSync(outfile, { force: true }));
process.env.GLOSSA_ROOT ??= root;
process.argv = [process.argv[0] ?? 'node', outfile, ...rest];
await import(pathToFileURL(outfile).href);
