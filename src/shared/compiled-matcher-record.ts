/**
 * The precompiled matcher the background keeps in storage.local for the content script, and the
 * key that says which packs it was built for. Pure (no storage, no DOM): the background computes
 * the key when it stores a matcher, the content script computes it again from what it loaded, and
 * uses the stored matcher only when both agree (loadMatcher checks pack ids and entity ids too).
 *
 *   storage.local "compiledMatcher"  { format: COMPILED_MATCHER_FORMAT, key: string, data: base64 of serialiseMatcher() }
 */
import type { Pack } from '../text/pack-types';
import { base64ToBytes } from './base64';
import { debug } from './debug-log';
import { hashText } from './text-hash';

export const COMPILED_MATCHER_KEY = 'compiledMatcher';
// 3: the engine's GLM2 blob (context rules stored compiled). 2 is skipped: compiled-matcher-record.test.ts uses it as "another format".
// 4: aliases flag a general place (page-evidence.ts weighs it): a blob without the flag must not load.
// 5: the GLM4 blob (other-sense phrases flagged in the alias records).
// 6: the GLM5 blob (organisations' aliases flagged: their inner names are modifiers).
// 7: the GLM6 blob (context rules without their first-letter bitsets: context.ts indexes words itself).
// 8: the GLM7 blob (a rule's window may be the text after the mention only).
// 9: its meta carries each entity's other-sense and story head nouns (sense-heads.ts: BesideHeads).
// 10: its meta carries the country table's lines (country-table.ts), which the page's engine no longer holds.
// 11: the recognition clause's stem is the automaton's last pattern (pattern alias -1): found by the scan.
// 12: its meta carries the engine's word lists (engine-words.ts), which the page's engine no longer holds.
// 13: those lists are folded by the compiler (engine-words.ts: recordWords); the page folds none.
// 14: those lists hold CitySigns' and SenseHeads' too (city-sign-words.ts, sense-head-words.ts).
// 15: those lists hold the nouns of a name's kind too (kind-noun-words.ts).
// 16: those lists hold the own-country rules, name-shape's lists, the event rules and the
// occupations too (own-countries.ts, name-shape-words.ts, event-agent-rules.ts, occupation-words.ts,
// former-name-words.ts).
// 17: those lists hold the section labels of a news digest too (rubric-words.ts).
// 18: those lists hold seatVerb's, office-cues', quoted-product's and press-title's too
// (seat-verb-words.ts, office-cue-words.ts, quoted-product-words.ts, press-title-words.ts).
export const COMPILED_MATCHER_FORMAT = 18;

export interface CompiledMatcherRecord {
  format: typeof COMPILED_MATCHER_FORMAT;
  key: string;
  data: string;
}

/**
 * Identifies the matcher for (extension version, bundled pack id+version, personal glossary).
 * The extension version is in it so a stale blob from an older engine is never loaded.
 */
export function matcherKey(
  extensionVersion: string,
  bundled: Pick<Pack, 'id' | 'version'>,
  glossary: Pack | null,
): string {
  const personal = glossary && glossary.entities.length > 0 ? hashText(JSON.stringify(glossary)) : 'none';
  return `${COMPILED_MATCHER_FORMAT}|${extensionVersion}|${bundled.id}@${bundled.version}|${personal}`;
}

function isCompiledMatcherRecord(value: unknown): value is CompiledMatcherRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<CompiledMatcherRecord>;
  return r.format === COMPILED_MATCHER_FORMAT && typeof r.key === 'string' && typeof r.data === 'string';
}

/**
 * The stored matcher's bytes when `stored` is a record for exactly `key`, else null (absent,
 * other format, stale key, undecodable). Never throws.
 */
export function precompiledFor(stored: unknown, key: string): Uint8Array | null {
  if (!isCompiledMatcherRecord(stored) || stored.key !== key) return null;
  try {
    return base64ToBytes(stored.data);
  } catch (e) {
    debug('precompiledFor: undecodable', e);
    return null;
  }
}
