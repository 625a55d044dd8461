/**
 * The `feminine` cue (arabic-shape.ts): الرباط, the city, takes feminine agreement; the common noun
 * (a bond, a ligament, a frontier fort) masculine. Its relative, copula, walls, a building's noun in
 * apposition, a negated masculine verb or a masculine adjective after it. And the `elsewhere` cue: a fort located in another
 * country's town.
 */
import { inSet, SPACE, wordAfter, wordBefore } from './arabic-words';
import { foldString } from './normalise';
import {
  afterWord,
  ALEF_LAM,
  BEH,
  BETWEEN,
  CAPITAL,
  COMMAS,
  IN,
  masculineNisba,
  masculineVerb,
  TEH_MARBUTA,
} from './arabic-shape-grammar';
import type { ArabicShapeSets, ShapeCue } from './arabic-shape-sets';

/** The one weekday of the pattern فعيل (a dateline: الرباط الخميس). */
const DAY_FAEEL = foldString('الخميس');
/** A feminine object pronoun on a verb (يفصلها). */
const HA = foldString('ها');

/** Masculine agreement with the mention at [tok, e): the common noun of a feminine place name. */
export const masculine: ShapeCue = (words, chars, length, tok, s, e) => {
  // With a proclitic (والرباط، بالرباط) the word before is never read below.
  const prev = s === tok ? wordBefore(chars, tok) : '';
  // After a preposition or العاصمة (في الرباط، وهو معلم؛ بالعاصمة الرباط) it is the landmark's before (mend19ar).
  if (s === tok && !inSet(words.notHeads, prev) && !prev.endsWith(CAPITAL) && building(words, chars, length, e))
    return true;
  const next = wordAfter(chars, length, e);
  if (
    words.masculineRelatives.has(next) ||
    words.fortWalls.has(next) ||
    (s === tok && inSet(words.masculineCopulas, prev))
  )
    return true;
  // إن الرباط لا يقتصر: a particle's subject with a negated masculine verb (the verb alone: arabic-ligament.ts);
  // not one whose object is the city (أن الرباط لا يفصلها عن سلا سوى النهر: the verb's subject comes later)
  if (s === tok && words.negations.has(next) && inSet(words.subjectParticles, prev)) {
    const verb = wordAfter(chars, length, afterWord(chars, length, e));
    return masculineVerb(words.notVerbs, verb) && !verb.endsWith(HA);
  }
  if (!masculineNisba(next) && !relationalFaeel(chars, length, e, next)) return false;
  // The adjective may qualify a construct's head before the name (مطار الرباط الدولي): only a
  // proclitic preposition, a particle, a definite word, a feminine head in ة (إصابة الرباط
  // الصليبي: the adjective cannot agree with it) or nothing may stand before it.
  return (
    s > tok || prev === '' || prev.startsWith(ALEF_LAM) || prev.endsWith(TEH_MARBUTA) || inSet(words.notHeads, prev)
  );
};

/**
 * A masculine pronoun and a noun of a building in apposition after the name, a comma perhaps between
 * (الرباط، وهو حصن بني في القرن الثامن): the fort; the city would take وهي مدينة. Not a person's حال
 * (زار الرباط، وهو أول رئيس…): no building noun follows there.
 */
function building(words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (COMMAS.includes(chars[p]!)) p++;
  const pronoun = wordAfter(chars, length, p);
  if (!words.huwa.has(pronoun)) return false;
  while (p < length && SPACE(chars[p])) p++;
  return words.buildings.has(wordAfter(chars, length, p + pronoun.length));
}

/**
 * A masculine adjective of the pattern فعيل (الوثيق، المتين، القديم) right after the name, itself
 * followed by بين: the bond between two (الرباط الوثيق بين الأم وأبنائها); the city would take ة.
 * Only with بين: a فعيل noun after a city may be a verb-first clause's object (استقبلت الرباط الوزير).
 */
function relationalFaeel(chars: Uint16Array, length: number, e: number, next: string): boolean {
  if (next.length !== 6 || !next.startsWith(ALEF_LAM) || next[4] !== 'ي' || next === DAY_FAEEL) return false;
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  return wordAfter(chars, length, p + next.length) === BETWEEN;
}

/**
 * The town right after the name, with ب or after في (الرباط بسوسة، الرباط في المنستير): a town abroad known
 * for its ribat, or Malta's (`ribatTowns`), names that fort or that town, wherever the name stands; but for
 * a verb of linking or بين before it (يربط الرباط بسوسة، بين الرباط بسوسة), whose ب joins the capital to
 * the town. Another country's name says nothing: a verb's ب-object often follows في الرباط (رحب في الرباط
 * بقطر), and Rabat's envoys, headlines and deals abroad put في after it (ممثلون عن الرباط في مالي).
 */
export function elsewhere(words: ArabicShapeSets, chars: Uint16Array, length: number, tok: number, e: number): boolean {
  let next = wordAfter(chars, length, e);
  if (next === IN) {
    let p = e;
    while (p < length && SPACE(chars[p])) p++;
    next = wordAfter(chars, length, p + IN.length);
  } else if (next.length > 3 && next.charCodeAt(0) === BEH) next = next.slice(1);
  else return false;
  if (!words.ribatTowns.has(next)) return false;
  return !inSet(words.linking, wordBefore(chars, tok));
}
