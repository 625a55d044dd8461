/**
 * The card that explains one entity: in the page tooltip (content script) and in the popup's
 * search. Renders text as text only; links only for http(s) URLs, opening in a new tab.
 * Relations to other entities are buttons that open the related card in place (CardBrowser).
 * Style it with CARD_CSS (card-styles.ts) in a shadow root or an extension page.
 */
import { Component, createRef, type Ref } from 'preact';
import type { Entity, Lang } from '../text/pack-types';
import type { CardRelation } from '../pack/relations';
import { isSafeUrl } from '../shared/safe-url';
import { pickText } from '../shared/localized-text';
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
  /** Links to other entities (from the background's glossa:entity-card answer). */
  relations?: readonly CardRelation[];
  /** Opens a related entity's card; without it relations are listed as plain text. */
  onOpenEntity?: (id: string) => void;
  /** Goes back to the card this one was opened from. */
  onBack?: () => void;
  /** The name's heading, to move focus to when the card changes in place. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Label keys per relation type: [entity → other, other → entity]. */
const RELATION_KEYS: Record<CardRelation['type'], [string, string]> = {
  'successor-of': ['cardRelSuccessorOf', 'cardRelSucceededBy'],
  commands: ['cardRelCommands', 'cardRelCommandedBy'],
  commanded: ['cardRelCommanded', 'cardRelFormerCommander'],
  'part-of': ['cardRelPartOf', 'cardRelHasPart'],
  'located-in': ['cardRelLocatedIn', 'cardRelLocationOf'],
  'party-to': ['cardRelPartyTo', 'cardRelParty'],
};

function relationSpan(r: CardRelation): string {
  if (r.from !== undefined && r.until !== undefined) return t('cardRelSpan', [r.from, r.until]);
  if (r.from !== undefined) return t('cardRelSince', r.from);
  return '';
}

function Relations({ relations, lang, onOpenEntity }: { relations: readonly CardRelation[]; lang: Lang; onOpenEntity?: (id: string) => void }) {
  return (
    <section class="glossa-relations" aria-label={t('cardRelated')}>
      <ul>
        {relations.map((r, i) => {
          const name = pickText(r.names, lang) ?? { text: r.id, lang };
          const span = relationSpan(r);
          const label = t(RELATION_KEYS[r.type][r.direction === 'out' ? 0 : 1]);
          return (
            <li key={i} class="glossa-relation" data-relation={r.type} data-target={r.id}>
              <span class="glossa-relation-type">{label}</span>{' '}
              {onOpenEntity ? (
                <button
                  type="button"
                  class="glossa-relation-link"
                  lang={name.lang}
                  dir={dirOf(name.lang)}
                  aria-label={t('cardRelOpen', name.text)}
                  onClick={() => onOpenEntity(r.id)}
                >
                  {name.text}
                </button>
              ) : (
                <span lang={name.lang} dir={dirOf(name.lang)}>
                  {name.text}
                </span>
              )}
              {span && <span class="glossa-relation-span"> {span}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
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

export function EntityCard(props: EntityCardProps) {
  const { entity, lang, personal, updated, original, headingLevel = 2, relations, onOpenEntity, onBack, headingRef } = props;
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
      {onBack && (
        <button type="button" class="glossa-back" onClick={onBack}>
          {t('cardBack')}
        </button>
      )}
      <Heading class="glossa-name" lang={name.lang} dir={dirOf(name.lang)} tabIndex={-1} ref={headingRef}>
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
      {relations && relations.length > 0 && <Relations relations={relations} lang={lang} onOpenEntity={onOpenEntity} />}
      <footer class="glossa-updated">{t('contentUpdated', updated)}</footer>
    </article>
  );
}

/** What a card shows: the background's glossa:entity-card answer. */
export interface CardData {
  entity: Entity;
  personal: boolean;
  updated: string;
  relations?: readonly CardRelation[];
}

export interface CardBrowserProps {
  first: CardData;
  lang: Lang;
  original?: string;
  headingLevel?: 2 | 3 | 4;
  /** The card of another entity, or null when unknown. */
  load: (id: string) => Promise<CardData | null>;
}

/**
 * A card whose relation links open the related card in its place, with a Back button; focus
 * moves to the new card's name so keyboard and screen-reader users follow the change.
 */
export class CardBrowser extends Component<CardBrowserProps, { trail: readonly CardData[] }> {
  private readonly heading = createRef<HTMLHeadingElement>();
  /** Set when the card changed in place, so the next render moves focus to its name. */
  private moved = false;

  constructor(props: CardBrowserProps) {
    super(props);
    this.state = { trail: [props.first] };
  }

  override componentDidUpdate(): void {
    if (!this.moved) return;
    this.moved = false;
    this.heading.current?.focus();
  }

  private readonly open = (id: string): void => {
    this.props.load(id).then(
      (next) => {
        if (!next) return;
        this.moved = true;
        this.setState({ trail: [...this.state.trail, next] });
      },
      (error: unknown) => console.debug('Glossa: could not open the related card', id, error),
    );
  };

  private readonly back = (): void => {
    this.moved = true;
    this.setState({ trail: this.state.trail.slice(0, -1) });
  };

  override render() {
    const { lang, original, headingLevel } = this.props;
    const trail = this.state.trail;
    const current = trail[trail.length - 1]!;
    return (
      <EntityCard
        entity={current.entity}
        lang={lang}
        personal={current.personal}
        updated={current.updated}
        original={trail.length === 1 ? original : undefined}
        headingLevel={headingLevel}
        relations={current.relations}
        onOpenEntity={this.open}
        onBack={trail.length > 1 ? this.back : undefined}
        headingRef={this.heading}
      />
    );
  }
}

/** A small notice in the same frame as the card: "Not a known name: …". */
export function NotKnownNotice({ query }: { query: string }) {
  return (
    <p class="glossa-card glossa-notice" dir="auto">
      {t('contentNotKnown', query)}
    </p>
  );
}
