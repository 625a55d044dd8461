import { describe, expect, it } from 'vitest';
import { cityList, ligamentNear, oasis, prussia } from './arabic-neighbours';
import { isProcliticLetter, isWordChar } from './boundaries';
import { foldString, normalise } from './normalise';

/**
 * The folded text and the first mention of `word` in it (the last one with `last`): [chars, tok, s, e]
 * (tok before its proclitics).
 */
function at(text: string, word: string, last = false): [Uint16Array, number, number, number] {
  const folded = normalise(text).text;
  const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
  const w = foldString(word);
  let s = last ? folded.lastIndexOf(w) : folded.indexOf(w);
  // the first mention that ends a word
  while (s >= 0 && s + w.length < folded.length && isWordChar(chars[s + w.length]!)) s = folded.indexOf(w, s + 1);
  let tok = s;
  while (tok > 0 && isWordChar(chars[tok - 1]!) && isProcliticLetter(chars[tok - 1]!)) tok--;
  return [chars, tok, s, s + w.length];
}

const isPrussia = (text: string, last = false): boolean => {
  const [chars, tok, s, e] = at(text, 'روسيا', last);
  return prussia(chars, chars.length, tok, s, e);
};

describe('prussia: بروسيا as a state, not بـ + روسيا', () => {
  it('reads Prussia where the ب cannot be a preposition', () => {
    expect(isPrussia('انضمت النمسا لبروسيا بعد شهرين.')).toBe(true);
    expect(isPrussia('ولد كانط في بروسيا الشرقية.')).toBe(true);
    expect(isPrussia('توج فريدريك الأول ملكاً على عرش بروسيا.')).toBe(true);
    expect(isPrussia('هزم الفرنسيون جيوش بروسيا قرب يينا.')).toBe(true);
  });

  it('reads Prussia in a sentence of its age: Russia beside it, its names, a year up to 1871', () => {
    expect(isPrussia('تحالفت بروسيا والنمسا وروسيا ضد فرنسا.')).toBe(true);
    expect(isPrussia('خاض بسمارك ثلاث حروب قادت بروسيا إلى الوحدة.')).toBe(true);
    expect(isPrussia('ثارت الأقاليم بروسيا في عام 1848 مطالبة بدستور.')).toBe(true);
  });

  it('leaves بـ + روسيا "in Russia" alone, a later year too, and روسيا without ب', () => {
    expect(isPrussia('التقى الوزير أفراد الجالية المغربية المقيمة بروسيا.')).toBe(false);
    expect(isPrussia('وصل أول فوج من الطلبة المغاربة للدراسة بروسيا عام 1978.')).toBe(false);
    expect(isPrussia('ارتفع عدد المغاربة بروسيا من 1500 إلى 1800 طالب.')).toBe(false);
    expect(isPrussia('أكد نابليون الثالث أن روسيا لن تتدخل.')).toBe(false);
  });

  it('reads Russia as Prussia’s neighbour only in the same و-list, not elsewhere in the sentence (review16 #2)', () => {
    expect(isPrussia('تحالفت روسيا والدولة العثمانية وبروسيا ضد فرنسا.', true)).toBe(true);
    expect(isPrussia('تعاونت الجزائر مع روسيا، وأشادت بروسيا كحليف تاريخي.', true)).toBe(false);
    expect(isPrussia('اتفقت بروسيا والدولة العثمانية وروسيا على الهدنة.')).toBe(true);
    expect(isPrussia('ترتبط الجزائر بعلاقات وثيقة بروسيا، وتعد روسيا أكبر مورد للسلاح إليها.')).toBe(false);
    expect(isPrussia('أشاد الرئيس تبون بروسيا، وقال إن روسيا شريك موثوق.')).toBe(false);
    expect(isPrussia('أشاد الرئيس تبون بروسيا وقال إن روسيا شريك موثوق.')).toBe(false);
    expect(isPrussia('وقعت الجزائر اتفاقيات بروسيا وروسيا البيضاء.')).toBe(false);
  });

  it('reads a state noun after a copula as Prussia the kingdom (review16 #2)', () => {
    expect(isPrussia('كانت بروسيا مملكة ألمانية قوية في القرن الثامن عشر.')).toBe(true);
    expect(isPrussia('أصبحت بروسيا دولة عسكرية كبرى.')).toBe(true);
    expect(isPrussia('تعد بروسيا مملكة ألمانية بروتستانتية.')).toBe(true);
    expect(isPrussia('كان بروسيا آلاف الطلبة المغاربة قبل الحرب.')).toBe(false);
    expect(isPrussia('يقيم بروسيا مهندسون من دول عربية.')).toBe(false);
  });
});

const nearOasis = (text: string): boolean => {
  const [chars, , s, e] = at(text, 'الصحراء الغربية');
  return oasis(chars, chars.length, s, e);
};

