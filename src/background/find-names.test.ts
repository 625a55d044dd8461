/** The background's one matcher: which requests load it, which reuse it, and what the watch's key means. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { matchingPart } from '../../scripts/pack-match.mjs';
import fullPack from '../pack/bundled-pack.json';
import type { Pack } from '../text/pack-types';

const stored = new Map<string, unknown>();
const reads: string[][] = [];
let onChanged: ((changes: Record<string, unknown>, area: string) => void) | null = null;

vi.mock('../shared/browser', () => ({
  default: {
    runtime: { getManifest: () => ({ version: '9.9.9' }), onMessage: { addListener: () => {} } },
    storage: {
      local: {
        get: async (keys: string[]) => {
          reads.push(keys);
          return Object.fromEntries(keys.filter((k) => stored.has(k)).map((k) => [k, stored.get(k)]));
        },
      },
      onChanged: { addListener: (f: typeof onChanged) => (onChanged = f) },
    },
  },
}));

// The build's `?match` import (scripts/pack-match.mjs), as the bundle has it.
vi.mock('../pack/bundled-pack.json?match', async () => {
  const [{ matchingPart: part }, full] = await Promise.all([
    import('../../scripts/pack-match.mjs'),
    import('../pack/bundled-pack.json'),
  ]);
  return { default: part(full.default as unknown as Pack) };
});

const { backgroundMatcher } = await import('./find-names');
const { matcherKey } = await import('../shared/compiled-matcher-record');
const { GLOSSARY_KEY, GLOSSARY_TOKEN_KEY } = await import('../shared/storage');
const matchPack = matchingPart(fullPack as unknown as Pack);
const personal = JSON.parse(
  readFileSync(new URL('../../tests/fixtures/glossaries/valid.json', import.meta.url), 'utf8'),
) as Pack;
const glossary = { schemaVersion: 1, pack: personal };

const find = (key: string, text: string) =>
  backgroundMatcher.findNames({ type: 'glossa:find-names', key, texts: [text], seen: [] });
const write = (changes: Record<string, unknown>): void => {
  for (const [k, v] of Object.entries(changes)) stored.set(k, v);
  onChanged?.(Object.fromEntries(Object.keys(changes).map((k) => [k, {}])), 'local');
};

beforeEach(() => {
  stored.clear();
  reads.length = 0;
  backgroundMatcher.drop();
});

describe('backgroundMatcher', () => {
  it('loads once, and answers the watch (key "") and a page with its key from the same matcher', async () => {
    const key = matcherKey('9.9.9', matchPack, null);
    expect((await find('', 'AFRICOM staff')).matches[0]!.map((m) => m.entityId)).toEqual(['africom']);
    expect((await find(key, 'AFRICOM staff')).matches[0]!.map((m) => m.entityId)).toEqual(['africom']);
    expect(reads).toHaveLength(1);
  });

  it('reads the texts as shown: a line break or tab of the page source is a space', async () => {
    const [found] = (await find('', 'Talks on Western\nSahara\tand\r\nAFRICOM.')).matches;
    expect(found!.map((m) => [m.entityId, m.text])).toEqual([
      ['western-sahara', 'Western Sahara'],
      ['africom', 'AFRICOM'],
    ]);
  });

  it("a glossary write drops it: the next request, the watch's too, matches the new names", async () => {
    expect((await find('', 'Cobalt Harbour')).matches[0]).toEqual([]);
    write({ [GLOSSARY_KEY]: glossary, [GLOSSARY_TOKEN_KEY]: 't1' });
    expect((await find('', 'Cobalt Harbour')).matches[0]!.map((m) => m.entityId)).toEqual(['my-cobalt-harbour']);
  });

  it('a page that is behind costs a token read, not a reload; one that is ahead reloads', async () => {
    await find('', 'x');
    expect(reads).toHaveLength(1);
    // Behind: the page names an older glossary; storage has not moved since the load.
    await find('an older key', 'x');
    expect(reads).toEqual([expect.any(Array), [GLOSSARY_TOKEN_KEY]]);
    // Ahead: storage moved (the change event not yet here): the matcher is loaded again.
    stored.set(GLOSSARY_KEY, glossary);
    stored.set(GLOSSARY_TOKEN_KEY, 't2');
    const ahead = matcherKey('9.9.9', matchPack, personal);
    expect((await find(ahead, 'Cobalt Harbour')).matches[0]!.map((m) => m.entityId)).toEqual(['my-cobalt-harbour']);
    expect(reads).toHaveLength(4);
  });
});
