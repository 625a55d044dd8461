/**
 * fix22c: Arabic error classes of the lexicographer's blind sample (lex22), read as whole pages.
 * - الرباط as a ribat in another country's town (الرباط بسوسة: arabic-fort.ts, `elsewhere`) and as the
 *   devotional term, whose gloss names the one who keeps it and his post (المرابط، ثغره: pack vetoes).
 * - الصحراء located from another country's place (الصحراء شمال الرياض: foreign-qualifier.ts, `side`).
 * - لانجلي with a feminine verb (لانجلي كانت، رأت لانجلي): the agency (namesakes.ts, feminineAgreement).
 * - فاغنر the composer by his festival, operas and house in Arabic (بايرويت، لوهنغرين، فانفريد: pack vetoes,
 *   as in English and French), on a page that also names the group in full.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: the ribat of another country and the devotional term (ar-lex22-050, ar-lex22-051)', () => {
  it('counts no city for a fort in a Tunisian town', () => {
    expect(count('rabat', 'صعدنا درج البرج الدائري في الرباط بسوسة، ومن السطح يظهر الجامع الكبير.')).toBe(0);
    expect(count('rabat', 'افتتحت الوزارة معرضا داخل الرباط في المنستير.')).toBe(0);
  });

  it('counts no city in a gloss of the devotional term', () => {
    expect(count('rabat', 'فذلكم الرباط، وفسر العلماء الرباط هنا بملازمة الطاعة، كما يلازم المرابط ثغره.')).toBe(0);
    expect(count('rabat', 'قال الخطيب إن الرباط لا يقتصر على الحدود، فالمرابط الحق من صبر على ثغره.')).toBe(0);
  });

  it('counts the city beside its own country, a noun after it, or its envoy abroad', () => {
    expect(
      count('rabat', 'ولدت الباحثة في الرباط بالمغرب، ودرست التاريخ في جامعة محمد الخامس.', 'ثم درست رباط المنستير.'),
    ).toBe(1);
    expect(count('rabat', 'قال سفير الرباط في تونس إن مناورات الأسد الإفريقي ستشهد مشاركة تونسية.')).toBe(1);
    expect(count('rabat', 'انطلقت في الرباط بمشاركة ضباط من أفريكوم دورة حول الأمن البحري.')).toBe(1);
    expect(count('rabat', 'في الرباط، يحرص المصلون على انتظار الصلاة بعد الصلاة طوال رمضان.')).toBe(1);
  });
});

describe('bundled pack: a desert located from another country (ar-lex22-062)', () => {
  it('counts neither the territory nor the Sahara for a desert beside Riyadh or Baghdad', () => {
    const page = 'مع اعتدال الجو تعود رحلات التخييم في الصحراء شمال الرياض، وتنصح الدفاع المدني المتنزهين بالحذر.';
    expect(count('western-sahara', page)).toBe(0);
    expect(count('sahara-desert', page)).toBe(0);
    expect(count('western-sahara', 'ضل راعيان طريقهما في الصحراء غرب بغداد.')).toBe(0);
  });

  it('counts the Sahara south of a Saharan country, the territory south of Morocco or north of Mauritania', () => {
    expect(count('sahara-desert', 'عبرت القافلة الصحراء جنوب الجزائر في أسبوعين، متنقلة بين الواحات.')).toBe(1);
    expect(count('western-sahara', 'جدد المجلس دعمه لمبادرة الحكم الذاتي في الصحراء جنوب المغرب.')).toBe(1);
    expect(
      count('western-sahara', 'يقع معبر الكركرات في الصحراء شمال موريتانيا، وقد أغلقه عناصر من البوليساريو.'),
    ).toBe(1);
    expect(count('western-sahara', 'يجري الحديث عن الحكم الذاتي في الصحراء غرب الجزائر وتندوف.')).toBe(1);
  });
});

describe('bundled pack: Langley the agency by its feminine verb (ar-lex22-082)', () => {
  it('counts the general twice, not the agency written before him', () => {
    expect(
      count(
        'michael-langley',
        'ويقول ضابط سابق إن لانجلي كانت تحصل على تلك الصور قبل القادة الميدانيين، وإن الوكالة فتحت مراكز صغيرة.',
        'فقد دافع مايكل لانجلي، الذي قاد أفريكوم بين 2022 و2025، عن الإبقاء على القاعدة.',
        'وحين سأله أحد الأعضاء، رد لانجلي بأن الانسحاب سيترك فراغا.',
      ),
    ).toBe(2);
  });

  it('counts the general with a masculine verb before or after his surname', () => {
    expect(
      count(
        'michael-langley',
        'لانجلي كان واضحا: أفريكوم باقية',
        'أكد قائد أفريكوم الجنرال مايكل لانجلي أن القيادة باقية.',
      ),
    ).toBe(2);
    expect(count('michael-langley', 'استقبل الوزير الجنرال مايكل لانجلي، وقال لانجلي إن التعاون نموذجي.')).toBe(2);
  });
});

describe('bundled pack: the composer beside the group named in full (ar-lex22-084)', () => {
  it('counts the group’s full name only, not the composer’s theatre', () => {
    expect(
      count(
        'wagner-group',
        'شاهدنا «لوهنغرين» في المسرح الذي بناه فاغنر على تلة خارج المدينة.',
        'ويذكر الدليل أن مجموعة فاغنر الروسية أخذت اسمها من الموسيقار.',
      ),
    ).toBe(1);
    expect(count('wagner-group', 'افتتح مهرجان بايرويت دورته بعرض «بارسيفال»، آخر أعمال فاغنر.')).toBe(0);
  });

  it('counts the group’s bare name beside its full name in Mali', () => {
    expect(
      count(
        'wagner-group',
        'اتهم التقرير مجموعة فاغنر بارتكاب انتهاكات في وسط مالي.',
        'ونفت باماكو أن يكون لفاغنر أي دور قتالي.',
      ),
    ).toBe(2);
  });
});
