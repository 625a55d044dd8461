/**
 * Alias forms added because real pages write the names that way (eval dev passages `*-forms10-*`, each citing
 * the page): the army's own name for the FAR, "Africa Corp" without the s, the embassy's full name with the city,
 * French titles of the Joint Chiefs' chairman, the Sahelo-Saharan zone, the misspellings "Mark Miley" and
 * "أفريكيوم", older African Lion years, "Morocco's sovereignty" and "على صحرائه" in the recognition's name,
 * TOW's expansion with or without its hyphens and commas, « souveraineté marocaine », « Marines US », Anderson's
 * initials as real pages write them.
 * A form that contains another pack name counts once, as the longer name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../text/matcher';
import { validatePack } from '../text/validate-pack';

const v = validatePack(JSON.parse(readFileSync(new URL('./bundled-pack.json', import.meta.url), 'utf8')));
if (!v.ok) throw new Error(v.errors.join('\n'));
const matcher = buildMatcher([v.pack]);
const ids = (text: string): string[] => matcher.find(text).map((m) => m.entityId);

describe('bundled pack: name forms seen on real pages', () => {
  it.each([
    ['far-morocco', 'Units of the Royal Moroccan Army hold the berm in the south.'],
    ['far-morocco', 'نشر الجيش الملكي المغربي وحدات إضافية على الحدود.'],
    ['far-morocco', "L'armée royale marocaine a déployé un hôpital de campagne."],
    ['joint-chiefs-of-staff', "Le chef d'état-major interarmées américain a reçu son homologue."],
    ['sahel', 'Les États de la zone sahélo-saharienne coopèrent contre les trafics.'],
    ['mark-milley', 'Gen. Mark Miley spoke to reporters at the Pentagon.'],
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
