/**
 * Per-code-unit lookup tables, filled lazily (a page only pays for the characters it contains).
 * A fold entry is the single code unit the character becomes, or one of the negative codes.
 */
import { foldArabicChar, isArabicLetter } from './fold-arabic';
import { foldLatinChar } from './fold-latin';

export const UNCOMPUTED = -2;
/** Dropped; extends the previous character's span (combining marks, tatweel). */
export const SKIP_ATTACHED = -1;
/** Dropped; belongs to no character (zero-width and bidi controls, soft hyphen). */
export const SKIP_FREE = -4;
/** Expands to several code units: see `multi`. */
export const MULTI = -3;
/**
 * The number sign itself (not what folds to it, as ＃ does): kept as '#', off normaliseInto's hot
 * path, which notes there that the text may hold hashtags instead of searching the text for one.
 */
export const NUMBER_SIGN = -5;

export interface FoldTable {
  readonly codes: Int32Array;
  readonly multi: Map<number, string>;
  readonly caseFold: boolean;
}

function makeTable(caseFold: boolean): FoldTable {
  return { codes: new Int32Array(65536).fill(UNCOMPUTED), multi: new Map(), caseFold };
}

// Made on first use: 256 kB each, and the content script imports this module on every page
// (glossary validation) while most pages never normalise anything.
let folded: FoldTable | null = null;
let cased: FoldTable | null = null;

/** The table for lowercased (`caseFold`) or case-kept normalisation. */
export function foldTable(caseFold: boolean): FoldTable {
  return caseFold ? (folded ??= makeTable(true)) : (cased ??= makeTable(false));
}

const MARK_RE = /\p{M}/u;

/** One character through the special rules, else itself; marks vanish. */
function foldOne(ch: string): string {
  const c = ch.charCodeAt(0);
  const special = foldArabicChar(c) ?? foldLatinChar(c);
  if (special !== undefined) return special;
  return MARK_RE.test(ch) ? '' : ch;
}

function decompose(c: number): string {
  const ch = String.fromCharCode(c);
  // Hangul syllables would explode into jamo; surrogates are not characters on their own.
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0xd800 && c <= 0xdfff)) return ch;
  const special = foldArabicChar(c) ?? foldLatinChar(c);
  if (special !== undefined) return special;
  let out = '';
  for (const part of ch.normalize('NFKD')) out += foldOne(part);
  return out;
}

export function computeFold(table: FoldTable, c: number): number {
  let out = decompose(c);
  if (table.caseFold && out !== '') {
    let lowered = '';
    for (const part of out.toLowerCase().normalize('NFKD')) lowered += foldOne(part);
    out = lowered;
  }
  let code: number;
  if (out.length === 0) {
    const ch = String.fromCharCode(c);
    code = MARK_RE.test(ch) || c === 0x0640 ? SKIP_ATTACHED : SKIP_FREE;
  } else if (out.length === 1) {
    code = out.charCodeAt(0);
  } else {
    table.multi.set(c, out);
    code = MULTI;
  }
  if (c === 0x23) code = NUMBER_SIGN;
  table.codes[c] = code;
  return code;
}

/** The fold entry of code unit `c` in `table`, computed on first use. */
export function foldCode(table: FoldTable, c: number): number {
  const f = table.codes[c]!;
  return f === UNCOMPUTED ? computeFold(table, c) : f;
}

/** 0 = not part of a word, 1 = word character (letter, digit), 2 = Arabic letter. */
export const WORD_NONE = 0;
const WORD_OTHER = 1;
export const WORD_ARABIC = 2;
const wordClass = new Int8Array(65536).fill(-1);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

export function wordClassOf(c: number): number {
  const k = wordClass[c] ?? 0;
  if (k >= 0) return k;
  let v: number;
  if (c >= 0xd800 && c <= 0xdfff)
    v = WORD_OTHER; // astral letters/emoji: treat as word material
  else if (isArabicLetter(c)) v = WORD_ARABIC;
  else v = WORD_RE.test(String.fromCharCode(c)) ? WORD_OTHER : WORD_NONE;
  wordClass[c] = v;
  return v;
}
