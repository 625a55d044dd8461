/**
 * fix19-ar: Arabic error classes of the blind sample of session 19, read as whole pages.
 * - A page naming Morocco in its own words (في شمال المغرب) and the sunset prayer (قبل أذان المغرب): the
 *   prayer is one exception, not a page-wide veto.
 * - Egypt's Western Desert by its oil fields' own names (شرق البحرية، أبو الغراديق، هيئة البترول، شركة أباتشي,
 *   pack data), not oil words (mend19ar), and Apache the oil company by a firm's sign (شركة أباتشي، أباتشي: +2.1%).
 * - The bare الصحراء on a page of the Sahara desert beside a western region (المناطق الغربية): the desert's veto
 *   is the territory's name (الصحراء الغربية, pack data), not its adjective alone (self-review).
 * - The ribat of a Tunisian town (الرباط، وهو حصن), and capitals after their people (باحثين من واشنطن).
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count, pageIds as counted } from './bundled-test-pack';

describe('bundled pack: the country beside the sunset prayer (ar-blind19-074)', () => {
  it('counts the country named by its side on a recipe page with the prayer', () => {
    expect(
      count(
        'morocco',
        'لا تكتمل مائدة الإفطار في شمال المغرب من دون الحريرة.',
        'أضيفي الدقيق قبل أذان المغرب بربع ساعة.',
      ),
    ).toBe(1);
  });

  it('counts nothing on a prayer page', () => {
    expect(count('morocco', 'يرفع أذان المغرب في السادسة.', 'ومن فاتته صلاة المغرب فليصلها في بيته.')).toBe(0);
  });
});

describe('bundled pack: Egypt’s Western Desert and the oil company (ar-blind19-026, ar-blind19-068)', () => {
  it('counts no territory on an oil page of Egypt’s desert', () => {
    expect(
      count(
        'western-sahara',
        '«أباتشي» تحفر ثلاث آبار استكشافية جديدة «بالصحراء الغربية»',
        'تعتزم شركة أباتشي الأمريكية للبترول حفر ثلاث آبار في منطقة شرق البحرية بالصحراء الغربية.',
      ),
    ).toBe(0);
    expect(count('western-sahara', 'وقعت الهيئة اتفاقية امتياز في منطقة أبو الغراديق بالصحراء الغربية.')).toBe(0);
  });

  it('still counts the territory beside oil and water words of its own', () => {
    expect(count('western-sahara', 'احتجت جبهة البوليساريو على التنقيب عن النفط قبالة سواحل الصحراء الغربية.')).toBe(1);
    expect(count('western-sahara', 'تعهد المبعوث بدعم حفر آبار المياه في مدن الصحراء الغربية.')).toBe(1);
  });

  it('counts no helicopter in a market list, and the helicopter beside its maker’s shares', () => {
    expect(
      count(
        'ah-64-apache',
        'زادت مخزونات الخام في الولايات المتحدة، وارتفعت واردات الصين.',
        'أسهم الشركات: - «أباتشي»: +2.1% بعد إعلان اكتشاف جديد - شيفرون: +0.5%',
      ),
    ).toBe(0);
    expect(count('ah-64-apache', 'تسلم الجيش المغربي دفعة جديدة من مروحيات أباتشي، فيما ارتفعت أسهم شركة بوينغ.')).toBe(
      1,
    );
  });
});

describe('bundled pack: the Sahara desert beside a western region (ar-blind19-078, self-review)', () => {
  const counts = (...blocks: string[]): [number, number] => {
    const ids = counted(...blocks);
    return [ids.filter((x) => x === 'sahara-desert').length, ids.filter((x) => x === 'western-sahara').length];
  };

  it('counts the bare name as the desert where the page named the desert and a western region', () => {
    expect(
      counts(
        'موجة حر',
        'تتأثر البلاد بهواء ساخن قادم من الصحراء الكبرى.',
        'ويتوقع أن تهب رياح جافة من الصحراء على المناطق الغربية.',
      ),
    ).toEqual([2, 0]);
    expect(
      counts(
        'رحلة',
        'عبرنا الصحراء الكبرى من تمنراست.',
        'كانت الصحراء صامتة في الليل، وفي الصباح عبرنا الحدود الغربية.',
      ),
    ).toEqual([2, 0]);
    expect(
      counts(
        'الطقس | نشرة إنذارية',
        'موجة حر وغبار قادمة من الصحراء الكبرى',
        'مصحوبة بتطاير الغبار بفعل كتلة هوائية قادمة من الصحراء. ويشمل الإنذار أيضا المناطق الغربية من الجزائر.',
      ),
    ).toEqual([2, 0]);
  });

  it('still counts the territory named in full or by its conflict on such a page', () => {
    expect(counts('أخبار', 'موجة حر من الصحراء الكبرى.', 'سياسة: جدد المغرب دعمه للحكم الذاتي في الصحراء.')).toEqual([
      1, 1,
    ]);
    expect(counts('ملف الصحراء في مجلس الأمن', 'ناقش المجلس تقرير الأمين العام حول الصحراء الغربية.')).toEqual([0, 2]);
  });
});

describe('bundled pack: the ribat and the cities’ people (ar-blind19-018, ar-blind19-071)', () => {
  it('counts no city for a ribat, and the city beside Tunisian towns', () => {
    expect(count('rabat', 'داخل المدينة العتيقة يستقبلك الرباط، وهو حصن بني في القرن الثامن.')).toBe(0);
    expect(count('rabat', 'بني رباط سوسة في القرن الثالث الهجري، ويقع الرباط قرب الجامع الكبير.')).toBe(0);
    expect(count('rabat', 'قصبة الأوداية في الرباط، وهي حصن موحدي، تطل على أبي رقراق.')).toBe(1);
    expect(count('rabat', 'وصل الرئيس التونسي إلى الرباط، وهو أول رئيس يزور المغرب منذ سنوات.')).toBe(1);
  });

  it('counts no government for researchers from its capital, and the government for its officials', () => {
    expect(count('united-states', 'ندوة الأسبوع بحضور باحثين من الرباط وواشنطن.')).toBe(0);
    expect(count('united-states', 'جاء باحثون من موسكو وواشنطن إلى الجامعة.')).toBe(0);
    expect(count('united-states', 'قال مسؤولون من الرباط وواشنطن إن المناورات المقبلة ستشمل تمارين بحرية.')).toBe(1);
    expect(count('united-states', 'شارك في الاجتماع ممثلون عن الرباط وواشنطن.')).toBe(1);
  });
});

describe('bundled pack: the review of these rules (mend19ar)', () => {
  it('counts the territory beside oil words, and no territory beside Egypt’s fields and operators', () => {
    expect(count('western-sahara', 'ملف الصحراء الغربية ملف سياسي بامتياز، كما قال المبعوث الأممي.')).toBe(1);
    expect(
      count('western-sahara', 'الاتحاد الأوروبي والصحراء الغربية: حكم المحكمة بشأن امتيازات الصيد والفوسفات.'),
    ).toBe(1);
    expect(count('western-sahara', 'المكتب الوطني للهيدروكاربورات يمنح رخصة استكشافية جديدة في الصحراء الغربية.')).toBe(
      1,
    );
    expect(
      count('western-sahara', 'ترسية مناطق امتياز جديدة في الصحراء الغربية ضمن المزايدة العالمية لهيئة البترول.'),
    ).toBe(0);
    expect(count('western-sahara', 'امتياز أباتشي في الصحراء الغربية ينتج 150 ألف برميل يوميا.')).toBe(0);
    expect(count('western-sahara', 'رفعت شركة أباتشي إنتاجها من الغاز في الصحراء الغربية.')).toBe(0);
  });

  it('counts the government whose teams come from its capital', () => {
    expect(
      count('united-states', 'تعهدت واشنطن بتسليم منظومات هيمارس للمغرب، وستصل فرق من واشنطن لتدريب الجنود المغاربة.'),
    ).toBe(2);
    expect(
      count(
        'united-states',
        'أرسلت القيادة الأمريكية في إفريقيا فرقا من واشنطن إلى الرباط لتقييم منظومة الدفاع الجوي.',
      ),
    ).toBe(1);
  });

  it('counts the city welcoming and beside its landmarks, and no city for a Tunisian fort', () => {
    expect(count('rabat', 'يستقبل الرباط الأسبوع المقبل القمة الإفريقية للأمن السيبراني.')).toBe(1);
    expect(count('rabat', 'صلى الملك الجمعة في مسجد حسان بالرباط، وهو معلم شهير.')).toBe(1);
    expect(count('rabat', 'يستقبلك الرباط بأسواره العالية وبرج المراقبة الذي يطل على البحر في سوسة.')).toBe(0);
  });

  it('counts the helicopter after a count, and the company’s share move or trade as none', () => {
    // The firm's trade after its name is pack data (otherSenses of the helicopter).
    expect(count('ah-64-apache', 'أعلنت أباتشي للنفط أرباحها.')).toBe(0);
    expect(count('ah-64-apache', 'قالت أباتشي الأمريكية للبترول إن الإنتاج ارتفع.')).toBe(0);
    expect(count('ah-64-apache', 'أباتشي الأمريكية تصل إلى المغرب لتعزيز سلاح الجو.')).toBe(1);
    expect(count('ah-64-apache', 'تعليق على الصورة: أباتشي -64 المغربية في قاعدة سيدي سليمان.')).toBe(1);
    expect(
      count(
        'ah-64-apache',
        'نشرة الأسواق: أباتشي +3.1%.',
        'وفي الأخبار العسكرية، وصلت أباتشي إلى قاعدة سيدي سليمان لتعزيز سلاح الجو المغربي.',
      ),
    ).toBe(1);
  });

  it('counts the country by its side, not the prayer’s span or call beside it', () => {
    expect(count('morocco', 'أذان المغرب في وجدة 18:12، وهي أول مدينة يؤذن فيها للمغرب في شرق المغرب.')).toBe(1);
    expect(count('morocco', 'أذان المغرب في تطوان بشمال المغرب.', 'ويمتد الصيام من الفجر إلى المغرب.')).toBe(1);
    // The span and the call are pack phrases (otherSenses); a journey's end or a gift is the country.
    expect(count('morocco', 'في شمال المغرب نصوم من الفجر حتى المغرب قرابة خمس عشرة ساعة.')).toBe(1);
    expect(count('morocco', 'سافر الوفد من الجزائر إلى المغرب.')).toBe(1);
    expect(count('morocco', 'قدمت واشنطن دعما للمغرب.')).toBe(1);
  });
});
