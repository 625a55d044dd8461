/**
 * A publication's or a channel's title made of a place name and a press word: «المغرب اليوم»,
 * «روسيا اليوم», «الجزائر نيوز», "Morocco World News", « Maroc Hebdo ». The name inside is the
 * title's, not the country (issue 16): a reader takes "told «المغرب اليوم»" for a newspaper.
 *
 * - Latin script: the press word closes the run of capitalised words that starts with the name
 *   (name-shape.ts reads it, as it reads "Sahara Group").
 * - In Arabic, a publication's noun before the quotation the name opens (يومية «الصحراء المغربية»، جريدة
 *   «الساحل»): a writer quotes no place right after it.
 * - Any script, and the only cue in Arabic, which has no capitals: the name opens a quotation of at
 *   most TITLE_WORDS words that the press word closes ("المغرب اليوم" in quotes; not «المغرب شريك لا
 *   غنى عنه», a quoted sentence, nor المغرب اليوم unquoted: Morocco today, nor a quotation of today
 *   or now after a colon: «قال الوزير: "المغرب الآن" شريك…», speech).
 *
 * Pure: reads the original text around a mention, knows nothing of the DOM.
 */
import { foldString, foldedSet } from './normalise';

/**
 * Words that end a publication's or a channel's title. A closed class, in the forms titles use (not
 * "Today" in English, which a headline's verb may follow: "Morocco Today Signs…").
 */
export const PRESS_WORDS: ReadonlySet<string> = new Set([
  ...['News', 'Times', 'Post', 'Tribune', 'Herald', 'Daily', 'Observer', 'Monitor', 'Gazette', 'Telegraph'],
  ...['Chronicle', 'Weekly', 'Hebdo', 'Soir', 'Presse', 'Press', 'Matin', 'Diplomatique', 'Magazine'],
]);

/** Arabic press words (folded): today, now, news, press, times, online. */
const ARABIC_PRESS = foldedSet(['اليوم', 'الآن', 'نيوز', 'بريس', 'برس', 'تايمز', 'أونلاين', 'تايم']);

/**
 * Of ARABIC_PRESS, the words of time (today, now): a quotation they close right after a colon is what
 * someone said or wrote («قال الوزير: "المغرب الآن" شريك…»), not a title.
 */
const ARABIC_TIME = foldedSet(['اليوم', 'الآن']);

/** Opening quotation marks (", “, «, „, ‘ and the ASCII apostrophe are too loose: not them). */
const OPENING = new Set([0x22, 0x201c, 0xab, 0x201e]);
/** Closing ones. */
const CLOSING = new Set([0x22, 0x201d, 0xbb, 0x201c]);
/** The most words after the name inside a title's quotation. */
const TITLE_WORDS = 2;
/** A word: letters, marks, digits (Arabic and Latin), joined by nothing else. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether a code unit may open a quotation: the cheap test before anything else is read. */
export const opensQuote = (c: number): boolean => OPENING.has(c);

/**
 * Whether the name at original text[start, end), right after an opening quotation mark, opens a
 * publication's title: up to TITLE_WORDS words after it, the last a press word, then the closing mark.
 */
export function quotedTitle(text: string, start: number, end: number): boolean {
  if (!OPENING.has(text.charCodeAt(start - 1))) return false;
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
    if (CLOSING.has(text.charCodeAt(p))) break;
  }
  if (!CLOSING.has(text.charCodeAt(p))) return false;
  if (afterPressNoun(text, start - 1)) return true;
  if (last === '') return false;
  if (PRESS_WORDS.has(last)) return true;
  const folded = foldString(last);
  return ARABIC_PRESS.has(folded) && !(ARABIC_TIME.has(folded) && afterColon(text, start - 1));
}

/**
 * Arabic nouns of a publication, before its quoted title (يومية «الصحراء المغربية»، جريدة «الساحل»), bare or
 * definite: a writer quotes no place right after them. Not موقع or قناة (also a location, a canal).
 */
const PRESS_NOUNS = foldedSet(['يومية', 'جريدة', 'صحيفة', 'مجلة', 'أسبوعية', 'شهرية']);
/** A conjunction or preposition, then the article, before a press noun (وصحيفة، لجريدة، اليومية). */
const PRESS_PREFIX = /^[وفبلك]?(?:ال)?/u;

/** Whether an Arabic press noun stands right before the opening mark at `open`, across spaces. */
function afterPressNoun(text: string, open: number): boolean {
  let q = open;
  while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\u00a0')) q--;
  const to = q;
  while (q > 0 && WORD_CHAR.test(text[q - 1]!)) q--;
  return PRESS_NOUNS.has(foldString(text.slice(q, to)).replace(PRESS_PREFIX, ''));
}

/** Whether a colon (then spaces) stands right before `at`. */
function afterColon(text: string, at: number): boolean {
  let q = at;
  while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\u00a0')) q--;
  return text[q - 1] === ':';
}
