import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchingPart } from '../../scripts/pack-match.mjs';
import fullPack from '../pack/bundled-pack.json';
import { buildMatcher } from '../text/matcher';
import { serialiseMatcher } from '../text/matcher-format';
import type { Pack } from '../text/pack-types';
import { createKnowledge, matchingPacks, matcherFor } from './knowledge';
import { base64ToBytes, bytesToBase64, COMPILED_MATCHER_FORMAT, hashText, matcherKey, precompiledFor } from './matcher-key';

// The pack exactly as the content script and the background get it (`bundled-pack.json?match`).
const matchPack = matchingPart(fullPack as unknown as Pack);
const article = readFileSync(new URL('../../tests/fixtures/seed/article.ar.txt', import.meta.url), 'utf8');
const glossary = (): Pack => JSON.parse(readFileSync(new URL('../../tests/fixtures/glossaries/valid.json', import.meta.url), 'utf8')) as Pack;
const clash = (): Pack => JSON.parse(readFileSync(new URL('../../tests/fixtures/glossaries/bundled-clash.json', import.meta.url), 'utf8')) as Pack;

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
    const edited = { ...g, entities: g.entities.map((e, i) => (i === 0 ? { ...e, aliases: { ...e.aliases, en: [...(e.aliases.en ?? []), 'Zebra'] } } : e)) };
    expect(matcherKey('1.0.0', matchPack, edited)).not.toBe(base);
    expect(matcherKey('1.0.0', matchPack, null)).not.toBe(base);
    expect(matcherKey('1.0.0', { ...matchPack, version: `${matchPack.version}.1` }, g)).not.toBe(base);
    expect(matcherKey('1.0.1', matchPack, g)).not.toBe(base);
    // An empty glossary matches like none.
    expect(matcherKey('1.0.0', matchPack, { ...g, entities: [] })).toBe(matcherKey('1.0.0', matchPack, null));
  });
  it('hashText differs on small edits', () => {
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('base64', () => {
  it('round-trips every byte value and large arrays', () => {
    const bytes = new Uint8Array(200_003);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 255;
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(back.length).toBe(bytes.length);
    expect(Buffer.compare(back, bytes)).toBe(0);
    expect(base64ToBytes(bytesToBase64(new Uint8Array([0, 255, 128])))).toEqual(new Uint8Array([0, 255, 128]));
  });
  it("uses the platform's native decoder when there is one (browsers), and only then", () => {
    const calls: string[] = [];
    const native = (text: string): Uint8Array => {
      calls.push(text);
      return new Uint8Array(Buffer.from(text, 'base64'));
    };
    expect(base64ToBytes('AP+A', native)).toEqual(new Uint8Array([0, 255, 128]));
    expect(calls).toEqual(['AP+A']);
    expect(base64ToBytes('AP+A', undefined)).toEqual(new Uint8Array([0, 255, 128]));
    expect(calls).toHaveLength(1);
  });
  it('decode of garbage throws, and precompiledFor turns that into null', () => {
    expect(() => base64ToBytes('%%% not base64 %%%')).toThrow();
    expect(precompiledFor({ format: COMPILED_MATCHER_FORMAT, key: 'k', data: '%%%' }, 'k')).toBeNull();
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
