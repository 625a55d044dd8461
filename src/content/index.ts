/**
 * Content script glue: settings and glossary from storage → knowledge → scanner → painter and
 * tooltip; messages from the popup and the background. Runs in every frame; only the top frame
 * answers the page-level messages.
 */
import browser from 'webextension-polyfill';
import { h } from 'preact';
// Only the matching half of the pack (no summaries or facts): cards come from the background.
import matchPack from '../pack/bundled-pack.json?match';
import type { Pack } from '../text/pack-types';
import { createKnowledge, pickText, resolveLang, type Knowledge } from '../shared/knowledge';
import { isContentRequest, type PageEntitiesResponse } from './messages';
import type { EntityCardRequest, EntityCardResponse } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { GLOSSARY_KEY, loadSettings, onGlossaryChanged, onSettingsChanged, sanitiseStoredGlossary } from '../shared/storage';
import { COMPILED_MATCHER_KEY, matcherKey, precompiledFor } from '../shared/matcher-key';
import { t, uiLanguage } from '../shared/i18n';
import { EntityCard, NotKnownNotice, categoryLabel } from '../ui/EntityCard';
import { Scanner, type Mention } from './scanner';
import { clearPaint, paint, setFocus, type PaintOptions } from './painter';
import { TooltipHost } from './tooltip';
import { installInteraction } from './interaction';
import { mentionAt } from './hit-test';
import { nextMention, scrollToMention } from './keyboard';

const isTop = window === window.top;
const bundled: Pack = matchPack;

let settings: Settings | null = null;
let glossary: Pack | null = null;
let knowledge: Knowledge | null = null;
let scanner: Scanner | null = null;
let mentions: readonly Mention[] = [];
let byNode = new WeakMap<Node, Mention[]>();
let shadowRoots: ShadowRoot[] = [];
let reportedIds = '';
let uninstallInteraction: (() => void) | null = null;
let shownMention: Mention | null = null;
let focused: Mention | null = null;
const tooltip = new TooltipHost();

const active = (): boolean => !!settings && isSiteEnabled(settings, location.hostname);

function paintOptions(): PaintOptions {
  const s = settings!;
  return {
    style: s.paintStyle,
    paintAll: s.paintAll,
    categoryOf: (id) => {
      const category = knowledge?.entity(id)?.entity.category;
      return category && s.categories[category] !== false ? category : undefined;
    },
  };
}

function onUpdate(list: readonly Mention[]): void {
  mentions = list;
  byNode = new WeakMap();
  const roots = new Set<ShadowRoot>();
  for (const m of list) {
    for (const n of m.nodes) {
      let arr = byNode.get(n);
      if (!arr) byNode.set(n, (arr = []));
      arr.push(m);
      const root = n.getRootNode();
      if (root instanceof ShadowRoot) roots.add(root);
    }
  }
  shadowRoots = [...roots];
  if (shownMention && !list.includes(shownMention)) hideTooltip();
  repaint();
  reportFrameEntities();
  if (list.length > 0 && !uninstallInteraction) {
    uninstallInteraction = installInteraction({
      mentionAt: (x, y) => mentionAt(x, y, shadowRoots, (n) => byNode.get(n)?.filter(isShown)),
      insideUi: (e) => tooltip.eventInside(e),
      shown: () => shownMention,
      show: (m) => openTooltip(m, false),
      hide: hideTooltip,
      reposition: () => {
        if (!shownMention) return;
        const r = shownMention.range.getBoundingClientRect();
        if (r.bottom < 0 || r.top > window.innerHeight || (r.width === 0 && r.height === 0)) hideTooltip();
        else tooltip.update();
      },
    });
  }
}

/** Mentions the reader can hover: categories switched on. */
function isShown(m: Mention): boolean {
  return paintOptions().categoryOf(m.entityId) !== undefined;
}

function repaint(): void {
  if (!active()) return clearPaint();
  paint(mentions, paintOptions());
}

function reportFrameEntities(): void {
  const ids = [...new Set(mentions.map((m) => m.entityId))].sort();
  const key = ids.join(',');
  if (key === reportedIds) return;
  reportedIds = key;
  browser.runtime.sendMessage({ type: 'glossa:frame-entities', ids }).catch(() => {});
}

function lang() {
  return resolveLang(settings?.language ?? 'auto', uiLanguage());
}

/** Bumped on every open/hide, so a card that arrives late for a closed tooltip is dropped. */
let cardRequest = 0;

async function cardFor(entityId: string, original?: string) {
  const request: EntityCardRequest = { type: 'glossa:entity-card', entityId };
  const known = (await browser.runtime.sendMessage(request).catch(() => null)) as EntityCardResponse;
  if (!known) return null;
  const l = lang();
  const name = pickText(known.entity.names, l)?.text ?? entityId;
  const summary = pickText(known.entity.summary, l)?.text ?? '';
  return {
    vnode: h(EntityCard, { entity: known.entity, lang: l, personal: known.personal, updated: known.updated, original }),
    announce: `${name}. ${categoryLabel(known.entity.category)}. ${summary}`,
  };
}

