/**
 * Arabic words read in the matcher's folded buffer, shared by the Arabic shape rules (arabic-shape.ts) and
 * the neighbours they consult (arabic-neighbours.ts): spaces, the conjunctions, the word before a name.
 */
import { isWordChar } from './boundaries';
import { text } from './folded-words';
import { foldString } from './normalise';

export const AND = [0x0648, 0x0641]; // و ف
export const PROCLITICS = [0x0648, 0x0641, 0x0628, 0x0643, 0x0644]; // و ف ب ك ل
export const SPACE = (c: number | undefined): boolean => c === 0x20 || c === 0xa0 || c === 0x09;

/** Whether wordBefore(chars, tok) is `w` (not empty), compared in place. */
export function wordBeforeIs(chars: Uint16Array, tok: number, w: string): boolean {
  let p = tok;
  while (p > 0 && SPACE(chars[p - 1])) p--;
  if (p === tok) return false;
  const to = p;
  while (p > 0 && isWordChar(chars[p - 1]!)) p--;
  if (to - p !== w.length) return false;
  for (let i = 0; i < w.length; i++) if (chars[p + i] !== w.charCodeAt(i)) return false;
  return true;
}

/** The word before `tok`, with only spaces between; '' when none. */
export function wordBefore(chars: Uint16Array, tok: number): string {
  let p = tok;
  while (p > 0 && SPACE(chars[p - 1])) p--;
  if (p === tok) return '';
  const to = p;
  while (p > 0 && isWordChar(chars[p - 1]!)) p--;
  return text(chars, p, to);
}

/** The word after `e`, with only spaces between; '' when none (punctuation, end of text). */
export function wordAfter(chars: Uint16Array, length: number, e: number): string {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (p === e) return '';
  const from = p;
  while (p < length && isWordChar(chars[p]!)) p++;
  return text(chars, from, p);
}

/**
 * Where wordBefore(chars, tok) starts: the word before the word before `tok` is wordBefore(chars, this).
 * Read in place, no string made; where the spaces start when no word stands there.
 */
export function wordStartBefore(chars: Uint16Array, tok: number): number {
  let p = tok;
  while (p > 0 && SPACE(chars[p - 1])) p--;
  if (p === tok) return tok;
  while (p > 0 && isWordChar(chars[p - 1]!)) p--;
  return p;
}

/** A word of `set` with up to two proclitics (procliticIn), or with the article too (وبالكاحل → كاحل). */
export function nounIn(set: ReadonlySet<string>, word: string): boolean {
  if (procliticIn(set, word)) return true;
  for (let i = 0; i <= 2 && i < word.length - 3; i++) {
    if (i > 0 && !PROCLITICS.includes(word.charCodeAt(i - 1))) return false;
    if (word.startsWith(ARTICLE, i) && set.has(word.slice(i + 2))) return true;
  }
  return false;
}
const ARTICLE = 'ال';

/** Whether folded chars[lo, hi) hold a word of `words` (nounIn: its proclitics and article aside). */
export function namesIn(words: ReadonlySet<string>, chars: Uint16Array, lo: number, hi: number): boolean {
  for (let p = lo; p < hi; p++) {
    if (!isWordChar(chars[p]!) || (p > lo && isWordChar(chars[p - 1]!))) continue;
    let q = p;
    while (q < hi && isWordChar(chars[q]!)) q++;
    if (nounIn(words, text(chars, p, q))) return true;
    p = q;
  }
  return false;
}

/** The paragraph holding [s, e): the block between the line breaks around it. */
export function blockSpan(chars: Uint16Array, length: number, s: number, e: number): [number, number] {
  let lo = s;
  while (lo > 0 && chars[lo - 1] !== NEWLINE) lo--;
  let hi = e;
  while (hi < length && chars[hi] !== NEWLINE) hi++;
  return [lo, hi];
}
const NEWLINE = 0x0a;

/** A word without its conjunction (وبعد → بعد), when the rest is in `set`. */
export function inSet(set: ReadonlySet<string>, word: string): boolean {
  return set.has(word) || (word.length > 2 && AND.includes(word.charCodeAt(0)) && set.has(word.slice(1)));
}

/** The ligament's own adjective (الرباط الصليبي). */
export const CRUCIATE = foldString('الصليبي');

/**
 * Verbs of a state's speech and stance in the masculine, which read right before their subject (قال الكرملين،
 * وأكد المغرب): a government speaks, decides and hosts; a building, the sunset or a region does not.
 */
export const STANCE_VERBS: readonly string[] = [
  ...['قال', 'أكد', 'أعلن', 'نفى', 'حذر', 'رفض', 'اعتبر', 'يقول', 'أوضح', 'دعا', 'طالب', 'رحب', 'جدد', 'قرر'],
  ...['يؤكد', 'يعلن', 'يرفض', 'يدعو', 'يطالب', 'يرحب', 'يجدد', 'استضاف', 'يستضيف', 'وقع', 'شارك', 'أدان'],
];

/**
 * A word without up to two proclitics (و ف ب ك ل: لصلاة، بأذان، ولموعد → صلاة، أذان، موعد), when the
 * rest is in `set`. Compared by code unit before any slice: most words start with no proclitic.
 */
export function procliticIn(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  for (let i = 1; i <= 2 && i < word.length - 1; i++) {
    if (!PROCLITICS.includes(word.charCodeAt(i - 1))) return false;
    if (set.has(word.slice(i))) return true;
  }
  return false;
}
