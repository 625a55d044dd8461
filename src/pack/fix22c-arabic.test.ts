/**
 * fix22c: Arabic error classes of the lexicographer's blind sample (lex22), read as whole pages.
 * - الرباط as a ribat in another country's town (الرباط بسوسة: arabic-fort.ts, `elsewhere`) and as the
 *   devotional term, whose gloss names the one who keeps it and his post (المرابط، ثغره: pack vetoes).
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: the ribat of another country and the devotional term (ar-lex22-050, ar-lex22-051)', () => {
  it('counts no city for a fort in a Tunisian town', () => {
    expect(count('rabat', 'صعدنا درج البرج الدائري في الرباط بسوسة، ومن السطح يظهر الجامع الكبير.')).toBe(0);
    expect(count('rabat', 'افتتحت الوزارة معرضا داخل الرباط في المنستير.')).toBe(0);
  });

  it('counts no city in a gloss of the devotional term', () => {
    expect(count('rabat', 'فذلكم الرباط، وفسر العلماء الرباط هنا بملازمة الطاعة، كما يلازم المرابط ثغره.')).toBe(0);
    expect(count('rabat', 'قال الخطيب إن الرباط لا يقتصر على الحدود، فالمرابط الحق من صبر على ثغره.')).toBe(0);
  });

  it('counts the city beside its own country, a noun after it, or its envoy abroad', () => {
    expect(
      count('rabat', 'ولدت الباحثة في الرباط بالمغرب، ودرست التاريخ في جامعة محمد الخامس.', 'ثم درست رباط المنستير.'),
    ).toBe(1);
    expect(count('rabat', 'قال سفير الرباط في تونس إن مناورات الأسد الإفريقي ستشهد مشاركة تونسية.')).toBe(1);
    expect(count('rabat', 'انطلقت في الرباط بمشاركة ضباط من أفريكوم دورة حول الأمن البحري.')).toBe(1);
    expect(count('rabat', 'في الرباط، يحرص المصلون على انتظار الصلاة بعد الصلاة طوال رمضان.')).toBe(1);
  });
});
