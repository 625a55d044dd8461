import { describe, expect, it } from 'vitest';
import { bareName, namesakePlaces, placeNamed } from './namesake-places';
import { foldString } from './normalise';

const fold = (s: string): string => foldString(s);

describe('namesakePlaces', () => {
  it('reads an address, a possessor after a link and an Arabic construct', () => {
    const p = namesakePlaces(
      ['Moscow', 'Kremlin', 'الكرملين'],
      ['Moscow, Idaho', 'Kremlin of Kazan', "Kremlin d'Astrakhan", 'كرملين قازان', 'Moscow mule', 'CSKA Moscow'],
      fold,
    );
    expect(p).toEqual({ moscow: ['idaho'], kremlin: ['kazan', 'astrakhan'], [fold('الكرملين')]: [fold('قازان')] });
  });

  it("leaves a country's name to its address phrase", () => {
    expect(namesakePlaces(['Morocco'], ['Morocco, Indiana'], fold, (n) => n === 'morocco')).toBe(null);
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
  it('reads the name alone, after one determiner or with a proclitic; within, in a phrase', () => {
    expect(bareName('the kremlin', ['moscow', 'kremlin'])).toBe('kremlin');
    expect(bareName(fold('والكرملين'), [fold('الكرملين')])).toBe(fold('الكرملين'));
    expect(bareName('kremlin de kazan', ['kremlin'])).toBe(undefined);
    expect(bareName('kremlin de kazan', ['kremlin'], true)).toBe('kremlin');
    expect(bareName(fold('كرملين قازان'), [fold('الكرملين')], true)).toBe(fold('الكرملين'));
  });
});
