/**
 * Issue 16, with the bundled pack: "the US" as a possessive, in a title-case or capitals headline
 * (review14b finding 6), and names inside hashtags (finding 8): a publication's tag read with its
 * words apart, an acronym or model number joined to a word, a name right before an emoji. Each bad
 * case beside the good case nearest to it.
 */
import { describe, expect, it } from 'vitest';
import { idsIn as ids } from './bundled-test-pack';

const US = 'united-states';

describe('"the US" (review14b finding 6)', () => {
  it.each([
    "Algeria condemned the US's recognition of Western Sahara.",
    'Algeria condemned the US’s recognition of Western Sahara.',
    "Algeria condemned the U.S.'s recognition of Western Sahara.",
    "Morocco welcomed the US's position on the autonomy plan.",
    'What the US Wants From Morocco',
    'THE US AND MOROCCO SIGN A NEW DEAL',
    'Morocco thanked the US.',
    'Morocco and the US Monday signed a deal.',
  ])('the country: %s', (text) => {
    expect(ids(text).filter((id) => id === US)).toHaveLength(1);
  });

  it.each([
    'Rabat hosted the US Navy last week.',
    'THE US NAVY ARRIVES IN AGADIR',
    'He said the us-versus-them framing was wrong.',
    'Rabat buys its HIMARS through the US Foreign Military Sales programme.',
  ])('a modifier, or no name: %s', (text) => {
    expect(ids(text)).not.toContain(US);
  });
});

describe('names in hashtags (review14b finding 8)', () => {
  it.each([
    ['morocco', 'Read #MoroccoWorldNews for the story.'],
    ['morocco', 'Read Morocco World News for the story.'],
  ])('a publication’s title is no mention of %s: %s', (id, text) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    ['morocco', 'Follow #MoroccoTravel for tips.'],
    ['morocco', '#Morocco2030 is the World Cup bid.'],
    ['bgm-71-tow', 'Watch #TOWMissile drills near Tan-Tan.'],
    ['ah-64-apache', 'New #AH64Apache deliveries to Morocco are due.'],
    ['western-sahara', 'Follow #WesternSahara😀 for updates.'],
    ['western-sahara', 'Western Sahara😀 is trending.'],
    ['western-sahara', 'Suivez #Sahara\u200bOccidental pour les mises à jour.'],
  ])('%s: %s', (id, text) => {
    expect(ids(text).filter((x) => x === id)).toHaveLength(1);
  });
});
