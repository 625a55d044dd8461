/**
 * A treaty's name shared by the treaties of many years and parties (arabic-shape.ts): a year written
 * as the treaty's own (`dated`) or another first party after بين (`parties`).
 */
import { isWordChar } from './boundaries';
import { SPACE, wordAfter } from './arabic-words';
import { text } from './folded-words';
import { afterWord, ALEF_LAM, BETWEEN, IN, TEH_MARBUTA } from './arabic-shape-grammar';
import type { ArabicShapeSets } from './arabic-shape-sets';

/** A definite nisba adjective, masculine or feminine (الأمريكي، المغربية). */
const nisba = (words: ArabicShapeSets, w: string): boolean =>
  w.length >= 5 && w.startsWith(ALEF_LAM) && (w.endsWith('ي') || w.endsWith('ي' + TEH_MARBUTA)) && !words.signed.has(w);

/** A four-digit year (ASCII or Arabic-Indic digits), or null. */
function year(w: string): number | null {
  if (w.length !== 4) return null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = w.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x660 && c <= 0x669 ? c - 0x660 : -1;
    if (d < 0) return null;
    y = y * 10 + d;
  }
  return y;
}

/** A year written as the treaty's own right after its name, not one of `own` (لعام 1836). */
export function otherYear(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  e: number,
  own: readonly number[],
): boolean {
  let w = wordAfter(chars, length, e);
  let p = afterWord(chars, length, e);
  // Up to two nisba adjectives between (معاهدة الصداقة المغربية الأمريكية لعام 1836): a shorter
  // alias is read when the longer one is rejected, so it must see the same year.
  for (let i = 0; i < 2 && nisba(words, w); i++) {
    w = wordAfter(chars, length, p);
    p = afterWord(chars, length, p);
  }
  if (words.signed.has(w)) {
    w = wordAfter(chars, length, p);
    p = afterWord(chars, length, p);
    if (!words.inYear.has(w)) return false;
  } else if (!words.ofYear.has(w)) return false;
  let y = year(wordAfter(chars, length, p));
  if (y === null && w === IN) {
    // الموقعة في عام 1836
    const q = afterWord(chars, length, p);
    if (words.inYear.has(wordAfter(chars, length, p))) y = year(wordAfter(chars, length, q));
  }
  return y !== null && !own.includes(y);
}

/** بين right after the name, then another country or capital (`parties`) as the first party (بين روسيا والصين). */
export function otherParties(chars: Uint16Array, length: number, e: number, parties: readonly string[]): boolean {
  if (wordAfter(chars, length, e) !== BETWEEN) return false;
  let p = afterWord(chars, length, e);
  while (p < length && SPACE(chars[p])) p++;
  for (const name of parties) {
    const end = p + name.length;
    if (end > length || (end < length && isWordChar(chars[end]!))) continue;
    if (text(chars, p, end) === name) return true;
  }
  return false;
}
