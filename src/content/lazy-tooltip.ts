/**
 * The tooltip half of the content script: tippy.js, Preact and the entity card. The annotator
 * imports it on first use (esbuild keeps it in the same file but evaluates it lazily), so a page where no
 * tooltip is ever opened does not pay for evaluating this code.
 */
import { h, type ComponentChild } from 'preact';
import type { EntityCardResponse } from '../shared/messages';
import { send } from '../shared/messaging';
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
 * card shows them first (the wavy mark on the page is not read out).
 */
export function entityCard(
  known: NonNullable<EntityCardResponse>,
  lang: Lang,
  at: { original?: string; pageDay?: string | null } = {},
): Card {
  const name = pickText(known.entity.names, lang)?.text ?? known.entity.id;
  const summary = pickText(known.entity.summary, lang)?.text ?? '';
  const checks = (known.checks ?? []).map((c) => `${t('cardCheckSays', c.says[lang])} ${c.correction[lang]}`);
  return {
    vnode: h(CardBrowser, { first: known, lang, original: at.original, pageDay: at.pageDay, load: loadCard }),
    announce: [...checks, `${name}. ${categoryLabel(known.entity.category)}. ${summary}`].join(' '),
  };
}

/** A related entity's card, asked of the background like the first one (relation links). */
function loadCard(entityId: string): Promise<EntityCardResponse> {
  return send('glossa:entity-card', { entityId });
}

export function notKnownCard(query: string): Card {
  return { vnode: h(NotKnownNotice, { query }), announce: t('contentNotKnown', query) };
}
