import { describe, expect, it } from 'vitest';
import { venueVerbAfter } from './venue-verb';

/** venueVerbAfter for the first `name` of `text`. */
const venue = (text: string, name = 'Sahara'): boolean => {
  const at = text.indexOf(name);
  return venueVerbAfter(text, at, at + name.length);
};

describe('venueVerbAfter (en-blind21-010)', () => {
  it('reads "the" place opening, closing or reopening as a venue named after it', () => {
    expect(venue('The Sahara opened on the north end of the Strip in October 1952.')).toBe(true);
    expect(venue('After the Sahara closed in 2011 the property was sold.')).toBe(true);
    expect(venue('the Sahara reopened as SLS Las Vegas')).toBe(true);
    expect(venue('The Sahara reopened under its old name.')).toBe(true);
    expect(venue('When the Sahara shut its doors, dealers handed out cards.')).toBe(true);
    expect(venue('The Sahara closed for good on May 16, the casino said.')).toBe(true);
    expect(venue('Le Sahara a fermé ses portes en 2011 après soixante ans.')).toBe(true);
    expect(venue('le Sahara a rouvert en 2019 avec un nouveau casino')).toBe(true);
    expect(venue('le Sahara a rouvert sous son ancien nom')).toBe(true);
    expect(venue('Le Sahara ferme ses portes ce soir.')).toBe(true);
  });

  it('leaves the desert and countries, which open and close with an object or a particle', () => {
    expect(venue('Beyond the oasis the Sahara opened out into a plain of gravel.')).toBe(false);
    expect(venue('As the wind rose, the Sahara closed in around the convoy.')).toBe(false);
    expect(venue('Morocco reopened its borders in June.', 'Morocco')).toBe(false);
    expect(venue('The Sahel opened a new chapter.', 'Sahel')).toBe(false);
    expect(venue('le Sahara a ouvert la voie aux caravanes')).toBe(false);
    // No article: a country or a region as an actor.
    expect(venue('Algeria closed in 1994 its border with Morocco.', 'Algeria')).toBe(false);
    expect(venue('Sahara opened in 1952.')).toBe(false);
  });

  it('needs the venue’s own evidence: a date alone is a country’s or a region’s opening', () => {
    expect(venue('The Sahara closed for good on May 16.')).toBe(false);
    expect(venue('Le Maroc a rouvert le 7 février ses frontières aériennes.', 'Maroc')).toBe(false);
    expect(venue('Le Maroc a fermé le 13 mars ses frontières aériennes et maritimes.', 'Maroc')).toBe(false);
    expect(venue('Le Maroc a ouvert en 2021 un bureau de liaison en Israël.', 'Maroc')).toBe(false);
    expect(
      venue('Once the Western Sahara closed in 1975 to Spanish settlers, Morocco moved in.', 'Western Sahara'),
    ).toBe(false);
    expect(venue('The Moroccan Sahara opened in 2020 to American investors.', 'Moroccan Sahara')).toBe(false);
    // The casino's own words in the sentence make it the venue.
    expect(venue('When the Sahara closed in May 2011, dealers handed out decks of cards.')).toBe(true);
  });

  it('leaves doors opened or closed to someone: a country, a region, a government', () => {
    expect(venue('Le Maroc a rouvert ses portes aux touristes étrangers le 7 février.', 'Maroc')).toBe(false);
    expect(venue('Le Kremlin a fermé ses portes aux journalistes occidentaux.', 'Kremlin')).toBe(false);
    expect(venue('The Sahel closed its doors to French troops in 2022.', 'Sahel')).toBe(false);
    expect(venue('Depuis que le Sahel a fermé ses portes aux troupes françaises, la Russie s’installe.', 'Sahel')).toBe(
      false,
    );
    expect(venue('Decades later the Sahara shut its doors, and the property sat empty.')).toBe(true);
  });

  it('leaves a name after a preposition: the verb has another subject', () => {
    const into = 'Traffic through the Guerguerat crossing into the Western Sahara reopened on November 14.';
    expect(venue(into, 'Western Sahara')).toBe(false);
    expect(venue('Le consulat des États-Unis dans le Sahara a ouvert en 2021, près du casino.')).toBe(false);
    expect(venue('The road north across the Sahel reopened in March.', 'Sahel')).toBe(false);
    expect(venue('Heat over the Sahara opened in June a long drought season.')).toBe(false);
    expect(venue('After the Sahara closed in 2011 the property was sold.')).toBe(true);
  });
});
