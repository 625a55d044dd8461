/**
 * npm run pack:cv
 * Measures the cue trainer on the dev split only (eval/README.md), to choose its options:
 * - a k-fold cross-validation by passage: weights trained on k−1 folds, the held fold scanned with
 *   the engine as `npm run eval` does, P/R per language summed over the folds (and the same scan
 *   without any weights, for reference);
 * - steadiness: retrained without a random 5 % of the passages (3 seeds), how many weights flip
 *   sign, appear, drop out or move by more than 0.5 against the training on all of dev;
 * - the bytes the weights take.
 * The trainer's options are DEFAULT_TRAIN_OPTIONS, GLOSSA_TRAIN='{"shrink":2,"support":10}' overriding
 * some. One round of training from the pack
 * without weights (what pack:train does: its occurrences are read without weights, cue-training.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EvalError, loadCorpus } from '../eval/load';
import type { CorpusPassage } from '../eval/passage';
import { aggregate, precision, recall, scorePassage, type Totals } from '../eval/score';
import { scanFiles } from '../src/cli/scan-core';
import {
  applyWeights,
  DEFAULT_TRAIN_OPTIONS,
  entityGroups,
  trainPack,
  weightsSize,
  type TrainOptions,
} from '../src/pack/cue-training';
import { dropSome, foldsOf, weightShift, type WeightTable } from '../src/pack/train-checks';
import type { Pack } from '../src/text/pack-types';
import { validatePack } from '../src/text/validate-pack';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const FOLDS = 5;
const SEEDS = [1, 2, 3];
const DROP = 0.05;
const MOVE_BY = 0.5;

class CvError extends Error {}

function checked(pack: Pack): Pack {
  const result = validatePack(pack);
  if (!result.ok) throw new CvError(`invalid pack:\n  ${result.errors.join('\n  ')}`);
  return result.pack;
}

/** The engine's totals per language on `passages`, scanned with `pack` as `npm run eval` does. */
function scan(pack: Pack, passages: readonly CorpusPassage[]): { lang: string; t: Totals }[] {
  const reports = scanFiles(
    [checked(pack)],
    passages.map((p) => ({ file: `${p.id}.txt`, content: p.text })),
  );
  return passages.flatMap((p, i) =>
    scorePassage(p.mentions, reports[i]!.entities).map((s) => ({ lang: p.lang, t: s })),
  );
}

function table(title: string, rows: readonly { lang: string; t: Totals }[]): void {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  console.log(`\n${title}\n| lang | TP | FP | FN | precision | recall |\n|---|---:|---:|---:|---:|---:|`);
  const byLang = aggregate(
    rows,
    (r) => r.lang,
    (r) => r.t,
  );
  const all = aggregate(
    rows,
    () => 'all',
    (r) => r.t,
  );
  for (const [lang, t] of [...[...byLang].sort(), ...all])
    console.log(`| ${lang} | ${t.tp} | ${t.fp} | ${t.fn} | ${pct(precision(t))} | ${pct(recall(t))} |`);
}

function weightTable(pack: Pack, trained: ReadonlyMap<string, Record<string, number>>): WeightTable {
  return new Map(entityGroups(pack).map((sites) => [sites[0]!.entity.id, trained.get(sites[0]!.path) ?? {}]));
}

function main(argv: readonly string[]): void {
  if (argv.length > 0) throw new CvError(`unknown argument ${argv[0]}\nusage: npm run pack:cv`);
  const options: TrainOptions = {
    ...DEFAULT_TRAIN_OPTIONS,
    ...(JSON.parse(process.env.GLOSSA_TRAIN ?? '{}') as Partial<TrainOptions>),
  };
  const raw = JSON.parse(readFileSync(path.join(root, 'src', 'pack', 'bundled-pack.json'), 'utf8')) as Pack;
  const base = applyWeights(checked(raw), new Map());
  const dev = loadCorpus('dev');
  if (dev.some((p) => p.split !== 'dev')) throw new CvError('the cross-validation reads the dev split only');
  console.log(`options: ${JSON.stringify(options)}`);

  const folds = foldsOf(
    dev.map((p) => p.id),
    FOLDS,
  );
  const rows: { lang: string; t: Totals }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const held = dev.filter((p) => folds.get(p.id) === f);
    const trained = trainPack(
      base,
      dev.filter((p) => folds.get(p.id) !== f),
      options,
    );
    rows.push(...scan(applyWeights(base, trained), held));
  }
  table(`${FOLDS}-fold cross-validation on dev, the engine's matches of the held folds:`, rows);
  table('dev without any weights (reference):', scan(base, dev));

  const full = trainPack(base, dev, options);
  const fullTable = weightTable(base, full);
  const words = [...fullTable.values()].reduce((n, w) => n + Object.keys(w).length, 0);
  console.log(`\nweights on all of dev: ${words} words, ${weightsSize(applyWeights(base, full))} bytes`);
  console.log(
    `\nsteadiness, retrained without ${DROP * 100} % of dev (seeds ${SEEDS.join(', ')}), against all of dev:`,
  );
  console.log(`| seed | words | flipped sign | appeared | dropped | moved > ${MOVE_BY} | sum of |change| |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const seed of SEEDS) {
    const drop = dropSome(
      dev.map((p) => p.id),
      DROP,
      seed,
    );
    const trained = trainPack(
      base,
      dev.filter((p) => !drop.has(p.id)),
      options,
    );
    const s = weightShift(fullTable, weightTable(base, trained), MOVE_BY);
    console.log(
      `| ${seed} | ${s.words} | ${s.flipped} | ${s.appeared} | ${s.dropped} | ${s.moved} | ${s.total.toFixed(1)} |`,
    );
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof CvError || e instanceof EvalError)) throw e;
  console.error(`pack:cv: ${e.message}`);
  process.exitCode = 2;
}
