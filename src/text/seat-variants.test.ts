import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { buildMatcher, createPageState } from './matcher';
import { foldString } from './normalise';
import { decidePage } from './page-evidence';
import type { Pack } from './pack-types';
import { seatVariants } from './seat-variants';

const variants = (alias: string): string[] => seatVariants(foldString(alias));

describe('seatVariants', () => {
  it('writes a seat after a separate preposition with each other one', () => {
    const v = variants('السفارة الأمريكية في الرباط');
    for (const form of [
      'السفارة الأمريكية لدى الرباط',
      'السفارة الأمريكية بالرباط',
      'السفارة الأمريكية بالعاصمة الرباط',
    ])
      expect(v).toContain(foldString(form));
    expect(v).toContain(foldString('السفارة الأمريكية في العاصمة الرباط'));
  });

  it('reads an attached ب or لل as the seat, and writes ل before the article as لل', () => {
    expect(variants('السفارة الأمريكية بالمغرب')).toContain(foldString('السفارة الأمريكية لدى المغرب'));
    expect(variants('السفارة الأمريكية بالمغرب')).toContain(foldString('السفارة الأمريكية للمغرب'));
    expect(variants('القيادة الأمريكية لإفريقيا')).toContain(foldString('القيادة الأمريكية الخاصة بإفريقيا'));
  });

  it('offers the capital noun only before a name with the article', () => {
    expect(variants('القيادة الأمريكية في إفريقيا')).not.toContain(foldString('القيادة الأمريكية بالعاصمة إفريقيا'));
  });

  it('leaves a name without a seat, or a ب that is the word’s own, alone', () => {
    expect(variants('مناورات الأسد الإفريقي')).toEqual([foldString('مناورات الأسد الإفريقي')]);
    expect(variants('قاعدة جوية بنجرير')).toEqual([foldString('قاعدة جوية بنجرير')]);
    expect(variants('في الرباط')).toEqual([foldString('في الرباط')]);
  });
});

describe('the seat in the bundled pack (red team 17, class J)', () => {
  const matcher = buildMatcher([bundled as unknown as Pack]);
  const found = (text: string): string[] => decidePage(matcher.find(text, createPageState()), (_m, id) => id).sort();

  it('counts the embassy once, not its seat again', () => {
    expect(found('أعلنت السفارة الأمريكية لدى الرباط تعيين ملحق عسكري جديد.')).toEqual(['us-embassy-morocco']);
    expect(found('نظمت السفارة الأمريكية بالعاصمة الرباط ندوة حول ريادة الأعمال.')).toEqual(['us-embassy-morocco']);
    expect(found('قالت سفارة الولايات المتحدة في العاصمة الرباط إن القنصلية تعمل بشكل عادي.')).toEqual([
      'us-embassy-morocco',
    ]);
    expect(found('أعلنت سفارة الولايات المتحدة لدى المغرب عن برنامج منح.')).toEqual(['us-embassy-morocco']);
    expect(found('أصدرت القيادة الأمريكية الخاصة بإفريقيا بيانا حول التمرين.')).toEqual(['africom']);
  });

  it('still counts a seat that is no part of the story’s names', () => {
    expect(found('أعلنت السفارة الأمريكية في العاصمة المغربية عن مسابقة للشباب.')).toEqual(['us-embassy-morocco']);
    expect(found('افتتح مكتب الاتصال الإسرائيلي بالعاصمة الرباط مقرا جديدا.')).toEqual(['rabat']);
    expect(found('أعلنت السفارة الفرنسية لدى المغرب عن منح للدراسة.')).toEqual(['morocco']);
    expect(found('عقدت القيادة الأمريكية الخاصة بأوروبا اجتماعا لقادة الأساطيل.')).toEqual([]);
  });
});
