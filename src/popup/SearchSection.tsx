import { useEffect, useMemo, useRef } from 'preact/hooks';
import { cardRelations } from '../pack/relations';
import { t } from '../shared/i18n';
import { pickText } from '../shared/localized-text';
import { type Knowledge } from '../shared/merged-packs';
import type { Lang } from '../text/pack-types';
import { categoryLabel, EntityCard } from '../ui/EntityCard';
import { searchEntities } from './search';

/** Search every known entity by name or alias; a result opens its card. */
export function SearchSection({
  knowledge,
  lang,
  query,
  setQuery,
  selected,
  setSelected,
}: {
  knowledge: Knowledge;
  lang: Lang;
  query: string;
  setQuery: (q: string) => void;
  selected: string | null;
  setSelected: (id: string | null) => void;
}) {
  const results = useMemo(() => searchEntities(knowledge, query), [knowledge, query]);
  const cardRef = useRef<HTMLDivElement>(null);
  const shown = selected ? knowledge.entity(selected) : undefined;
  useEffect(() => {
    if (shown) cardRef.current?.focus();
  }, [selected]);
  return (
    <section aria-labelledby="search-h" class="search">
      <h2 id="search-h">{t('popupSearchHeading')}</h2>
      <label for="search-input" class="visually-hidden">
        {t('popupSearchLabel')}
      </label>
      <input
        id="search-input"
        type="search"
        dir="auto"
        autocomplete="off"
        placeholder={t('popupSearchPlaceholder')}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setSelected(null);
        }}
        aria-describedby="search-count"
      />
      <p id="search-count" class="muted" aria-live="polite">
        {query.trim().length >= 2
          ? results.length
            ? t('popupSearchCount', String(results.length))
            : t('popupSearchNone')
          : ''}
      </p>
      {results.length > 0 && (
        <ul class="entity-list" id="search-results">
          {results.map((id) => {
            const k = knowledge.entity(id)!;
            const name = pickText(k.entity.names, lang)?.text ?? id;
            return (
              <li key={id}>
                <button
                  type="button"
                  class="entity"
                  data-entity={id}
                  aria-expanded={selected === id}
                  aria-controls="search-card"
                  onClick={() => setSelected(selected === id ? null : id)}
                >
                  <span class="name">{name}</span>
                  <span class={`cat glossa-cat-${k.entity.category}`}>{categoryLabel(k.entity.category)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {shown && (
        <div id="search-card" class="card-wrap" tabIndex={-1} ref={cardRef}>
          <EntityCard
            entity={shown.entity}
            lang={lang}
            personal={shown.personal}
            updated={knowledge.updatedOf(shown.entity.id)}
            headingLevel={3}
            relations={cardRelations(
              shown.entity.id,
              knowledge.entities.map((k) => k.entity),
            )}
            onOpenEntity={setSelected}
          />
        </div>
      )}
    </section>
  );
}
