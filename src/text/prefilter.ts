/**
 * A cheap test that a block of text may hold a mention, run before the matcher is even built.
 *
 * Building the automaton costs tens of ms cold on every page; most pages mention nothing. The
 * prefilter is built from the same patterns as the matcher (expandPatterns) in a fraction of
 * that, and answers "no" for most text that holds no mention. It never answers "no" for text in
 * which the matcher finds something: `matcher.find(text, anyState).length > 0 ⇒ mayMatch(text)`.
 *
 * How: text is normalised exactly as the matcher normalises it (normaliseInto, case-folded), then
 * every non-word unit is mapped to one separator, and a virtual separator is put at each end. A
 * mention of pattern p then contains, in that stream, p mapped the same way, with a separator
 * just before it when p needs a Latin left boundary (latinLeftOk ⇒ the unit before is not a word
 * character, or there is none) and just after it when p needs a right boundary (rightOk ⇒ the
 * unit after is not a word character, or there is none). The first K units of that "gram" are
 * hashed into a bitmap (one bitmap per gram length, for the rare patterns shorter than K);
 * mayMatch rolls a hash of the last K (and shorter) units over the stream and tests the bits.
 * Hash collisions only add false positives.
 */
import { wordClassOf, WORD_NONE } from './char-tables';
import { expandPatterns, START_LATIN } from './matcher';
import { createBuffer, normaliseInto, type NormalisedBuffer } from './normalise';
import type { Pack } from './pack-types';

export interface Prefilter {
  /** False only when the matcher cannot find anything in `text` (whatever the ScanState). */
  mayMatch(text: string): boolean;
  readonly stats: { patterns: number; grams: number; lengths: readonly number[] };
}

export interface PrefilterOptions {
  /** Window lengths in code units grams are cut to (default DEFAULT_LENGTHS). */
  lengths?: readonly number[];
}

const SEP = 0x20;
const BITS = 16;
const WORDS = 1 << (BITS - 5);
/** Polynomial base of the rolling hash (odd), and the multiplier that spreads it to the top bits. */
const BASE = 0x01000193;
const MIX = 0x9e3779b1 | 0;

const mapUnit = (c: number): number => (wordClassOf(c) === WORD_NONE ? SEP : c);
const bucket = (h: number): number => Math.imul(h, MIX) >>> (32 - BITS);

function powOf(length: number): number {
  let p = 1;
  for (let k = 0; k < length; k++) p = Math.imul(p, BASE);
  return p;
}

/** Window lengths grams are cut to (longest that fits); shorter patterns use their whole gram. */
const DEFAULT_LENGTHS: readonly number[] = [6, 10];

/**
 * How selective a window of a pattern's gram is likely to be in ordinary text: word units count
 * most, a separator at an edge anchors the window to a word boundary, a separator inside it means
 * the window straddles two words (often a common short one: "the ", " de ", " al").
 */
function windowScore(g: readonly number[], from: number, length: number): number {
  let score = 0;
  for (let k = from; k < from + length; k++) {
    if (g[k] !== SEP) score += 1;
    else score += k === from || k === from + length - 1 ? 0.8 : 0.7;
  }
  return score;
}

