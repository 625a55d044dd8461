/**
 * The `country` cue (arabic-shape.ts), this entity's sense: the country closing a city's address, after
 * a place preposition, in a list of countries, or as an actor (the subject of its speech or stance).
 */
import { isWordChar } from './boundaries';
import { AND, inSet, procliticIn, SPACE, STANCE_VERBS, wordAfter, wordBefore } from './arabic-words';
import { foldedSet } from './normalise';
import { BEH, COMMAS, IN, listItem, masculineNisba, separatorAt } from './arabic-shape-grammar';
import { maghreb } from './arabic-places';
import { prayerAgrees } from './arabic-prayer';
import type { ShapeCue } from './arabic-shape-sets';

/** Dashes, which join a country to its city in a title as a comma does (مواقيت الصلاة في الرباط – المغرب). */
const DASHES = [0x2d, 0x2013, 0x2014]; // - – —

/** What may close an address: the end, or punctuation (not a word: a list goes on). */
const CLOSERS = [0x2c, 0x060c, 0x2e, 0x3a, 0x3b, 0x29, 0x21, 0x061f, 0x3f, 0x061b, 0x7c];

/** The most words of a city's name between the place preposition and the comma (الدار البيضاء). */
const CITY_WORDS = 2;

/**
 * The country at [s, e), unprefixed, after "في <city>،" or "ب<city>،" and closing the phrase; or after
 * a dash, as a title writes it, closing the phrase or followed by the day (في الرباط – المغرب اليوم).
 */
export const address: ShapeCue = (words, chars, length, tok, s, e) => {
  if (s !== tok) return false;
  let q = e;
  while (q < length && SPACE(chars[q])) q++;
  const closes = q >= length || CLOSERS.includes(chars[q]!);
  let p = tok;
  while (p > 0 && SPACE(chars[p - 1])) p--;
  if (p === 0) return false;
  const dash = DASHES.includes(chars[p - 1]!);
  if (!(closes ? dash || COMMAS.includes(chars[p - 1]!) : dash && words.today.has(wordAfter(chars, length, e))))
    return false;
  p--;
  for (let n = 0; n < CITY_WORDS; n++) {
    while (p > 0 && SPACE(chars[p - 1])) p--;
    const to = p;
    while (p > 0 && isWordChar(chars[p - 1]!)) p--;
    if (p === to) return false;
    // بالرباط، المغرب: the preposition on the city's first word.
    if (chars[p] === 0x0628 && chars[p + 1] === 0x0627 && chars[p + 2] === 0x0644) return true;
    if (wordBefore(chars, p) === IN) return true;
  }
  return false;
};

/**
 * The country at [tok, e) coordinated with another country in a list (تونس والجزائر والمغرب وليبيا;
 * المغرب، الجزائر، تونس): the Maghreb's five are countries, one of them this one. The neighbour is
 * joined by و (on the name or on it) or by a list separator. `listed`: the other countries' one-word names.
 */
export function countryList(
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
  listed: ReadonlySet<string>,
): boolean {
  const joinedBefore = (s > tok && AND.includes(chars[tok]!)) || separatorAt(chars, length, tok, -1);
  if (joinedBefore && inSet(listed, listItem(chars, length, tok, -1))) return true;
  // Without a separator, the word after (read in place: most mentions have no list) must start with و or ف.
  if (!separatorAt(chars, length, e, 1)) {
    let p = e;
    while (p < length && SPACE(chars[p])) p++;
    let q = p;
    while (q < length && isWordChar(chars[q]!)) q++;
    if (q - p <= 2 || !AND.includes(chars[p]!)) return false;
  }
  return inSet(listed, listItem(chars, length, e, 1));
}

/**
 * The country after a place preposition (في المغرب، وفي المغرب، بالمغرب: موائد الإفطار في المغرب), where the
 * prayer's time is read after other words (بعد، عند، وقت: timeOfDay), or governed by a noun of its side (في
 * شمال المغرب). Not before a nisba (في المغرب الإسلامي: a region).
 */
export const placed: ShapeCue = (words, chars, length, tok, s, e) => {
  const prep = s === tok ? procliticIn(words.placedAfter, wordBefore(chars, tok)) : s - tok === 1 && chars[tok] === BEH;
  return prep && !masculineNisba(wordAfter(chars, length, e));
};

const STANCES = foldedSet(STANCE_VERBS);

/**
 * The name at [tok, e), unprefixed, as an actor: after إن/أن or a verb of stance (`country` in
 * arabic-shape.ts), not the Maghreb, nor the sunset whose time comes after it or which agrees as a
 * feminine (prayerAgrees).
 */
export const actor: ShapeCue = (words, chars, length, tok, s, e) => {
  if (s !== tok) return false;
  const before = wordBefore(chars, tok);
  const particle = inSet(words.subjectParticles, before);
  if (!particle && !inSet(STANCES, before)) return false;
  if (particle && prayerAgrees(words, chars, length, e)) return false;
  return !words.comes.has(wordAfter(chars, length, e)) && !maghreb(words, chars, length, tok, s, e);
};
