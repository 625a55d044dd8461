import { describe, expect, it } from 'vitest';
import { quotedAfterNoun } from './quoted-product';

/** quotedAfterNoun for the first `name` of `text`. */
const quoted = (text: string, name: string): boolean => {
  const at = text.indexOf(name);
  return quotedAfterNoun(text, at, at + name.length);
};

describe('quotedAfterNoun', () => {
  it('reads a place quoted alone after a common noun as a product’s or a shop’s name (fr-blind15-032)', () => {
    expect(quoted('Vends tente de bivouac « Sahara » 3 places, double toit.', 'Sahara')).toBe(true);
    expect(quoted('We ate at the restaurant "Sahara" on Central.', 'Sahara')).toBe(true);
    expect(quoted('Nuit à l’hôtel «Maroc», petit-déjeuner compris.', 'Maroc')).toBe(true);
    expect(quoted('Le parfum “Sahel” sort en mars.', 'Sahel')).toBe(true);
  });

  it('reads nothing into an article, a preposition or a naming word before the quote', () => {
    expect(quoted('la région du « Sahel » reste instable', 'Sahel')).toBe(false);
    expect(quoted('the so-called "Sahara" question', 'Sahara')).toBe(false);
    expect(quoted('Le mot « Sahel » vient de l’arabe.', 'Sahel')).toBe(false);
    expect(quoted('a trip to the "Sahara" with friends', 'Sahara')).toBe(false);
    expect(quoted('le conflit autour du « Sahara » occidental', 'Sahara')).toBe(false);
  });

  it('reads nothing into a name not alone in its quotes, unquoted, or after a capitalised word', () => {
    expect(quoted('la tente « Sahara Bivouac » est vendue', 'Sahara')).toBe(false);
    expect(quoted('la tente Sahara est vendue', 'Sahara')).toBe(false);
    expect(quoted('Tente « Sahara » à vendre', 'Sahara')).toBe(false);
    expect(quoted('« Sahara » est le titre du film', 'Sahara')).toBe(false);
  });
});
