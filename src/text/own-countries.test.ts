import { describe, expect, it } from 'vitest';
import { ForeignQualifier } from './foreign-qualifier';
import { buildMatcher } from './matcher';
import { foldString, normalise } from './normalise';
import { OWN_COUNTRIES } from './own-countries';
import { testEntity as entity, testPack } from './test-entity';

const qualifier = new ForeignQualifier();

/** Whether the first `name` of `text` is qualified by another country than the entity's own. */
function foreign(text: string, name: string, entityId: string): boolean {
  const folded = normalise(text).text;
  const s = folded.indexOf(foldString(name));
  const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
  const rule = ForeignQualifier.compile(OWN_COUNTRIES[entityId]!);
  return qualifier.foreign(rule, chars, chars.length, s, s + foldString(name).length);
}

describe('OWN_COUNTRIES: Rabat', () => {
  it('keeps Rabat acting abroad: a place after it is where its envoys are', () => {
    expect(foreign('A spokesman for Rabat in Brussels said the talks would resume.', 'Rabat', 'rabat')).toBe(false);
    expect(foreign('أوضح سفير الرباط في تونس أن المحادثات مستمرة.', 'الرباط', 'rabat')).toBe(false);
    expect(foreign('أوضح سفير الرباط بتونس أن المحادثات مستمرة.', 'الرباط', 'rabat')).toBe(false);
    expect(foreign('le représentant de Rabat en Belgique', 'Rabat', 'rabat')).toBe(false);
  });

  it('still reads the Maltese town, by its demonym or its address', () => {
    expect(foreign('Rabat maltais', 'Rabat', 'rabat')).toBe(true);
    const matcher = buildMatcher([testPack([entity({ id: 'rabat', aliases: { en: ['Rabat'], fr: ['Rabat'] } })])]);
    expect(matcher.find('Le bourg de Rabat (Malte) accueille un marché.')).toEqual([]);
    expect(matcher.find('A spokesman for Rabat in Brussels denied it.').map((m) => m.text)).toEqual(['Rabat']);
  });
});
