/**
 * The sunset and its prayer (المغرب): the `timeOfDay` cue (arabic-shape.ts), and the prayer's feminine
 * agreement that keeps the `country` cue from an actor that is the prayer. Time words, prayer verbs,
 * timetables and clock times.
 */
import { AND, inSet, procliticIn, SPACE, wordAfter, wordBefore, wordStartBefore } from './arabic-words';
import { foldString } from './normalise';
import { afterWord, ALEF_LAM, digit, listItem, SEEN, TEH_MARBUTA, YEH } from './arabic-shape-grammar';
import type { ArabicShapeSets, ShapeCue } from './arabic-shape-sets';

/** A direction noun `prev` right before the mention at `tok`, but not جهة or ناحية after من. */
function direction(words: ArabicShapeSets, chars: Uint16Array, tok: number, prev: string): boolean {
  if (!words.directions.has(prev)) return false;
  if (!words.sides.has(prev)) return true;
  return !inSet(words.from, wordBefore(chars, wordStartBefore(chars, tok)));
}

/** A verb of praying, with its conjunction when that leaves it a prayer verb (وصلى، ويصلي). */
const prayVerb = (words: ArabicShapeSets, w: string): boolean =>
  words.prayVerbs.has(w) || (inSet(words.prayVerbs, w) && !words.noConjunction.has(w.slice(1)));

/**
 * A verb of praying right before the mention at `tok`, or before its definite subject (صلوا المغرب،
 * يصلي الناس المغرب); not across a preposition (صلى في المغرب: prayed in Morocco).
 */
function prayedObject(words: ArabicShapeSets, chars: Uint16Array, tok: number, prev: string): boolean {
  if (prayVerb(words, prev) || words.missedVerbs.has(prev)) return true;
  if (!prev.startsWith(ALEF_LAM)) return false;
  return prayVerb(words, wordBefore(chars, wordStartBefore(chars, tok)));
}

/**
 * A time-of-day frame around the mention (بعد المغرب، صلاة المغرب، المغرب والعشاء، ناحية المغرب،
 * صلوا المغرب).
 */
export const timeOfDay: ShapeCue = (words, chars, length, tok, s, e) => {
  // بالمغرب، للمغرب: a place. Only و or ف may stand before it (tested by code unit, no string made).
  if (s - tok > 1 || (s > tok && !AND.includes(chars[tok]!))) return false;
  const clitic = s > tok;
  const prev = wordBefore(chars, tok);
  if (
    !clitic &&
    (procliticIn(words.timeFrames, prev) || direction(words, chars, tok, prev) || prayedObject(words, chars, tok, prev))
  )
    return true;
  if (clitic && (inSet(words.prayers, prev) || direction(words, chars, tok, prev))) return true; // (و)العصر والمغرب
  if (clockAfter(words, chars, length, e)) return true;
  if (!clitic && betweenPrayers(words, chars, length, tok, e)) return true;
  const next = wordAfter(chars, length, e);
  return next.length > 3 && AND.includes(next.charCodeAt(0)) && words.prayers.has(next.slice(1));
};

/**
 * A prayer or timetable column on both sides of the name in a list or a table row (الفجر، الظهر،
 * العصر، المغرب، العشاء; الظهر العصر المغرب العشاء): one side alone may be a sentence (في هذا العصر،
 * المغرب شريك…).
 */
const betweenPrayers = (words: ArabicShapeSets, chars: Uint16Array, length: number, tok: number, e: number): boolean =>
  words.timetable.has(listItem(chars, length, tok, -1)) && words.timetable.has(listItem(chars, length, e, 1));

/** Separators a timetable writes between a prayer's name and its time (المغرب: 18:49، المغرب | 6:10). */
const LABEL_SEPARATORS = [0x3a, 0x7c, 0x2d]; // : | -

/**
 * A clock time right after the name, as prayer timetables write them (العصر 3:29 م، المغرب 6:10 م،
 * المغرب 18:49): an hour, a colon and two minute digits; with a full stop (٠٥.٣٨) only when a
 * morning or evening mark follows, since a decimal number also may (صدّر المغرب 2.35 مليون طن). A
 * score (3:0) has one digit after its colon. A country has no time of day.
 */
function clockAfter(words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (p < length && LABEL_SEPARATORS.includes(chars[p]!)) {
    p++;
    while (p < length && SPACE(chars[p])) p++;
  }
  if (p === e) return false;
  let hour = 0;
  const from = p;
  while (p < length && p - from < 3 && digit(chars[p]) >= 0) hour = hour * 10 + digit(chars[p++]);
  if (p === from || p - from > 2 || hour > 24) return false;
  const mark = chars[p];
  if (mark !== 0x3a && mark !== 0x2e) return false;
  const m1 = digit(chars[p + 1]);
  const m2 = digit(chars[p + 2]);
  if (m1 < 0 || m1 > 5 || m2 < 0 || digit(chars[p + 3]) >= 0) return false;
  return mark === 0x3a || words.dayHalves.has(wordAfter(chars, length, p + 3));
}

const TEH = 0x062a;
const HA = foldString('ها');

/**
 * The prayer's feminine agreement in the two words after its name, the subject of إن/أن: a ت-imperfect
 * first (إن المغرب تعجل، تسمى، ستؤخر; not with the country's masculine pronoun, تربطه) or a resumptive ـها
 * (أن المغرب وقتها، يسن فيها، يستحب تعجيلها; not on a ي-verb, whose object it is: يعتبرها), or a noun of
 * its rite. The country is masculine: إن المغرب يستضيف.
 */
export function prayerAgrees(words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean {
  const next = wordAfter(chars, length, e);
  const second = wordAfter(chars, length, afterWord(chars, length, e));
  const verb = next.charCodeAt(0) === SEEN ? next.slice(1) : next;
  if (verb.length >= 3 && verb.charCodeAt(0) === TEH && !next.endsWith(TEH_MARBUTA)) return true;
  for (const w of [next, second])
    if ((w.endsWith(HA) && w.length > 3 && w.charCodeAt(0) !== YEH) || words.riteNouns.has(w)) return true;
  return false;
}
