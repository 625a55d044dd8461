/**
 * Pack entries for the red-team classes of issue 16 (eval dev passages `*-fix16-*`): the English plural
 * "HIMARSes", the Arabic spelling البوليزاريو (ز for س), the North African lion (the animal) as an
 * other-sense phrase of the African Lion exercise, and Morocco's own places (Al Haouz, Guerguerat, the
 * southern garrisons) as required words of the FAR's acronym, each kept apart from its other sense (the
 * football club's continental cup is a veto: « L'AS FAR remporte la Ligue des champions »).
 */
import { describe, expect, it } from 'vitest';
import { idsIn as ids } from './bundled-test-pack';

describe('bundled pack: red-team forms of issue 16', () => {
  it.each([
    ['himars', "Morocco's HIMARSes will reach the army's artillery units by 2027."],
    ['himars', 'The State Department cleared the sale of eighteen HIMARSes.'],
    ['polisario-front', 'جبهة البوليزاريو تعلن رفضها لقرار مجلس الأمن.'],
    ['polisario-front', 'قالت البوليزاريو إن مقاتليها قصفوا مواقع قرب الجدار.'],
    ['polisario-front', 'والبوليزاريو ترفض المقترح.'],
    ['far-morocco', 'The FAR set up two field hospitals in Al Haouz after the earthquake.'],
    ['far-morocco', "Les FAR ont installé un hôpital de campagne dans la province d'Al Haouz."],
    ['far-morocco', 'FAR engineers cleared the crossing at Guerguerat.'],
    ['far-morocco', "Les FAR déploient trois hôpitaux de campagne dans les provinces d'Azilal et de Midelt."],
    ['far-morocco', 'The Royal Armed Forces took part in the joint drills near Dakhla.'],
    ['far-morocco', 'Les FAR ont renforcé leur présence le long du mur de défense, près de Mahbes.'],
    ['african-lion', 'The North African exercise African Lion 2025 opened in Agadir.'],
    ['african-lion', 'Southern Morocco hosted African Lion again this spring.'],
    ['african-lion', "Le Maroc accueille l'exercice Lion d'Afrique avec les troupes américaines."],
    // The rules of text/ with the bundled pack: a Sahel in its own states, a product frame's neighbours,
    // the office's possessive.
    ['sahel', 'منطقة الساحل في مالي تشهد هجمات متكررة.'],
    ['sahel', 'Jihadist violence in the Sahel in Burkina Faso displaced two million people.'],
    ['sahel', 'The Sahel tent camps for displaced families in Niger are overflowing.'],
    ['sahara-desert', 'Sahara sand dunes near Merzouga draw thousands of visitors.'],
    ['ah-64-apache', 'Morocco ordered 24 Apache AH 64E helicopters.'],
    ['ah-64-apache', "The Apache desert paint scheme was chosen for Morocco's new helicopters."],
    ['michael-langley', "AFRICOM's Langley told senators that the Sahel had become the centre of terrorism."],
    ['dagvin-anderson', "Africom's Anderson met Moroccan officers in Rabat."],
  ])('%s: %s', (id, text) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ['african-lion', 'The Atlas lion, once Morocco’s emblem, is also called the Barbary or North African lion.'],
    ['african-lion', 'In Morocco the last wild North African lion was shot in 1942.'],
    ['african-lion', "Au Maroc, le dernier lion d'Afrique du Nord sauvage aurait été abattu en 1942."],
    ['far-morocco', 'Under FAR Part 15, the agency must negotiate in good faith.'],
    ['far-morocco', 'AS FAR drew 1-1 with Mouloudia at the Dakhla stadium.'],
    ['far-morocco', 'Les FAR, forces armées rwandaises, ont été défaites en 1994.'],
    ['far-morocco', "L'AS FAR remporte la Ligue des champions féminine, un exploit pour Rabat."],
    ['sahel', 'شقق للإيجار في منطقة الساحل بالكويت.'],
    ['sahel', 'The Sahel area of Kuwait has new apartment blocks.'],
    ['sahel', 'The Sahel tent sleeps four and weighs 3.1 kg.'],
    ['sahara-desert', 'Our Sahara sand paint looks great in south-facing rooms.'],
    ['ah-64-apache', 'Used Apache RTR 160 4V for sale, 2021 model, single owner.'],
    ['michael-langley', 'Langley thinks AFRICOM underestimates Wagner.'],
    ['dagvin-anderson', 'Gen. Anderson, the Air National Guard adjutant, inspected the flood damage.'],
  ])('not %s: %s', (id, text) => {
    expect(ids(text)).not.toContain(id);
  });
});
