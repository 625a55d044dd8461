/**
 * A corps' name that other corps bore (فيلق أفريقيا: Louisiana's in 1863, Rommel's, a war game's
 * faction; arabic-shape.ts, `era` and `present`). The story's corps is of this decade, so:
 * - `era`: another corps when a game's faction noun governs the name (فصيل فيلق أفريقيا), or when its
 *   sentence writes a year before 1990 (في ربيع 1863) and its own clause names none of the
 *   story's present (`present` below: منذ استقلال مالي عام 1960 … فيلق أفريقيا الروسي is the story's);
 * - `present`: the story's corps when its own clause, from the comma or sentence start before it to
 *   the sentence's end, names Russia, Wagner or the Sahel (عاد اسم الفيلق الأفريقي إلى ليبيا، لكن مع
 *   وحدات روسية حلت محل فاغنر): that clause outweighs a historical clause before it (هزيمة فيلق رومل في
 *   برقة،), whose words the window reads as vetoes (matcher.ts re-reads the rule in that clause).
 *
 * Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { isWordChar } from './boundaries';
import { procliticIn } from './arabic-words';
import { COMMAS, governedBy } from './arabic-shape-grammar';
import { sentenceSpan } from './address-shape';
import { text } from './folded-words';
import type { ArabicShapeSets } from './arabic-shape-sets';

const SEMICOLONS = [0x3b, 0x061b]; // ; ؛

/** The span of the mention's clause at [s, e): from the comma or sentence start before it to the sentence's end. */
export function presentClause(chars: Uint16Array, length: number, s: number, e: number): [number, number] {
  const [lo, hi] = sentenceSpan(chars, length, s, e);
  let p = s;
  while (p > lo && !COMMAS.includes(chars[p - 1]!) && !SEMICOLONS.includes(chars[p - 1]!)) p--;
  return [p, hi];
}

/** Whether folded chars[lo, hi) hold a word of `words`, with up to two proclitics. */
function names(words: ReadonlySet<string>, chars: Uint16Array, lo: number, hi: number): boolean {
  for (let p = lo; p < hi; p++) {
    if (!isWordChar(chars[p]!) || (p > lo && isWordChar(chars[p - 1]!))) continue;
    let q = p;
    while (q < hi && isWordChar(chars[q]!)) q++;
    if (procliticIn(words, text(chars, p, q))) return true;
    p = q;
  }
  return false;
}

/** A four-digit year before 1990 standing alone (1863; the fold writes ١٩٤٢ in ASCII digits). */
const EARLY_YEAR = /(?:^|[^\p{L}\d])(?:1[0-8]\d\d|19[0-8]\d)(?!\d)/u;

/** The story's corps: its clause names the story's present (`present`). */
export function present(words: ArabicShapeSets, chars: Uint16Array, length: number, s: number, e: number): boolean {
  const [lo, hi] = presentClause(chars, length, s, e);
  return names(words.present, chars, lo, hi);
}

/** Another corps: a game's faction, or an early year in its sentence without the story's present (`era`). */
export function era(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
): boolean {
  if (governedBy(words.factions, chars, tok, s)) return true;
  const [lo, hi] = sentenceSpan(chars, length, s, e);
  return EARLY_YEAR.test(text(chars, lo, hi)) && !present(words, chars, length, s, e);
}
