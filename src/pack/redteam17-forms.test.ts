/**
 * Pack entries for the red-team classes 7 and 8 of issue 17 (eval dev passages `*-fix17-forms-*`,
 * `*-fix17-wagner-*`, `*-fix17-surname-*`): forms the pack did not know (AFRICOM's handle, its
 * misspelling AFRCIOM and two long French names that held « États-Unis »; the singular « chef
 * d'état-major interarmées »; Uncle Sam and « l'Amérique » for the United States; « RPC » for China,
 * which now shares Beijing's rule; Morrocco/Marocco; AfricanLion; AH64E; « feuille de route
 * militaire »; American Marines) and the heads of a bare Wagner (militia, paramilitaries, milice,
 * paramilitaires, ex-Wagner, the French names of its countries), each kept apart from its other sense.
 */
import { describe, expect, it } from 'vitest';
import { idsIn as ids } from './bundled-test-pack';

describe('bundled pack: red-team forms of issue 17', () => {
  it.each([
    ['africom', 'Follow @USAfricaCommand for updates on the exercise.'],
    ['africom', 'The AFRCIOM chief spoke to reporters in the morning.'],
    ['africom', "Le chef de l'AFRCIOM a été reçu hier à Rabat."],
    ['africom', "Le Commandement militaire des États-Unis pour l'Afrique a publié un communiqué."],
    ['africom', "Le Commandement de l'Afrique des États-Unis a publié un communiqué."],
    ['joint-chiefs-of-staff', "Mark Milley, alors chef d'état-major interarmées, a rencontré ses homologues."],
    ['joint-chiefs-of-staff', "Le chef d'état-major interarmées des États-Unis s'est rendu à Stuttgart."],
    ['united-states', "Uncle Sam is Morocco's largest arms supplier."],
    ['united-states', "Uncle Sam's oldest ally is still a kingdom in North Africa."],
    ['united-states', "L'Amérique reste le premier fournisseur d'armes du Maroc."],
    ['china', 'La RPC a signé un accord de coopération avec le Maroc.'],
    ['china', 'Beijing signed an arms deal with Algiers.'],
    ['morocco', 'Marocco signed the deal in April.'],
    ['morocco', 'Morrocco and Spain agreed to reopen the border.'],
    ['african-lion', 'The AfricanLion exercise features a field hospital this year.'],
    ['ah-64-apache', 'The AH64E variant carries a new radar.'],
    ['us-morocco-defense-roadmap', 'La feuille de route militaire 2020-2030 a été signée en octobre 2020.'],
    ['us-marine-corps', 'American Marines and Moroccan soldiers trained together near Tifnit.'],
    ['wagner-group', 'The Wagner militia was accused of killing civilians in Moura.'],
    ['wagner-group', 'The Wagner paramilitaries left Menaka, residents said.'],
    ['wagner-group', "Wagner's men were spotted near the Libyan border."],
    ['wagner-group', "Les paramilitaires de Wagner sont accusés d'exactions à Moura."],
    ['wagner-group', "La milice Wagner a perdu des dizaines d'hommes près de Tinzaouatène."],
    ['wagner-group', 'Des ex-Wagner ont été intégrés à la nouvelle structure.'],
    ['wagner-group', 'Les hommes de Wagner ont été vus en Libye.'],
    ['wagner-group', 'Ex-Wagner fighters were folded into the new corps.'],
  ])('%s: %s', (id, text) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    // The inner « États-Unis » of AFRICOM's long names is the command's, not the country's.
    ['united-states', "Le Commandement militaire des États-Unis pour l'Afrique a publié un communiqué."],
    ['united-states', "Le Commandement de l'Afrique des États-Unis a publié un communiqué."],
    ['united-states', "L'Amérique latine vote à gauche depuis dix ans."],
    ['united-states', "Christophe Colomb atteignit l'Amérique en 1492."],
    ['united-states', "Le musée expose des coiffes d'Indiens d'Amérique et des outils du Maroc."],
    ['united-states', 'The Uncle Sam poster hangs in the recruiting office of the museum.'],
    ['joint-chiefs-of-staff', "Le chef d'état-major interarmées pakistanais a rencontré son homologue."],
    ['china', "Le protocole RPC permet d'appeler une fonction sur un serveur distant."],
    ['china', 'Peking duck and Beijing opera are on the programme.'],
    ['morocco', 'MAROCCO leather wallet with card slots.'],
    ['african-lion', "Share your best #africanlion photos from the zoo's new enclosure."],
    ['us-morocco-defense-roadmap', "La feuille de route militaire de l'OTAN pour l'Ukraine prévoit des livraisons."],
    ['wagner-group', 'Wagner Moura plays the lead in the new series.'],
    ['wagner-group', "The militia scene in Wagner's Rienzi is often cut."],
    ['wagner-group', 'Les héros de Wagner, Siegfried ou Tristan, sont des hommes tourmentés.'],
    ['wagner-group', "Les hommes de l'entraîneur Wagner ont battu Lens deux buts à zéro."],
  ])('not %s: %s', (id, text) => {
    expect(ids(text)).not.toContain(id);
  });
});
