/**
 * Loading what the eval reads: the corpus (validated, errors naming file and passage) and the
 * bundled pack. Shared by `npm run eval`, `npm run eval:coverage` and `npm run pack:train` (dev only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validatePack } from '../src/text/validate-pack';
import type { Pack } from '../src/text/pack-types';
import { corpusPlace, duplicateIdErrors, validateCorpusFile, type CorpusPassage, type Split } from './passage';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
export const evalDir = path.join(root, 'eval');
const corpusDir = path.join(evalDir, 'corpus');

/** A malformed corpus, pack or argument: the scripts exit 2 with its message. */
export class EvalError extends Error {}

/**
 * The JSON files below the corpus folders `dirs`, as corpus-relative paths, sorted: not the file
 * system's order, on which pack:train's weights would depend (sums in another order round differently).
 */
function jsonFiles(dirs: readonly string[]): string[] {
  return dirs
    .flatMap((dir) => readdirSync(path.join(corpusDir, dir), { withFileTypes: true, recursive: true }))
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => path.relative(corpusDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** With a split, its folder in each language's (`<lang>/<split>`); the other split's are not opened. */
function corpusDirs(split: Split | undefined): string[] {
  if (split === undefined) return ['.'];
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(corpusDir, d.name, split)))
    .map((d) => `${d.name}/${split}`);
}

/**
 * The corpus's passages, validated; with `split`, that split's only (pack:train reads dev and never
 * opens the test split: eval/README.md).
 */
export function loadCorpus(split?: Split): CorpusPassage[] {
  const errors: string[] = [];
  const passages: CorpusPassage[] = [];
  for (const rel of jsonFiles(corpusDirs(split))) {
    const file = `eval/corpus/${rel}`;
    const place = corpusPlace(rel);
    if (typeof place === 'string') {
      errors.push(`${file}: ${place}`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(corpusDir, rel), 'utf8'));
    } catch (e) {
      errors.push(`${file}: not JSON (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    const result = validateCorpusFile(file, place, data);
    if (result.ok) passages.push(...result.passages);
    else errors.push(...result.errors);
  }
  errors.push(...duplicateIdErrors(passages));
  if (errors.length > 0) throw new EvalError(`malformed corpus:\n  ${errors.join('\n  ')}`);
  if (passages.length === 0)
    throw new EvalError(`no ${split === undefined ? '' : `${split} `}passages under ${corpusDir}`);
  return passages;
}

export function loadPack(): Pack {
  const file = path.join(root, 'src', 'pack', 'bundled-pack.json');
  const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new EvalError(`invalid bundled pack:\n  ${result.errors.join('\n  ')}`);
  return result.pack;
}
