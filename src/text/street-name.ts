/**
 * A place name that names a street or a district (issue 16, redteam16 class 13): « la rue de Rabat »,
 * « 14, avenue d'Alger », شارع الرباط في الخرطوم, حي الجزائر في بغداد. Read by address-shape.ts's
 * gazetteer for every country and capital of countries.ts: the name is the street's, not the city's
 * or the country's.
 *
 * - Arabic: a singular street or district noun without its article governs the name directly (a
 *   construct: شارع الرباط, بشارع الجزائر), unless a government's act follows the name, or the
 *   construct opens its sentence as the subject with no place after it (شارع الرباط ينتفض: the
 *   street as the city's people).
 * - French: a street noun, then de, du, des or d', then the name, with an address's sign: no article
 *   before the noun (« défilé rue de Rabat »), a house number or a place preposition before it
 *   (« au 14, avenue d'Alger », « dans la rue de Rabat »), or « à » and a city after the name. A
 *   definite « la rue de Rabat » without one is the city's people (« la rue de Rabat manifeste »);
 *   an indefinite or a demonstrative (« une rue de Rabat », « cette avenue d'Alger ») is a street in
 *   the city. "The main avenue of Rabat" (an adjective between) and the plural stay the city's.
 * English writes "Rabat Street", a longer name that name-shape.ts reads already.
 *
 * Pure: reads the original text right before a mention; knows nothing of the DOM.
 */
import { isUpper, spacesAfter, spacesBefore, unelided, wordBefore } from './latin-words';
import { foldedSet, foldString } from './normalise';

/** Arabic street, square and district nouns (Maghreb forms too: نهج in Tunisia, زنقة and درب in Morocco). */
const ARABIC_STREETS = foldedSet(['شارع', 'حي', 'ساحة', 'ميدان', 'نهج', 'زنقة', 'درب', 'جادة', 'زقاق']);
/** French street nouns, singular. Not "route" (la route de Rabat leads to the city) nor "place" (la place de Rabat, its role). */
const FRENCH_STREETS = foldedSet(['rue', 'avenue', 'av', 'boulevard', 'bd', 'impasse', 'allée', 'quai', 'ruelle']);
/** The de between a street noun and its name, with the article's contractions (rue du Maroc). */
const FRENCH_OF = foldedSet(['de', 'du', 'des']);
/** Determiners that make the street one of the city's (une rue de Rabat, cette avenue d'Alger). */
const CITY_DETERMINERS = foldedSet([
  'une',
  'un',
  'cette',
  'chaque',
  'quelle',
  'quelque',
  'autre',
  'grande',
  'principale',
]);

/** An Arabic proclitic preposition or conjunction (و، ف، ب، ل) opening a word. */
const PROCLITIC = /^[\u0648\u0641\u0628\u0644]/u;
const ARABIC_LETTER = /^[\u0621-\u064a]/u;

/** Definite articles before a street noun: without an address's sign, the street is the city's people. */
const DEFINITE = foldedSet(['la', 'le', 'l']);
/** Place prepositions before a street noun and its article: the street is where something is (dans la rue de Rabat). */
const PLACE_PREPOSITIONS = foldedSet(['dans', 'sur', 'à', 'au', 'devant', 'vers', 'depuis', 'près', 'via', 'jusqu']);
/** Arabic place words after the name: the street is in another city (شارع الرباط في الخرطوم). */
const ARABIC_IN = foldString('في');
const ARABIC_BI = 0x628;

