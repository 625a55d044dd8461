/** The precompiled matcher record: one build at a time, the newest glossary's written last, failures leave no record. */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Pack } from '../text/pack-types';

vi.mock('../shared/browser', () => ({
  default: {
    runtime: {
      getManifest: () => ({ version: '9.9.9' }),
      onInstalled: { addListener: () => {} },
      onStartup: { addListener: () => {} },
    },
    storage: { local: { set: async () => {}, remove: async () => {} }, onChanged: { addListener: () => {} } },
  },
}));
vi.mock('../pack/bundled-pack.json?match', async () => {
  const [{ matchingPart }, full] = await Promise.all([
    import('../../scripts/pack-match.mjs'),
    import('../pack/bundled-pack.json'),
  ]);
  return { default: matchingPart(full.default as unknown as Pack) };
});

const { MatcherCompiler } = await import('./compiled-matcher');
const { COMPILED_MATCHER_KEY } = await import('../shared/compiled-matcher-record');
const personal = JSON.parse(
  readFileSync(new URL('../../tests/fixtures/glossaries/valid.json', import.meta.url), 'utf8'),
) as Pack;

function deferred<T>() {
  let resolve!: (v: T) => void;
  return { promise: new Promise<T>((r) => (resolve = r)), resolve };
}

describe('MatcherCompiler', () => {
  it('builds one at a time, so the record written last is from the newest glossary', async () => {
    const writes: string[] = [];
    const first = deferred<Pack | null>();
    const reads = [first.promise, Promise.resolve(personal)];
    const compiler = new MatcherCompiler('9.9.9', () => reads.shift()!, {
      set: async (items: Record<string, unknown>) =>
        void writes.push((items[COMPILED_MATCHER_KEY] as { key: string }).key),
      remove: async () => {},
    });
    const a = compiler.schedule();
    const b = compiler.schedule(); // the glossary changed while the first build waited
    first.resolve(null);
    await Promise.all([a, b]);
    expect(writes).toHaveLength(2);
    // The key names the glossary a record was built from: the newest one's is written last.
    const alone: string[] = [];
    await new MatcherCompiler('9.9.9', async () => personal, {
      set: async (items: Record<string, unknown>) =>
        void alone.push((items[COMPILED_MATCHER_KEY] as { key: string }).key),
      remove: async () => {},
    }).schedule();
    expect(writes[1]).toBe(alone[0]);
    expect(writes[0]).not.toBe(alone[0]);
  });

  it('removes the record when a build fails, so no stale one is used', async () => {
    const removed: string[] = [];
    const compiler = new MatcherCompiler('9.9.9', () => Promise.reject(new Error('storage gone')), {
      set: async () => {},
      remove: async (key: string | string[]) => void removed.push(String(key)),
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await compiler.schedule();
    expect(removed).toEqual([COMPILED_MATCHER_KEY]);
  });
});
