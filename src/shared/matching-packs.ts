/**
 * Which packs a matcher is built from when the reader has a personal glossary. Apart from
 * merged-packs.ts so that the page's compiler (content/page-pack.ts) takes it without the matcher.
 */
import type { Pack, PackIdentity } from '../text/pack-types';

/**
 * The packs matching runs over, in order: the bundled pack minus the entities the glossary
 * replaces, then the glossary (when it has entities). A precompiled matcher must be built from these.
 * `bundled` may be the pack's identity alone (PackIdentity): enough to check a precompiled matcher.
 */
export function matchingPacks<P extends PackIdentity>(bundled: P, personal: Pack | null): Array<P | Pack> {
  const personalIds = new Set((personal?.entities ?? []).map((e) => e.id));
  const packs: Array<P | Pack> = [{ ...bundled, entities: bundled.entities.filter((e) => !personalIds.has(e.id)) }];
  if (personal && personal.entities.length > 0) packs.push(personal);
  return packs;
}
