/**
 * Word bounds inside hashtags. A hashtag cannot hold a space, so writers mark the words of a name by
 * case or digits instead: #AfricanLion2025, #WesternSahara, #الأسد_الإفريقي2025 (the underscore is
 * already read as a space, fold-latin.ts). Inside a '#' token, a lower-case letter followed by an
 * upper-case one, and a letter followed by a digit, are read as a space (not inside a model code of one or
 * two capitals, #AH64E, #AL25, which pages write whole); a hashtag without such a change (#africanlion,
 * #USAFRICOM) stays one word.
 *
 * The space is inserted into the normalised buffer with an empty span (starts = ends = the offset of
 * the character after it), so the offset map stays exact: a match never starts or ends on a space.
 * Pages without '#' pay one indexOf per text.
 */
import { grow, type NormalisedBuffer } from './normalise';

const SPACE = 0x20;
const UNDERSCORE = 0x5f;
// Letters, digits and combining marks continue a hashtag; the underscore too (#Western_Sahara), and an
// invisible format character (a zero-width space: #Sahara\u200bOccidental), which also ends a word.
const TAG_CHAR = /[\p{L}\p{N}\p{M}\p{Cf}]/u;
const FORMAT = /\p{Cf}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/**
 * Whether the digit at text[i] continues a model code of one or two capitals opening a word of the hashtag
 * starting at h: #AH64E, #AL25, #F16 are one token as written without the '#' (AH64E), not a word and a number.
 */
function modelCode(text: string, h: number, i: number): boolean {
  let j = i;
  while (j > h + 1 && UPPER.test(text[j - 1]!)) j--;
  return i - j >= 1 && i - j <= 2;
}

const isTagChar = (text: string, i: number): boolean => text.charCodeAt(i) === UNDERSCORE || TAG_CHAR.test(text[i]!);

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
        const c = text[i + 1] ?? '';
        if (
          (LOWER.test(a) && UPPER.test(b)) ||
          (LETTER.test(a) && DIGIT.test(b) && !modelCode(text, h, i)) ||
          // an acronym of three letters or more, or a number, before a capitalised word: #TOWMissile,
          // #AH64Apache (not #USMorocco: two capitals read as one compound, US-Morocco)
          ((DIGIT.test(a) || (UPPER.test(a) && i - h > 3 && UPPER.test(text[i - 2]!) && UPPER.test(text[i - 3]!))) &&
            UPPER.test(b) &&
            LOWER.test(c)) ||
          (FORMAT.test(a) && !FORMAT.test(b))
        )
          out.push(i);
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
  if (buf.chars.length < n + units.length + 16) grow(buf, n + units.length + 16);
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

/** A hashtag's neighbourhood rewritten with a space at each inner word bound, and the offset maps. */
export interface SpacedTag {
  text: string;
  start: number;
  end: number;
  /** The original offset of an offset of `text`. */
  original(offset: number): number;
}

/** How much text either side of the hashtag SpacedTag keeps: a shape rule reads the sentence around a name. */
const AROUND = 160;

/**
 * When the name at text[start, end) ends inside a hashtag, more words of the tag after it, the
 * hashtag written with its words apart (#MoroccoWorldNews: "Morocco World News"), for the shape rules
 * that read the words around a name (name-shape.ts), and null otherwise: a name that ends its tag,
 * or any name outside a hashtag, costs one test.
 */
export function spacedHashtag(text: string, start: number, end: number): SpacedTag | null {
  if (end >= text.length) return null;
  // Most names end before a space or punctuation: answered before any regular expression runs.
  const next = text.charCodeAt(end);
  if (next < 0x30 || (next > 0x39 && next < 0x41) || !isTagChar(text, end)) return null;
  let h = start - 1;
  while (h >= 0 && isTagChar(text, h)) h--;
  if (h < 0 || text.charCodeAt(h) !== 0x23 || (h > 0 && isTagChar(text, h - 1))) return null;
  let t = end;
  while (t < text.length && isTagChar(text, t)) t++;
  const bounds = hashtagBounds(text.slice(h, t)).map((b) => b + h);
  const lo = Math.max(0, h - AROUND);
  const hi = Math.min(text.length, t + AROUND);
  let out = text.slice(lo, h);
  let from = h;
  for (const b of bounds) {
    out += `${text.slice(from, b)} `;
    from = b;
  }
  out += text.slice(from, hi);
  // Offsets in `out`: before a bound k of them shifted by k (and by lo).
  const toSpaced = (o: number): number => o - lo + bounds.filter((b) => b <= o).length;
  return {
    text: out,
    start: toSpaced(start),
    end: toSpaced(end - 1) + 1,
    original: (offset) => {
      let o = offset + lo;
      for (const b of bounds) if (toSpaced(b) <= offset) o--;
      return o;
    },
  };
}
