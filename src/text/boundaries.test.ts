import { describe, expect, it } from 'vitest';
import { arabicTokenStart, ArabicStart, rightOk } from './boundaries';
import { foldString } from './normalise';

/** The prefixes each kind of name may carry, written out (boundaries.ts: the proclitics and the article). */
const ALLOWED: Record<ArabicStart, readonly string[]> = {
  [ArabicStart.Bare]: [
    ...['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل'],
    ...['ال', 'بال', 'كال', 'لل', 'وال', 'وبال', 'وكال', 'ولل', 'فال', 'فبال', 'فكال', 'فلل'],
  ],
  [ArabicStart.Article]: ['', 'و', 'ف', 'ب', 'ك', 'وب', 'وك', 'فب', 'فك'],
  [ArabicStart.LamContracted]: ['ل', 'ول', 'فل'],
};

describe('arabicTokenStart: the proclitics an Arabic name may carry', () => {
  it('accepts exactly the allowed prefixes among every sequence of up to six proclitic letters', () => {
    const letters = [...'وفبكلا'];
    const name = foldString('مغرب');
    let sequences = [''];
    const all = [''];
    for (let n = 1; n <= 6; n++) {
      sequences = sequences.flatMap((q) => letters.map((l) => q + l));
      all.push(...sequences);
    }
    for (const kind of [ArabicStart.Bare, ArabicStart.Article, ArabicStart.LamContracted]) {
      const wrong = all.filter((prefix) => {
        const text = ` ${prefix}${name}`;
        const chars = Uint16Array.from(text, (c) => c.charCodeAt(0));
        const found = arabicTokenStart(chars, 1 + prefix.length, kind);
        return found !== (ALLOWED[kind].includes(prefix) ? 1 : -1);
      });
      expect(wrong, `kind ${kind}`).toEqual([]);
    }
  });

  it('rejects a name inside a longer word, and starts the token at the text start', () => {
    const chars = Uint16Array.from('سالمغرب والمغرب', (c) => c.charCodeAt(0));
    expect(arabicTokenStart(chars, 3, ArabicStart.Bare)).toBe(-1);
    expect(arabicTokenStart(chars, 11, ArabicStart.Bare)).toBe(8);
    expect(
      arabicTokenStart(
        Uint16Array.from('بمغرب', (c) => c.charCodeAt(0)),
        1,
        ArabicStart.Bare,
      ),
    ).toBe(0);
  });
});

describe('rightOk: a model designation in the plural', () => {
  const ends = (text: string, name: string): boolean => {
    const chars = Uint16Array.from(foldString(text), (c) => c.charCodeAt(0));
    return rightOk(chars, chars.length, foldString(text).indexOf(foldString(name)) + name.length);
  };

  it("ends a name that ends in a digit, or a letter after one, before a plural's s", () => {
    expect(ends('Morocco took its first six AH-64Es last month.', 'AH-64E')).toBe(true);
    expect(ends('four F-16s flew over Marrakech', 'F-16')).toBe(true);
    expect(ends('the first M142s arrived', 'M142')).toBe(true);
  });

  it('not a word going on, nor a name without a digit', () => {
    expect(ends('the FARs of the aviation agency', 'FAR')).toBe(false);
    expect(ends('AH-64Ess', 'AH-64E')).toBe(false);
    expect(ends('Moroccos', 'Morocco')).toBe(false);
  });
});
