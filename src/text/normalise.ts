/**
 * Text normalisation with an offset map back to the original string.
 *
 * Every normalised code unit i came from original[starts[i], ends[i]). Characters that fold to
 * nothing (tashkeel, tatweel, zero-width and bidi controls, soft hyphen) are skipped; runs of
 * spaces collapse to one. Aliases and page text go through the same function, so a match in the
 * normalised text maps to an exact original slice: original.slice(starts[s], ends[e - 1]).
 *
 * Folding applied (see char-tables.ts, fold-arabic.ts, fold-latin.ts): NFKD compatibility
 * decomposition with marks dropped (é → e, ﻻ → لا, ﬁ → fi, full-width → ASCII), lowercase (unless
 * `caseFold` is false, used to check case-sensitive aliases), typographic quotes/apostrophes/
 * dashes to ASCII, every space to U+0020, Arabic letter variants; and one spelling rule:
 * أميركا / أميركية are rewritten to the أمريكا / أمريكية spelling.
 */
import { ALEF, KAF, MEEM, REH, YEH } from './fold-arabic';
import {
  computeFold,
  foldCode,
  foldTable,
  MULTI,
  NUMBER_SIGN,
  SKIP_ATTACHED,
  SKIP_FREE,
  UNCOMPUTED,
  type FoldTable,
} from './char-tables';
import { splitHashtagWords } from './hashtag-words';
import { dropInitials } from './initials';

export interface NormalisedBuffer {
  /** Normalised UTF-16 code units; only [0, length) is meaningful. */
  chars: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  length: number;
}

export function createBuffer(capacity = 256): NormalisedBuffer {
  return {
    chars: new Uint16Array(capacity),
    starts: new Uint32Array(capacity),
    ends: new Uint32Array(capacity),
    length: 0,
  };
}

/** Grows `buf` to at least `need` units, doubling, its content kept. */
export function grow(buf: NormalisedBuffer, need: number): void {
  let cap = buf.chars.length * 2;
  while (cap < need) cap *= 2;
  const chars = new Uint16Array(cap);
  chars.set(buf.chars);
  const starts = new Uint32Array(cap);
  starts.set(buf.starts);
  const ends = new Uint32Array(cap);
  ends.set(buf.ends);
  buf.chars = chars;
  buf.starts = starts;
  buf.ends = ends;
}

/**
 * أميرك → أمريك: one name, two spellings. The two letters before the kaf just written (chars[j - 1])
 * are swapped in place; the offset map is left monotonic (a match never starts or ends between them).
 */
function respell(chars: Uint16Array, j: number): void {
  if (j >= 5 && chars[j - 2] === REH && chars[j - 3] === YEH && chars[j - 4] === MEEM && chars[j - 5] === ALEF) {
    chars[j - 3] = REH;
    chars[j - 2] = YEH;
  }
}

