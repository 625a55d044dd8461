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
import { spacesAfter, spacesBefore, unelided, wordAfter, wordBefore } from './latin-words';

/** A sight's own verbs: what the building does or is (opens at 10am, houses the Armoury, « ouvre »). */
const SITE_VERBS = new Set([
  ...['opens', 'open', 'opened', 'closes', 'closed', 'houses', 'housed', 'stands', 'stood', 'dates', 'dated'],
  ...['lies', 'sits', 'rises', 'overlooks', 'faces', 'contains', 'includes', 'attracts', 'covers', 'towers'],
  ...['dominates', 'dominated', 'overlooked'],
  ...['boasts', 'features', 'looms', 'remains', 'remained', 'welcomes', 'draws', 'spans', 'survived'],
  ...['ouvre', 'ferme', 'abrite', 'domine', 'accueille', 'compte', 'surplombe', 'reste', 'demeure', 'attire'],
  ...['visite', 'visitent'],
]);
/** A copula or passive: the seat is described, not acting (is closed, was rebuilt, « est ouvert »). */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'est', 'était', 'fut', 'sera']);
/** Passives of report after a copula, which leave the seat the government (the Kremlin is said to…). */
const REPORTED = new Set(['said', 'reported', 'believed', 'understood', 'expected', 'thought', 'known']);
/** Auxiliaries and modals: the next verb word is the seat's own (has rebuilt, « a démenti », will decide). */
const AUXILIARIES = new Set([
  ...['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does'],
  ...['a', 'avait', 'aura', 'aurait', 'va', 'allait', 'vient', 'doit', 'pourrait', 'peut', "n'a", 'n’a'],
]);
/** Auxiliaries of a perfect, also verbs of their own (has twenty towers): a participle must follow. */
const PERFECT = new Set(['has', 'have', 'had', 'a', 'avait', 'aura', 'aurait', "n'a", 'n’a']);
/** A participle's endings, English and French (warned, shown, done; démenti, annoncé, fait, pris, ouvert). */
const PARTICIPLE = /(?:ed|en|wn|ne|é|i|u|is|it|ert|int)$/u;
/** Adverbs and negations between the name or an auxiliary and the verb (has long courted, « n'a pas »). */
const ADVERBS = new Set([
  ...['also', 'then', 'again', 'already', 'still', 'never', 'not', 'long', 'later', 'now', 'once', 'even'],
  ...['ne', "n'", 'pas', 'jamais', 'encore', 'déjà', 'longtemps', 'toujours', 'aussi', 'également', 'alors'],
  ...['aussitôt', 'plus', 'enfin', 'vite'],
  ...['officially', 'publicly', 'formally', 'swiftly', 'quickly', 'immediately'],
  ...['ensuite', 'officiellement', 'publiquement', 'formellement', 'rapidement', 'immédiatement'],
]);
/** Reflexive pronouns before a French verb, whose « est » is then an auxiliary (s'est dit, se félicite). */
const REFLEXIVE = new Set(['se', "s'est", 's’est', "s'", 's’']);
/** Irregular English pasts (most verbs' pasts end in -ed). */
const IRREGULAR = new Set([
  ...['said', 'told', 'kept', 'sent', 'made', 'took', 'gave', 'held', 'won', 'saw', 'knew', 'thought'],
  ...['sought', 'spoke', 'wrote', 'met', 'led', 'let', 'put', 'set', 'began', 'chose', 'struck', 'bought'],
  ...['paid', 'left', 'brought', 'fought', 'felt', 'lost', 'found', 'got', 'withdrew', 'built', 'rebuilt'],
  ...['meant', 'hit', 'cut', 'ran', 'forbade', 'undertook', 'swore', 'shut'],
]);
/** Words that are no verb after the name: prepositions, conjunctions, relatives, articles, adjectives. */
const NOT_VERBS = new Set([
  ...['of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'as', 'by', 'that', 'which', 'who'],
  ...['whose', 'where', 'when', 'this', 'its', 'his', 'their', 'press', 'grounds', 'gardens', 'gates', 'domes'],
  ...['palaces', 'churches', 'bells', 'chimes', 'stars', 'guards', 'archives', 'collections', 'treasures'],
  ...['de', 'du', 'des', 'et', 'ou', 'en', 'à', 'au', 'aux', 'dans', 'sur', 'pour', 'par', 'avec', 'qui', 'que'],
  ...['dont', 'où', 'le', 'la', 'les', 'un', 'une', 'rouge', 'russe', 'même', 'entier', 'tout', 'toute'],
  ...['comme', 'lui-même'],
]);
/** Prepositions before the name (or its article): the name is their object, not a subject. */
const PREPOSITIONS = new Set([
  ...['of', 'to', 'from', 'in', 'at', 'inside', 'behind', 'outside', 'around', 'near', 'into', 'within', 'on'],
  ...['with', 'for', 'by', 'about', 'toward', 'towards', 'beyond', 'past', 'along', 'visit', 'visiting', 'visited'],
  ...['de', 'du', 'à', 'au', 'dans', 'derrière', 'près', 'vers', 'pour', 'par', 'sur', 'sous', 'avec', 'devant'],
]);
const ARTICLES = new Set(['the', 'le']);
/** The seat's city, written before it (the Moscow Kremlin) or after it (le Kremlin de Moscou). */
const CITY = new Set(['Moscow', 'Moscou']);
const CITY_AFTER = /^ (?:of|de) (?:Moscow|Moscou)\b/u;
/** How many words an aside between commas may hold ("The Kremlin, whose red walls … Red Square, warned"). */
const ASIDE_WORDS = 14;
/** How many adverbs or auxiliaries may stand before the verb. */
const STEPS = 4;

/** Whether `w` (lower case) has an English past's or third person's form: warned, backs, denies. */
const englishFinite = (w: string): boolean =>
  IRREGULAR.has(w) ||
  (w.length > 4 && w.endsWith('ed')) ||
  (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'));
/** Whether `w` (lower case) has a French present's form: dément, accuse, répond, soutient. */
const frenchFinite = (w: string): boolean => /(?:e|t|d)$/u.test(w) && w.length > 3;

/**
 * Whether the seat named at text[start, end) is the subject of a finite verb of its own. `nouns`: the
 * sight's nouns (folded), which after the name make a compound (the Kremlin walls), no verb.
 */
export function seatVerb(text: string, start: number, end: number, nouns: (w: string) => boolean): boolean {
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
  if (prev !== null && PREPOSITIONS.has(unelided(prev.word).toLowerCase())) return false;
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
    if (ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly'))) continue;
    if (REFLEXIVE.has(lower)) {
      aux = true;
      continue;
    }
    if (COPULAS.has(lower)) {
      if (aux && french) continue; // s'est dit, se serait
      copula = true;
      continue;
    }
    if (copula) return REPORTED.has(lower);
    if (AUXILIARIES.has(lower) || (lower === 'est' && aux)) {
      perfect = PERFECT.has(lower);
      aux = true;
      p = skipAside(text, p);
      if (p < 0) return false;
      continue;
    }
    if (NOT_VERBS.has(lower) || SITE_VERBS.has(lower) || nouns(lower)) return false;
    // "has twenty towers", « a vingt tours »: have as a verb of its own, no auxiliary.
    if (perfect) return IRREGULAR.has(lower) || PARTICIPLE.test(lower);
    return aux || englishFinite(lower) || (french && frenchFinite(lower));
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
