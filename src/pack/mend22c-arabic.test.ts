/**
 * mend22c: the review of fix22c (rev22c) read as whole pages.
 * - الرباط the capital beside ثغرة (a security gap, folded like ثغره "his post"): no longer a rabat veto; the
 *   devotional gloss keeps ملازمة (keeping to one's post or to devotion) and its masculine verb (arabic-fort.ts).
 * - فاغنر the group with Mali beside it, and بايرويت elsewhere in its sentence: the festival's town is no
 *   veto; the composer's operas, wife and house still are.
 * - لانجلي beside a feminine verb that agrees with another noun (namesakes.ts): the general.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: the capital beside a security gap, the ribat in its devotional gloss', () => {
  it('counts the city beside ثغرة or ثغره and beside another country after ب or في (rev22c)', () => {
    expect(count('rabat', 'قال مسؤول أمريكي إن الرباط كشفت ثغرة أمنية في نظام الاتصالات العسكري.')).toBe(1);
    expect(count('rabat', 'أعلنت وزارة الداخلية في الرباط عن سد ثغره أمنيه في الحدود الشرقية.')).toBe(1);
    expect(count('rabat', 'ندد وزير الخارجية المغربي في الرباط بالجزائر واتهمها بدعم البوليساريو.')).toBe(1);
    expect(count('rabat', 'تستعد الخطوط الملكية المغربية لإطلاق خط جوي مباشر يربط الرباط بالمنستير.')).toBe(1);
  });

  it('counts no city in the gloss of the devotional term', () => {
    expect(count('rabat', 'فذلكم الرباط، وفسر العلماء الرباط هنا بملازمة الطاعة، كما يلازم المرابط ثغره.')).toBe(0);
    expect(count('rabat', 'قال الخطيب إن الرباط لا يقتصر على الحدود، فالمرابط الحق من صبر على ثغره.')).toBe(0);
    expect(count('rabat', 'من صور الرباط عند أهل السلوك ملازمة المسجد بعد الصلاة.')).toBe(0);
    expect(count('rabat', 'زرنا الرباط بسوسة، وهو حصن بناه الأغالبة على الساحل التونسي.')).toBe(0);
  });
});

describe('bundled pack: the group in Mali beside the festival of Bayreuth (rev22c)', () => {
  it('counts the bare name with Mali beside it', () => {
    expect(
      count(
        'wagner-group',
        'Wagner Group fighters remain in Mali, the UN said.',
        'وقالت الأمم المتحدة إن فاغنر لا تزال في مالي، بينما يستعد مهرجان بايرويت لافتتاح دورته.',
      ),
    ).toBe(2);
    expect(
      count('wagner-group', 'بينما كانت الأضواء مسلطة على مهرجان بايرويت، كانت فاغنر تعزز مواقعها في شمال مالي.'),
    ).toBe(1);
  });

  it('counts no group for the composer by his operas, wife or house', () => {
    expect(count('wagner-group', 'افتتح مهرجان بايرويت دورته بعرض «بارسيفال»، آخر أعمال فاغنر.')).toBe(0);
    expect(count('wagner-group', 'تزوج فاغنر من كوزيما ابنة ليست، وعاشا في فيلا فانفريد في بايرويت.')).toBe(0);
  });
});

describe('bundled pack: the general beside a feminine verb of another noun (rev22c)', () => {
  it('counts the lone surname as the construct’s second term or at a time clause’s end', () => {
    const full = 'استقبل المغرب الجنرال مايكل لانجلي قائد القيادة الأمريكية في إفريقيا.';
    expect(count('michael-langley', full, 'زيارة لانجلي كانت مناسبة لبحث التعاون العسكري.')).toBe(2);
    expect(count('michael-langley', full, 'في عهد لانجلي كانت أفريكوم تركز على الساحل.')).toBe(2);
    expect(count('michael-langley', full, 'هل ترى لانجلي مناسبا لقيادة أفريكوم مرة أخرى؟')).toBe(2);
  });

  it('counts the agency where the name opens its clause', () => {
    expect(
      count('michael-langley', 'زار الجنرال مايكل لانجلي المغرب.', 'وقال ضابط سابق إن لانجلي كانت تحصل على الصور.'),
    ).toBe(1);
  });
});
