/**
 * The relations an entity's card shows: its own (entity → target) and those other entities hold
 * towards it (source → entity, shown with the inverse label), each with the other entity's names
 * and category so the card can label the link without the pack. Pure; the background builds them
 * for `glossa:entity-card`, so the content script never carries the relation data.
 */
import type { Category, Entity, LocalizedText, RelationType } from '../text/pack-types';

export interface CardRelation {
  type: RelationType;
  /** out: this entity <type> other; in: other <type> this entity. */
  direction: 'out' | 'in';
  /** The other entity. */
  id: string;
  names: LocalizedText;
  category: Category;
  from?: string;
  until?: string;
}

export function cardRelations(entityId: string, entities: readonly Entity[]): CardRelation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: CardRelation[] = [];
  const add = (other: Entity | undefined, r: NonNullable<Entity['relations']>[number], direction: 'out' | 'in') => {
    if (!other || other.id === entityId) return;
    const rel: CardRelation = { type: r.type, direction, id: other.id, names: other.names, category: other.category };
    if (r.from !== undefined) rel.from = r.from;
    if (r.until !== undefined) rel.until = r.until;
    out.push(rel);
  };
  for (const r of byId.get(entityId)?.relations ?? []) add(byId.get(r.target), r, 'out');
  for (const e of entities) for (const r of e.relations ?? []) if (r.target === entityId) add(e, r, 'in');
  return out;
}
