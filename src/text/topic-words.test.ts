import { describe, expect, it } from 'vitest';
import { buildMatcher, createPageState, type Match } from './matcher';
import type { ContextRule, Entity, Pack } from './pack-types';
import { REQUIRE_WEIGHT, TOPIC_UNIT, type TopicWeights } from './topic-words';

const entity = (id: string, aliases: string[], context?: ContextRule): Entity => ({
  id,
  category: 'weapon',
  names: { en: aliases[0]! },
  aliases: { en: [aliases[0]!, ...aliases.slice(1).map((text) => ({ text, needsContext: true }))] },
  ...(context ? { context } : {}),
  summary: { en: 'x' },
  facts: [],
});
const pack = (...entities: Entity[]): Pack => ({
  id: 'topic-fixture',
  version: '1.0.0',
  title: 'topic words',
  updated: '2024-03-01',
  entities,
});
const apacheRule: ContextRule = {
  requires: ['helicopter', 'الجيش'],
  vetoes: ['software'],
  weights: { gunship: 2.5, tribe: -3, 'AH-64': 1.25 },
};
const matcher = buildMatcher([
  pack(
    entity('ah-64-apache', ['AH-64 Apache', 'Apache'], apacheRule),
    entity('sahara-desert', ['Great Sahara', 'Sahara'], { requires: ['dunes'], weights: { gunship: -1 } }),
    entity('gunship-company', ['Gunship Company']),
  ),
]);
const req = REQUIRE_WEIGHT * TOPIC_UNIT;

/** The topic entry of one block scanned page-wide, and the block's other matches. */
function block(text: string): { topics: TopicWeights | null; matches: Match[] } {
  const found = matcher.find(text, createPageState());
  const topic = found.filter((m) => m.sense === 'topic');
  expect(topic.length).toBeLessThanOrEqual(1);
  if (topic.length === 1) expect(found[0]).toBe(topic[0]); // first, at the block's start
  return { topics: topic[0]?.topics ?? null, matches: found.filter((m) => m.sense !== 'topic') };
}
const topics = (text: string): TopicWeights | null => block(text).topics;

describe('topic words: one block’s aggregate', () => {
  it('sums the weights of the distinct words present, per entity, in hundredths', () => {
    expect(topics('A gunship, then another gunship.')).toEqual([
      ['ah-64-apache', 250],
      ['sahara-desert', -100],
    ]);
    expect(topics('The AH-64 gunship; the tribe.')).toEqual([
      ['ah-64-apache', 250 + 125 - 300],
      ['sahara-desert', -100],
    ]);
  });

  it('weighs a required word REQUIRE_WEIGHT and a veto nothing', () => {
    expect(topics('A helicopter and its software.')).toEqual([['ah-64-apache', req]]);
    expect(topics('Dunes and software.')).toEqual([['sahara-desert', req]]);
  });

  it('reads whole words only, folded like page text, Arabic proclitics allowed', () => {
    expect(topics('Helicopters and gunships.')).toBeNull();
    expect(topics('HELICOPTER')).toEqual([['ah-64-apache', req]]);
    expect(topics('وقال إن والجيش')).toEqual([['ah-64-apache', req]]);
    expect(topics('الجيشان')).toBeNull();
  });

  it('leaves out words inside the names found in the block', () => {
    const { topics: t, matches } = block('The Gunship Company met.');
    expect(matches.map((m) => m.entityId)).toEqual(['gunship-company']);
    expect(t).toBeNull();
    expect(topics('The Gunship Company met. A helicopter.')).toEqual([['ah-64-apache', req]]);
  });

  it('reports nothing for a block with none, and starts afresh for every block', () => {
    expect(topics('Nothing here.')).toBeNull();
    expect(topics('A gunship.')).toEqual([
      ['ah-64-apache', 250],
      ['sahara-desert', -100],
    ]);
    expect(topics('A gunship.')).toEqual([
      ['ah-64-apache', 250],
      ['sahara-desert', -100],
    ]);
  });

  it('only for a page-wide scan or a text with something undecided: a plain text stays plain', () => {
    expect(matcher.find('AH-64 Apache gunship.')).toEqual([
      { entityId: 'ah-64-apache', start: 0, end: 12, text: 'AH-64 Apache' },
    ]);
  });

  it("weighs a word several of an entity's rules list at the mean of their weights", () => {
    const both = buildMatcher([
      pack(
        entity('ah-64-apache', ['AH-64 Apache', 'Apache'], apacheRule),
        entity('ah-64-apache-2', ['Apache Longbow', 'Longbow'], { weights: { gunship: 1.5 } }),
      ),
    ]);
    // Two entities: each its own weight.
    expect(both.find('gunship', createPageState())[0]!.topics).toEqual([
      ['ah-64-apache', 250],
      ['ah-64-apache-2', 150],
    ]);
    const merged = structuredClone(apacheRule);
    const one = buildMatcher([
      pack({
        ...entity('ah-64-apache', ['AH-64 Apache', 'Apache'], apacheRule),
        aliases: {
          en: [
            'AH-64 Apache',
            { text: 'Apache', needsContext: true },
            { text: 'Longbow', context: { weights: { gunship: 1.5 } } },
          ],
        },
        context: merged,
      }),
    ]);
    expect(one.find('gunship', createPageState())[0]!.topics).toEqual([['ah-64-apache', 200]]);
  });
});
