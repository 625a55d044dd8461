import { describe, expect, it } from 'vitest';
import { ForeignQualifier } from './foreign-qualifier';
import { buildMatcher } from './matcher';
import { foldString, normalise } from './normalise';
import { OWN_COUNTRIES } from './own-countries';
import { testEntity as entity, testPack } from './test-entity';
import { COUNTRY_TABLE } from './country-table';

const qualifier = new ForeignQualifier(COUNTRY_TABLE);

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

describe('OWN_COUNTRIES: the Sahel', () => {
  it('reads a Sahel located in another country as that country’s district, a place noun between', () => {
    expect(foreign('شقق للإيجار في منطقة الساحل بالكويت.', 'منطقة الساحل', 'sahel')).toBe(true);
    expect(foreign('منطقة الساحل في سلطنة عمان تشهد أمطارا غزيرة.', 'منطقة الساحل', 'sahel')).toBe(true);
    expect(foreign('The Sahel area of Kuwait has new apartment blocks.', 'Sahel', 'sahel')).toBe(true);
    expect(foreign('Flats in the Sahel district in Oman sold out.', 'Sahel', 'sahel')).toBe(true);
  });

  it('keeps the Sahel in its own states, and a Sahel with no country after it', () => {
    expect(foreign('منطقة الساحل في مالي تشهد هجمات.', 'منطقة الساحل', 'sahel')).toBe(false);
    expect(foreign('تصاعدت الهجمات في منطقة الساحل بالنيجر.', 'منطقة الساحل', 'sahel')).toBe(false);
    expect(foreign('Jihadist violence in the Sahel in Burkina Faso displaced two million.', 'Sahel', 'sahel')).toBe(
      false,
    );
    expect(foreign('The Sahel area of Niger faces drought.', 'Sahel', 'sahel')).toBe(false);
    expect(foreign('Wagner is active in the Sahel, in Mali and Burkina Faso.', 'Sahel', 'sahel')).toBe(false);
    expect(foreign('La région du Sahel au Tchad manque de pluie.', 'Sahel', 'sahel')).toBe(false);
    expect(foreign('US troops left the Sahel in 2024.', 'Sahel', 'sahel')).toBe(false);
  });
});

describe('OWN_COUNTRIES: the Sahel, where it is discussed', () => {
  it('keeps the Sahel discussed in a capital or on a route', () => {
    expect(foreign('A conference on the Sahel in Paris ended on Friday.', 'Sahel', 'sahel')).toBe(false);
    expect(foreign('عقد مؤتمر حول أمن منطقة الساحل في باريس.', 'منطقة الساحل', 'sahel')).toBe(false);
    expect(foreign('Un sommet sur le Sahel à Bruxelles a réuni les bailleurs.', 'Sahel', 'sahel')).toBe(false);
    expect(foreign('Migrants travel from the Sahel to Libya.', 'Sahel', 'sahel')).toBe(false);
  });
});
