import { describe, expect, it } from 'vitest';
import {
  dispatcher,
  findNamesResponse,
  foundMatches,
  isFindNamesResponse,
  isRequest,
  type FoundMatch,
  type Handlers,
} from './messages';

const sender = {};

const background: Handlers<'background'> = {
  'glossa:frame-entities': () => undefined,
  'glossa:entity-card': ({ entityId }) => (entityId === 'x' ? null : null),
  'glossa:find-names': ({ texts, seen }) => ({ matches: texts.map(() => []), seen }),
};

describe('message map', () => {
  it('a context must handle every message addressed to it (compile-time)', () => {
    // @ts-expect-error glossa:find-names has no handler
    const missing: Handlers<'background'> = {
      'glossa:frame-entities': () => undefined,
      'glossa:entity-card': () => null,
    };
    expect(Object.keys(missing)).toHaveLength(2);
  });

  it('routes a request to its handler and answers with its result', async () => {
    const listener = dispatcher(['background'], background);
    await expect(
      listener({ type: 'glossa:find-names', key: 'k', texts: ['AFRICOM'], seen: ['x'] }, sender),
    ).resolves.toEqual({ matches: [[]], seen: ['x'] });
  });

  it("leaves other contexts' and unknown messages to other listeners", () => {
    const listener = dispatcher(['background'], background);
    expect(listener({ type: 'glossa:page-entities' }, sender)).toBeUndefined();
    expect(listener({ type: 'glossa:ping-for-test' }, sender)).toBeUndefined();
    expect(listener({ type: 'toString' }, sender)).toBeUndefined();
    expect(listener('glossa:find-names', sender)).toBeUndefined();
    expect(listener(null, sender)).toBeUndefined();
  });

  it('refuses a malformed request with an error, without calling its handler', async () => {
    let called = false;
    const listener = dispatcher(['background'], { ...background, 'glossa:entity-card': () => ((called = true), null) });
    await expect(listener({ type: 'glossa:entity-card', entityId: 3 }, sender)).rejects.toThrow(
      /malformed glossa:entity-card/,
    );
    expect(called).toBe(false);
  });

  it('checks each request from its map entry', () => {
    expect(isRequest('glossa:navigate', { type: 'glossa:navigate', direction: -1 })).toBe(true);
    expect(isRequest('glossa:navigate', { type: 'glossa:navigate', direction: 2 })).toBe(false);
    expect(isRequest('glossa:show-card', { type: 'glossa:show-card', entityId: null, query: 'x' })).toBe(true);
    expect(isRequest('glossa:show-card', { type: 'glossa:show-card', entityId: 1, query: 'x' })).toBe(false);
    expect(isRequest('glossa:frame-entities', { type: 'glossa:frame-entities', ids: ['a', 2] })).toBe(false);
    expect(isRequest('glossa:page-entities', { type: 'glossa:page-entities' })).toBe(true);
  });
});

describe('find-names answers: the page evidence fields', () => {
  const m = { entityId: 'africom', start: 0, end: 7, text: 'AFRICOM' };
  const fits = (x: object): boolean => isFindNamesResponse({ matches: [[{ ...m, ...x }]], seen: [] }, ['AFRICOM']);

  it('takes `within` (the candidates of the pending name a match sits in) only as a list of ids', () => {
    expect(fits({ within: ['us-embassy-rabat'] })).toBe(true);
    expect(fits({ sense: 'pending', candidates: ['africom'], within: ['us-embassy-rabat'] })).toBe(true);
    expect(fits({ within: 'us-embassy-rabat' })).toBe(false);
    expect(fits({ within: [1] })).toBe(false);
    expect(fits({ within: null })).toBe(false);
  });

  it('takes candidates only as ids', () => {
    expect(fits({ sense: 'pending', candidates: ['africom', 2] })).toBe(false);
    expect(fits({ sense: 'pending', candidates: 'africom' })).toBe(false);
  });

  it("carries each text's topic entry apart, compact, and gives it back first in its list", () => {
    const topic = (topics: [string, number][]): FoundMatch => ({
      entityId: '',
      start: 0,
      end: 0,
      text: '',
      sense: 'topic',
      topics,
    });
    const lists = (): FoundMatch[][] => [
      [
        topic([
          ['ah-64-apache', 800],
          ['sahel', -250],
        ]),
        m,
      ],
      [],
      [topic([['sahel', 100]])],
    ];
    const texts = ['AFRICOM', 'x', 'y'];
    const answer = findNamesResponse(lists(), ['africom']);
    expect(answer).toEqual({
      matches: [[m], [], []],
      seen: ['africom'],
      topicIds: ['ah-64-apache', 'sahel'],
      topics: [[0, 800, 1, -250], null, [1, 100]],
    });
    expect(isFindNamesResponse(JSON.parse(JSON.stringify(answer)), texts)).toBe(true);
    expect(foundMatches(answer)).toEqual(lists());
    // No topic words: no topic fields, the matches as they are.
    expect(findNamesResponse([[m]], [])).toEqual({ matches: [[m]], seen: [] });
    expect(foundMatches({ matches: [[m]], seen: [] })).toEqual([[m]]);
  });

  it('takes topic weights only as integer pairs naming a listed id, one list per text', () => {
    const ok = { matches: [[m]], seen: [], topicIds: ['sahel'], topics: [[0, 100]] };
    const fitsTopics = (x: object): boolean => isFindNamesResponse({ ...ok, ...x }, ['AFRICOM']);
    expect(fitsTopics({})).toBe(true);
    expect(fitsTopics({ topics: [null] })).toBe(true);
    expect(fitsTopics({ topics: [[1, 100]] })).toBe(false);
    expect(fitsTopics({ topics: [[0, 1.5]] })).toBe(false);
    expect(fitsTopics({ topics: [[0]] })).toBe(false);
    expect(fitsTopics({ topics: [[0, 100], null] })).toBe(false);
    expect(fitsTopics({ topicIds: undefined })).toBe(false);
    expect(fitsTopics({ topics: undefined })).toBe(false);
    // A topic entry never travels among the matches.
    expect(fits({ sense: 'topic', topics: [['sahel', 100]] })).toBe(false);
    expect(fits({ topics: [['sahel', 100]] })).toBe(false);
  });
});
