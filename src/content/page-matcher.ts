/**
 * The page's own matcher, built as a third module (build.mjs CONTENT_MODULES: page-matcher.js):
 * the engine and the matching half of the pack, used only when the background cannot answer
 * (./finder.ts backgroundFinder's fallback). page-annotator.js imports it then, so a page whose
 * text the background matches neither fetches nor evaluates the engine or the pack's match data.
 */
// Only the matching half of the pack (no summaries or facts): cards come from the background.
import matchPack from '../pack/bundled-pack.json?match';
import { matcherFromStore } from '../shared/merged-packs';
import type { Matcher } from '../text/matcher';
import type { Pack } from '../text/pack-types';

const bundled: Pack = matchPack;

/**
 * The matcher for the bundled pack plus `personal`: loaded from the background's stored record
 * (`stored`, unchecked) when it was built for `key`, else built here.
 */
export function pageMatcher(personal: Pack | null, stored: unknown, key: string): Matcher {
  return matcherFromStore(bundled, personal, stored, key);
}
