/**
 * Another place of the same name (arabic-shape.ts): the islands (`plural`), the Maghreb (`maghreb`),
 * a continent's part (`region`), another unit's compass-named region (`relative`), a city's own
 * streets and people (`cityPart`), and other deserts (`namedDesert`, `sides`).
 */
import { AND, procliticIn, wordAfter, wordBefore, wordStartBefore } from './arabic-words';
import { afterWord, ALEF_LAM, FROM_WORD, governedBy, LAM } from './arabic-shape-grammar';
import type { ArabicShapeSets, ShapeCue } from './arabic-shape-sets';

/** The reciprocal participle, feminine, with the article (المتناثرة، المتقاربة، المتجاورة): of many things. */
const RECIPROCAL = /^المت[^ا]ا[^ا]{2}ه$/u; // ة is folded to ه

/** A plural adjective after the mention: the common noun (islands) of a one-country name. */
export function plural(words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean {
  const next = wordAfter(chars, length, e);
  if (!next.startsWith(ALEF_LAM)) return false;
  return words.quantifiers.has(next) || RECIPROCAL.test(next);
}

/**
 * A noun of the city's streets, people or services governing the unprefixed capital at [tok, e), with
 * its own conjunction or preposition if any (في شوارع موسكو، لسكان بكين، وعمدة واشنطن): the city. Not a
 * council with ل and its field after the capital (مجلس واشنطن للأمن القومي): the state's.
 */
export const cityPart: ShapeCue = (words, chars, length, tok, s, e) => {
  if (!governedBy(words.cityParts, chars, tok, s)) return false;
  if (!governedBy(words.councils, chars, tok, s)) return true;
  const next = wordAfter(chars, length, e);
  return !(next.length > 3 && next.startsWith(LAM));
};

/** A plural of country governing the name, or the east coordinated after it: the region. */
export const maghreb: ShapeCue = (words, chars, length, tok, s, e) => {
  if (governedBy(words.countries, chars, tok, s)) return true;
  const next = wordAfter(chars, length, e);
  return next.length > 3 && AND.includes(next.charCodeAt(0)) && words.east.has(next.slice(1));
};

/** A compass or culture adjective after the mention: a part of the continent, not the country. */
export const region = (words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean =>
  words.parts.has(wordAfter(chars, length, e));

/**
 * A لـ genitive of an administrative unit after a compass-named region, or من and the unit (الصحراء الغربية
 * من الدولة، من البلاد): a part of that unit.
 */
export function relative(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  e: number,
  owners: ReadonlySet<string>,
): boolean {
  const next = wordAfter(chars, length, e);
  if (next === FROM_WORD) {
    const unit = wordAfter(chars, length, afterWord(chars, length, e));
    return unit.startsWith(ALEF_LAM) && words.units.has(unit.slice(2));
  }
  if (!next.startsWith(LAM) || next.startsWith(ALEF_LAM)) return false;
  if (words.units.has(next.slice(1))) return true;
  // لـ and another country (لمصر، لليبيا، للسعودية، للولايات المتحدة): an article's alef is dropped after لـ
  const bare = next.slice(1);
  const name = owners.has(bare) || !bare.startsWith(LAM) ? bare : `${ALEF_LAM[0]}${bare}`;
  return owners.has(name) || owners.has(`${name} ${wordAfter(chars, length, afterWord(chars, length, e))}`);
}

/**
 * Another desert named by a side coordinated with the compass-named one at [tok, e): after it
 * (الصحراء الغربية والصحراء الشرقية) or before it, its و on the mention (الصحراء الشرقية والصحراء الغربية).
 */
export const sides: ShapeCue = (words, chars, length, tok, s, e) => {
  const next = wordAfter(chars, length, e);
  if (next.length > 1 && AND.includes(next.charCodeAt(0)) && words.desert.has(next.slice(1)))
    return words.desertSides.has(wordAfter(chars, length, afterWord(chars, length, e)));
  if (s - tok !== 1 || !AND.includes(chars[tok]!)) return false;
  const side = wordBefore(chars, tok);
  if (!words.desertSides.has(side)) return false;
  return procliticIn(words.desert, wordBefore(chars, wordStartBefore(chars, tok)));
};

/** A colour or a side after the desert's name: another desert. */
export const namedDesert = (words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean =>
  words.desertNames.has(wordAfter(chars, length, e));
