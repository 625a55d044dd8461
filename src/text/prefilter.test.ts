import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchingPart } from '../../scripts/pack-match.mjs';
import fullPack from '../pack/bundled-pack.json';
import { buildMatcher, expandPatterns } from './matcher';
import { foldString, normalise } from './normalise';
import type { Pack } from './pack-types';
import { compilePrefilter } from './prefilter';
import { buildPrefilter, PREFILTER_MAX_PATTERNS } from './prefilter-build';

const pack = matchingPart(fullPack as unknown as Pack);
const { patterns } = expandPatterns([pack]);
const spec = buildPrefilter(patterns)!;
const gate = compilePrefilter(spec);
const matcher = buildMatcher([pack]);
const article = readFileSync(new URL('../../tests/fixtures/seed/article.ar.txt', import.meta.url), 'utf8');

/** What normalise() makes of one character between two letters (so spaces are kept). */
const foldChar = (ch: string): string => normalise(`q${ch}q`).text.slice(1, -1);
const mergeYeh = (s: string): string => s.replace(/ي/g, 'ر');

describe('prefilter: sound against normalise()', () => {
  it('prepares every BMP character to text that normalises like the character itself', () => {
    const wrong: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      if (u >= 0xd800 && u <= 0xdfff) continue;
      const text = `q${String.fromCharCode(u)}q`;
      const want = mergeYeh(normalise(text).text);
      // Each prepared character stands for what it normalises to: the class it sits in.
      const prepared = gate.prepare(text);
      const got = mergeYeh(Array.from({ length: prepared.length }, (_, i) => foldChar(prepared[i]!)).join('')).replace(/ {2,}/g, ' ');
      if (got !== want) wrong.push(`U+${u.toString(16)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('passes the seed article, and every pattern written in its many forms', () => {
    expect(gate.test(article)).toBe(true);
    for (const p of patterns) {
      expect(gate.test(`xx ${p} yy`), p).toBe(true);
      expect(gate.test(p.toUpperCase().normalize('NFD')), p).toBe(true);
      // Invisible characters, tatweel and a space run inside the name.
      const noisy = [...p].map((ch) => (ch === ' ' ? ' \u00a0\n ' : `${ch}\u200b\u0640`)).join('');
      expect(gate.test(noisy), p).toBe(true);
    }
  });

  it('passes أميركا for a pattern spelt أمريكا (normalise swaps the two letters)', () => {
    const g = compilePrefilter(buildPrefilter([foldString('الأمريكية')])!);
    expect(g.test('القوات الأميركية')).toBe(true);
  });

  it('says yes whenever the matcher finds a mention (fuzzed)', () => {
    const names = ['AFRICOM', 'Africom', 'أفريكوم', 'المغرب', 'والرباط', 'Morocco', 'HIMARS', 'الأسد الإفريقي', 'Maroc', 'فاغنر', 'Wagner Group', 'African Lion', 'Sahel'];
    const noise = [' ', '  ', '\n', ', ', ' the ', ' في ', 'x', '\u200b', '\u064e', '\u0640', '—', 'é', 'ﬁ', 'Ａ', '\u00a0', 'æ', 'ß'];
    const arb = fc.tuple(
      fc.array(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...noise), fc.string({ maxLength: 3 })), { maxLength: 20 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(arb, ([parts, decompose]) => {
        let text = parts.join('');
        if (decompose) text = text.normalize('NFD');
        if (matcher.find(text).length === 0) return;
        expect(gate.test(text)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads a run of spacing as one space, and leaves a lone space as it is', () => {
    expect(gate.prepare('Western \n\t\u00a0 Sahara')).toBe('western sahara');
    expect(gate.prepare('Western\u00a0Sahara')).toBe('western sahara');
    expect(gate.test('Western' + ' \n'.repeat(50_000) + 'Sahara')).toBe(true);
  });

  it('passes a word-final Σ, which a whole string lowercases to ς', () => {
    const g = compilePrefilter(buildPrefilter([foldString('ΟΔΟΣ')])!);
    expect(g.test('ΟΔΟΣ ΑΘΗΝΑΣ')).toBe(true);
    expect(g.test('στην ΟΔΟΣ.')).toBe(true);
  });

  it('is not built for patterns outside the BMP (normalise() keeps them as they are, NFKD does not)', () => {
    expect(buildPrefilter([foldString('𝐀𝐁𝐂'), 'africom'])).toBeNull();
  });
});

describe('prefilter: selective', () => {
  it('keeps Arabic names in a part of their own, which text without Arabic letters never runs', () => {
    expect(spec.parts).toHaveLength(2);
    const [latin, arabic] = spec.parts;
    expect(latin!.needs).toBeNull();
    const arabicName = gate.prepare('القوات المسلحة الملكية في المغرب');
    expect(new RegExp(latin!.source).test(arabicName)).toBe(false);
    expect(new RegExp(arabic!.source).test(arabicName)).toBe(true);
    const needs = new RegExp(arabic!.needs!);
    for (const ch of ['ا', 'ة', 'ى', 'ي', 'ک']) expect(needs.test(ch), ch).toBe(true);
    expect(needs.test('Africom, Sahel, Maroc — 2024')).toBe(false);
  });

  it('says no to ordinary text without a name, in three languages', () => {
    const text =
      'Autumn market notes: prices of wheat and olive oil rose again this week in the capital. ' +
      'Les marchés de la ville ont ouvert tôt ce matin, malgré la pluie. ' +
      'ارتفعت أسعار القمح وزيت الزيتون مرة أخرى هذا الأسبوع في الأسواق المحلية.';
    expect(gate.test(text)).toBe(false);
  });

  it('is not built for no pattern or for more than it can keep cheap', () => {
    expect(buildPrefilter([])).toBeNull();
    expect(buildPrefilter(Array.from({ length: PREFILTER_MAX_PATTERNS + 1 }, (_, i) => `name ${i}`))).toBeNull();
  });
});
