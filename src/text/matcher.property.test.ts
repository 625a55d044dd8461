import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatcher } from './matcher';
import type { Pack } from './pack-types';
import fixture from './fixtures/test-pack.json';

const matcher = buildMatcher([fixture as Pack]);

const NAMES = [
  'AFRICOM',
  'Africom',
  'أفريكوم',
  'المغرب',
  'والرباط',
  'Morocco',
  'U.S. Africa Command',
  'الأسد الإفريقي',
  'Maroc',
  'فاغنر',
  'Wagner Group',
];
const FILLER = [
  ' ',
  '  ',
  '\n',
  ', ',
  ' the ',
  ' في ',
  ' et ',
  'x',
  'ال',
  'ية',
  "'s",
  "l'",
  '\u200b',
  'ً',
  '—',
  '2024',
  'é',
];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff'];
const TASHKEEL = ['\u064b', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0640'];

const textArb = fc
  .array(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...FILLER), fc.string({ maxLength: 4 })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

describe('matcher properties', () => {
  it('match text equals the original slice; matches are ordered and never overlap', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const ms = matcher.find(text);
        let last = 0;
        for (const m of ms) {
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  const insertInside = (name: string, chars: string[], picks: number[]): string => {
    let out = '';
    for (let i = 0; i < name.length; i++) {
      out += name[i];
      const k = picks[i % picks.length]!;
      if (i < name.length - 1 && k < chars.length) out += chars[k];
    }
    return out;
  };

  it('invisible characters inside a name do not lose the match', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('AFRICOM', 'أفريكوم', 'المغرب', 'Morocco', 'الأسد الإفريقي'),
        fc.array(fc.nat(INVISIBLE.length * 2), { minLength: 1, maxLength: 8 }),
        (name, picks) => {
          const text = `x ${insertInside(name, INVISIBLE, picks)} y`;
          const ms = matcher.find(text);
          expect(ms.length).toBe(1);
          expect(ms[0]!.text).toBe(text.slice(2, text.length - 2));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tashkeel and tatweel inside an Arabic name do not lose the match', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('أفريكوم', 'المغرب', 'والرباط', 'فاغنر', 'الأسد الإفريقي'),
        fc.array(fc.nat(TASHKEEL.length * 2), { minLength: 1, maxLength: 8 }),
        (name, picks) => {
          const text = `قال ${insertInside(name, TASHKEEL, picks)} اليوم`;
          expect(matcher.find(text).length).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
