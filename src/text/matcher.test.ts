import { describe, expect, it } from 'vitest';
import { buildMatcher, createScanState, type Match } from './matcher';
import type { Pack } from './pack-types';
import { decidePage } from './page-evidence';
import { testEntity, testPack } from './test-entity';
import fixture from './fixtures/test-pack.json';

const matcher = buildMatcher([fixture as Pack]);
const ids = (text: string): string[] => matcher.find(text).map((m) => m.entityId);
const texts = (text: string): [string, string][] => matcher.find(text).map((m) => [m.entityId, m.text]);

describe('matcher: English', () => {
  it('finds plain aliases, case-insensitively, with exact offsets', () => {
    const text = 'Then Africom and the U.S. Africa Command met.';
    const ms = matcher.find(text);
    expect(ms.map((m) => [m.entityId, m.text])).toEqual([
      ['africom', 'Africom'],
      ['africom', 'U.S. Africa Command'],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('prefers the longest match: "U.S. Africa Command" over "Africa", "African Lion 2024" over "African Lion"', () => {
    expect(texts('U.S. Africa Command')).toEqual([['africom', 'U.S. Africa Command']]);
    expect(texts('African Lion 2024 began')).toEqual([['african-lion', 'African Lion 2024']]);
  });
  it('reads two names of one entity side by side as one name, but not a list', () => {
    expect(texts('the USAFRICOM AFRICOM staff')).toEqual([['africom', 'USAFRICOM AFRICOM']]);
    expect(texts('AFRICOM - USAFRICOM')).toEqual([['africom', 'AFRICOM - USAFRICOM']]);
    expect(texts('AFRICOM, USAFRICOM')).toEqual([
      ['africom', 'AFRICOM'],
      ['africom', 'USAFRICOM'],
    ]);
    expect(texts('AFRICOM (USAFRICOM)')).toHaveLength(2);
    // A proclitic on the second name makes a list (and AFRICOM), not one name.
    expect(texts('أفريكوم وأفريكوم')).toHaveLength(2);
    // Quoted, or joined by a model word: still one name written twice.
    expect(texts('القيادة «أفريكوم» “AFRICOM” في شتوتغارت')).toEqual([['africom', 'أفريكوم» “AFRICOM']]);
    expect(texts('مروحيات أباتشي من طراز AH-64 الحديثة')).toEqual([['ah-64-apache', 'أباتشي من طراز AH-64']]);
    expect(texts('أباتشي ثم AH-64')).toHaveLength(2);
    // A name then its gloss in quotes is one name; two quotes of one style, each a name, a list.
    expect(texts('the U.S. Africa Command “AFRICOM” in Stuttgart')).toEqual([
      ['africom', 'U.S. Africa Command “AFRICOM'],
    ]);
    expect(texts('«أفريكوم» «أفريكوم»')).toEqual([
      ['africom', 'أفريكوم'],
      ['africom', 'أفريكوم'],
    ]);
    expect(texts('“AFRICOM” “AFRICOM”')).toHaveLength(2);
    expect(texts('"AFRICOM" "AFRICOM"')).toHaveLength(2);
  });
  it('needs whole words', () => {
    expect(ids('AFRICOMS and USAFRICOMX and preAFRICOM')).toEqual([]);
    expect(ids('Africa-born, (Africa)')).toEqual(['africa', 'africa']);
  });
  it('counts the possessive, covering only the name', () => {
    expect(texts("AFRICOM's commander")).toEqual([['africom', 'AFRICOM']]);
    expect(texts('AFRICOM’s commander')).toEqual([['africom', 'AFRICOM']]);
    expect(ids("AFRICOM'x")).toEqual([]);
  });
  it('Wagner: the group, not the composer', () => {
    expect(ids('Wagner mercenaries were seen in Mali')).toEqual(['wagner-group']);
    expect(ids('Richard Wagner wrote the Ring')).toEqual([]);
    expect(ids('an opera by Wagner')).toEqual([]);
    expect(ids('The Wagner Group, a composer said')).toEqual(['wagner-group']); // unambiguous alias needs no context
  });
  it('Apache: the helicopter, not the web server', () => {
    expect(ids('Apache attack helicopters')).toEqual(['ah-64-apache']);
    expect(ids('the Apache web server')).toEqual([]);
    expect(ids('Apache is open software')).toEqual([]);
    expect(ids('an Apache flew over')).toEqual([]); // no required word nearby
    expect(ids('the AH-64 flew')).toEqual(['ah-64-apache']);
  });
  it('TOW: case-sensitive and only near missile words', () => {
    expect(ids('TOW missiles')).toEqual(['bgm-71-tow']);
    // In lower case, beside a noun of its kind (kind-nouns.ts); not beside another word.
    expect(ids('tow missiles')).toEqual(['bgm-71-tow']);
    expect(ids('tanks tow the missiles')).toEqual([]);
    expect(ids('a TOW truck')).toEqual([]);
    expect(ids('Tow truck near the missile base')).toEqual([]);
  });
  it('African Lion: the exercise, not the animal', () => {
    expect(ids('the African Lion exercise in Morocco')).toEqual(['african-lion', 'morocco']);
    expect(ids('an African lion in a zoo')).toEqual([]);
    expect(ids('African lion cubs on the savanna')).toEqual([]);
  });
  it('Langley: the general only after his full name, never Langley, Virginia', () => {
    expect(ids('Langley said')).toEqual([]);
    const filler = ' and then'.repeat(30);
    expect(texts(`Michael Langley arrived.${filler} Langley said`)).toEqual([
      ['michael-langley', 'Michael Langley'],
      ['michael-langley', 'Langley'],
    ]);
    expect(ids(`Michael Langley arrived.${filler} CIA headquarters in Langley, Virginia.`)).toEqual([
      'michael-langley',
    ]);
    // The place named like him does not make the page forget him; in Arabic after في or the proclitic ب too.
    expect(ids('وصل مايكل لانجلي. عمل سنوات بلانجلي وفي لانجلي. وقال لانجلي')).toEqual([
      'michael-langley',
      'michael-langley',
    ]);
    expect(ids(`Michael Langley arrived.${filler} He briefed analysts at Langley. Langley said`)).toEqual([
      'michael-langley',
      'michael-langley',
    ]);
  });
  it('Rabat: not Rabat, Malta', () => {
    expect(ids('Rabat, Malta is a town')).toEqual([]);
    expect(ids('talks in Rabat')).toEqual(['rabat']);
  });
});

describe('matcher: French', () => {
  it('counts elision and covers only the name', () => {
    expect(texts("l'Africom et d’AFRICOM, qu'AFRICOM")).toEqual([
      ['africom', 'Africom'],
      ['africom', 'AFRICOM'],
      ['africom', 'AFRICOM'],
    ]);
  });
  it('does not treat other apostrophes as elision', () => {
    expect(ids("O'Africom")).toEqual([]);
    expect(ids("aujourd'hui l'Afrique")).toEqual(['africa']);
  });
  it('folds diacritics and typographic punctuation', () => {
    expect(ids('le Maroc, et le MAROC')).toEqual(['morocco', 'morocco']);
    expect(ids('les manœuvres African Lion')).toEqual(['african-lion']);
  });
});

describe('matcher: Arabic', () => {
  it('counts proclitics and the article, covering the whole token', () => {
    expect(texts('والرباط بالرباط للرباط فالرباط كالرباط')).toEqual([
      ['rabat', 'والرباط'],
      ['rabat', 'بالرباط'],
      ['rabat', 'للرباط'],
      ['rabat', 'فالرباط'],
      ['rabat', 'كالرباط'],
    ]);
    expect(texts('للمغرب وللمغرب وبالمغرب')).toEqual([
      ['morocco', 'للمغرب'],
      ['morocco', 'وللمغرب'],
      ['morocco', 'وبالمغرب'],
    ]);
    expect(texts('وفاغنر لأفريكوم والأفريكوم بأباتشي')).toEqual([
      ['wagner-group', 'وفاغنر'],
      ['africom', 'لأفريكوم'],
      ['africom', 'والأفريكوم'],
      ['ah-64-apache', 'بأباتشي'],
    ]);
  });
  it('rejects a longer word containing the name', () => {
    expect(ids('المغربية المغربي بمغربية')).toEqual([]);
    expect(ids('تالمغرب لالمغرب')).toEqual([]);
  });
  it('matches spelling variants: hamza, ى, tashkeel, tatweel', () => {
    expect(ids('الأسد الافريقي')).toEqual(['african-lion']);
    expect(ids('الاسد الأفريقي')).toEqual(['african-lion']);
    expect(ids('المَغْرِب المغـرب')).toEqual(['morocco', 'morocco']);
  });
  it('matches the foreign g as غ, ج or ق for foreign names only', () => {
    const state = createScanState();
    expect(matcher.find('مايكل لانغلي', state).map((m) => m.entityId)).toEqual(['michael-langley']);
    expect(matcher.find('فاجنر وفاقنر', state).map((m) => m.entityId)).toEqual(['wagner-group', 'wagner-group']);
    // Morocco is a place: المقرب ("the close one") must not be read as المغرب
    expect(ids('المقرب المجرب')).toEqual([]);
  });
  it('treats أمريكية and أميركية alike', () => {
    const text = 'السفارة الأمريكية في الرباط';
    expect(ids(text)).toEqual(['us-embassy-morocco', 'rabat']);
  });
  it('needs context for ambiguous Arabic aliases', () => {
    expect(ids('صواريخ تاو')).toEqual(['bgm-71-tow']);
    expect(ids('قال تاو')).toEqual([]);
    expect(ids('منطقة الساحل')).toEqual(['sahel']);
    expect(ids('على الساحل الشرقي')).toEqual([]);
    expect(ids('السفارة الأميركية في باريس')).toEqual([]);
  });
  it('surname only after the full name, across blocks', () => {
    const state = createScanState();
    expect(matcher.find('قال ميلي', state)).toEqual([]);
    expect(matcher.find('وصل مارك ميلي', state).map((m) => m.text)).toEqual(['مارك ميلي']);
    expect(matcher.find('وكان ميلي، أكد', state).map((m) => m.text)).toEqual(['ميلي']);
    expect(matcher.find('وكان ميلي').length).toBe(0); // a fresh scan has not seen him
  });
});

describe('matcher: API', () => {
  it('lists entity ids and stats', () => {
    expect(matcher.entityIds).toContain('africom');
    expect(matcher.stats.patterns).toBeGreaterThan(matcher.stats.aliases - 1);
  });
  it('returns nothing for empty text and empty packs', () => {
    expect(matcher.find('')).toEqual([]);
    const empty = buildMatcher([]);
    expect(empty.find('AFRICOM')).toEqual([]);
  });
  it('supports wholeWord: false', () => {
    const pack: Pack = {
      ...(fixture as Pack),
      entities: [
        {
          id: 'x',
          category: 'organization',
          names: {},
          aliases: { en: [{ text: 'com', wholeWord: false }] },
          summary: {},
          facts: [],
        },
      ],
    };
    const m: Match[] = buildMatcher([pack]).find('Africom');
    expect(m.map((x) => x.text)).toEqual(['com']);
  });
});

describe('matcher: duplicate alias texts', () => {
  const base = fixture as Pack;
  const packOf = (entities: Pack['entities']): Pack => ({ ...base, entities });
  it('keeps every case of a case-sensitive alias (Rabat and RABAT)', () => {
    const m = buildMatcher([
      packOf([
        {
          id: 'rabat',
          category: 'place',
          names: { en: 'Rabat' },
          aliases: {
            en: [
              { text: 'Rabat', caseSensitive: true },
              { text: 'RABAT', caseSensitive: true },
            ],
            fr: [{ text: 'Rabat', caseSensitive: true }],
          },
          summary: {},
          facts: [],
        },
      ]),
    ]);
    expect(m.find('RABAT (Reuters) - talks in Rabat; rabat').map((x) => x.text)).toEqual(['RABAT', 'Rabat']);
    expect(m.stats.aliases).toBe(1);
  });
  it('merges context rules of the same text listed in several languages (vetoes from each apply)', () => {
    const m = buildMatcher([
      packOf([
        {
          id: 'langley',
          category: 'person',
          names: { en: 'Michael Langley' },
          aliases: {
            en: ['Michael Langley', { text: 'Langley', afterMention: true, context: { vetoes: ['Virginia'] } }],
            fr: [{ text: 'Langley', afterMention: true, context: { vetoes: ['Virginie'] } }],
          },
          summary: {},
          facts: [],
        },
      ]),
    ]);
    const filler = ' and then'.repeat(20);
    const found = (t: string): string[] => m.find(t).map((x) => x.text);
    expect(found(`Michael Langley.${filler} Langley said`)).toEqual(['Michael Langley', 'Langley']);
    expect(found(`Michael Langley.${filler} à Langley en Virginie`)).toEqual(['Michael Langley']);
    expect(found(`Michael Langley.${filler} Langley, Virginia`)).toEqual(['Michael Langley']);
  });
  it('required words: union when every variant requires some, none when one variant needs none', () => {
    const ent = (fr: Pack['entities'][number]['aliases']['fr']): Pack['entities'] => [
      {
        id: 'tow',
        category: 'weapon',
        names: {},
        aliases: { en: [{ text: 'TOW', caseSensitive: true, context: { requires: ['missile'] } }], fr },
        summary: {},
        facts: [],
      },
    ];
    const a = buildMatcher([packOf(ent([{ text: 'TOW', caseSensitive: true, context: { requires: ['missiles'] } }]))]);
    expect(a.find('TOW missile').length).toBe(1);
    expect(a.find('des missiles TOW').length).toBe(1);
    expect(a.find('TOW truck').length).toBe(0);
    const b = buildMatcher([packOf(ent([{ text: 'TOW', caseSensitive: true }]))]);
    expect(b.find('TOW truck').length).toBe(1);
  });
  it('a rule without weights of its own weighs its entity’s cue words (cueWeights)', () => {
    const ent = (ruleWeights?: Record<string, number>): Pack['entities'] => [
      {
        id: 'tow',
        category: 'weapon',
        names: {},
        aliases: {
          en: [{ text: 'TOW', caseSensitive: true, context: { vetoes: ['truck'], weights: ruleWeights } }],
        },
        cueWeights: { missiles: 4.5, boat: -4.5 },
        summary: {},
        facts: [],
      },
    ];
    // A rule of vetoes accepts what its words leave open; the entity's "boat" weighs against.
    const inherited = buildMatcher([packOf(ent())]);
    expect(inherited.find('TOW missiles were sold')).toHaveLength(1);
    expect(inherited.find('a TOW boat')).toEqual([]);
    // A rule's own weights are kept: then the entity's words do not count.
    const own = buildMatcher([packOf(ent({ convoy: -4.5 }))]);
    expect(own.find('a TOW boat')).toHaveLength(1);
    expect(own.find('a TOW convoy')).toEqual([]);
  });
  it('a display name does not undo an alias rule on the same text', () => {
    const m = buildMatcher([
      packOf([
        {
          id: 'rabat',
          category: 'place',
          names: { en: 'Rabat' },
          aliases: { en: [{ text: 'Rabat', caseSensitive: true }] },
          summary: {},
          facts: [],
        },
      ]),
    ]);
    expect(m.find('rabat').length).toBe(0);
  });
});

describe('matcher: a longer unguarded name overlapping a guarded one (redteam17 class L)', () => {
  // منطقة الساحل needs its window; الساحل الإفريقي, starting inside it and ending after, needs none.
  const sahel = buildMatcher([
    testPack([
      testEntity({
        id: 'sahel',
        category: 'place',
        aliases: {
          en: ['Sahel region', { text: 'Sahel', context: { vetoes: ['Sousse'], window: 80 } }],
          ar: ['الساحل الإفريقي', { text: 'منطقة الساحل', context: { vetoes: ['التونسي'], window: 80 } }],
        },
      }),
    ]),
  ]);
  const page = (...blocks: string[]): string[] => {
    const state = createScanState();
    state.pageWide = true;
    return decidePage(
      blocks.flatMap((b) => sahel.find(b, state)),
      (m) => m.text,
    );
  };

  it('reads the two as one name, which the unguarded one decides', () => {
    expect(page('تتزايد الهجمات في منطقة الساحل الإفريقي.')).toEqual(['منطقة الساحل الإفريقي']);
    // It counts on a page that names a coast in another sense too (probe m).
    expect(page('تتزايد الهجمات في منطقة الساحل الإفريقي.', 'ويشهد منطقة الساحل التونسي إقبالا.')).toEqual([
      'منطقة الساحل الإفريقي',
    ]);
  });

  it('leaves the guarded name alone when no longer name overlaps it, and a veto still rejects it', () => {
    expect(page('تتزايد الهجمات في منطقة الساحل.', 'ويشهد منطقة الساحل التونسي إقبالا.')).toEqual([]);
    expect(page('the Sahel region')).toEqual(['Sahel region']);
    expect(page('Sousse, the Sahel')).toEqual([]);
  });
});
