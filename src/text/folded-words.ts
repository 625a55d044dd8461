/**
 * Reading words out of folded text (normalise.ts) as the cue modules do: a span as a string, and
 * the words either side of a mention with what separates them.
 *
 * Pure: knows nothing of the DOM.
 */
import { isWordChar } from './boundaries';

/**
 * The folded code units chars[from, to) as a string. A word (most are short) is made in one call:
 * concatenation makes a string per unit, which a Set look-up then flattens (a micro-benchmark of
 * words of 3-8 units and a look-up: 37-48 against 56-63 ms).
 */
export function text(chars: Uint16Array, from: number, to: number): string {
  const c = chars;
  const f = from;
  switch (to - from) {
    case 1:
      return String.fromCharCode(c[f]!);
    case 2:
      return String.fromCharCode(c[f]!, c[f + 1]!);
    case 3:
      return String.fromCharCode(c[f]!, c[f + 1]!, c[f + 2]!);
    case 4:
      return String.fromCharCode(c[f]!, c[f + 1]!, c[f + 2]!, c[f + 3]!);
    case 5:
      return String.fromCharCode(c[f]!, c[f + 1]!, c[f + 2]!, c[f + 3]!, c[f + 4]!);
    case 6:
      return String.fromCharCode(c[f]!, c[f + 1]!, c[f + 2]!, c[f + 3]!, c[f + 4]!, c[f + 5]!);
    case 7:
      return String.fromCharCode(c[f]!, c[f + 1]!, c[f + 2]!, c[f + 3]!, c[f + 4]!, c[f + 5]!, c[f + 6]!);
    case 8:
      return String.fromCharCode(c[f]!, c[f + 1]!, c[f + 2]!, c[f + 3]!, c[f + 4]!, c[f + 5]!, c[f + 6]!, c[f + 7]!);
    default: {
      let out = '';
      for (let p = from; p < to; p++) out += String.fromCharCode(c[p]!);
      return out;
    }
  }
}

/**
 * The set of a list of the matcher's record, taken as it is: the compiler folded the lists read folded
 * (engine-words.ts: recordWords). One short call a list keeps page-matcher.js as small as it was.
 */
export function recordSet(words: readonly string[]): Set<string> {
  return new Set(words);
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
    const wordStart = nextWordStart(chars, p, end);
    const wordEnd = wordEndAt(chars, wordStart, end);
    if (wordEnd === wordStart) break;
    out.push({ sep: text(chars, p, wordStart), word: text(chars, wordStart, wordEnd) });
    p = wordEnd;
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
    const wordEnd = prevWordEnd(chars, p, start);
    const wordStart = wordStartAt(chars, wordEnd, start);
    if (wordStart === wordEnd) break;
    out.push({ sep: text(chars, wordEnd, p), word: text(chars, wordStart, wordEnd) });
    p = wordStart;
  }
  return out;
}

/*
 * Word bounds, the first step of every reading above: the cues test words by these and unitsHash
 * before they build any string (most candidates have no cue word near them).
 */

/** Where the first word at or after `p` starts, no further than `end` (`end` when none). */
export function nextWordStart(chars: Uint16Array, p: number, end: number): number {
  while (p < end && !isWordChar(chars[p]!)) p++;
  return p;
}

/** Where the word from `p` ends, no further than `end` (`p` when chars[p] is no word character). */
export function wordEndAt(chars: Uint16Array, p: number, end: number): number {
  while (p < end && isWordChar(chars[p]!)) p++;
  return p;
}

/** Where the last word before `p` ends, no further back than `start` (`start` when none). */
export function prevWordEnd(chars: Uint16Array, p: number, start: number): number {
  while (p > start && !isWordChar(chars[p - 1]!)) p--;
  return p;
}

/** Where the word ending at `p` starts, no further back than `start`. */
export function wordStartAt(chars: Uint16Array, p: number, start: number): number {
  while (p > start && isWordChar(chars[p - 1]!)) p--;
  return p;
}

/**
 * FNV-1a over UTF-16 code units: a word's number, the same from a string or from folded text. Kept
 * to 30 bits, a small integer to V8: a Set of larger numbers boxes each one it is asked about.
 */
export function unitsHash(units: ArrayLike<number>, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let p = from; p < to; p++) h = Math.imul(h ^ units[p]!, 0x01000193);
  return h & 0x3fffffff;
}

/** Bits of a WordHashes' bitmap, a power of two: 4 kB, about 4 % of words let through for 1,300 hashes. */
const HASH_BITS = 1 << 15;

/**
 * A set of word hashes (unitsHash) behind a bitmap of their low bits: most words asked about are in
 * no set, and one bit rules them out at a fraction of the cost of Set.has, which no cue loop inlines.
 */
export class WordHashes {
  private readonly bits = new Int32Array(HASH_BITS >>> 5);
  private readonly set = new Set<number>();

  add(h: number): void {
    this.set.add(h);
    this.bits[(h & (HASH_BITS - 1)) >>> 5]! |= 1 << (h & 31);
  }

  has(h: number): boolean {
    return (this.bits[(h & (HASH_BITS - 1)) >>> 5]! & (1 << (h & 31))) !== 0 && this.set.has(h);
  }
}

/** unitsHash of a whole string. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}
