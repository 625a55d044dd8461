import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from './pack-types';

// The author-facing JSON Schema must stay in step with the types the validator enforces.
const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(
  readFileSync(path.join(here, '..', '..', 'extension', 'glossa-pack.schema.json'), 'utf8'),
) as {
  $schema: string;
  $defs: Record<string, { enum?: string[]; properties?: Record<string, unknown> }>;
};

describe('extension/glossa-pack.schema.json', () => {
  it('is draft 2020-12 and mirrors the pack types', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$defs.category?.enum).toEqual([...CATEGORIES]);
    expect(Object.keys(schema.$defs.aliasOptions?.properties ?? {}).sort()).toEqual([
      'afterMention',
      'caseSensitive',
      'context',
      'foreignG',
      'needsContext',
      'text',
      'wholeWord',
    ]);
    expect(Object.keys(schema.$defs.entity?.properties ?? {}).sort()).toEqual([
      'aliases',
      'category',
      'context',
      'cueWeights',
      'facts',
      'id',
      'names',
      'otherHeads',
      'otherSenses',
      'relations',
      'storyHeads',
      'summary',
    ]);
    expect(Object.keys(schema.$defs.fact?.properties ?? {}).sort()).toEqual([
      'asOf',
      'date',
      'from',
      'hedged',
      'sources',
      'text',
      'until',
      'volatile',
    ]);
  });
});
