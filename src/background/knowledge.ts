/**
 * The background's knowledge: the full bundled pack (with summaries and facts) plus the personal
 * glossary, built on first use and dropped when the glossary changes. Content scripts carry only
 * the matching half of the pack and ask here for an entity's card (`glossa:entity-card`), which
 * keeps the script injected into every page small.
 */
import browser from '../shared/browser';
import bundledPack from '../pack/bundled-pack.json';
import { createKnowledge, type Knowledge } from '../shared/knowledge';
import { isEntityCardRequest, type EntityCardResponse } from '../shared/messages';
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

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isEntityCardRequest(message)) return undefined;
  return getKnowledge().then((k): EntityCardResponse => {
    const known = k.entity(message.entityId);
    if (!known) return null;
    const relations = cardRelations(message.entityId, k.entities.map((x) => x.entity));
    return { entity: known.entity, personal: known.personal, updated: k.updatedOf(message.entityId), relations };
  });
});
