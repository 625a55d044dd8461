/**
 * redteam17 class L (Arabic) and its shapes in English and French: one other-sense use of a word on a
 * page (a prayer, the Maghreb union, the Tunisian coast) withdrew the story's mentions of it elsewhere.
 * Decided per mention now: the full name منطقة الساحل الإفريقي is one name, which its context-bound start
 * no longer hides, and المغرب as an actor (أن المغرب سيستضيف، وأكد المغرب) is the country. The page's
 * other-sense votes still withdraw what no window decided: the prayer, the region, the coast stay apart.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: the Sahel by its full name beside a coast of the same word', () => {
  it('counts منطقة الساحل الإفريقي as one name on a page with the Tunisian or Egyptian coast (p26, probe m)', () => {
    expect(
      count(
        'sahel',
        'الإرهاب في منطقة الساحل الإفريقي: تقرير سنوي',
        'سجلت منطقة الساحل الإفريقي العام الماضي أعلى عدد من الهجمات منذ عقد.',
        'وتقول الأمم المتحدة إن الجماعات المسلحة وسعت نشاطها نحو دول خليج غينيا.',
        'في المقابل، يشهد الساحل التونسي موسما سياحيا قياسيا بعيدا عن هذه الاضطرابات.',
        'ويرى الباحثون أن الحل في الساحل لن يكون عسكريا فقط.',
      ),
    ).toBe(3);
    expect(
      count('sahel', 'تتزايد الهجمات في منطقة الساحل الإفريقي.', 'ويشهد الساحل الشمالي في مصر إقبالا على الشاليهات.'),
    ).toBe(1);
    expect(count('sahel', 'تتسع رقعة العنف في منطقة الساحل الإفريقي عاما بعد عام.')).toBe(1);
  });

  it('keeps the coasts apart and the Sahel of a list found (probe n)', () => {
    expect(count('sahel', 'تتزايد الهجمات في دول الساحل.', 'وتقع سوسة في الساحل التونسي.')).toBe(1);
    expect(count('sahel', 'تستقبل مدن الساحل التونسي آلاف الزوار كل صيف.', 'ويقصد المصطافون الساحل كل عام.')).toBe(0);
    expect(count('sahel', 'ارتفعت أسعار الشاليهات في الساحل الشمالي هذا الموسم.')).toBe(0);
  });
});

describe('bundled pack: المغرب as an actor beside the prayer or the Maghreb region', () => {
  it('counts the country that speaks or hosts on a page with صلاة المغرب or اتحاد المغرب العربي', () => {
    // probe d, probe e, s368, probe o
    expect(
      count(
        'morocco',
        'اجتمع الوزراء بعد صلاة المغرب في مقر الوزارة.',
        'وأكد المغرب أنه سيواصل دعم الحل السياسي في ليبيا.',
      ),
    ).toBe(1);
    expect(
      count(
        'morocco',
        'أعلنت وزارة الخارجية أن المغرب سيستضيف المؤتمر.',
        'وقد تأسس اتحاد المغرب العربي في مراكش عام 1989.',
      ),
    ).toBe(1);
    expect(count('morocco', 'دعا البيان إلى تفعيل اتحاد المغرب العربي، وأكد أن المغرب مستعد للحوار.')).toBe(1);
    expect(
      count(
        'morocco',
        'أكد الخبير أن اتحاد المغرب العربي معطل.',
        'وقال وزير الخارجية إن المملكة المغربية منفتحة على الحوار.',
        'وأضاف أن المغرب يرحب بكل المبادرات.',
      ),
    ).toBe(2);
    expect(
      count(
        'morocco',
        'أفطر الصائمون عند أذان المغرب في ساحة المسجد الكبير.',
        'وفي سياق آخر، قال بيان رسمي إن المغرب سيستقبل وفدا عسكريا.',
      ),
    ).toBe(1);
  });

  it('still reads the prayer and the region, and keeps a prayer box on a Moroccan page (s000–s002, p27)', () => {
    expect(count('morocco', 'يحين موعد أذان المغرب في الدار البيضاء اليوم عند الساعة السادسة وسبع دقائق مساءً.')).toBe(
      0,
    );
    expect(count('morocco', 'بعد صلاة المغرب اجتمع أهل الحي في المسجد لتلاوة القرآن حتى العشاء.')).toBe(0);
    expect(count('morocco', 'جدول مواقيت الصلاة: الفجر 5:40، الظهر 12:31، العصر 3:45، المغرب 6:12، العشاء 7:30.')).toBe(
      0,
    );
    expect(
      count('morocco', 'يضم اتحاد المغرب العربي خمس دول من شمال إفريقيا.', 'وتعود فكرة المغرب الكبير إلى مؤتمر طنجة.'),
    ).toBe(0);
    expect(
      count(
        'morocco',
        'المغرب يطلق برنامجا جديدا لتحديث أسطوله الجوي',
        'أعلنت القوات الملكية الجوية عن اقتناء طائرات نقل عسكرية جديدة.',
        'وقال مصدر إن المغرب يسعى إلى تنويع شركائه في مجال التسلح، مع الحفاظ على علاقاته مع الولايات المتحدة.',
        'مواقيت الصلاة - الرباط',
        'الفجر 06:31 | الظهر 13:22 | العصر 16:01 | المغرب 18:40 | العشاء 19:59',
      ),
    ).toBe(2);
  });
});
