/**
 * Namesakes: a lone surname (an afterMention alias of one word, Milley) written as part of another
 * person's name. "Sarah Milley", "bowler James Anderson" or "Anderson Cooper" name someone else,
 * and from there on the page a lone "Anderson" is about that person, not the story's general, until
 * the story's full name comes back (matcher.ts forgets the full mention).
 *
 * Read on the original text, since the evidence is case: in Latin scripts a given name is a
 * capitalised word. Arabic has no case: there only a place noun before the surname tells (below);
 * the rest is left to context rules.
 *
 * Conservative on purpose, since a miss here costs a true mention:
 * - a capitalised word at the start of a sentence may be any word ("But Milley said"): not a name;
 * - titles and ranks are not given names ("Chairman Milley", "Marine Langley");
 * - in a title-case headline every word is capitalised ("Trump Fires Milley Over Remarks"): when the
 *   words on both sides are capitalised too, nothing is concluded;
 * - a weekday or a month after the surname is a date ("Anderson Tuesday"), not a surname.
 */

/** Capitalised words that stand before a surname without being a given name (English and French). */
const TITLES = new Set<string>([
  'Admiral',
  'Adm',
  'Ambassador',
  'Army',
  'Brig',
  'Capt',
  'Captain',
  'Chairman',
  'Chief',
  'Col',
  'Colonel',
  'Commander',
  'Congressman',
  'Congresswoman',
  'Councillor',
  'Dr',
  'Director',
  'Gen',
  'General',
  'Gov',
  'Governor',
  'Judge',
  'Lieutenant',
  'Lt',
  'Maj',
  'Major',
  'Marine',
  'Marines',
  'Minister',
  'Miss',
  'Mr',
  'Mrs',
  'Ms',
  'Navy',
  'President',
  'Professor',
  'Prof',
  'Rep',
  'Representative',
  'Secretary',
  'Sen',
  'Senator',
  'Sergeant',
  'Sgt',
  'Sir',
  'Acting',
  'Agent',
  'Airman',
  'Attorney',
  'Bishop',
  'Brigadier',
  'Chair',
  'Chancellor',
  'Commissioner',
  'Commodore',
  'Corporal',
  'Cpl',
  'Deputy',
  'Detective',
  'Envoy',
  'Former',
  'Inspector',
  'Justice',
  'King',
  'Lord',
  'Mayor',
  'Officer',
  'Premier',
  'Prince',
  'Private',
  'Pvt',
  'Queen',
  'Ret',
  'Retired',
  'Rev',
  'Reverend',
  'Sheriff',
  'Speaker',
  'Spokesman',
  'Spokeswoman',
  'Vice',
  // French (capitalised at the start of a phrase or in a heading).
  'Amiral',
  'Ambassadeur',
  'Capitaine',
  'Commandant',
  'Docteur',
  'Général',
  'Madame',
  'Mme',
  'Monsieur',
  'Ministre',
  'Président',
  'Secrétaire',
  'Sénateur',
]);

/**
 * Nouns of a place named after someone, right before the surname: the street, the base, not the
 * person (la rue Milley, قاعدة أندرسن). English puts them after the name (Milley Street), where a
 * capitalised word after the surname already tells.
 */
const PLACE_NOUNS = new Set<string>([
  'allée',
  'avenue',
  'base',
  'boulevard',
  'camp',
  'chemin',
  'fort',
  'impasse',
  'quai',
  'rue',
  'جادة',
  'حي',
  'ساحة',
  'شارع',
  'قاعدة',
  'مطار',
  'معسكر',
]);

/** Days and months: after a surname they date what was said ("Anderson Tuesday said"). */
const DATES = new Set<string>([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0';
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isUpper = (c: string | undefined): boolean => c !== undefined && /\p{Lu}/u.test(c);
/** Letters, apostrophes and hyphens inside a name (O'Neill, Jean-Pierre). */
const isNameChar = (c: string | undefined): boolean => isLetter(c) || c === '-' || c === "'" || c === '’';

/**
 * A capitalised word: an upper-case letter, then name characters with some lower-case letter (not an
 * acronym), and not a possessive (the Pentagon's Milley, Africa Command's Anderson).
 */
function capitalised(word: string): boolean {
  return isUpper(word[0]) && /\p{Ll}/u.test(word) && !/\p{Lu}{2}/u.test(word) && !/['’]s?$/u.test(word);
}

/** The word ending just before `end` (text[start, end)), or null when text[end - 1] is not a name character. */
function wordBefore(text: string, end: number): { word: string; start: number } | null {
  let i = end;
  while (i > 0 && isNameChar(text[i - 1])) i--;
  return i < end ? { word: text.slice(i, end), start: i } : null;
}

function wordAfter(text: string, start: number): { word: string; end: number } | null {
  let i = start;
  while (i < text.length && isNameChar(text[i])) i++;
  return i > start ? { word: text.slice(start, i), end: i } : null;
}

/**
 * Whether the word at text[start, ...) is at the start of a sentence: first in the text, or after
 * the end of a sentence, a line break or an opening quote or bracket.
 */
function sentenceInitial(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isSpace(text[i - 1])) i--;
  if (i === 0) return true;
  return /[.!?…\n\r"“«(\[—–]/u.test(text[i - 1]!);
}

/** The capitalised word separated by one space before `start`, if any. */
function capitalisedBefore(text: string, start: number): { word: string; start: number } | null {
  if (!isSpace(text[start - 1])) return null;
  const w = wordBefore(text, start - 1);
  return w !== null && capitalised(w.word) ? w : null;
}

/** The capitalised word separated by one space after `end`, if any. */
function capitalisedAfter(text: string, end: number): { word: string; end: number } | null {
  if (!isSpace(text[end])) return null;
  const w = wordAfter(text, end + 1);
  return w !== null && capitalised(w.word) ? w : null;
}

/**
 * Whether the lone surname at text[start, end) (original offsets) is part of another person's
 * name: a given name right before it ("Jane Milley") or right after it ("Anderson Cooper"); or of
 * a place named after someone (la rue Milley).
 */
export function namesAnotherPerson(text: string, start: number, end: number): boolean {
  if (isNameChar(text[start - 1]) || isNameChar(text[end])) return false;
  if (isSpace(text[start - 1])) {
    const noun = wordBefore(text, start - 1);
    // An Arabic noun may carry a proclitic (وشارع، بقاعدة).
    const w = noun?.word.toLowerCase() ?? '';
    if (PLACE_NOUNS.has(w) || (/^[وبفل]/u.test(w) && PLACE_NOUNS.has(w.slice(1)))) return true;
  }
  const next = capitalisedAfter(text, end);
  const given = capitalisedBefore(text, start);
  // A hyphenated title counts as its last part (Ex-Chairman, Vice-Admiral).
  const title = given !== null && TITLES.has(given.word.slice(given.word.lastIndexOf('-') + 1));
  if (given !== null && !title && !sentenceInitial(text, given.start)) {
    // Title case: the word before the given name and the word after the surname are capitalised too.
    if (!(capitalisedBefore(text, given.start) !== null && next !== null)) return true;
  }
  if (next !== null && !DATES.has(next.word)) {
    // Anderson Cooper: the surname is a given name here, unless the next word is capitalised too
    // (a title-case heading, or a longer name: Langley Air Force Base, left to context rules).
    if (capitalisedAfter(text, next.end) === null) return true;
  }
  return false;
}

/** Whether the folded alias chars[s, e) is one word (a surname, not "Gen. Milley"). */
export function isLoneWord(chars: Uint16Array, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (chars[p] === 0x20) return false;
  return true;
}
