import { describe, expect, it } from 'vitest';
import { other } from './test-arabic-cue';

describe('arabicShapeCue: the sunset in a time-of-day frame', () => {
  const maghrib = (text: string): boolean => other(text, 'المغرب', ['timeOfDay']);

  it('reads a time preposition, a prayer or fast word, or a direction before it as the sunset', () => {
    expect(maghrib('يخرج الناس إلى الأسواق بعد المغرب في رمضان.')).toBe(true);
    expect(maghrib('وقبل المغرب بقليل امتلأت الساحة.')).toBe(true);
    expect(maghrib('أقيمت صلاة المغرب في المسجد الكبير.')).toBe(true);
    expect(maghrib('اقترب موعد المغرب فأسرع الصائمون إلى بيوتهم.')).toBe(true);
    expect(maghrib('غابت الشمس ناحية المغرب خلف التلال.')).toBe(true);
    expect(maghrib('لمع ضوء خافت في جهة المغرب فوق الحقول.')).toBe(true);
  });

  it('reads a prayer or time word behind its proclitics (لصلاة، بأذان، ولموعد) as the sunset', () => {
    expect(maghrib('وتوقفنا لصلاة المغرب في الطريق.')).toBe(true);
    expect(maghrib('بأذان المغرب ينتهي يوم الصيام.')).toBe(true);
    expect(maghrib('يستعد الصائمون لموعد المغرب بتحضير التمر.')).toBe(true);
    expect(maghrib('وبعد صلاة المغرب تناولنا العشاء.')).toBe(true);
    // A proclitic on a word that is no prayer word leaves the country (بلاد, لدول are not frames).
    expect(maghrib('وصل الوفد إلى بلاد المغرب أمس.')).toBe(false);
    expect(maghrib('قدمت واشنطن لبعثة المغرب الدعم.')).toBe(false);
  });

  it('reads the prayer as the subject of missing (فاتته), not a country that misses a chance', () => {
    expect(maghrib('ومن فاتته المغرب لعذر قضاها قبل العشاء.')).toBe(true);
    expect(maghrib('فاتت المغرب فرصة التأهل إلى النهائي.')).toBe(false);
  });

  it('reads another of the five prayers coordinated with it as the sunset', () => {
    expect(maghrib('يجمع المسافر بين المغرب والعشاء.')).toBe(true);
    expect(maghrib('صلى الظهر والعصر والمغرب في الطريق.')).toBe(true);
  });

  it('reads nothing into a place preposition, a proclitic preposition or a country coordinated with it', () => {
    expect(maghrib('وصل الوفد إلى المغرب أمس.')).toBe(false);
    expect(maghrib('تتعاون الولايات المتحدة مع المغرب منذ قرون.')).toBe(false);
    expect(maghrib('أقام بعد ذلك بالمغرب سنوات.')).toBe(false);
    expect(maghrib('تدهورت العلاقات بين المغرب والجزائر.')).toBe(false);
    expect(maghrib('حدد المجلس موعد صلاة العيد في المغرب.')).toBe(false);
  });

  it('reads a verb of praying or of the call to prayer before it, or before its subject, as the prayer', () => {
    expect(maghrib('وبعد أن صلوا المغرب في المسجد عادوا إلى الفندق.')).toBe(true);
    expect(maghrib('قال إن المسافر يصلي المغرب ثلاث ركعات.')).toBe(true);
    expect(maghrib('صلى الوفد المغرب جماعة ثم تناول العشاء.')).toBe(true);
    expect(maghrib('يؤذن المغرب في الرباط اليوم عند السادسة.')).toBe(true);
    expect(maghrib('ثم صلّينا المغرب على الرصيف.')).toBe(true);
  });

  it('reads nothing into a prayer verb across a preposition, nor into وصلوا or أدى (reached, played)', () => {
    expect(maghrib('صلى الرئيس الجمعة في المغرب خلال زيارته.')).toBe(false);
    expect(maghrib('صلى الوفد في المغرب صلاة العيد.')).toBe(false);
    expect(maghrib('وصلوا المغرب أمس عبر ميناء طنجة.')).toBe(false);
    expect(maghrib('فصلت المغرب عن جيرانه حدود مغلقة.')).toBe(false);
    expect(maghrib('أدى المغرب دوراً في الوساطة.')).toBe(false);
    expect(maghrib('لم يؤخر المغرب رده على القرار.')).toBe(false);
    // Written alike: they pray / they arrive.
    expect(maghrib('يصلون المغرب بعد رحلة طويلة عبر البحر.')).toBe(false);
    expect(maghrib('تصلون المغرب مساء الغد.')).toBe(false);
  });

  it('reads a clock time right after it, as a prayer timetable writes, as the prayer', () => {
    expect(maghrib('الظهر 11:59 ص، العصر 3:29 م، المغرب 6:10 م، العشاء 7:28 م.')).toBe(true);
    expect(maghrib('الرباط: العصر 16:12، المغرب 18:49، العشاء 20:07.')).toBe(true);
    expect(maghrib('المغرب: 18:55')).toBe(true);
    expect(maghrib('المغرب | 18:55')).toBe(true);
    expect(maghrib('العصر ٠٣.١٦ م المغرب ٠٥.٣٨ م العشاء ٠٧.٠٨ م')).toBe(true);
  });

  it('reads a timetable column or a prayer on both sides, in a list or a row, as the prayer', () => {
    expect(maghrib('الصلوات المفروضة خمس: الفجر، الظهر، العصر، المغرب، العشاء.')).toBe(true);
    expect(maghrib('التاريخ اليوم الفجر الشروق الظهر العصر المغرب العشاء')).toBe(true);
    expect(maghrib('الظهر | العصر | المغرب | العشاء')).toBe(true);
  });

  it('reads nothing into one prayer-like word on one side only', () => {
    expect(maghrib('في هذا العصر، المغرب شريك رئيسي.')).toBe(false);
    expect(maghrib('قبل العشاء، المغرب وقّع الاتفاق.')).toBe(false);
    expect(maghrib('العصر المغرب الحديث')).toBe(false);
  });

  it('reads nothing into a score, a decimal number or a time elsewhere in the sentence', () => {
    expect(maghrib('فاز المغرب 3:0 على ضيفه.')).toBe(false);
    expect(maghrib('صدّر المغرب 2.35 مليون طن من الفوسفات.')).toBe(false);
    expect(maghrib('وصل الوفد إلى المغرب عند الساعة 18:30.')).toBe(false);
  });

  it('reads nothing into جهة (on the part of) nor صوب (towards): the country', () => {
    expect(maghrib('أبدى الوفد من جهة المغرب استعداده للحوار.')).toBe(false);
    expect(maghrib('وهناك، ومن جهة المغرب، تعهد بمواصلة الدعم.')).toBe(false);
    expect(maghrib('أما من ناحية المغرب فقد رحبت الحكومة بالمبادرة.')).toBe(false);
    expect(maghrib('اتجهت القافلة صوب المغرب عبر المعبر الحدودي.')).toBe(false);
  });
});
