import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { datedOther, editionCue, hasEditions, ownAfterNamesake, sharesTitle, titleKeys } from './dated-names';
import { buildMatcher, createPageState } from './matcher';
import type { Pack } from './pack-types';
import { decidePage } from './page-evidence';

const TREATY = 'treaty-of-friendship-1786';
const DECLARATION = 'us-recognition-western-sahara';

/** datedOther for the first `name` of the text. */
const other = (entityId: string, text: string, name: string): boolean => {
  const at = text.indexOf(name);
  return datedOther(entityId, text, at, at + name.length);
};

describe('datedOther', () => {
  it('reads a year of its own right after the name as another treaty or declaration', () => {
    expect(other(TREATY, 'the Treaty of Friendship of 1950 between the two kingdoms', 'Treaty of Friendship')).toBe(
      true,
    );
    expect(
      other(TREATY, 'the Treaty of Marrakesh, signed on 17 February 1989 by five leaders', 'Treaty of Marrakesh'),
    ).toBe(true);
    expect(
      other(DECLARATION, 'In the Joint Declaration issued on 4 February 2022, Russia and China', 'Joint Declaration'),
    ).toBe(true);
    expect(other(DECLARATION, 'Under the Tripartite Declaration of May 1950, Britain', 'Tripartite Declaration')).toBe(
      true,
    );
    expect(other(TREATY, 'le traité de paix et d’amitié de 1984, signé au Vatican', 'traité de paix et d’amitié')).toBe(
      true,
    );
    expect(other(TREATY, 'le traité de Marrakech, signé le 17 février 1989', 'traité de Marrakech')).toBe(true);
  });

  it('reads a year right before the name as its modifier', () => {
    expect(other(TREATY, 'the 1994 Treaty of Marrakesh created the WTO', 'Treaty of Marrakesh')).toBe(true);
  });

  it('reads nothing into a year a preposition governs: it dates the sentence', () => {
    const RECOGNITION = 'us-recognition-western-sahara';
    const name = 'U.S. recognition of Moroccan sovereignty over Western Sahara';
    expect(other(RECOGNITION, `Since 2021 ${name} has shaped Rabat's diplomacy.`, name)).toBe(false);
    expect(other(RECOGNITION, `In 2024 ${name} was confirmed again.`, name)).toBe(false);
    expect(other(RECOGNITION, `The 2023 ${name} debate`, name)).toBe(true);
  });

  it('keeps the entity’s own years, and years further off', () => {
    expect(other(TREATY, 'the Treaty of Marrakesh of 1786 opened the ports', 'Treaty of Marrakesh')).toBe(false);
    expect(other(TREATY, 'le traité d’amitié de 1786 entre le Maroc et les États-Unis', 'traité d’amitié')).toBe(false);
    expect(other(TREATY, 'the 1787 Treaty of Friendship, ratified by Congress', 'Treaty of Friendship')).toBe(false);
    expect(other(DECLARATION, 'the Joint Declaration signed on 22 December 2020 in Rabat', 'Joint Declaration')).toBe(
      false,
    );
    expect(
      other(TREATY, 'The Treaty of Friendship was renegotiated in 1836 but never broken', 'Treaty of Friendship'),
    ).toBe(false);
    expect(other(DECLARATION, 'the Joint Declaration of the three countries, in 2022', 'Joint Declaration')).toBe(
      false,
    );
  });

  it('reads no amount or longer number as a year, and only Latin-script mentions', () => {
    expect(other(TREATY, 'the Treaty of Friendship of 19500 words', 'Treaty of Friendship')).toBe(false);
    expect(other(TREATY, 'معاهدة الصداقة 1836', 'معاهدة الصداقة')).toBe(false);
  });

  it('leaves entities without years of their own alone', () => {
    expect(other('morocco', 'Morocco of 1950', 'Morocco')).toBe(false);
  });
});

