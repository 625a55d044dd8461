/**
 * A place name that names a street or a district (issue 16, redteam16 class 13): « la rue de Rabat »,
 * « 14, avenue d'Alger », شارع الرباط في الخرطوم, حي الجزائر في بغداد. Read by address-shape.ts's
 * gazetteer for every country and capital of countries.ts: the name is the street's, not the city's
 * or the country's.
 *
 * - Arabic: a singular street or district noun without its article governs the name directly (a
 *   construct: شارع الرباط, بشارع الجزائر), unless a government's act follows the name.
 * - French: a street noun, then de, du, des or d', then the name, the noun not after an indefinite or a
 *   demonstrative determiner (« une rue de Rabat », « cette avenue d'Alger » are streets in the city).
 *   "The main avenue of Rabat" (an adjective between) and the plural (les rues de Rabat) stay the city's.
 * English writes "Rabat Street", a longer name that name-shape.ts reads already.
 *
 * Pure: reads the original text right before a mention; knows nothing of the DOM.
 */
import { spacesAfter, spacesBefore, wordBefore } from './latin-words';
import { foldString } from './normalise';

const folded = (words: readonly string[]): Set<string> => new Set(words.map((w) => foldString(w)));

/** Arabic street, square and district nouns (Maghreb forms too: نهج in Tunisia, زنقة and درب in Morocco). */
const ARABIC_STREETS = folded(['شارع', 'حي', 'ساحة', 'ميدان', 'نهج', 'زنقة', 'درب', 'جادة', 'زقاق']);
/** French street nouns, singular. Not "route" (la route de Rabat leads to the city) nor "place" (la place de Rabat, its role). */
const FRENCH_STREETS = folded(['rue', 'avenue', 'av', 'boulevard', 'bd', 'impasse', 'allée', 'quai', 'ruelle']);
/** The de between a street noun and its name, with the article's contractions (rue du Maroc). */
const FRENCH_OF = folded(['de', 'du', 'des']);
/** Determiners that make the street one of the city's (une rue de Rabat, cette avenue d'Alger). */
const CITY_DETERMINERS = folded(['une', 'un', 'cette', 'chaque', 'quelle', 'quelque', 'autre', 'grande', 'principale']);

/** An Arabic proclitic preposition or conjunction (و، ف، ب، ل) opening a word. */
const PROCLITIC = /^[\u0648\u0641\u0628\u0644]/u;
const ARABIC_LETTER = /^[\u0621-\u064a]/u;

/** A word without its elided article (l'avenue → avenue). */
const unelided = (w: string): string => (/^[ldLD][’']/u.test(w) ? w.slice(2) : w);

/**
 * Whether the place name at text[start, end) names a street or a district. `fold` folds a word
 * (AddressShape's remembering one); `isAct` tells a government's act (folded) after an Arabic name.
 */
export function namesStreet(
  text: string,
  start: number,
  end: number,
  fold: (w: string) => string,
  isAct: (folded: string) => boolean,
): boolean {
  const gap = spacesBefore(text, start);
  if (gap < start) {
    const head = wordBefore(text, gap);
    if (head === null) return false;
    const w = head.word;
    if (ARABIC_LETTER.test(w)) {
      const f = fold(w);
      const street = ARABIC_STREETS.has(f) || (f.length >= 3 && PROCLITIC.test(f) && ARABIC_STREETS.has(f.slice(1)));
      return street && !actAfter(text, end, fold, isAct);
    }
    // rue de Rabat, rue du Maroc, avenue des États-Unis: the de, then the street noun.
    return w.length <= 3 && FRENCH_OF.has(fold(w)) && frenchStreet(text, head.start, fold);
  }
  // avenue d'Alger: the elided de written against the name.
  const d = wordBefore(text, start);
  return d !== null && d.word.length === 2 && /^d[’']$/iu.test(d.word) && frenchStreet(text, d.start, fold);
}

/** Whether a French street noun, not after a determiner of CITY_DETERMINERS, ends right before `to` (spaces between). */
function frenchStreet(text: string, to: number, fold: (w: string) => string): boolean {
  const gap = spacesBefore(text, to);
  if (gap === to) return false;
  const noun = wordBefore(text, gap);
  if (noun === null || !FRENCH_STREETS.has(fold(unelided(noun.word)))) return false;
  if (unelided(noun.word) !== noun.word) return true; // l'avenue: a definite article
  const g = spacesBefore(text, noun.start);
  const det = g < noun.start ? wordBefore(text, g) : null;
  return det === null || !CITY_DETERMINERS.has(fold(det.word));
}

/** Whether the word right after `end` is a government's act (حي الجزائر… would not act; الجزائر ترحب does). */
function actAfter(text: string, end: number, fold: (w: string) => string, isAct: (folded: string) => boolean): boolean {
  const p = spacesAfter(text, end);
  if (p === end) return false;
  let q = p;
  while (q < text.length && ARABIC_LETTER.test(text[q]!)) q++;
  return q > p && isAct(fold(text.slice(p, q)));
}
