/**
 * Alias forms of the second round (eval dev passages `*-forms11-*`, each citing the page that writes the name
 * that way): African Lion with older years and short years, the roadmap's British spelling and the Pentagon's
 * "U.S.-Moroccan defense roadmap", French titles of AFRICOM (« Commandement des États-Unis en Afrique »,
 * « Commandement africain des États-Unis »…) counted once and not as the United States, the misspelling "Royal
 * Morrocan Armed Forces", «القوات المسلحة المغربية» and «القوات الملكية المسلحة», «أسد إفريقيا», two Arabic and
 * two English wordings of the recognition, the treaty's ("Treaty of Marrakech" too), the embassy's and the Joint
 * Chiefs' names as some pages word them, "Dagvin R M Anderson" and "Mark Alexander Milley", the Arabic
 * transliteration «أفريكا كوربس» and the French « Afrika Korpus », « corps des Marines » in lower case, kept apart
 * from other countries' marine corps, and Algiers / Alger standing for the Algerian government, kept apart from
 * the city (fixed phrases such as "in Algiers", « à Alger », and the city's own nouns nearby).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../text/matcher';
import { validatePack } from '../text/validate-pack';

const v = validatePack(JSON.parse(readFileSync(new URL('./bundled-pack.json', import.meta.url), 'utf8')));
if (!v.ok) throw new Error(v.errors.join('\n'));
const matcher = buildMatcher([v.pack]);
const ids = (text: string): string[] => matcher.find(text).map((m) => m.entityId);

describe('bundled pack: name forms seen on real pages, second round', () => {
  it.each([
    ['african-lion', 'African Lion 2018 ended in late April.'],
    ['african-lion', 'African Lion 2019 ended in early April.'],
    ['african-lion', 'African Lion 2021 ended in June.'],
    ['african-lion', 'Exercise African Lion 19 ended in April.'],
    ['african-lion', 'AL21 ended in June.'],
    ['us-morocco-defense-roadmap', 'The Defence Cooperation Roadmap runs for ten years.'],
    ['us-morocco-defense-roadmap', 'He signed the U.S.-Moroccan defense roadmap on Friday.'],
    ['africa-corps', 'وصلت قوات «أفريكا كوربس» إلى باماكو.'],
    ['africa-corps', 'L’Afrika Korpus dépend du ministère russe de la Défense.'],
    ['us-marine-corps', 'Le corps des Marines a publié une vidéo du stage de déminage.'],
    ['africom', 'Le Commandement des États-Unis en Afrique a confirmé la frappe.'],
    ['africom', 'Le commandement militaire américain chargé de l’Afrique a publié un communiqué.'],
    ['africom', 'Ces manœuvres sont financées par le commandement américain d’Afrique.'],
    ['africom', 'Les bombardiers ont appuyé un exercice du Commandement africain des États-Unis.'],
    ['african-lion', 'African Lion 2017 ended in late April.'],
    ['african-lion', 'AL17 se termine le 28 avril.'],
    ['far-morocco', 'Soldiers of the Royal Morrocan Armed Forces fired first.'],
    ['far-morocco', 'يهدف التمرين إلى تطوير قدرات القوات المسلحة المغربية.'],
    ['far-morocco', 'أعلن موقع القوات الملكية المسلحة موعد التمرين.'],
    ['treaty-of-friendship-1786', 'The lecture read the Moroccan American Peace Treaty as a cultural document.'],
    ['treaty-of-friendship-1786', 'Le traité de paix maroco-américain reste en vigueur.'],
    ['treaty-of-friendship-1786', 'Le traité d’amitié américano-marocain n’a jamais été rompu.'],
    ['us-embassy-morocco', 'Embassy of the United States, Rabat: the mission opened in 1956.'],
    ['dagvin-anderson', 'Senators confirmed Air Force General Dagvin R M Anderson by voice vote.'],
    ['mark-milley', 'Mark Alexander Milley took his commission through Princeton in 1980.'],
    ['us-embassy-morocco', 'نشرت السفارة الأمريكية لدى المغرب صوراً من التدريب.'],
    [
      'us-recognition-western-sahara',
      "Biden could undo the American recognition of Morocco's sovereignty over the Sahara.",
    ],
    ['us-recognition-western-sahara', 'The US recognition of the Moroccanness of the Sahara will stay.'],
    ['joint-chiefs-of-staff', 'Le Comité des états-majors interarmées conseille le président.'],
    ['joint-chiefs-of-staff', 'Le Comité des chefs d’États-majors interarmées réunit les chefs de chaque arme.'],
    ['us-recognition-western-sahara', 'شكّل اعتراف الولايات المتحدة الأمريكية بالسيادة المغربية على صحرائه منعطفاً.'],
    ['us-recognition-western-sahara', 'وُزّع نص الاعتراف الرئاسي الأمريكي بسيادة المغرب الكاملة على صحرائه.'],
  ])('%s ← %s', (entity, text) => {
    expect(ids(text)).toEqual([entity]);
  });

  it('reads the treaty with its words reversed beside the sultan, not another treaty of that name', () => {
    expect(ids('The sultan and the new republic signed a Treaty of Friendship and Peace.')).toEqual([
      'treaty-of-friendship-1786',
    ]);
    expect(ids('The Treaty of Friendship and Peace ended the war in 1984.')).toEqual([]);
  });

  it('reads "Treaty of Marrakech" as the 1786 treaty beside the sultan, not the 1989 Maghreb treaty', () => {
    expect(ids('The Treaty of Marrakech came only in 1786, years after the sultan opened his ports.')).toEqual([
      'treaty-of-friendship-1786',
    ]);
    expect(ids('Five heads of state signed the Treaty of Marrakech in February 1989.')).toEqual([]);
  });

  it('does not read the animal with a number as the exercise', () => {
    expect(ids('An African lion 12 years old was moved to the sanctuary.')).toEqual([]);
  });

  it('reads «أسد إفريقيا» as the exercise beside military words, not the animal or a nickname', () => {
    expect(ids('يستعد الجنوب لاستقبال مناورات «أسد إفريقيا» في أبريل.')).toEqual(['african-lion']);
    expect(ids('تراجعت أعداد أسد إفريقيا في السافانا إلى النصف.')).toEqual([]);
    expect(ids('لقّبت الجماهير المهاجم بـ«أسد إفريقيا» بعد أهدافه الثلاثة.')).toEqual([]);
  });

  it('keeps « corps des Marines » of another country apart', () => {
    expect(ids('Près de Pohang, les soldats du corps des Marines ont débarqué sur la plage.')).toEqual([]);
    expect(ids('Le corps des Marines de la Corée du Sud garde les îles proches d’Incheon.')).toEqual([]);
  });

  it('reads Algiers / Alger as the government when it acts', () => {
    expect(ids("Morocco's ministry called Algiers' move to cut ties unjustified.")).toEqual(['morocco', 'algeria']);
    expect(ids('Algiers said it was stunned and recalled its ambassador.')).toEqual(['algeria']);
    expect(ids('Alger a annoncé le retrait de son ambassadeur.')).toEqual(['algeria']);
    expect(ids('La crise entre Paris et Alger dure depuis l’été.')).toEqual(['algeria']);
  });

  it('leaves Algiers / Alger the city alone', () => {
    expect(ids('The US ambassador flew to Algiers on Monday.')).toEqual([]);
    expect(ids('The Casbah of Algiers climbs the hill above the harbour.')).toEqual([]);
    expect(ids('ALGIERS (Reuters) - Talks resumed on Monday.')).toEqual([]);
    expect(ids('Le métro d’Alger atteindra bientôt l’aérogare.')).toEqual([]);
    expect(ids('Le festival s’ouvre jeudi à Alger.')).toEqual([]);
  });
});
