import { describe, expect, it } from 'vitest';
import { other } from './test-arabic-cue';

describe("arabicShapeCue: a treaty's own year", () => {
  const treaty = (text: string, word = 'معاهدة الصداقة'): boolean => other(text, word, ['dated'], [1786, 1787]);

  it("reads another year written as the treaty's own as another treaty", () => {
    expect(treaty('وقع السلطان عبد الرحمن معاهدة الصداقة لعام 1836 بعد انتهاء أجل الأولى.')).toBe(true);
    expect(treaty('ألغى السادات معاهدة الصداقة الموقعة عام 1971 مع موسكو.')).toBe(true);
    expect(treaty('أعيد التفاوض على معاهدة السلام والصداقة لسنة ١٧٩٦ مع طرابلس.', 'معاهدة السلام والصداقة')).toBe(true);
    expect(treaty('تراجع البلدان عن معاهدة الصداقة الموقعة في عام 1921.')).toBe(true);
    expect(treaty('والثانية هي معاهدة الصداقة المغربية الأمريكية لعام 1836 التي وقعها حفيده.')).toBe(true);
  });

  it("reads nothing into the entity's own year, a year of the sentence's event, or no year", () => {
    expect(treaty('تعد معاهدة الصداقة لعام 1786 أقدم معاهدة لم تنقطع.')).toBe(false);
    expect(treaty('تعد معاهدة الصداقة المغربية الأمريكية لعام 1786 الأقدم.')).toBe(false);
    expect(treaty('صادق الكونغرس على معاهدة الصداقة الموقعة عام 1787.')).toBe(false);
    expect(treaty('احتفل البلدان بذكرى معاهدة الصداقة عام 1987 في طنجة.')).toBe(false);
    expect(treaty('تبقى معاهدة الصداقة لعام بعد عام رمزاً للعلاقات.')).toBe(false);
    expect(treaty('وقّع المغرب معاهدة الصداقة، وبعد عام 1836 جددها.')).toBe(false);
  });
});

describe("arabicShapeCue: a treaty's parties", () => {
  const treaty = (text: string): boolean => other(text, 'معاهدة الصداقة', ['parties']);

  it('reads another country or capital as the first party after بين as another treaty', () => {
    expect(treaty('مدد البلدان معاهدة الصداقة بين روسيا والصين عشرين عاماً.')).toBe(true);
    expect(treaty('وقعت معاهدة الصداقة بين الهند والاتحاد السوفيتي في أغسطس.')).toBe(true);
    expect(treaty('جددت معاهدة الصداقة بين موسكو وبكين.')).toBe(true);
  });

  it("reads nothing into the story's parties, a pronoun, a noun or a word before بين", () => {
    expect(treaty('يحتفل البلدان بذكرى معاهدة الصداقة بين المغرب والولايات المتحدة.')).toBe(false);
    expect(treaty('تبقى معاهدة الصداقة بين البلدين أقدم معاهدة أمريكية.')).toBe(false);
    expect(treaty('جددت موسكو وبكين معاهدة الصداقة بينهما.')).toBe(false);
    expect(treaty('أبرمت معاهدة الصداقة مع روسيا بين الحربين.')).toBe(false);
    expect(treaty('عرضت معاهدة الصداقة بين الرباط وواشنطن في المعرض.')).toBe(false);
  });
});
