import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { gVariants } from './g-variants';
import { buildMatcher, createPageState } from './matcher';
import { foldString } from './normalise';
import { decidePage } from './page-evidence';
import type { Pack } from './pack-types';

describe('gVariants', () => {
  it('spells a g as غ, ج, ق and, as in the Maghreb, ك', () => {
    const v = gVariants(foldString('فاغنر'));
    for (const form of ['فاغنر', 'فاجنر', 'فاقنر', 'فاكنر']) expect(v).toContain(foldString(form));
  });

  it('reads no ك as a g: a real k keeps its one spelling', () => {
    expect(gVariants(foldString('أفريكوم'))).toEqual([foldString('أفريكوم')]);
  });
});

describe('the Maghrebi g in the bundled pack (red team 17, class N)', () => {
  const matcher = buildMatcher([bundled as unknown as Pack]);
  const found = (text: string): string[] => decidePage(matcher.find(text, createPageState()), (_m, id) => id);

  it('finds the group written with ك', () => {
    expect(found('تتهم فرنسا مرتزقة فاكنر الروس بتأجيج الأوضاع في مالي.')).toContain('wagner-group');
  });

  it('keeps the composer and the footballer so spelled apart', () => {
    expect(found('استمع الجمهور إلى مقطوعة للموسيقار فاكنر في دار الأوبرا.')).toEqual([]);
    expect(found('سجل لاعب الوسط فاكنر هدفين في مباراة الأمس.')).toEqual([]);
  });
});