/** Normalise `text` into `out` (reused to avoid allocation per block of page text). */
export function normaliseInto(
  text: string,
  caseFold: boolean,
  out: NormalisedBuffer = createBuffer(text.length + 16),
): NormalisedBuffer {
  const table: FoldTable = foldTable(caseFold);
  const codes = table.codes;
  const n = text.length;
  if (out.chars.length < n + 16) grow(out, n + 16);
  let chars = out.chars;
  let starts = out.starts;
  let ends = out.ends;
  let j = 0;
  let afterDots: number[] | null = null;
  // A number sign was read: hashtags may need their words split (searching each text for one cost 1 % of find).
  let hashtag = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = codes[c]!;
    // Hot path: a character that folds to one code unit, a space included once a unit is written.
    // Capacity needs no check here: j <= i + (units added by MULTI expansions), and those grow the
    // buffer. A space is told apart by arithmetic, not a branch: one at every word ended the hot path,
    // a mispredicted jump (about a fifth of the normaliser's time on the bench text).
    if (f >= 0x20 && j > 0) {
      const prev = chars[j - 1]!;
      // 0 for a space after a space (collapsed: the kept space spans the whole run), else 1.
      const kept = (((f ^ 0x20) | (prev ^ 0x20)) + 0xffff) >>> 16;
      // A space after a full stop may end a name's initials: noted here, read after the loop (a drop
      // inside this loop slowed every text by about 5 %).
      if (((f ^ 0x20) | (prev ^ 0x2e)) === 0) (afterDots ??= []).push(j);
      // Written past the end when collapsed: the next unit overwrites them.
      chars[j] = f;
      starts[j] = i;
      ends[j - 1 + kept] = i + 1;
      j += kept;
      if (f === KAF) respell(chars, j);
      continue;
    }
    if (f === UNCOMPUTED) {
      f = computeFold(table, c);
      if (f > 0x20) {
        i--; // now computed: take the hot path
        continue;
      }
    }
    if (f === NUMBER_SIGN) {
      hashtag = true;
      f = 0x23;
    }
    if (f >= 0) {
      if (f === 0x20 && (j === 0 || chars[j - 1] === 0x20)) {
        if (j > 0) ends[j - 1] = i + 1; // collapsed space: the kept space spans the whole run
        continue;
      }
      if (f === 0x20 && chars[j - 1] === 0x2e) (afterDots ??= []).push(j); // as in the hot path
      chars[j] = f;
      starts[j] = i;
      ends[j] = i + 1;
      j++;
    } else if (f === SKIP_ATTACHED) {
      if (j > 0 && ends[j - 1] === i) ends[j - 1] = i + 1;
    } else if (f === MULTI) {
      const s = table.multi.get(c) ?? '';
      if (j + s.length + (n - i) + 16 > chars.length) {
        grow(out, j + s.length + (n - i) + 16);
        chars = out.chars;
        starts = out.starts;
        ends = out.ends;
      }
      for (let k = 0; k < s.length; k++) {
        chars[j] = s.charCodeAt(k);
        starts[j] = i;
        ends[j] = i + 1;
        j++;
      }
    } else if (f !== SKIP_FREE) {
      throw new Error('unreachable fold code');
    }
  }
  out.length = afterDots === null ? j : dropInitials(out, j, afterDots);
  if (hashtag) splitHashtagWords(text, out);
  return out;
}

export interface Normalised {
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
}

function bufferToString(buf: NormalisedBuffer): string {
  const CHUNK = 8192;
  if (buf.length <= CHUNK)
    return String.fromCharCode.apply(null, buf.chars.subarray(0, buf.length) as unknown as number[]);
  let s = '';
  for (let i = 0; i < buf.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, buf.chars.subarray(i, Math.min(buf.length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** Convenience form for tests and one-off strings: the normalised text and its offset map. */
export function normalise(text: string, options: { caseFold?: boolean } = {}): Normalised {
  const buf = normaliseInto(text, options.caseFold ?? true);
  return { text: bufferToString(buf), starts: buf.starts.slice(0, buf.length), ends: buf.ends.slice(0, buf.length) };
}

const scratch = createBuffer();
/**
 * normaliseInto's units of a string with no multi-unit fold, number sign or full stop before a space
 * (nearly every alias, list word and cased form), written to scratch without an offset map; false for
 * any other string. Apart so that V8 optimises normaliseInto on page text alone: thousands of short
 * words folded through it first (the compiler's, the readers' tables) left find's normalising at half
 * speed (perf-log, sessions 19, 20 and 21).
 */
function foldPlain(text: string, caseFold: boolean): boolean {
  const table = foldTable(caseFold);
  const n = text.length;
  if (scratch.chars.length < n) grow(scratch, n);
  const chars = scratch.chars;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const f = foldCode(table, text.charCodeAt(i));
    if (f === SKIP_ATTACHED || f === SKIP_FREE) continue;
    if (f < 0) return false;
    if (f === 0x20) {
      if (j === 0 || chars[j - 1] === 0x20) continue;
      if (chars[j - 1] === 0x2e) return false;
    }
    chars[j++] = f;
    if (f === KAF) respell(chars, j);
  }
  scratch.length = j;
  return true;
}

/** Normalised form of a short string (aliases, context words), trimmed of edge spaces. */
export function foldString(text: string, caseFold = true): string {
  if (!foldPlain(text, caseFold)) normaliseInto(text, caseFold, scratch);
  return bufferToString(scratch).trim();
}

/** A set of words as the cue modules look them up: each folded (foldString). */
export function foldedSet(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(foldString(w));
  return out;
}
