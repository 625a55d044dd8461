/**
 * A company's former name: a one-word name right after "formerly known as", « anciennement (appelé) » or
 * «المعروفة سابقا باسم», whose company noun stands just before the phrase ("APA Corp., the producer formerly
 * known as Apache", « le producteur américain APA, anciennement Apache »), is that company's old name, not the pack's
 * entity, whatever the page says of helicopters elsewhere. A longer name (Spanish Sahara, Apache Longbow) is
 * no company's. Renamed organisations keep their story: name-shape.ts asks this of weapons and places only.
 */
import { nameCharAt, sepWordsBefore, spaced, type SepWord } from './latin-words';

/**
 * The phrases, as their words read backwards from the name (lower-cased); `|` separates the forms a word may
 * take. Not "called", "named", « nommé » or a bare "formerly": they appoint and describe ("previously named
 * Michael Langley to its board"), and a bare adverb is as often "previously led".
 */
const PHRASES: readonly (readonly (readonly string[])[])[] = [
  ['as', 'known', 'formerly|previously'],
  ["de|d'|d’", 'nom', 'le', 'sous', 'connu|connue|connus|connues', 'anciennement|autrefois'],
  ['appelé|appelée|appelés|appelées', 'anciennement'],
  ['anciennement'],
  ['باسم', 'سابقا|سابقاً', 'المعروف|المعروفة'],
].map((p) => p.map((w) => w.split('|')));

/**
 * Nouns and legal forms of a company, lower-cased; Arabic without its article. Not "group" (« groupe »,
 * مجموعة) nor "shares": a paramilitary group is renamed too, and shares are not the company.
 */
const COMPANY_WORDS = new Set<string>([
  ...['company', 'firm', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'producer', 'explorer', 'driller'],
  ...['refiner', 'maker', 'manufacturer', 'carrier', 'airline', 'retailer', 'brand', 'bank', 'insurer'],
  ...['société', 'entreprise', 'firme', 'compagnie', 'pétrolier', 'producteur', 'fabricant', 'constructeur'],
  ...['marque', 'enseigne', 'banque', 'assureur'],
  ...['شركة', 'منتج', 'مصنع', 'مصرف', 'بنك'],
]);
/** Arabic proclitics and the article before a company's noun: وللشركة، بالشركة، المنتج (tried besides the word). */
const ARABIC_PREFIX = /^[وف]?(?:[بل]?ال|لل|[بل])/u;
/** Arabic short vowels and tanwin (سابقاً): part of the word they sit on. */
const wordUnit = (text: string, p: number): boolean => {
  const c = text.charCodeAt(p);
  return nameCharAt(text, p) || (c >= 0x64b && c <= 0x65f);
};
/** Between a phrase and the name: spaces, and an opening quote (« Wagner », "Apache"). */
const BEFORE_NAME = /^[ \u00a0]*[«"“‘]?[ \u00a0]*$/u;
/** Between the company's words and the phrase: spaces, after a comma or not (APA, anciennement). */
const BEFORE_PHRASE = /^[,،]?[ \u00a0]+$/u;

const isCompany = (w: string): boolean => {
  const lower = w.toLowerCase();
  return COMPANY_WORDS.has(lower) || COMPANY_WORDS.has(lower.replace(ARABIC_PREFIX, ''));
};

/** How many of `words` (nearest first) a phrase takes, 0 for none. */
function phraseLength(words: readonly SepWord[]): number {
  const first = words[0];
  if (first === undefined) return 0;
  const elided = first.sep === '' && /['’]$/u.test(first.word);
  if (!elided && (first.sep === '' || !BEFORE_NAME.test(first.sep))) return 0;
  for (const phrase of PHRASES) {
    const fits = phrase.every((forms, i) => {
      const w = words[i];
      return w !== undefined && (i === 0 || spaced(w.sep)) && forms.includes(w.word.toLowerCase());
    });
    if (fits) return phrase.length;
  }
  return 0;
}

/** Whether the one-word mention text[start, end) is a company's former name (above). */
export function formerName(text: string, start: number, end: number): boolean {
  if (/[ \u00a0]/u.test(text.slice(start, end))) return false;
  // Most mentions have no phrase's last word before them: one word read, not eight.
  const next = sepWordsBefore(text, start, 1, 120, wordUnit)[0]?.word.toLowerCase() ?? '';
  if (!PHRASES.some((p) => p[0]!.includes(next))) return false;
  const words = sepWordsBefore(text, start, 8, 120, wordUnit);
  const n = phraseLength(words);
  if (n === 0) return false;
  // The company's noun before the phrase, up to two words of its own between (its new name, an adjective,
  // an Arabic complement): « le producteur américain APA, anciennement », منتج النفط المعروف. Only spaces
  // join them: a comma or a stop before them ends another clause (Selon la société d'analyse, la milice…).
  for (let i = n; i < n + 3; i++) {
    const w = words[i];
    if (w === undefined || !(i === n ? BEFORE_PHRASE.test(w.sep) : spaced(w.sep))) return false;
    if (isCompany(w.word)) return true;
  }
  return false;
}