/**
 * Whether the place name at text[start, end) names a street or a district. `fold` folds a word
 * (AddressShape's remembering one); `isAct` tells a government's act (folded) after an Arabic name.
 * Called for every country and capital mention: a code unit before the name rejects most at no cost.
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
    const c = text.charCodeAt(gap - 1);
    const arabic = c >= 0x621 && c <= 0x64a;
    // de, du, des end in e, u or s; a street noun in an Arabic letter.
    if (!arabic && c !== 0x65 && c !== 0x75 && c !== 0x73) return false;
    const head = wordBefore(text, gap);
    if (head === null) return false;
    const w = head.word;
    if (arabic) {
      const f = fold(w);
      const street = ARABIC_STREETS.has(f) || (f.length >= 3 && PROCLITIC.test(f) && ARABIC_STREETS.has(f.slice(1)));
      return street && !actAfter(text, end, fold, isAct) && !arabicSubject(text, head.start, end, fold);
    }
    // rue de Rabat, rue du Maroc, avenue des États-Unis: the de, then the street noun.
    return w.length <= 3 && FRENCH_OF.has(fold(w)) && frenchStreet(text, head.start, end, fold);
  }
  // avenue d'Alger: the elided de written against the name.
  const a = text.charCodeAt(start - 1);
  if (a !== 0x2019 && a !== 0x27) return false;
  const d = wordBefore(text, start);
  return d !== null && d.word.length === 2 && /^d[’']$/iu.test(d.word) && frenchStreet(text, d.start, end, fold);
}

/**
 * Whether a French street noun ends right before `to` (spaces between) with an address's sign:
 * no determiner, a house number or a place preposition before it, or « à » after the name (`end`).
 */
function frenchStreet(text: string, to: number, end: number, fold: (w: string) => string): boolean {
  const gap = spacesBefore(text, to);
  if (gap === to) return false;
  const noun = wordBefore(text, gap);
  if (noun === null || !FRENCH_STREETS.has(fold(unelided(noun.word)))) return false;
  const elided = unelided(noun.word) !== noun.word; // l'avenue: a definite article
  const g = spacesBefore(text, noun.start);
  const det = elided ? null : g < noun.start ? wordBefore(text, g) : null;
  if (det !== null && CITY_DETERMINERS.has(fold(det.word))) return false;
  if (!elided && (det === null || !DEFINITE.has(fold(det.word)))) return true; // défilé rue de Rabat, 14, avenue
  const article = elided ? noun.start : det!.start;
  return placeBefore(text, article, fold) || cityAfter(text, end);
}

/** Whether a place preposition or a house number (14, avenue) stands right before `at`. */
function placeBefore(text: string, at: number, fold: (w: string) => string): boolean {
  let g = spacesBefore(text, at);
  if (text.charCodeAt(g - 1) === 0x2c) g = spacesBefore(text, g - 1);
  const c = text.charCodeAt(g - 1);
  if (c >= 0x30 && c <= 0x39) return true;
  const w = g < at ? wordBefore(text, g) : null;
  return w !== null && PLACE_PREPOSITIONS.has(fold(unelided(w.word)));
}

/** Whether « à » and a capitalised word follow the name ending at `end`, a comma between or not (rue de Rabat, à Tunis). */
function cityAfter(text: string, end: number): boolean {
  let p = spacesAfter(text, end);
  if (text.charCodeAt(p) === 0x2c) p = spacesAfter(text, p + 1);
  if (text.charCodeAt(p) !== 0xe0 && text.charCodeAt(p) !== 0xc0) return false;
  const q = spacesAfter(text, p + 1);
  return q > p + 1 && isUpper(text[q]);
}

/**
 * Whether the Arabic construct at text[noun, end) opens its sentence with no place after it: the
 * subject, the street as the city's people (شارع الرباط ينتفض), not an address (شارع الرباط في الخرطوم).
 */
function arabicSubject(text: string, noun: number, end: number, fold: (w: string) => string): boolean {
  const g = spacesBefore(text, noun);
  if (g > 0 && !/[.!?؟\n\r"“«(:]/u.test(text[g - 1]!)) return false;
  const p = spacesAfter(text, end);
  if (p === end || text.charCodeAt(p) === ARABIC_BI) return false;
  let q = p;
  while (q < text.length && ARABIC_LETTER.test(text[q]!)) q++;
  return q > p && fold(text.slice(p, q)) !== ARABIC_IN;
}

/** Whether the word right after `end` is a government's act (حي الجزائر… would not act; الجزائر ترحب does). */
function actAfter(text: string, end: number, fold: (w: string) => string, isAct: (folded: string) => boolean): boolean {
  const p = spacesAfter(text, end);
  if (p === end) return false;
  let q = p;
  while (q < text.length && ARABIC_LETTER.test(text[q]!)) q++;
  return q > p && isAct(fold(text.slice(p, q)));
}
