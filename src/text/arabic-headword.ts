/**
 * An Arabic name written about as a word, not used for a thing: the headword of a disambiguation page
 * or of a sentence that lists its meanings (الساحل (توضيح)، قد تشير كلمة الساحل إلى:، قد يشير الرباط
 * إلى:، يمكن أن يقصد بالساحل:). Such a mention names none of its senses: the entries after it do, each
 * in its own words. This module only reads the shape; the page's decision about such mentions is shared
 * with the English and French headwords ("X may refer to", « X peut désigner »), and plugs this in.
 *
 * Pure: reads the folded text (normalise.ts) around a mention at [tok, e) (its name at [s, e), after
 * any proclitics), knows nothing of the DOM. Cheap first: one code unit or one word before any other.
 */
import { isWordChar } from './boundaries';
import { SPACE, inSet, wordAfter, wordBefore, wordStartBefore } from './arabic-words';
import { text } from './folded-words';
import { foldedSet, foldString } from './normalise';

/** Verbs of referring to a meaning, whose subject the name or its noun of a word is (قد تشير كلمة X إلى). */
const REFER = foldedSet(['تشير', 'يشير', 'تدل', 'يدل', 'تحيل', 'يحيل']);
/** Nouns of a word, governing the name written as a word (كلمة الساحل، لفظ المغرب، اسم الرباط). */
const WORD_NOUNS = foldedSet(['كلمة', 'لفظة', 'لفظ', 'مصطلح', 'اسم', 'عبارة']);
/** Passive verbs of meaning, whose بـ-complement the name is (يمكن أن يقصد بالساحل، يراد بالصحراء). */
const MEANT = foldedSet(['يقصد', 'يراد', 'يعنى', 'تقصد', 'يطلق']);
const TO = foldString('إلى');
const DISAMBIGUATION = foldString('توضيح');
const BEH = 0x0628;
const OPEN = 0x28; // (
const CLOSE = 0x29; // )

/** Whether the name ending at `e` is followed by « (توضيح) », a disambiguation page's title. */
function titled(chars: Uint16Array, length: number, e: number): boolean {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (chars[p] !== OPEN) return false;
  const from = ++p;
  while (p < length && isWordChar(chars[p]!)) p++;
  return chars[p] === CLOSE && text(chars, from, p) === DISAMBIGUATION;
}

/** Whether the word right after `e` (spaces only between) is إلى. */
function toFollows(chars: Uint16Array, length: number, e: number): boolean {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (p === e || p + TO.length > length) return false;
  for (let i = 0; i < TO.length; i++) if (chars[p + i] !== TO.charCodeAt(i)) return false;
  return p + TO.length === length || !isWordChar(chars[p + TO.length]!);
}

/**
 * Whether the mention at folded [tok, e), its name at [s, e), is written as a word: a disambiguation
 * title (الساحل (توضيح)), the subject of a verb of referring before إلى, alone or after a noun of a
 * word (قد يشير الرباط إلى، قد تشير كلمة الساحل إلى), or the بـ-complement of a passive verb of meaning
 * (يمكن أن يقصد بالساحل). Not a country that points something out (يشير المغرب إلى أن…: أن follows
 * إلى there, as an actor's statement does).
 */
export function arabicHeadword(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  if (titled(chars, length, e)) return true;
  if (s - tok === 1 && chars[tok] === BEH) return inSet(MEANT, wordBefore(chars, tok));
  if (s !== tok || !toFollows(chars, length, e) || statement(chars, length, e)) return false;
  const prev = wordBefore(chars, tok);
  if (inSet(REFER, prev)) return true;
  return WORD_NOUNS.has(prev) && inSet(REFER, wordBefore(chars, wordStartBefore(chars, tok)));
}

const THAT = foldedSet(['أن', 'ان']);
/** Whether إلى after `e` opens a statement (يشير المغرب إلى أن…): an actor speaking, not a word's meanings. */
function statement(chars: Uint16Array, length: number, e: number): boolean {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  return THAT.has(wordAfter(chars, length, p + TO.length));
}
