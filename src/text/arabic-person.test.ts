import { describe, expect, it } from 'vitest';
import { other } from './test-arabic-cue';

describe('arabicShapeCue: a person in apposition', () => {
  const wagner = (text: string): boolean => other(text, 'فاغنر', ['person']);

  it('reads a role noun, or a nationality used as a noun, right before the name as a person', () => {
    expect(wagner('عاد المهاجم فاغنر إلى ناديه السابق على سبيل الإعارة.')).toBe(true);
    expect(wagner('قاد الأوركسترا عملاً للموسيقار فاغنر في افتتاح الموسم.')).toBe(true);
    expect(wagner('سجل البرازيلي فاغنر هدفين في مرمى الضيوف.')).toBe(true);
    expect(wagner('البرازيلي فاغنر يتصدر قائمة الهدافين.')).toBe(true);
    expect(wagner('تعاقد النادي مع المهاجم البرازيلي فاغنر لثلاثة مواسم.')).toBe(true);
  });

  it('reads nothing into a nationality qualifying a noun, a proclitic, or the group', () => {
    expect(wagner('واجه الجيش الأوكراني فاغنر في باخموت لأشهر.')).toBe(false);
    expect(wagner('اتهم المجتمع الدولي فاغنر بارتكاب انتهاكات في مالي.')).toBe(false);
    expect(wagner('قاتل الجيش المالي وفاغنر جنباً إلى جنب.')).toBe(false);
    expect(wagner('استعانت السلطات بالجيش الروسي فاغنر وغيره.')).toBe(false);
    expect(wagner('انسحب مقاتلو فاغنر من القاعدة.')).toBe(false);
    expect(wagner('قالت فاغنر في بيان إنها ستغادر البلاد.')).toBe(false);
  });

  it('reads a role behind one or two proclitics, or لل, and no word that cannot be definite', () => {
    expect(wagner('صفق الجمهور بحرارة للمهاجم فاغنر بعد الهدف.')).toBe(true);
    expect(wagner('أشاد المدرب بالمهاجم فاغنر بعد المباراة.')).toBe(true);
    expect(wagner('أشاد المدرب وبالمهاجم فاغنر الجمهور كله.')).toBe(true);
    expect(wagner('اجتمع وزير فاغنر بالضباط.')).toBe(false);
    expect(wagner('Le mercenaire فاغنر est parti.')).toBe(false);
  });
});

describe("arabicShapeCue: a work's author (red team 17, class E)", () => {
  const author = (text: string): boolean => other(text, 'فاغنر', ['work']);

  it('reads a piece of music or writing governing the name, or before من and it', () => {
    expect(author('عزفت فرقة البحرية الروسية مقطوعة من فاغنر خلال العرض العسكري.')).toBe(true);
    expect(author('اختار قائد الفرقة لحنا من فاغنر لافتتاح الاحتفال في موسكو.')).toBe(true);
    expect(author('استمع الضباط إلى ألحان فاغنر في الحفل.')).toBe(true);
  });

  it('leaves the group its members and its actions', () => {
    expect(author('قالت تقارير إن عناصر من فاغنر انتقلوا إلى ليبيا.')).toBe(false);
    expect(author('استعانت الحكومة بمقاتلين من فاغنر لتأمين الشمال.')).toBe(false);
    expect(author('تتواصل أعمال فاغنر في مالي.')).toBe(false);
    expect(author('حاصر مقاتلو فاغنر المدينة.')).toBe(false);
  });

  it('leaves the group its accounts, clips, editorials and boards, which a composer has too (review 17, R3)', () => {
    expect(author('تستعيد رواية فاغنر للأحداث في باخموت تفاصيل المعركة.')).toBe(false);
    expect(author('روايات فاغنر المتضاربة حول مقتل قائدها تثير الشكوك.')).toBe(false);
    expect(author('نشرت مقاطع من فاغنر تظهر مقاتلين في شمال مالي.')).toBe(false);
    expect(author('تداول ناشطون مقطعا من فاغنر يظهر إعدام مدنيين.')).toBe(false);
    expect(author('افتتاحية فاغنر على قناتها تتهم الجيش المالي بالتقصير.')).toBe(false);
    expect(author('لوحة فاغنر القيادية تضم قادة ميدانيين.')).toBe(false);
    expect(author('أدت الأوركسترا أوبرا فاغنر في ثلاث ليال.')).toBe(true);
    expect(author('عزفت الفرقة سيمفونية فاغنر في الختام.')).toBe(true);
    // A clip is a piece where its clause plays music, a video otherwise.
    expect(author('عزفت فرقة الجيش الأمريكي مقطعًا من فاغنر في حفل بواشنطن العاصمة.')).toBe(true);
    expect(author('قدمت الأوركسترا مقاطع فاغنر الشهيرة.')).toBe(true);
    expect(author('بثت قنوات مقربة مقاطع فاغنر المصورة من ساحة القتال.')).toBe(false);
    expect(author('عزفت الفرقة النشيد، ثم نشرت مقاطع من فاغنر تظهر المقاتلين.')).toBe(false);
  });
});
