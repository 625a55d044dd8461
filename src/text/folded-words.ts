/**
 * Reading words out of folded text (normalise.ts) as the cue modules do: a span as a string, and
 * the words either side of a mention with what separates them.
 *
 * Pure: knows nothing of the DOM.
 */
import { isWordChar } from './boundaries';

/** The folded code units chars[from, to) as a string. */
export function text(chars: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let p = from; p < to; p++) out += String.fromCharCode(chars[p]!);
  return out;
}

/** A word and the non-word characters between it and its neighbour towards the mention. */
export interface Token {
  word: string;
  sep: string;
}

/**
 * Up to `max` words after `from`, read no further than `reach` code units; tokens[0].sep is what
 * separates the first from the mention.
 */
export function wordsAfter(chars: Uint16Array, length: number, from: number, max: number, reach: number): Token[] {
  const out: Token[] = [];
  let p = from;
  const end = Math.min(length, from + reach);
  while (out.length < max && p < end) {
    const sepStart = p;
    while (p < end && !isWordChar(chars[p]!)) p++;
    const wordStart = p;
    while (p < end && isWordChar(chars[p]!)) p++;
    if (p === wordStart) break;
    out.push({ sep: text(chars, sepStart, wordStart), word: text(chars, wordStart, p) });
  }
  return out;
}

/**
 * Up to `max` words before `to`, nearest first, read no further than `reach` code units back;
 * tokens[k].sep separates word k from word k - 1 (or the mention).
 */
export function wordsBefore(chars: Uint16Array, to: number, max: number, reach: number): Token[] {
  const out: Token[] = [];
  let p = to;
  const start = Math.max(0, to - reach);
  while (out.length < max && p > start) {
    const sepEnd = p;
    while (p > start && !isWordChar(chars[p - 1]!)) p--;
    const wordEnd = p;
    while (p > start && isWordChar(chars[p - 1]!)) p--;
    if (p === wordEnd) break;
    out.push({ sep: text(chars, wordEnd, sepEnd), word: text(chars, p, wordEnd) });
  }
  return out;
}
