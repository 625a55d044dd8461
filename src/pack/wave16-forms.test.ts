/**
 * Alias forms and shapes from the red team's blind sample (redteam16 classes 3 and 11), each with
 * its other sense kept apart: the Russian spelling Vagner; the mixed spelling "Africa Korps", guarded
 * as "Afrika Korps" is (Rommel's stays out; a Russian owner's possessive is part of the name); and a
 * full name joined by a hyphen to another capitalised word (a longer name, not the story's).
 */
import { describe, expect, it } from 'vitest';
import { idsIn as ids } from './bundled-test-pack';

describe('bundled pack: Vagner and the Africa Korps', () => {
  it('counts the Russian spelling of the Wagner Group with its noun', () => {
    expect(ids('Witnesses said Vagner mercenaries were seen near the airport in Bangui.')).toEqual(['wagner-group']);
    expect(ids("The Vagner Group's fighters left Mali in June.")).toEqual(['wagner-group']);
    expect(ids('Vagner Love scored twice for CSKA Moscow in the UEFA Cup final.')).toEqual([]);
  });

  it('counts the Africa Korps after a Russian owner, not Rommel’s', () => {
    expect(ids("Russia's Africa Korps has replaced Wagner in Mali.")).toEqual(['africa-corps', 'wagner-group']);
    expect(ids("Moscow's Africa Korps now guards the gold mines of southern Mali.")).toEqual([
      'russia',
      'africa-corps',
    ]);
    expect(ids('Instructors from the Russian Africa Korps arrived in Niamey.')).toEqual(['africa-corps']);
    expect(ids('Russia\'s "Africa Korps" is recruiting in Niger.')).toEqual(['africa-corps']);
    expect(ids('The Africa Korps was the German expeditionary force in Libya.')).toEqual([]);
    expect(ids('The Afrika Korps surrendered in Tunisia in May 1943.')).toEqual([]);
    expect(ids("Rommel's Afrika Korps reached El Alamein in 1942.")).toEqual([]);
  });
});

describe('bundled pack: a hyphen after a full name', () => {
  it('leaves a longer name out and keeps compounds of the story', () => {
    expect(ids('Mark Milley-Jones scored the winner for Bury in the 89th minute.')).toEqual([]);
    expect(ids('Le groupe Wagner-Auto de Colmar recrute un mécanicien confirmé.')).toEqual([]);
    expect(ids('Wagner-linked militias were accused of abuses near Moura, in central Mali.')).toEqual(['wagner-group']);
    expect(ids('Gen. Mark Milley-era planning at the Pentagon put Africa low on the list.')).toEqual(['mark-milley']);
    expect(ids('Tensions rose along the Morocco-Algeria border.')).toEqual(['morocco', 'algeria']);
    // a compound of two officials, or a ranked one, keeps the story's (review16b finding 1)
    expect(ids('Mark Milley-Bourita talks in Rabat covered the African Lion exercise.')).toContain('mark-milley');
    expect(ids('Gen. Michael Langley-Hammouchi meeting on counter-terrorism ended.')).toEqual(['michael-langley']);
    expect(ids('Le général Michael Langley-Bourita a rencontré ses homologues.')).toEqual(['michael-langley']);
    expect(ids('The Michael Langley-Akhannouch meeting was brief.')).toEqual(['michael-langley']);
    expect(ids('Le groupe Wagner-Africa Corps reste présent au Mali, selon Moscou.')).toEqual([
      'wagner-group',
      'africa-corps',
      'russia',
    ]);
  });
});
