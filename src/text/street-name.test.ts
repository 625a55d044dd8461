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
});
