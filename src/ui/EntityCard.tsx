/**
 * The card that explains one entity: in the page tooltip (content script) and in the popup's
 * search. Renders text as text only; links only for http(s) URLs, opening in a new tab.
 * Relations to other entities are buttons that open the related card in place (CardBrowser).
 * Style it with CARD_CSS (card-styles.ts) in a shadow root or an extension page.
 */
import { Component, createRef, type Ref } from 'preact';
import type { Entity, Fact, Lang } from '../text/pack-types';
import type { CardRelation } from '../pack/relations';
import type { ClaimCheck } from '../shared/messages';
import { dayRange, splitAtDay } from '../text/then-and-now';
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
  /** Checks of what the page says about this mention: the card leads with them. */
  checks?: readonly ClaimCheck[];
  /**
   * The page's publication day (YYYY-MM-DD). When facts changed after it, the card shows what held
   * then, and apart from it what changed since; null or absent: the page is read as today.
   */
  pageDay?: string | null;
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

function Relations({
  relations,
  lang,
  onOpenEntity,
}: {
  relations: readonly CardRelation[];
  lang: Lang;
  onOpenEntity?: (id: string) => void;
}) {
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

function Sources({ sources }: { sources: Fact['sources'] }) {
  if (sources.length === 0) return null;
  return (
    <span class="glossa-sources">
      {sources.map((s, j) =>
        isSafeUrl(s.url) ? (
          <a key={j} href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>
        ) : (
          <span key={j}>{s.title}</span>
        ),
      )}
    </span>
  );
}

const VERDICT_KEYS: Record<ClaimCheck['verdict'], string> = {
  wrong: 'cardVerdictWrong',
  imprecise: 'cardVerdictImprecise',
  outdated: 'cardVerdictOutdated',
};

/** A checked claim's verdict in the UI language (the card's and the popup's checks). */
export function verdictLabel(verdict: ClaimCheck['verdict']): string {
  return t(VERDICT_KEYS[verdict]);
}

/** What the page says that the pack's sources contradict, qualify or have overtaken. */
function Checks({ checks, lang }: { checks: readonly ClaimCheck[]; lang: Lang }) {
  return (
    <section class="glossa-checks" aria-label={t('cardChecks')}>
      {checks.map((c) => (
        <p key={c.id} class={`glossa-check glossa-check-${c.verdict}`} data-claim={c.id} data-verdict={c.verdict}>
          <strong class="glossa-verdict">{verdictLabel(c.verdict)}</strong>{' '}
          <span class="glossa-check-says">{t('cardCheckSays', c.says[lang])}</span>{' '}
          <span class="glossa-check-correction">{c.correction[lang]}</span> <Sources sources={c.sources} />
        </p>
      ))}
    </section>
  );
}

/** When a fact held: its day, a state's span, or the day it was last checked. */
function factWhen(fact: Fact): { label: string; dateTime: string } | undefined {
  if (fact.from !== undefined) {
    return {
      label: fact.until !== undefined ? t('cardRelSpan', [fact.from, fact.until]) : t('cardRelSince', fact.from),
      dateTime: fact.from,
    };
  }
  if (fact.date !== undefined) return { label: fact.date, dateTime: fact.date };
  if (fact.asOf !== undefined) return { label: t('contentAsOf', fact.asOf), dateTime: fact.asOf };
  return undefined;
}

function FactItem({
  fact,
  lang,
  when,
  prefix,
}: {
  fact: Fact;
  lang: Lang;
  when?: { label: string; dateTime: string };
  prefix?: string;
}) {
  const text = pickText(fact.text, lang);
  if (!text) return null;
  return (
    <li class={fact.hedged ? 'glossa-fact glossa-hedged' : 'glossa-fact'}>
      {when && <time dateTime={when.dateTime}>{when.label}</time>}{' '}
      {prefix && <span class="glossa-change">{prefix}</span>}{' '}
      <span lang={text.lang} dir={dirOf(text.lang)}>
        {text.text}
      </span>
      <Sources sources={fact.sources} />
    </li>
  );
}

/**
 * The facts; with a page date that facts changed after, in two tenses: what held when the page
 * was published (a state shown without its later end), then, apart, what changed since.
 */
/** The fact as known on `day`: a state's end is dropped when it came after that day. */
function endedBy(fact: Fact, day: string): Fact {
  return fact.until !== undefined && dayRange(fact.until)[1] > day ? { ...fact, until: undefined } : fact;
}

function Facts({
  facts,
  lang,
  pageDay,
  level,
}: {
  facts: readonly Fact[];
  lang: Lang;
  pageDay: string | null;
  level: number;
}) {
  const split = pageDay ? splitAtDay(facts, pageDay) : null;
  if (!split || split.since.length === 0) {
    return (
      <ul class="glossa-facts">
        {facts.map((fact, i) => (
          <FactItem key={i} fact={fact} lang={lang} when={factWhen(fact)} />
        ))}
      </ul>
    );
  }
  const Tense = `h${Math.min(level, 6)}` as 'h3';
  return (
    <>
      <section class="glossa-then">
        <Tense class="glossa-tense">{t('cardThen', pageDay!)}</Tense>
        <ul class="glossa-facts">
          {split.then.map((fact, i) => (
            // A state that ended after the page's day is shown as the page knew it: still held.
            <FactItem key={i} fact={fact} lang={lang} when={factWhen(endedBy(fact, pageDay!))} />
          ))}
        </ul>
      </section>
      <section class="glossa-since">
        <Tense class="glossa-tense">{t('cardSinceThen')}</Tense>
        <ul class="glossa-facts">
          {split.since.map((c, i) => (
            <FactItem
              key={i}
              fact={c.fact}
              lang={lang}
              when={{ label: c.day, dateTime: c.day }}
              prefix={c.kind === 'ended' ? t('cardEnded') : undefined}
            />
          ))}
        </ul>
      </section>
    </>
  );
}

export function EntityCard(props: EntityCardProps) {
  const {
    entity,
    lang,
    personal,
    updated,
    original,
    headingLevel = 2,
    relations,
    onOpenEntity,
    onBack,
    headingRef,
    checks,
    pageDay,
  } = props;
  const name = pickText(entity.names, lang) ?? { text: entity.id, lang };
  const summary = pickText(entity.summary, lang);
  const Heading = `h${headingLevel}` as 'h2';
  const showOriginal = original !== undefined && original.trim() !== '' && original.trim() !== name.text;
  const originalIsArabic = original !== undefined && /[\u0600-\u06ff]/.test(original);
  return (
    <article class="glossa-card" lang={lang} dir={dirOf(lang)} data-entity={entity.id}>
      {checks && checks.length > 0 && <Checks checks={checks} lang={lang} />}
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
        <Facts facts={entity.facts} lang={lang} pageDay={pageDay ?? null} level={headingLevel + 1} />
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
  checks?: readonly ClaimCheck[];
}

export interface CardBrowserProps {
  first: CardData;
  lang: Lang;
  original?: string;
  headingLevel?: 2 | 3 | 4;
  /** The page's publication day: every card of the trail is read at it. */
  pageDay?: string | null;
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
    const { lang, original, headingLevel, pageDay } = this.props;
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
        checks={current.checks}
        pageDay={pageDay}
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
