/**
 * Word boundaries on normalised text, per script.
 *
 * Arabic: a name may carry the proclitics و/ف (and), ب/ك/ل (in, like, to) and the article ال in
 * front, written as one token (والرباط، بالمغرب، للمغرب = ل + المغرب with its alef dropped). The
 * match then starts at the token start, so the whole written word is the mention. Nothing may
 * follow the name inside the token (المغربية is an adjective, not Morocco).
 *
 * Latin: the characters either side must not be letters or digits, except French elision before
 * (l'Africom, d'AFRICOM, qu'AFRICOM: the match starts after the apostrophe) and the English
 * possessive after (AFRICOM's: the match ends before the apostrophe).
 */
import { wordClassOf, WORD_ARABIC, WORD_NONE } from './char-tables';

const AR_WAW = 0x0648,
  AR_FEH = 0x0641,
  AR_BEH = 0x0628,
  AR_KAF = 0x0643,
  AR_LAM = 0x0644,
  AR_ALEF = 0x0627;
const APOS = 0x27;

function prefixSet(withArticle: boolean, endsInLam: boolean): Set<string> {
  const out = new Set<string>();
  for (const c1 of ['', 'و', 'ف']) {
    if (endsInLam) {
      out.add(c1 + 'ل');
      continue;
    }
    for (const c2 of ['', 'ب', 'ك', 'ل']) {
      // Before a name's own ال, the preposition ل contracts (للمغرب): that is the LamContracted form.
      if (c2 === 'ل' && !withArticle) continue;
      out.add(c1 + c2);
      if (withArticle) out.add(c2 === 'ل' ? c1 + 'لل' : c1 + c2 + 'ال');
    }
  }
  return out;
}

/** Left-boundary kinds of a pattern besides an ArabicStart value: a Latin word's, or none (a symbol first). */
export const START_LATIN = -1;
export const START_NONWORD = -2;

/** The prefixes an Arabic name may carry, by what the (pattern of the) name starts with. */
export const ArabicStart = {
  /** Name without article: proclitics and the article may precede. */
  Bare: 0,
  /** Name with its own ال: only proclitics other than ل (that form is LamContracted). */
  Article: 1,
  /** The ل + ال contraction: the pattern is the name minus its initial alef; a ل must precede. */
  LamContracted: 2,
} as const;
export type ArabicStart = (typeof ArabicStart)[keyof typeof ArabicStart];
const PREFIXES: readonly Set<string>[] = [prefixSet(true, false), prefixSet(false, false), prefixSet(false, true)];
const MAX_PREFIX = 4;

export const isProcliticLetter = (c: number): boolean =>
  c === AR_WAW || c === AR_FEH || c === AR_BEH || c === AR_KAF || c === AR_LAM || c === AR_ALEF;

/** A proclitic letter's code, 1–6 (0 for any other unit): three bits of a prefix's key. */
const procliticCode = (c: number): number =>
  c === AR_WAW ? 1 : c === AR_FEH ? 2 : c === AR_BEH ? 3 : c === AR_KAF ? 4 : c === AR_LAM ? 5 : c === AR_ALEF ? 6 : 0;

/**
 * PREFIXES by key (the letters' codes, first letter most significant), a bit per ArabicStart kind, for
 * prefixes of up to MAX_PREFIX + 1 letters (as many as arabicTokenStart reads): a prefix is looked up
 * without a string made (the string and its set look-up cost 0.8 % of find, in the scan's hot path).
 */
const PREFIX_KINDS: Readonly<Uint8Array> = (() => {
  const kinds = new Uint8Array(8 ** (MAX_PREFIX + 1));
  PREFIXES.forEach((set, kind) => {
    for (const prefix of set) {
      let key = 0;
      for (let i = 0; i < prefix.length; i++) key = key * 8 + procliticCode(prefix.charCodeAt(i));
      // Only proclitic letters reach a key, and never more than MAX_PREFIX + 1 of them.
      if (prefix.length <= MAX_PREFIX + 1 && ![...prefix].some((ch) => procliticCode(ch.charCodeAt(0)) === 0))
        kinds[key]! |= 1 << kind;
    }
  });
  return kinds;
})();

/**
 * Start of the token for an Arabic-initial name found at `s`, or -1 when the letters before it
 * are not an allowed proclitic sequence (the name is then part of a longer word).
 */
export function arabicTokenStart(chars: Uint16Array, s: number, kind: ArabicStart): number {
  let w = s;
  while (w > 0 && s - w < MAX_PREFIX + 1 && wordClassOf(chars[w - 1]!) !== WORD_NONE) {
    const c = chars[w - 1]!;
    if (!isProcliticLetter(c)) return -1;
    w--;
  }
  if (w > 0 && wordClassOf(chars[w - 1]!) !== WORD_NONE) return -1;
  if (s === w) return kind === ArabicStart.LamContracted ? -1 : w;
  let key = 0;
  for (let k = w; k < s; k++) key = key * 8 + procliticCode(chars[k]!);
  return (PREFIX_KINDS[key]! >> kind) & 1 ? w : -1;
}

const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/** Whether a name starting with a word character at `s` has a left boundary. */
export function latinLeftOk(chars: Uint16Array, s: number): boolean {
  if (s === 0) return true;
  const before = chars[s - 1]!;
  if (before === APOS) {
    // Elision: a short French word glued by an apostrophe; any other letters+' means a longer word (O'Brien).
    let w = s - 1;
    while (w > 0 && wordClassOf(chars[w - 1]!) !== WORD_NONE && s - 1 - w < 7) w--;
    if (w === s - 1) return true;
    if (w > 0 && wordClassOf(chars[w - 1]!) !== WORD_NONE) return false;
    let word = '';
    for (let k = w; k < s - 1; k++) word += String.fromCharCode(chars[k]!);
    return ELISIONS.has(word.toLowerCase());
  }
  return wordClassOf(before) === WORD_NONE;
}

/** Whether a name ending with a word character at `e` (exclusive) has a right boundary. */
export function rightOk(chars: Uint16Array, length: number, e: number): boolean {
  if (e >= length) return true;
  const after = chars[e]!;
  if (after === APOS && e + 1 < length && wordClassOf(chars[e + 1]!) !== WORD_NONE) {
    // Only the possessive 's: AFRICOM's.
    const s = chars[e + 1]!;
    return (s === 0x73 || s === 0x53) && (e + 2 >= length || wordClassOf(chars[e + 2]!) === WORD_NONE);
  }
  // A model's plural: AH-64Es, F-16s (a name ending in a digit, or in a letter right after one).
  if (
    after === 0x73 &&
    (e + 1 >= length || wordClassOf(chars[e + 1]!) === WORD_NONE) &&
    (digit(chars[e - 1]!) || (e > 1 && digit(chars[e - 2]!)))
  )
    return true;
  // An emoji right after a name (Western Sahara😀): a symbol, though astral code units count as word material.
  if (after >= 0xd800 && after <= 0xdbff && e + 1 < length) {
    const cp = ((after - 0xd800) << 10) + (chars[e + 1]! - 0xdc00) + 0x10000;
    if (cp >= 0x1f000 && cp <= 0x1faff) return true;
  }
  return wordClassOf(after) === WORD_NONE;
}

const digit = (c: number): boolean => c >= 0x30 && c <= 0x39;

export function isArabicInitial(c: number): boolean {
  return wordClassOf(c) === WORD_ARABIC;
}

export function isWordChar(c: number): boolean {
  return wordClassOf(c) !== WORD_NONE;
}