export function buildPrefilter(packs: readonly Pack[], options: PrefilterOptions = {}): Prefilter {
  const cuts = [...(options.lengths ?? DEFAULT_LENGTHS)].sort((a, b) => b - a);
  const { aliases, patterns, patternAlias, patternStart, patternEndWord } = expandPatterns(packs);
  // One bitmap per gram length in use.
  const bitmaps = new Map<number, Uint32Array>();
  // The grams themselves by length and full hash: a bitmap hit is confirmed against them, so
  // hash collisions cost a lookup, not a false positive.
  const exact = new Map<number, Map<number, Uint16Array[]>>();
  let grams = 0;
  const gram: number[] = [];
  for (let p = 0; p < patterns.length; p++) {
    const v = patterns[p]!;
    const whole = aliases[patternAlias[p]!]!.alias.wholeWord;
    gram.length = 0;
    if (whole && patternStart[p] === START_LATIN) gram.push(SEP);
    for (let i = 0; i < v.length; i++) gram.push(mapUnit(v.charCodeAt(i)));
    if (whole && patternEndWord[p]) gram.push(SEP);
    // Any window of the gram occurs in the stream wherever the pattern is found: take the most
    // selective window of the longest allowed length that fits.
    const L = cuts.find((c) => c <= gram.length) ?? gram.length;
    let best = 0;
    let bestScore = -1;
    for (let from = 0; from + L <= gram.length; from++) {
      const s = windowScore(gram, from, L);
      if (s > bestScore) {
        bestScore = s;
        best = from;
      }
    }
    let h = 0;
    for (let k = best; k < best + L; k++) h = (Math.imul(h, BASE) + gram[k]!) | 0;
    let bits = bitmaps.get(L);
    if (bits === undefined) bitmaps.set(L, (bits = new Uint32Array(WORDS)));
    const b = bucket(h);
    bits[b >>> 5]! |= 1 << (b & 31);
    let byHash = exact.get(L);
    if (byHash === undefined) exact.set(L, (byHash = new Map()));
    const w = Uint16Array.from(gram.slice(best, best + L));
    const list = byHash.get(h);
    if (list === undefined) byHash.set(h, [w]);
    else if (!list.some((x) => x.every((u, k) => u === w[k]))) list.push(w);
    else continue;
    grams++;
  }
  const lengths = [...bitmaps.keys()].sort((a, b) => a - b);
  const nl = lengths.length;
  const lens = Int32Array.from(lengths);
  const pows = Int32Array.from(lengths, powOf);
  const maps = lengths.map((L) => bitmaps.get(L)!);
  const exacts = lengths.map((L) => exact.get(L)!);
  const hashes = new Int32Array(nl);
  const scratch = createBuffer(4096);

  /** Whether the stream units (t - L, t] are one of `list` (unit s of the stream: see mayMatch). */
  function confirm(list: Uint16Array[] | undefined, chars: Uint16Array, n: number, t: number, L: number): boolean {
    if (list === undefined) return false;
    outer: for (const w of list) {
      for (let k = 0; k < L; k++) {
        const s = t - L + 1 + k;
        // Units at or after t are not mapped yet (only t itself, which is final in `c`): map here.
        const u = s === 0 || s === n + 1 ? SEP : mapUnit(chars[s - 1]!);
        if (u !== w[k]) continue outer;
      }
      return true;
    }
    return false;
  }

  function mayMatch(text: string): boolean {
    if (nl === 0 || text.length === 0) return false;
    const buf: NormalisedBuffer = normaliseInto(text, true, text.length > 1 << 20 ? createBuffer(text.length + 16) : scratch);
    const chars = buf.chars;
    const n = buf.length;
    hashes.fill(0);
    // Stream index t: 0 and n + 1 are the virtual separators, t in [1, n] is chars[t - 1]
    // (mapped in place as it is read, so units leaving a window are read back mapped).
    for (let t = 0; t <= n + 1; t++) {
      let c = SEP;
      if (t >= 1 && t <= n) {
        c = chars[t - 1]!;
        if (c !== SEP && wordClassOf(c) === WORD_NONE) c = SEP;
        chars[t - 1] = c;
      }
      for (let k = 0; k < nl; k++) {
        const L = lens[k]!;
        let h = (Math.imul(hashes[k]!, BASE) + c) | 0;
        if (t >= L) {
          const old = t - L === 0 ? SEP : chars[t - L - 1]!;
          h = (h - Math.imul(old, pows[k]!)) | 0;
        }
        hashes[k] = h;
        if (t >= L - 1) {
          const b = bucket(h);
          if ((maps[k]![b >>> 5]! & (1 << (b & 31))) !== 0 && confirm(exacts[k]!.get(h), chars, n, t, L)) return true;
        }
      }
    }
    return false;
  }

  return { mayMatch, stats: { patterns: patterns.length, grams, lengths } };
}
