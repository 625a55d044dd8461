// @vitest-environment happy-dom
/** The watch: the scanner with the background's matcher, handed over to the annotator at the first name. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestFields } from '../shared/messages';

type FindNamesFields = RequestFields<'glossa:find-names'>;
import type { Match } from '../text/matcher';
import './static-range-shim';
import type { Finder } from './finder';
import type { Mention } from './scanner';
import { decidePage, PageEvidence } from '../text/page-evidence';
import { countsAlone, CURRENT_MATCHER, TextWatch } from './text-watch';

function matchNames(text: string): Match[] {
  return [...text.matchAll(/\bAFRICOM\b/g)].map((m) => ({
    entityId: 'africom',
    start: m.index,
    end: m.index + 7,
    text: m[0],
  }));
}

let watch: TextWatch | null = null;

function startWatch(send: (request: FindNamesFields) => Promise<unknown>): {
  watch: TextWatch;
  named: Promise<void>;
  requests: FindNamesFields[];
} {
  const requests: FindNamesFields[] = [];
  let onName = (): void => {};
  const named = new Promise<void>((resolve) => (onName = resolve));
  watch = new TextWatch((request) => (requests.push(request), send(request)), onName);
  watch.start();
  return { watch, named, requests };
}

const background = async (request: FindNamesFields): Promise<unknown> => ({
  matches: request.texts.map(matchNames),
  seen: [],
});

async function settled(w: TextWatch, before = 0): Promise<void> {
  while (w.passes <= before || !w.complete) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
  watch?.stop();
  watch = null;
  document.body.replaceChildren();
});

describe('TextWatch', () => {
  it('only watches a page with no name, and hands over once one appears', async () => {
    document.body.innerHTML = '<p>Prices of wheat rose.</p><div><p>Nothing here.</p></div>';
    let handedOver = false;
    const { watch, named, requests } = startWatch(background);
    void named.then(() => (handedOver = true));
    await settled(watch);
    expect(handedOver).toBe(false);
    expect(requests.map((r) => r.texts)).toEqual([['Prices of wheat rose.', 'Nothing here.']]);
    expect(requests[0]!.key).toBe(CURRENT_MATCHER);
    const p = document.createElement('p');
    p.textContent = 'Talks with AFRICOM.';
    document.body.append(p);
    await named;
    expect(requests.at(-1)!.texts).toEqual(['Talks with AFRICOM.']);
  });

  it('is adopted by the annotator: what it read is reported, not read again; later text goes to the new finder', async () => {
    document.body.innerHTML = '<p>Talks with AFRICOM.</p><p>Prices of wheat rose.</p>';
    const { watch, named, requests } = startWatch(background);
    await named;
    // It goes on reading while the annotator loads.
    await settled(watch);
    const sent = requests.length;
    const annotatorTexts: string[][] = [];
    const finder: Finder = {
      find: async (texts) => (annotatorTexts.push([...texts]), texts.map(matchNames)),
    };
    const updates: Array<{ names: string[]; complete: boolean }> = [];
    const adopted = watch.adopt(finder, {
      isOurs: () => false,
      onUpdate: (list: readonly Mention[], complete) => updates.push({ names: list.map((m) => m.text), complete }),
    })!;
    expect(adopted).not.toBeNull();
    await adopted.start();
    expect(updates).toEqual([{ names: ['AFRICOM'], complete: true }]);
    expect(requests).toHaveLength(sent); // no second walk of the page
    expect(annotatorTexts).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'More on AFRICOM.';
    document.body.append(p);
    await settled(watch, watch.passes);
    expect(annotatorTexts).toEqual([['More on AFRICOM.']]);
    expect(updates.at(-1)).toEqual({ names: ['AFRICOM', 'AFRICOM'], complete: true });
    expect(watch.adopt(finder, { isOurs: () => false, onUpdate: () => {} })).toBeNull(); // once only
  });

  it('hands over when the background cannot answer, and cannot be adopted then', async () => {
    document.body.innerHTML = '<p>Prices of wheat rose.</p>';
    const { watch, named } = startWatch(() => Promise.reject(new Error('no background')));
    await named;
    expect(
      watch.adopt({ find: async (texts) => texts.map(() => []) }, { isOurs: () => false, onUpdate: () => {} }),
    ).toBeNull();
  });

  /**
   * A page of three long paragraphs, read in two requests or more (32 K characters or more each), the
   * first held until the walk is over; its answer gives the first paragraph's name `sense`. What happened, in order.
   */
  async function twoRequests(sense: Match['sense']): Promise<string[]> {
    const words = 'wheat rose again '.repeat(2_400);
    document.body.innerHTML = `<p>Talks with AFRICOM. ${words}</p><p>${words}</p><p>${words}</p>`;
    const log: string[] = [];
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const answer = async (request: FindNamesFields): Promise<unknown> => {
      log.push('send');
      if (log.length === 1) await held;
      const matches = request.texts.map((t) =>
        matchNames(t).map((m) =>
          sense === 'pending' ? { ...m, sense, candidates: ['africom', 'other'] } : { ...m, sense },
        ),
      );
      return { matches, seen: [] };
    };
    watch = new TextWatch(answer, () => log.push('name'));
    watch.start();
    while (log.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await settled(watch);
    return log;
  }

  it('hands over at an answer holding a name that counts whatever the page says, before the next request', async () => {
    expect((await twoRequests(undefined)).slice(0, 3)).toEqual(['send', 'name', 'send']);
  });

  it('waits for the page to decide a name that may not count (pending), and never hands over for a vote against one', async () => {
    expect((await twoRequests('pending')).slice(0, 2)).toEqual(['send', 'send']);
    expect((await twoRequests('rejected')).filter((e) => e === 'name')).toEqual([]);
  });
});

describe('countsAlone', () => {
  it('is true only of a match that decidePage counts with no other evidence on the page', () => {
    const base = { entityId: 'africom', start: 0, end: 7, text: 'AFRICOM' };
    const matches: Match[] = [
      base,
      { ...base, sense: 'general' },
      { ...base, sense: 'after' },
      { ...base, sense: 'late' },
      { ...base, sense: 'pending', candidates: ['africom', 'other'] },
      { ...base, sense: 'rejected' },
      { ...base, sense: 'qualified' },
      { ...base, sense: 'word' },
      { ...base, within: ['other'] },
    ];
    expect(matches.map(countsAlone)).toEqual([true, true, true, false, false, false, false, false, false]);
    // Whatever else the page holds: here, a vote against it.
    const against = { ...base, sense: 'rejected' as const };
    for (const m of matches.filter(countsAlone))
      expect(decidePage([m, against], (x) => x, PageEvidence.of([m, against]))).toContain(m);
  });
});
