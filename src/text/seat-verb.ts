/**
 * Whether a seat of government written in Latin letters (the Kremlin) is the subject of a finite verb
 * of its own, which makes it the government whatever sight words stand near (mend20b): "Behind its
 * walls, the Kremlin stated…", "The Kremlin, whose red walls face Red Square, warned…", « Derrière ses
 * murailles, le Kremlin a fait savoir… ». A list of acts always misses verbs, so the verb is known by its
 * place and form: after the name (past an aside between commas, an auxiliary, an adverb), a past or a
 * present in -s, an irregular past, any participle after has or « a », a French present after « le
 * Kremlin ». A sight's verbs (opens, houses, stands, « ouvre ») and a copula (is closed, was rebuilt)
 * are the building's; so is a name after a preposition (Visitors to the Kremlin…) or before 's.
 *
 * Pure: reads the original text after the name; knows nothing of the DOM.
 */
import { recordSet } from './folded-words';
import { spacesAfter, spacesBefore, unelided, wordAfter, wordBefore } from './latin-words';
import type { SeatVerbWords } from './seat-verb-words';

/** seatVerb's word sets, built once from the record's lists (seat-verb-words.ts, as written). */
export function seatVerbSets(w: SeatVerbWords) {
  return {
    siteVerbs: recordSet(w.seatSightVerbs),
    copulas: recordSet(w.seatCopulas),
    reported: recordSet(w.seatReported),
    auxiliaries: recordSet(w.seatAuxiliaries),
    perfect: recordSet(w.seatPerfect),
    adverbs: recordSet(w.seatAdverbs),
    reflexive: recordSet(w.seatReflexive),
    irregular: recordSet(w.seatIrregular),
    notVerbs: recordSet(w.seatNotVerbs),
    prepositions: recordSet(w.seatPrepositions),
  };
}
export type SeatVerbSets = ReturnType<typeof seatVerbSets>;

/** A participle's endings, English and French (warned, shown, done; démenti, annoncé, fait, pris, ouvert). */
const PARTICIPLE = /(?:ed|en|wn|ne|é|i|u|is|it|ert|int)$/u;
const ARTICLES = new Set(['the', 'le']);
/** The seat's city, written before it (the Moscow Kremlin) or after it (le Kremlin de Moscou). */
const CITY = new Set(['Moscow', 'Moscou']);
const CITY_AFTER = /^ (?:of|de) (?:Moscow|Moscou)\b/u;
/** How many words an aside between commas may hold ("The Kremlin, whose red walls … Red Square, warned"). */
const ASIDE_WORDS = 14;
/** How many adverbs or auxiliaries may stand before the verb. */
const STEPS = 4;

/** Whether `w` (lower case) has an English past's or third person's form: warned, backs, denies. */
const englishFinite = (w: string, irregular: ReadonlySet<string>): boolean =>
  irregular.has(w) ||
  (w.length > 4 && w.endsWith('ed')) ||
  (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'));
/** Whether `w` (lower case) has a French present's form: dément, accuse, répond, soutient. */
const frenchFinite = (w: string): boolean => /(?:e|t|d)$/u.test(w) && w.length > 3;

/**
 * Whether the seat named at text[start, end) is the subject of a finite verb of its own. `nouns`: the
 * sight's nouns (folded), which after the name make a compound (the Kremlin walls), no verb. `s`: the
 * word sets (seatVerbSets).
 */
export function seatVerb(
  text: string,
  start: number,
  end: number,
  nouns: (w: string) => boolean,
  s: SeatVerbSets,
): boolean {
  // The Kremlin's fortress economy, Kremlin-backed: a modifier, no subject.
  const c = text.charCodeAt(end);
  if (c === 0x27 || c === 0x2019 || c === 0x2d) return false;
  // The match may hold its article (Le Kremlin): the words before are read from the name itself.
  const held = /^(?:the|le) /iu.test(text.slice(start, start + 4));
  let prev = wordBefore(text, spacesBefore(text, start));
  // The Moscow Kremlin, le Kremlin de Moscou: the city is part of the name.
  if (prev !== null && CITY.has(prev.word)) prev = wordBefore(text, spacesBefore(text, prev.start));
  let french = /^le /iu.test(text.slice(start, start + 3));
  if (!held && prev !== null && ARTICLES.has(prev.word.toLowerCase())) {
    french = prev.word.toLowerCase() === 'le';
    prev = wordBefore(text, spacesBefore(text, prev.start));
  }
  if (prev !== null && s.prepositions.has(unelided(prev.word).toLowerCase())) return false;
  const city = CITY_AFTER.exec(text.slice(end, end + 12));
  let p = skipAside(text, end + (city === null ? 0 : city[0].length));
  if (p < 0) return false;
  let aux = false;
  let perfect = false;
  let copula = false;
  for (let k = 0; k <= STEPS; k++) {
    const w = wordAfter(text, spacesAfter(text, p));
    if (w === null) return false;
    p = w.end;
    const lower = w.word.toLowerCase();
    if (lower[0] !== w.word[0]) return false; // a capitalised name or title (the Kremlin Armoury)
    if (s.adverbs.has(lower) || (lower.length > 4 && lower.endsWith('ly'))) continue;
    if (s.reflexive.has(lower)) {
      aux = true;
      continue;
    }
    if (s.copulas.has(lower)) {
      if (aux && french) continue; // s'est dit, se serait
      copula = true;
      continue;
    }
    if (copula) return s.reported.has(lower);
    if (s.auxiliaries.has(lower) || (lower === 'est' && aux)) {
      perfect = s.perfect.has(lower);
      aux = true;
      p = skipAside(text, p);
      if (p < 0) return false;
      continue;
    }
    if (s.notVerbs.has(lower) || s.siteVerbs.has(lower) || nouns(lower)) return false;
    // "has twenty towers", « a vingt tours »: have as a verb of its own, no auxiliary.
    if (perfect) return s.irregular.has(lower) || PARTICIPLE.test(lower);
    return aux || englishFinite(lower, s.irregular) || (french && frenchFinite(lower));
  }
  return false;
}

/** Where the words after `p` go on past an aside between commas (`p` when none opens there), or -1. */
function skipAside(text: string, p: number): number {
  const q = spacesAfter(text, p);
  if (text.charCodeAt(q) !== 0x2c) return p;
  let words = 0;
  for (let i = q + 1; i < text.length && words <= ASIDE_WORDS; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) return i + 1;
    if (c === 0x2e || c === 0x3b || c === 0x3f || c === 0x21 || c === 0x0a) return -1;
    if (c === 0x20) words++;
  }
  return -1;
}
