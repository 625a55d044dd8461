import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { buildMatcher } from './matcher';
import { foldString } from './normalise';
import type { Pack } from './pack-types';
import { namesStreet } from './street-name';

const acts = new Set(['ترحب', 'قالت'].map((w) => foldString(w)));

/** Whether the first `name` of `text` is read as a street's or a district's. */
const street = (text: string, name: string): boolean => {
  const at = text.indexOf(name);
  return namesStreet(
    text,
    at,
    at + name.length,
    (w) => foldString(w),
    (f) => acts.has(f),
  );
};

describe('namesStreet', () => {
  it('reads an Arabic street or district noun governing the name as a street', () => {
    expect(street('حي الجزائر في بغداد يشهد ازدحاما.', 'الجزائر')).toBe(true);
    expect(street('شارع الرباط في الخرطوم مغلق للصيانة.', 'الرباط')).toBe(true);
    expect(street('يقع المقهى في نهج الجزائر بتونس العاصمة.', 'الجزائر')).toBe(true);
    expect(street('افتتح مطعم جديد بساحة الجزائر وسط وهران.', 'الجزائر')).toBe(true);
    expect(street('زنقة الرباط في الدار البيضاء مزدحمة.', 'الرباط')).toBe(true);
  });

  it('reads a French street noun before de, du, des or d’ as a street', () => {
    expect(street('La rue de Rabat, à Tunis, est fermée.', 'Rabat')).toBe(true);
    expect(street('Le cabinet est au 14, avenue d’Alger, à Casablanca.', 'Alger')).toBe(true);
    expect(street("L'avenue d'Alger à Casablanca accueille un marché.", 'Alger')).toBe(true);
    expect(street('Il habite boulevard de Moscou, à Oran.', 'Moscou')).toBe(true);
    expect(street('Le consulat est situé avenue des États-Unis.', 'États-Unis')).toBe(true);
  });

  it('leaves the city’s streets, other heads and a government that acts', () => {
    expect(street('شارع محمد الخامس بالرباط مغلق.', 'بالرباط')).toBe(false);
    expect(street('سكان الجزائر يحتفلون بالعيد.', 'الجزائر')).toBe(false);
    expect(street('تظاهر المئات في شوارع الرباط.', 'الرباط')).toBe(false);
    expect(street('في حي الجزائر ترحب بالقرار.', 'الجزائر')).toBe(false);
    expect(street('Dans une rue de Rabat, des manifestants ont défilé.', 'Rabat')).toBe(false);
    expect(street('La principale avenue de Rabat a été fermée.', 'Rabat')).toBe(false);
    expect(street('Les rues de Rabat étaient vides.', 'Rabat')).toBe(false);
    expect(street('La route de Rabat est coupée.', 'Rabat')).toBe(false);
    expect(street('Alger a rappelé son ambassadeur.', 'Alger')).toBe(false);
  });

  it('reads « la rue de X » and شارع + name as the city’s people without an address’s sign (review16b finding 2)', () => {
    expect(street('La rue de Rabat manifeste contre la normalisation avec Israël.', 'Rabat')).toBe(false);
    expect(street('La rue d’Alger et la rue de Rabat s’opposent sur le Sahara occidental.', 'Rabat')).toBe(false);
    expect(street("La rue d'Alger et la rue de Rabat s'opposent sur le Sahara occidental.", 'Alger')).toBe(false);
    expect(street('La rue algérienne et la rue de Rabat ne partagent pas la même lecture.', 'Rabat')).toBe(false);
    expect(street('شارع الرباط ينتفض ضد التطبيع مع إسرائيل.', 'الرباط')).toBe(false);
    expect(street('شارع الرباط يغلي بعد زيارة قائد أفريكوم.', 'الرباط')).toBe(false);
    // with a sign: a house number, a city after, no article or a place preposition before
    expect(street('Le bureau est au 14, avenue de Rabat à Tunis.', 'Rabat')).toBe(true);
    expect(street('Ils ont défilé rue de Rabat, à Casablanca, dimanche.', 'Rabat')).toBe(true);
    expect(street('Un café a ouvert dans la rue de Rabat hier.', 'Rabat')).toBe(true);
    expect(street('يقع مقر السفارة في شارع الرباط بالخرطوم.', 'الرباط')).toBe(true);
    expect(street('في حي الرباط بمدينة طرابلس انقطع التيار.', 'الرباط')).toBe(true);
  });
});

describe('the matcher: streets named after a story place against story sentences', () => {
  const m = buildMatcher([bundled as Pack]);
  const ids = (text: string): string[] => m.find(text).map((x) => x.entityId);

  it('counts no place in a street’s or a district’s name', () => {
    const streets = [
      'حي الجزائر في بغداد يشهد ازدحاما.',
      'شارع الرباط في الخرطوم مغلق للصيانة.',
      'La rue de Rabat à Tunis est fermée pour travaux.',
      "L'avenue d'Alger à Casablanca accueille un marché.",
    ];
    for (const text of streets) expect(ids(text), text).toEqual([]);
  });

  it('still counts the city and the country beside streets, in all three languages', () => {
    const guards: [string, string][] = [
      ['شارع محمد الخامس بالرباط مغلق أمام السيارات.', 'rabat'],
      ['سكان الجزائر يحتفلون بعيد الاستقلال.', 'algeria'],
      ['تظاهر المئات في شوارع الرباط احتجاجا على غلاء الأسعار.', 'rabat'],
      ['حي السفارات في الرباط يشهد إجراءات أمنية مشددة.', 'rabat'],
      ['Dans une rue de Rabat, des manifestants ont dénoncé la hausse des prix.', 'rabat'],
      ['La principale avenue de Rabat a été fermée pour le passage du cortège royal.', 'rabat'],
      ["L'ambassade américaine se trouve avenue Mohammed VI, à Rabat.", 'rabat'],
      ['Police closed the main avenue of Rabat ahead of the royal motorcade.', 'rabat'],
      ['Protesters marched through the streets of Rabat on Sunday.', 'rabat'],
      ['Algiers Avenue aside, Algeria rejected the plan.', 'algeria'],
    ];
    for (const [text, id] of guards) expect(ids(text), text).toContain(id);
  });

  it('counts the city in « la rue de Rabat » and شارع الرباط as its people', () => {
    expect(ids('La rue de Rabat manifeste contre la normalisation avec Israël.')).toContain('rabat');
    expect(ids('شارع الرباط ينتفض ضد التطبيع مع إسرائيل.')).toContain('rabat');
  });
});
