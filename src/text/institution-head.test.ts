import { describe, expect, it } from 'vitest';
import { arabicHead, arabicSeat, latinHead, latinSeat } from './institution-head';
import { foldString } from './normalise';

/** latinHead at the first occurrence of `name` in `text`. */
const head = (text: string, name: string): boolean =>
  latinHead(text, text.indexOf(name), text.indexOf(name) + name.length);
const seat = (text: string, name: string): boolean => latinSeat(text, text.indexOf(name));

/** The folded buffer of `text` and the name's [tok, s, e) in it (its proclitics from `tok`). */
function arabic(text: string, word: string, proclitics = 0): [Uint16Array, number, number, number, number] {
  const f = foldString(text);
  const chars = Uint16Array.from(f, (c) => c.charCodeAt(0));
  const fw = foldString(word);
  const s = f.indexOf(fw);
  return [chars, f.length, s - proclitics, s, s + fw.length];
}

describe('latinHead', () => {
  it('reads an institution head governing the country', () => {
    expect(head('The Embassy of Morocco in Ottawa', 'Morocco')).toBe(true);
    expect(head('The Embassy of the United States in Paris', 'United States')).toBe(true);
    expect(head('the embassy of Morocco', 'Morocco')).toBe(true);
    expect(head('Bank of China said', 'China')).toBe(true);
    expect(head('The Central Bank of Russia held', 'Russia')).toBe(true);
    expect(head('the Republic of China flag', 'China')).toBe(true);
    expect(head("L'ambassade du Maroc à Paris", 'Maroc')).toBe(true);
    expect(head('Le consulat du Maroc à Montpellier', 'Maroc')).toBe(true);
    expect(head('La Banque de Russie a relevé', 'Russie')).toBe(true);
    expect(head('La République de Chine', 'Chine')).toBe(true);
    expect(head('Le Consulat Général du Maroc à Lyon', 'Maroc')).toBe(true);
    expect(head('La Banque Centrale de Russie a relevé', 'Russie')).toBe(true);
  });
  it('leaves the country where it is the realm, the actor or another head', () => {
    expect(head('The King of Morocco received', 'Morocco')).toBe(false);
    expect(head('The Government of Morocco has asked', 'Morocco')).toBe(false);
    expect(head('the Kingdom of Morocco', 'Morocco')).toBe(false);
    expect(head('on the bank of the river China', 'China')).toBe(false);
    expect(head('the Peoples Republic of China', 'China')).toBe(false);
    expect(head('Le roi du Maroc a reçu', 'Maroc')).toBe(false);
    expect(head('la banque de Chine', 'Chine')).toBe(false);
    expect(head('Morocco will host', 'Morocco')).toBe(false);
  });
  it("leaves another country's republic, and a possessive after the name (rev25b)", () => {
    expect(head('the Republic of Algeria signed', 'Algeria')).toBe(false);
    expect(head("la République d'Algérie a signé", 'Algérie')).toBe(false);
    expect(head("the Peoples' Republic of China", 'China')).toBe(false);
    expect(head("the embassy of Morocco's largest trading partner, Spain", 'Morocco')).toBe(false);
    expect(head('a consulate of Morocco’s ally', 'Morocco')).toBe(false);
  });
});

describe('latinSeat', () => {
  it('reads the seat of such a name', () => {
    expect(seat('The Embassy of Morocco in Washington held', 'Washington')).toBe(true);
    expect(seat("L'ambassade du Maroc à Washington a organisé", 'Washington')).toBe(true);
  });
  it('not a place after another phrase', () => {
    expect(seat('Morocco in Washington', 'Washington')).toBe(false);
    expect(seat('a delegation from Washington', 'Washington')).toBe(false);
  });
});

describe('arabicHead', () => {
  it('reads the construct state of an institution', () => {
    expect(arabicHead(...arabic('قرر مجلس بنك المغرب الإبقاء', 'المغرب'))).toBe(true);
    expect(arabicHead(...arabic('اشتكى زبناء اتصالات المغرب', 'المغرب'))).toBe(true);
    expect(arabicHead(...arabic('الفرع التابع لاتصالات المغرب إن العطل', 'المغرب'))).toBe(true);
    expect(arabicHead(...arabic('تأسست جمهورية الصين سنة 1912', 'الصين'))).toBe(true);
  });
  it('leaves the actor, the realm and the contacts', () => {
    expect(arabicHead(...arabic('استقبل ملك المغرب الجنرال', 'المغرب'))).toBe(false);
    expect(arabicHead(...arabic('وأكد المغرب أنه', 'المغرب'))).toBe(false);
    expect(arabicHead(...arabic('كثفت اتصالات المغرب مع واشنطن', 'المغرب'))).toBe(false);
    expect(arabicHead(...arabic('سفارة بالمغرب', 'المغرب', 1))).toBe(false);
  });
  it("reads اتصالات as the country's contacts before a link of contacts; جمهورية only before China (rev25b)", () => {
    expect(arabicHead(...arabic('أعلنت شركة اتصالات المغرب', 'المغرب'))).toBe(true);
    expect(arabicHead(...arabic('رفعت اتصالات المغرب سرعة الإنترنت', 'المغرب'))).toBe(true);
    expect(arabicHead(...arabic('كثفت اتصالات المغرب.', 'المغرب'))).toBe(false);
    expect(arabicHead(...arabic('أثارت اتصالات المغرب في موسكو قلق الجزائر', 'المغرب'))).toBe(false);
    expect(arabicHead(...arabic('تكثفت اتصالات المغرب بموسكو', 'المغرب'))).toBe(false);
    expect(arabicHead(...arabic('اتصالات المغرب الأخيرة مع روسيا', 'المغرب'))).toBe(false);
    expect(arabicHead(...arabic('اتصالات المغرب والولايات المتحدة', 'المغرب'))).toBe(false);
    expect(arabicHead(...arabic('وقعت جمهورية الجزائر الاتفاق', 'الجزائر'))).toBe(false);
  });
});

describe('arabicSeat', () => {
  it('reads the seat after a governed country', () => {
    const [chars, length, tok, s] = arabic('نظمت سفارة المغرب في واشنطن ندوة', 'واشنطن');
    expect(arabicSeat(chars, length, tok, s)).toBe(true);
    const [c2, l2, t2, s2] = arabic('سفارة الولايات المتحدة بباريس', 'باريس', 1);
    expect(arabicSeat(c2, l2, t2, s2)).toBe(true);
  });
  it('not after a country as an actor', () => {
    const [chars, length, tok, s] = arabic('وأكد المغرب في واشنطن', 'واشنطن');
    expect(arabicSeat(chars, length, tok, s)).toBe(false);
  });
});
