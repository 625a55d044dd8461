/**
 * redteam17 classes L (Arabic) and 3 (English, French): one use of a shared place name qualified by its own
 * words (the Tunisian Sahel, le Sahel tunisien, الساحل التونسي) withdrew the page's bare mentions of it. It is
 * a `qualified` vote now: on a page that names the story's place in its own words too (the central Sahel, la
 * région du Sahel), it is that one occurrence; on a page that names only the other place, the bare ones are
 * that place's, as before.
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { bundledMatcher as matcher } from './bundled-test-pack';

/** The matches of a page of `blocks`, read block by block as the scan CLI reads a file. */
function scan(...blocks: string[]) {
  const state = createPageState();
  let offset = 0;
  return blocks.flatMap((block) => {
    const at = offset;
    offset += block.length + 1;
    return matcher.find(block, state).map((m) => ({ ...m, start: m.start + at, end: m.end + at }));
  });
}
const count = (id: string, ...blocks: string[]): number =>
  decidePage(scan(...blocks), (_m, entityId) => entityId).filter((x) => x === id).length;
const senses = (...blocks: string[]) => scan(...blocks).map((m) => m.sense ?? 'counted');

describe('bundled pack: a qualified other-sense place name is its own kind of vote', () => {
  it('marks a name vetoed by its own words qualified, one vetoed by its window rejected', () => {
    expect(senses('The Tunisian Sahel expects a record season.')).toEqual(['qualified']);
    expect(senses('Le Sahel tunisien attend une saison record.')).toEqual(['qualified']);
    expect(senses('يستعد الساحل التونسي لموسم سياحي قياسي.')).toEqual(['qualified']);
    // …and Malta, its namesake's place named in the block, a vote of its own (namesake-places.ts, mend25a).
    expect(senses('Rabat, Malta, is known for its catacombs.')).toEqual(['qualified', 'qualified']);
    expect(senses('Les hôtels de Sousse et du Sahel affichent complet.')).toEqual(['rejected']);
  });

  it('keeps the bare story mentions of a page that names the story’s place in its own words (en-010, fr-009)', () => {
    const en = [
      'Sahel briefing',
      'The juntas of the central Sahel have pushed out French troops.',
      'Meanwhile, the Tunisian Sahel expects a record tourist season around Sousse.',
      'Across the Sahel, analysts see no quick end to the fighting.',
    ];
    expect(count('sahel', ...en)).toBe(3);
    const fr = [
      'Région du Sahel : où en est la guerre ?',
      'Le Sahel tunisien, lui, prépare une saison touristique record.',
      'Au Sahel, les convois sont attaqués chaque semaine.',
    ];
    expect(count('sahel', ...fr)).toBe(2);
    const ar = [
      'الساحل الإفريقي في تقرير سنوي',
      'أما الساحل التونسي فيستقبل السياح كعادته.',
      'ويرى المحللون أن أزمة الساحل ستطول.',
    ];
    expect(count('sahel', ...ar)).toBe(2);
  });

  it('withdraws them where the page names only the other place (en-011, fr-010, fr-blind13-070)', () => {
    expect(count('sahel', 'Sousse and the Tunisian Sahel', 'The Sahel draws thousands of visitors every summer.')).toBe(
      0,
    );
    expect(count('sahel', 'Huile d’olive du Sahel tunisien', 'Le Sahel presse ses olives dès novembre.')).toBe(0);
    expect(count('sahel', 'نشأ دليلنا في الساحل التونسي.', 'ويقول إن الساحل أكثر خضرة مما يظن الزوار.')).toBe(0);
    expect(count('rabat', 'Rabat, Malta, is a short bus ride away.', 'Rabat has the catacombs.')).toBe(0);
  });
});