describe('editionCue (red team 17, class M)', () => {
  it('is read for a yearly event only: the matcher flags those aliases, the rest skip it', () => {
    expect(hasEditions('african-lion')).toBe(true);
    expect(hasEditions('morocco')).toBe(false);
    const year = (id: string): boolean => editionCue(id, 'African Lion 2025 opened.', 0, 'African Lion'.length);
    expect([year('african-lion'), year('morocco')]).toEqual([true, false]);
  });

  it('reads a year right after a yearly event as its edition, in any script', () => {
    const at = (text: string, name: string): boolean =>
      editionCue('african-lion', text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at('يشارك أكثر من 7000 جندي في الأسد الأفريقي 2024.', 'الأسد الأفريقي')).toBe(true);
    expect(at('#الأسد_الإفريقي_2024 ينطلق غدا', 'الأسد_الإفريقي')).toBe(true);
    expect(at('African Lion 2025 opened in Agadir.', 'African Lion')).toBe(true);
    expect(at('يبلغ وزن الأسد الإفريقي 190 كيلوغراما.', 'الأسد الإفريقي')).toBe(false);
    expect(at('تراجعت أعداد الأسد الإفريقي منذ 2010.', 'الأسد الإفريقي')).toBe(false);
    expect(at('رسم الفنان الأسد الإفريقي 1890 مرة.', 'الأسد الإفريقي')).toBe(false);
  });

  it('reads no edition where a film, a prize, a title or a census governs the name (review 17, R5)', () => {
    const at = (text: string, name: string): boolean =>
      editionCue('african-lion', text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at('حصل الفيلم الوثائقي الأسد الإفريقي 2019 على جائزة.', 'الأسد الإفريقي')).toBe(false);
    expect(at('تعداد الأسد الإفريقي 2021 في المحميات الكينية يسجل تراجعا.', 'الأسد الإفريقي')).toBe(false);
    expect(at('جائزة الأسد الإفريقي 2024 للسينما المستقلة تذهب لمخرجة.', 'الأسد الإفريقي')).toBe(false);
    expect(at('لقب الأسد الإفريقي 2022 منح للملاكم الكاميروني.', 'الأسد الإفريقي')).toBe(false);
    expect(at('The documentary African Lion 2019 won a prize.', 'African Lion')).toBe(false);
    expect(at('شاركت تونس في الأسد الإفريقي 2025 للمرة الأولى.', 'الأسد الإفريقي')).toBe(true);
    expect(at('صور الأسد الإفريقي 2022 في طانطان وكاب درعة.', 'الأسد الإفريقي')).toBe(true);
  });

  it('reads the noun of its drills governing the name, quoted or not, with no year (review 17, R6)', () => {
    const at = (text: string, name: string): boolean =>
      editionCue('african-lion', text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at('تدريبات الأسد الإفريقي تنطلق في أكادير.', 'الأسد الإفريقي')).toBe(true);
    expect(at('تدريبات "الأسد الإفريقي" تعرف هذا العام مشاركة قياسية.', 'الأسد الإفريقي')).toBe(true);
    expect(at('وفي إطار تمارين «الأسد الإفريقي» وصل الجنود.', 'الأسد الإفريقي')).toBe(true);
    expect(at('خاض الملاكم الملقب بالأسد الإفريقي تدريبات مكثفة.', 'الأسد الإفريقي')).toBe(false);
    expect(at('الأسد الإفريقي يحتاج إلى تدريبات خاصة في السيرك.', 'الأسد الإفريقي')).toBe(false);
  });

  it('reads no edition for an event that is not yearly', () => {
    expect(editionCue('treaty-of-friendship-1786', 'the Treaty of Friendship 2020', 4, 28)).toBe(false);
  });
});

describe('the exercise with its year in the bundled pack (red team 17, class M)', () => {
  const matcher = buildMatcher([bundled as unknown as Pack]);
  const found = (text: string): string[] => decidePage(matcher.find(text, createPageState()), (_m, id) => id);

  it('finds the bare name with its edition, in a hashtag or among its drills', () => {
    expect(found('#الأسد_الإفريقي_2024 ينطلق غدا في طانطان بمشاركة آلاف الجنود.')).toEqual(['african-lion']);
    expect(found('يشارك أكثر من 7000 جندي في الأسد الأفريقي 2024.')).toEqual(['african-lion']);
    expect(found('تدريبات "الأسد الإفريقي" تعرف هذا العام مشاركة قياسية.')).toEqual(['african-lion']);
    expect(found('انطلقت فعاليات الأسد الإفريقي 2025 صباح اليوم قرب أكادير.')).toEqual(['african-lion']);
  });

  it('leaves the animal and a nickname alone', () => {
    expect(found('يبلغ وزن الأسد الإفريقي 190 كيلوغراما في المتوسط.')).toEqual([]);
    expect(found('تراجعت أعداد الأسد الإفريقي في شرق القارة منذ 2010 بحسب إحصاء جديد.')).toEqual([]);
    expect(found('يلقب المشجعون حارس المرمى بـ«الأسد الإفريقي» منذ تصدياته في البطولة.')).toEqual([]);
    expect(found('صور الزوار الأسد الإفريقي 2024 في حديقة الحيوانات.')).toEqual([]);
  });

  it('leaves a film, a prize, a title, a boxer and a circus their lion (review 17, R5 and R6)', () => {
    expect(found('حصل الفيلم الوثائقي الأسد الإفريقي 2019 على جائزة في مهرجان كان.')).toEqual([]);
    expect(found('لقب الأسد الإفريقي 2022 منح للملاكم الكاميروني بعد فوزه باللقب.')).toEqual([]);
    expect(found('خاض الملاكم الملقب بالأسد الإفريقي تدريبات مكثفة قبل النزال.')).toEqual([]);
    expect(found('الأسد الإفريقي يحتاج إلى تدريبات خاصة في السيرك.')).toEqual([]);
    expect(found('تدريبات الأسد الإفريقي تنطلق في أكادير.')).toEqual(['african-lion']);
    expect(found('شارك جنود مغاربة وأمريكيون في الأسد الإفريقي هذا العام.')).toEqual(['african-lion']);
  });
});

