import { t } from '../shared/i18n';
import { pickText } from '../shared/localized-text';
import { type Knowledge } from '../shared/merged-packs';
import type { Lang } from '../text/pack-types';
import { sendToTab } from '../shared/messaging';
import { changedSince } from '../text/then-and-now';
import { categoryLabel } from '../ui/EntityCard';
import { ChecksSection } from './ChecksSection';
import type { PageState } from './page-state';
import { debug } from '../shared/debug-log';

/** What the page holds: one row per entity, most mentioned first; a row reveals its first mention. */
export function PageSection({
  page,
  knowledge,
  lang,
  active,
  tabId,
  onStatus,
}: {
  page: PageState;
  knowledge: Knowledge;
  lang: Lang;
  active: boolean;
  tabId: number | null;
  onStatus: (s: string) => void;
}) {
  const rows =
    page.kind === 'ready'
      ? page.entities
          .map((e) => ({ ...e, known: knowledge.entity(e.id) }))
          .filter((r) => r.known)
          .sort(
            (a, b) =>
              b.count - a.count ||
              (pickText(a.known!.entity.names, lang)?.text ?? '').localeCompare(
                pickText(b.known!.entity.names, lang)?.text ?? '',
              ),
          )
      : [];
  const pageDate = page.kind === 'ready' ? page.pageDate : null;
  const reveal = async (id: string, name: string, claim?: string) => {
    if (tabId === null) return;
    try {
      await sendToTab(tabId, 'glossa:reveal', claim === undefined ? { entityId: id } : { entityId: id, claim });
      onStatus(t('popupRevealed', name));
    } catch (e) {
      debug('popup: reveal', e);
      onStatus(t('popupRevealFailed', name));
    }
  };
  return (
    <section aria-labelledby="page-h" class="page">
      <h2 id="page-h">{t('popupOnThisPage')}</h2>
      {page.kind === 'loading' && (
        <p class="muted" id="page-loading">
          {t('popupLoading')}
        </p>
      )}
      {page.kind === 'unavailable' && (
        <p class="state" id="page-unavailable">
          {t('popupCannotRun')}
        </p>
      )}
      {page.kind === 'ready' && !active && (
        <p class="muted" id="page-off">
          {t('popupOffHere')}
        </p>
      )}
      {page.kind === 'ready' && rows.length === 0 && (
        <p class="state" id="page-empty">
          {page.complete ? t('popupEmpty') : t('popupScanning')}
        </p>
      )}
      {rows.length > 0 && (
        <ul class="entity-list" id="page-entities" aria-busy={page.kind === 'ready' && !page.complete}>
          {rows.map((r) => {
            const name = pickText(r.known!.entity.names, lang)?.text ?? r.id;
            const changed = pageDate !== null && changedSince(r.known!.entity.facts, pageDate);
            return (
              <li key={r.id}>
                <button
                  type="button"
                  class="entity"
                  data-entity={r.id}
                  data-count={r.count}
                  onClick={() => void reveal(r.id, name)}
                >
                  <span class="name">{name}</span>
                  <span class={`cat glossa-cat-${r.known!.entity.category}`}>
                    {categoryLabel(r.known!.entity.category)}
                  </span>
                  {r.known!.personal && <span class="mine">{t('popupPersonal')}</span>}
                  {changed && (
                    <span class="changed" title={t('popupChangedSinceLabel', pageDate)}>
                      {t('popupChangedSince')}
                      <span class="visually-hidden"> ({t('popupChangedSinceLabel', pageDate)})</span>
                    </span>
                  )}
                  <span class="count" aria-hidden="true">
                    {r.count}
                  </span>
                  <span class="visually-hidden">{t('popupMentionCount', String(r.count))}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {page.kind === 'ready' && page.claims.length > 0 && (
        <ChecksSection claims={page.claims} knowledge={knowledge} lang={lang} reveal={reveal} />
      )}
    </section>
  );
}
