/**
 * fix23a class 3: a law named after a namesake (fr-lex22-076: « la loi de Wagner », "Wagner's law"): the
 * name as the complement of a scholar's finding, or its possessive, is the scholar's, and the page's later
 * lone names are his until the group is named (namesakes.ts: findingOf, with the named-after cues). The
 * group's own names count beside it.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe("bundled pack: a law named after the group's namesake", () => {
  it("is the scholar's, and so is his bare name after it", () => {
    expect(
      count(
        'wagner-group',
        'La dépense publique dépasse 56 % du PIB, ce que certains rattachent à la loi de Wagner.',
        'Notre séminaire portera sur Wagner et ses critiques, de Peacock et Wiseman aux travaux récents.',
        'En Centrafrique, les mercenaires de Wagner gardent la mine de Ndassima, pour le groupe Wagner.',
      ),
    ).toBe(2);
    expect(count('wagner-group', "Wagner's law predicts a growing state; Wagner drew it from Prussian budgets.")).toBe(
      0,
    );
    expect(count('wagner-group', 'يرى قانون فاغنر أن الإنفاق العام يزداد مع نمو الدخل.')).toBe(0);
  });

  it('leaves the group beside a law of another kind', () => {
    expect(
      count('wagner-group', 'Une loi de Moscou a placé Wagner sous la tutelle du ministère russe de la Défense.'),
    ).toBe(1);
    expect(count('wagner-group', 'The laws of war do not seem to bind Wagner in Mali, rights groups say.')).toBe(1);
    expect(count('wagner-group', "Wagner's fighters in Mali were folded into the Africa Corps in 2025.")).toBe(1);
  });
});
