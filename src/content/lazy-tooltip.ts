/**
 * The card UI of the content script: tippy.js, Preact and the entity card, built as its own ES
 * module (build.mjs CONTENT_MODULES: page-card.js). The annotator loads it on the first hover,
 * focus, tap or command that needs a card (./page-annotator.ts loadPageCard), so a page where no
 * card is ever opened neither fetches nor compiles this code.
 */
import { h, type ComponentChild } from 'preact';
import type { EntityCardResponse } from '../shared/messages';
import type { Lang } from '../text/pack-types';
import { pickText } from '../shared/localized-text';
import { t } from '../shared/i18n';
import { CardBrowser, NotKnownNotice, categoryLabel } from '../ui/EntityCard';
import { TooltipHost } from './tooltip';

export { TooltipHost };

export interface Card {
  vnode: ComponentChild;
  /** What the live region announces. */
  announce: string;
}

/**
 * The card of a mention. A screen reader hears the checks of what the page says first, as the
 * card shows them first (the wavy mark on the page is not read out). `load` asks the background
 * for a related entity's card (relation links), as for the first one: passed in, so this module
 * carries no copy of the messaging code page-annotator.js already holds.
 */
export function entityCard(
  known: NonNullable<EntityCardResponse>,
  lang: Lang,
  load: (entityId: string) => Promise<EntityCardResponse>,
  at: { original?: string; pageDay?: string | null } = {},
): Card {
  const name = pickText(known.entity.names, lang)?.text ?? known.entity.id;
  const summary = pickText(known.entity.summary, lang)?.text ?? '';
  const checks = (known.checks ?? []).map((c) => `${t('cardCheckSays', c.says[lang])} ${c.correction[lang]}`);
  return {
    vnode: h(CardBrowser, { first: known, lang, original: at.original, pageDay: at.pageDay, load }),
    announce: [...checks, `${name}. ${categoryLabel(known.entity.category)}. ${summary}`].join(' '),
  };
}

export function notKnownCard(query: string): Card {
  return { vnode: h(NotKnownNotice, { query }), announce: t('contentNotKnown', query) };
}
