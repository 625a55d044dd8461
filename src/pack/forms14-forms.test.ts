/**
 * Forms real pages write, from the third blind sample (eval dev `*-blind14-*`) and the passages that
 * generalise them (`*-fix14-*`): misspellings and transliterations, the embassy's and the roadmap's
 * shorter or longer names, the US recognition named by a verb phrase or a short description. Each is
 * found once, the names inside it are not counted again, and its other senses are left alone. A removed
 * alias, veto or qualifier fails here.
 */
import { describe, expect, it } from 'vitest';
import { idsIn as ids } from './bundled-test-pack';

describe('bundled pack: forms of the third blind sample', () => {
  it.each([
    ['polisario-front', 'The Polisaria camps near Tindouf still depend on food aid.'],
    ['us-embassy-morocco', 'Visa interviews at Embassy Rabat resume on Monday after the holiday closure.'],
    ['african-lion', 'Local papers call the drills al-Asad al-Ifriqi, as every spring.'],
    ['dagvin-anderson', 'Le général Dagvine Anderson a présidé à Stuttgart une réunion des attachés de défense.'],
    ['african-lion', 'Les exercices Lion l’Africain mobilisent des unités américaines et marocaines.'],
    ['ah-64-apache', 'Les premiers Appache livrés au Maroc ont rejoint la base de Salé avec leurs pilotes.'],
    ['africa-corps', 'Au Mali, l’Africorps a pris le relais des hommes de Wagner à Tombouctou.'],
    ['china', 'L’Empire du Milieu est devenu le premier fournisseur de drones de plusieurs armées.'],
    ['western-sahara', 'Un programme d’investissement pour les provinces sahariennes, de Laâyoune à Dakhla.'],
    ['us-embassy-morocco', 'L’ambassade US à Rabat rappelle aux voyageurs de renouveler leur passeport.'],
    ['mark-milley', 'صرح الجنرال ماك ميلي بأن الجيش الأمريكي سيواصل تدريباته المشتركة.'],
    ['china', 'تسعى بيجين إلى توسيع نفوذها العسكري في إفريقيا، وهو ما يقلق واشنطن.'],
    ['joint-chiefs-of-staff', 'زار رئيس هيئة الأركان الأمريكية قاعدة بنجرير الجوية.'],
    ['us-morocco-defense-roadmap', 'تؤطر خارطة الطريق للتعاون الدفاعي 2020-2030 برامج التكوين المشترك.'],
    ['us-morocco-defense-roadmap', 'ووقع البلدان سنة 2020 خارطة طريق للتعاون الدفاعي تمتد إلى غاية 2030.'],
    ['us-morocco-defense-roadmap', 'Esper called the defense roadmap he signed a ten-year commitment to 2030.'],
    ['us-morocco-defense-roadmap', 'La feuille de route décennale de coopération militaire encadre la relation.'],
  ])('%s: %s', (id, text) => {
    expect(ids(text).filter((x) => x === id)).toHaveLength(1);
  });

  it('a surname spelled another way follows the full name', () => {
    const text = 'استقبل الوزير الجنرال داغفين أندرسون، وقال أندروسن إن التعاون نموذجي.';
    expect(ids(text)).toEqual(['dagvin-anderson', 'dagvin-anderson']);
  });

  it.each([
    // One embassy mention: the city, the country or the government inside its name is not counted again.
    ['us-embassy-morocco', 'نشرت سفارة واشنطن بالرباط إعلانا عن منح دراسية للطلبة.'],
    ['us-embassy-morocco', 'يقع المقر الجديد لسفارة الولايات المتحدة بالمغرب في حي السويسي.'],
    ['us-embassy-morocco', 'L’ambassade US au Maroc a diffusé un message d’alerte à ses ressortissants.'],
    ['us-morocco-defense-roadmap', 'The Morocco-U.S. Defense Cooperation Roadmap sets out priorities until 2030.'],
    ['us-morocco-defense-roadmap', 'Bourita presented the Morocco-US Defense Cooperation Roadmap for 2020-2030.'],
    // The US recognition by a verb phrase or a short description swallows Morocco and Western Sahara.
    [
      'us-recognition-western-sahara',
      "Trump said it was only fitting to recognize Morocco's sovereignty over the Western Sahara.",
    ],
    [
      'us-recognition-western-sahara',
      'Trump signed a proclamation recognizing Moroccan sovereignty over the West Sahara region.',
    ],
    ['us-recognition-western-sahara', 'Biden va-t-il annuler la décision de Trump sur le Sahara occidental ?'],
    ['us-recognition-western-sahara', 'Des investissements sont arrivés depuis la reconnaissance américaine de 2020.'],
    ['us-recognition-western-sahara', 'ويعد اعتراف أمريكا بمغربية الصحراء أهم مكسب دبلوماسي للمملكة.'],
    [
      'us-recognition-western-sahara',
      '« Une proclamation reconnaissant la souveraineté marocaine sur le Sahara occidental », écrit Trump.',
    ],
    ['us-recognition-western-sahara', 'وقال ترامب إنه وقع إعلانا يعترف بالسيادة المغربية على الصحراء الغربية.'],
    ['us-embassy-morocco', 'A notice from US Embassy Rabat warns travellers about road closures.'],
    ['us-recognition-western-sahara', 'وقرر ترامب الاعتراف بالسيادة المغربية الكاملة على كافة الأقاليم الجنوبية.'],
  ])('one %s: %s', (id, text) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    // Another country's embassy, roadmap or recognition; a namesake; the yearly roadmap of the committee.
    ['us-embassy-morocco', 'British Embassy Rabat is hiring a press officer for its trade work.'],
    ['us-embassy-morocco', 'L’ambassade US à Alger a suspendu la délivrance des visas pendant deux semaines.'],
    ['us-morocco-defense-roadmap', "Japan's defense ministry published a defense roadmap for its space forces."],
    ['us-morocco-defense-roadmap', 'Indonesia approved a ten-year defense roadmap that funds new submarines.'],
    [
      'us-morocco-defense-roadmap',
      'Le ministère de l’Énergie présente une feuille de route décennale pour l’hydrogène.',
    ],
    ['us-morocco-defense-roadmap', 'وصادقت اللجنة الاستشارية على خارطة طريق للتعاون العسكري تحدد أنشطة السنة المقبلة.'],
    ['us-morocco-defense-roadmap', 'وقعت تونس والجزائر خارطة طريق للتعاون الدفاعي لتأمين الحدود المشتركة.'],
    ['us-recognition-western-sahara', 'وعادت مصر والسودان وإثيوبيا إلى طاولة الاتفاق الثلاثي حول سد النهضة.'],
    ['china', 'وقع السادات وبيجين معاهدة السلام في مارس 1979 بعد مفاوضات كامب ديفيد.'],
    ['africa-corps', 'Rommel débarque à Tripoli en février 1941 : l’Africorps allemand tiendra deux ans.'],
    ['ah-64-apache', 'Les Appaches et les Comanches dominaient les plaines du Sud, raconte l’auteur.'],
  ])('not %s: %s', (id, text) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    'In July 2023 Israel recognized Moroccan sovereignty over Western Sahara, Netanyahu wrote.',
    'وأعلنت إسبانيا دعمها للحكم الذاتي دون أن تعترف بالسيادة المغربية على الصحراء الغربية.',
    // "United" of the United Nations or the United Arab Emirates is not the United States.
    'Abu Dhabi renewed its recognition of Moroccan sovereignty over Western Sahara before the United Nations.',
  ])('another country’s recognition is not the US one: Western Sahara counts: %s', (text) => {
    expect(ids(text)).toContain('western-sahara');
    expect(ids(text)).not.toContain('us-recognition-western-sahara');
  });
});
