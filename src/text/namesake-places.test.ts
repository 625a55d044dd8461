import { describe, expect, it } from 'vitest';
import { bareName, namesakePlaces, placeNamed, seatActs } from './namesake-places';
import { foldString } from './normalise';
import { ADDRESS_WORDS } from './address-words';
import { seatVerbSets } from './seat-verb';

const VERBS = seatVerbSets(ADDRESS_WORDS);

const fold = (s: string): string => foldString(s);

describe('namesakePlaces', () => {
  it('reads an address, a possessor after a link and an Arabic construct', () => {
    const p = namesakePlaces(
      ['Moscow', 'Kremlin', 'الكرملين'],
      ['Moscow, Idaho', 'Kremlin of Kazan', "Kremlin d'Astrakhan", 'كرملين قازان', 'Moscow mule', 'CSKA Moscow'],
      fold,
    );
    expect(p?.names.sort()).toEqual(['kremlin', 'moscow', fold('الكرملين')].sort());
    expect(p?.places).toEqual(['idaho', 'kazan', 'astrakhan', fold('قازان')]);
  });

  it('takes no phrase that qualifies no name by a place', () => {
    expect(namesakePlaces(['Amérique', 'روسيا'], ['Amérique du Sud', 'روسيا البيضاء', 'bound in morocco'], fold)).toBe(
      null,
    );
  });
});

describe('placeNamed', () => {
  it('finds a place as whole words, an Arabic one with a proclitic', () => {
    expect(placeNamed('etape 36 : kazan. le kremlin', ['kazan'])).toEqual([11, 16]);
    expect(placeNamed('kazanka river', ['kazan'])).toBe(null);
    expect(placeNamed(fold('الرباط بسوسة'), [fold('سوسة')])).not.toBe(null);
  });
});

describe('bareName', () => {
  it('reads the name alone, after one determiner or with a proclitic', () => {
    expect(bareName('the kremlin', ['kremlin'])).toBe(true);
    expect(bareName(fold('والكرملين'), [fold('الكرملين')])).toBe(true);
    expect(bareName('kremlin de kazan', ['kremlin'])).toBe(false);
  });
});

describe('seatActs', () => {
  const at = (text: string, name: string): boolean => {
    const i = text.indexOf(name);
    return seatActs(text, i, i + name.length, new Set(ADDRESS_WORDS.seatVoice.map(fold)), VERBS);
  };
  it('a capitalised seat with its own verb acts', () => {
    expect(at('The Kremlin said the talks would go on.', 'Kremlin')).toBe(true);
    expect(at('وقال الكرملين إن المحادثات ستتواصل', 'الكرملين')).toBe(true);
  });
  it('a lower-case kremlin, or a name without an article, does not', () => {
    expect(at('Le kremlin avait été inscrit en 2000.', 'kremlin')).toBe(false);
    expect(at('Moscow lies in northern Idaho.', 'Moscow')).toBe(false);
  });
});
