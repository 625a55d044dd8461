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
import {
  capitalisedAfter,
  capitalisedBefore,
  DATES,
  isNameChar,
  sentenceInitial,
  spacesBefore,
  TITLES,
  wordBefore,
} from './latin-words';

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

/**
 * Whether the lone surname at text[start, end) (original offsets) is part of another person's
 * name: a given name right before it ("Jane Milley") or right after it ("Anderson Cooper"); or of
 * a place named after someone (la rue Milley).
 */
export function namesAnotherPerson(text: string, start: number, end: number): boolean {
  if (isNameChar(text[start - 1]) || isNameChar(text[end])) return false;
  const gap = spacesBefore(text, start);
  if (gap < start) {
    const noun = wordBefore(text, gap);
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
    // (a title-case heading, or a longer name: Anderson Air Force Base, left to context rules).
    if (capitalisedAfter(text, next.end) === null) return true;
  }
  return false;
}

/**
 * Surnames of the story's people that are also places a page may be at or in (Langley, Virginia, the
 * CIA's seat; Anderson, Indiana; Anderson Air Force Base), as written alone. Milley names no such place:
 * "lost confidence in Milley" is the general.
 */
const PLACE_SURNAMES = new Set<string>(['langley', 'anderson', 'لانجلي', 'لانغلي', 'أندرسون', 'اندرسون', 'أندرسن']);
/**
 * Prepositions of place: one of those surnames right after one is the place ("officials at Langley",
 * "born in Anderson", في لانجلي، وفي لانجلي، بلانجلي), not the person, unless a possessive follows ("at
 * Langley's request"). "to", "from" and « à » are left out: they take people as often ("wrote to Langley").
 */
const PLACE_PREPOSITIONS = new Set<string>(['at', 'in', 'near', 'outside', 'في']);
const POSSESSIVE = /^['’]s\b/u;

/**
 * Whether the lone surname at text[start, end) (original offsets), after its Arabic proclitics
 * `proclitic` (the original text right before `start`), is a place there. Unlike `namesAnotherPerson`,
 * the story's person is not forgotten: the page may name both.
 */
export function namesAPlace(text: string, start: number, end: number, proclitic = ''): boolean {
  if (!PLACE_SURNAMES.has(text.slice(start, end).toLowerCase())) return false;
  if (POSSESSIVE.test(text.slice(end, end + 3))) return false;
  if (proclitic.endsWith('ب')) return true; // بلانجلي: the proclitic preposition ب (in)
  const tokStart = start - proclitic.length;
  const gap = spacesBefore(text, tokStart);
  if (gap === tokStart) return false;
  // An Arabic preposition may carry a conjunction (وفي).
  const w = wordBefore(text, gap)
    ?.word.toLowerCase()
    .replace(/^[وف](?=في$)/u, '');
  return w !== undefined && PLACE_PREPOSITIONS.has(w);
}

/** Whether the folded alias chars[s, e) is one word (a surname, not "Gen. Milley"). */
export function isLoneWord(chars: Uint16Array, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (chars[p] === 0x20) return false;
  return true;
}
