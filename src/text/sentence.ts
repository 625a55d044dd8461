/**
 * The sentence around a mention, for the readers that weigh a whole sentence (name-shape.ts, namesakes.ts,
 * office-cues.ts, own-city.ts, venue-verb.ts, dated-names.ts): pure text, no words of its own beyond the
 * abbreviations whose stop ends nothing.
 */
import { whiteAt } from './latin-words';

const SOME_LETTER = /\p{L}/u;

/** The longest stretch of a sentence read on either side of a mention. */
const SENTENCE_REACH = 200;

/**
 * Abbreviations whose stop ends no sentence: titles and ranks before a name (Gen. Anderson, M. Milley).
 * A one-letter word (U.S., J. Smith) is one too.
 */
const ABBREVIATIONS = new Set<string>([
  ...['adm', 'brig', 'capt', 'col', 'dr', 'gen', 'gov', 'jr', 'lt', 'maj', 'mme', 'mr', 'mrs', 'ms'],
  ...['prof', 'rep', 'sen', 'sgt', 'sr', 'st'],
]);

/** Whether the stop, !, ? or … at text[i] (followed by a space) ends a sentence: not after an abbreviation. */
function endsSentence(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2e) return true;
  let w = i;
  while (w > 0 && SOME_LETTER.test(text[w - 1]!)) w--;
  return i - w > 1 ? !ABBREVIATIONS.has(text.slice(w, i).toLowerCase()) : i === w;
}

/* sentenceAround reads code units: a character as a string, tested by an expression, made up to three
 * objects per unit of the 400 it may read (a few calls a text, 0.4 MB a bench pass). */
const lineBreak = (c: number): boolean => c === 0x0a || c === 0x0d;
/** . ! ? … */
const stop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;

/**
 * The sentence around text[start, end): from after the last end of sentence (a stop, ! or ?
 * followed by a space, not after an abbreviation, or a line break) to the next, at most SENTENCE_REACH
 * either side.
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let lo = start;
  const min = Math.max(0, start - SENTENCE_REACH);
  while (
    lo > min &&
    !lineBreak(text.charCodeAt(lo - 1)) &&
    !(whiteAt(text, lo - 1) && stop(text.charCodeAt(lo - 2)) && endsSentence(text, lo - 2))
  )
    lo--;
  let hi = end;
  const max = Math.min(text.length, end + SENTENCE_REACH);
  while (
    hi < max &&
    !lineBreak(text.charCodeAt(hi)) &&
    !(stop(text.charCodeAt(hi)) && (hi + 1 >= text.length || whiteAt(text, hi + 1)) && endsSentence(text, hi))
  )
    hi++;
  return [lo, hi];
}
