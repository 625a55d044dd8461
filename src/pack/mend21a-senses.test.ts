/**
 * mend21a: the Atlas (Barbary) lion's vetoes of the exercise are the animal's two-word names, not bare
 * "Barbary" / « Barbarie » (the Barbary wars and coast, barbarism, Barbary figs and macaques) nor the
 * Atlas lion (the Moroccan army's emblem); the zoo and species words veto the animal as before.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: the Barbary and Atlas lion vetoes (review 21a)', () => {
  it('keeps the exercise beside the Barbary wars, coast, barbarism, figs and macaques', () => {
    const pages = [
      'The 1786 treaty ended the Barbary raids on American ships; today the two navies train together in African Lion off Agadir.',
      'From the Barbary Wars to African Lion, Moroccan-American military ties run deep, troops were told in Tan-Tan.',
      'Barbary Coast history tours in Tangier were paused as African Lion troops moved through the port.',
      'La Barbarie des corsaires est loin : African Lion réunit aujourd’hui les marines marocaine et américaine.',
      'Contre la barbarie jihadiste, African Lion entraîne les troupes marocaines et américaines à Tan-Tan.',
      'Barbary macaques watched as African Lion troops set up camp in the Middle Atlas, Moroccan officers said.',
      'Entre les champs de figues de Barbarie, près de Guelmim, les troupes d’African Lion ont installé leur camp.',
      'Between fields of Barbary figs near Guelmim, African Lion troops set up camp with the Moroccan army.',
    ];
    for (const page of pages) expect(count('african-lion', page), page).toBe(1);
    const macaques = [
      'Des macaques de Barbarie ont observé les soldats d’African Lion.',
      'African Lion, avec les troupes marocaines, a duré trois semaines.',
    ];
    expect(count('african-lion', ...macaques)).toBe(2);
  });

  it('keeps the exercise beside the army’s lion badge', () => {
    const badge = 'Moroccan troops wore the Atlas lion badge as African Lion opened near Tan-Tan with U.S. Marines.';
    expect(count('african-lion', badge)).toBe(1);
    const insigne =
      'Des tirailleurs marocains portant l’insigne du lion de l’Atlas ont ouvert African Lion à Tan-Tan avec les Marines.';
    expect(count('african-lion', insigne)).toBe(1);
  });

  it('still reads the animal by its two-word names', () => {
    const extinct = 'The Barbary lion, also called the African lion of the Atlas, is extinct in the wild in Morocco.';
    expect(count('african-lion', extinct)).toBe(0);
    const crin =
      'Plus massif que le lion d’Asie, le lion africain se distingue du lion de l’Atlas par une crinière moins sombre.';
    expect(count('african-lion', crin)).toBe(0);
  });
});
