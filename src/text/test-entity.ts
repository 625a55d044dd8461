/** Test only: a pack entity with the fields a matcher test does not care about filled in. */
import type { Entity, Pack } from './pack-types';

const fact = { text: { en: 'f' }, date: '2020', sources: [{ title: 's', url: 'https://example.org/a' }] };

export const testEntity = (e: Partial<Entity> & Pick<Entity, 'id' | 'aliases'>): Entity => ({
  category: 'place',
  // A display name no test text holds (display names are matched as aliases).
  names: { en: `Display name of ${e.id}` },
  summary: { en: 's' },
  facts: [fact],
  ...e,
});

/** Test only: a pack of `entities` with a fixed header. */
export const testPack = (entities: Entity[]): Pack => ({
  id: 'p',
  version: '1',
  title: 'T',
  updated: '2026-01-01',
  entities,
});
