import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { CapitalApposition } from './capital-apposition';
import { COUNTRY_TABLE } from './country-table';
import { buildMatcher } from './matcher';
import { foldString } from './normalise';
import type { Pack } from './pack-types';

const acts = new Set(
  ['announced', 'rappelé', 'sent', 'backs', 'sells', 'said', 'soutient', 'envoye', 'ارسلت', 'تدعم'].map((w) =>
    foldString(w),
  ),
);
const apposition = new CapitalApposition(COUNTRY_TABLE, (f) => acts.has(f));

/** What the words around the first `name` of `text` say of it, as the capital of `code`. */
const read = (text: string, name: string, code: string): string | null => {
  const at = text.indexOf(name);
  return apposition.read(text, at, at + name.length, code);
};

describe('CapitalApposition: a capital described by its own country', () => {
  it('reads the apposition, the copula and the description before the name as the city', () => {
    expect(read('Moscow, the capital of Russia, is home to 13 million people.', 'Moscow', 'ru')).toBe('city');
    expect(read("Beijing, China's capital, draws millions of visitors.", 'Beijing', 'cn')).toBe('city');
    expect(read('Washington, the capital of the United States, has many museums.', 'Washington', 'us')).toBe('city');
    expect(read('Moscow is the capital of Russia and the largest city in Europe.', 'Moscow', 'ru')).toBe('city');
    expect(read('Pékin, capitale de la Chine, accueille des millions de touristes.', 'Pékin', 'cn')).toBe('city');
    expect(read('Moscou est la capitale de la Russie et la ville la plus peuplée d’Europe.', 'Moscou', 'ru')).toBe(
      'city',
    );
    expect(read('La capitale russe, Moscou, compte deux cents stations de métro.', 'Moscou', 'ru')).toBe('city');
    expect(read('The Russian capital, Moscow, has deep metro stations.', 'Moscow', 'ru')).toBe('city');
    expect(read('موسكو هي عاصمة روسيا الاتحادية وأكبر مدنها.', 'موسكو', 'ru')).toBe('city');
    expect(read('بكين عاصمة الصين، وفيها المدينة المحرمة.', 'بكين', 'cn')).toBe('city');
    expect(read('تساقطت الثلوج في العاصمة الروسية موسكو طوال الليل.', 'موسكو', 'ru')).toBe('city');
    expect(read('موسكو، العاصمة الروسية، تستقبل ملايين السياح.', 'موسكو', 'ru')).toBe('city');
  });

  it('reads the act after the description as the government’s', () => {
    expect(read('Moscow, the Russian capital, announced new deliveries.', 'Moscow', 'ru')).toBe('acts');
    expect(read('Moscow, the capital of Russia, has also sent instructors.', 'Moscow', 'ru')).toBe('acts');
    expect(read('The Russian capital Moscow announced sanctions.', 'Moscow', 'ru')).toBe('acts');
    expect(read('La capitale algérienne, Alger, a rappelé son ambassadeur.', 'Alger', 'dz')).toBe('acts');
    expect(read('La capitale algérienne, Alger, compte trois millions d’habitants.', 'Alger', 'dz')).toBe('city');
  });

  it('says nothing of another country’s capital, a list or a name without a description', () => {
    expect(read('Moscow, the capital of the Soviet Union, was rebuilt after the war.', 'Moscow', 'ru')).toBe(null);
    expect(read('Moscow, Beijing and Algiers signed the statement.', 'Moscow', 'ru')).toBe(null);
    expect(read('Moscow announced new deliveries to Bamako.', 'Moscow', 'ru')).toBe(null);
    expect(read('China and Russia, Moscow said, will hold drills.', 'Moscow', 'ru')).toBe(null);
    expect(read("Russia's Moscow-based envoy arrived.", 'Moscow', 'ru')).toBe(null);
    expect(read('واشنطن عاصمة القرار الدولي كما يقال.', 'واشنطن', 'us')).toBe(null);
  });
});

describe('CapitalApposition: a relative clause before the verb', () => {
  it('reads the act in the clause or after it as the government’s', () => {
    expect(read('Moscow, which backs the juntas, sent more instructors.', 'Moscow', 'ru')).toBe('acts');
    expect(read('Moscow, which has long courted Bamako, sent more instructors.', 'Moscow', 'ru')).toBe('acts');
    expect(read('Moscou, qui soutient les juntes, a envoyé des instructeurs.', 'Moscou', 'ru')).toBe('acts');
    expect(read('موسكو، التي تدعم المجلس العسكري، أرسلت مدربين.', 'موسكو', 'ru')).toBe('acts');
  });

  it('says nothing where neither is an act', () => {
    expect(read('Moscow, which hosted the 1980 Olympics, is cold in winter.', 'Moscow', 'ru')).toBe(null);
    // After a place preposition the window weighs it (address-shape.ts's 'place').
    expect(read('They held talks in Moscow, which pledged more aid.', 'Moscow', 'ru')).toBe(null);
  });
});

describe('the matcher: capitals described by their country against story sentences', () => {
  const m = buildMatcher([bundled as Pack]);
  const names = (text: string): string[] => m.find(text).map((x) => x.text);

  it('counts the country, not the capital, in a gazetteer description (en, fr, ar)', () => {
    const cases: [string, string[]][] = [
      ['Moscow, the capital of Russia, is home to 13 million people.', ['Russia']],
      ['Washington, the capital of the United States, has many museums.', ['United States']],
      ['Pékin, capitale de la Chine, accueille des millions de touristes.', ['Chine']],
      ['Moscou est la capitale de la Russie et la ville la plus peuplée d’Europe.', ['Russie']],
      ['موسكو عاصمة روسيا وأكبر مدنها، ويزورها ملايين السياح.', ['روسيا']],
      ['بكين عاصمة الصين، وفيها المدينة المحرمة.', ['الصين']],
    ];
    for (const [text, found] of cases) expect(names(text), text).toEqual(found);
  });

  it('still counts the government acting after a description or a clause, and Rabat as itself', () => {
    const guards: [string, string[]][] = [
      ['Moscow, the Russian capital, announced new arms deliveries to the junta in Bamako.', ['Moscow']],
      ['Moscow, which backs the juntas, sent more instructors.', ['Moscow']],
      ['Beijing, which sells drones to Algeria, has stayed silent.', ['Beijing', 'Algeria']],
      ['Moscow signed an arms deal with Algiers, the Kremlin said.', ['Moscow', 'Algiers', 'the Kremlin']],
      ['Rabat, the capital of Morocco, hosted the summit.', ['Rabat', 'Morocco']],
      ['Pékin, la capitale chinoise, a annoncé mardi une aide militaire au Niger.', ['Pékin']],
      ['Moscou, qui soutient les juntes de Bamako et de Niamey, a envoyé des instructeurs au Mali.', ['Moscou']],
      ['Rabat, capitale du Maroc, accueillera le prochain sommet.', ['Rabat', 'Maroc']],
      ['موسكو، التي تدعم المجلس العسكري في مالي، أرسلت مدربين جددا إلى باماكو.', ['موسكو']],
      ['بكين تحذر من التصعيد في بحر الصين الجنوبي.', ['بكين']],
      ['الرباط عاصمة المغرب تستضيف القمة المقبلة.', ['الرباط', 'المغرب']],
    ];
    for (const [text, found] of guards) expect(names(text), text).toEqual(found);
  });
});
