import { describe, expect, it } from 'vitest';
import { markRubric, rubricOf } from './news-items';

describe('news-items: the rubric a digest item opens with', () => {
  it('reads a rubric and a colon, in English, French (a space before it) and Arabic', () => {
    expect(rubricOf('Sport: Anderson scored 31 points.')).toBe('sport');
    expect(rubricOf('DEFENCE: Gen. Dagvin Anderson said…')).toBe('defence');
    expect(rubricOf('Économie : la croissance ralentit.')).toBe('économie');
    expect(rubricOf('Le point du matin\u00a0: rien de neuf.')).toBeNull(); // four words: a sentence
    expect(rubricOf('La semaine\u00a0: rien de neuf.')).toBe('la semaine');
    expect(rubricOf('رياضة: روبرت أندرسون يكرم')).toBe('رياضة');
    expect(rubricOf('الأرجنتين: أعلن ميلي حزمة جديدة')).toBe('الأرجنتين');
    expect(rubricOf('• Weather: rain.')).toBe('weather');
  });

  it("reads a bare bullet as running text (a story's key points)", () => {
    expect(rubricOf('• Anderson replaces Langley.')).toBeNull();
    expect(rubricOf('- Anderson replaces Langley.')).toBeNull();
  });

  it('marks the matches of a text that opens an item, and only those', () => {
    const matches: { rubric?: string }[] = [{}, {}];
    markRubric('Sport: Anderson scored.', matches);
    expect(matches).toEqual([{ rubric: 'sport' }, { rubric: 'sport' }]);
    const running: { rubric?: string }[] = [{}];
    markRubric('Anderson scored.', running);
    expect(running).toEqual([{}]);
  });

  it("leaves running text, times, URLs and an interview's turns alone", () => {
    expect(rubricOf('Gen. Dagvin Anderson said on Tuesday that the drills would go on.')).toBeNull();
    expect(rubricOf('The general said three things: drones, money and time.')).toBeNull();
    expect(rubricOf('10:30 the convoy left Rabat.')).toBeNull();
    expect(rubricOf('https://example.org/anderson')).toBeNull();
    expect(rubricOf('-5 degrees in Ifrane tonight.')).toBeNull();
    expect(rubricOf('Q: General Langley, how many troops?')).toBeNull();
    expect(rubricOf('Réponse : plusieurs milliers.')).toBeNull();
    expect(rubricOf('سؤال: كم عدد الجنود؟')).toBeNull();
  });
});
