import { describe, expect, it } from 'vitest';
import { other } from './test-arabic-cue';

describe('arabicShapeCue: a company of the weapon’s name (ar-blind19-026, ar-blind19-068)', () => {
  const firm = (text: string): boolean => other(text, 'أباتشي', ['company']);

  it('reads a firm’s noun or its shares before it, its trade after it, or a share’s move', () => {
    expect(firm('تعتزم شركة أباتشي الأمريكية للبترول حفر ثلاث آبار.')).toBe(true);
    expect(firm('ارتفع سهم أباتشي في بورصة نيويورك.')).toBe(true);
    expect(firm('تراجعت أسهم أباتشي بعد النتائج.')).toBe(true);
    expect(firm('- «أباتشي»: +2.1% بعد إعلان اكتشاف جديد')).toBe(true);
    expect(firm('أباتشي −0.8%')).toBe(true);
  });

  it('reads the helicopter’s uses as no company', () => {
    expect(firm('تسلم المغرب أولى مروحيات أباتشي من شركة بوينغ.')).toBe(false);
    expect(firm('حلقت أباتشي فوق القاعدة: 6 مروحيات في التشكيل.')).toBe(false);
    expect(firm('صفقة أباتشي - 24 مروحية للقوات الملكية الجوية.')).toBe(false);
    expect(firm('أباتشي الأمريكية تصل إلى المغرب.')).toBe(false);
  });

  it('reads a move only with a decimal or a percent, not a count after the sign (mend19ar)', () => {
    expect(firm('نشرة الأسواق: أباتشي +3.1%.')).toBe(true);
    expect(firm('أباتشي: +3%')).toBe(true);
    expect(firm('تعليق على الصورة: أباتشي -64 المغربية في قاعدة سيدي سليمان.')).toBe(false);
    expect(firm('جدول: أباتشي -24 وحدة (المغرب)، -36 وحدة (بولندا).')).toBe(false);
    expect(firm('مروحيات: أباتشي -6 في المخزن و+18 في طور التسليم.')).toBe(false);
  });
});

describe('arabicShapeCue: a listed firm named after the desert (ar-lex23-060)', () => {
  const firm = (text: string): boolean => other(text, 'الصحراء', ['firm']);

  it('reads a firm’s noun or its shares before it as the firm', () => {
    expect(firm('قاد سهم الصحراء مكاسب القطاع هذا الأسبوع.')).toBe(true);
    expect(firm('وكانت شركة الصحراء للبتروكيماويات قد أعلنت خطة اندماج.')).toBe(true);
  });

  it('reads the desert crossed by a firm’s trucks, or its firms there, as no firm', () => {
    expect(firm('تعبر شاحنات الشركة الصحراء في ثلاثة أيام.')).toBe(false);
    expect(firm('تنشط شركات التعدين في الصحراء منذ عقود.')).toBe(false);
  });

  it('reads the place’s own firms or shares, in the plural, as no firm (rev23c)', () => {
    expect(firm('تستفيد شركات الصحراء من حوافز ضريبية جديدة.')).toBe(false);
    expect(firm('تعهدت واشنطن بدعم شركات الصحراء الناشئة.')).toBe(false);
    expect(firm('قال المسؤول إن أسهم الصحراء ارتفعت بعد القرار.')).toBe(false);
    expect(other('ارتفعت أسهم أباتشي في بورصة نيويورك.', 'أباتشي', ['company'])).toBe(true);
  });
});