describe('ownAfterNamesake (fix21b)', () => {
  const own = (entityId: string, text: string, name: string): boolean => {
    const at = text.lastIndexOf(name);
    return ownAfterNamesake(entityId, text, at, 0, text.length);
  };
  it('reads its own year beside the name, or a word that makes it another of the name', () => {
    expect(own(TREATY, 'Much older is the Treaty of Marrakesh of 1786, with the sultan.', 'Treaty of Marrakesh')).toBe(
      true,
    );
    expect(own(TREATY, 'the 1786 Treaty of Marrakesh still binds them', 'Treaty of Marrakesh')).toBe(true);
    expect(
      own(DECLARATION, 'Seventy years later another Tripartite Declaration tied Morocco', 'Tripartite Declaration'),
    ).toBe(true);
    expect(own(DECLARATION, 'puis une autre déclaration tripartite fut signée', 'déclaration tripartite')).toBe(true);
  });
  it('not a bare short title, nor another year', () => {
    expect(own(TREATY, 'becoming the 50th member of the Marrakesh Treaty.', 'Marrakesh Treaty')).toBe(false);
    expect(own(TREATY, 'the Marrakesh Treaty of 2013 on braille', 'Marrakesh Treaty')).toBe(false);
    expect(own(TREATY, 'Article 17861 of the Marrakesh Treaty', 'Marrakesh Treaty')).toBe(false);
  });
  it('reads its own year anywhere in the sentence, in Arabic too (rev21b)', () => {
    expect(
      own(TREATY, 'Signed in 1786, the Treaty of Marrakesh predates the Constitution.', 'Treaty of Marrakesh'),
    ).toBe(true);
    expect(own(TREATY, 'The Treaty of Marrakesh (1786) binds them.', 'Treaty of Marrakesh')).toBe(true);
    expect(own(TREATY, 'أما معاهدة الصداقة الموقعة عام 1786 فهي أقدم معاهدة.', 'معاهدة الصداقة')).toBe(true);
    expect(own(TREATY, 'وتبقى معاهدة الصداقة لعام 1786 أقدم معاهدة.', 'معاهدة الصداقة')).toBe(true);
    expect(own(TREATY, 'وتبقى معاهدة الصداقة لعام ١٧٨٦ أقدم معاهدة.', 'معاهدة الصداقة')).toBe(true);
    expect(
      own(
        DECLARATION,
        'the Tripartite Declaration signed in Rabat in December 2020 by Morocco',
        'Tripartite Declaration',
      ),
    ).toBe(true);
  });
});

