/**
 * A person's initials between two words of a name: "Dagvin R. M. Anderson", «داجفين ر. م. أندرسون».
 * Pages write a name with or without them, so the normaliser reads a run of single-letter initials,
 * each a letter and a full stop after a space, as nothing when a word comes before it: the name's
 * words meet and its alias without initials matches (the span still covers them). Joined initials
 * ("U.S.", "R.M.", "e.g.") are one token and stay; so does a letter that opens a sentence.
 *
 * Pure and allocation-free: it reads the normalised units already written, called only at a space
 * that follows a full stop.
 */

const SPACE = 0x20;
const DOT = 0x2e;

const isLetter = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x0621 && c <= 0x064a);

/**
 * Where an initial ending at chars[j - 1] (a full stop) starts, when a word precedes it: the units from
 * there are dropped, so chars[0, result) ends with the space before it; -1 otherwise. Called at each
 * initial in turn, a run of them goes one by one (the word before meets the next).
 */
export function initialsStart(chars: Uint16Array, j: number): number {
  if (j < 4 || chars[j - 1] !== DOT || !isLetter(chars[j - 2]!) || chars[j - 3] !== SPACE) return -1;
  return isLetter(chars[j - 4]!) ? j - 2 : -1;
}