function openTooltip(m: Mention, fromKeyboard: boolean): void {
  const request = ++cardRequest;
  shownMention = m;
  void cardFor(m.entityId, m.text).then((card) => {
    if (!card || request !== cardRequest || shownMention !== m) return;
    tooltip.show(() => m.range.getBoundingClientRect(), card.vnode, { focus: fromKeyboard, announce: card.announce });
  });
}

function hideTooltip(): void {
  cardRequest++;
  shownMention = null;
  tooltip.hide();
  if (focused) {
    focused = null;
    setFocus(null);
  }
}

function navigate(direction: 1 | -1): void {
  const list = mentions.filter(isShown);
  const m = nextMention(list, focused, direction);
  if (!m) return;
  focusMention(m);
}

function focusMention(m: Mention): void {
  scrollToMention(m);
  hideTooltip();
  focused = m;
  setFocus(m.range);
  openTooltip(m, true);
}

function showCard(entityId: string | null, query: string): void {
  const selection = window.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const anchor = () => range?.getBoundingClientRect() ?? new DOMRect(window.innerWidth / 2, 80, 0, 0);
  hideTooltip();
  const request = cardRequest;
  void (entityId ? cardFor(entityId, query) : Promise.resolve(null)).then((card) => {
    if (request !== cardRequest) return;
    if (card) tooltip.show(anchor, card.vnode, { focus: true, announce: card.announce });
    else tooltip.show(anchor, h(NotKnownNotice, { query }), { focus: true, announce: t('contentNotKnown', query) });
  });
}

/** Turns everything off: no highlight, no host, no listener left behind. */
function stopAll(): void {
  scanner?.stop();
  scanner = null;
  mentions = [];
  byNode = new WeakMap();
  uninstallInteraction?.();
  uninstallInteraction = null;
  shownMention = null;
  focused = null;
  clearPaint();
  tooltip.destroy();
  reportFrameEntities();
}

/**
 * The background's precompiled matcher (shared/matcher-key.ts) as read at start; used for the
 * first build only if its key matches the glossary we have. Later glossary changes build here.
 */
let stored: unknown = null;

function apply(rebuild: boolean): void {
  if (!active()) return stopAll();
  if (rebuild || !knowledge) {
    const precompiled = stored === null ? null : precompiledFor(stored, matcherKey(browser.runtime.getManifest().version, bundled, glossary));
    stored = null;
    knowledge = createKnowledge(bundled, glossary, precompiled);
  }
  if (!scanner) {
    scanner = new Scanner(knowledge.matcher, { isOurs: tooltip.isOurs, onUpdate });
    void scanner.start();
  } else if (rebuild) void scanner.start(knowledge.matcher);
  else repaint();
}

function pageEntities(): PageEntitiesResponse {
  if (!settings) return { complete: false, entities: [] };
  if (!active() || !scanner) return { complete: true, entities: [] };
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return { complete: scanner.complete, entities: [...counts].map(([id, count]) => ({ id, count })) };
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isTop || !isContentRequest(message)) return undefined;
  switch (message.type) {
    case 'glossa:page-entities':
      return Promise.resolve(pageEntities());
    case 'glossa:page-info':
      return Promise.resolve({ hostname: location.hostname });
    case 'glossa:reveal': {
      const m = mentions.find((x) => x.entityId === message.entityId);
      if (m) focusMention(m);
      return Promise.resolve({ found: !!m });
    }
    case 'glossa:navigate':
      if (active()) navigate(message.direction);
      return Promise.resolve({ count: mentions.length });
    case 'glossa:show-card':
      if (active()) showCard(message.entityId, message.query);
      return Promise.resolve({ shown: active() });
    default:
      return undefined;
  }
});

async function main(): Promise<void> {
  onSettingsChanged((s) => {
    const before = settings;
    settings = s;
    if (before && before.language !== s.language && shownMention) hideTooltip();
    apply(false);
  });
  onGlossaryChanged((g) => {
    glossary = g;
    if (active()) apply(true);
  });
  // Glossary and precompiled matcher in one read (as loadGlossary does: unreadable → none).
  const local = browser.storage.local.get([GLOSSARY_KEY, COMPILED_MATCHER_KEY]).catch(() => ({}) as Record<string, unknown>);
  const [s, l] = await Promise.all([loadSettings(), local]);
  settings = s;
  try {
    glossary = sanitiseStoredGlossary(l[GLOSSARY_KEY]).pack;
  } catch {
    glossary = null;
  }
  stored = l[COMPILED_MATCHER_KEY] ?? null;
  apply(true);
}

void main();
