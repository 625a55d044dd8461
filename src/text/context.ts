/**
 * Disambiguation by nearby words. A rule's words are folded like the text and looked for as
 * whole words (Arabic proclitics, French elision and English possessive allowed) within
 * `window` normalised characters either side of the mention, not counting the mention itself.
 */
import type { ContextRule } from './pack-types';
import { arabicTokenStart, ArabicStart, isArabicInitial, isWordChar, latinLeftOk, rightOk } from './boundaries';
import { foldString } from './normalise';

export const DEFAULT_WINDOW = 150;

export interface CompiledContext {
  requires: Uint16Array[];
  vetoes: Uint16Array[];
  window: number;
}

function compileWords(words: readonly string[] | undefined): Uint16Array[] {
  const out: Uint16Array[] = [];
  for (const w of words ?? []) {
    const f = foldString(w);
    if (f.length === 0) continue;
    const arr = new Uint16Array(f.length);
    for (let i = 0; i < f.length; i++) arr[i] = f.charCodeAt(i);
    out.push(arr);
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

function anyNear(chars: Uint16Array, length: number, s: number, e: number, window: number, words: Uint16Array[]): boolean {
  const lo = Math.max(0, s - window);
  const hi = Math.min(length, e + window);
  for (const word of words) {
    const first = word[0]!;
    for (let p = lo; p + word.length <= hi; p++) {
      if (chars[p] !== first) continue;
      if (p < e && p + word.length > s) continue; // inside the mention itself
      if (wordAt(chars, length, p, word)) return true;
    }
  }
  return false;
}

/** Whether the mention at normalised [s, e) passes the rule. */
export function contextAllows(rule: CompiledContext, chars: Uint16Array, length: number, s: number, e: number): boolean {
  if (rule.vetoes.length > 0 && anyNear(chars, length, s, e, rule.window, rule.vetoes)) return false;
  if (rule.requires.length > 0 && !anyNear(chars, length, s, e, rule.window, rule.requires)) return false;
  return true;
}
