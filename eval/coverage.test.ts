import { describe, expect, it } from 'vitest';
import type { Pack } from '../src/text/pack-types';
import { coverage, renderCoverage } from './coverage';
import type { CorpusPassage } from './passage';

const pack: Pack = {
  id: 't',
  version: '1',
  title: 't',
  updated: '2026-01-01',
  entities: [
    {
      id: 'ah-64-apache',
      category: 'weapon',
      names: { en: 'AH-64 Apache' },
      aliases: { en: [{ text: 'Apache', needsContext: true }, 'AH-64'], ar: [{ text: 'أباتشي', needsContext: true }] },
      context: { requires: ['helicopter'] },
      otherSenses: { en: ['Apache tribe'] },
      summary: { en: 's' },
      facts: [],
    },
  ],
};

function passage(id: string, lang: 'en' | 'ar', sense: CorpusPassage['sense'], text: string, n: number): CorpusPassage {
  return {
    id,
    alias: 'Apache',
    sense,
    kind: 'company',
    seenAt: [],
    text,
    mentions: n > 0 ? { 'ah-64-apache': n } : {},
    file: 'x',
    lang,
    split: 'dev',
  };
}

describe('eval coverage', () => {
  it('counts a passage for the story when it expects the entity, for another sense when the alias is found more often', () => {
    const rows = coverage(pack, [
      passage('a', 'en', 'story', 'Two Apache helicopters landed.', 1),
      passage('b', 'en', 'other', 'The Apache web server.', 0),
      passage('c', 'en', 'mixed', 'Apache the tribe; an Apache gunship.', 1),
      passage('g', 'en', 'other', 'A page on the tribe that names the AH-64 Apache once.', 1),
      passage('d', 'en', 'other', 'Apachesque is not the word.', 0),
      passage('e', 'ar', 'story', 'وصلت مروحيات الأباتشي', 1),
      passage('f', 'en', 'story', 'An AH-64 flew.', 1),
      // The entity's own other-sense phrases must not hide the alias from the count.
      passage('h', 'en', 'other', 'The Apache tribe met.', 0),
    ]);
    expect(rows).toEqual([
      { lang: 'en', entityId: 'ah-64-apache', alias: 'Apache', story: 3, other: 3 },
      { lang: 'ar', entityId: 'ah-64-apache', alias: 'أباتشي', story: 1, other: 0 },
    ]);
    expect(renderCoverage(rows)).toContain('| en | ah-64-apache | Apache | 3 | 3 | **no** |');
  });
});
