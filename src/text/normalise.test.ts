import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldString, normalise } from './normalise';

const fold = (s: string): string => normalise(s).text;

describe('normalise: Latin and script-neutral', () => {
  it('case-folds and strips Latin diacritics', () => {
    expect(fold('Élysée Ça')).toBe('elysee ca');
    expect(fold('Straße Œuvre Æon Łódź')).toBe('strasse oeuvre aeon lodz');
  });
  it('maps typographic quotes, apostrophes and dashes to ASCII', () => {
    expect(fold('d’AFRICOM ‘x’ “y” «z» AH‑64 – —')).toBe(`d'africom 'x' "y" "z" ah-64 - -`);
  });
  it('maps every space to one U+0020 and collapses runs', () => {
    expect(fold('a\u00a0b\u2009c \n\t d')).toBe('a b c d');
  });
  it('reads an underscore as a space, as hashtags and slugs write one (#Western_Sahara)', () => {
    expect(fold('#القوات_المسلحة_الملكية #Western__Sahara')).toBe('#القوات المسلحه الملكيه #western sahara');
    const n = normalise('#Western_Sahara');
    expect(n.starts[8]).toBe(8); // the space is the underscore itself: offsets map back exactly
  });
  it('skips invisible characters', () => {
    expect(fold('AF\u00adRI\u200bCO\u200cM\u200d\u2060\ufeff')).toBe('africom');
  });
  it('applies compatibility folding (full-width, ligatures)', () => {
    expect(fold('ＡＦＲＩＣＯＭ ﬁ')).toBe('africom fi');
  });
  it('keeps case when asked (case-sensitive aliases)', () => {
    expect(foldString('TOW’s Émile', false)).toBe("TOW's Emile");
  });
});

describe('normalise: Arabic', () => {
  it('removes tashkeel and tatweel', () => {
    expect(fold('المَغْرِبُ')).toBe('المغرب');
    expect(fold('المغـــرب')).toBe('المغرب');
  });
  it('folds hamza carriers and wasla to bare alef', () => {
    expect(fold('أ إ آ ٱ')).toBe('ا ا ا ا');
    expect(fold('الإفريقي')).toBe(fold('الأفريقي'));
    expect(fold('الإفريقي')).toBe(fold('الافريقي'));
  });
  it('folds ى → ي, ة → ه, ؤ → و, ئ → ي', () => {
    expect(fold('لانجلى')).toBe('لانجلي');
    expect(fold('السفارة')).toBe('السفاره');
    expect(fold('مسؤول رئيس')).toBe('مسوول رييس');
  });
  it('folds Persian/Urdu look-alikes ک ی', () => {
    expect(fold('کابل')).toBe('كابل');
    expect(fold('علی')).toBe('علي');
  });
  it('treats أميركية and أمريكية as one spelling', () => {
    expect(fold('الأميركية')).toBe(fold('الأمريكية'));
    expect(fold('أميركا')).toBe(fold('أمريكا'));
  });
  it('folds presentation forms and Eastern digits', () => {
    expect(fold('ﻻ')).toBe('لا');
    expect(fold('٢٠٢٤ ۲۰۲۴')).toBe('2024 2024');
  });
});

describe('normalise: offset map', () => {
  it('maps every normalised unit back to the original character', () => {
    const src = 'A\u200bfri\u0301com ﬁ المَغْرِبُ';
    const n = normalise(src);
    expect(n.text).toBe('africom fi المغرب');
    // "africom" spans the ZWSP and the combining acute
    expect(src.slice(n.starts[0], n.ends[6])).toBe('A\u200bfri\u0301com');
    // both "f" and "i" come from the ligature
    expect(n.starts[8]).toBe(n.starts[9]);
    // a trailing mark belongs to its letter
    const last = n.text.length - 1;
    expect(src.slice(n.starts[last], n.ends[last])).toBe('بُ');
    expect(n.ends[last]).toBe(src.length);
  });
});

describe('normalise: runs of spaces (the hot path reads a space without a branch)', () => {
  const SPACES = [' ', '\u00a0', '\n', '\t', '\u2003'];
  /** The plain reading: every space kind is one space, a run keeps its first and ends where the run ends. */
  function reference(src: string): { text: string; starts: number[]; ends: number[] } {
    let text = '';
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < src.length; i++) {
      const space = SPACES.includes(src[i]!);
      if (space && (text === '' || text.endsWith(' '))) {
        if (text !== '') ends[ends.length - 1] = i + 1;
        continue;
      }
      text += space ? ' ' : src[i]!.toLowerCase();
      starts.push(i);
      ends.push(i + 1);
    }
    return { text, starts, ends };
  }
  it('keeps one space per run, spanning the run, at the start, inside and at the end alike', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'ك', 'م', ...SPACES), maxLength: 40 }), (src) => {
        const n = normalise(src);
        expect({ text: n.text, starts: [...n.starts], ends: [...n.ends] }).toEqual(reference(src));
      }),
      { numRuns: 500 },
    );
    const n = normalise('  Rabat \u00a0\n Sahel ');
    expect(n.text).toBe('rabat sahel ');
    expect([n.starts[5], n.ends[5]]).toEqual([7, 11]);
    expect(n.ends[11]).toBe(17);
  });
});

describe('normalise: hashtags, noted where the number sign is read', () => {
  it("splits a hashtag's words after '#' wherever it stands, in both folds", () => {
    expect(foldString('#MoroccoUS')).toBe('#morocco us');
    expect(foldString('وفي #MoroccoUS')).toBe('وفي #morocco us');
    expect(foldString('e\u0301 ##MoroccoUS')).toBe('e ##morocco us');
    expect(foldString('#MoroccoUS', false)).toBe('#Morocco US');
  });

  it('leaves the words of a full-width number sign (＃), which folds to # but opens no hashtag, whole', () => {
    expect(foldString('＃MoroccoUS')).toBe('#moroccous');
  });
});

describe('foldString: short strings fold apart from page text, to the same units', () => {
  // Every path of the fold: letters, a space run, a full stop before a space (initials), the number sign,
  // a multi-unit fold (ﻻ), marks (tashkeel, tatweel, a combining accent), أميركا's letters, upper case.
  const UNITS = [
    'a',
    'B',
    'É',
    ' ',
    '\u00a0',
    '.',
    '#',
    'ﻻ',
    '\u064e',
    '\u0640',
    'e\u0301',
    'أ',
    'م',
    'ي',
    'ر',
    'ك',
    'U',
  ];
  it('equals the page normaliser’s text, trimmed, in both folds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 24 }), fc.boolean(), (units, caseFold) => {
        const src = units.join('');
        expect(foldString(src, caseFold)).toBe(normalise(src, { caseFold }).text.trim());
      }),
      { numRuns: 2000 },
    );
    expect(foldString('  U.S. Army  ')).toBe('u.s. army');
    expect(foldString('الأميركية')).toBe('الامريكيه');
  });
});
