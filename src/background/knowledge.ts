/**
 * The background's knowledge: the full bundled pack (with summaries and facts) plus the personal
 * glossary, built on first use and dropped when the glossary changes. Content scripts carry only
 * the matching half of the pack and ask here for an entity's card (`glossa:entity-card`), which
 * keeps the script injected into every page small.
 */
import bundledPack from '../pack/bundled-pack.json';
import { createKnowledge, type Knowledge } from '../shared/knowledge';
import type { EntityCardResponse, Request } from '../shared/messages';
import { loadGlossary, onGlossaryWritten } from '../shared/storage';
import type { Pack } from '../text/pack-types';
import { cardRelations } from '../pack/relations';

let knowledge: Promise<Knowledge> | null = null;

export function getKnowledge(): Promise<Knowledge> {
  knowledge ??= loadGlossary().then((personal) => createKnowledge(bundledPack as unknown as Pack, personal));
  return knowledge;
}

onGlossaryWritten(() => {
  knowledge = null;
});

/** Answers `glossa:entity-card`, with the entity's relations (its own and those pointing at it). */
export async function entityCard({ entityId }: Request<'glossa:entity-card'>): Promise<EntityCardResponse> {
  const k = await getKnowledge();
  const known = k.entity(entityId);
  if (!known) return null;
  const relations = cardRelations(entityId, k.entities.map((x) => x.entity));
  return { entity: known.entity, personal: known.personal, updated: k.updatedOf(entityId), relations };
}
