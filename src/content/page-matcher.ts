/**
 * The page's own matcher, built as a third module (build.mjs CONTENT_MODULES: page-matcher.js):
 * the engine, used only when the background cannot answer (./finder.ts backgroundFinder's
 * fallback). page-annotator.js imports it then, so a page whose text the background matches
 * neither fetches nor evaluates the engine.
 *
 * The background's stored record (its precompiled matcher) is checked against the pack's identity
 * alone, which the annotator's outline holds; the pack's match data, with the compiler that builds from
 * it, is a fourth module (./page-pack.ts, page-pack.js), imported only when there is no record for this
 * glossary to load.
 */
import { precompiledFor } from '../shared/compiled-matcher-record';
import { loadedMatcher, matchingPacks } from '../shared/merged-packs';
import { makeMatcher, type Compiled, type Matcher } from '../text/matcher';
import type { Pack, PackIdentity } from '../text/pack-types';
import type { PackOutline } from './annotator';

/** The outline's pack identity: its entities are its categories' keys, in the pack's order. */
const identityOf = (outline: PackOutline): PackIdentity => ({
  id: outline.id,
  version: outline.version,
  entities: Object.keys(outline.categories).map((id) => ({ id })),
});

/**
 * The matcher for the bundled pack plus `personal`: loaded from the stored record (`stored`,
 * unchecked) when it was built for `key`, else made here from what `compile` (page-pack.js) compiles.
 */
export async function pageMatcher(
  outline: PackOutline,
  personal: Pack | null,
  stored: unknown,
  key: string,
  compile: (personal: Pack | null) => Promise<Compiled>,
): Promise<Matcher> {
  return (
    loadedMatcher(matchingPacks(identityOf(outline), personal), precompiledFor(stored, key)) ??
    makeMatcher(await compile(personal))
  );
}
