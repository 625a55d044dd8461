import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { CUE_ACCEPT, CUE_REJECT } from './context';
import { buildMatcher, createPageState, createScanState, makeMatcher, type Match, type Matcher } from './matcher';
import { compileMatcher } from './matcher-compile';
import { loadMatcher, serialiseMatcher } from './matcher-format';
import { foldString } from './normalise';
import type { Pack } from './pack-types';
import fixture from './fixtures/test-pack.json';

const matcher = buildMatcher([fixture as Pack]);

describe('matcher: precompiled form', () => {
  it('loadMatcher(serialiseMatcher(m)) finds exactly what m finds', () => {
    const pack = fixture as Pack;
    const data = serialiseMatcher(matcher);
    const loaded = loadMatcher(data, [pack]);
    // Same automaton; a loaded matcher keeps dense rows for its shallow states only (fewer bytes).
    expect({ ...loaded.stats, bytes: 0 }).toEqual({ ...matcher.stats, bytes: 0 });
    expect(loaded.stats.bytes).toBeLessThanOrEqual(matcher.stats.bytes);
    const texts = [
      "Then Africom and the U.S. Africa Command met. AFRICOM's TOW missiles, a TOW truck.",
      'Wagner mercenaries; Richard Wagner; والرباط وللمغرب المغربية',
      `Michael Langley arrived.${' and then'.repeat(30)} Langley said`,
    ];
    for (const t of texts) expect(loaded.find(t)).toEqual(matcher.find(t));
    // Unaligned copy and ArrayBuffer input.
    const shifted = new Uint8Array(data.length + 1).subarray(1);
    shifted.set(data);
    expect(loadMatcher(shifted, [pack]).find(texts[0]!)).toEqual(matcher.find(texts[0]!));
    expect(loadMatcher(data.slice().buffer, [pack]).find(texts[1]!)).toEqual(matcher.find(texts[1]!));
  });
  it('refuses data made for other packs', () => {
    const pack = fixture as Pack;
    const data = serialiseMatcher(matcher);
    expect(() => loadMatcher(data, [{ ...pack, version: 'other' }])).toThrow(/other packs/);
    expect(() => loadMatcher(new Uint8Array(16), [pack])).toThrow(/not a precompiled/);
  });
});

describe('matcher: a rule that reads one side (GLM7)', () => {
  /** Two variants of one alias (en, fr), each with its rule's side. */
  const us = (en: 'after' | undefined, fr: 'after' | undefined): Pack => ({
    id: 'us',
    version: '1',
    title: 'us',
    updated: '2026-01-01',
    entities: [
      {
        id: 'united-states',
        category: 'place',
        names: {},
        aliases: {
          en: [{ text: 'the U.S.', caseSensitive: true, context: { vetoes: ['military'], window: 15, side: en } }],
          fr: [{ text: 'the U.S.', caseSensitive: true, context: { vetoes: ['soldiers'], window: 15, side: fr } }],
        },
        summary: {},
        facts: [],
      },
    ],
  });
  const ids = (m: Matcher, text: string): string[] => m.find(text).map((x) => x.entityId);

  it('keeps the side through the precompiled form', () => {
    const built = buildMatcher([us('after', 'after')]);
    const loaded = loadMatcher(serialiseMatcher(built), [us('after', 'after')]);
    for (const m of [built, loaded]) {
      expect(ids(m, 'The military and the U.S. agreed.')).toEqual(['united-states']);
      expect(ids(m, 'Then the U.S. military flew in.')).toEqual([]);
    }
  });

  it('reads both sides when one variant of the alias does (merged rules)', () => {
    const both = buildMatcher([us('after', undefined)]);
    expect(ids(both, 'The military and the U.S. agreed.')).toEqual([]);
  });
});

