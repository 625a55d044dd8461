/**
 * The ligament (الرباط): torn, cut or sprained, or named by its own adjective (arabic-shape.ts,
 * `injury` and `torn`); and the bandage, wrapped, loosened or tight beside a body part (`bandage`). A city is neither.
 */
import {
  blockSpan,
  CRUCIATE,
  inSet,
  namesIn,
  procliticIn,
  PROCLITICS,
  wordAfter,
  wordBefore,
  wordBeforeIs,
  wordStartBefore,
} from './arabic-words';
import { text } from './folded-words';
import { ligamentNear } from './arabic-neighbours';
import { ALEF_LAM, governedBy, IN, LAM, masculineVerb, withoutProclitic } from './arabic-shape-grammar';
import type { ArabicShapeSets, ShapeCue } from './arabic-shape-sets';

/** A noun of `operations`, with one proclitic of its own (لجراحة، بتمزق، وإصابة). */
const operation = (words: ArabicShapeSets, w: string): boolean =>
  words.operations.has(w) || (w.length > 3 && PROCLITICS.includes(w.charCodeAt(0)) && words.operations.has(w.slice(1)));

/** A noun of `tears`, bare, definite or with up to two proclitics (لتمزق، بالتواء، الالتواء). */
const tear = (words: ArabicShapeSets, w: string): boolean =>
  procliticIn(words.tears, w) || definiteIn(words.tears, withoutProclitic(w));

/** A tear's noun before في and the unprefixed name at `tok`, perhaps with its extent (`extents`) between. */
function tornIn(words: ArabicShapeSets, chars: Uint16Array, tok: number): boolean {
  if (!wordBeforeIs(chars, tok, IN)) return false;
  const at = wordStartBefore(chars, tok);
  const first = wordBefore(chars, at);
  if (first === '') return false;
  if (tear(words, first)) return true;
  if (!words.extents.has(first)) return false;
  return tear(words, wordBefore(chars, wordStartBefore(chars, at)));
}

/**
 * The ligament by its own adjective (الرباط الصليبي) or by its tear (تمزق جزئي في الرباط, unprefixed):
 * no city is cruciate or torn, so the window's story words (المنتخب المغربي) do not make it one.
 */
export const torn: ShapeCue = (words, chars, length, tok, s, e) =>
  wordAfter(chars, length, e) === CRUCIATE || (s === tok && tornIn(words, chars, tok));

/** A definite word whose noun is in `set` (التمزق → تمزق). */
const definiteIn = (set: ReadonlySet<string>, w: string): boolean => w.startsWith(ALEF_LAM) && set.has(w.slice(2));

/**
 * An injury around the name at [tok, e): a noun of injury governing it, unprefixed (تمزق الرباط), or
 * with لـ after a definite one and at most one adjective (القطع الكامل للرباط); an injured participle
 * after it; or a masculine imperfect verb after it as its subject (إن الرباط سيلتئم).
 */
export const injury: ShapeCue = (words, chars, length, tok, s, e) => {
  const next = wordAfter(chars, length, e);
  if (words.injured.has(next)) return true;
  const clitic = text(chars, tok, s);
  if (clitic === '' && governedBy(words.injuries, chars, tok, s)) return true;
  if (clitic === LAM) {
    // للرباط after a definite injury noun, itself maybe qualified by one adjective (القطع الكامل للرباط)
    const first = wordBefore(chars, tok);
    if (definiteIn(words.injuries, first)) return true;
    if (!first.startsWith(ALEF_LAM)) return false;
    return definiteIn(words.injuries, wordBefore(chars, wordStartBefore(chars, tok)));
  }
  if (clitic === '' && ligamentNear(chars, length, tok, s, e, (w) => operation(words, w))) return true; // لجراحة في الرباط … الصليبي
  if (clitic !== '' || !inSet(words.subjectParticles, wordBefore(chars, tok))) return false;
  return masculineVerb(words.notVerbs, next);
};

/**
 * The bandage (الرباط الضاغط، لف الرباط، فالرباط مشدود): a verb of wrapping or loosening governing the
 * unprefixed name, or a bandage's masculine adjective or state right after it (the city would take the
 * feminine: الرباط مشدودة إلى القمة), with a body part or care in its paragraph (`bandaged`: حول الكاحل): fog
 * wraps a city too, and a city's stance is flexible (موقف الرباط المرن). A city is not wrapped, so the
 * window's story words do not make it one.
 */
export const bandage: ShapeCue = (words, chars, length, tok, s, e) => {
  if (!words.bandageStates.has(wordAfter(chars, length, e)) && !governedBy(words.wraps, chars, tok, s)) return false;
  const [lo, hi] = blockSpan(chars, length, s, e);
  return namesIn(words.bandaged, chars, lo, hi);
};
