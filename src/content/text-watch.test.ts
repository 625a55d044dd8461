// @vitest-environment happy-dom
/** The watch: the scanner with the background's matcher, handing over at the first name. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestFields } from '../shared/messages';

type FindNamesFields = RequestFields<'glossa:find-names'>;
import type { Match } from '../text/matcher';
import { CURRENT_MATCHER, TextWatch } from './text-watch';

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
    expect(watch.complete).toBe(false); // stopped: the annotator reads the page now
  });

  it('hands over when the background cannot answer', async () => {
    document.body.innerHTML = '<p>Prices of wheat rose.</p>';
    const { named } = startWatch(() => Promise.reject(new Error('no background')));
    await named;
  });
});
