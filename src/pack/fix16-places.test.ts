/**
 * The fourth blind sample's place classes, through the bundled pack and the page's decision (eval dev
 * passages `*-fix16-cities-*` and the `blind16-*` they generalise): Washington the team (the football
 * words vetoing the United States' rule); a capital's city signs (city-signs.ts); a relation's party and
 * a state's stance (address-shape.ts); one strong local mention on a mixed page (page-evidence.ts).
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: blind16, Washington the team', () => {
  it('finds no United States in a football report', () => {
    expect(
      count(
        'united-states',
        'Commanders 41, Raiders 24',
        'With the starter out, the backup threw for 207 yards and ran for a score as Washington bounced back from the loss in Green Bay.',
      ),
    ).toBe(0);
    expect(count('united-states', 'The rookie quarterback threw two touchdowns as Washington held on.')).toBe(0);
  });

  it('still counts Washington the government in news sentences', () => {
    expect(count('united-states', 'Washington approved the sale of HIMARS launchers to Morocco.')).toBe(1);
    expect(count('united-states', 'Washington warned Rabat against buying Russian fighter jets.')).toBe(1);
    expect(
      count('united-states', 'Washington has been the Moroccan army’s main supplier of tanks since the 1980s.'),
    ).toBe(1);
  });
});
