/**
 * An acronym the page spells out as something else (acronym-definition.ts, matcher.ts markDefinitions): the page's
 * later bare acronyms are that thing unless the page is about the story (fr-lex26-022, dev fix25-acronym).
 */
import { describe, expect, it } from 'vitest';
import { pageIds as page } from './bundled-test-pack';

describe('bundled pack: an acronym defined as something else on the page', () => {
  it("makes the page's later bare FAR that thing, in another block too", () => {
    const defined = "France built its Rapid Action Force, the Force d'action rapide (FAR), in 1984.";
    const later = 'In 1991 the FAR sent its troops, attack helicopters and anti-tank missiles for a joint exercise.';
    expect(page(later)).toEqual(['far-morocco']);
    expect(page(defined, later)).toEqual([]);
    expect(page(`${defined} ${later}`)).toEqual([]);
  });
  it('reads the expansion in brackets after the acronym too', () => {
    const defined = 'Veterans marked the anniversary of the FAR (Fuerzas Armadas Revolucionarias) with a parade.';
    const later = 'The FAR also sent troops and attack helicopters to the joint exercise that year.';
    expect(page(later)).toEqual(['far-morocco']);
    expect(page(defined, later)).toEqual([]);
    const own = page('Les FAR (Forces armées royales) défilent à Rabat. Les FAR ont aussi déployé un hôpital.');
    expect(own.filter((id) => id === 'far-morocco').length).toBeGreaterThanOrEqual(2);
  });
  it('keeps the FAR spelled out as its own name, and a page about the story', () => {
    expect(
      page('Selon les Forces armées royales (FAR), les tirs ont eu lieu. Les FAR ont aussi déployé un hôpital.'),
    ).toEqual(['far-morocco', 'far-morocco']);
    expect(
      page(
        "En France, la Force d'action rapide (FAR) a disparu.",
        "Au Maroc, les Forces armées royales (FAR) organisent l'exercice African Lion avec l'Africom, et les FAR y engagent des milliers de soldats.",
      ),
    ).toContain('african-lion');
  });
});