describe('sharesTitle (rev21b)', () => {
  const after = (title: string, mention: string, entityId = TREATY): boolean =>
    sharesTitle(new Set(titleKeys(entityId, title)), entityId, mention);
  it('gives another title the short title that shares its name', () => {
    expect(after('Marrakesh Treaty to Facilitate Access', 'Marrakesh Treaty')).toBe(true);
    expect(after('Marrakesh Treaty to Facilitate Access', 'Treaty of Marrakesh')).toBe(true);
    expect(after('traité de Marrakech visant à faciliter', 'traité de Marrakech')).toBe(true);
    expect(after('معاهدة مراكش لتيسير', 'معاهدة مراكش')).toBe(true);
  });
  it('not a short title made of title words only, nor another entity’s', () => {
    expect(after('Marrakesh Treaty to Facilitate Access', 'Treaty of Friendship')).toBe(false);
    expect(after('Marrakesh Treaty to Facilitate Access', 'Treaty of Peace and Friendship')).toBe(false);
    expect(after('Treaty of Friendship and Cooperation', 'Treaty of Friendship')).toBe(false);
    expect(after("traité d'amitié et de coopération", "traité d'amitié")).toBe(false);
    expect(after('معاهدة الصداقة والتعاون', 'معاهدة الصداقة')).toBe(false);
    expect(after('Tripartite Declaration of 1950', 'Tripartite Declaration', DECLARATION)).toBe(false);
    expect(sharesTitle(new Set(titleKeys(TREATY, 'Marrakesh Treaty to Facilitate')), DECLARATION, 'Marrakesh')).toBe(
      false,
    );
    expect(sharesTitle(undefined, TREATY, 'Marrakesh Treaty')).toBe(false);
  });
});

describe('a treaty’s short title after another treaty’s full title, in the bundled pack (fix21b)', () => {
  const matcher = buildMatcher([bundled as unknown as Pack]);
  const countOf = (entityId: string, ...blocks: string[]): number => {
    const state = createPageState();
    const ms = decidePage(
      blocks.flatMap((b) => matcher.find(b, state)),
      (_m, id) => id,
    );
    return ms.filter((id) => id === entityId).length;
  };
  const count = (...blocks: string[]): number => countOf(TREATY, ...blocks);

  it('gives the short title to the WIPO treaty whose full title the page wrote, in three languages', () => {
    expect(
      count(
        'The Marrakesh Treaty to Facilitate Access to Published Works was adopted at WIPO in 2013.',
        'The United States deposited its instrument in 2019, becoming the 50th member of the Marrakesh Treaty.',
      ),
    ).toBe(0);
    expect(
      count(
        "Le traité de Marrakech visant à faciliter l'accès des aveugles aux œuvres publiées est en vigueur depuis 2016.",
        'Les États-Unis et le Maroc appliquent le traité de Marrakech dans leurs bibliothèques.',
      ),
    ).toBe(0);
    expect(
      count(
        'دخلت معاهدة مراكش لتيسير النفاذ إلى المصنفات المنشورة حيز التنفيذ.',
        'وصادقت الولايات المتحدة على معاهدة مراكش سنة 2019.',
      ),
    ).toBe(0);
  });

  it('keeps the 1786 treaty: alone, dated by its own year after the WIPO title, or named in full again', () => {
    expect(
      count('A copy of the Marrakesh Treaty signed with the United States is kept in the Moroccan archives.'),
    ).toBe(1);
    expect(
      count(
        'The Marrakesh Treaty to Facilitate Access to Published Works helps blind readers.',
        'Much older is the Treaty of Marrakesh of 1786, between the sultan and the United States.',
      ),
    ).toBe(1);
    expect(
      count(
        'The Marrakesh Treaty to Facilitate Access to Published Works helps blind readers.',
        'The Moroccan-American Treaty of Friendship is older; the Treaty of Marrakesh, as Americans call it, still binds the United States.',
      ),
    ).toBe(2);
  });

  it.each([
    [
      'The Marrakesh Treaty to Facilitate Access to Published Works was adopted by WIPO in 2013.',
      'Morocco’s ties with the United States go back further: Sultan Mohammed III signed the Treaty of Friendship with the young republic.',
    ],
    [
      'The Marrakesh Treaty to Facilitate Access to Published Works for the blind was adopted in 2013.',
      'Separately, Morocco was the first nation to recognise the United States, and the Treaty of Peace and Friendship sealed it.',
    ],
    [
      "Le traité de Marrakech de l'OMPI compte 100 parties.",
      'En 1786, le Maroc et les États-Unis avaient signé le traité d’amitié.',
    ],
    [
      'The Marrakesh Treaty to Facilitate Access entered into force in 2016.',
      'Signed in 1786, the Treaty of Marrakesh between Sultan Mohammed III and the United States predates the US Constitution.',
    ],
    [
      'The Marrakesh Treaty to Facilitate Access entered into force in 2016.',
      'The Treaty of Marrakesh (1786) between Morocco and the United States predates the US Constitution.',
    ],
    [
      'دخلت معاهدة مراكش لتيسير النفاذ إلى المصنفات المنشورة حيز التنفيذ عام 2016.',
      'أما معاهدة الصداقة الموقعة عام 1786 بين المغرب والولايات المتحدة فهي أقدم معاهدة أمريكية.',
    ],
    [
      'وقع المغرب معاهدة الصداقة والتعاون مع إسبانيا عام 1991.',
      'وتبقى معاهدة الصداقة لعام 1786 مع الولايات المتحدة أقدم معاهدة أمريكية لم تنقطع.',
    ],
    [
      "Le traité d'amitié et de coopération entre le Maroc et l'Espagne date de 1991.",
      'Le traité de Marrakech, conclu avec les États-Unis par le sultan Mohammed III, est plus ancien.',
    ],
  ])('keeps the 1786 treaty’s other short titles, or its own year’s, after another title (rev21b): %s', (...blocks) => {
    expect(count(...blocks)).toBe(1);
  });

  it('keeps the short titles after an older treaty of friendship, the full name read before (rev21b)', () => {
    expect(
      count(
        'The Moroccan-American Treaty of Friendship was signed in 1786.',
        'Morocco later signed a Treaty of Friendship and Cooperation with Spain in 1991.',
        'The Treaty of Friendship with the United States remains in force. US officials cite the Treaty of Friendship often.',
      ),
    ).toBe(3);
  });

  it('keeps the 2020 declaration after the 1950 one, beside its recognition (rev21b)', () => {
    expect(
      countOf(
        DECLARATION,
        'The Tripartite Declaration of 1950 tried to limit arms sales to the Middle East.',
        'Seventy years later, the Tripartite Declaration signed in Rabat in December 2020 by Morocco, the United States and Israel sealed US recognition of Moroccan sovereignty over Western Sahara.',
      ),
    ).toBe(2);
    expect(
      countOf(
        DECLARATION,
        'The Tripartite Declaration of 1950 limited arms sales to the region.',
        'In December 2020 the Joint Declaration signed by Morocco, Israel and the United States restored ties.',
      ),
    ).toBe(1);
  });
});

