/**
 * How a run's text goes to the finder: whole, or, when long, in chunks that overlap their
 * neighbours, so that no one message or match is long and a cut changes nothing found.
 */
import { LIMITS } from '../text/validate-pack';
import type { Match } from '../text/matcher';
import type { Run } from './collect-text';

/** A run longer than this is matched in chunks. */
export const CHUNK = 20_000;
/**
 * Text either side of a chunk that is matched with it but whose matches are left to the
 * neighbouring chunk, so that a name cut in two, or a context rule's window crossing the cut, is
 * read whole. The limits count normalised characters; twice them leaves room for what
 * normalising drops (diacritics, runs of spaces).
 */
export const CHUNK_OVERLAP = 2 * (LIMITS.maxWindow + LIMITS.aliasLength);
/** How far an overlap's edge moves to reach a space: the matcher never reads a word cut in two. */
const WORD_EDGE = LIMITS.aliasLength;

/** A piece of a run's text on its way to the finder: the run, and where the piece starts in it. */
export interface Part {
  run: Run;
  base: number;
  text: string;
  /**
   * A chunk of a long run: only its matches that start in [from, to) (run offsets) are kept.
   * (The coreference state does see the overlap's names: a full name matched just after a cut
   * counts as seen a little early, and a bare surname shortly before it may then match too.)
   */
  chunk?: { from: number; to: number };
}

const SPACE = /\s/;

/**
 * The run's text, whole or in overlapping chunks (which may go in different batches), as the page
 * holds it: the finder reads its line breaks as spaces (shared/as-shown.ts).
 */
export function partsOf(run: Run): Part[] {
  const text = run.joined.text;
  if (text.length <= CHUNK) return [{ run, base: 0, text }];
  const parts: Part[] = [];
  for (let from = 0; from < text.length; from += CHUNK) {
    const to = Math.min(text.length, from + CHUNK);
    let base = Math.max(0, from - CHUNK_OVERLAP);
    for (const stop = Math.max(0, base - WORD_EDGE); base > stop && !SPACE.test(text[base - 1]!);) base--;
    let end = Math.min(text.length, to + CHUNK_OVERLAP);
    for (const stop = Math.min(text.length, end + WORD_EDGE); end < stop && !SPACE.test(text[end]!);) end++;
    parts.push({ run, base, text: text.slice(base, end), chunk: { from, to } });
  }
  return parts;
}

/** Whether a match the finder found in `part` is this part's to keep (a chunk's neighbour keeps the rest). */
export function keeps(part: Part, m: Match): boolean {
  return !part.chunk || (part.base + m.start >= part.chunk.from && part.base + m.start < part.chunk.to);
}
