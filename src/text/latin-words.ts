/**
 * The shape of words in Latin-script text, read on the original text since the evidence is case:
 * capitalised words, sentence starts, titles and dates. Shared by the cues that tell a name from
 * part of another name (namesakes.ts: another person's surname; name-shape.ts: a longer proper name).
 */

/** Capitalised words that stand before a name without being part of it: titles and ranks (English and French). */
export const TITLES = new Set<string>([
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
 * Titles of TITLES that the story's people (three generals) never bear: civic offices, the clergy, the
 * courts, the police, academia, royalty. Before a lone surname they make it another bearer's (Mayor
 * Langley, Dr Anderson, Sénateur Milley); ranks, offices and "Mr" stay open to the story's man.
 */
export const CIVIC_TITLES = new Set<string>([
  ...['Bishop', 'Chancellor', 'Congressman', 'Congresswoman', 'Councillor', 'Detective', 'Docteur', 'Dr', 'Gov'],
  ...['Governor', 'Inspector', 'Judge', 'Justice', 'King', 'Lord', 'Mayor', 'Premier', 'Prince', 'Prof'],
  ...['Professor', 'Queen', 'Rep', 'Representative', 'Rev', 'Reverend', 'Sen', 'Senator', 'Sheriff', 'Sir'],
  ...['Speaker', 'Sénateur'],
]);

/** Days and months: after a surname they date what was said ("Anderson Tuesday said"). */
export const DATES = new Set<string>([
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

/** A word of the text and its original offsets: text[start, end). */
export interface Word {
  word: string;
  start: number;
  end: number;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0xa0;
/** \p{L} and \p{Lu}, tested in place (sticky, at lastIndex): no one-character string is made per test. */
const LETTER_AT = /\p{L}/uy;
const UPPER_AT = /\p{Lu}/uy;

/** Letter classes of the Latin blocks (below U+0250: accents of French and the like), computed once: bits of LATIN_*. */
const LATIN_LETTER = 1;
export const LATIN_UPPER = 2;
export const LATIN_LOWER = 4;
export const LATIN_CLASS: Readonly<Uint8Array> = Uint8Array.from({ length: 0x250 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return (
    (/\p{L}/u.test(ch) ? LATIN_LETTER : 0) |
    (/\p{Lu}/u.test(ch) ? LATIN_UPPER : 0) |
    (/\p{Ll}/u.test(ch) ? LATIN_LOWER : 0)
  );
});

/**
 * Whether text[i] is a letter (\p{L}): ASCII by range, the rest in place. Out of range, or a lone
 * surrogate (as text[i] reads one half of a pair), it is none.
 */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0x250) return (LATIN_CLASS[c]! & LATIN_LETTER) !== 0;
  if (c >= 0x621 && c <= 0x64a) return true; // the Arabic letters (and tatweel); the marks after them are none
  if (!(c < 0xd800 || c > 0xdfff)) return false; // NaN (out of range) too
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text);
}

/** Whether text[i] is an upper-case letter (\p{Lu}), as letterAt reads it. */
export function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c < 0x250) return (LATIN_CLASS[c]! & LATIN_UPPER) !== 0;
  if (c >= 0x600 && c <= 0x6ff) return false; // Arabic has no case
  if (!(c < 0xd800 || c > 0xdfff)) return false;
  UPPER_AT.lastIndex = i;
  return UPPER_AT.test(text);
}

/** The line around text[start, end) (ended by \n or \r), up to `reach` code units either side: [lo, hi). */
export function lineAround(text: string, start: number, end: number, reach: number): [number, number] {
  let lo = start;
  const min = Math.max(0, start - reach);
  while (lo > min && !lineBreakAt(text, lo - 1)) lo--;
  let hi = end;
  const max = Math.min(text.length, end + reach);
  while (hi < max && !lineBreakAt(text, hi)) hi++;
  return [lo, hi];
}

const lineBreakAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 0x0a || c === 0x0d;
};

/** Letters, apostrophes and hyphens inside a name (O'Neill, Jean-Pierre), at text[i]. */
export function nameCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2d || c === 0x27 || c === 0x2019 || letterAt(text, i);
}