describe('matcher: precompiled form keeps weighted cue words (GLM3)', () => {
  // The fixture with weights on Apache (a rule of required words and vetoes) and on Langley (vetoes only).
  const weighted = structuredClone(fixture) as Pack;
  const apache = weighted.entities.find((e) => e.id === 'ah-64-apache')!;
  const [A, R] = [CUE_ACCEPT, -CUE_REJECT]; // weights in units of the thresholds
  apache.context = {
    ...apache.context,
    weights: { boeing: 0.7 * A, delivered: 0.4 * A, tribe: -1.3 * R, القبيلة: -1.1 * R },
  };
  const langley = weighted.entities.find((e) => e.id === 'michael-langley')!;
  langley.context = { ...langley.context, weights: { spy: -0.6 * R, agency: -0.5 * R, general: 1.1 * A } };
  const texts = [
    ['Boeing delivered the Apache.', 'The Apache tribe met.', 'An Apache helicopter flew.'].join(
      ' and so on'.repeat(20),
    ),
    'Langley, the spy agency, said. General Michael Langley arrived and Langley said.',
    'قالت القبيلة إن أباتشي جاءت',
    // One general place (the alias flag bit 4: Morocco weighs 1) does not make a page the story's.
    'Over Morocco an Apache flew.',
  ];
  const isApache = (m: Match): boolean => m.entityId === 'ah-64-apache';
  it('loads weights that decide as the built matcher does, and re-serialises to the same bytes', () => {
    const built = buildMatcher([weighted]);
    const data = serialiseMatcher(built);
    const loaded = loadMatcher(data, [weighted]);
    // Decided alone, and page-wide: each window's verdict (counted, general, pending, rejected).
    for (const t of texts) {
      expect(loaded.find(t)).toEqual(built.find(t));
      expect(loaded.find(t, createPageState())).toEqual(built.find(t, createPageState()));
    }
    const unweighted = buildMatcher([fixture as Pack]);
    const windows = (m: Matcher): (string | undefined)[] =>
      m
        .find(texts[0]!, createPageState())
        .filter(isApache)
        .map((x) => x.sense);
    // The weights decide windows: the first Apache is accepted by its cues alone, the second rejected
    // by them; without weights both are left to the page.
    expect(windows(loaded)).toEqual([undefined, 'rejected', undefined]);
    expect(windows(unweighted)).toEqual(['pending', 'pending', undefined]);
    // The text decided as a page: the rejected one stays out; without weights, the page's own
    // counted Apache confirms both pending ones (one sense per page).
    expect(loaded.find(texts[0]!).filter(isApache)).toHaveLength(2);
    expect(unweighted.find(texts[0]!).filter(isApache)).toHaveLength(3);
    // The general-place flag survives: Morocco alone is weak evidence, the pending Apache stays out.
    expect(loaded.find(texts[3]!, createPageState()).map((m) => m.sense)).toEqual(['general', 'pending']);
    expect(loaded.find(texts[3]!).map((m) => m.entityId)).toEqual(['morocco']);
    expect(serialiseMatcher(loaded)).toEqual(data);
  });
  it('rejects a GLM2 blob, so callers rebuild', () => {
    const data = serialiseMatcher(buildMatcher([weighted]));
    const old = data.slice();
    old.set([0x47, 0x4c, 0x4d, 0x32], 0); // "GLM2"
    expect(() => loadMatcher(old, [weighted])).toThrow(/older GLM2/);
  });
  it('rejects a GLM5 blob (rules with first-letter bitsets), so callers rebuild', () => {
    const old = serialiseMatcher(buildMatcher([weighted])).slice();
    old.set([0x47, 0x4c, 0x4d, 0x35], 0); // "GLM5"
    expect(() => loadMatcher(old, [weighted])).toThrow(/older GLM5/);
  });
});

describe('matcher: precompiled form of the bundled pack', () => {
  const texts = [
    "Then Africom and the U.S. Africa Command met. AFRICOM's TOW missiles, a TOW truck, tow the line.",
    'Wagner mercenaries in Mali; Richard Wagner at the opera; والرباط وللمغرب المغربية بالمغرب',
    `Gen. Michael Langley arrived.${' and then'.repeat(30)} Langley said; Langley, Virginia; l'Africom et le Maroc`,
    'Apache helicopters and AH-64 Apache, the Apache tribe; صواريخ تاو والأسد الإفريقي ومايكل لانجلي; فاغنر في مالي',
    // a middle name: the person's given names travel with the precompiled form
    'Michael Edward Langley took command. Peter James Langley, a solicitor, did not.',
  ];
  it('a loaded bundled pack finds exactly what the built one finds, whatever its dense-row budget', () => {
    const pack = bundled as unknown as Pack;
    const built = buildMatcher([pack]);
    const data = serialiseMatcher(built);
    const page = texts.join('\n').repeat(3);
    for (const options of [{}, { denseBudget: 1 }, { denseBudget: 200 }, { denseBudget: 1 << 21 }]) {
      const loaded = loadMatcher(data, [pack], options);
      for (const t of [...texts, page]) expect(loaded.find(t)).toEqual(built.find(t));
      // Shared scan state (afterMention) behaves the same block by block.
      const a = createScanState();
      const b = createScanState();
      for (const t of texts) expect(loaded.find(t, b)).toEqual(built.find(t, a));
    }
    // Re-serialising a loaded matcher gives the same bytes.
    expect(serialiseMatcher(loadMatcher(data, [pack]))).toEqual(data);
    // One build and five loads of the bundled pack: about 2 s alone, over 5 s on a loaded shared machine.
  }, 30_000);
  it('rejects an older-format (GLM1) blob and a truncated one, so callers rebuild', () => {
    const pack = fixture as Pack;
    const data = serialiseMatcher(matcher);
    const old = data.slice();
    old.set([0x47, 0x4c, 0x4d, 0x31], 0); // "GLM1"
    expect(() => loadMatcher(old, [pack])).toThrow(/older GLM1/);
    expect(() => loadMatcher(data.subarray(0, data.length - 64), [pack])).toThrow();
  });
});

