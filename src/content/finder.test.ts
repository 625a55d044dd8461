import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchingPart } from '../../scripts/pack-match.mjs';
import fullPack from '../pack/bundled-pack.json';
import { BACKGROUND_ANSWER_MS } from '../shared/deadline';
import { isFindNamesResponse, isRequest, type RequestFields } from '../shared/messages';
import sensePack from '../text/fixtures/sense-pack.json';
import {
  buildMatcher,
  createPageState,
  createScanState,
  type Match,
  type Matcher,
  type ScanState,
} from '../text/matcher';
import type { Pack } from '../text/pack-types';
import { backgroundFinder, localFinder } from './finder';

const matcher = buildMatcher([matchingPart(fullPack as unknown as Pack)]);
const article = readFileSync(new URL('../../tests/fixtures/seed/article.ar.txt', import.meta.url), 'utf8');
// A surname alone names someone only after the full name (coreference): state must carry across texts.
const texts = ['Gen. Michael Langley visited Rabat.', 'Later Langley met AFRICOM staff.', article.slice(0, 3000)];

/** What the background does with a request: its matcher, the state it was sent, page-wide. */
function answer(
  m: Matcher,
  request: RequestFields<'glossa:find-names'>,
): { matches: Match[][]; seen: string[]; otherSenses: string[] } {
  const state: ScanState = { seen: new Set(request.seen), otherSenses: new Set(request.otherSenses), pageWide: true };
  const matches = request.texts.map((t) => m.find(t, state));
  return { matches, seen: [...state.seen], otherSenses: [...(state.otherSenses ?? [])] };
}
const background = (request: RequestFields<'glossa:find-names'>) => answer(matcher, request);

describe('localFinder', () => {
  it('reads a line break or tab of the source as the space the page shows, one for one', async () => {
    // As the scan CLI reads HTML (html-text.ts): name-shape.ts ends a sentence at a line break, and
    // "(rabat)\nMonday TOW missile" is one line on screen.
    const sent = 'au maroc (rabat)\nMonday\r\nTOW\tmissile, then Western\nSahara';
    const shown = 'au maroc (rabat) Monday  TOW missile, then Western Sahara';
    const [found] = await localFinder(matcher).find([sent], createScanState());
    expect(found).toEqual(matcher.find(shown, createScanState()));
    expect(found!.map((m) => m.text)).toContain('Western Sahara');
  });

  it('gives what the matcher gives, text by text, sharing the coreference state', async () => {
    const state = createScanState();
    const expected = createScanState();
    expect(await localFinder(matcher).find(texts, state)).toEqual(texts.map((t) => matcher.find(t, expected)));
    expect(state.seen).toEqual(expected.seen);
    expect(expected.seen.size).toBeGreaterThan(0);
  });
});

describe('the page-wide evidence, through either finder', () => {
  // Explicit rules and no cue weights: the window leaves the first Apache undecided and vetoes the
  // second, whatever the bundled pack's trained weights would make of these sentences.
  const sensing = buildMatcher([sensePack as Pack]);
  // An undecided name in one text, a vetoed one in the next: the page decides them later.
  const far = ' Nothing else happened.'.repeat(8);
  const page = ['An Apache flew over the valley.', `${far} The Apache Software Foundation met.${far}`];

  it('arrives the same from the background and from the page fallback: pending matches and rejected votes', async () => {
    const send = vi.fn(async (r: RequestFields<'glossa:find-names'>) => answer(sensing, r));
    const viaBackground = await backgroundFinder(send, 'k', vi.fn()).find(page, createPageState());
    expect(isFindNamesResponse(await send.mock.results[0]!.value, page)).toBe(true);
    const viaPage = await localFinder(sensing).find(page, createPageState());
    expect(viaBackground).toEqual(viaPage);
    expect(viaPage.flat().map((m) => m.sense)).toEqual(['pending', 'rejected']);
    expect(viaPage[0]![0]!.candidates).toEqual(['ah-64-apache']);
  });
});

