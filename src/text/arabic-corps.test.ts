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
    expect(story('مع وحدات روسية في الشرق، عاد اسم فيلق أفريقيا إلى ليبيا.')).toBe(false);
    expect(story('عاد اسم فيلق أفريقيا إلى ليبيا. وحلت وحدات روسية محل الأولى.')).toBe(false);
  });
});
