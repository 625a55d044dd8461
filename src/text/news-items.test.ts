import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './country-table';
import { parseCountries } from './countries';
import { NewsItems } from './news-items';
import type { Evidenced } from './page-evidence';
import { RUBRIC_WORDS } from './rubric-words';

const items = new NewsItems(parseCountries(COUNTRIES), RUBRIC_WORDS);
const rubricOf = (block: string): string | null => items.rubricOf(block)?.rubric ?? null;
const aside = (block: string): boolean | undefined => items.rubricOf(block)?.aside;

describe('news-items: the rubric a digest item opens with', () => {
  it('reads a section rubric and a colon, in English, French (a space before it) and Arabic', () => {
    expect(rubricOf('Sport: Anderson scored 31 points.')).toBe('sport');
    expect(rubricOf('DEFENCE: Gen. Dagvin Anderson said…')).toBe('defence');
    expect(rubricOf('Économie : la croissance ralentit.')).toBe('économie');
    expect(rubricOf('رياضة: روبرت أندرسون يكرم')).toBe('رياضة');
    expect(rubricOf('• Weather: rain.')).toBe('weather');
    expect(rubricOf('الشأن الدولي: أكد الوزير')).not.toBeNull();
  });

  it("reads a country's name from the country table as a rubric", () => {
    expect(rubricOf('Spain: Madrid hosts NATO talks.')).toBe('spain');
    expect(rubricOf('Maroc : Rabat signe un contrat.')).toBe('maroc');
    expect(rubricOf('الأرجنتين: أعلن ميلي حزمة جديدة')).not.toBeNull();
    expect(rubricOf('MOROCCO: US Marines land at Tan-Tan.')).toBe('morocco');
  });

  it("tells another world's sections (aside) from the story's", () => {
    expect(aside('Sport: Langley scored twice.')).toBe(true);
    expect(aside('Culture : la romancière Langley.')).toBe(true);
    expect(aside('الطقس: أمطار على الساحل')).toBe(true);
    expect(aside('Diplomacy: Langley also met Bourita.')).toBe(false);
    expect(aside('دفاع: زار الجنرال مايكل لانجلي الرباط')).toBe(false);
    expect(aside('Morocco: Gen. Anderson is expected in Rabat.')).toBe(false);
  });

  it('opens no item with a dateline, an editorial label, a fact sheet field or a speaker', () => {
    for (const block of [
      'RABAT: General Michael Langley met Moroccan officers.',
      'STUTTGART: Gen. Dagvin Anderson took command.',
      'Rabat : Langley a ensuite vu les FAR.',
      'الرباط: وصل لانجلي إلى العاصمة المغربية',
      'Update: Langley later flew to Dakar.',
      "Editor's note: Langley will return in June.",
      'Photo: Langley with Moroccan officers.',
      'Lire aussi : Langley défend African Lion',
      'اقرأ أيضا: لانجلي يدافع عن المناورات',
      'تحديث: وصل الجنرال مايكل لانجلي',
      'Size: About 7,000 troops.',
      'Who: General Michael Langley',
      'Lieu : devant l’ambassade des États-Unis',
      'Contact: The US Embassy',
      'Interviewer: Did General Michael Langley visit Rabat?',
      'Langley: Africom will stay in the Sahel',
      'Training: Langley visited the Tan-Tan area.',
    ])
      expect(rubricOf(block), block).toBeNull();
  });

  it("reads a bare bullet as running text (a story's key points)", () => {
    expect(rubricOf('• Anderson replaces Langley.')).toBeNull();
    expect(rubricOf('- Anderson replaces Langley.')).toBeNull();
  });

  it('marks the matches of a text that opens an item, and those its item argues against as aside', () => {
    const matches: Evidenced[] = [{ entityId: 'dagvin-anderson', sense: 'after' }];
    items.mark('Sport: Anderson scored.', matches);
    expect(matches).toEqual([{ entityId: 'dagvin-anderson', sense: 'after', rubric: 'sport', aside: true }]);
    const story: Evidenced[] = [{ entityId: 'michael-langley', sense: 'after' }];
    items.mark('Diplomacy: Langley also met Bourita.', story);
    expect(story).toEqual([{ entityId: 'michael-langley', sense: 'after', rubric: 'diplomacy' }]);
    // A vote against its entity in the item itself (another bearer's words): the item argues against it.
    const voted: Evidenced[] = [
      { entityId: 'michael-langley', sense: 'after' },
      { entityId: 'michael-langley', sense: 'rejected' },
      { entityId: 'africom' },
    ];
    items.mark('Diplomacy: Langley United…', voted);
    expect(voted.map((m) => m.aside)).toEqual([true, true, undefined]);
    const running: Evidenced[] = [{ entityId: 'dagvin-anderson' }];
    items.mark('Anderson scored.', running);
    expect(running).toEqual([{ entityId: 'dagvin-anderson' }]);
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
