import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchingPart } from '../../scripts/pack-match.mjs';
import fullPack from '../pack/bundled-pack.json';
import { buildMatcher } from '../text/matcher';
import { serialiseMatcher } from '../text/matcher-format';
import type { Pack } from '../text/pack-types';
import { createKnowledge, matchingPacks, matcherFor } from './merged-packs';
import { base64ToBytes, bytesToBase64 } from './base64';
import { COMPILED_MATCHER_FORMAT, matcherKey, precompiledFor } from './compiled-matcher-record';

// The pack exactly as the content script and the background get it (`bundled-pack.json?match`).
const matchPack = matchingPart(fullPack as unknown as Pack);
const article = readFileSync(new URL('../../tests/fixtures/seed/article.ar.txt', import.meta.url), 'utf8');
const glossary = (): Pack =>
  JSON.parse(readFileSync(new URL('../../tests/fixtures/glossaries/valid.json', import.meta.url), 'utf8')) as Pack;
const clash = (): Pack =>
  JSON.parse(
    readFileSync(new URL('../../tests/fixtures/glossaries/bundled-clash.json', import.meta.url), 'utf8'),
  ) as Pack;

/** What the background stores for these packs. */
function record(packs: Pack[], key: string) {
  return { format: COMPILED_MATCHER_FORMAT, key, data: bytesToBase64(serialiseMatcher(buildMatcher(packs))) };
}

describe('matcherKey', () => {
  it('is stable for the same inputs (and for an equal glossary read again)', () => {
    expect(matcherKey('1.0.0', matchPack, null)).toBe(matcherKey('1.0.0', matchPack, null));
    expect(matcherKey('1.0.0', matchPack, glossary())).toBe(matcherKey('1.0.0', matchPack, glossary()));
    expect(matcherKey('1.0.0', matchPack, null)).toContain(`${matchPack.id}@${matchPack.version}`);
  });
  it('changes when the glossary, the pack version or the extension version changes', () => {
    const g = glossary();
    const base = matcherKey('1.0.0', matchPack, g);
    const edited = {
      ...g,
      entities: g.entities.map((e, i) =>
        i === 0 ? { ...e, aliases: { ...e.aliases, en: [...(e.aliases.en ?? []), 'Zebra'] } } : e,
      ),
    };
    expect(matcherKey('1.0.0', matchPack, edited)).not.toBe(base);
    expect(matcherKey('1.0.0', matchPack, null)).not.toBe(base);
    expect(matcherKey('1.0.0', { ...matchPack, version: `${matchPack.version}.1` }, g)).not.toBe(base);
    expect(matcherKey('1.0.1', matchPack, g)).not.toBe(base);
    // An empty glossary matches like none.
    expect(matcherKey('1.0.0', matchPack, { ...g, entities: [] })).toBe(matcherKey('1.0.0', matchPack, null));
  });
});

describe('precompiled matcher round trip (serialise → base64 → decode → loadMatcher)', () => {
  it('gives the same find() results as buildMatcher on the seed article, and is used', () => {
    const key = matcherKey('1.0.0', matchPack, null);
    const stored = record(matchingPacks(matchPack, null), key);
    const built = createKnowledge(matchPack, null);
    const loaded = createKnowledge(matchPack, null, precompiledFor(stored, key));
    expect(built.precompiled).toBe(false);
    expect(loaded.precompiled).toBe(true);
    const expected = built.matcher.find(article);
    expect(expected.length).toBeGreaterThan(10);
    expect(loaded.matcher.find(article)).toEqual(expected);
    expect(loaded.matcher.entityIds).toEqual(built.matcher.entityIds);
  });
  it('works with a glossary that replaces a bundled entity (same packs on both sides)', () => {
    const g = clash();
    const key = matcherKey('1.0.0', matchPack, g);
    const stored = record(matchingPacks(matchPack, g), key);
    const loaded = createKnowledge(matchPack, g, precompiledFor(stored, key));
    expect(loaded.precompiled).toBe(true);
    const text = `${article}\nMy AFRICOM`;
    expect(loaded.matcher.find(text)).toEqual(createKnowledge(matchPack, g).matcher.find(text));
  });
});

describe('picking loadMatcher vs buildMatcher from the stored record', () => {
  it('undecodable data → null', () => {
    expect(precompiledFor({ format: COMPILED_MATCHER_FORMAT, key: 'k', data: '%%%' }, 'k')).toBeNull();
  });
  const key = matcherKey('1.0.0', matchPack, null);
  const good = record(matchingPacks(matchPack, null), key);
  const expected = createKnowledge(matchPack, null).matcher.find(article);
  const cases: [string, unknown, string][] = [
    ['absent', undefined, key],
    ['null', null, key],
    ['not an object', 'compiled', key],
    ['other format', { ...good, format: COMPILED_MATCHER_FORMAT + 1 }, key],
    ['stale key (glossary changed since)', good, matcherKey('1.0.0', matchPack, glossary())],
    ['garbage base64', { ...good, data: '@@@garbage@@@' }, key],
    ['valid base64, not a matcher', { ...good, data: btoa('hello, not a matcher at all') }, key],
    ['truncated matcher', { ...good, data: bytesToBase64(base64ToBytes(good.data).subarray(0, 1000)) }, key],
  ];
  it.each(cases)('%s → builds, same results', (_name, stored, currentKey) => {
    const k = createKnowledge(matchPack, null, precompiledFor(stored, currentKey));
    expect(k.precompiled).toBe(false);
    expect(k.matcher.find(article)).toEqual(expected);
  });
  it('a matcher for other packs (key forged to match) → loadMatcher refuses, builds', () => {
    const other = record(matchingPacks(matchPack, clash()), key);
    const r = matcherFor(matchingPacks(matchPack, null), precompiledFor(other, key));
    expect(r.precompiled).toBe(false);
    expect(r.matcher.find(article)).toEqual(expected);
  });
  it('a valid record for the current key → loadMatcher', () => {
    expect(matcherFor(matchingPacks(matchPack, null), precompiledFor(good, key)).precompiled).toBe(true);
  });
});
