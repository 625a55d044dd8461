/**
 * Red team 17's English and French other-sense classes, through the bundled pack and the page's decision
 * (eval dev passages `*-fix17-*`): another bearer of a story person's full name and a place named after
 * the surname (namesakes.ts), a country inside a brand, a team or a holding and a material in lower case
 * (name-shape.ts), and the French fabric and paper « de Chine » (the pack's otherSenses).
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { bundledMatcher as matcher } from './bundled-test-pack';

/** How many mentions of `id` count on a page of these blocks. */
const count = (id: string, ...blocks: string[]): number => {
  const state = createPageState();
  return decidePage(
    blocks.flatMap((b) => matcher.find(b, state)),
    (_m, e) => e,
  ).filter((x) => x === id).length;
};

describe('bundled pack: redteam17 class 2, another Michael Langley', () => {
  it('counts no full name given an occupation, an age and a home town', () => {
    for (const s of [
      'Mike Langley, the veteran boxing columnist, filed his last ringside report from Wembley in 1998.',
      'Obituary: Michael Langley, 81, of Abbots Langley, retired plumber and keen allotment gardener, died peacefully at home.',
      'Michael Langley (goalkeeper) joined the club on loan from a League Two side in January.',
      'Actor Michael Langley plays the butler in the touring production of the comedy.',
      "Rev. Michael Langley will lead the carol service at St Mary's.",
      'Michael Langley, 64, of Langley, British Columbia, won the seniors golf title.',
      'Michael Langley, pianiste de jazz, joue ce soir au Duc des Lombards.',
      'Michael Langley, ancien footballeur, entraîne désormais les moins de 17 ans.',
    ])
      expect(count('michael-langley', s), s).toBe(0);
  });
  it('keeps the general, with or without story words', () => {
    for (const s of [
      'Gen Michael Langley toured the field hospital.',
      "Micheal Langley praised the professionalism of the host nation's troops.",
      'Michael Langly, the Marine general, visited the troops.',
      "Michael Langley a rencontré l'inspecteur général.",
      "Le commandant de l'AFRICOM, Michael Langley, est arrivé à Rabat.",
    ])
      expect(count('michael-langley', s), s).toBe(1);
  });
});

describe('bundled pack: redteam17 class 11, a place named after the surname', () => {
  it('counts the full name only, not the festival or the research centre', () => {
    expect(
      count(
        'michael-langley',
        'Gen. Michael Langley visited Rabat on Monday.',
        "In other news, the Langley Events Centre will host the finals, and Fort Langley's cranberry festival returns in October.",
      ),
    ).toBe(1);
    expect(
      count(
        'michael-langley',
        "Le général Michael Langley, ancien patron de l'Africom, publie ses mémoires.",
        "Côté sciences, le centre de recherche Langley a testé un nouveau profil d'aile, et la ville de Langley a inauguré une patinoire.",
      ),
    ).toBe(1);
  });
  it('keeps the lone surname that is the general', () => {
    expect(
      count('michael-langley', 'Gen. Michael Langley visited Rabat.', 'Langley said the exercise had grown.'),
    ).toBe(2);
    expect(
      count('michael-langley', 'Le général Michael Langley était à Rabat.', "Selon Langley, l'exercice grandit."),
    ).toBe(2);
  });
});

describe('bundled pack: redteam17 class 5, the country inside another name', () => {
  it('counts no United States in a paper, a federation, a network or a team', () => {
    for (const s of [
      'USA Today ranked the bakery among the ten best in the Midwest.',
      "USA Today's best-seller list included the new thriller.",
      'Team USA won gold in the 4x100 relay.',
      'USA Gymnastics announced its world championships squad.',
      'The USA Network series was renewed for a fifth season.',
    ])
      expect(count('united-states', s), s).toBe(0);
    expect(count('wagner-group', 'The Wagner Group of Companies, a Texas builder, broke ground.')).toBe(0);
  });
  it('keeps the country and the group', () => {
    expect(count('united-states', 'The USA and Morocco renewed their free trade accord.')).toBe(1);
    expect(count('united-states', 'USA and Morocco signed the open-skies agreement.')).toBe(1);
    expect(count('wagner-group', 'The Wagner Group has left Mali.')).toBe(1);
  });
});

describe('bundled pack: redteam17 class 4, common nouns', () => {
  it('counts no Morocco in a bookseller’s leather and no China in a fabric or a paper', () => {
    expect(
      count('morocco', 'Bound in full red morocco, gilt spine, all edges gilt; light rubbing to the corners.'),
    ).toBe(0);
    expect(count('morocco', 'Half morocco over marbled boards, raised bands, a handsome set in six volumes.')).toBe(0);
    expect(count('china', 'Robe en crêpe de Chine, coloris ivoire, doublée.')).toBe(0);
    expect(count('china', 'Le papier de Chine convient à la calligraphie.')).toBe(0);
  });
  it('keeps the countries', () => {
    expect(count('morocco', 'Morocco exports leather goods to Europe.')).toBe(1);
    expect(count('china', 'Le Maroc exporte du papier vers la Chine.')).toBe(1);
    expect(count('china', 'Le papier importé de Chine a augmenté.')).toBe(1);
  });
});
