/**
 * The matching half of the bundled pack, built as its own module (build.mjs CONTENT_MODULES:
 * page-pack.js): the page's own matcher (./page-matcher.ts) imports it only when it must build a
 * matcher, with no stored record to load. Cards come from the background: no summaries or facts.
 */
import matchPack from '../pack/bundled-pack.json?match';
import type { Pack } from '../text/pack-types';

export const bundledPack: Pack = matchPack;
