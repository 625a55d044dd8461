/**
 * A company's former name: a one-word name right after "formerly known as", « anciennement (appelé) » or
 * «المعروفة سابقا باسم», whose company noun stands just before the phrase ("APA Corp., the producer formerly
 * known as Apache", « le producteur américain APA, anciennement Apache »), is that company's old name, not the pack's
 * entity, whatever the page says of helicopters elsewhere. A longer name (Spanish Sahara, Apache Longbow) is
 * no company's. Renamed organisations keep their story: name-shape.ts asks this of weapons and places only.
 */
import { recordSet } from './folded-words';
import type { FormerNameWords } from './former-name-words';
import { nameCharAt, sepWordsBefore, spaced, type SepWord } from './latin-words';

/** The record's lists (former-name-words.ts) as formerName reads them. */
export interface FormerNames {
  /** Per phrase, its words backwards from the name, each the forms it may take. */
  phrases: readonly (readonly (readonly string[])[])[];
  companies: ReadonlySet<string>;
  /** Every form of a phrase's word nearest the name: the one word read before most mentions. */
  lasts: ReadonlySet<string>;
  /**
   * The first (bit 1) and the last (bit 2) units of `lasts`, by unit below U+0700: a word starting or ending
   * otherwise, in either case, is none of them.
   */
  ends: Uint8Array;
}

/** The FormerNames of the record's lists: the forms split at `|`, the company words a set. */
export function formerNames(words: FormerNameWords): FormerNames {
  const phrases = words.phrases.map((p) => p.map((w) => w.split('|')));
  const lasts = new Set(phrases.flatMap((p) => p[0]!));
  // Only units `lowered` keeps (all below U+0700) are looked up: the others are left out.
  const ends = new Uint8Array(0x700);
  const mark = (c: number, bit: number): void => {
    if (c < 0x700) ends[c]! |= bit;
  };
  for (const w of lasts) {
    mark(w.charCodeAt(0), 1);
    mark(w.charCodeAt(w.length - 1), 2);
  }
  return { phrases, companies: recordSet(words.companies), lasts, ends };
}

/** A unit as toLowerCase lowers it: ASCII (A–Z by |0x20) and the Arabic block (no case); -1 for any other. */
const lowered = (c: number): number =>
  c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c | 0x20 : c) : c >= 0x600 && c <= 0x6ff ? c : -1;

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

const isCompany = (w: string, companies: ReadonlySet<string>): boolean => {
  const lower = w.toLowerCase();
  return companies.has(lower) || companies.has(lower.replace(ARABIC_PREFIX, ''));
};

/** How many of `words` (nearest first) a phrase takes, 0 for none. */
function phraseLength(words: readonly SepWord[], phrases: FormerNames['phrases']): number {
  const first = words[0];
  if (first === undefined) return 0;
  const elided = first.sep === '' && /['’]$/u.test(first.word);
  if (!elided && (first.sep === '' || !BEFORE_NAME.test(first.sep))) return 0;
  for (const phrase of phrases) {
    const fits = phrase.every((forms, i) => {
      const w = words[i];
      return w !== undefined && (i === 0 || spaced(w.sep)) && forms.includes(w.word.toLowerCase());
    });
    if (fits) return phrase.length;
  }
  return 0;
}

/** Whether the one-word mention text[start, end) is a company's former name (above). */
export function formerName(text: string, start: number, end: number, names: FormerNames): boolean {
  // Most mentions have no phrase's last word before them: that word read in place, as sepWordsBefore's
  // first would be, and looked up among the last words' forms; eight read only when it is one. Its last
  // and first units, lowered, end and start no such form for most words: no slice made. A unit `lowered`
  // leaves (-1) is left to the look-up.
  let p = start;
  const reach = Math.max(0, start - 120);
  while (p > reach && !wordUnit(text, p - 1)) p--;
  const w = p;
  if (w === reach) return false;
  const z = lowered(text.charCodeAt(w - 1));
  if (z >= 0 && (names.ends[z]! & 2) === 0) return false;
  while (p > reach && wordUnit(text, p - 1)) p--;
  const a = lowered(text.charCodeAt(p));
  if (a >= 0 && (names.ends[a]! & 1) === 0) return false;
  if (!names.lasts.has(text.slice(p, w).toLowerCase())) return false;
  // A longer name (Spanish Sahara) is no company's: read after the word before, which rejects more names.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0xa0) return false;
  }
  const words = sepWordsBefore(text, start, 8, 120, wordUnit);
  const n = phraseLength(words, names.phrases);
  if (n === 0) return false;
  // The company's noun before the phrase, up to two words of its own between (its new name, an adjective,
  // an Arabic complement): « le producteur américain APA, anciennement », منتج النفط المعروف. Only spaces
  // join them: a comma or a stop before them ends another clause (Selon la société d'analyse, la milice…).
  for (let i = n; i < n + 3; i++) {
    const w = words[i];
    if (w === undefined || !(i === n ? BEFORE_PHRASE.test(w.sep) : spaced(w.sep))) return false;
    if (isCompany(w.word, names.companies)) return true;
  }
  return false;
}