describe('matcher: the record carries the engine’s word lists (engine-words.ts)', () => {
  it('a matcher reads the lists of its record, and a loaded one those it was saved with', () => {
    const packs = [bundled as Pack];
    const compiled = compileMatcher(packs);
    // Without the US states, "Morocco, Maine" is no longer an address: Morocco is the country.
    const address = { ...compiled.words.address, stateNames: [] };
    const noStates = makeMatcher({ ...compiled, words: { ...compiled.words, address } });
    const text = 'Morocco, Maine is a small town.';
    const ids = (m: Matcher): string[] => m.find(text).map((x) => x.entityId);
    expect(ids(buildMatcher(packs))).not.toContain('morocco');
    expect(ids(noStates)).toContain('morocco');
    expect(ids(loadMatcher(serialiseMatcher(noStates), packs))).toContain('morocco');
  });
  it('carries them folded where they are read folded (recordWords), the others as written', () => {
    const { address, arabic } = compileMatcher([fixture as Pack]).words;
    // Folded by the compiler: the page's matcher folds none of them (makeMatcher).
    expect(arabic.timeFrames).toContain(foldString('صلاة'));
    expect(arabic.timeFrames).not.toContain('صلاة');
    expect(address.visits).toContain(foldString('visité'));
    expect(address.visits).not.toContain('visité');
    // Matched as written: a state's name keeps its capital, a preposition its accent.
    expect(address.stateNames).toContain('Alabama');
    expect(address.townPrepositions).toContain('à');
    // CitySigns' lists travel with them: folded, its triggers as written (lower case and folded both).
    expect(address.weather).toContain(foldString('météo'));
    expect(address.sightTriggers).toContain('météo');
    expect(address.sightTriggers).toContain(foldString('météo'));
    // SenseHeads' words travel as written, per entity: SenseHeads folds them (and checks that rivals share none).
    const { senseHeads } = compileMatcher([fixture as Pack]).words;
    expect(senseHeads['sahara-desert']).toContain('poussière');
    expect(senseHeads['western-sahara']).toContain('souveraineté');
    // The nouns of a name's kind travel folded (kind-noun-words.ts).
    const { kindAfter, kindBefore } = compileMatcher([fixture as Pack]).words;
    expect(kindAfter['bgm-71-tow']).toContain('launchers');
    expect(kindBefore['ah-64-apache']).toContain(foldString('hélicoptères'));
    expect(kindBefore['ah-64-apache']).not.toContain('hélicoptères');
    // The own-country rules travel as written (own-countries.ts): makeMatcher compiles them.
    const { ownCountries } = compileMatcher([fixture as Pack]).words;
    expect(ownCountries['far-morocco']?.home).toContain('Guerguerat');
    expect(ownCountries['africa-corps']?.own).toContain('ru');
    // So do name-shape's closed lists, as written (name-shape-words.ts).
    const { nameShape } = compileMatcher([fixture as Pack]).words;
    expect(nameShape.brandHeads).toContain('Gymnastics');
    expect(nameShape.compoundHeads).toContain('tête-à-tête');
    // And the event rules, as written (event-agent-rules.ts): EventAgents folds them.
    const { eventAgents } = compileMatcher([fixture as Pack]).words;
    expect(eventAgents['us-recognition-western-sahara']?.actors).toContain('Maison Blanche');
    // And the occupations of another bearer of a name (occupation-words.ts).
    expect(compileMatcher([fixture as Pack]).words.occupations).toContain('goalkeeper');
    // And formerName's lists (former-name-words.ts).
    expect(compileMatcher([fixture as Pack]).words.formerName.companies).toContain('driller');
    // And a news digest's rubrics, as written (rubric-words.ts).
    expect(compileMatcher([fixture as Pack]).words.rubrics.aside).toContain('météo');
    // And seatVerb's, as written (seat-verb-words.ts, with CitySigns' in the address lists).
    expect(compileMatcher([fixture as Pack]).words.address.seatReflexive).toContain('s’est');
    // And office-cues' lists: the Arabic ones folded, the others as written (office-cue-words.ts).
    const { office } = compileMatcher([fixture as Pack]).words;
    expect(office.goesOn).toContain('ajouté');
    expect(office.otherBearersAr).toContain(foldString('مؤسس'));
    // And quoted-product's lists, as written (quoted-product-words.ts).
    expect(compileMatcher([fixture as Pack]).words.quotedProduct.productHeads).toContain('tent');
    // And press-title's lists: the title words as written, the Arabic ones folded (press-title-words.ts).
    const { press } = compileMatcher([fixture as Pack]).words;
    expect(press.titleWords).toContain('Hebdo');
    expect(press.pressNouns).toContain(foldString('جريدة'));
  });
  it('refuses a record of the meta format before (without this branch’s lists), so callers rebuild', () => {
    const data = serialiseMatcher(matcher);
    const meta = new TextDecoder().decode(data.subarray(8, 40));
    expect(meta).toMatch(/^\{"format":19,/);
    const old = data.slice();
    old.set(new TextEncoder().encode('{"format":18,'), 8);
    expect(() => loadMatcher(old, [fixture as Pack])).toThrow(/unknown format 18/);
    expect(loadMatcher(data, [fixture as Pack]).find('AFRICOM')).toEqual(matcher.find('AFRICOM'));
  });
});
