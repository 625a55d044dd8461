/**
 * Loading what the eval reads: the corpus (validated, errors naming file and passage) and the
 * bundled pack. Shared by `npm run eval` and `npm run eval:coverage`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validatePack } from '../src/text/validate-pack';
import type { Pack } from '../src/text/pack-types';
import { corpusPlace, duplicateIdErrors, validateCorpusFile, type CorpusPassage } from './passage';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
export const evalDir = path.join(root, 'eval');
const corpusDir = path.join(evalDir, 'corpus');

/** A malformed corpus, pack or argument: the scripts exit 2 with its message. */
export class EvalError extends Error {}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => path.relative(corpusDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

export function loadCorpus(): CorpusPassage[] {
  const errors: string[] = [];
  const passages: CorpusPassage[] = [];
  for (const rel of jsonFiles(corpusDir)) {
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
  if (passages.length === 0) throw new EvalError(`no passages under ${corpusDir}`);
  return passages;
}

export function loadPack(): Pack {
  const file = path.join(root, 'src', 'pack', 'bundled-pack.json');
  const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new EvalError(`invalid bundled pack:\n  ${result.errors.join('\n  ')}`);
  return result.pack;
}
