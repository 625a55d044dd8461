import { describe, expect, it } from 'vitest';
import { buildMatcher, createPageState, type Match } from './matcher';
import { loadMatcher, serialiseMatcher } from './matcher-format';
import type { Pack } from './pack-types';
import { testEntity as entity, testPack } from './test-entity';
import { decidePage, PageEvidence } from './page-evidence';

// A longer name that needs context (the US recognition) holding two places; an organisation whose
// name holds a country (an embassy); a context rule that vetoes.
const pack: Pack = testPack([
  entity({
    id: 'recognition',
    category: 'agreement',
    aliases: { en: [{ text: 'recognition of Moroccan sovereignty over Western Sahara', needsContext: true }] },
    context: { requires: ['Trump'], vetoes: ['Israel'] },
  }),
  entity({
    id: 'embassy',
    category: 'organization',
    aliases: { en: [{ text: 'Embassy of the United States', needsContext: true }] },
    context: { requires: ['Rabat'] },
  }),
  entity({ id: 'western-sahara', aliases: { en: ['Western Sahara'] } }),
  entity({ id: 'united-states', aliases: { en: ['United States'] } }),
  entity({ id: 'africom', category: 'organization', aliases: { en: ['AFRICOM'] } }),
  entity({ id: 'polisario', category: 'organization', aliases: { en: ['Polisario'] } }),
]);
const matcher = buildMatcher([pack]);

/** What counts on a page given as paragraphs, as the CLI decides it. */
function counts(m: typeof matcher, ...paragraphs: string[]): [string, string][] {
  const state = createPageState();
  const all: Match[] = paragraphs.flatMap((p) => m.find(p, state));
  const plain = (x: Match, entityId: string): Match => ({ entityId, start: x.start, end: x.end, text: x.text });
  return decidePage(all, plain).map((x) => [x.entityId, x.text]);
}

describe('matcher: names inside a longer candidate', () => {
  it('a vetoed longer name takes no span: the names inside it count', () => {
    const text = 'Israel announced its recognition of Moroccan sovereignty over Western Sahara.';
    expect(counts(matcher, text)).toEqual([['western-sahara', 'Western Sahara']]);
    expect(matcher.find(text).map((x) => x.entityId)).toEqual(['western-sahara']);
  });

  it('a pending longer name withdrawn by the page gives way to the names inside it', () => {
    const text = 'Spain said it would not go as far as a recognition of Moroccan sovereignty over Western Sahara.';
    expect(counts(matcher, text)).toEqual([['western-sahara', 'Western Sahara']]);
    // Decided alone, the same.
    expect(matcher.find(text).map((x) => [x.entityId, x.text])).toEqual([['western-sahara', 'Western Sahara']]);
  });

  it('a pending longer name the page confirms counts alone, once', () => {
    expect(
      counts(
        matcher,
        'The recognition of Moroccan sovereignty over Western Sahara still stands.',
        'AFRICOM and the Polisario were both quick to react.',
      ),
    ).toEqual([
      ['recognition', 'recognition of Moroccan sovereignty over Western Sahara'],
      ['africom', 'AFRICOM'],
      ['polisario', 'Polisario'],
    ]);
  });

  it('a longer name its window accepts keeps its span', () => {
    expect(counts(matcher, 'Trump signed the recognition of Moroccan sovereignty over Western Sahara.')).toEqual([
      ['recognition', 'recognition of Moroccan sovereignty over Western Sahara'],
    ]);
  });

  it('a page-wide scan reports the inner names with the pending match they stand in for', () => {
    const found = matcher.find('a recognition of Moroccan sovereignty over Western Sahara', createPageState());
    expect(found).toEqual([
      expect.objectContaining({ entityId: 'recognition', sense: 'pending', candidates: ['recognition'] }),
      expect.objectContaining({ entityId: 'western-sahara', within: ['recognition'] }),
    ]);
    expect(found[1]!.sense).toBeUndefined();
  });

  it('an inner name is no evidence: it does not confirm the page', () => {
    const e = PageEvidence.of([
      { entityId: 'recognition', sense: 'pending', candidates: ['recognition'] },
      { entityId: 'western-sahara', within: ['recognition'] },
      { entityId: 'united-states', within: ['recognition'] },
    ]);
    expect(e.decide(['recognition'])).toBeNull();
    expect(e.decide(['other'])).toBeNull();
  });

  it("an organisation's name holds modifiers: withdrawn, the country inside it does not count", () => {
    expect(counts(matcher, 'Students stormed the Embassy of the United States in Tehran.')).toEqual([]);
    expect(counts(matcher, 'The Embassy of the United States in Rabat reopened.')).toEqual([
      ['embassy', 'Embassy of the United States'],
    ]);
  });

  it('a loaded matcher decides alike', () => {
    const loaded = loadMatcher(serialiseMatcher(matcher), [pack]);
    for (const text of [
      'Spain stopped short of a recognition of Moroccan sovereignty over Western Sahara.',
      'Students stormed the Embassy of the United States in Tehran.',
    ])
      expect(counts(loaded, text)).toEqual(counts(matcher, text));
  });
});

describe('matcher: names side by side inside a pending longer name', () => {
  const m = buildMatcher([
    testPack([
      entity({
        id: 'corp',
        category: 'weapon',
        aliases: { en: ['Zorblax Holdings', { text: 'Zorblax Group', needsContext: true }] },
        context: { requires: ['widgets'] },
      }),
      entity({ id: 'grp', category: 'organization', aliases: { en: ['Group Nine', 'Group', 'G9'] } }),
    ]),
  ]);
  it('does not join a name inside it to the name after it: that one counts whatever the longer does', () => {
    // The page says Zorblax Group is the corp (widgets): the inner Group is withdrawn, G9 stays.
    expect(counts(m, 'Zorblax Holdings sells widgets.', 'Zorblax Group G9 met.')).toEqual([
      ['corp', 'Zorblax Holdings'],
      ['corp', 'Zorblax Group'],
      ['grp', 'G9'],
    ]);
  });
});
