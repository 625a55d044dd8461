/**
 * npm run eval [-- --check] [-- --update-floors]
 * Scans every passage of eval/corpus as one page with the scan CLI's code (src/cli/scan-core.ts),
 * prints precision/recall and every false positive and miss, and writes eval/RESULTS.md.
 * --check: exit 1 when a measured split (test, holdout) falls under eval/floors.json. --update-floors:
 * write the measured splits' current figures as the floors (the ratchet; see eval/README.md).
 * --validate: check the corpus's format only, printing no figures (for passage writers).
 * --split S: scan and report split S alone (dev for rule writers), without writing RESULTS.md.
 * --split dev --sample T: the dev passages of one sample alone (ids <lang>-T-…, e.g. lex25a): a blind
 * sample's first contact, measured before any rule sees it.
 * Exit codes: 0 ok, 1 under a floor, 2 malformed corpus, pack or arguments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scanFiles } from '../src/cli/scan-core';
import { evalDir, EvalError, loadCorpus, loadPack } from './load';
import type { Split } from './passage';
import { renderReport, type PassageResult } from './report';
import {
  aggregate,
  floorFailures,
  percentFloor,
  precision,
  recall,
  scorePassage,
  type Floor,
  type Totals,
} from './score';

const floorsPath = path.join(evalDir, 'floors.json');
/** The splits that measure (never tune): floors are kept for each. */
const MEASURED: readonly Split[] = ['test', 'holdout'];
const USAGE =
  'usage: npm run eval [-- --check] [-- --update-floors] [-- --validate] [-- --split dev|test|holdout [--sample T]]';
const SPLIT_NAMES: readonly Split[] = ['dev', ...MEASURED];

type Floors = Partial<Record<Split, Record<string, Floor>>>;

function readFloors(): Floors {
  const data = JSON.parse(readFileSync(floorsPath, 'utf8')) as Record<string, unknown>;
  const shape = `expected {"test": {"<lang>": {"precision": P, "recall": R}}, "holdout": {…}}`;
  if (typeof data.test !== 'object' || data.test === null) throw new EvalError(`${floorsPath}: ${shape}`);
  for (const key of Object.keys(data)) {
    if (!(MEASURED as readonly string[]).includes(key))
      throw new EvalError(`${floorsPath}: unknown split "${key}"; ${shape}`);
    const split = data[key];
    if (typeof split !== 'object' || split === null) throw new EvalError(`${floorsPath}: ${key}: ${shape}`);
    for (const [lang, f] of Object.entries(split as Record<string, Partial<Floor> | null>)) {
      if (typeof f?.precision !== 'number' || typeof f?.recall !== 'number')
        throw new EvalError(`${floorsPath}: ${key}.${lang} needs numeric precision and recall`);
    }
  }
  return data as Floors;
}

/** `--validate`: the corpus's format only, without scanning; what a passage writer runs (no figures). */
function validateOnly(): number {
  const passages = loadCorpus();
  const counts = new Map<string, number>();
  for (const p of passages) counts.set(`${p.lang}/${p.split}`, (counts.get(`${p.lang}/${p.split}`) ?? 0) + 1);
  const list = [...counts].sort().map(([k, n]) => `${k} ${n}`);
  process.stdout.write(`eval --validate: ${passages.length} well-formed passages (${list.join(', ')})\n`);
  return 0;
}

/** `--split S`: S's passages only, so a rule writer sees dev alone; RESULTS.md is not written. */
function splitArg(argv: readonly string[]): Split | undefined {
  const at = argv.indexOf('--split');
  if (at < 0) return undefined;
  const split = SPLIT_NAMES.find((s) => s === argv[at + 1]);
  if (split === undefined) throw new EvalError(`--split takes one of ${SPLIT_NAMES.join(', ')}\n${USAGE}`);
  if (argv.length > (sampleArg(argv) === undefined ? 2 : 4)) throw new EvalError(`--split runs alone\n${USAGE}`);
  return split;
}

/** `--sample T` (with `--split dev` only): the passages whose id's second part is T (en-lex25a-003: lex25a). */
function sampleArg(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--sample');
  if (at < 0) return undefined;
  const tag = argv[at + 1];
  if (tag === undefined || !/^[a-z0-9]+$/.test(tag))
    throw new EvalError(`--sample takes a sample's tag (lower-case letters and digits)\n${USAGE}`);
  if (argv[argv.indexOf('--split') + 1] !== 'dev') throw new EvalError(`--sample goes with --split dev\n${USAGE}`);
  return tag;
}

function main(argv: readonly string[]): number {
  const only = splitArg(argv);
  const flags = only === undefined ? argv : [];
  const unknownArg = flags.find((a) => a !== '--check' && a !== '--update-floors' && a !== '--validate');
  if (unknownArg !== undefined) throw new EvalError(`unknown argument ${unknownArg}\n${USAGE}`);
  if (argv.includes('--validate')) {
    if (argv.length > 1) throw new EvalError(`--validate runs alone\n${USAGE}`);
    return validateOnly();
  }
  const sample = sampleArg(argv);
  const passages = loadCorpus(only).filter((p) => sample === undefined || p.id.split('-')[1] === sample);
  if (passages.length === 0) throw new EvalError(`no dev passage of sample "${sample}"`);
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
  if (only === undefined) writeFileSync(path.join(evalDir, 'RESULTS.md'), report);
  process.stdout.write(report);

  const byLang = (split: Split): Map<string, Totals> =>
    aggregate(
      results
        .filter((r) => r.passage.split === split)
        .flatMap((r) => r.scores.map((s) => ({ lang: r.passage.lang, s }))),
      (x) => x.lang,
      (x) => x.s,
    );
  const measured = MEASURED.filter((split) => results.some((r) => r.passage.split === split));
  if (argv.includes('--update-floors')) {
    const floors = Object.fromEntries(
      measured.map((split) => [
        split,
        Object.fromEntries(
          [...byLang(split)]
            .sort()
            .map(([lang, t]) => [lang, { precision: percentFloor(precision(t)), recall: percentFloor(recall(t)) }]),
        ),
      ]),
    );
    writeFileSync(floorsPath, `${JSON.stringify(floors, null, 2)}\n`);
    process.stdout.write(`\nfloors written to eval/floors.json: ${JSON.stringify(floors)}\n`);
  }
  if (argv.includes('--check')) {
    const floors = readFloors();
    const failures = MEASURED.flatMap((split) => {
      const f = floors[split];
      return f === undefined ? [] : floorFailures(f, byLang(split), split);
    });
    if (failures.length > 0) {
      process.stderr.write(`eval --check: under the floors of eval/floors.json:\n  ${failures.join('\n  ')}\n`);
      return 1;
    }
    process.stdout.write(`\neval --check: the ${measured.join(' and ')} splits meet eval/floors.json\n`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
