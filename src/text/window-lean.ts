/**
 * Which way a pending name's own window leans between two rival senses (issue 16, red-team class 5).
 *
 * A shared name (the Sahara: the desert or the territory) whose window settles neither sense is left to
 * the page, which gives it to the first candidate it names elsewhere. But the window's cue words were
 * already summed for each sense (context.ts): a window that leans clearly one way (the territory's
 * sovereignty and UN words, the desert's heat and travel) says more of this mention than the page's
 * other mentions do, and a page may name both. The matcher asks here once the second candidate joins a
 * pending match (nowhere else); the page then reads the lean first (page-evidence.ts: LEANS).
 */
import type { WindowReading } from './context';
import { LEANS } from './page-evidence';

/**
 * The difference of the two senses' scores (bias plus cue words: log-odds, each of its own rule) from
 * which the window leans. Chosen on the eval's dev split.
 */
export const LEAN_MARGIN = 4;

/** What a veto or a required word weighs in a lean: more than any sum of cue words. */
const WORD_SCORE = 100;

/**
 * A window's score for one sense: its required word and its veto, as far as read (words of its other
 * sentences, when its own sentence settled nothing: matcher.ts; a veto ends the reading, so a required
 * word read before it still counts: the rival's name on both sides, désert du Sahara … Sahara
 * occidental, leaves one sense's word and veto against the other's veto), then its bias and cue words.
 */
export const leanScore = (r: WindowReading): number =>
  (r.required ? WORD_SCORE : 0) - (r.veto ? WORD_SCORE : 0) + r.bias + r.cues;

/**
 * Reorders the candidates of a pending match in place, the leaning one first and LEANS after them, when
 * they are exactly two entities whose window scores differ by LEAN_MARGIN or more and the leaning one's is
 * above zero: a veto of its rival alone is no word for it (المناطق الغربية in the next sentence vetoes the
 * desert, and says nothing of the territory: ar-blind19-078), and the page decides. Returns whether it did.
 * `first` is the score of candidates[0], `second` of candidates[1].
 */
export function leanCandidates(candidates: string[], first: number, second: number): boolean {
  if (candidates.length !== 2 || candidates[0]!.includes(':') || candidates[1]!.includes(':')) return false;
  if (Math.abs(first - second) < LEAN_MARGIN || Math.max(first, second) <= 0) return false;
  if (second > first) candidates.reverse();
  candidates.push(LEANS);
  return true;
}