describe('datedOther: signed at another place or in another year (fix22b)', () => {
  it('reads a signing elsewhere in its sentence as another event of the title (the 1975 Madrid accords)', () => {
    expect(
      other(
        DECLARATION,
        'The Tripartite Agreement signed in Madrid in November 1975 divided the territory between Morocco and Mauritania.',
        'Tripartite Agreement',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        'Spain, Morocco and Mauritania signed the Tripartite Agreement in Madrid, and Spanish troops left within three months.',
        'Tripartite Agreement',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        'Under the Tripartite Declaration signed on 14 November 1975, Spain kept fishing rights off the coast.',
        'Tripartite Declaration',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        'La déclaration tripartite signée à Madrid prévoyait une administration temporaire du territoire.',
        'déclaration tripartite',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        "Le 14 novembre 1975, l'Espagne, le Maroc et la Mauritanie signaient à Madrid une déclaration tripartite.",
        'déclaration tripartite',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        'The Polisario never accepted the Tripartite Agreement concluded in Madrid in 1975.',
        'Tripartite Agreement',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        'Historians still debate the Tripartite Declaration that the three governments signed in November 1975.',
        'Tripartite Declaration',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        "L'accord tripartite, conclu à Madrid en 1975, n'a jamais été publié au Bulletin officiel espagnol.",
        'accord tripartite',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        'In 1950 Britain, France and the United States signed the Tripartite Declaration in London to limit arms sales in the Middle East.',
        'Tripartite Declaration',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        'The Tripartite Declaration of 1950 froze arms sales to Israel and its neighbours.',
        'Tripartite Declaration',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        'Spain signed in Madrid the Tripartite Agreement with Morocco and Mauritania.',
        'Tripartite Agreement',
      ),
    ).toBe(true);
    expect(
      other(
        DECLARATION,
        'Signed in Madrid in 1975, the Tripartite Agreement ended Spanish rule over the Sahara.',
        'Tripartite Agreement',
      ),
    ).toBe(true);
  });

  it('keeps its own place and year, and signings that are not its own', () => {
    expect(
      other(
        DECLARATION,
        'The Tripartite Declaration signed in Rabat on 22 December 2020 restored ties between Morocco and Israel.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Morocco, Israel and the United States signed the Tripartite Declaration in December 2020.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'La déclaration tripartite signée à Rabat le 22 décembre 2020 a rouvert les bureaux de liaison.',
        'déclaration tripartite',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Signed in Rabat, the Tripartite Declaration tied direct flights with Israel to the American position on the Sahara.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Three years after the Tripartite Declaration was signed, direct flights between Casablanca and Tel Aviv were full.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Morocco and Israel signed a water agreement in 2022 under the Tripartite Declaration.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Kushner flew to Rabat to sign the Tripartite Declaration with Morocco and Israel.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'The Tripartite Declaration, which Washington signed with Rabat and Jerusalem in 2020, is still in force.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'La déclaration tripartite de décembre 2020 a été signée par Saadeddine El Othmani, Jared Kushner et Meir Ben-Shabbat.',
        'déclaration tripartite',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'In 2023, Israel recognised Moroccan sovereignty, building on the Tripartite Declaration.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Le Maroc et Israël ont signé en 2021 plusieurs accords dans le cadre de la déclaration tripartite.',
        'déclaration tripartite',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'The Tripartite Declaration signed in Rabat in December 2020 by Morocco, the United States and Israel set out the normalisation.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Officials who signed the Tripartite Declaration in Rabat met again in Washington a year later.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Trois ans après la signature de la déclaration tripartite à Rabat, les vols directs sont quotidiens.',
        'déclaration tripartite',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Signed in Washington? No: the Tripartite Declaration was signed in Rabat, in December 2020.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'The U.S. signed the Tripartite Declaration with Morocco and Israel on 22 December 2020.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Netanyahu welcomed the Tripartite Declaration, signed in the royal palace in Rabat in 2020.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Loudiyi recalled the Tripartite Declaration signed in Rabat in December 2020 by Morocco, the United States and Israel.',
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        "The signatories of the Tripartite Declaration met in Abu Dhabi in 2022 for the Negev Forum's working groups.",
        'Tripartite Declaration',
      ),
    ).toBe(false);
    expect(
      other(
        DECLARATION,
        'Israël a signé en 2023 un accord de défense avec le Maroc, prolongeant la déclaration tripartite.',
        'déclaration tripartite',
      ),
    ).toBe(false);
    expect(
      other(
        TREATY,
        'The Treaty of Friendship signed in Marrakesh in 1786 is the oldest in force.',
        'Treaty of Friendship',
      ),
    ).toBe(false);
    expect(
      other(
        TREATY,
        'The Treaty of Friendship signed in Moscow in 1971 bound India to the Soviet Union.',
        'Treaty of Friendship',
      ),
    ).toBe(true);
  });
});

