/**
 * Review14b's findings on places and the third blind sample's city classes, through the bundled pack
 * and the page's decision (eval dev passages `*-fix15-places-*` and the `blind15-*` they generalise):
 * - a Maltese article only (Ir-Rabat), not Ex-Wagner (name-shape.ts);
 * - ", where" and "fair of" no verdict on a capital; a city's possessive or frame before what it holds
 *   (Moscow's metro, À Pékin, le marathon), a government's act after a city's sentence (address-shape.ts);
 * - the town Rabat; what lies south of the Sahara (sense-heads.ts); a quoted today after a colon (press-title.ts).
 */
import { describe, expect, it } from 'vitest';
import { pageIds as page, pageCount as count } from './bundled-test-pack';

describe('bundled pack: review14b and blind15, places', () => {
  it('reads a Maltese article before a place only (finding 3)', () => {
    expect(count('wagner-group', 'Ex-Wagner fighters now serve in Russia’s Africa Corps in Mali.')).toBe(1);
    expect(count('africom', 'Ex-AFRICOM commander Stephen Townsend spoke in Rabat.')).toBe(1);
    expect(count('polisario-front', 'The report quoted Ex-Polisario fighters in Tindouf.')).toBe(1);
    expect(count('rabat', 'The feast fills the square in Ir-Rabat every August, near the Cittadella.')).toBe(0);
  });

  it('leaves ", where" and "fair of" to the window, and keeps the city’s own clause (finding 5)', () => {
    const us = (text: string): number => count('united-states', text);
    expect(us('The decision was made in Washington, where the Pentagon weighed Russia’s gains in the Sahel.')).toBe(1);
    expect(us('Analysts in Washington, where the recognition of Western Sahara was decided, expect no reversal.')).toBe(
      1,
    );
    expect(us('It would only be fair of Washington to honour its recognition of Morocco’s claim.')).toBe(1);
    expect(us('We spent the weekend in Washington, where the cherry trees were in bloom, before Rabat.')).toBe(0);
    expect(count('russia', 'Talks in Moscow, where banners lined Tverskaya Street, ended with the Sahel deal.')).toBe(
      0,
    );
  });

  it('reads a capital’s possessive or opening frame before what a city holds as the city (blind15)', () => {
    const metro = 'Moscow’s metro stations are worth a visit. Visitors to Russia need a visa for Mali too.';
    expect(count('russia', metro)).toBe(1);
    expect(count('russia', 'Moscow’s offer of instructors to Bamako came after Wagner left Mali.')).toBe(1);
    const marathon = 'À Pékin, le marathon a réuni 30 000 coureurs.';
    const story = 'En Afrique du Nord, la Chine poursuit ses investissements au Maroc.';
    expect(count('china', marathon, story)).toBe(1);
    expect(count('china', 'À Pékin, on juge la visite de l’Africom au Maroc utile.', story)).toBe(2);
  });

  it('lets a government’s act outweigh a city’s words of another sentence (blind15)', () => {
    const weekend = 'Week-end à Washington : musées et promenade sur le Mall. ';
    const act = 'Washington renouvelle son soutien au plan d’autonomie marocain pour le Sahara.';
    expect(count('united-states', weekend + act)).toBe(1);
    expect(count('united-states', weekend)).toBe(0);
    const arabic = 'طقس موسكو: أول ثلوج الموسم';
    expect(count('russia', arabic, 'وأعلنت موسكو أنها ستواصل دعم حكومات الساحل عسكرياً في مالي.')).toBe(1);
  });

  it('reads the town Rabat as a namesake, and what lies south of the Sahara as the desert (blind15)', () => {
    expect(count('rabat', 'From Mgarr the bus climbs to Victoria; locals still call the town Rabat.')).toBe(0);
    expect(count('rabat', 'The town hall in Rabat hosted the Moroccan and US delegations for African Lion.')).toBe(1);
    const belt = 'Le Sahel est une bande semi-aride au sud du Sahara, de l’Atlantique à la mer Rouge.';
    expect(page(belt)).toContain('sahara-desert');
    expect(page(belt)).not.toContain('western-sahara');
    expect(page('Le dossier du Sahara oppose le Maroc au Polisario.')).toContain('western-sahara');
    const south = 'Dakhla, dans le sud du Sahara marocain, accueille un nouveau consulat américain.';
    expect(page(south)).toEqual(['western-sahara']);
    expect(page('Laayoune, in the south of the Moroccan Sahara, hosts a new US consulate.')).toContain(
      'western-sahara',
    );
  });

  it('reads a quoted today after a colon as speech, not a title (finding, lesser)', () => {
    expect(count('morocco', 'وقال الوزير: "المغرب الآن" شريك أساسي للولايات المتحدة')).toBe(1);
    expect(count('morocco', 'وكشف مصدر في تصريحات خاصة لـ"المغرب اليوم" عن خطة جديدة')).toBe(0);
  });
});