describe("oasis: Egypt's Western Desert", () => {
  it('reads an oasis or a town of the desert in the sentence', () => {
    expect(nearOasis('تقع واحة سيوة في قلب الصحراء الغربية.')).toBe(true);
    expect(nearOasis('دليلك إلى واحات الصحراء الغربية')).toBe(true);
    expect(nearOasis('تمتد الصحراء الغربية من غرب النيل إلى الحدود الليبية.')).toBe(true);
  });

  it('leaves Western Sahara’s sentences alone: Dakhla the city, Egypt’s stance, another sentence’s oasis', () => {
    expect(nearOasis('تقع مدينة الداخلة في الصحراء الغربية على ساحل المحيط الأطلسي.')).toBe(false);
    expect(nearOasis('جددت مصر دعمها لموقف المغرب من الصحراء الغربية.')).toBe(false);
    expect(nearOasis('زار الوفد واحة سيوة. ثم ناقش ملف الصحراء الغربية في القاهرة.')).toBe(false);
  });

  it('reads the Nile only as the desert’s bound (من النيل، غرب النيل), not a river named beside (review16 #7)', () => {
    expect(nearOasis('تمتد الصحراء الغربية من النيل حتى الحدود الليبية.')).toBe(true);
    expect(
      nearOasis('اجتمع وزير الخارجية بنظيره المغربي، وأكدت مصر موقفها من الصحراء الغربية ودعت إلى حل على ضفاف النيل.'),
    ).toBe(false);
    expect(nearOasis('ناقش الوزيران ملف الصحراء الغربية ومياه النيل.')).toBe(false);
  });

  it('reads no oil word as its field: Western Sahara news has them too (ar-blind19-026, mend19ar)', () => {
    // Its fields go by their names (pack otherSenses), or by Egypt's adjective.
    expect(nearOasis('حفرت الشركة المصرية بئرا استكشافية في الصحراء الغربية.')).toBe(true);
    expect(nearOasis('المكتب الوطني للهيدروكاربورات يمنح رخصة استكشافية جديدة في الصحراء الغربية.')).toBe(false);
    expect(nearOasis('الاتحاد الأوروبي والصحراء الغربية: حكم المحكمة بشأن امتيازات الصيد والفوسفات.')).toBe(false);
    expect(nearOasis('ندوة في الرباط حول الاستثمارات البترولية والمعدنية في الصحراء الغربية والأقاليم الجنوبية.')).toBe(
      false,
    );
    expect(
      nearOasis('أعلنت الشركة البريطانية عن نتائج بئرها الاستكشافية في الصحراء الغربية، وقالت إن الرباط جددت الرخصة.'),
    ).toBe(false);
    expect(nearOasis('تقرير مجلس الأمن حول الصحراء الغربية يشير إلى امتيازات استكشافية منحت في المناطق البحرية.')).toBe(
      false,
    );
    expect(nearOasis('ملف الصحراء الغربية ملف سياسي بامتياز، كما قال المبعوث الأممي.')).toBe(false);
    expect(nearOasis('الصحراء الغربية وجهة سياحية بامتياز لعشاق ركوب الأمواج.')).toBe(false);
    expect(nearOasis('تعهد المبعوث بدعم حفر آبار المياه في مدن الصحراء الغربية.')).toBe(false);
    expect(nearOasis('احتجت البوليساريو على التنقيب عن النفط قبالة الصحراء الغربية.')).toBe(false);
  });

  it("reads Egypt's adjective anywhere in the sentence, not its name (mend18ar)", () => {
    expect(nearOasis('تحطم طائرة تدريب عسكرية مصرية في الصحراء الغربية ونجاة الطيار.')).toBe(true);
    expect(nearOasis('مقتل عناصر إرهابية في اشتباك بالصحراء الغربية، وفق بيان وزارة الداخلية المصرية.')).toBe(true);
    expect(nearOasis('وجددت مصر دعمها لموقف المغرب من نزاع الصحراء الغربية أمام مجلس الأمن.')).toBe(false);
  });
});

const operation = (w: string): boolean => ['جراحة', 'لجراحة', 'عملية', 'لعملية'].map((x) => foldString(x)).includes(w);
const ligament = (text: string): boolean => {
  const [chars, tok, s, e] = at(text, 'الرباط');
  return ligamentNear(chars, chars.length, tok, s, e, operation);
};

describe('ligamentNear: the ligament after surgery and في, with الصليبي near', () => {
  it('reads the ligament when الصليبي stands near, in the headline before too', () => {
    expect(ligament('الصليبي يضرب من جديد.. ثالث لاعب يخضع لجراحة في الرباط هذا الشهر.')).toBe(true);
    expect(ligament('أكدت الفحوص القطع الكامل، وسيخضع لعملية في الرباط الأسبوع المقبل لإصلاح الصليبي.')).toBe(true);
  });

  it('leaves the city alone: without الصليبي, after ب, or after another word than a surgery', () => {
    expect(ligament('سيخضع اللاعب لجراحة في الرباط يوم الخميس.')).toBe(false);
    expect(ligament('تعرض لقطع في الصليبي، وسيخضع لجراحة بالرباط.')).toBe(false);
    expect(ligament('يقيم المنتخب معسكره في الرباط بعد إصابة مهاجمه في الصليبي.')).toBe(false);
  });
});

describe('cityList: the capital coordinated with another Moroccan city', () => {
  const list = (text: string): boolean => {
    const [chars, , , e] = at(text, 'الرباط');
    return cityList(chars, chars.length, e);
  };

  it('reads الرباط وسلا and الرباط والدار البيضاء, not a coordinated noun', () => {
    expect(list('حضور جماهيري كبير من الرباط وسلا.')).toBe(true);
    expect(list('رحلات يومية بين الرباط والدار البيضاء.')).toBe(true);
    expect(list('يقوى الرباط والود بين الأسر.')).toBe(false);
    expect(list('وصل الوفد إلى الرباط، وسلا الوزير عن همومه.')).toBe(false);
  });
});
