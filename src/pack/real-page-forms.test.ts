/**
 * Alias forms added because real pages write the names that way (eval dev passages `*-forms10-*`, each citing
 * the page): the army's own name for the FAR, "Africa Corp" without the s, the embassy's full name with the city,
 * French titles of the Joint Chiefs' chairman, the Sahelo-Saharan zone, the misspellings "Mark Miley" and
 * "أفريكيوم", older African Lion years, "Morocco's sovereignty" and "على صحرائه" in the recognition's name,
 * TOW's expansion with or without its hyphens and commas, « souveraineté marocaine », « Marines US », Anderson's
 * initials as real pages write them.
 * A form that contains another pack name counts once, as the longer name.
 *
 * Second round (eval dev passages `*-forms11-*`, each citing the page that writes the name
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
import { describe, expect, it } from 'vitest';
import { idsIn as ids } from './bundled-test-pack';

describe('bundled pack: name forms seen on real pages', () => {
  it.each([
    ['far-morocco', 'Units of the Royal Moroccan Army hold the berm in the south.'],
    ['far-morocco', 'نشر الجيش الملكي المغربي وحدات إضافية على الحدود.'],
    ['far-morocco', "L'armée royale marocaine a déployé un hôpital de campagne."],
    ['joint-chiefs-of-staff', "Le chef d'état-major interarmées américain a reçu son homologue."],
    ['sahel', 'Les États de la zone sahélo-saharienne coopèrent contre les trafics.'],
    ['mark-milley', 'Gen. Mark Miley spoke to reporters at the Pentagon.'],
    // ar-lex25a-024: the rank with the short misspelling «ملي» (ميلي), as some Arabic pages write it.
    ['mark-milley', 'كانت زيارة الجنرال ملي الأولى من نوعها.'],
    ['joint-chiefs-of-staff', "Il devient chef d'état-major des forces armées américaines."],
    ['african-lion', 'African Lion 2023 ended in June.'],
    ['african-lion', 'AL23 ended in June.'],
    ['africom', 'زار وفد من أفريكيوم العاصمة.'],
    ['africom', 'باشرت القيادة العسكرية الأميركية لأفريقيا عملها.'],
    ['polisario-front', 'رفضت جبهة بوليساريو المقترح.'],
    ['us-marine-corps', 'Une compagnie de Marines US a débarqué près d’Agadir.'],
    ['dagvin-anderson', 'Lt. Gen. Dagvin R. Anderson took command in August.'],
    ['dagvin-anderson', 'أكد مجلس الشيوخ تعيين الفريق داغفين آر. إم. أندرسون.'],
  ])('%s ← %s', (entity, text) => {
    expect(ids(text)).toEqual([entity]);
  });

  it('reads "Russia\'s Africa Corp" as the Africa Corps alone, not Russia as well', () => {
    expect(ids("Wagner's bases in Mali pass to Russia's Africa Corp.")).toEqual(['wagner-group', 'africa-corps']);
  });

  it('reads a bare "Africa Corp" beside Wagner and Mali, not in a company name', () => {
    expect(ids('Former Wagner fighters in Mali will join the Africa Corp.')).toContain('africa-corps');
    expect(ids('Shares in Zambezi Africa Corp fell after the miner cut its copper forecast.')).toEqual([]);
  });

  it('counts TOW spelled out and its acronym as two mentions, however the expansion is punctuated', () => {
    for (const expansion of [
      'Tube-Launched, Optically Tracked, Wire-Guided',
      'Tube-launched, Optically-tracked Wire-guided',
      'Tube-launched, Optically Tracked, Wireless-Guided',
      'Tube-launched, Optically-tracked, Wireless guided',
    ])
      expect(ids(`The TOW (${expansion}) missile entered service in 1970.`)).toEqual(['bgm-71-tow', 'bgm-71-tow']);
  });

  it('counts the recognition once, not Morocco, Western Sahara or the United States inside its name', () => {
    expect(ids("Scholars debate the U.S. recognition of Morocco's sovereignty over Western Sahara.")).toEqual([
      'us-recognition-western-sahara',
    ]);
    expect(ids('شكّل اعتراف الولايات المتحدة بسيادة المغرب على صحرائه منعطفاً.')).toEqual([
      'us-recognition-western-sahara',
    ]);
    expect(ids('وأكدت الخريطة استمرار اعتراف واشنطن بسيادة المغرب على الصحراء.')).toEqual([
      'us-recognition-western-sahara',
    ]);
    expect(ids('La reconnaissance américaine de la souveraineté marocaine sur le Sahara tient toujours.')).toEqual([
      'us-recognition-western-sahara',
    ]);
  });

  it('counts the embassy once when its name carries the city', () => {
    expect(ids("L'ambassade des Etats-Unis d'Amérique à Rabat a déménagé.")).toEqual(['us-embassy-morocco']);
    expect(ids('أعلنت سفارة الولايات المتحدة الأمريكية بالرباط عن مواعيد جديدة.')).toEqual(['us-embassy-morocco']);
    expect(ids('دعت سفارة الولايات المتحدة الأمريكية في الرباط الطلبة إلى معرض.')).toEqual(['us-embassy-morocco']);
  });

  it('leaves the bare Arabic "royal army" (also a football club) to other rules', () => {
    expect(ids('فاز فريق الجيش الملكي على الرجاء في الدوري.')).toEqual([]);
  });
});

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
