import { describe, expect, it, vi } from 'vitest';
import type { Entity } from './pack-types';
import { testEntity, testPack } from './test-entity';

// Counts the windows find reads (contextVerdict), the rest of context.ts as it is.
const reads = vi.hoisted(() => ({ n: 0 }));
vi.mock('./context', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./context')>();
  return {
    ...actual,
    contextVerdict: (...args: Parameters<typeof actual.contextVerdict>) => {
      reads.n++;
      return actual.contextVerdict(...args);
    },
  };
});
const { buildMatcher, compiledForm, createPageState } = await import('./matcher');

// فاجنر's g spellings include فاغنر, a second alias of that text (as in the bundled pack's Wagner).
const group = (aliases: Entity['aliases']): Entity =>
  testEntity({
    id: 'group',
    category: 'organization',
    aliases,
    context: { requires: ['مرتزقة'], vetoes: ['الموسيقار'], window: 60 },
    cueWeights: { عسكرية: 1 },
  });
const twins = group({
  ar: [
    { text: 'فاغنر', needsContext: true },
    { text: 'فاجنر', needsContext: true },
  ],
});

/** The page-wide matches of `text` (entity, text, sense) and the windows read for them. */
function scan(entity: Entity, text: string): [[string, string, string | undefined][], number] {
  const m = buildMatcher([testPack([entity])]);
  reads.n = 0;
  const found = m
    .find(text, createPageState())
    .map((x): [string, string, string | undefined] => [x.entityId, x.text, x.sense]);
  return [found, reads.n];
}

describe('twin aliases: one text, one entity, its rule', () => {
  it('compiles one rule object for the aliases that read the entity rule', () => {
    const aliases = compiledForm(buildMatcher([testPack([twins])]))!.aliases.filter((a) => a.entityId === 'group');
    expect(aliases.filter((a) => a.context !== null)).toHaveLength(2);
    expect(aliases[0]!.context).toBe(aliases[1]!.context);
  });

  it('reads the window once where the first leaves the name undecided, finding what one alias finds', () => {
    const text = 'قال المتحدث إن فاغنر وصلت أمس.';
    const [found, n] = scan(twins, text);
    expect(found).toEqual([['group', 'فاغنر', 'pending']]);
    expect(n).toBe(1);
    expect(scan(group({ ar: [{ text: 'فاغنر', needsContext: true }] }), text)).toEqual([found, 1]);
    // Decided by its window, the name takes its span: the twin is never read either.
    expect(scan(twins, 'وصل مرتزقة فاغنر أمس.')).toEqual([[['group', 'فاغنر', undefined]], 1]);
  });

  it('reads an alias of the same text with a rule of its own', () => {
    const own = group({
      ar: [
        { text: 'فاغنر', needsContext: true },
        { text: 'فاجنر', context: { requires: ['مرتزقة'], vetoes: ['الأوبرا'], window: 60 } },
      ],
    });
    const [found, n] = scan(own, 'قال المتحدث إن فاغنر وصلت أمس.');
    expect(found).toEqual([['group', 'فاغنر', 'pending']]);
    expect(n).toBe(2);
  });
});
