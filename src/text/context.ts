/**
 * Disambiguation by nearby words. A rule's words are folded like the text and looked for as
 * whole words (Arabic proclitics, French elision and English possessive allowed) within
 * `window` normalised characters either side of the mention, not counting the mention itself.
 */
import type { ContextRule } from './pack-types';
import { arabicTokenStart, ArabicStart, isArabicInitial, isProcliticLetter, isWordChar, latinLeftOk, rightOk } from './boundaries';
import { wordClassOf, WORD_NONE } from './char-tables';
import { foldString } from './normalise';

export const DEFAULT_WINDOW = 150;

/** Words indexed by their first code unit, so a window is scanned once whatever the word count. */
type WordIndex = Map<number, Uint16Array[]>;

export interface CompiledContext {
  requires: WordIndex;
  vetoes: WordIndex;
  window: number;
  /**
   * Bitset over (code unit & 1023) of the first code units of all the rule's words: most
   * characters of a window are rejected with one load, without a Map look-up.
   */
  firstBits: Uint32Array;
  /** Some word starts with a non-word character: it may then start anywhere, not only at a word start. */
  anyStart: boolean;
}

function compileWords(words: readonly string[] | undefined, bits: Uint32Array): WordIndex {
  const out: WordIndex = new Map();
  for (const w of words ?? []) {
    const f = foldString(w);
    if (f.length === 0) continue;
    const arr = new Uint16Array(f.length);
    for (let i = 0; i < f.length; i++) arr[i] = f.charCodeAt(i);
    const c = arr[0]!;
    bits[(c & 1023) >>> 5]! |= 1 << (c & 31);
    const list = out.get(c);
    if (list === undefined) out.set(c, [arr]);
    else list.push(arr);
  }
  return out;
}

export function compileContext(rule: ContextRule): CompiledContext {
  const firstBits = new Uint32Array(32);
  const requires = compileWords(rule.requires, firstBits);
  const vetoes = compileWords(rule.vetoes, firstBits);
  let anyStart = false;
  for (const c of [...requires.keys(), ...vetoes.keys()]) if (!isWordChar(c)) anyStart = true;
  return { requires, vetoes, window: rule.window ?? DEFAULT_WINDOW, firstBits, anyStart };
}

function wordAt(chars: Uint16Array, length: number, p: number, word: Uint16Array): boolean {
  for (let k = 0; k < word.length; k++) if (chars[p + k] !== word[k]) return false;
  const first = word[0]!;
  const last = word[word.length - 1]!;
  if (isWordChar(first)) {
    if (isArabicInitial(first)) {
      if (arabicTokenStart(chars, p, first === 0x0627 && word[1] === 0x0644 ? ArabicStart.Article : ArabicStart.Bare) < 0) return false;
    } else if (!latinLeftOk(chars, p)) return false;
  }
  return !isWordChar(last) || rightOk(chars, length, p + word.length);
}

function wordsAt(chars: Uint16Array, length: number, p: number, hi: number, s: number, words: WordIndex): boolean {
  const candidates = words.get(chars[p]!);
  if (candidates === undefined) return false;
  for (const word of candidates) {
    if (p + word.length > hi || (p < s && p + word.length > s)) continue;
    if (wordAt(chars, length, p, word)) return true;
  }
  return false;
}

/**
 * Whether the mention at normalised [s, e) passes the rule: no veto word and, when the rule has
 * required words, at least one of them within the window. One pass over the window.
 */
export function contextAllows(rule: CompiledContext, chars: Uint16Array, length: number, s: number, e: number): boolean {
  const { vetoes, requires, firstBits: bits, anyStart } = rule;
  const hasVetoes = vetoes.size > 0;
  let needed = requires.size > 0;
  if (!hasVetoes && !needed) return true;
  const lo = Math.max(0, s - rule.window);
  const hi = Math.min(length, e + rule.window);
  for (let p = lo; p < hi; p++) {
    if (p === s) {
      p = e; // skip the mention itself
      if (p >= hi) break;
    }
    const c = chars[p]!;
    if ((bits[(c & 1023) >>> 5]! & (1 << (c & 31))) === 0) continue;
    // A word starting with a word character can only start a token, or follow an Arabic
    // proclitic letter or an elision apostrophe (wordAt checks the details).
    if (p > 0 && !anyStart) {
      const b = chars[p - 1]!;
      if (wordClassOf(b) !== WORD_NONE && !(b >= 0x0627 && b <= 0x0648 && isProcliticLetter(b))) continue;
    }
    if (hasVetoes && wordsAt(chars, length, p, hi, s, vetoes)) return false;
    if (needed && wordsAt(chars, length, p, hi, s, requires)) {
      needed = false;
      if (!hasVetoes) return true;
    }
  }
  return !needed;
}
