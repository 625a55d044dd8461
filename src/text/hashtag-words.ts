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

/**
 * Inserts a space into `buf` (the normalisation of `text`) before the first unit at or after each hashtag
 * bound. Rare (a page's hashtags), so it copies the buffer's units rather than shifting them in place.
 */
export function splitHashtagWords(text: string, buf: NormalisedBuffer): void {
  const bounds = hashtagBounds(text);
  if (bounds.length === 0) return;
  const n = buf.length;
  const oldChars = buf.chars.slice(0, n);
  const oldStarts = buf.starts.slice(0, n);
  const oldEnds = buf.ends.slice(0, n);
  const cap = Math.max(buf.chars.length, n + bounds.length + 16);
  if (buf.chars.length < cap) {
    buf.chars = new Uint16Array(cap);
    buf.starts = new Uint32Array(cap);
    buf.ends = new Uint32Array(cap);
  }
  const { chars, starts, ends } = buf;
  let w = 0;
  let k = 0;
  for (let r = 0; r < n; r++) {
    const s = oldStarts[r]!;
    while (k < bounds.length && s >= bounds[k]!) {
      // Only between two units of the tag: not after a space the text already had.
      if (w > 0 && chars[w - 1] !== SPACE) {
        chars[w] = SPACE;
        starts[w] = bounds[k]!;
        ends[w] = bounds[k]!;
        w++;
      }
      k++;
    }
    chars[w] = oldChars[r]!;
    starts[w] = s;
    ends[w] = oldEnds[r]!;
    w++;
  }
  buf.length = w;
}
