import { describe, expect, it } from 'vitest';
import { productAfter, quotedAfterNoun, quotedProductSets, quotedWork } from './quoted-product';
import { QUOTED_PRODUCT_WORDS } from './quoted-product-words';

const WORDS = quotedProductSets(QUOTED_PRODUCT_WORDS);

/** quotedAfterNoun for the first `name` of `text`. */
const quoted = (text: string, name: string): boolean => {
  const at = text.indexOf(name);
  return quotedAfterNoun(text, at, at + name.length, WORDS);
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

/** productAfter for the first `name` of `text`; `models` for a thing's name (not a place). */
const product = (text: string, name: string, models = false): boolean => {
  const at = text.indexOf(name);
  return productAfter(text, at, at + name.length, models, WORDS);
};

describe('productAfter', () => {
  it('reads a product’s head noun after the name, in a listing’s frame (redteam16 class 6)', () => {
    expect(product('Our Sahara sand paint looks warm in a north-facing hallway.', 'Sahara')).toBe(true);
    expect(product('The Sahel tent sleeps four and weighs 3.1 kg.', 'Sahel')).toBe(true);
    expect(product('An Uncle Sam costume won the prize at the parade.', 'Uncle Sam')).toBe(true);
    expect(product('The Uncle Sam poster hangs in the museum.', 'Uncle Sam')).toBe(true);
    expect(product('Uncle Sam costume hire is booming.', 'Uncle Sam')).toBe(false);
    expect(product('The camp had a "Sahara" tent for families.', 'Sahara')).toBe(true);
    expect(product('Used Apache RTR 160 4V for sale, single owner.', 'Apache', true)).toBe(true);
    expect(product('Selling my Apache RR 310, 2019 model.', 'Apache', true)).toBe(true);
    expect(product('Our Sahara desert paint covers in one coat.', 'Sahara')).toBe(true);
  });

  it('keeps the place, the desert’s things and the helicopter', () => {
    expect(product('The Sahara desert covers most of Algeria.', 'Sahara')).toBe(false);
    expect(product('Sahara sand dunes near Merzouga draw visitors.', 'Sahara')).toBe(false);
    expect(product('We slept in the Sahara tent camp near Merzouga.', 'Sahara')).toBe(false);
    expect(product('Aid agencies sent Sahel relief tents to Niger.', 'Sahel')).toBe(false);
    expect(product('The Sahel states left ECOWAS.', 'Sahel')).toBe(false);
    expect(product('The Sahel region faces drought.', 'Sahel')).toBe(false);
    expect(product('Apache helicopters fly over the game.', 'Apache', true)).toBe(false);
    expect(product('Morocco ordered 24 Apache AH 64E helicopters.', 'Apache', true)).toBe(false);
    expect(product('Apache AH-64E helicopters flew over the parade.', 'Apache', true)).toBe(false);
    expect(product('Sahara tents under the stars, dinner included.', 'Sahara')).toBe(false);
    expect(product('The Sahara sand blinds drivers on the N9 road every spring.', 'Sahara')).toBe(false);
    expect(product('The Sahel tent camps for displaced families are overflowing.', 'Sahel')).toBe(false);
    expect(product('The Sahara sand storm reached the Canary Islands.', 'Sahara')).toBe(false);
    expect(product('This Sahel crisis is the worst in a decade.', 'Sahel')).toBe(false);
    // review16 #11: a weapon's paint scheme or paint job is the weapon's
    expect(product('The Apache desert paint scheme was chosen for Morocco’s new helicopters.', 'Apache', true)).toBe(
      false,
    );
    expect(product('The Apache paint job took three weeks.', 'Apache', true)).toBe(false);
    expect(product('The Apache desert camouflage suits the southern bases.', 'Apache', true)).toBe(false);
    expect(product('The Apache livery was repainted in sand tones.', 'Apache', true)).toBe(false);
  });
});

/** quotedWork for the first `name` of `text`. */
const work = (text: string, name: string): boolean => {
  const at = text.indexOf(name);
  return quotedWork(text, at, at + name.length, WORDS);
};

describe('quotedWork (fr-blind21-047)', () => {
  it('reads a quoted name whose apposition names a work as the work’s title', () => {
    expect(work('Le cinéma programme ce soir « Apaches », le film de Romain Quirot.', 'Apaches')).toBe(true);
    expect(work('The library shows "Apache," the 1954 western, on Thursday.', 'Apache')).toBe(true);
    expect(work('On revoit « Sahara », un vieux film de guerre, dimanche.', 'Sahara')).toBe(true);
    expect(work('« Apaches », drame de Romain Quirot, sort mercredi.', 'Apaches')).toBe(true);
  });

  it('reads a work’s noun right before the quote', () => {
    expect(work('Tonight: the western "Apache" with Burt Lancaster.', 'Apache')).toBe(true);
    expect(work('Le roman « Apache » suit un garçon de cité.', 'Apache')).toBe(true);
  });

  it('leaves a quoted name of the story’s own thing, or a program, to the rest', () => {
    expect(work('Baptisé « Apache », l’hélicoptère d’attaque équipe les FAR.', 'Apache')).toBe(false);
    expect(work('Le programme « Apache » de l’armée de l’air avance.', 'Apache')).toBe(false);
    expect(work('Les « Apache » marocains ont tiré à Tan-Tan.', 'Apache')).toBe(false);
    expect(work('The "Apache" fleet flew, the air force said.', 'Apache')).toBe(false);
    expect(work('the film Apache, with Burt Lancaster', 'Apache')).toBe(false);
  });

  it('needs the work’s noun to head its own phrase before the quote, not a compound', () => {
    expect(work('The drill series "African Lion" returns to Morocco in May.', 'African Lion')).toBe(false);
    expect(work('AFRICOM posted the photo album "African Lion" with 200 pictures.', 'African Lion')).toBe(false);
    expect(work('the 1954 western "Apache" plays Thursday', 'Apache')).toBe(true);
    expect(work('Il a relu l’album « Sahara » de son père.', 'Sahara')).toBe(true);
  });

  it('needs the noun to head the apposition: no gathering of things, compound or idiom', () => {
    expect(work('Troops began "African Lion," the series of drills held each year.', 'African Lion')).toBe(false);
    expect(work('Ils ont lancé « African Lion », la série d’exercices organisée au Maroc.', 'African Lion')).toBe(
      false,
    );
    expect(work('"African Lion," the album of photos the Army posted, shows troops.', 'African Lion')).toBe(false);
    expect(work('« African Lion », une pièce maîtresse de la coopération, s’ouvre lundi.', 'African Lion')).toBe(false);
    expect(work('The exercise, "African Lion," a play on the continent’s symbol, begins.', 'African Lion')).toBe(false);
    expect(work('the exercise "African Lion", film crews watching, ended with live fire.', 'African Lion')).toBe(false);
    expect(work('soldiers fire mortars during "African Lion", film and photos by Sgt. Ruiz.', 'African Lion')).toBe(
      false,
    );
    expect(work('les mercenaires de « Wagner », la série noire continue au Mali.', 'Wagner')).toBe(false);
    expect(work('les mercenaires de « Wagner », le roman noir du Kremlin en Afrique.', 'Wagner')).toBe(false);
    expect(work('the group "Wagner," the series of abuses it left behind', 'Wagner')).toBe(false);
    // The work's own: a maker, a cast, its end.
    expect(work('On revoit « Sahara », le documentaire de Jean Dupont.', 'Sahara')).toBe(true);
    expect(work('The library shows "Apache," the western with Burt Lancaster.', 'Apache')).toBe(true);
  });
});
