/**
 * A group's or a weapon's name that is also a person's (arabic-shape.ts): the person by a noun in
 * apposition (`person`), the composer by a noun of his work (`work`).
 */
import { ALEF } from './fold-arabic';
import { procliticIn, SPACE, wordBefore, wordStartBefore } from './arabic-words';
import { playedBefore } from './arabic-neighbours';
import { ALEF_LAM, FROM_WORD, governs, masculineNisba, withoutProclitic } from './arabic-shape-grammar';
import type { ArabicShapeSets } from './arabic-shape-sets';

/**
 * A person's noun in apposition right before the unprefixed name at [tok, e): a role (المهاجم
 * فاغنر), or a masculine nisba used as a noun, which nothing definite stands before (سجل البرازيلي
 * فاغنر), as a qualifying adjective would (الجيش الأوكراني فاغنر), unless that is a role.
 */
export function person(words: ArabicShapeSets, chars: Uint16Array, tok: number, s: number): boolean {
  if (s !== tok) return false; // وفاغنر، لفاغنر: a coordination or an object, not an apposition
  // Roles and nisbas are definite: a word before that withoutProclitic cannot make so is neither (no string made).
  let to = tok;
  while (to > 0 && SPACE(chars[to - 1])) to--;
  if (!mayBeDefinite(chars, wordStartBefore(chars, tok), to)) return false;
  const written = wordBefore(chars, tok);
  const prev = withoutProclitic(written);
  if (words.roles.has(prev)) return true;
  if (!masculineNisba(prev)) return false;
  if (prev !== written) return true; // للبرازيلي فاغنر: a preposition governs the nisba, a noun
  const before = withoutProclitic(wordBefore(chars, wordStartBefore(chars, tok)));
  return !before.startsWith(ALEF_LAM) || words.roles.has(before); // المهاجم البرازيلي فاغنر
}

/** A work's noun governing the unprefixed name at [tok, s), or before من and it: the name is its author's. */
export function work(words: ArabicShapeSets, chars: Uint16Array, tok: number, s: number): boolean {
  if (s !== tok) return false; // وفاغنر، لفاغنر: neither governed nor after من
  // The word before, read once for the three tests.
  const head = wordBefore(chars, tok);
  if (governs(words.works, head)) return true;
  if (governs(words.clips, head)) return playedBefore(chars, wordStartBefore(chars, tok));
  if (head !== FROM_WORD) return false;
  const from = wordStartBefore(chars, tok);
  const noun = wordBefore(chars, from);
  if (procliticIn(words.works, noun)) return true;
  return procliticIn(words.clips, noun) && playedBefore(chars, wordStartBefore(chars, from));
}

/**
 * Whether withoutProclitic may read the word chars[from, to) as definite: ال within its first three units
 * (after up to two proclitics) or لل first. Read in place, before the word is made.
 */
function mayBeDefinite(chars: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k <= from + 2 && k + 1 < to; k++) if (chars[k] === ALEF && chars[k + 1] === LAM_UNIT) return true;
  return to - from > 3 && chars[from] === LAM_UNIT && chars[from + 1] === LAM_UNIT;
}

const LAM_UNIT = 0x0644;
