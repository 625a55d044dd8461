/**
 * A person's initials between two words of a name: "Dagvin R. M. Anderson", «داجفين ر. م. أندرسون».
 * Pages write a name with or without them, so the normaliser reads a run of single-letter initials,
 * each a letter and a full stop after a space, as nothing when a word comes before it: the name's
 * words meet and its alias without initials matches (the span still covers them). Joined initials
 * ("U.S.", "R.M.", "e.g.") are one token and stay; so does a letter that opens a sentence.
 *
 * Pure and allocation-free: the normaliser notes each space it writes after a full stop and, only
 * when there is one, drops the initials from its buffer afterwards (dropInitials).
 */
import type { NormalisedBuffer } from './normalise';

const SPACE = 0x20;
const DOT = 0x2e;

const isLetter = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x0621 && c <= 0x064a);

/**
 * Where an initial ending at chars[j - 1] (a full stop) starts, when a word precedes it: the units from
 * there are dropped, so chars[0, result) ends with the space before it; -1 otherwise. Called at each
 * initial in turn, a run of them goes one by one (the word before meets the next).
 */
function initialsStart(chars: Uint16Array, j: number): number {
  if (j < 4 || chars[j - 1] !== DOT || !isLetter(chars[j - 2]!) || chars[j - 3] !== SPACE) return -1;
  return isLetter(chars[j - 4]!) ? j - 2 : -1;
}

/**
 * Drops the initials from the first `n` units of `buf`, given the units (ascending) that are spaces
 * written after a full stop; returns the new length. The same as dropping each initial as its space is
 * written: units before a space are compared as they stand once earlier initials are gone, and the
 * space before an initial takes the end of the dropped space (its collapsed run included).
 */
export function dropInitials(buf: NormalisedBuffer, n: number, spaces: readonly number[]): number {
  const { chars, starts, ends } = buf;
  let w = spaces[0]!; // units before the first noted space stay where they are
  let r = w;
  for (const k of spaces) {
    if (w !== r) {
      chars.copyWithin(w, r, k);
      starts.copyWithin(w, r, k);
      ends.copyWithin(w, r, k);
    }
    w += k - r;
    const s = initialsStart(chars, w);
    if (s >= 0) {
      ends[s - 1] = ends[k]!;
      w = s;
      r = k + 1;
    } else r = k;
  }
  if (w !== r) {
    chars.copyWithin(w, r, n);
    starts.copyWithin(w, r, n);
    ends.copyWithin(w, r, n);
  }
  return w + n - r;
}
