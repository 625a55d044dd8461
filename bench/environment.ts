/** What a run records about where it ran: the machine, the bundles' sizes, the engine bench's numbers. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { log } from './session';
import { round } from './stats';

export function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memGB: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load: os.loadavg().map((x) => round(x, 2)),
  };
}

export function bundleSizes(root: string): Array<{ file: string; bytes: number; gzip: number }> {
  const out: Array<{ file: string; bytes: number; gzip: number }> = [];
  for (const browser of ['chrome', 'firefox']) {
    const dir = path.join(root, 'dist', browser);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.js') || x.endsWith('.css'))
      .sort()) {
      const buf = readFileSync(path.join(dir, f));
      out.push({ file: `dist/${browser}/${f}`, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
    }
  }
  return out;
}

export function engine(root: string, run: boolean): { ran: boolean; results: unknown; error?: string } {
  const file = path.join(root, 'bench', 'engine-results.json');
  let error: string | undefined;
  if (run && existsSync(path.join(root, 'bench', 'engine.bench.ts'))) {
    log('engine: npm run bench:engine');
    // bench/engine-results.json belongs to the engine bench's owner: read this run's numbers,
    // then put their file back as it was.
    const before = existsSync(file) ? readFileSync(file) : null;
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', path.join(root, 'scripts/run-ts.mjs'), 'bench/engine.bench.ts'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (r.status !== 0) error = `engine bench exited ${r.status}: ${(r.stderr || '').slice(-500)}`;
    else if (existsSync(file)) {
      const results = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (before) writeFileSync(file, before);
      return { ran: true, results };
    }
  }
  if (!existsSync(file)) return { ran: false, results: null, error: error ?? 'bench/engine-results.json missing' };
  return { ran: false, results: JSON.parse(readFileSync(file, 'utf8')), error };
}