describe('backgroundFinder', () => {
  it('sends the texts, the key and the state, and takes the answer and the state back', async () => {
    const send = vi.fn(async (r: RequestFields<'glossa:find-names'>) => background(r));
    const fallback = vi.fn();
    const finder = backgroundFinder(send, 'key-1', fallback);
    const state = createScanState();
    const first = await finder.find(texts.slice(0, 1), state);
    expect(first[0]!.map((m) => m.entityId)).toContain('michael-langley');
    expect(send.mock.calls[0]![0]).toEqual({ key: 'key-1', texts: texts.slice(0, 1), seen: [], otherSenses: [] });
    // The state came back: the surname alone is found in the next batch.
    const second = await finder.find(texts.slice(1, 2), state);
    expect(send.mock.calls[1]![0].seen).toContain('michael-langley');
    expect(second[0]!.map((m) => m.text)).toContain('Langley');
    expect(fallback).not.toHaveBeenCalled();
  });

  /** The page sent to the background one text a batch, against the same page found in one state. */
  async function batchByBatch(page: string[]) {
    const send = vi.fn(async (r: RequestFields<'glossa:find-names'>) => background(r));
    const finder = backgroundFinder(send, 'k', vi.fn());
    const state = createPageState();
    const viaBackground = [];
    for (const text of page) viaBackground.push(...(await finder.find([text], state)));
    const viaPage = await localFinder(matcher).find(page, createPageState());
    expect(viaBackground).toEqual(viaPage);
    return { send, state, viaPage };
  }

  it('carries the whole state both ways: a namesake in one batch keeps a later surname out, as in one state', async () => {
    const page = [
      'Gen. Dagvin Anderson took command of AFRICOM in Stuttgart.',
      'Across town, the farm of James Anderson flooded.',
      'Anderson spoke to reporters about the rain.',
    ];
    const { send, state, viaPage } = await batchByBatch(page);
    expect(viaPage[2]).toEqual([]);
    expect(send.mock.calls[2]![0].otherSenses).toEqual(['dagvin-anderson']);
    // The namesake took the general out of the state: the page's copy lost him too.
    expect(state.seen.has('dagvin-anderson')).toBe(false);
  });

  it("carries the page's note of another city's Kremlin to the next batch, as in one state", async () => {
    const page = ['Start at the Novgorod Kremlin.', 'The Kremlin walls are 1.4 km long; entry to the Kremlin is free.'];
    const { send } = await batchByBatch(page);
    expect(send.mock.calls[1]![0].otherSenses).toContain('russia#seat');
  });

  it.each([
    ['no answer (the background is gone)', async () => Promise.reject(new Error('Receiving end does not exist'))],
    ['undefined (no listener answered)', async () => undefined],
    [
      'one list short',
      async (r: RequestFields<'glossa:find-names'>) => ({ ...background(r), matches: background(r).matches.slice(1) }),
    ],
    [
      'a match past its text',
      async (r: RequestFields<'glossa:find-names'>) => ({
        ...background(r),
        matches: r.texts.map((t) => [{ entityId: 'x', start: 0, end: t.length + 1, text: 'x' }]),
      }),
    ],
    [
      'a malformed match',
      async (r: RequestFields<'glossa:find-names'>) => ({
        ...background(r),
        matches: r.texts.map(() => [{ entityId: 'x', start: '0' }]),
      }),
    ],
  ])('on %s, matches with the fallback from then on, losing nothing', async (_what, answer) => {
    const send = vi.fn(answer as (r: RequestFields<'glossa:find-names'>) => Promise<unknown>);
    const fallback = vi.fn(async () => localFinder(matcher));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const finder = backgroundFinder(send, 'k', fallback);
    const expected = createScanState();
    const state = createScanState();
    expect(await finder.find(texts.slice(0, 2), state)).toEqual(
      texts.slice(0, 2).map((t) => matcher.find(t, expected)),
    );
    expect(await finder.find(texts.slice(2), state)).toEqual([matcher.find(texts[2]!, expected)]);
    expect(state.seen).toEqual(expected.seen);
    expect(send).toHaveBeenCalledTimes(1);
    expect(fallback).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('backgroundFinder and a background that never answers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('matches with the fallback once the wait is over; the late answer changes nothing', async () => {
    vi.useFakeTimers();
    let answerLate: (answer: unknown) => void = () => {};
    const send = vi.fn(() => new Promise<unknown>((resolve) => (answerLate = resolve)));
    const fallback = vi.fn(async () => localFinder(matcher));
    const finder = backgroundFinder(send, 'k', fallback);
    const state = createScanState();
    const expected = createScanState();
    const found = finder.find(texts.slice(0, 2), state);
    await vi.advanceTimersByTimeAsync(BACKGROUND_ANSWER_MS - 1);
    expect(fallback).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await found).toEqual(texts.slice(0, 2).map((t) => matcher.find(t, expected)));
    answerLate({ matches: [[], []], seen: ['wagner-group'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(state.seen).toEqual(expected.seen);
    // From then on the page matches on its own, without asking again.
    expect(await finder.find(texts.slice(2), state)).toEqual([matcher.find(texts[2]!, expected)]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});

describe('find-names messages', () => {
  it('accepts only well-formed requests', () => {
    const ok = { type: 'glossa:find-names', key: 'k', texts: ['a'], seen: [] };
    expect(isRequest('glossa:find-names', ok)).toBe(true);
    expect(isRequest('glossa:find-names', { ...ok, texts: 'a' })).toBe(false);
    expect(isRequest('glossa:find-names', { ...ok, texts: [1] })).toBe(false);
    expect(isRequest('glossa:find-names', { ...ok, seen: undefined })).toBe(false);
    expect(isRequest('glossa:find-names', { ...ok, key: 3 })).toBe(false);
    expect(isRequest('glossa:find-names', { ...ok, type: 'glossa:may-hold-name' })).toBe(false);
  });
  it('accepts an answer only when it fits the texts asked about', () => {
    const m = { entityId: 'africom', start: 0, end: 7, text: 'AFRICOM' };
    expect(isFindNamesResponse({ matches: [[m], []], seen: [] }, ['AFRICOM', ''])).toBe(true);
    expect(isFindNamesResponse({ matches: [[m]], seen: [] }, ['AFRICOM', ''])).toBe(false);
    expect(isFindNamesResponse({ matches: [[m]], seen: [] }, ['AFRI'])).toBe(false);
    expect(isFindNamesResponse({ matches: [[{ ...m, start: 7 }]], seen: [] }, ['AFRICOM'])).toBe(false);
    expect(isFindNamesResponse({ matches: [[{ ...m, start: -1 }]], seen: [] }, ['AFRICOM'])).toBe(false);
    expect(isFindNamesResponse({ matches: [[m]] }, ['AFRICOM'])).toBe(false);
    // The page's evidence: a sense, and candidates on a pending match only, naming its entity first.
    const fits = (x: object): boolean => isFindNamesResponse({ matches: [[{ ...m, ...x }]], seen: [] }, ['AFRICOM']);
    expect(fits({ sense: 'pending', candidates: ['africom', 'other'] })).toBe(true);
    expect(fits({ sense: 'rejected' })).toBe(true);
    expect(fits({ sense: 'general' })).toBe(true);
    expect(fits({ sense: 'maybe' })).toBe(false);
    expect(fits({ sense: 'pending' })).toBe(false);
    expect(fits({ sense: 'pending', candidates: ['other', 'africom'] })).toBe(false);
    expect(fits({ sense: 'pending', candidates: [] })).toBe(false);
    expect(fits({ sense: 'rejected', candidates: ['africom'] })).toBe(false);
    expect(isFindNamesResponse(null, [])).toBe(false);
  });
});
