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

export function entityCard(known: NonNullable<EntityCardResponse>, lang: Lang, original?: string): Card {
  const name = pickText(known.entity.names, lang)?.text ?? known.entity.id;
  const summary = pickText(known.entity.summary, lang)?.text ?? '';
  return {
    vnode: h(CardBrowser, { first: known, lang, original, load: loadCard }),
    announce: `${name}. ${categoryLabel(known.entity.category)}. ${summary}`,
  };
}

/** A related entity's card, asked of the background like the first one (relation links). */
function loadCard(entityId: string): Promise<EntityCardResponse> {
  return send('glossa:entity-card', { entityId });
}

export function notKnownCard(query: string): Card {
  return { vnode: h(NotKnownNotice, { query }), announce: t('contentNotKnown', query) };
}
