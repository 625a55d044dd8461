import { describe, expect, it } from 'vitest';
import { buildMatcher, createPageState, type Match } from './matcher';
import { loadMatcher, serialiseMatcher } from './matcher-format';
import type { Pack } from './pack-types';
import { testEntity as entity, testPack } from './test-entity';
import { validatePack } from './validate-pack';

const pack: Pack = testPack([
  entity({
    id: 'united-states',
    aliases: { en: ['America'], ar: ['أمريكا', 'الولايات المتحدة'] },
    otherSenses: { en: ['Latin America'], ar: ['أمريكا اللاتينية', 'أمريكا الجنوبية'] },
  }),
  entity({
    id: 'morocco',
    aliases: { ar: ['المغرب'] },
    otherSenses: { ar: ['صلاة المغرب', 'المغرب العربي'] },
  }),
  entity({
    id: 'russia',
    aliases: { en: ['Moscow', { text: 'the Kremlin', needsContext: true }] },
    context: { requires: ['Putin'] },
    otherSenses: { en: ['Moscow mule', 'Moscow, Idaho'] },
  }),
  entity({ id: 'sahel', category: 'organization', aliases: { ar: ['الساحل'] } }),
]);
const matcher = buildMatcher([pack]);
const found = (text: string): [string, string][] => matcher.find(text).map((m) => [m.entityId, m.text]);

describe('matcher: other-sense phrases', () => {
  it('a phrase blocks its alias; the alias elsewhere still matches', () => {
    expect(found('Exports to Latin America grew, and America noticed.')).toEqual([['united-states', 'America']]);
    expect(found('صادرات إلى أمريكا اللاتينية وإلى أمريكا')).toEqual([['united-states', 'أمريكا']]);
    expect(found('A Moscow mule, then a note from Moscow.')).toEqual([['russia', 'Moscow']]);
    expect(found('Moscow, Idaho, is a college town.')).toEqual([]);
  });

  it('folds a phrase like an alias: Arabic proclitics, the article and the لل contraction', () => {
    expect(found('وأمريكا اللاتينية')).toEqual([]);
    expect(found('لأمريكا الجنوبية')).toEqual([]);
    expect(found('بعد صلاة المغرب')).toEqual([]);
    expect(found('وحدة المغرب العربي وللمغرب العربي وبالمغرب العربي')).toEqual([]);
    expect(found('زار للمغرب')).toEqual([['morocco', 'للمغرب']]);
  });

  it('the phrase starting earlier takes the alias inside it; a later alias after it still counts', () => {
    expect(found('صلاة المغرب في المغرب')).toEqual([['morocco', 'المغرب']]);
    // The phrase starts at a word of its own, before the alias.
    expect(found('أذان صلاة المغرب')).toEqual([]);
  });

  it('a longer alias of another entity at the same start still wins', () => {
    const withLonger: Pack = {
      ...pack,
      entities: [
        ...pack.entities,
        entity({ id: 'mule-co', category: 'organization', aliases: { en: ['Moscow Mule Company'] } }),
      ],
    };
    const m = buildMatcher([withLonger]);
    expect(m.find('the Moscow Mule Company said').map((x) => x.entityId)).toEqual(['mule-co']);
  });

  it('counts as a rejected vote for its entity on a page-wide scan', () => {
    const ms: Match[] = matcher.find('A Moscow mule at the bar.', createPageState());
    expect(ms).toEqual([{ entityId: 'russia', start: 2, end: 13, text: 'Moscow mule', sense: 'qualified' }]);
  });

  it('one sense per page: a page of Moscow mules does not count a pending Kremlin', () => {
    // Decided alone (the text is the page): the pending alias has no required word nearby.
    expect(found('A Moscow mule here, a Moscow mule there; the Kremlin bar.')).toEqual([]);
    expect(found('Moscow said, and the Kremlin added.')).toEqual([
      ['russia', 'Moscow'],
      ['russia', 'the Kremlin'],
    ]);
  });

  it('survives the precompiled form', () => {
    const loaded = loadMatcher(serialiseMatcher(matcher), [pack]);
    for (const text of ['Latin America and America', 'بعد صلاة المغرب في المغرب', 'A Moscow mule']) {
      expect(loaded.find(text, createPageState())).toEqual(matcher.find(text, createPageState()));
    }
  });
});

describe('validatePack: otherSenses', () => {
  const withSenses = (otherSenses: unknown): unknown => ({
    ...pack,
    entities: [{ ...pack.entities[0], otherSenses }],
  });
  it('accepts phrases per language', () => {
    const r = validatePack(withSenses({ en: ['Latin America'], ar: ['أمريكا اللاتينية'] }));
    expect(r.ok).toBe(true);
  });
  it.each([
    [{ de: ['Lateinamerika'] }, 'entities[0].otherSenses.de'],
    [{ en: 'Latin America' }, 'entities[0].otherSenses.en'],
    [{ en: ['Latin America', 7] }, 'entities[0].otherSenses.en[1]'],
    [{ en: ['   '] }, 'entities[0].otherSenses.en[0]'],
    [['Latin America'], 'entities[0].otherSenses'],
  ])('rejects the whole pack for %j, naming %s', (senses, path) => {
    const r = validatePack(withSenses(senses));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.startsWith(path))).toBe(true);
  });
});
