import { describe, expect, it } from 'vitest';
import { other } from './test-arabic-cue';

describe('arabicShapeCue: another corps of the name, or the story’s by its present clause (ar-lex23-020, ar-lex23-021)', () => {
  const older = (text: string): boolean => other(text, 'فيلق أفريقيا', ['era']);
  const story = (text: string): boolean => other(text, 'فيلق أفريقيا', ['present']);

  it('reads an early year in its sentence, or a game’s faction governing it, as another corps', () => {
    expect(older('في ربيع 1863 شكل الجنرال بانكس في لويزيانا فيلق أفريقيا من أفواج السود.')).toBe(true);
    expect(older('يحتفظ الأرشيف بسجلات فيلق أفريقيا التي تعود إلى عام ١٨٦٥.')).toBe(true);
    expect(older('في الطور الجماعي يختار اللاعب بين فصيل الحلفاء وفصيل فيلق أفريقيا.')).toBe(true);
  });

  it('reads no other corps without an early year, or where its clause names Russia, Wagner or the Sahel', () => {
    expect(older('وصل عناصر من فيلق أفريقيا إلى بوركينا فاسو في يناير 2024.')).toBe(false);
    expect(older('منذ استقلال مالي عام 1960 لم تعرف البلاد قوة بحجم فيلق أفريقيا الروسي.')).toBe(false);
    expect(older('قبل 1990 لم يكن أحد يتوقع أن يحل فيلق أفريقيا محل فاغنر.')).toBe(false);
    expect(older('وفي لعبة النفوذ هذه صار فيلق أفريقيا اللاعب الأبرز في مالي.')).toBe(false);
    expect(older('يضم فيلق أفريقيا 12000 عنصر بحسب التقديرات.')).toBe(false); // a count, not a year
  });

  it('reads the story’s present in the clause from the comma before it to the sentence’s end', () => {
    expect(story('بعد هزيمة فيلق رومل في برقة، عاد اسم فيلق أفريقيا إلى ليبيا، لكن مع وحدات روسية.')).toBe(true);
    expect(story('يعلن فيلق أفريقيا عن تجنيد مقاتلين سابقين في فاغنر.')).toBe(true);
    expect(story('مع وحدات روسية في الشرق، عاد اسم فيلق أفريقيا إلى الواجهة.')).toBe(false);
    expect(story('عاد اسم فيلق أفريقيا إلى الواجهة. وحلت وحدات روسية محل الأولى.')).toBe(false);
  });
});

describe('arabicShapeCue: a year as a year is written, and the clause past an incise (rev23c)', () => {
  const older = (text: string): boolean => other(text, 'فيلق أفريقيا', ['era']);
  const story = (text: string): boolean => other(text, 'فيلق أفريقيا', ['present']);

  it('reads an early year after a year’s word, a month, between, a bracket, or with م', () => {
    expect(older('صدر كتاب عن معارك القارة بين 1940 و1943 استنزفت فيلق أفريقيا.')).toBe(true);
    expect(older('فيلق أفريقيا (1941-1943) كان قوة ألمانية.')).toBe(true);
    expect(older('وصل فيلق أفريقيا إلى طرابلس في فبراير 1941.')).toBe(true);
    expect(older('وصل فيلق أفريقيا إلى طرابلس 1941م.')).toBe(true);
  });

  it('reads no year in a count of troops, money or distance, nor in a Hijri date', () => {
    expect(older('وصل نحو 1500 عنصر من فيلق أفريقيا إلى المطار.')).toBe(false);
    expect(older('وصل ١٥٠٠ عنصر من فيلق أفريقيا إلى المطار.')).toBe(false);
    expect(older('دفعت الحكومة 1900 مليون فرنك لفيلق أفريقيا.')).toBe(false);
    expect(older('قطعت قافلة فيلق أفريقيا 1200 كيلومتر في الصحراء.')).toBe(false);
    expect(older('قتل ثلاثة من عناصر فيلق أفريقيا في كمين، وفق بيان صدر في رمضان 1445 هـ.')).toBe(false);
    expect(older('تقرير 12 رمضان 1445: اشتبك فيلق أفريقيا مع مسلحين.')).toBe(false);
  });

  it('reads the Sahel’s states, its towns and today as the story’s present, past an incise’s comma', () => {
    expect(story('أرسلت روسيا، عبر فيلق أفريقيا، 1500 مقاتل.')).toBe(true);
    expect(story('في البلاد، التي نالت استقلالها عام 1960، يسيطر فيلق أفريقيا اليوم على المناجم.')).toBe(true);
    expect(story('يحرس فيلق أفريقيا منشآت حكومية في باماكو.')).toBe(true);
    expect(older('على غرار فيلق رومل، يسعى فيلق أفريقيا اليوم في عام 1941 إلى التمدد.')).toBe(false);
    expect(story('مع وحدات روسية، عاد فيلق أفريقيا إلى الواجهة، كما قيل.')).toBe(false);
  });
});
