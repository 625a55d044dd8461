/**
 * The test helper of the Arabic shape cues' tests (arabic-shape.ts and its cue modules): one rule made
 * of the record's lists, read on a sentence.
 */
import { arabicCountries, arabicShapeCue, arabicShapeRule, type ArabicCue } from './arabic-shape';
import { arabicShapeSets } from './arabic-shape-sets';
import { isProcliticLetter, isWordChar } from './boundaries';
import { COUNTRY_TABLE } from './country-table';
import { ENGINE_WORDS, recordWords } from './engine-words';
import { foldString, normalise } from './normalise';

const COUNTRY_WORDS = arabicCountries(COUNTRY_TABLE);
/** The cues' lists as the record carries them (folded by the compiler). */
export const WORDS = recordWords(ENGINE_WORDS).arabic;
const SETS = arabicShapeSets(WORDS);

/**
 * Whether arabicShapeCue finds a cue for the first mention of `word` (with any proclitics, or in a لل
 * contraction) in `text`, the entity's rule holding only `cues` for that word.
 */
export const other = (text: string, word: string, cues: ArabicCue[], years: number[] = [], sets = SETS): boolean => {
  const chars = Uint16Array.from(normalise(text).text, (c) => c.charCodeAt(0));
  const folded = normalise(text).text;
  const w = foldString(word);
  let s = folded.indexOf(w);
  let e = s + w.length;
  if (s < 0) {
    s = folded.indexOf(`ل${w.slice(1)}`) + 1; // للرباط: the pattern starts at the second ل
    e = s + w.length - 1;
  }
  let tok = s;
  while (tok > 0 && isWordChar(chars[tok - 1]!) && isProcliticLetter(chars[tok - 1]!)) tok--;
  const rule = arabicShapeRule('x', COUNTRY_WORDS, sets, { x: { [word]: cues } }, years)!;
  return arabicShapeCue(rule, chars, chars.length, tok, s, e) !== null;
};
