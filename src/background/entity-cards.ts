/**
 * Entity cards for the content scripts (`glossa:entity-card`), from the background's knowledge:
 * the full bundled pack (with summaries and facts) plus the personal glossary. Content scripts
 * carry only the matching half of the pack, which keeps the script injected into every page
 * small. The knowledge is built on first use and dropped when the glossary is written.
 */
import bundledPack from '../pack/bundled-pack.json';
import { cardRelations } from '../pack/relations';
import type { EntityCardResponse, Request } from '../shared/messages';
import { claimChecks } from './claim-checks';
import { createKnowledge, type Knowledge } from '../shared/merged-packs';
import { loadGlossary, onGlossaryWritten } from '../shared/storage';
import type { Pack } from '../text/pack-types';

/** The merged knowledge, built on first use from the bundled pack and the stored glossary. */
class KnowledgeCache {
  private pending: Promise<Knowledge> | null = null;

  constructor(
    private readonly bundled: Pack,
    private readonly loadPersonal: () => Promise<Pack | null>,
  ) {}

  get(): Promise<Knowledge> {
    this.pending ??= this.loadPersonal().then((personal) => createKnowledge(this.bundled, personal));
    return this.pending;
  }

  /** The glossary changed: the next get() builds again. */
  drop(): void {
    this.pending = null;
  }
}

const cache = new KnowledgeCache(bundledPack as unknown as Pack, loadGlossary);
onGlossaryWritten(() => cache.drop());

function getKnowledge(): Promise<Knowledge> {
  return cache.get();
}

/** Answers `glossa:entity-card`, with the entity's relations (its own and those pointing at it). */
export async function entityCard({ entityId, claims }: Request<'glossa:entity-card'>): Promise<EntityCardResponse> {
  const k = await getKnowledge();
  const known = k.entity(entityId);
  if (!known) return null;
  const relations = cardRelations(
    entityId,
    k.entities.map((x) => x.entity),
  );
  const checks =
    claims?.length && !known.personal
      ? claimChecks()
          .checks(claims)
          .filter((c) => c.entity === entityId)
      : [];
  return {
    entity: known.entity,
    personal: known.personal,
    updated: k.updatedOf(entityId),
    relations,
    ...(checks.length ? { checks } : {}),
  };
}
