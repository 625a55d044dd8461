/**
 * Disambiguation by nearby words. A rule's words are folded like the text and looked for as
 * whole words (Arabic proclitics, French elision and English possessive allowed) within
 * `window` normalised characters either side of the mention, not counting the mention itself.
 */
import type { ContextRule } from './pack-types';
import { arabicTokenStart, ArabicStart, isArabicInitial, isWordChar, latinLeftOk, rightOk } from './boundaries';
import { foldString } from './normalise';

export const DEFAULT_WINDOW = 150;

/** Words indexed by their first code unit, so a window is scanned once whatever the word count. */
type WordIndex = Map<number, Uint16Array[]>;

export interface CompiledContext {
  requires: WordIndex;
  vetoes: WordIndex;
  window: number;
}

function compileWords(words: readonly string[] | undefined): WordIndex {
  const out: WordIndex = new Map();
  for (const w of words ?? []) {
    const f = foldString(w);
    if (f.length === 0) continue;
    const arr = new Uint16Array(f.length);
    for (let i = 0; i < f.length; i++) arr[i] = f.charCodeAt(i);
    const list = out.get(arr[0]!);
    if (list === undefined) out.set(arr[0]!, [arr]);
    else list.push(arr);
  }
  return out;
}

export function compileContext(rule: ContextRule): CompiledContext {
  return { requires: compileWords(rule.requires), vetoes: compileWords(rule.vetoes), window: rule.window ?? DEFAULT_WINDOW };
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

function anyNear(chars: Uint16Array, length: number, s: number, e: number, window: number, words: WordIndex): boolean {
  const lo = Math.max(0, s - window);
  const hi = Math.min(length, e + window);
  for (let p = lo; p < hi; p++) {
    if (p === s) p = e; // skip the mention itself
    if (p >= hi) break;
    const candidates = words.get(chars[p]!);
    if (candidates === undefined) continue;
    for (const word of candidates) {
      if (p + word.length > hi || (p < s && p + word.length > s)) continue;
      if (wordAt(chars, length, p, word)) return true;
    }
  }
  return false;
}

/** Whether the mention at normalised [s, e) passes the rule. */
export function contextAllows(rule: CompiledContext, chars: Uint16Array, length: number, s: number, e: number): boolean {
  if (rule.vetoes.size > 0 && anyNear(chars, length, s, e, rule.window, rule.vetoes)) return false;
  if (rule.requires.size > 0 && !anyNear(chars, length, s, e, rule.window, rule.requires)) return false;
  return true;
}
