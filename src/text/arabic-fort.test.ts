import { describe, expect, it } from 'vitest';
import { other } from './test-arabic-cue';

describe('arabicShapeCue: masculine agreement on a feminine place name', () => {
  const rabat = (text: string): boolean => other(text, 'الرباط', ['feminine']);

  it('reads a masculine relative, copula or nisba adjective as the common noun', () => {
    expect(rabat('وصف الكاتب الصداقة بأنها الرباط الذي لا ينقطع بين الجيران.')).toBe(true);
    expect(rabat('وكان الرباط يستقبل الفرسان القادمين من المدن الساحلية.')).toBe(true);
    expect(rabat('أصيب اللاعب في الرباط الصليبي خلال المباراة الأخيرة.')).toBe(true);
    expect(rabat('يرى الباحث أن الرباط الأسري يتغير مع انتقال الأبناء إلى المدن.')).toBe(true);
    expect(rabat('ظل الرباط قائماً على الشاطئ قروناً.')).toBe(true);
    expect(rabat('يبقى الرباط بين الجيران أقوى من الخلاف.')).toBe(true);
    // The fort: a hosting verb with its object, or a building's noun after a masculine pronoun (ar-blind19-018).
    expect(rabat('داخل المدينة العتيقة يستقبلك الرباط، وهو حصن بني في القرن الثامن.')).toBe(true);
    expect(rabat('يقف الرباط، وهو حصن من القرن الثاني للهجرة، على الشاطئ.')).toBe(true);
    expect(rabat('ويستقبلكم الرباط بأسواره العالية.')).toBe(true);
    // The city: feminine, or a visitor's حال after it.
    expect(rabat('تستقبلك الرباط بأسوارها، وهي مدينة هادئة.')).toBe(false);
    expect(rabat('زار الوزير الرباط، وهو أول مسؤول يزورها هذا العام.')).toBe(false);
    expect(rabat('ويحتضن الرباط صيفاً عروض مهرجان المدينة.')).toBe(true);
    expect(rabat('ويضم الرباط اليوم قاعات للخزف.')).toBe(true);
  });

  it('reads nothing into feminine agreement, datelines, objects or a construct head', () => {
    expect(rabat('تراهن الرباط على شراكتها مع واشنطن.')).toBe(false);
    expect(rabat('كانت الرباط أول عاصمة تستقبل الوفد.')).toBe(false);
    expect(rabat('تحتضن الرباط القمة الإفريقية المقبلة.')).toBe(false);
    expect(rabat('واستضاف المغرب في الرباط القمة.')).toBe(false);
    expect(rabat('الرباط التي استضافت القمة تستعد لزيارة جديدة.')).toBe(false);
    expect(rabat('وصل الوفد إلى الرباط الخميس الماضي.')).toBe(false);
    expect(rabat('افتتح مهرجان الرباط الدولي دورته الجديدة.')).toBe(false);
    expect(rabat('هبطت الطائرة في مطار الرباط الدولي صباحاً.')).toBe(false);
    expect(rabat('قالت الرباط، الدولة المضيفة، إن القمة ناجحة.')).toBe(false);
  });

  it('reads the nisba after a preposition or a proclitic, which cannot head a construct', () => {
    expect(rabat('تحدث الطبيب عن الرباط الصليبي وطرق علاجه.')).toBe(true);
    expect(rabat('اهتم الفقهاء بالرباط الجهادي في الثغور.')).toBe(true);
    expect(rabat('سافرت للرباط الأسبوع الماضي.')).toBe(false);
  });

  it('reads a فعيل adjective followed by بين as the bond between two', () => {
    expect(rabat('تحدث الواعظ عن الرباط الوثيق بين الأم وأبنائها.')).toBe(true);
    expect(rabat('يظل الرباط المتين بين أبناء الحي أقوى من الخلافات.')).toBe(true);
    expect(rabat('استقبلت الرباط الوزير بين جولتين في المنطقة.')).toBe(false);
    expect(rabat('عقد في الرباط الخميس بين الوفدين اجتماع مطول.')).toBe(false);
    expect(rabat('قالت إن الرباط المتين أساس الأسرة.')).toBe(false);
    expect(rabat('افتتح ملعب الرباط الجديد بين مدينتين.')).toBe(false);
  });

  it('reads the nisba after a feminine construct head, which it cannot qualify', () => {
    expect(rabat('تعافى المدافع من إصابة الرباط الصليبي بعد ستة أشهر.')).toBe(true);
    expect(rabat('شارك الوفد في دورة الرباط الدولية للسلام.')).toBe(false);
  });

  it('reads a welcoming verb as the fort only with its walls after the name (mend19ar)', () => {
    expect(rabat('يستقبلك الرباط بأسواره العالية وبرج المراقبة الذي يطل على البحر في سوسة.')).toBe(true);
    // Travel and event prose gives the city the masculine verb too.
    expect(rabat('يستقبل الرباط الأسبوع المقبل القمة الإفريقية للأمن السيبراني.')).toBe(false);
    expect(rabat('يستقبلك الرباط بشوارعه النظيفة وحدائقه الواسعة، عاصمة المملكة المغربية.')).toBe(false);
    expect(rabat('يستقبلكم الرباط يا أهل الخليج بكل حفاوة في معرض الكتاب.')).toBe(false);
    expect(rabat('يستقبلنا الرباط كل صيف بمهرجاناته وشواطئه.')).toBe(false);
    expect(rabat('يستقبل الرباط الأسبوع المقبل اجتماع اللجنة العسكرية المغربية الأمريكية بحضور قائد أفريكوم.')).toBe(
      false,
    );
    expect(rabat('يستقبل الرباط ضيوفه هذا العام في مهرجان موازين الذي تنظمه جمعية مغرب الثقافات.')).toBe(false);
  });

  it('reads a building after a place preposition or العاصمة as the landmark before, not the fort (mend19ar)', () => {
    expect(
      rabat('رباط المنستير من أقدم المعالم الإسلامية في تونس، ويعد الرباط، وهو حصن بني في القرن الثامن، مزارا سياحيا.'),
    ).toBe(true);
    expect(rabat('يقع ضريح محمد الخامس في الرباط، وهو معلم تاريخي يزوره السياح.')).toBe(false);
    expect(rabat('صومعة حسان في الرباط، وهو برج غير مكتمل يعود إلى عهد الموحدين.')).toBe(false);
    expect(rabat('يوجد مقر القيادة الإقليمية في الرباط، وهو مبنى محصن قرب القصر.')).toBe(false);
    expect(rabat('افتتح المسرح الكبير في الرباط، وهو صرح معماري صممته زها حديد.')).toBe(false);
    expect(rabat('صلى الملك الجمعة في مسجد حسان بالرباط، وهو معلم شهير.')).toBe(false);
    expect(rabat('متحف محمد السادس للفن الحديث في الرباط، وهو صرح ثقافي بارز، استضاف معرضا أمريكيا.')).toBe(false);
    expect(rabat('صومعة حسان بالعاصمة الرباط، وهو برج لم يكتمل.')).toBe(false);
    // معلم is also a teacher: a visitor's حال.
    expect(rabat('زار الرئيس الرباط، وهو معلم للأجيال في السياسة كما يصفه أنصاره.')).toBe(false);
  });
});

