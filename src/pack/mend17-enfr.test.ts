/**
 * Review 17 (rev17enfr) on the bundled pack: the pack's own words behind its regressions. African Lion
 * coordinated from Stuttgart (AFRICOM's seat) was found only through a learnt cue weight, lost at a
 * retrain: the seat is a required word now, and a lion's pride or keepers a veto as the zoo is. The
 * new aliases' objects and clubs (an Uncle Sam costume, an ex-Wagner goalkeeper) name no party.
 */
import { describe, expect, it } from 'vitest';
import { pageCount } from './bundled-test-pack';

describe('bundled pack: African Lion coordinated from Stuttgart (review17 R7)', () => {
  it('reads AFRICOM’s seat as a story word', () => {
    expect(pageCount('african-lion', 'Stuttgart coordinates African Lion every spring.')).toBe(1);
    expect(pageCount('african-lion', 'Le centre d’opérations de Stuttgart coordonne African Lion.')).toBe(1);
    expect(pageCount('african-lion', 'Le commandement de Stuttgart coordonne African Lion avec Rabat.')).toBe(1);
  });
  it('not the animal, in Stuttgart or not', () => {
    expect(pageCount('african-lion', 'At the Stuttgart zoo, the African Lion enclosure reopened.')).toBe(0);
    expect(pageCount('african-lion', 'Keepers in Stuttgart coordinate feeding times for the African Lion pride.')).toBe(
      0,
    );
  });
});

describe('bundled pack: the new aliases as an object or a club (review17 R8)', () => {
  it('reads an Uncle Sam costume or poster as a thing, Uncle Sam acting as the country', () => {
    expect(pageCount('united-states', 'An Uncle Sam costume won the prize at the parade in Rabat.')).toBe(0);
    expect(pageCount('united-states', 'The Uncle Sam poster hangs in the Rabat museum.')).toBe(0);
    expect(pageCount('united-states', 'Uncle Sam wants Morocco as its gateway to Africa.')).toBe(1);
  });
  it('reads an occupation after ex-Wagner as another Wagner’s, fighters and commanders as the group’s', () => {
    expect(pageCount('wagner-group', 'The ex-Wagner goalkeeper joined Raja Casablanca.')).toBe(0);
    expect(pageCount('wagner-group', 'L’ex-Wagner gardien du Raja a signé à Tanger.')).toBe(0);
    expect(pageCount('wagner-group', 'The ex-Wagner fighters now wear Africa Corps patches.')).toBe(1);
    expect(pageCount('wagner-group', 'Ex-Wagner commanders now run the Africa Corps in Mali.')).toBe(1);
  });
});

describe('bundled pack: the Tripartite Agreement with its US signatory (retrain of mend17enfr)', () => {
  it('reads Blinken, the Secretary of State who kept the recognition, as a story word', () => {
    const r = 'us-recognition-western-sahara';
    expect(pageCount(r, 'A year after the Tripartite Agreement, Bourita and Blinken met by video.')).toBe(1);
    expect(pageCount(r, 'The 1988 Tripartite Agreement between Angola, Cuba and South Africa ended the war.')).toBe(0);
  });
});
