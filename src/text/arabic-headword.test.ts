import { describe, expect, it } from 'vitest';
import { arabicHeadword } from './arabic-headword';
import { isProcliticLetter, isWordChar } from './boundaries';
import { foldString, normalise } from './normalise';

/** Whether the first mention of `word` in `text` (with its proclitics) is written as a word. */
const headword = (text: string, word: string): boolean => {
  const folded = normalise(text).text;
  const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
  const w = foldString(word);
  const s = folded.indexOf(w);
  let tok = s;
  while (tok > 0 && isWordChar(chars[tok - 1]!) && isProcliticLetter(chars[tok - 1]!)) tok--;
  return arabicHeadword(chars, chars.length, tok, s, s + w.length);
};

describe('arabicHeadword: a name written about as a word (ar-blind19-080)', () => {
  it('reads a disambiguation title and the sentence that lists the meanings', () => {
    expect(headword('الساحل (توضيح)', 'الساحل')).toBe(true);
    expect(headword('الساحل(توضيح)', 'الساحل')).toBe(true);
    expect(headword('قد تشير كلمة الساحل إلى:', 'الساحل')).toBe(true);
    expect(headword('وقد يشير الرباط إلى عدة معان:', 'الرباط')).toBe(true);
    expect(headword('يشير مصطلح الصحراء إلى:', 'الصحراء')).toBe(true);
    expect(headword('يمكن أن يقصد بالساحل:', 'الساحل')).toBe(true);
    expect(headword('ويراد بالصحراء في هذه الصفحة:', 'الصحراء')).toBe(true);
  });

  it('reads the entries and the story’s uses as no headword', () => {
    expect(headword('- منطقة الساحل، الحزام شبه القاحل جنوب الصحراء الكبرى.', 'الساحل')).toBe(false);
    expect(headword('تصاعد العنف في الساحل (مالي والنيجر) منذ عقد.', 'الساحل')).toBe(false);
    // A country pointing something out is an actor, not a word.
    expect(headword('ويشير المغرب إلى أن المقترح واقعي.', 'المغرب')).toBe(false);
    expect(headword('تشير الرباط إلى أن الحوار ممكن.', 'الرباط')).toBe(false);
    // A name after a word noun but no verb of referring, or a بـ after another verb.
    expect(headword('حملت السفينة اسم الرباط إلى الميناء.', 'الرباط')).toBe(false);
    expect(headword('يحتفل بالمغرب كل عام.', 'المغرب')).toBe(false);
    expect(headword('وصلت القافلة إلى الساحل إلى الجنوب.', 'الساحل')).toBe(false);
  });
});
