import { describe, expect, it } from 'vitest';
import { compileContext } from './context';
import { buildMatcher, createPageState } from './matcher';
import { createBuffer, normaliseInto } from './normalise';
import type { Pack } from './pack-types';
import { RuleWords } from './rule-words';

const rules = new RuleWords([
  { entityId: 'apache', context: compileContext({ requires: ['helicopter', 'مروحية'], vetoes: ['tribe'] }) },
  { entityId: 'langley', context: compileContext({ requires: ['general'], vetoes: ['Virginia', 'tribe'] }) },
  { entityId: 'africom', context: null },
]);
const find = (text: string): [string, string, string][] =>
  rules.find(text, normaliseInto(text, true, createBuffer())).map((h) => [h.entityId, h.sense, h.text]);

describe('rule words: the rules’ own words anywhere in a text', () => {
  it('finds each word once, whole words only, for every rule that lists it, at the original offsets', () => {
    expect(find('The HELICOPTER and the helicopter; helicopters; a Tribe.')).toEqual([
      ['apache', 'cue', 'HELICOPTER'],
      ['apache', 'veto', 'Tribe'],
      ['langley', 'veto', 'Tribe'],
    ]);
    const text = 'In Virginia, the general';
    const [virginia, general] = rules.find(text, normaliseInto(text, true, createBuffer()));
    expect(text.slice(virginia!.start, virginia!.end)).toBe('Virginia');
    expect(general).toMatchObject({ entityId: 'langley', sense: 'cue', text: 'general' });
  });

  it('allows an Arabic proclitic before a word, as a window does', () => {
    expect(find('شوهدت المروحية وبمروحية أخرى')).toEqual([['apache', 'cue', 'مروحية']]);
  });

  it('finds nothing when no rule has words', () => {
    const none = new RuleWords([{ entityId: 'africom', context: null }]);
    expect(none.find('a helicopter', normaliseInto('a helicopter', true, createBuffer()))).toEqual([]);
  });
});

describe('rule words in the engine: evidence, never a mention', () => {
  const pack = {
    id: 'rule-words-fixture',
    version: '1.0.0',
    title: 'Rule words: test fixture',
    updated: '2024-03-01',
    entities: [
      {
        id: 'far',
        category: 'organization',
        names: { en: 'FAR' },
        aliases: { en: [{ text: 'Royal Armed Forces', needsContext: true }] },
        context: { requires: ['royal', 'armed', 'Morocco'], vetoes: ['Thailand'] },
        summary: { en: 'Armed forces.' },
        facts: [],
      },
    ],
  } as unknown as Pack;
  const matcher = buildMatcher([pack]);

  it('a name is not its own context: the rule words inside a found name are left out', () => {
    const found = matcher.find('The Royal Armed Forces paraded; armed units from Morocco.', createPageState());
    expect(found.map((m) => [m.sense, m.text])).toEqual([
      [undefined, 'Royal Armed Forces'],
      ['cue', 'armed'],
      ['cue', 'Morocco'],
    ]);
  });

  it('a page-wide scan reports the words of a text without names; a text alone reports no evidence', () => {
    expect(matcher.find('Troops from Thailand.', createPageState())).toEqual([
      { entityId: 'far', start: 12, end: 20, text: 'Thailand', sense: 'veto' },
    ]);
    expect(matcher.find('Troops from Thailand.')).toEqual([]);
    expect(matcher.find('The Royal Armed Forces.\nTroops from Morocco, armed.')).toEqual([
      { entityId: 'far', start: 4, end: 22, text: 'Royal Armed Forces' },
    ]);
  });
});
