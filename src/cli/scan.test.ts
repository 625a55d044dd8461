import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../text/pack-types';
import { scanFiles } from './scan-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const PACK = 'src/text/fixtures/test-pack.json';

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/scan.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scan CLI', () => {
  it('prints exactly one JSON document with --json (txt and html)', () => {
    const r = run('--json', '--pack', PACK, 'src/cli/fixtures/sample.txt', 'src/cli/fixtures/sample.html');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as unknown;
    expect(doc).toEqual({
      files: [
        {
          file: 'src/cli/fixtures/sample.txt',
          entities: [
            {
              id: 'africom',
              count: 2,
              matches: [
                { start: 0, end: 7, text: 'AFRICOM' },
                { start: 53, end: 60, text: 'أفريكوم' },
              ],
            },
            {
              id: 'rabat',
              count: 2,
              matches: [
                { start: 37, end: 42, text: 'Rabat' },
                { start: 78, end: 85, text: 'والرباط' },
              ],
            },
            { id: 'morocco', count: 1, matches: [{ start: 65, end: 71, text: 'المغرب' }] },
          ],
          claims: [],
        },
        {
          file: 'src/cli/fixtures/sample.html',
          entities: [
            {
              id: 'africom',
              count: 2,
              matches: [
                { start: 2, end: 9, text: 'Africom' },
                { start: 23, end: 42, text: 'U.S. Africa Command' },
              ],
            },
            {
              id: 'morocco',
              count: 2,
              matches: [
                { start: 13, end: 18, text: 'Maroc' },
                { start: 45, end: 52, text: 'Morocco' },
              ],
            },
            { id: 'rabat', count: 1, matches: [{ start: 65, end: 70, text: 'Rabat' }] },
          ],
          claims: [],
        },
      ],
    });
    // Offsets index the file's text (for .txt, the file as it is).
    const txt = readFileSync(path.join(root, 'src/cli/fixtures/sample.txt'), 'utf8');
    const first = (doc as { files: { entities: { matches: { start: number; end: number; text: string }[] }[] }[] })
      .files[0]!;
    for (const e of first.entities) for (const m of e.matches) expect(txt.slice(m.start, m.end)).toBe(m.text);
    // Single document: nothing after the closing brace but the newline.
    expect(r.stdout.trim().endsWith('}]}')).toBe(true);
  });

  it('prints a readable summary without --json', () => {
    const r = run('--pack', PACK, 'src/cli/fixtures/sample.txt');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('src/cli/fixtures/sample.txt: 5 mentions of 3 entities');
    expect(r.stdout).toMatch(/africom\s+2\s+AFRICOM, أفريكوم/);
  });

  it('fails clearly on a missing file', () => {
    const r = run('--json', '--pack', PACK, 'src/cli/fixtures/nope.txt');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cannot read src/cli/fixtures/nope.txt: no such file');
  });

  it('fails clearly on an invalid pack', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glossa-scan-'));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ id: 'x', version: '1', title: 't', updated: '2024-01-01', entities: [{ id: 'Bad Id' }] }),
    );
    const r = run('--pack', bad, 'src/cli/fixtures/sample.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid pack');
    expect(r.stderr).toContain('entities[0].id: not a kebab-case id');
    const notJson = path.join(dir, 'x.json');
    writeFileSync(notJson, '{');
    expect(run('--pack', notJson, 'src/cli/fixtures/sample.txt').stderr).toContain('not JSON');
    expect(run('--pack', path.join(dir, 'missing.json'), 'src/cli/fixtures/sample.txt').code).toBe(2);
  });

  it('fails on usage errors', () => {
    expect(run().code).toBe(2);
    expect(run('--bogus', 'x').stderr).toContain('unknown option --bogus');
    expect(run('--pack').code).toBe(2);
  });

  it('lists the claims a file makes beside its entities (--json, additive)', () => {
    const r = run('--json', '../shared/seed/article.ar.txt');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      files: { claims: { entity: string; claim: string; verdict: string; count: number }[] }[];
    };
    const claims = doc.files[0]!.claims;
    expect(claims).toContainEqual({
      entity: 'african-lion',
      claim: 'african-lion-first-2007',
      verdict: 'wrong',
      count: 1,
    });
    expect(claims).toContainEqual({
      entity: 'michael-langley',
      claim: 'langley-commands-africom',
      verdict: 'outdated',
      count: 2,
    });
    expect(claims).toHaveLength(10);
  });
});

describe('scanFiles: a file is one page', () => {
  // Explicit rules and no cue weights: the file's evidence decides, whatever the bundled weights say.
  const sense = JSON.parse(readFileSync(path.join(root, 'src/text/fixtures/sense-pack.json'), 'utf8')) as Pack;
  const far = `\n${'Nothing else happened that week.\n'.repeat(6)}`;

  it('decides an ambiguous name by the whole file, and keeps the JSON shape', () => {
    const undecided = 'An Apache flew over the valley.';
    const [confirmed] = scanFiles([sense], [{ file: 'a.txt', content: `${undecided}${far}AFRICOM confirmed it.` }]);
    expect(confirmed!.entities.map((e) => e.id)).toEqual(['ah-64-apache', 'africom']);
    expect(confirmed!.entities[0]).toEqual({
      id: 'ah-64-apache',
      count: 1,
      matches: [{ start: 3, end: 9, text: 'Apache' }],
    });
    const [alone] = scanFiles([sense], [{ file: 'b.txt', content: `${undecided}${far}` }]);
    expect(alone!.entities).toEqual([]);
  });

  it("decides a digest's item by its own block (news-items.ts), as the page's scanner does", () => {
    const items =
      'Defence: AFRICOM confirmed the exercise with HIMARS units.\n\nWeather: An Apache flew over the valley.';
    const ids = (content: string): string[] =>
      scanFiles([sense], [{ file: 'c.txt', content }])[0]!.entities.map((e) => e.id);
    expect(ids(items)).toEqual(['africom', 'himars']);
    expect(ids(items.replace(/(Defence|Weather): /g, ''))).toEqual(['africom', 'himars', 'ah-64-apache']);
  });

  it('reads a <br>-separated digest in one block line by line, as the page does (scanner.test.ts)', () => {
    const evidence = 'AFRICOM later confirmed the exercise with HIMARS units.';
    const undecided = 'An Apache flew low over the valley at dawn.';
    const ids = (content: string): string[] =>
      scanFiles([sense], [{ file: 'd.html', content }])[0]!.entities.map((e) => e.id);
    expect(ids(`<div>Defence: ${evidence}<br>Travel: ${undecided}</div>`)).toEqual(['africom', 'himars']);
    expect(ids(`<div>${evidence}<br>${undecided}</div>`)).toEqual(['africom', 'himars', 'ah-64-apache']);
  });
});
