import { describe, expect, it } from 'vitest';
import { CUE_ACCEPT } from './context';
import { buildMatcher } from './matcher';
import type { Pack } from './pack-types';

// mergeRules (matcher.ts): one alias written alike in two languages, each with its own rule.
const A = CUE_ACCEPT;
function pack(en: Record<string, number>, fr: Record<string, number>, enRequires = ['Niger']): Pack {
  return {
    id: 'm',
    version: '1',
    title: 'M',
    updated: '2026-01-01',
    entities: [
      {
        id: 'sahel',
        category: 'place',
        names: { en: 'the Sahel region' },
        aliases: {
          en: [{ text: 'Sahel', context: { requires: enRequires, vetoes: ['Alger'], weights: en } }],
          fr: [{ text: 'Sahel', context: { requires: ['Mali'], weights: fr } }],
        },
        summary: {},
        facts: [],
      },
    ],
  };
}
const found = (p: Pack, text: string): number => buildMatcher([p]).find(text).length;

describe('mergeRules with weighted cue words', () => {
  it('a cue word listed by both variants weighs the mean of its weights', () => {
    expect(found(pack({ juntas: 0.6 * A }, { juntas: 1.6 * A }), 'juntas of the Sahel')).toBe(1); // 1.1 A
    expect(found(pack({ juntas: 0.4 * A }, { juntas: 1.2 * A }), 'juntas of the Sahel')).toBe(0); // 0.8 A
  });
  it('a word one variant does not list keeps the other’s weight', () => {
    expect(found(pack({ juntas: 1.2 * A }, {}), 'juntas of the Sahel')).toBe(1);
    expect(found(pack({}, { juntas: 1.2 * A }), 'juntas of the Sahel')).toBe(1);
  });
  it('keeps the hard words merged as before: any veto, required words only when all require', () => {
    expect(found(pack({ juntas: 2 * A }, {}), 'juntas of the Sahel near Alger')).toBe(0);
    expect(found(pack({}, {}), 'the Sahel')).toBe(0);
    expect(found(pack({}, {}), 'the Sahel of Mali')).toBe(1);
    // When the en variant requires nothing (vetoes only), the merged rule accepts without Mali.
    expect(found(pack({}, {}, []), 'the Sahel')).toBe(1);
  });
});
