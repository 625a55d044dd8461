/**
 * A corps' name that other corps bore (فيلق أفريقيا: Louisiana's in 1863, Rommel's, a war game's
 * faction; arabic-shape.ts, `era` and `present`). The story's corps is of this decade, so:
 * - `era`: another corps when a game's faction noun governs the name (فصيل فيلق أفريقيا), or when its
 *   sentence writes a year before ERA_START as a year is written (عام 1863، في ربيع 1863، بين 1940
 *   و1943; not a count: 1500 عنصر، 1900 مليون فرنك, nor a Hijri year: رمضان 1445) and its own clause
 *   names none of the story's present (`present` below: منذ استقلال مالي عام 1960 … فيلق أفريقيا الروسي);
 * - `present`: the story's corps when its own clause, from the comma or sentence start before it to
 *   the sentence's end, names Russia, Wagner, the Sahel's states and towns, or today (عاد اسم الفيلق
 *   الأفريقي إلى ليبيا، لكن مع وحدات روسية): that clause outweighs a historical clause before it (هزيمة فيلق
 *   رومل في برقة،), whose words the window reads as vetoes (matcher.ts re-reads the rule in that clause).
 *   A comma that opens an incise around the name (أرسلت روسيا، عبر فيلق أفريقيا، 1500 مقاتل) starts no clause.
 * - `laterCorps`: after another corps on the page, a later mention is that corps' unless its paragraph
 *   names the story's present (a history lesson above the news from Mali).
 *
 * Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { isWordChar } from './boundaries';
import { blockSpan, namesIn, nounIn, wordAfter, wordBefore } from './arabic-words';
import { COMMAS, digit, governedBy } from './arabic-shape-grammar';
import { sentenceSpan } from './address-shape';
import { text } from './folded-words';
import { foldString } from './normalise';
import type { ArabicShapeSets, ShapeCue } from './arabic-shape-sets';

/** The first year of the story's era: a corps written with an earlier year is history's. */
const ERA_START = 1990;
const SEMICOLONS = [0x3b, 0x061b]; // ; ؛
const OPEN_BRACKET = 0x28; // (1941-1943)
/** The marks after a year: the common era's (1942م) makes it one, the Hijri's (1445 هـ) this decade's. */
const COMMON_ERA = foldString('م');
const HIJRI = foldString('هـ');
/** The most words beside the name between the commas of an incise (، عبر فيلق أفريقيا،). */
const INCISE_WORDS = 2;

/** Where the clause holding [s, …) starts: after the comma or semicolon before it, or at `lo`. */
function clauseStart(chars: Uint16Array, lo: number, s: number): number {
  let p = s;
  while (p > lo && !COMMAS.includes(chars[p - 1]!) && !SEMICOLONS.includes(chars[p - 1]!)) p--;
  return p;
}

/** How many words folded chars[lo, hi) hold. */
function wordCount(chars: Uint16Array, lo: number, hi: number): number {
  let n = 0;
  for (let p = lo; p < hi; p++) if (isWordChar(chars[p]!) && (p === lo || !isWordChar(chars[p - 1]!))) n++;
  return n;
}

/** Whether a comma closes, at most `max` words after e and before hi, the incise the name stands in. */
function closingComma(chars: Uint16Array, e: number, hi: number, max: number): boolean {
  let p = e;
  while (p < hi && !COMMAS.includes(chars[p]!)) p++;
  return p < hi && wordCount(chars, e, p) <= max;
}

/**
 * The span of the mention's clause at [s, e): from the comma or sentence start before it to the sentence's
 * end; from the one before that when the name stands in a short incise between commas.
 */
export function presentClause(chars: Uint16Array, length: number, s: number, e: number): [number, number] {
  const [lo, hi] = sentenceSpan(chars, length, s, e);
  let p = clauseStart(chars, lo, s);
  const before = wordCount(chars, p, s);
  if (p > lo && before <= INCISE_WORDS && closingComma(chars, e, hi, INCISE_WORDS - before))
    p = clauseStart(chars, lo, p - 1);
  return [p, hi];
}

/** The word at or after `q`: attached to it (1942م) or after spaces (1445 هـ). */
function markAfter(chars: Uint16Array, hi: number, q: number): string {
  if (!isWordChar(chars[q] ?? 0)) return wordAfter(chars, hi, q);
  let r = q;
  while (r < hi && isWordChar(chars[r]!)) r++;
  return text(chars, q, r);
}

/** Whether the four digits at [p, q) are written as a year: see earlyYear. */
function writtenYear(words: ArabicShapeSets, chars: Uint16Array, hi: number, p: number, q: number): boolean {
  const mark = markAfter(chars, hi, q);
  if (mark === HIJRI) return false;
  if (mark === COMMON_ERA || chars[p - 1] === OPEN_BRACKET) return true;
  return nounIn(words.yearWords, wordBefore(chars, p));
}

/**
 * A year before ERA_START in folded chars[lo, hi) (1863, ١٩٤٢), written as one: after a word of
 * `yearWords` (عام، سنة، في، منذ، بين, a month or a season: أبريل 1942، خريف 1863), after an opening
 * bracket ((1941-1943)) or with م after it. Not a count (1500 عنصر), nor a Hijri year (رمضان 1445، 1445 هـ).
 */
function earlyYear(words: ArabicShapeSets, chars: Uint16Array, lo: number, hi: number): boolean {
  for (let p = lo; p + 4 <= hi; p++) {
    if (digit(chars[p]) < 0 || (p > lo && (digit(chars[p - 1]) >= 0 || isWordChar(chars[p - 1]!)))) continue;
    let y = 0;
    let q = p;
    for (; q < hi && digit(chars[q]) >= 0; q++) y = y * 10 + digit(chars[q]);
    if (q - p === 4 && y >= 1000 && y < ERA_START && writtenYear(words, chars, hi, p, q)) return true;
    p = q;
  }
  return false;
}

/** The story's corps: its clause names the story's present (`present`). */
export function present(words: ArabicShapeSets, chars: Uint16Array, length: number, s: number, e: number): boolean {
  const [lo, hi] = presentClause(chars, length, s, e);
  return namesIn(words.present, chars, lo, hi);
}

/** Another corps: a game's faction, or an early year in its sentence without the story's present (`era`). */
export const era: ShapeCue = (words, chars, length, tok, s, e) => {
  if (governedBy(words.factions, chars, tok, s)) return true;
  const [lo, hi] = sentenceSpan(chars, length, s, e);
  return earlyYear(words, chars, lo, hi) && !present(words, chars, length, s, e);
};

/**
 * After another corps on the page (`era`), whether a mention whose clause names no present is that corps'
 * too: its paragraph (the block between line breaks) names none either.
 */
export function laterCorps(words: ArabicShapeSets, chars: Uint16Array, length: number, s: number, e: number): boolean {
  const [lo, hi] = blockSpan(chars, length, s, e);
  return !namesIn(words.present, chars, lo, hi);
}
