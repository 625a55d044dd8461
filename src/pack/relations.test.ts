import { describe, expect, it } from 'vitest';
import type { Entity } from '../text/pack-types';
import { cardRelations } from './relations';
import { matchingPart } from '../../scripts/pack-match.mjs';
import { bundledPack } from './bundled-test-pack';

const entities = bundledPack.entities;

describe('cardRelations', () => {
  it('gives an entity its own relations and the inverse of those pointing at it', () => {
    const anderson = cardRelations('dagvin-anderson', entities);
    expect(anderson).toContainEqual(
      expect.objectContaining({ type: 'commands', direction: 'out', id: 'africom', from: '2025-08-15' }),
    );
    expect(anderson).toContainEqual(
      expect.objectContaining({ type: 'successor-of', direction: 'out', id: 'michael-langley' }),
    );
    const africom = cardRelations('africom', entities);
    expect(africom).toContainEqual(
      expect.objectContaining({ type: 'commands', direction: 'in', id: 'dagvin-anderson' }),
    );
    expect(africom).toContainEqual(
      expect.objectContaining({
        type: 'commanded',
        direction: 'in',
        id: 'michael-langley',
        from: '2022-08',
        until: '2025-08-15',
      }),
    );
    expect(africom.find((r) => r.id === 'dagvin-anderson')?.names.ar).toBe('الجنرال داغفين أندرسون');
  });

  it('drops links to unknown ids (a glossary entity may shadow or lack a target)', () => {
    const lone: Entity[] = [
      {
        id: 'a',
        category: 'place',
        names: { en: 'A' },
        aliases: {},
        summary: {},
        facts: [],
        relations: [{ type: 'part-of', target: 'gone' }],
      },
    ];
    expect(cardRelations('a', lone)).toEqual([]);
    expect(cardRelations('nobody', lone)).toEqual([]);
  });

  it('stays out of the content script: the matching part of the pack carries no relations', () => {
    expect(entities.some((e) => (e.relations?.length ?? 0) > 0)).toBe(true);
    const part = matchingPart(bundledPack);
    expect(part.entities.filter((e) => 'relations' in e).map((e) => e.id)).toEqual([]);
  });
});
