import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load';

const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } =>
  spawnSync(process.execPath, ['scripts/run-ts.mjs', 'eval/run.ts', ...args], { encoding: 'utf8' });

describe('npm run eval -- --split dev --sample T', () => {
  it("scans one sample's passages alone: a blind sample's first contact", () => {
    const sample = loadCorpus('dev').filter((p) => p.id.split('-')[1] === 'lex25a');
    expect(sample.length).toBeGreaterThan(0);
    const r = run('--split', 'dev', '--sample', 'lex25a');
    expect(r.status).toBe(0);
    const rows = [...r.stdout.split('## Other-sense')[0]!.matchAll(/^\| (ar|en|fr) \| dev \| (\d+) \|/gm)];
    expect(rows.reduce((n, m) => n + Number(m[2]), 0)).toBe(sample.length);
  }, 60_000);

  it('refuses a sample without --split dev, or one that has no passage', () => {
    expect(run('--split', 'test', '--sample', 'lex25a').stderr).toContain('--sample goes with --split dev');
    const none = run('--split', 'dev', '--sample', 'nope');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no dev passage of sample "nope"');
  }, 60_000);
});
