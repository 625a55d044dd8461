import { describe, expect, it } from 'vitest';
import { compileContext } from './context';
import { createBuffer, normaliseInto } from './normalise';
import { REQUIRE_WEIGHT, TopicWords, TOPIC_UNIT, type Span } from './topic-words';

const apache = compileContext({
  requires: ['helicopter'],
  vetoes: ['software'],
  weights: { gunship: 2.5, tribe: -3, 'AH-64': 1.25 },
});
const desert = compileContext({ requires: ['dunes'], weights: { gunship: -1 } });
const words = new TopicWords([
  { entityId: 'ah-64-apache', context: apache },
  { entityId: 'sahara-desert', context: desert },
  { entityId: 'morocco', context: null },
]);
const aggregate = (text: string, names: Span[] = []) =>
  words.aggregate(normaliseInto(text, true, createBuffer()), names);

describe('topic words: one block’s aggregate', () => {
  it('sums the weights of the distinct words present, per entity, in hundredths', () => {
    expect(aggregate('A gunship, then another gunship.')).toEqual([
      ['ah-64-apache', 250],
      ['sahara-desert', -100],
    ]);
    expect(aggregate('The AH-64 gunship; the tribe.')).toEqual([
      ['ah-64-apache', 250 + 125 - 300],
      ['sahara-desert', -100],
    ]);
  });

  it('weighs a required word REQUIRE_WEIGHT and a veto nothing', () => {
    expect(aggregate('A helicopter and its software.')).toEqual([['ah-64-apache', REQUIRE_WEIGHT * TOPIC_UNIT]]);
    expect(aggregate('Dunes and software.')).toEqual([['sahara-desert', REQUIRE_WEIGHT * TOPIC_UNIT]]);
  });

  it('reads whole words only, folded like page text', () => {
    expect(aggregate('Helicopters and gunships.')).toBeNull();
    expect(aggregate('HELICOPTER')).toEqual([['ah-64-apache', REQUIRE_WEIGHT * TOPIC_UNIT]]);
  });

  it('leaves out words inside the names found in the block', () => {
    const text = 'The Gunship Company met. A helicopter.';
    expect(aggregate(text, [{ start: 4, end: 19 }])).toEqual([['ah-64-apache', REQUIRE_WEIGHT * TOPIC_UNIT]]);
    expect(
      aggregate(text, [
        { start: 4, end: 19 },
        { start: 27, end: 37 },
      ]),
    ).toBeNull();
  });

  it('gives null for a block with none, and starts afresh for every block', () => {
    expect(aggregate('Nothing here.')).toBeNull();
    expect(aggregate('A gunship.')).toEqual([
      ['ah-64-apache', 250],
      ['sahara-desert', -100],
    ]);
    expect(aggregate('A gunship.')).toEqual([
      ['ah-64-apache', 250],
      ['sahara-desert', -100],
    ]);
    expect(new TopicWords([{ entityId: 'morocco', context: null }]).aggregate(createBuffer(), [])).toBeNull();
  });

  it("weighs a word several of an entity's rules list at the mean of their weights", () => {
    const both = new TopicWords([
      { entityId: 'ah-64-apache', context: apache },
      { entityId: 'ah-64-apache', context: compileContext({ weights: { gunship: 1.5 } }) },
    ]);
    expect(both.aggregate(normaliseInto('gunship', true, createBuffer()), [])).toEqual([['ah-64-apache', 200]]);
  });
});
