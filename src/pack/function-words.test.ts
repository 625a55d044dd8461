import { describe, expect, it } from 'vitest';
import { foldString } from '../text/normalise';
import { isFunctionWord } from './function-words';

describe('function words left out of cue training', () => {
  it('knows closed-class words of the three languages, folded as features are', () => {
    for (const w of ['would', 'But', 'told', 'ce', 'Qui', 'après', 'عام', 'وقال', 'التي', 'أيضا'])
      expect(isFunctionWord(foldString(w)), w).toBe(true);
  });
  it('knows weekdays and months: the day a story is dated tells its register, not a sense', () => {
    for (const w of ['Monday', 'sunday', 'December', 'lundi', 'décembre', 'الاثنين', 'الخميس', 'ديسمبر', 'أغسطس'])
      expect(isFunctionWord(foldString(w)), w).toBe(true);
  });
  it('knows units of time: "five minutes from Rabat" says how far, not which Rabat', () => {
    for (const w of ['minutes', 'Hour', 'heures', 'minute', 'دقائق', 'ساعة'])
      expect(isFunctionWord(foldString(w)), w).toBe(true);
  });
  it('knows Arabic function words with their clitics and article, and numerals', () => {
    for (const w of ['وفي', 'بان', 'وان', 'اليوم', 'واليوم', 'أكثر', 'ثلاث', 'خمسة'])
      expect(isFunctionWord(foldString(w)), w).toBe(true);
    for (const w of ['الله', 'العشاء', 'والمغرب', 'بالرباط']) expect(isFunctionWord(foldString(w)), w).toBe(false);
  });
  it('leaves content words, and drops tokens with digits (years, counts)', () => {
    for (const w of ['helicopter', 'hélicoptère', 'tribe', 'مروحية', 'القبيلة', 'software'])
      expect(isFunctionWord(foldString(w)), w).toBe(false);
    for (const w of ['2020', '١٩٧٥', 'ah64']) expect(isFunctionWord(foldString(w)), w).toBe(true);
  });
});
