import { describe, expect, it, vi } from 'vitest';
import { storedGlossaryPack } from '../shared/glossa-store';
import { storedGlossary } from './stored-glossary';

const entity = {
  id: 'my-entity',
  category: 'person',
  names: { en: 'Jane Example' },
  aliases: { en: ['Jane Example'] },
  summary: { en: 'Someone the reader follows.' },
  facts: [],
  relations: [],
};
const stored = {
  schemaVersion: 1,
  pack: { id: 'personal', version: '1', title: 'My glossary', updated: '2026-12-07', entities: [entity] },
};

describe('storedGlossary', () => {
  it('loads no checks when nothing is stored (most readers)', async () => {
    const load = vi.fn(async () => storedGlossaryPack);
    expect(await storedGlossary(undefined, load)).toBeNull();
    expect(await storedGlossary(null, load)).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  it('checks a stored value with the loaded checks, as the background reads it', async () => {
    const load = vi.fn(async () => storedGlossaryPack);
    const pack = await storedGlossary(stored, load);
    expect(load).toHaveBeenCalledOnce();
    expect(pack).toEqual(storedGlossaryPack(stored));
    expect(pack?.entities.map((e) => e.id)).toEqual(['my-entity']);
  });

  it('keeps the checks: a malformed stored glossary is not used as it is', async () => {
    const bad = { schemaVersion: 1, pack: { ...stored.pack, entities: [{ ...entity, category: 'no-such' }] } };
    expect(await storedGlossary(bad, async () => storedGlossaryPack)).toEqual(storedGlossaryPack(bad));
    expect((await storedGlossary(bad, async () => storedGlossaryPack))?.entities ?? []).toEqual([]);
  });
});
