/**
 * The bundled pack merged with the reader's personal glossary (a Knowledge), ready to match and to explain.
 * Pure (no DOM, no storage): the content script and the popup both build one from what they load.
 *
 * A personal entity whose id equals a bundled one replaces it (the reader's word wins); every
 * other personal entity is added. Matching runs over the merged list, in that order.
 */
import { buildMatcher, type Matcher } from '../text/matcher';
import { loadMatcher } from '../text/matcher-format';
import { precompiledFor } from './compiled-matcher-record';
import type { Entity, Pack, PackIdentity } from '../text/pack-types';
import { debug } from './debug-log';
import { matchingPacks } from './matching-packs';

export { matchingPacks };

export interface KnownEntity {
  entity: Entity;
  /** True when the entity comes from the reader's personal glossary. */
  personal: boolean;
}

export interface Knowledge {
  /** Built (or loaded) on first use. */
  readonly matcher: Matcher;
  /** The entity with this id, and where it comes from; undefined for an unknown id. */
  entity(id: string): KnownEntity | undefined;
  /** Every entity, bundled first (minus those the glossary replaces), then personal. */
  readonly entities: readonly KnownEntity[];
  /** The bundled pack's "updated" date (YYYY-MM-DD). */
  readonly updated: string;
  /** The "updated" date of the pack this entity comes from (the glossary's for personal ones). */
  updatedOf(id: string): string;
  /** True when the matcher was loaded from a precompiled one rather than built here. */
  readonly precompiled: boolean;
}

/** loadMatcher(precompiled) when given and it fits `packs`, else null (a stale or damaged one is logged). */
export function loadedMatcher(
  packs: readonly PackIdentity[],
  precompiled: Uint8Array | null | undefined,
): Matcher | null {
  if (!precompiled) return null;
  try {
    return loadMatcher(precompiled, packs);
  } catch (e) {
    debug('loadedMatcher: stale or damaged precompiled matcher', e); // the caller builds, as without one
    return null;
  }
}

/** loadMatcher(precompiled) when given and it fits `packs`; otherwise (or on any error) buildMatcher. */
export function matcherFor(
  packs: readonly Pack[],
  precompiled?: Uint8Array | null,
): { matcher: Matcher; precompiled: boolean } {
  const loaded = loadedMatcher(packs, precompiled);
  return loaded ? { matcher: loaded, precompiled: true } : { matcher: buildMatcher(packs), precompiled: false };
}

/**
 * The matcher for the bundled pack plus `personal`, loaded from the background's stored record
 * (`stored`, unchecked) when it was built for `key` (matcherKey), else built here.
 */
export function matcherFromStore(bundled: Pack, personal: Pack | null, stored: unknown, key: string): Matcher {
  return matcherFor(matchingPacks(bundled, personal), precompiledFor(stored, key)).matcher;
}

/**
 * `precompiled`: serialiseMatcher() output for matchingPacks(bundled, personal), if the caller has
 * one; used when loadMatcher accepts it, else the matcher is built as without it.
 */
export function createKnowledge(bundled: Pack, personal: Pack | null, precompiled?: Uint8Array | null): Knowledge {
  const personalIds = new Set((personal?.entities ?? []).map((e) => e.id));
  const entities: KnownEntity[] = [
    ...bundled.entities.filter((e) => !personalIds.has(e.id)).map((entity) => ({ entity, personal: false })),
    ...(personal?.entities ?? []).map((entity) => ({ entity, personal: true })),
  ];
  const byId = new Map(entities.map((k) => [k.entity.id, k]));
  // Built on first use: most holders of knowledge (the background's cards, a page whose text the
  // background matches) never match with it.
  let built: ReturnType<typeof matcherFor> | null = null;
  const matching = () => (built ??= matcherFor(matchingPacks(bundled, personal), precompiled));
  return {
    get matcher() {
      return matching().matcher;
    },
    get precompiled() {
      return matching().precompiled;
    },
    entity: (id) => byId.get(id),
    entities,
    updated: bundled.updated,
    updatedOf: (id) => (byId.get(id)?.personal ? (personal?.updated ?? bundled.updated) : bundled.updated),
  };
}
