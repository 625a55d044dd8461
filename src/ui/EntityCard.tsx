/**
 * The card that explains one entity: in the page tooltip (content script) and in the popup's
 * search. Renders text as text only; links only for http(s) URLs, opening in a new tab.
 * Style it with CARD_CSS (card-styles.ts) in a shadow root or an extension page.
 */
import type { Entity, Lang } from '../text/pack-types';
import { pickText } from '../shared/localized-text';
import { isSafeUrl } from '../shared/safe-url';
import { t } from '../shared/i18n';

export interface EntityCardProps {
  entity: Entity;
  /** The reader's language: names, summary and facts in it when the pack has them. */
  lang: Lang;
  /** True for an entity from the reader's personal glossary. */
  personal: boolean;
  /** The pack's "updated" date (YYYY-MM-DD). */
  updated: string;
  /** The name as written where it was found (shown when it differs from the display name). */
  original?: string;
  /** Heading level of the name (default 2). */
  headingLevel?: 2 | 3 | 4;
}

const CATEGORY_KEYS: Record<string, string> = {
  organization: 'contentCategoryOrganization',
  person: 'contentCategoryPerson',
  exercise: 'contentCategoryExercise',
  weapon: 'contentCategoryWeapon',
  place: 'contentCategoryPlace',
  agreement: 'contentCategoryAgreement',
};

export function categoryLabel(category: string): string {
  const key = CATEGORY_KEYS[category];
  return key ? t(key) : category;
}

const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

export function EntityCard({ entity, lang, personal, updated, original, headingLevel = 2 }: EntityCardProps) {
  const name = pickText(entity.names, lang) ?? { text: entity.id, lang };
  const summary = pickText(entity.summary, lang);
  const Heading = `h${headingLevel}` as 'h2';
  const showOriginal = original !== undefined && original.trim() !== '' && original.trim() !== name.text;
  const originalIsArabic = original !== undefined && /[\u0600-\u06ff]/.test(original);
  return (
    <article class="glossa-card" lang={lang} dir={dirOf(lang)} data-entity={entity.id}>
      <header class="glossa-card-head">
        <span class={`glossa-cat glossa-cat-${entity.category}`}>{categoryLabel(entity.category)}</span>
        {personal && <span class="glossa-personal">{t('contentPersonal')}</span>}
      </header>
      <Heading class="glossa-name" lang={name.lang} dir={dirOf(name.lang)}>
        {name.text}
      </Heading>
      {showOriginal && (
        <p class="glossa-original" lang={originalIsArabic ? 'ar' : undefined} dir={originalIsArabic ? 'rtl' : 'auto'}>
          {original}
        </p>
      )}
      {summary && (
        <p class="glossa-summary" lang={summary.lang} dir={dirOf(summary.lang)}>
          {summary.text}
        </p>
      )}
      {entity.facts.length > 0 && (
        <ul class="glossa-facts">
          {entity.facts.map((fact, i) => {
            const text = pickText(fact.text, lang);
            if (!text) return null;
            const when = fact.date ?? (fact.asOf ? t('contentAsOf', fact.asOf) : undefined);
            return (
              <li key={i} class={fact.hedged ? 'glossa-fact glossa-hedged' : 'glossa-fact'}>
                {when && <time dateTime={fact.date ?? fact.asOf}>{when}</time>}{' '}
                <span lang={text.lang} dir={dirOf(text.lang)}>
                  {text.text}
                </span>
                {fact.sources.length > 0 && (
                  <span class="glossa-sources">
                    {fact.sources.map((s, j) =>
                      isSafeUrl(s.url) ? (
                        <a key={j} href={s.url} target="_blank" rel="noopener noreferrer">
                          {s.title}
                        </a>
                      ) : (
                        <span key={j}>{s.title}</span>
                      ),
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <footer class="glossa-updated">{t('contentUpdated', updated)}</footer>
    </article>
  );
}

/** A small notice in the same frame as the card: "Not a known name: …". */
export function NotKnownNotice({ query }: { query: string }) {
  return (
    <p class="glossa-card glossa-notice" dir="auto">
      {t('contentNotKnown', query)}
    </p>
  );
}
