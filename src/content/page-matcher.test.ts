import { describe, expect, it, vi } from 'vitest';
import { matchingPart, outlinePart } from '../../scripts/pack-match.mjs';
import fullPack from '../pack/bundled-pack.json';
import { bytesToBase64 } from '../shared/base64';
import { COMPILED_MATCHER_FORMAT, type CompiledMatcherRecord } from '../shared/compiled-matcher-record';
import { matchingPacks } from '../shared/merged-packs';
import { buildMatcher, createPageState } from '../text/matcher';
import { compileMatcher } from '../text/matcher-compile';
import { serialiseMatcher } from '../text/matcher-format';
import type { Pack } from '../text/pack-types';
import type { PackOutline } from './annotator';
import { pageMatcher } from './page-matcher';

// What the page holds: the outline (page-annotator.js) and, only when imported, the match data and its
// compiler (page-pack.js).
const pack = matchingPart(fullPack as unknown as Pack);
const outline = outlinePart(fullPack as unknown as Pack) as PackOutline;

const glossary: Pack = {
  id: 'personal',
  version: '1',
  title: 'Mine',
  updated: '2026-12-06',
  entities: [{ ...pack.entities.find((e) => e.id === 'africom')!, aliases: { en: ['Africa Command HQ'] } }],
};

/** The background's stored record for the bundled pack plus `personal`, under `key`. */
const record = (personal: Pack | null, key: string): CompiledMatcherRecord => ({
  format: COMPILED_MATCHER_FORMAT,
  key,
  data: bytesToBase64(serialiseMatcher(buildMatcher(matchingPacks(pack, personal)))),
});

const ids = (text: string, m: ReturnType<typeof buildMatcher>) =>
  m.find(text, createPageState()).map((x) => x.entityId);
const TEXT = 'AFRICOM and the Africa Command HQ met in Rabat; HIMARS were on show.';

describe('the page’s own matcher', () => {
  it('loads the stored record with the outline alone: the match data is not imported', async () => {
    const compile = vi.fn(async (personal: Pack | null) => compileMatcher(matchingPacks(pack, personal)));
    const m = await pageMatcher(outline, null, record(null, 'k'), 'k', compile);
    expect(compile).not.toHaveBeenCalled();
    expect(ids(TEXT, m)).toEqual(ids(TEXT, buildMatcher([pack])));
    expect(ids(TEXT, m)).toContain('himars');
  });

  it('loads a record made with a glossary that replaces a bundled entity', async () => {
    const compile = vi.fn(async (personal: Pack | null) => compileMatcher(matchingPacks(pack, personal)));
    const m = await pageMatcher(outline, glossary, record(glossary, 'g'), 'g', compile);
    expect(compile).not.toHaveBeenCalled();
    expect(ids(TEXT, m)).toEqual(ids(TEXT, buildMatcher(matchingPacks(pack, glossary))));
    expect(ids('the Africa Command HQ', m)).toEqual(['africom']);
  });

  it('imports the match data and its compiler when no record fits: none, another key, another glossary', async () => {
    for (const [stored, key, personal] of [
      [undefined, 'k', null],
      [record(null, 'old'), 'k', null],
      [record(null, 'g'), 'g', glossary], // the key fits but the record lacks the glossary: loadMatcher refuses it
    ] as const) {
      const compile = vi.fn(async (personal: Pack | null) => compileMatcher(matchingPacks(pack, personal)));
      const m = await pageMatcher(outline, personal, stored, key, compile);
      expect(compile).toHaveBeenCalledTimes(1);
      expect(ids(TEXT, m)).toEqual(ids(TEXT, buildMatcher(matchingPacks(pack, personal))));
    }
  });
});
