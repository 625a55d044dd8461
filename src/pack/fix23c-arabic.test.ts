/**
 * fix23c: Arabic error classes of the second lexicographer's blind sample (lex23), read as whole pages.
 * - فيلق أفريقيا as another corps: an early year in its sentence, a game's faction, Rommel's name; and its
 *   later mentions on that page; the story's corps by its present-day clause after a historical one
 *   (arabic-corps.ts: `era`, `present`).
 * - الرباط as a bandage (arabic-ligament.ts, `bandage`); a daily's title quoted after its press noun
 *   (press-title.ts); الصحراء as a listed firm, its shares or its company (arabic-company.ts, `company`).
 * - موسكو governed by a town's council (مجلس موسكو: Moscow, Idaho; arabic-places.ts, `cityPart`).
 * - Name forms (pack aliases): رباط الفتح، أقاليمنا الجنوبية، الأركان المشتركة الأمريكية.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: another corps of the name, and the story’s by its clause (ar-lex23-020, ar-lex23-021, ar-lex22-021)', () => {
  it('counts no Russian corps for Louisiana’s of 1863, on the whole page', () => {
    const page =
      'في ربيع 1863 أمر قائد اتحادي في لويزيانا بتشكيل ما سماه «فيلق أفريقيا» من أفواج الجنود السود، يقودهم ضباط بيض ' +
      'جاؤوا من أفواج الشمال. وشاركت أفواج فيلق أفريقيا بعد ذلك في حصار طويل على النهر.';
    expect(count('africa-corps', page)).toBe(0);
    expect(count('africa-corps', 'تعرض القاعة بزة جندي من فيلق أفريقيا تعود إلى سنة 1864.')).toBe(0);
  });

  it('counts no Russian corps for a game’s faction or Rommel’s', () => {
    expect(count('africa-corps', 'في الطور الجماعي يختار اللاعب بين فصيل الحلفاء وفصيل فيلق أفريقيا.')).toBe(0);
    expect(count('africa-corps', 'الإضافة الجديدة تمنح فيلق أفريقيا بقيادة رومل وحدات استطلاع سريعة.')).toBe(0);
  });

  it('counts the Russian corps beside an early year in its clause, a game of influence, or after Rommel’s clause', () => {
    expect(count('africa-corps', 'منذ استقلال مالي عام 1960 لم تعرف البلاد قوة بحجم فيلق أفريقيا الروسي.')).toBe(1);
    expect(count('africa-corps', 'وفي لعبة النفوذ هذه صار فيلق أفريقيا اللاعب الأبرز في مالي بعد خروج فاغنر.')).toBe(1);
    const page =
      'بعد ثمانين عاما على هزيمة فيلق رومل في برقة، عاد اسم «الفيلق الأفريقي» إلى شرق ليبيا، لكن هذه المرة مع ' +
      'وحدات روسية حلت محل مجموعة فاغنر في قاعدة جوية.';
    expect(count('africa-corps', page)).toBe(1);
    expect(count('africa-corps', 'وصل عناصر من فيلق أفريقيا إلى بوركينا فاسو في يناير 2024.')).toBe(1);
  });

  it('counts a page’s Russian corps after another corps only in a clause of its own present', () => {
    expect(
      count(
        'africa-corps',
        'في كتابه عن عام 1863 يروي المؤرخ قصة فيلق أفريقيا في لويزيانا.',
        'أما اليوم فيحمل الاسم فيلق أفريقيا الروسي في مالي.',
      ),
    ).toBe(1);
  });
});

describe('bandage, a newspaper’s title, a listed firm (ar-lex23-052, ar-lex23-055, ar-lex23-060)', () => {
  it('counts no city for a bandage wrapped, loosened or tight', () => {
    const page =
      'متى أستعمل الرباط الضاغط؟ بعد التواء الكاحل، لف الرباط من الأصابع نحو الساق بضغط معتدل. إذا ازرقت الأصابع ' +
      'فالرباط مشدود أكثر من اللازم ويجب فكه.';
    expect(count('rabat', page)).toBe(0);
    expect(count('rabat', 'شدت الرباط أنظار المستثمرين بعد افتتاح المحطة الجديدة.')).toBe(1);
  });

  it('counts no territory for a daily’s title after its press noun, and the territory quoted otherwise', () => {
    expect(count('western-sahara', 'أفادت يومية «الصحراء المغربية» أن مجلس المدينة صادق على التصميم.')).toBe(0);
    expect(count('western-sahara', 'تحدث السفير عن «الصحراء المغربية» أمام لجنة الكونغرس.')).toBe(1);
  });

  it('counts no desert for a listed firm and its shares, and the desert crossed by a firm’s trucks', () => {
    const page =
      'قاد سهم الصحراء مكاسب القطاع هذا الأسبوع.\n\nوكانت شركة الصحراء للبتروكيماويات قد أعلنت عن خطة اندماج مع شركة أخرى.';
    expect(count('sahara-desert', page)).toBe(0);
    expect(count('sahara-desert', 'تعبر شاحنات شركة النقل الصحراء كل أسبوع في طريقها إلى الحدود الليبية.')).toBe(1);
  });
});

describe('a namesake town’s council (ar-lex23-079)', () => {
  it('counts no Russia for a town council voting its budget, and Russia beside a council of its own', () => {
    const page = 'مجلس موسكو يقر زيادة مخصصات صيانة الطرق: صوت أعضاء المجلس بالإجماع على الميزانية الجديدة للبلدة.';
    expect(count('russia', page)).toBe(0);
    expect(count('russia', 'صوت مجلس الاتحاد على الاتفاق، وأكدت موسكو أنها ستبدأ التنفيذ في يناير.')).toBe(1);
  });
});

describe('name forms of the recall class (ar-lex23-044, ar-lex23-054, ar-lex23-057)', () => {
  it('counts Rabat’s historical name, the possessive southern provinces and the joint staff without هيئة', () => {
    expect(count('rabat', 'سمى الموحدون مدينتهم على مصب أبي رقراق «رباط الفتح».')).toBe(1);
    expect(
      count('western-sahara', 'أكد الوزير أن المشاريع في أقاليمنا الجنوبية، من ميناء الداخلة إلى العيون، ستتواصل.'),
    ).toBe(1);
    expect(count('joint-chiefs-of-staff', 'التقى قائد الأركان المشتركة الأمريكية نظيره المغربي.')).toBe(1);
  });

  it('counts no territory for another country’s southern provinces, nor a British joint staff', () => {
    expect(
      count('western-sahara', 'قال الوزير التايلاندي إن أقاليمنا الجنوبية تحتاج إلى مدارس، في إشارة إلى يالا.'),
    ).toBe(0);
    expect(count('joint-chiefs-of-staff', 'عين رئيس الوزراء قائدا جديدا للأركان المشتركة البريطانية.')).toBe(0);
  });
});

describe('rev23c: counts, Hijri dates, the Sahel’s present, and a history lesson above the news', () => {
  it('counts the Russian corps beside a count of troops, money or distance, or a Hijri date', () => {
    expect(count('africa-corps', 'وصل نحو 1500 عنصر من فيلق أفريقيا إلى باماكو لتعزيز المجلس العسكري في مالي.')).toBe(
      1,
    );
    expect(count('africa-corps', 'دفعت الحكومة المالية 1900 مليون فرنك لفيلق أفريقيا مقابل حماية المناجم.')).toBe(1);
    expect(count('africa-corps', 'قطعت قافلة فيلق أفريقيا 1200 كيلومتر بين باماكو وغاو في مالي.')).toBe(1);
    expect(count('africa-corps', 'باماكو – 12 رمضان 1445: اشتبك فيلق أفريقيا مع مسلحين في شمال مالي.')).toBe(1);
    expect(count('africa-corps', 'أرسلت روسيا، عبر فيلق أفريقيا، 1500 مقاتل إلى مالي.')).toBe(1);
    expect(count('africa-corps', 'على غرار فيلق رومل، يسعى فيلق أفريقيا اليوم إلى ترسيخ أقدامه في ليبيا ومالي.')).toBe(
      1,
    );
  });

  it('counts the news below a history lesson or a game, not the lesson or the game', () => {
    const lesson = 'درس التاريخ: في عام 1941 أرسل هتلر فيلق أفريقيا بقيادة رومل إلى ليبيا.';
    expect(count('africa-corps', lesson, 'أخبار اليوم: وصلت تعزيزات من فيلق أفريقيا إلى مطار باماكو في مالي.')).toBe(1);
    const game = 'في اللعبة، يختار اللاعب فصيل فيلق أفريقيا.';
    expect(count('africa-corps', game, 'وفي الواقع، يقاتل فيلق أفريقيا اليوم إلى جانب جيش مالي.')).toBe(1);
    expect(count('africa-corps', 'في عام 1942 توغل فيلق أفريقيا في مصر.', 'وبعد عام انتهى فيلق أفريقيا في تونس.')).toBe(
      0,
    );
  });

  it('counts the city wrapped in calm or ruled, a headline after a press noun, the territory’s firms, a state’s council', () => {
    expect(count('rabat', 'يلف الرباط هدوء حذر قبيل زيارة وزير الدفاع الأمريكي.')).toBe(1);
    expect(count('rabat', 'رحبت واشنطن بموقف الرباط المرن في المفاوضات حول الحكم الذاتي.')).toBe(1);
    expect(count('morocco', 'عنونت الجريدة «المغرب ينتصر» على صفحتها الأولى بعد تصويت مجلس الأمن.')).toBe(1);
    expect(count('western-sahara', 'تعهدت واشنطن بدعم شركات الصحراء الناشئة في إطار الاعتراف بمغربيتها.')).toBe(1);
    expect(count('united-states', 'اتهم مجلس واشنطن للأمن القومي موسكو بالتوسع في الساحل.')).toBe(1);
  });
});
