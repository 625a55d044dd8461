/**
 * The matching half of the bundled pack and the compiler that builds a matcher from it, as their own
 * module (build.mjs CONTENT_MODULES: page-pack.js): the page's own matcher (./page-matcher.ts) imports
 * it only when it must build one, with no stored record to load. The engine (page-matcher.js) then holds
 * only what finds names; what compiles packs comes with the data it compiles. Cards come from the
 * background: no summaries or facts.
 */
import matchPack from '../pack/bundled-pack.json?match';
import { matchingPacks } from '../shared/matching-packs';
import { compileMatcher, type Compiled } from '../text/matcher-compile';
import type { Pack } from '../text/pack-types';

const bundledPack: Pack = matchPack;

/** What the matcher for the bundled pack plus `personal` is made of (makeMatcher makes it). */
export function compiledWith(personal: Pack | null): Compiled {
  return compileMatcher(matchingPacks(bundledPack, personal));
}
