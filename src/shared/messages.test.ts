import { describe, expect, it } from 'vitest';
import { dispatcher, isFindNamesResponse, isRequest, type Handlers } from './messages';
import { NAMESAKE } from '../text/page-evidence';

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

  it('takes a vote qualified by its own words as a sense, and no unknown one', () => {
    expect(fits({ sense: 'qualified' })).toBe(true);
    expect(fits({ sense: 'rejected' })).toBe(true);
    expect(fits({ sense: 'vetoed' })).toBe(false);
    expect(fits({ sense: 'qualified', candidates: ['africom'] })).toBe(false);
  });

  it("takes a namesake's place as a qualified vote's candidates, with its name (namesake-places.ts)", () => {
    expect(fits({ sense: 'qualified', candidates: [NAMESAKE, 'kremlin'] })).toBe(true);
    expect(fits({ sense: 'rejected', candidates: [NAMESAKE, 'kremlin'] })).toBe(false);
    expect(fits({ sense: 'qualified', candidates: [NAMESAKE] })).toBe(false);
    expect(fits({ sense: 'qualified', candidates: ['russia', 'kremlin'] })).toBe(false);
  });
});
