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
