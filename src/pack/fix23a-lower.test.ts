/**
 * fix23a class 1: a distinctive story name written in lower case by a writer who capitalises names
 * (fr-lex22-011 « ceux de wagner », fr-lex22-050 « dans le sahel », fr-lex22-075 « Les marines »), or an
 * ordinary word so written beside a noun of its kind (fr-lex22-025 « missiles antichars tow »): no common
 * noun, but its window's or its page's to decide (name-shape.ts: lowerCaseForm; kind-nouns.ts, kind-noun-words.ts).
 * An ordinary word elsewhere ("tow truck", "far from"), a noun after a capitalised qualifier ("Moroccan
 * marines") and a page of another sense (Monet's marines, the sahel of Sousse) stay out.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: a story name written in lower case', () => {
  it('counts by its window or its page', () => {
    expect(count('wagner-group', "L'armée malienne et les russes de wagner ont repris Anefis en octobre.")).toBe(1);
    expect(count('wagner-group', 'The mercenaries of wagner left Tessalit in June, residents told reporters.')).toBe(1);
    expect(
      count(
        'wagner-group',
        "Au nord du Mali, des hommes d'ex-wagner patrouillent avec les mêmes pick-up que ceux de wagner un an plus tôt.",
      ),
    ).toBe(2);
    expect(count('sahel', 'Les groupes armés du sahel ont multiplié les attaques autour de Gao, au Mali.')).toBe(1);
    expect(
      count('us-marine-corps', "Les marines ont débarqué à Agadir pour l'exercice African Lion avec les FAR."),
    ).toBe(1);
    expect(
      count(
        'us-marine-corps',
        'At Tan-Tan the marines fired their rockets beside Moroccan gunners during African Lion.',
      ),
    ).toBe(1);
  });

  it('an ordinary word only after a noun of its kind', () => {
    expect(
      count('bgm-71-tow', 'Rabat a commandé des lanceurs tow et des missiles antichars tow pour ses unités blindées.'),
    ).toBe(2);
    expect(count('bgm-71-tow', "The Moroccan army's trucks can tow launchers across the dunes.")).toBe(0);
    expect(
      count('bgm-71-tow', 'The tow truck arrived two hours later at the Tan-Tan checkpoint of the Moroccan army.'),
    ).toBe(0);
    expect(
      count('far-morocco', "The Moroccan army's field hospital stood far from the epicentre of the earthquake."),
    ).toBe(1);
  });

  it('not after a capitalised qualifier, nor on a page of another sense', () => {
    expect(
      count('us-marine-corps', 'Moroccan marines trained with the Spanish navy off Al Hoceima during African Lion.'),
    ).toBe(0);
    expect(count('us-marine-corps', 'Les marines de Claude Monet sont exposées au musée de Rouen cet hiver.')).toBe(0);
    expect(
      count('sahel', "Le sahel de Sousse produit des olives depuis l'Antiquité, disent les guides tunisiens."),
    ).toBe(0);
    expect(count('wagner-group', 'Le chef a dirigé un wagner flamboyant à Bayreuth, puis un Verdi plus sage.')).toBe(0);
  });
});
