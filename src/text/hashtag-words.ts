/**
 * Word bounds inside hashtags. A hashtag cannot hold a space, so writers mark the words of a name by
 * case or digits instead: #AfricanLion2025, #WesternSahara, #الأسد_الإفريقي2025 (the underscore is
 * already read as a space, fold-latin.ts). Inside a '#' token, a lower-case letter followed by an
 * upper-case one, and a letter followed by a digit, are read as a space; a hashtag without such a
 * change (#africanlion, #USAFRICOM) stays one word.
 *
 * The space is inserted into the normalised buffer with an empty span (starts = ends = the offset of
 * the character after it), so the offset map stays exact: a match never starts or ends on a space.
 * Pages without '#' pay one indexOf per text.
 */
import type { NormalisedBuffer } from './normalise';

const SPACE = 0x20;
const UNDERSCORE = 0x5f;
// Letters, digits and combining marks continue a hashtag; the underscore too (#Western_Sahara).
const TAG_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

const isTagChar = (text: string, i: number): boolean =>
  text.charCodeAt(i) === UNDERSCORE || TAG_CHAR.test(text[i]!);

/** Original offsets (ascending) before which a hashtag of `text` has an inner word bound. */
export function hashtagBounds(text: string): number[] {
  const out: number[] = [];
  let h = text.indexOf('#');
  while (h !== -1) {
    // A '#' glued to a word (C#, a URL's fragment after letters) starts no hashtag.
    const starts = h === 0 || !isTagChar(text, h - 1);
    let i = h + 1;
    if (starts) {
      for (; i < text.length && isTagChar(text, i); i++) {
        if (i === h + 1) continue;
        const a = text[i - 1]!;
        const b = text[i]!;
        if ((LOWER.test(a) && UPPER.test(b)) || (LETTER.test(a) && DIGIT.test(b))) out.push(i);
      }
    }
    h = text.indexOf('#', i);
  }
  return out;
}

/** The first unit of `buf` that starts at or after original offset `at` (starts is nondecreasing). */
function unitAt(starts: Uint32Array, n: number, at: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Inserts a space into `buf` (the normalisation of `text`) before the first unit at or after each hashtag
 * bound: one pass from the end that moves only the units after the first bound.
 */
export function splitHashtagWords(text: string, buf: NormalisedBuffer): void {
  const bounds = hashtagBounds(text);
  if (bounds.length === 0) return;
  const n = buf.length;
  const units: number[] = [];
  const offsets: number[] = [];
  for (const b of bounds) {
    const u = unitAt(buf.starts, n, b);
    // Between two units of the tag only, once per unit.
    if (u === 0 || u >= n || buf.chars[u] === SPACE || buf.chars[u - 1] === SPACE) continue;
    if (units.length > 0 && units[units.length - 1] === u) continue;
    units.push(u);
    offsets.push(b);
  }
  if (units.length === 0) return;
  if (buf.chars.length < n + units.length + 16) {
    const cap = 2 * (n + units.length) + 16;
    const chars = new Uint16Array(cap);
    chars.set(buf.chars.subarray(0, n));
    const starts = new Uint32Array(cap);
    starts.set(buf.starts.subarray(0, n));
    const ends = new Uint32Array(cap);
    ends.set(buf.ends.subarray(0, n));
    buf.chars = chars;
    buf.starts = starts;
    buf.ends = ends;
  }
  const { chars, starts, ends } = buf;
  let q = units.length - 1;
  let w = n + units.length;
  for (let r = n - 1; q >= 0; r--) {
    w--;
    chars[w] = chars[r]!;
    starts[w] = starts[r]!;
    ends[w] = ends[r]!;
    if (r === units[q]) {
      w--;
      chars[w] = SPACE;
      starts[w] = offsets[q]!;
      ends[w] = offsets[q]!;
      q--;
    }
  }
  buf.length = n + units.length;
}
