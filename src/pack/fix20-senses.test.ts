/**
 * fix20b: pack data for two leftovers of the blind sample of session 20.
 * - Apache scouts (the Army's Apache Scouts of the 1880s): a noun of people after the name, as warriors
 *   and chiefs are (otherHeads), not the helicopter; a helicopter's own noun keeps it.
 * - The lone surname ميلاي, spelt as the pack's full name مارك ميلاي: it follows that name as ميلي does.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: Apache scouts (en-blind20-002)', () => {
  it('reads the scouts as people, in English and French', () => {
    expect(count('ah-64-apache', 'Even the Apache scouts who had helped the Army track them were sent east.')).toBe(0);
    expect(count('ah-64-apache', "Les éclaireurs apaches de l'armée furent envoyés en Floride.")).toBe(0);
    // A singular scout after the name is the helicopter's role, as « un Apache éclaireur » (mend20b).
    expect(count('ah-64-apache', 'The Apache scouts led the cavalry column into the Sierra Madre.')).toBe(0);
  });

  it('keeps the helicopter beside its own nouns', () => {
    expect(count('ah-64-apache', 'The Apache helicopters scouted the ridge before the Moroccan convoy moved.')).toBe(1);
  });
});

describe('bundled pack: the surname ميلاي after its full name (ar-blind20-023)', () => {
  it('counts it after مارك ميلاي, not alone', () => {
    expect(
      count('mark-milley', 'قال الجنرال مارك ميلاي إن الانسحاب كان فشلاً. وأضاف ميلاي أنه أوصى بإبقاء الجنود.'),
    ).toBe(2);
    expect(count('mark-milley', 'وأضاف ميلاي أنه سيغادر.')).toBe(0);
  });
});
