/**
 * npm run pack:train [-- --check] [-- --cv]
 * Learns the weighted cue words of the bundled pack's context rules from the dev split of
 * eval/corpus (never the test split: eval/README.md) and writes them into
 * src/pack/bundled-pack.json (src/pack/README.md).
 * --check: write nothing; exit 1 when the pack's weights differ from what training gives (CI).
 * --cv: also print a 5-fold cross-validation of the verdicts on the dev split, with and without
 * the weights (to choose the options and the thresholds without looking at the test split).
 * Exit codes: 0 ok, 1 weights out of date (--check), 2 malformed corpus, pack or arguments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EvalError, loadCorpus } from '../eval/load';
import type { CorpusPassage } from '../eval/passage';
import {
  applyWeights,
  crossValidate,
  DEFAULT_TRAIN_OPTIONS,
  trainPack,
  weightsSize,
  MAX_WEIGHTS_BYTES,
  type CvTally,
  type TrainOptions,
} from '../src/pack/cue-training';
import { CUE_ACCEPT, CUE_REJECT } from '../src/text/context';
import type { Pack } from '../src/text/pack-types';
import { validatePack } from '../src/text/validate-pack';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const packPath = path.join(root, 'src', 'pack', 'bundled-pack.json');

class TrainError extends Error {}

/** Every passage of eval/corpus/<lang>/dev/*.json: the test directories are never opened. */
function loadDevSplit(): CorpusPassage[] {
  const passages = loadCorpus('dev');
  const notDev = passages.find((p) => p.split !== 'dev');
  if (notDev !== undefined)
    throw new TrainError(`${notDev.file}: not a dev passage; training reads the dev split only`);
  return passages;
}

const format = (pack: Pack): string => `${JSON.stringify(pack, null, 2)}\n`;

function row(label: string, t: CvTally): string {
  const [sa, su, sr] = t.story;
  const [oa, ou, or] = t.other;
  const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
  return `| ${label} | ${sa} / ${su} / ${sr} | ${oa} / ${ou} / ${or} | ${pct(sa, sa + su + sr)} | ${pct(or, oa + ou + or)} | ${oa} |`;
}

function main(argv: readonly string[]): number {
  const unknown = argv.find((a) => a !== '--check' && a !== '--cv');
  if (unknown !== undefined)
    throw new TrainError(`unknown argument ${unknown}\nusage: npm run pack:train [-- --check] [-- --cv]`);
  const raw = readFileSync(packPath, 'utf8');
  const checked = validatePack(JSON.parse(raw));
  if (!checked.ok) throw new TrainError(`invalid bundled pack:\n  ${checked.errors.join('\n  ')}`);
  const pack = JSON.parse(raw) as Pack; // the file's own objects, so writing back keeps its key order
  const passages = loadDevSplit();
  // Occurrences are found with the pack's matcher without its cue weights (cue-training.ts), so one
  // training is its own fixed point: --check holds after any change.
  const trained = trainPack(pack, passages, DEFAULT_TRAIN_OPTIONS);
  const next = applyWeights(pack, trained);
  const result = validatePack(next);
  if (!result.ok) throw new TrainError(`trained pack does not validate:\n  ${result.errors.join('\n  ')}`);
  const bytes = weightsSize(next);
  if (bytes > MAX_WEIGHTS_BYTES) throw new TrainError(`weights take ${bytes} bytes, over ${MAX_WEIGHTS_BYTES}`);
  // One weights object per entity, shared by its rules (cue-training.ts).
  const perEntity = [...new Set(trained.values())].filter((w) => Object.keys(w).length > 0);
  const words = perEntity.reduce((n, w) => n + Object.keys(w).length, 0);
  console.log(
    `dev passages: ${passages.length}; rules: ${trained.size}; entities with cue words: ${perEntity.length}; cue words: ${words} (${bytes} bytes)`,
  );
  if (argv.includes('--cv')) {
    // Other options can be tried here (GLOSSA_TRAIN='{"minCount":3}'); the pack is always trained with the defaults.
    const options = {
      ...DEFAULT_TRAIN_OPTIONS,
      ...(JSON.parse(process.env.GLOSSA_TRAIN ?? '{}') as Partial<TrainOptions>),
    };
    const cv = crossValidate(pack, passages, options);
    console.log(
      `\n5-fold cross-validation on dev, verdicts per occurrence (thresholds ${CUE_REJECT} / ${CUE_ACCEPT}):`,
    );
    console.log(
      '| rule words | story: accept / undecided / reject | other: accept / undecided / reject | story accepted | other rejected | other accepted |',
    );
    console.log('|---|---|---|---:|---:|---:|');
    console.log(row('hard words only', cv.without));
    console.log(row('with weights', cv.withWeights));
  }
  const text = format(next);
  if (argv.includes('--check')) {
    if (text === raw) return 0;
    console.error('src/pack/bundled-pack.json: the weights differ from what `npm run pack:train` gives; run it');
    return 1;
  }
  if (text !== raw) writeFileSync(packPath, text);
  console.log(text === raw ? 'weights unchanged' : 'wrote src/pack/bundled-pack.json');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof TrainError || e instanceof EvalError)) throw e;
  console.error(`pack:train: ${e.message}`);
  process.exitCode = 2;
}