/**
 * White space at text[p] as \s reads it, by code unit: tab to carriage return, the space separators
 * (Zs), the line and paragraph separators and the byte-order mark.
 * An expression run at every unit past U+00A0 after a name (address-shape.ts: every Arabic one) cost
 * 0.7 % of find.
 */
export function whiteAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) return true;
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/*
 * Regular expressions with \p{…} used in the hot paths are made once here: bundled for Node, esbuild
 * writes each literal as a `new RegExp` call, which a literal inside a function ran on every call.
 */
export const SOME_LOWER = /\p{Ll}/u;
const SOME_UPPER = /\p{Lu}/u;
export const isUpper = (c: string | undefined): boolean => c !== undefined && SOME_UPPER.test(c);
const TWO_UPPER = /\p{Lu}{2}/u;
const POSSESSIVE_END = /['’]s?$/u;

/**
 * A capitalised word: an upper-case letter, then name characters with some lower-case letter (not an
 * acronym), and not a possessive (the Pentagon's Milley, Africa Command's Anderson).
 */
export function capitalised(word: string): boolean {
  return upperAt(word, 0) && SOME_LOWER.test(word) && !TWO_UPPER.test(word) && !POSSESSIVE_END.test(word);
}

/** The word ending just before `end` (text[start, end)), or null when text[end - 1] is not a name character. */
export function wordBefore(text: string, end: number): Word | null {
  let i = end;
  while (i > 0 && nameCharAt(text, i - 1)) i--;
  return i < end ? { word: text.slice(i, end), start: i, end } : null;
}

/** The word starting at `start`, or null when text[start] is not a name character. */
export function wordAfter(text: string, start: number): Word | null {
  let i = start;
  while (i < text.length && nameCharAt(text, i)) i++;
  return i > start ? { word: text.slice(start, i), start, end: i } : null;
}

/** Capitalised definite articles: after a colon they open the clause, never a longer name's first word. */
const CLAUSE_ARTICLES = new Set(['The', 'Le', 'La', 'Les']);

/**
 * Whether the word at text[start, ...) is at the start of a sentence: first in the text, or after
 * the end of a sentence, a line break or an opening quote or bracket; or a capitalised article after
 * a colon, which opens the clause of a kicker, an answer or a post ("Exclusive: The Polisario…",
 * « Défense : Le Maroc… », « Karim : Les États-Unis… »). Another capitalised word after a colon may
 * be a given name ("Lineup: Daniel Rabat"), so only the article.
 */
export function sentenceInitial(text: string, start: number): boolean {
  const i = spacesBefore(text, start);
  if (i === 0) return true;
  // A hyphen between spaces is a dash (a wire's dateline: "DAKAR, Senegal - The …").
  if (text[i - 1] === '-' && i >= 2 && i < start && isSpace(text.charCodeAt(i - 2))) return true;
  if (text[i - 1] === ':' && CLAUSE_ARTICLES.has(wordAfter(text, start)?.word ?? '')) return true;
  return /[.!?…\n\r"“«(\[—–]/u.test(text[i - 1]!);
}

/**
 * Where the run of spaces ending at `end` starts (`end` itself when text[end - 1] is no space). Any
 * run counts as one gap, since a page passes each tab or line break as a space where the scan CLI
 * collapses them (src/cli/html-text.ts): both must read "Maroc   Telecom" as "Maroc Telecom".
 */
export function spacesBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the run of spaces starting at `start` ends (`start` itself when text[start] is no space). */
export function spacesAfter(text: string, start: number): number {
  let i = start;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The capitalised word separated by spaces only before `start`, if any. */
export function capitalisedBefore(text: string, start: number): Word | null {
  const gap = spacesBefore(text, start);
  if (gap === start) return null;
  let i = gap;
  while (i > 0 && nameCharAt(text, i - 1)) i--;
  // Most words beside a name open in lower case (or are Arabic): no word is made for them.
  if (i === gap || !upperAt(text, i)) return null;
  const word = text.slice(i, gap);
  return capitalised(word) ? { word, start: i, end: gap } : null;
}

/** The capitalised word separated by spaces only after `end`, if any. */
export function capitalisedAfter(text: string, end: number): Word | null {
  const gap = spacesAfter(text, end);
  if (gap === end || !upperAt(text, gap)) return null;
  const w = wordAfter(text, gap);
  return w !== null && capitalised(w.word) ? w : null;
}

/** A word of the text and the separator beside it: before it when read forwards, after it when read backwards. */
export interface SepWord {
  word: string;
  sep: string;
}

/** Whether text[p] belongs to a word: nameCharAt, or a reader's own class (address-shape.ts's isWordUnit). */
export type WordUnit = (text: string, p: number) => boolean;

/** Up to `max` words after `from`, within `reach` characters, each with the separator before it. */
export function sepWordsAfter(text: string, from: number, max: number, reach: number, unit: WordUnit): SepWord[] {
  const out: SepWord[] = [];
  let p = from;
  const end = Math.min(text.length, from + reach);
  while (out.length < max && p < end) {
    const s = p;
    while (p < end && !unit(text, p)) p++;
    const w = p;
    while (p < end && unit(text, p)) p++;
    if (p === w) break;
    out.push({ sep: text.slice(s, w), word: text.slice(w, p) });
  }
  return out;
}

/** Up to `max` words before `to`, within `reach` characters, nearest first, each with the separator after it. */
export function sepWordsBefore(text: string, to: number, max: number, reach: number, unit: WordUnit): SepWord[] {
  const out: SepWord[] = [];
  let p = to;
  const start = Math.max(0, to - reach);
  while (out.length < max && p > start) {
    const e = p;
    while (p > start && !unit(text, p - 1)) p--;
    const w = p;
    while (p > start && unit(text, p - 1)) p--;
    if (p === w) break;
    out.push({ sep: text.slice(w, e), word: text.slice(p, w) });
  }
  return out;
}

/**
 * Spaces only, however many: page text may keep runs of spaces or NBSP where the CLI has one. Read by
 * code unit: the cues ask it of most separators they read, and an expression's test cost more.
 */
export function spaced(sep: string): boolean {
  for (let i = 0; i < sep.length; i++) {
    const c = sep.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return sep.length > 0;
}

/** A word without its elided article or de (l'avenue → avenue, d'Alger → Alger). */
export const unelided = (w: string): string => (/^[ldLD][’']/u.test(w) ? w.slice(2) : w);

/** Three units as a number 0 to 26³ - 1 when each is a letter a–z in either case, else -1. */
function asciiTriple(s: string, i: number): number {
  let key = 0;
  for (let k = i; k < i + 3; k++) {
    const lower = s.charCodeAt(k) | 0x20; // NaN past the end: 0x20
    if (lower < 0x61 || lower > 0x7a) return -1;
    key = key * 26 + lower - 0x61;
  }
  return key;
}

/**
 * How the words of a lower-case set may open, to rule a word of a text out before it is made and
 * lower-cased: a bit per three letters a–z that open one (abb, act, …), and the set's initials.
 */
export class Openings {
  private readonly triples = new Int32Array((26 * 26 * 26 + 31) >>> 5);
  private readonly initials: ReadonlySet<number>;

  constructor(words: Iterable<string>) {
    const initials = new Set<number>();
    for (const w of words) {
      initials.add(w.charCodeAt(0));
      const key = asciiTriple(w, 0);
      if (key >= 0) this.triples[key >>> 5]! |= 1 << (key & 31);
    }
    this.initials = initials;
  }

  /**
   * Whether the word opening at s[i] may be one of the set once lower-cased: three ASCII letters none
   * opens with, or an ASCII or Arabic initial (Arabic is caseless) none starts with, say no. Other units may.
   */
  may(s: string, i: number): boolean {
    const key = asciiTriple(s, i);
    if (key >= 0) return (this.triples[key >>> 5]! & (1 << (key & 31))) !== 0;
    const c = s.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return this.initials.has(lower);
    return !(c >= 0x0621 && c <= 0x064a) || this.initials.has(c);
  }
}