describe('arabicShapeCue: ما زال and لا يزال, masculine copulas (red team 17, class A)', () => {
  const fort = (text: string): boolean => other(text, 'الرباط', ['feminine']);

  it('reads the fort or the bond after the masculine forms', () => {
    expect(fort('في الحي القديم بالمهدية، ما زال الرباط شاهدا على زمن الغزوات البحرية.')).toBe(true);
    expect(fort('لا يزال الرباط القديم قائما على الساحل.')).toBe(true);
  });

  it('leaves the city after the feminine forms', () => {
    expect(fort('ما زالت الرباط تستقبل الوفود المشاركة في المنتدى.')).toBe(false);
    expect(fort('لا تزال الرباط تحتضن اجتماعات اللجنة العسكرية.')).toBe(false);
  });
});

describe("arabicShapeCue: the fort located in another country's town", () => {
  const fort = (text: string): boolean => other(text, 'الرباط', ['elsewhere']);

  it('reads a ribat town or Malta after ب or في, wherever the name stands', () => {
    expect(fort('صعدنا درج البرج الدائري في الرباط بسوسة قبل الظهر.')).toBe(true);
    expect(fort('يعد الرباط بسوسة من أقدم الحصون القائمة.')).toBe(true);
    expect(fort('افتتح معرض داخل الرباط في المنستير.')).toBe(true);
    expect(fort('تجولنا في الرباط بالمنستير صباحاً.')).toBe(true);
    expect(fort('قضينا يوماً في الرباط بمالطا قبل العودة إلى فاليتا.')).toBe(true);
  });

  it('reads nothing into a verb of linking or بين before the name (rev22c)', () => {
    expect(fort('خط جوي مباشر يربط الرباط بالمنستير ابتداء من يونيو.')).toBe(false);
    expect(fort('رحلة أسبوعية تربط الرباط بسوسة في موسم الصيف.')).toBe(false);
    expect(fort('تتنافس الشركات على الخط الجديد بين الرباط بسوسة.')).toBe(false);
  });

  it("reads nothing into another country's name: a verb's ب-object, Rabat's envoys and headlines (rev22c)", () => {
    expect(fort('ندد وزير الخارجية المغربي في الرباط بالجزائر واتهمها بدعم البوليساريو.')).toBe(false);
    expect(fort('رحب المسؤول الأمريكي في الرباط بقطر شريكا في مشاريع التنمية.')).toBe(false);
    expect(fort('شارك في الاجتماع ممثلون عن الرباط في مالي والنيجر.')).toBe(false);
    expect(fort('حضر مسؤولون من الرباط في القاهرة اجتماع الجامعة العربية.')).toBe(false);
    expect(fort('الرباط في باريس: أيام ثقافية مغربية في العاصمة الفرنسية')).toBe(false);
    expect(fort('قال سفير الرباط في تونس إن التعاون يتقدم.')).toBe(false);
  });

  it('reads nothing into Morocco, its towns or a noun after the city', () => {
    expect(fort('ولدت في الرباط بالمغرب عام 1970.')).toBe(false);
    expect(fort('انطلقت في الرباط بمشاركة ضباط أمريكيين دورة تدريبية.')).toBe(false);
    expect(fort('عقد الاجتماع في الرباط بحضور الوزير.')).toBe(false);
    expect(fort('يقيم في الرباط في حي أكدال.')).toBe(false);
    expect(fort('سافر من الرباط إلى سوسة بالطائرة.')).toBe(false);
  });
});

describe('arabicShapeCue: a negated masculine verb after a particle (mend22c)', () => {
  const rabat = (text: string): boolean => other(text, 'الرباط', ['feminine']);

  it('reads the common noun, masculine after لا, لم or لن', () => {
    expect(rabat('قال الخطيب إن الرباط لا يقتصر على حراسة الحدود.')).toBe(true);
    expect(rabat('وبين الشيخ أن الرباط لم يقتصر على الثغور وحدها.')).toBe(true);
  });

  it('reads nothing into the city, feminine after the negation, nor an impersonal verb', () => {
    expect(rabat('قال الوزير إن الرباط لا تقبل المساومة على وحدتها الترابية.')).toBe(false);
    expect(rabat('أكد المتحدث أن الرباط لم تتلق أي طلب رسمي.')).toBe(false);
    expect(rabat('يرى المحللون أن الرباط لا يمكن أن تتخلى عن شركائها.')).toBe(false);
    expect(rabat('وأوضح الدليل أن الرباط لا يفصلها عن سلا سوى نهر أبي رقراق.')).toBe(false);
  });
});
