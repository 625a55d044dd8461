/**
 * npm run eval [-- --check] [-- --update-floors]
 * Scans every passage of eval/corpus as one page with the scan CLI's code (src/cli/scan-core.ts),
 * prints precision/recall and every false positive and miss, and writes eval/RESULTS.md.
 * --check: exit 1 when the test split falls under eval/floors.json. --update-floors: write the
 * test split's current figures as the floors (the ratchet; see eval/README.md).
 * Exit codes: 0 ok, 1 under a floor, 2 malformed corpus, pack or arguments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scanFiles } from '../src/cli/scan-core';
import { evalDir, EvalError, loadCorpus, loadPack } from './load';
import { renderReport, type PassageResult } from './report';
import { aggregate, floorFailures, percentFloor, precision, recall, scorePassage, type Floor } from './score';

const floorsPath = path.join(evalDir, 'floors.json');

function readFloors(): Record<string, Floor> {
  const data = JSON.parse(readFileSync(floorsPath, 'utf8')) as { test?: Record<string, Floor> };
  if (typeof data.test !== 'object' || data.test === null)
    throw new EvalError(`${floorsPath}: expected {"test": {"<lang>": {"precision": P, "recall": R}}}`);
  for (const [lang, f] of Object.entries(data.test)) {
    if (typeof f?.precision !== 'number' || typeof f?.recall !== 'number')
      throw new EvalError(`${floorsPath}: test.${lang} needs numeric precision and recall`);
  }
  return data.test;
}

function main(argv: readonly string[]): number {
  const unknownArg = argv.find((a) => a !== '--check' && a !== '--update-floors');
  if (unknownArg !== undefined)
    throw new EvalError(`unknown argument ${unknownArg}\nusage: npm run eval [-- --check] [-- --update-floors]`);
  const passages = loadCorpus();
  const pack = loadPack();
  // The same entry point as `npm run scan`: one file per passage, each a fresh page.
  const reports = scanFiles(
    [pack],
    passages.map((p) => ({ file: `${p.id}.txt`, content: p.text })),
  );
  const results: PassageResult[] = passages.map((passage, i) => ({
    passage,
    scores: scorePassage(passage.mentions, reports[i]!.entities),
  }));
  const packIds = new Set(pack.entities.map((e) => e.id));
  const unknown = [
    ...new Set(passages.flatMap((p) => Object.keys(p.mentions)).filter((id) => !packIds.has(id))),
  ].sort();

  const report = renderReport(results, unknown);
  writeFileSync(path.join(evalDir, 'RESULTS.md'), report);
  process.stdout.write(report);

  const test = results.filter((r) => r.passage.split === 'test');
  const byLang = aggregate(
    test.flatMap((r) => r.scores.map((s) => ({ lang: r.passage.lang, s }))),
    (x) => x.lang,
    (x) => x.s,
  );
  if (argv.includes('--update-floors')) {
    const floors = Object.fromEntries(
      [...byLang]
        .sort()
        .map(([lang, t]) => [lang, { precision: percentFloor(precision(t)), recall: percentFloor(recall(t)) }]),
    );
    writeFileSync(floorsPath, `${JSON.stringify({ test: floors }, null, 2)}\n`);
    process.stdout.write(`\nfloors written to eval/floors.json: ${JSON.stringify(floors)}\n`);
  }
  if (argv.includes('--check')) {
    const failures = floorFailures(readFloors(), byLang);
    if (failures.length > 0) {
      process.stderr.write(`eval --check: under the floors of eval/floors.json:\n  ${failures.join('\n  ')}\n`);
      return 1;
    }
    process.stdout.write('\neval --check: the test split meets eval/floors.json\n');
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
