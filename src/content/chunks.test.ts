import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchingPart } from '../../scripts/pack-match.mjs';
import fullPack from '../pack/bundled-pack.json';
import { buildMatcher, createScanState, type Match } from '../text/matcher';
import type { Pack } from '../text/pack-types';
import { CHUNK, CHUNK_OVERLAP, keeps, partsOf } from './chunks';
import type { Run } from './collect-text';

const matcher = buildMatcher([matchingPart(fullPack as unknown as Pack)]);
const article = readFileSync(new URL('../../tests/fixtures/seed/article.ar.txt', import.meta.url), 'utf8');
const english =
  'On Monday Gen. Michael Langley of AFRICOM met officials in Rabat; later Langley spoke of the Wagner Group in the Sahel and of Western Sahara. ';

function runOf(text: string): Run {
  return { block: {} as Node, nodes: [], joined: { text, starts: [0, text.length] } };
}

/** What the scanner keeps when it sends the run's parts in order, sharing the coreference state. */
function chunkedMatches(text: string): Array<Pick<Match, 'entityId' | 'start' | 'end'>> {
  const state = createScanState();
  const out: Array<Pick<Match, 'entityId' | 'start' | 'end'>> = [];
  for (const part of partsOf(runOf(text))) {
    for (const m of matcher.find(part.text, state))
      if (keeps(part, m)) out.push({ entityId: m.entityId, start: part.base + m.start, end: part.base + m.end });
  }
  return out;
}

function wholeMatches(text: string): Array<Pick<Match, 'entityId' | 'start' | 'end'>> {
  return matcher.find(text, createScanState()).map(({ entityId, start, end }) => ({ entityId, start, end }));
}

describe('partsOf', () => {
  it("sends the run's text as the page holds it: the finder reads its line breaks as spaces", () => {
    const text = 'au maroc (rabat)\nMonday\r\nTOW\tmissile';
    const [part] = partsOf(runOf(text));
    expect(part?.text).toBe(text);
    expect(part?.run.joined.text).toBe(text);
  });

  it('sends a run up to CHUNK characters whole', () => {
    const text = 'x'.repeat(CHUNK);
    expect(partsOf(runOf(text))).toEqual([{ run: expect.anything(), base: 0, text }]);
  });

  it('cuts a longer run into chunks that tile it, each read with its neighbours around it', () => {
    const text = `${english.repeat(Math.ceil((3.5 * CHUNK) / english.length))}`;
    const parts = partsOf(runOf(text));
    expect(parts.map((p) => p.chunk!.from)).toEqual([0, CHUNK, 2 * CHUNK, 3 * CHUNK]);
    expect(parts.at(-1)!.chunk!.to).toBe(text.length);
    for (const p of parts) {
      expect(text.slice(p.base, p.base + p.text.length)).toBe(p.text);
      expect(p.chunk!.from - p.base).toBeGreaterThanOrEqual(Math.min(p.chunk!.from, CHUNK_OVERLAP));
      expect(p.base + p.text.length - p.chunk!.to).toBeGreaterThanOrEqual(
        Math.min(text.length - p.chunk!.to, CHUNK_OVERLAP),
      );
      // Its edges fall at spaces (or the run's ends): no word is read cut in two.
      if (p.base > 0) expect(text[p.base - 1]).toMatch(/\s/);
      if (p.base + p.text.length < text.length) expect(text[p.base + p.text.length]).toMatch(/\s/);
    }
  });

  // Shifting the text moves every cut across different words and names.
  it.each([0, 3, 7, 11, 19, 40, 77])(
    'finds in chunks exactly what matching the whole run finds (text shifted by %i)',
    (shift) => {
      for (const sample of [english, `${article}\n`]) {
        const text = 'x '.repeat(shift) + sample.repeat(Math.ceil((2.5 * CHUNK) / sample.length));
        const whole = wholeMatches(text);
        expect(whole.length).toBeGreaterThan(100);
        expect(chunkedMatches(text)).toEqual(whole);
      }
    },
  );

  it('keeps a name cut in two by a chunk boundary, once', () => {
    // The only spaces are inside the names: some cut falls inside "Western Sahara".
    const text = 'Western Sahara/'.repeat(Math.ceil((2.5 * CHUNK) / 15));
    const found = chunkedMatches(text);
    expect(found.length).toBe(text.length / 15);
    expect(found).toEqual(wholeMatches(text));
  });
});
