import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence';

describe('sentenceAround: the sentence around a name, read by code unit', () => {
  /** The same reading by expressions on one-character strings, as it was written first. */
  const byExpressions = (text: string, start: number, end: number): [number, number] => {
    const ends = (i: number): boolean => {
      if (text.charCodeAt(i) !== 0x2e) return true;
      let w = i;
      while (w > 0 && /\p{L}/u.test(text[w - 1]!)) w--;
      return i - w > 1 ? !['dr', 'gen', 'st'].includes(text.slice(w, i).toLowerCase()) : i === w;
    };
    let lo = start;
    while (
      lo > Math.max(0, start - 200) &&
      !/[\n\r]/u.test(text[lo - 1]!) &&
      !(/\s/u.test(text[lo - 1]!) && /[.!?…]/u.test(text[lo - 2]!) && ends(lo - 2))
    )
      lo--;
    let hi = end;
    while (
      hi < Math.min(text.length, end + 200) &&
      !/[\n\r]/u.test(text[hi]!) &&
      !(/[.!?…]/u.test(text[hi]!) && /\s/u.test(text[hi + 1] ?? ' ') && ends(hi))
    )
      hi++;
    return [lo, hi];
  };

  it('ends at a stop, !, ? or … before white space of any kind, or a line break, as the expressions did', () => {
    const parts = [
      'Rabat',
      'a',
      ' ',
      '.',
      '!',
      '?',
      '…',
      '\n',
      '\r',
      '\u00a0',
      '\u3000',
      '\t',
      'Dr',
      'Gen',
      'x.',
      'الرباط',
      '،',
    ];
    let seed = 7;
    const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let t = 0; t < 3000; t++) {
      let text = '';
      for (let k = rand(40); k >= 0; k--) text += parts[rand(parts.length)];
      const start = rand(text.length + 1);
      const end = Math.min(text.length, start + rand(6));
      expect(sentenceAround(text, start, end), JSON.stringify([text, start, end])).toEqual(
        byExpressions(text, start, end),
      );
    }
  });
});
