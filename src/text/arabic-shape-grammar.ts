/**
 * What the Arabic shape cues (arabic-shape.ts) share: a few folded particles and letters, and the
 * tests of the words next to a name (a construct's head, a list's next item, the word after, a digit).
 * Pure: reads the folded text (normalise.ts).
 */
import { isWordChar } from './boundaries';
import { PROCLITICS, SPACE, wordBefore } from './arabic-words';
import { text } from './folded-words';
import { foldString } from './normalise';

/** The capital in apposition after a country named like it (الجزائر العاصمة). */
export const CAPITAL = foldString('العاصمة');

/** Folded particles and letters the cues compare words with. */
export const LAM = foldString('ل');
export const IN = foldString('في');
export const ALEF_LAM = 'ال';
export const BETWEEN = foldString('بين');
export const TEH_MARBUTA = foldString('ة');
export const FROM_WORD = foldString('من');

/** A masculine nisba adjective with the article (الصليبي، الأسري): ends in ي, not a nisba's feminine. */
export const masculineNisba = (w: string): boolean => w.length >= 5 && w.startsWith(ALEF_LAM) && w.endsWith('ي');

/** Separators of a list or a table row. */
const LIST_SEPARATORS = [0x060c, 0x2c, 0x7c, 0x2f]; // ، , | /

/** The word next to `at` in a list or a row (dir -1 before, +1 after), with spaces and one separator between. */
export function listItem(chars: Uint16Array, length: number, at: number, dir: -1 | 1): string {
  const next = (p: number): number | undefined =>
    dir < 0 ? (p > 0 ? chars[p - 1] : undefined) : p < length ? chars[p] : undefined;
  let p = at;
  while (SPACE(next(p))) p += dir;
  const c = next(p);
  if (c !== undefined && LIST_SEPARATORS.includes(c)) {
    p += dir;
    while (SPACE(next(p))) p += dir;
  }
  let q = p;
  for (let c2 = next(q); c2 !== undefined && isWordChar(c2); c2 = next(q)) q += dir;
  return dir < 0 ? text(chars, q, p) : text(chars, p, q);
}

/** A digit's value (ASCII, Arabic-Indic or Persian), or -1. */
export function digit(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

/**
 * A head noun of `heads` right before the unprefixed name at `tok` (a construct's second term), with
 * up to two proclitics of its own (بمحاذاة، وفي شوارع → شوارع).
 */
export function governedBy(heads: ReadonlySet<string>, chars: Uint16Array, tok: number, s: number): boolean {
  if (s !== tok) return false; // وموسكو، بموسكو: a coordination or a place, not a construct's second term
  return governs(heads, wordBefore(chars, tok));
}

/** Whether `head`, with up to two proclitics of its own, is one of `heads` (governedBy's test of the word read). */
export function governs(heads: ReadonlySet<string>, head: string): boolean {
  for (let i = 0; i <= 2 && i < head.length - 1; i++) {
    if (i > 0 && !PROCLITICS.includes(head.charCodeAt(i - 1))) break;
    if (heads.has(head.slice(i))) return true;
  }
  return false;
}

/** A definite word without its proclitic preposition or conjunction (للموسيقار، وبالمهاجم → ال…). */
export function withoutProclitic(w: string): string {
  if (w.startsWith(LAM + LAM) && w.length > 3) return ALEF_LAM + w.slice(2);
  for (let i = 1; i <= 2 && i < w.length - 2; i++) {
    if (!PROCLITICS.includes(w.charCodeAt(i - 1))) break;
    if (w.startsWith(ALEF_LAM, i)) return w.slice(i);
  }
  return w;
}

/** The end of the word after `e` (only spaces between), or e when there is none. */
export function afterWord(chars: Uint16Array, length: number, e: number): number {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (p === e) return e;
  while (p < length && isWordChar(chars[p]!)) p++;
  return p;
}

export const YEH = 0x064a;
export const SEEN = 0x0633;

/** A masculine imperfect verb, its future's س perhaps on it (يقتصر، سيبقى), none of `notVerbs` (يجب، يوم). */
export function masculineVerb(notVerbs: ReadonlySet<string>, w: string): boolean {
  const verb = w.charCodeAt(0) === SEEN ? w.slice(1) : w;
  return verb.length >= 4 && verb.charCodeAt(0) === YEH && !notVerbs.has(w);
}
export const BEH = 0x0628;
export const COMMAS = [0x2c, 0x060c]; // , ،

/** Whether a list separator stands next to `at` (dir -1 before, +1 after), with only spaces between. */
export function separatorAt(chars: Uint16Array, length: number, at: number, dir: -1 | 1): boolean {
  let p = dir < 0 ? at - 1 : at;
  while (p >= 0 && p < length && SPACE(chars[p])) p += dir;
  return p >= 0 && p < length && LIST_SEPARATORS.includes(chars[p]!);
}
