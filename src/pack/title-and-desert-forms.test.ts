/**
 * Alias forms added from the eval corpus's dev split: titles standing for the person without a
 * full name earlier ("Gen. Anderson" on a page about AFRICOM, "Gen Langley"), and "Moroccan Sahara"
 * meaning the desert of the tourist south, not the territory. Each kept apart from its other sense.
 */
import { describe, expect, it } from 'vitest';
import { idsIn as ids } from './bundled-test-pack';

describe('bundled pack: titles standing for the person', () => {
  it('counts Gen. Anderson and General Anderson on a page about AFRICOM or Morocco', () => {
    expect(ids('In Rabat, General Anderson reviewed the plans with Moroccan officers.')).toContain('dagvin-anderson');
    expect(ids('Gen. Anderson told reporters in Stuttgart that the command would lean on partners.')).toContain(
      'dagvin-anderson',
    );
  });

  it('leaves the Civil War and Second World War generals Anderson out', () => {
    expect(ids('At Spotsylvania, General Anderson reached the crossroads before the Union infantry.')).toEqual([]);
    expect(ids("Lee gave Gen. Anderson command of Longstreet's corps in May 1864.")).toEqual([]);
    expect(ids('In November 1942 the British First Army of General Anderson landed at Algiers.')).not.toContain(
      'dagvin-anderson',
    );
  });

  it('reads "Gen Langley" without the full stop', () => {
    expect(ids('Gen Langley, who led Africom for three years, spoke to the Senate.')).toContain('michael-langley');
  });
});

describe('bundled pack: the Moroccan Sahara as the desert or the territory', () => {
  it('the desert, where its window speaks of dunes, camels and Merzouga', () => {
    expect(ids('A camel ride at sunset into the Moroccan Sahara, near Merzouga.')).toEqual(['sahara-desert']);
    expect(ids('Nuit en bivouac dans le Sahara marocain, balade à dos de dromadaire.')).toEqual(['sahara-desert']);
    expect(ids('تستقبل كثبان الصحراء المغربية قرب مرزوكة آلاف السياح.')).toEqual(['sahara-desert']);
  });

  it('the territory, where its window speaks of sovereignty or the Polisario', () => {
    expect(ids('The Polisario rejects any autonomy plan for the Moroccan Sahara.')).toContain('western-sahara');
    expect(ids('The Polisario rejects any autonomy plan for the Moroccan Sahara.')).not.toContain('sahara-desert');
    expect(ids('Le plan d’autonomie pour le Sahara marocain divise encore le Polisario.')).not.toContain(
      'sahara-desert',
    );
  });
});
