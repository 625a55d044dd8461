/**
 * Pack entries for the Arabic red-team classes of issue 17 (eval dev passages `ar-fix17-*`): the US
 * recognition with the administration as the verbal noun's agent (اعتراف الإدارة الأمريكية بسيادة المغرب
 * على صحرائه) or as a possessive pronoun (اعترافها …, decided by its clause's subject: event-agent.ts),
 * each kept apart from another country’s recognition, and Morocco not counted inside the name; and
 * TOW among weapon systems (منظومات تاو), the plain word the Arabic required words lacked.
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { bundledMatcher as matcher } from './bundled-test-pack';

const ids = (text: string): string[] => decidePage(matcher.find(text, createPageState()), (_m, id) => id).sort();
const R = 'us-recognition-western-sahara';

describe('bundled pack: the US recognition in other words (red team 17, class K)', () => {
  it('finds it, and not Morocco inside it', () => {
    expect(ids('أكد المسؤول أن اعتراف الإدارة الأمريكية بسيادة المغرب على صحرائه قرار لا رجعة فيه.')).toEqual([R]);
    expect(ids('جددت الإدارة الأمريكية اعترافها بسيادة المغرب على صحرائه.')).toEqual([R]);
    expect(ids('ولم تتراجع الولايات المتحدة عن اعترافها بسيادة المغرب على الصحراء.')).toEqual(['united-states', R]);
  });

  it('leaves another country’s recognition to Morocco', () => {
    expect(ids('جددت إسرائيل اعترافها بسيادة المغرب على صحرائه خلال زيارة وزير خارجيتها.')).toEqual(['morocco']);
    expect(ids('أشاد البرلمان باعتراف الحكومة الفرنسية بسيادة المغرب على صحرائه.')).toEqual(['morocco']);
    expect(ids('وقال السفير الأمريكي إن فرنسا أعلنت اعترافها بسيادة المغرب على صحرائه.')).toEqual(['morocco']);
  });
});

describe('bundled pack: TOW named as weapon systems (red team 17, class N)', () => {
  it('finds the missile among its systems', () => {
    expect(ids('وافقت الإدارة الأمريكية على بيع المغرب منظومات تاو 2A.')).toEqual(['bgm-71-tow', 'morocco']);
    expect(ids('تسلمت القوات البرية دفعة جديدة من منظومات تاو الأمريكية.')).toEqual(['bgm-71-tow']);
  });

  it('leaves a system of values of the Tao alone', () => {
    expect(ids('تقوم منظومة القيم في فلسفة تاو على البساطة والانسجام مع الطبيعة.')).toEqual([]);
    // Review 17, R7: "system" elsewhere in the window is no weapon; only منظومة/منظومات تاو names it.
    expect(ids('المنظومة التعليمية في جزيرة تاو تعاني من نقص المعلمين.')).toEqual([]);
    expect(ids('كتاب تاو تي تشينغ يعرض منظومة فكرية كاملة.')).toEqual([]);
    expect(ids('منظومة الطاقة الشمسية في قرية تاو الصينية.')).toEqual([]);
    expect(ids('تسلم الجيش منظومة تاو الجديدة.')).toEqual(['bgm-71-tow']);
  });
});
