import { describe, expect, it } from 'vitest';
import { other } from './test-arabic-cue';
import { buildMatcher, createPageState } from './matcher';
import { decidePage } from './page-evidence';
import { testEntity as entity, testPack } from './test-entity';

describe('arabicShapeCue: the country closing a city’s address (blind14)', () => {
  const country = (text: string): boolean => other(text, 'المغرب', ['country']);

  it('reads the country after a place preposition, a city and a comma, closing the phrase', () => {
    expect(country('مواقيت الصلاة في الرباط، المغرب')).toBe(true);
    expect(country('مواقيت الصلاة في الدار البيضاء، المغرب')).toBe(true);
    expect(country('ولد بالدار البيضاء، المغرب، عام 1975')).toBe(true);
  });

  it('reads nothing into a list, a clock time, a proclitic or a comma without a place', () => {
    expect(country('في الرباط، المغرب 18:19')).toBe(false);
    expect(country('في الرباط، والمغرب')).toBe(false);
    expect(country('الفجر، الظهر، المغرب')).toBe(false);
  });

  it('reads the country after a city and a dash, closing a title or followed by the day (ar-blind16-035)', () => {
    expect(country('مواقيت الصلاة في الرباط – المغرب اليوم الأحد: الفجر 6:41')).toBe(true);
    expect(country('مواقيت الصلاة في فاس - المغرب')).toBe(true);
    expect(country('حالة الطقس بالدار البيضاء — المغرب')).toBe(true);
    // A dash between a timetable's columns, or a word after the country that is no day: not an address.
    expect(country('العصر 16:01 – المغرب 18:24')).toBe(false);
    expect(country('في الرباط – المغرب يستضيف القمة')).toBe(false);
    expect(country('الرباط – المغرب اليوم')).toBe(false);
  });

  it('reads the country after a place preposition, where the prayer is read after others (ar-blind15-070)', () => {
    expect(country('وهي طبق لا تخلو منه موائد الإفطار في المغرب طوال الشهر الفضيل.')).toBe(true);
    expect(country('تنتشر هذه العادة بالمغرب منذ قرون.')).toBe(true);
    expect(country('تُقدَّم الحريرة ساخنة مباشرة بعد أذان المغرب.')).toBe(false);
    expect(country('يفطر الصائمون عند المغرب على التمر.')).toBe(false);
    expect(country('انتشر المذهب المالكي في المغرب الإسلامي كله.')).toBe(false); // a region
    expect(country('للمغرب حصة من الصفقة.')).toBe(false);
  });

  it('reads the country governed by a noun of its side, which the sunset has not (ar-blind19-074)', () => {
    expect(country('لا تكتمل مائدة الإفطار في شمال المغرب من دون الحريرة.')).toBe(true);
    expect(country('يحضر البغرير بجنوب المغرب صباح العيد.')).toBe(true);
    expect(country('وفي مدن شرق المغرب تحضر الحريرة بتوابل أخرى.')).toBe(true);
    expect(country('وفي المغرب، يبدأ الإفطار بالحريرة.')).toBe(true); // self-review
    expect(country('انتشر المذهب في غرب المغرب الإسلامي.')).toBe(false); // a region's nisba
    expect(country('أضيفي الدقيق قبل أذان المغرب بربع ساعة.')).toBe(false);
    expect(country('بين المشرق والمغرب مسافة طويلة.')).toBe(false);
  });

  it('reads a country coordinated with another country as the country (ar-blind15-033, ar-blind13-004)', () => {
    expect(country('تجمع الدول الخمس، تونس والجزائر والمغرب وليبيا وموريتانيا، روابط لغوية.')).toBe(true);
    expect(country('ويضم خمس دول هي تونس والجزائر وليبيا وموريتانيا والمغرب.')).toBe(true);
    expect(country('تضم المنطقة المغرب، الجزائر، تونس، ليبيا وموريتانيا.')).toBe(true);
    expect(country('زار الوفد الرباط، المغرب والجزائر')).toBe(true);
    // Prayers, a capital or an unjoined word beside it are no list of countries.
    expect(country('يصلي أهل الحي الظهر والعصر والمغرب والعشاء جماعة.')).toBe(false);
    expect(country('في الرباط، والمغرب')).toBe(false);
    expect(country('قال رئيس تونس المغرب شريك')).toBe(false);
  });

  it('reads the country as an actor: after إن/أن or a verb of stance (redteam17 class L)', () => {
    expect(country('أعلنت وزارة الخارجية أن المغرب سيستضيف المؤتمر.')).toBe(true);
    expect(country('وأكد أن المغرب مستعد للحوار.')).toBe(true);
    expect(country('وأكد المغرب أنه سيواصل دعم الحل السياسي.')).toBe(true);
    expect(country('وأضاف أن المغرب يرحب بكل المبادرات.')).toBe(true);
    expect(country('أعلن المغرب مشاركته في المناورات.')).toBe(true);
    // The prayer, the region and a name with a proclitic are no actor.
    expect(country('اجتمع الوزراء بعد صلاة المغرب في مقر الوزارة.')).toBe(false);
    expect(country('أكد أن المغرب والمشرق يتقاسمان تراثا واحدا.')).toBe(false);
    expect(country('قال إن للمغرب حصة من الصفقة.')).toBe(false);
    expect(country('وصلنا قبل المغرب بقليل.')).toBe(false);
    expect(country('قال الإمام إن المغرب يحين عند السادسة.')).toBe(false);
  });

  it('reads no actor where the prayer agrees as a feminine after إن/أن (review 17, R1)', () => {
    // A ت-imperfect, a resumptive ـها in the next two words, or a noun of its rite: the prayer.
    expect(country('وقال الفقيه إن المغرب يستحب تعجيلها.')).toBe(false);
    expect(country('وقال الشيخ إن المغرب ثلاث ركعات لا تقصر في السفر.')).toBe(false);
    expect(country('ويرى العلماء أن المغرب وقتها يمتد إلى مغيب الشفق.')).toBe(false);
    expect(country('وأكد الفقيه أن المغرب تعجل ولا تؤخر.')).toBe(false);
    expect(country('وقال الإمام إن المغرب تسمى وتر النهار.')).toBe(false);
    expect(country('وذكر المفتي أن المغرب يسن فيها تعجيل الفطر.')).toBe(false);
    // The country is masculine: its verbs, its pronoun and its objects in ـها on a ي-verb.
    expect(country('قالت وزارة الأوقاف إن المغرب سيحتفل بعيد الفطر.')).toBe(true);
    expect(country('وقال وزير الخارجية إن المغرب مستعد للحوار.')).toBe(true);
    expect(country('وأكد الوزير أن المغرب تربطه علاقات قوية بواشنطن.')).toBe(true);
    expect(country('وأكد الوزير أن المغرب يعتبرها شريكا استراتيجيا.')).toBe(true);
    expect(country('وأعلن المغرب تعليق الرحلات.')).toBe(true);
  });

  it('counts the listed country on a page that names the Maghreb region too (matcher and page)', () => {
    const matcher = buildMatcher([
      testPack([
        entity({
          id: 'morocco',
          category: 'place',
          aliases: { ar: [{ text: 'المغرب', context: { vetoes: ['الشمس'], window: 30 } }] },
          otherSenses: { ar: ['المغرب العربي'] },
        }),
      ]),
    ]);
    const count = (text: string): number => {
      const state = createPageState();
      return decidePage(matcher.find(text, state), (m, entityId) => ({ ...m, entityId })).length;
    };
    expect(count('تجمع دول المغرب العربي الخمس، تونس والجزائر والمغرب وليبيا وموريتانيا، روابط لغوية.')).toBe(1);
    expect(count('تجمع دول المغرب العربي الخمس روابط لغوية، والمغرب منها.')).toBe(0);
  });

  it('counts the title’s country on a timetable whose other المغرب are the prayer (matcher and page)', () => {
    const matcher = buildMatcher([
      testPack([
        entity({
          id: 'morocco',
          category: 'place',
          aliases: { ar: [{ text: 'المغرب', context: { vetoes: ['العربي'], window: 14 } }] },
        }),
      ]),
    ]);
    const state = createPageState();
    const page = ['مواقيت الصلاة في الرباط، المغرب', 'الفجر 06:47 | العصر 15:51 | المغرب 18:19 | العشاء 19:40'];
    const found = page.flatMap((block) => matcher.find(block, state));
    expect(decidePage(found, (m, entityId) => ({ ...m, entityId })).map((m) => m.entityId)).toEqual(['morocco']);
  });
});
