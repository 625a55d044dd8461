/**
 * A publication's or a channel's title made of a place name and a press word: «المغرب اليوم»,
 * «روسيا اليوم», «الجزائر نيوز», "Morocco World News", « Maroc Hebdo ». The name inside is the
 * title's, not the country (issue 16): a reader takes "told «المغرب اليوم»" for a newspaper.
 *
 * - Latin script: the press word closes the run of capitalised words that starts with the name
 *   (name-shape.ts reads it, as it reads "Sahara Group").
 * - In Arabic, a publication's noun before the quotation the name opens (يومية «الصحراء المغربية»، جريدة
 *   «الساحل»): a writer quotes no place right after it, but a headline (الجريدة «المغرب ينتصر») or, after a
 *   verb of writing, what the paper writes (تستعمل الصحيفة «الصحراء المغربية»).
 * - Any script, and the only cue in Arabic, which has no capitals: the name opens a quotation of at
 *   most TITLE_WORDS words that the press word closes ("المغرب اليوم" in quotes; not «المغرب شريك لا
 *   غنى عنه», a quoted sentence, nor المغرب اليوم unquoted: Morocco today, nor a quotation of today
 *   or now after a colon: «قال الوزير: "المغرب الآن" شريك…», speech).
 *
 * Pure: reads the original text around a mention, knows nothing of the DOM.
 */
import { recordSet } from './folded-words';
import { foldString } from './normalise';
import type { PressTitleWords } from './press-title-words';

/** quotedTitle's word sets, built once from the record's lists (press-title-words.ts). */
export function pressTitleSets(w: PressTitleWords) {
  return {
    /** Words that end a publication's or a channel's title, as written (News, Hebdo). */
    titleWords: recordSet(w.titleWords),
    arabicPress: recordSet(w.arabicPress),
    arabicTime: recordSet(w.arabicTime),
    pressNouns: recordSet(w.pressNouns),
    writes: recordSet(w.writes),
  };
}
export type PressTitles = ReturnType<typeof pressTitleSets>;

/** The most words after the name inside a title's quotation. */
const TITLE_WORDS = 2;
/** A word: letters, marks, digits (Arabic and Latin), joined by nothing else. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether a code unit may open a quotation (", “, «, „; ‘ and the ASCII apostrophe are too loose: not them):
 * the cheap test before anything else is read. Compared, not looked up: a Set of numbers cost more than the
 * calls it ends (quoted-product.ts asks it of nearly every mention).
 */
export const opensQuote = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0xab || c === 0x201e;
/** Whether a code unit may close a quotation (", ”, », and “ as German quotes close). */
export const closesQuote = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0xbb || c === 0x201c;

/**
 * Whether the name at original text[start, end), right after an opening quotation mark, opens a
 * publication's title: up to TITLE_WORDS words after it, the last a press word, then the closing mark.
 */
export function quotedTitle(text: string, start: number, end: number, press: PressTitles): boolean {
  if (!opensQuote(text.charCodeAt(start - 1))) return false;
  if (afterPressNoun(text, start - 1, press) && quotedName(text, end)) return true;
  let p = end;
  let last = '';
  for (let n = 0; n < TITLE_WORDS; n++) {
    let q = p;
    while (q < text.length && (text[q] === ' ' || text[q] === '\u00a0')) q++;
    if (q === p) break;
    const w = q;
    while (q < text.length && WORD_CHAR.test(text[q]!)) q++;
    if (q === w) break;
    last = text.slice(w, q);
    p = q;
    if (closesQuote(text.charCodeAt(p))) break;
  }
  if (last === '' || !closesQuote(text.charCodeAt(p))) return false;
  if (press.titleWords.has(last)) return true;
  const folded = foldString(last);
  return press.arabicPress.has(folded) && !(press.arabicTime.has(folded) && afterColon(text, start - 1));
}

/**
 * Whether the quotation holding the name that ends at `end` closes on a name: at most TITLE_WORDS words
 * after it, each definite like a name's adjective (الصحراء المغربية). Not a headline, whose words go on as a
 * sentence (المغرب ينتصر، الصحراء مغربية، الرباط لن تتراجع).
 */
function quotedName(text: string, end: number): boolean {
  let p = end;
  for (let n = 0; n <= TITLE_WORDS; n++) {
    if (closesQuote(text.charCodeAt(p))) return true;
    let q = p;
    while (q < text.length && (text[q] === ' ' || text[q] === '\u00a0')) q++;
    const w = q;
    while (q < text.length && WORD_CHAR.test(text[q]!)) q++;
    if (q === w || !foldString(text.slice(w, q)).startsWith(ARTICLE)) return false;
    p = q;
  }
  return false;
}
const ARTICLE = foldString('ال');

/** Conjunctions and prepositions attached to a press noun (وصحيفة، لجريدة، بيومية). */
const PRESS_CLITICS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]);

/** The folded word ending at `to` (spaces before it skipped) and where it starts. */
function wordEndingAt(text: string, to: number): [string, number] {
  let q = to;
  while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\u00a0')) q--;
  const end = q;
  while (q > 0 && WORD_CHAR.test(text[q - 1]!)) q--;
  return [foldString(text.slice(q, end)), q];
}

/**
 * Whether an Arabic press noun stands right before the opening mark at `open`, across spaces; a definite
 * one not after a verb of writing or using (`press.writes`).
 */
function afterPressNoun(text: string, open: number, press: PressTitles): boolean {
  const [word, at] = wordEndingAt(text, open);
  if (word.length < 4) return false;
  const w = press.pressNouns.has(word) ? word : word.slice(1);
  if (w !== word && !PRESS_CLITICS.has(word.charCodeAt(0))) return false;
  if (!press.pressNouns.has(w)) return false;
  if (!w.startsWith(ARTICLE)) return true;
  const [verb] = wordEndingAt(text, at);
  return !press.writes.has(verb) && !(PRESS_CLITICS.has(verb.charCodeAt(0)) && press.writes.has(verb.slice(1)));
}

/** Whether a colon (then spaces) stands right before `at`. */
function afterColon(text: string, at: number): boolean {
  let q = at;
  while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\u00a0')) q--;
  return text[q - 1] === ':';
}
