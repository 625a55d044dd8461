import { describe, expect, it } from 'vitest';
import { closesQuote, opensQuote, pressTitleSets, quotedTitle } from './press-title';
import { ENGINE_WORDS, recordWords } from './engine-words';

const PRESS = pressTitleSets(recordWords(ENGINE_WORDS).press);

/** quotedTitle for the first `name` of `text`. */
const title = (text: string, name: string): boolean => {
  const at = text.indexOf(name);
  return quotedTitle(text, at, at + name.length, PRESS);
};

describe('quotedTitle', () => {
  it('takes a quoted name and press word for a publication or a channel (blind14)', () => {
    expect(title('وكشف مصدر في تصريحات خاصة لـ"المغرب اليوم" عن خطة', 'المغرب')).toBe(true);
    expect(title('بثت قناة «روسيا اليوم» مقابلة مع الوزير', 'روسيا')).toBe(true);
    expect(title('نقلت صحيفة «الجزائر نيوز» عن مصادرها', 'الجزائر')).toBe(true);
    expect(title('a column in “Morocco World News” on Friday', 'Morocco')).toBe(true);
  });

  it('leaves quoted sentences, unquoted words and scare quotes alone', () => {
    expect(title('وقال السفير إن «المغرب شريك لا غنى عنه» في إفريقيا.', 'المغرب')).toBe(false);
    expect(title('يشهد المغرب اليوم تحولات كبيرة', 'المغرب')).toBe(false);
    expect(title('وصف «المغرب» بالشريك', 'المغرب')).toBe(false);
    expect(title('«المغرب اليوم أقوى» قال الوزير', 'المغرب')).toBe(false);
  });

  it('reads a quoted "today" or "now" after a colon as speech, not a title (review14b)', () => {
    expect(title('وقال الوزير: "المغرب الآن" شريك أساسي للولايات المتحدة', 'المغرب')).toBe(false);
    expect(title('كتب المعلق: «المغرب اليوم» شريك لا غنى عنه لواشنطن', 'المغرب')).toBe(false);
    // Without the colon, or with another press word after it, still a title.
    expect(title('كتب المعلق في «المغرب اليوم» أن الشراكة قوية', 'المغرب')).toBe(true);
    expect(title('قالت صحيفة: «الجزائر نيوز» إن الوفد وصل', 'الجزائر')).toBe(true);
  });
});

describe('quotedTitle: a publication’s noun before the quoted name (ar-lex23-055)', () => {
  it('takes the name alone in quotes, or with up to two words, after a press noun for its title', () => {
    expect(title('أفادت يومية «الصحراء المغربية» أن المجلس صادق على التصميم.', 'الصحراء')).toBe(true);
    expect(title('ونقلت جريدة «الصحراء المغربية» عن مصادر مطلعة أن…', 'الصحراء المغربية')).toBe(true);
    expect(title('كما كتبت لصحيفة «الساحل» مقالات عن الصيد.', 'الساحل')).toBe(true);
    expect(title('قرأت في المجلة "المغرب" تحقيقا طويلا.', 'المغرب')).toBe(true);
  });

  it('leaves the place quoted after another noun, or a quoted headline after a press noun', () => {
    expect(title('تحدثت الصحيفة عن «الصحراء المغربية» باعتبارها أولوية.', 'الصحراء')).toBe(false);
    expect(title('نشرت صحيفة «الصحراء المغربية في قلب الشراكة الأمريكية» أمس.', 'الصحراء')).toBe(false);
    expect(title('ركز الخطاب على «الصحراء المغربية» والتنمية.', 'الصحراء')).toBe(false);
    expect(title('صحيفة الصباح: «الصحراء المغربية» أولوية.', 'الصحراء')).toBe(false);
  });

  it('leaves a quoted headline after a press noun, and what a paper writes or uses (rev23c)', () => {
    expect(title('عنونت الجريدة «المغرب ينتصر» على صفحتها الأولى.', 'المغرب')).toBe(false);
    expect(title('كتبت المجلة «المغرب شريك موثوق» على غلافها.', 'المغرب')).toBe(false);
    expect(title('طالع في عدد اليوم من الجريدة «واشنطن تدعم الرباط» بقلم مراسلنا.', 'واشنطن')).toBe(false);
    expect(title('نشرت الصحيفة «الصحراء مغربية» بالخط العريض.', 'الصحراء')).toBe(false);
    expect(title('يهمنا أن تستعمل الصحيفة «الصحراء المغربية» في مقالاتها.', 'الصحراء المغربية')).toBe(false);
    expect(title('خصصت المجلة «الساحل» ملفها للصيد البحري.', 'الساحل')).toBe(true);
    expect(title('تصدر جريدة «الصحراء» في العيون منذ سنوات.', 'الصحراء')).toBe(true);
  });
});

describe('opensQuote, closesQuote', () => {
  it('take the four marks each and no other code unit', () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => c);
    expect(units.filter(opensQuote)).toEqual([0x22, 0xab, 0x201c, 0x201e]);
    expect(units.filter(closesQuote)).toEqual([0x22, 0xbb, 0x201c, 0x201d]);
    expect(opensQuote(NaN) || closesQuote(NaN)).toBe(false); // charCodeAt past either end
  });
});