describe('datedOther: only a signing that governs the title (mend22b)', () => {
  it('reads a participle or a relative clause governing the name', () => {
    expect(
      other(DECLARATION, 'The Tripartite Agreement signed in Madrid in 1975 split it.', 'Tripartite Agreement'),
    ).toBe(true);
    const relative = 'The Tripartite Declaration that Spain and Morocco signed in November 1975 split it.';
    expect(other(DECLARATION, relative, 'Tripartite Declaration')).toBe(true);
  });

  it('reads no verb with another object, past a semicolon, or for a name saying the story', () => {
    const pact = 'The Tripartite Declaration paved the way for a pact that Israel and Morocco signed in Rabat in 2021.';
    expect(other(DECLARATION, pact, 'Tripartite Declaration')).toBe(false);
    const later = 'The Tripartite Declaration, signed in Rabat, was followed by deals concluded in 2021.';
    expect(other(DECLARATION, later, 'Tripartite Declaration')).toBe(false);
    const semicolon = "Le traité d'amitié est en vigueur ; un accord a été signé à Washington en 2004.";
    expect(other(TREATY, semicolon, "traité d'amitié")).toBe(false);
    const full = 'The US recognition of Moroccan sovereignty was signed in Washington in 2021.';
    expect(other(DECLARATION, full, 'US recognition of Moroccan sovereignty')).toBe(false);
  });

  it("reads the declaration's own places: Morocco and the palace", () => {
    const palace = 'The Tripartite Declaration was signed at Dar al-Makhzen, the royal palace.';
    expect(other(DECLARATION, palace, 'Tripartite Declaration')).toBe(false);
    expect(other(DECLARATION, 'The Tripartite Declaration was signed in Morocco.', 'Tripartite Declaration')).toBe(
      false,
    );
    expect(other(DECLARATION, 'The Tripartite Declaration was signed in Madrid.', 'Tripartite Declaration')).toBe(true);
  });
});
