/**
 * The blind sample's error classes in English and French (eval dev passages `en-fix13-*`, `fr-fix13-*`
 * and the `blind13-*` they generalise). A removed phrase, alias, cue or shape fails here.
 * - a city, not its government: a US town's institutions (Moscow School District), a town's state
 *   (Pullman, Washington), the ends of a route (the train from Moscow to Beijing, relie Moscou à Pékin),
 *   and a capital's own name is no evidence for itself (Moscow twice on a community page);
 * - a namesake named as such: the Tunisian club (ES Sahel, or the Sahel beside a match's words) and region
 *   (le Sahel tunisien);
 * - forms real pages write: the 2020-2030 defense roadmap, des Marines (not the Royal Marines), la Zone
 *   Sud des FAR, reconnaître le Sahara marocain (the territory, not the desert).
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { bundledMatcher as matcher, idsIn as ids } from './bundled-test-pack';

describe('bundled pack: the blind sample’s classes', () => {
  it.each([
    ['russia', 'Weekend notes for Moscow: the Moscow School District asks parents to register by Friday.'],
    ['united-states', 'The University of Idaho is in Moscow, and Washington State University in Pullman, Washington.'],
    ['russia', 'The train from Moscow to Beijing takes almost a week by the Mongolian line.'],
    ['china', 'The train from Moscow to Beijing takes almost a week by the Mongolian line.'],
    ['china', 'Le train numéro 4 relie Moscou à Pékin en six nuits par la Mongolie.'],
    ['sahel', 'ES Sahel beat the Sudanese side 3-0 in Sousse to reach the next round.'],
    ['sahel', "Coupe de la CAF : l'ES Sahel s'impose 3-0 à Sousse et se qualifie."],
    ['sahel', "Le Sahel tunisien vit de l'olivier et du tourisme."],
    ['sahel', 'Le Sahel a arraché le nul à Radès sur un penalty contesté.'],
    ['sahel', 'Sahel held on for a draw at Rades, and stay three points clear in the league.'],
    [
      'us-marine-corps',
      "Les Royal Marines britanniques ont débarqué sur une plage norvégienne avec l'armée américaine.",
    ],
    ['sahara-desert', 'Trump reconnaît le Sahara marocain et annonce le rétablissement des relations avec Israël.'],
  ])('not %s: %s', (id, text) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    ['russia', 'Moscow has tightened its hold over Bamako. Arms from Moscow to the junta now arrive by air.'],
    ['us-morocco-defense-roadmap', 'Officers from both armies review the 2020-2030 defense roadmap every year.'],
    ['sahel', 'The club’s new striker grew up in Gao, on the edge of the Sahel that has been at war for a decade.'],
    ['us-marine-corps', 'Près de 600 militaires américains, dont de nombreux Marines, participent aux manœuvres.'],
    ['far-morocco', "Le général commandant la Zone Sud des FAR a reçu à Agadir une délégation d'officiers."],
    ['western-sahara', 'Trump reconnaît le Sahara marocain et annonce le rétablissement des relations avec Israël.'],
    [
      'us-morocco-defense-roadmap',
      'Les deux pays avaient signé une feuille de route de coopération en matière de défense pour 2020-2030.',
    ],
  ])('%s: %s', (id, text) => {
    expect(ids(text)).toContain(id);
  });

  it('a capital written as a place is not made the government by its country named on the page', () => {
    const text = 'Three days in Beijing: turn west off the central axis to lose the tour groups. China is enormous.';
    expect(ids(text).filter((id) => id === 'china')).toHaveLength(1);
    // The story's evidence still makes it the government (the opening frame counts too).
    const story = `In Beijing, Wagner and Africa Corps envoys met. ${text}`;
    expect(ids(story).filter((id) => id === 'china')).toHaveLength(3);
  });

  it('a page that names the Tunisian Sahel reads its bare Sahel so, unless the story is there', () => {
    const tour = [
      'Circuit « Du Sahel aux oasis » – 8 jours.',
      'Jour 2 : journée dans le Sahel tunisien, huilerie à Msaken et ribat de Monastir.',
      'Jours 7 et 8 : retour vers le Sahel par Kairouan, vol retour.',
    ];
    const pageIds = (blocks: string[]): string[] => {
      const state = createPageState();
      return decidePage(
        blocks.flatMap((b) => matcher.find(b, state)),
        (_m, id) => id,
      );
    };
    expect(pageIds(tour)).not.toContain('sahel');
    // Without the Tunisian name, the bare Sahel counts.
    expect(pageIds([tour[0]!, tour[2]!])).toContain('sahel');
    // On a page about the story, it counts.
    const story = 'Au Mali, les mercenaires de Wagner ont cédé la place à l’Africa Corps.';
    expect(pageIds([...tour, story])).toContain('sahel');
  });
});
