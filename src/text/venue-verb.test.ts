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
    expect(venue('The Sahara closed for good on May 16.')).toBe(true);
    expect(venue('Le Sahara a fermé ses portes en 2011 après soixante ans.')).toBe(true);
    expect(venue('le Sahara a rouvert en 2019 sous son ancien nom')).toBe(true);
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
});
