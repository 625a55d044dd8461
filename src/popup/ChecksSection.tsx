import claimSet from '../pack/claims.json';
import { t } from '../shared/i18n';
import { pickText } from '../shared/localized-text';
import type { Knowledge } from '../shared/merged-packs';
import type { PageClaim } from '../shared/messages';
import type { ClaimLang } from '../text/claims';
import type { Lang } from '../text/pack-types';
import { verdictLabel } from '../ui/EntityCard';

/** What the page says, in the reader's language, by claim id (the claim's own wording). */
const SAYS = new Map(claimSet.claims.map((c) => [c.id, c.says as Record<ClaimLang, string>]));

/** "Checks on this page": each checked claim the page makes; a row reveals its first mention. */
export function ChecksSection({
  claims,
  knowledge,
  lang,
  reveal,
}: {
  claims: readonly PageClaim[];
  knowledge: Knowledge;
  lang: Lang;
  reveal: (entityId: string, name: string, claim: string) => Promise<void>;
}) {
  return (
    <section aria-labelledby="checks-h" class="checks">
      <h3 id="checks-h">{t('popupChecksHeading')}</h3>
      <ul class="claim-list" id="page-claims">
        {claims.map((c) => {
          const known = knowledge.entity(c.entity);
          const name = (known && pickText(known.entity.names, lang)?.text) ?? c.entity;
          const says = SAYS.get(c.claim)?.[lang] ?? c.claim;
          return (
            <li key={c.claim}>
              <button
                type="button"
                class={`claim claim-${c.verdict}`}
                data-claim={c.claim}
                data-verdict={c.verdict}
                data-entity={c.entity}
                onClick={() => void reveal(c.entity, name, c.claim)}
              >
                <span class="verdict">{verdictLabel(c.verdict)}</span> <span class="says">{says}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
