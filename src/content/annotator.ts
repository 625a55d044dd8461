/**
 * The annotator: glossary and matcher from storage → knowledge → scanner → painter and tooltip,
 * and the answers to the page's messages. Loaded by the content script's entry (./index.ts) only
 * once the frame is active and its text may hold a name, so its code (the engine included) is not
 * even evaluated on other pages. Settings arrive from the entry.
 */
import browser, { orphaned } from '../shared/browser';
// Only the matching half of the pack (no summaries or facts): cards come from the background.
import matchPack from '../pack/bundled-pack.json?match';
import type { Pack } from '../text/pack-types';
import { createKnowledge, matcherFromStore, resolveLang, type Knowledge } from '../shared/knowledge';
import type { ContentRequest, PageEntitiesResponse } from './messages';
import type { EntityCardRequest, EntityCardResponse, FindNamesRequest } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { GLOSSARY_KEY, storedGlossaryPack } from '../shared/storage';
import { COMPILED_MATCHER_KEY, matcherKey } from '../shared/matcher-key';
import { uiLanguage } from '../shared/i18n';
import { Scanner, type Mention } from './scanner';
import { backgroundFinder, findsNothing, localFinder, type Finder } from './finder';
import { clearPaint, paint, paintAppended, setFocus, type PaintOptions } from './painter';
import type { Card, TooltipHost } from './ui';
import { installInteraction } from './interaction';
import { mentionAt } from './hit-test';
import { nextMention, scrollToMention } from './keyboard';
import { nextTask } from './next-task';

const bundled: Pack = matchPack;

let settings: Settings | null = null;
let glossary: Pack | null = null;
let knowledge: Knowledge | null = null;
let scanner: Scanner | null = null;
let mentions: readonly Mention[] = [];
/** Mentions per entity, kept with `mentions`: page-entities is asked often (the popup polls it). */
let counts = new Map<string, number>();
let byNode = new WeakMap<Node, Mention[]>();
let shadowRoots: ShadowRoot[] = [];
let reportedIds = '';
let uninstallInteraction: (() => void) | null = null;
let shownMention: Mention | null = null;
let focused: Mention | null = null;
/** Created with the lazily loaded UI code (./ui), when a tooltip is first opened. */
let tooltip: TooltipHost | null = null;
let ui: Promise<typeof import('./ui')> | null = null;
function loadUi(): Promise<typeof import('./ui')> {
  return (ui ??= import('./ui').then((mod) => {
    tooltip ??= new mod.TooltipHost();
    return mod;
  }));
}
const isOurs = (node: Node): boolean => tooltip?.isOurs(node) ?? false;

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

/** True when `list` is `before` with mentions added at the end (appended content). */
function isAppendOf(list: readonly Mention[], before: readonly Mention[]): boolean {
  if (before.length === 0 || list.length < before.length) return false;
  for (let i = before.length - 1; i >= 0; i--) if (list[i] !== before[i]) return false;
  return true;
}

/** Indexes mentions by text node (for hit-testing) and notes the shadow roots they live in. */
function index(list: readonly Mention[]): void {
  for (const m of list) {
    for (const n of m.nodes) {
      let arr = byNode.get(n);
      if (!arr) byNode.set(n, (arr = []));
      arr.push(m);
      const root = n.getRootNode();
      if (root instanceof ShadowRoot && !shadowRoots.includes(root)) shadowRoots.push(root);
    }
  }
}

function onUpdate(list: readonly Mention[]): void {
  work++;
  // A live page's update usually only appends: then only the new mentions are indexed and
  // painted, so an update costs what was added rather than the whole page.
  const appended = isAppendOf(list, mentions) ? list.slice(mentions.length) : null;
  mentions = list;
  if (!appended) counts = new Map();
  for (const m of appended ?? list) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  if (appended) {
    index(appended);
    if (active()) paintAppended(appended, paintOptions());
  } else {
    byNode = new WeakMap();
    shadowRoots = [];
    index(list);
    if (shownMention && !list.includes(shownMention)) hideTooltip();
    repaint();
  }
  reportFrameEntities(appended);
  if (list.length > 0 && !uninstallInteraction) {
    uninstallInteraction = installInteraction({
      mentionAt: (x, y) => mentionAt(x, y, shadowRoots, (n) => byNode.get(n)?.filter(isShown)),
      insideUi: (e) => tooltip?.eventInside(e) ?? false,
      shown: () => shownMention,
      show: (m) => openTooltip(m, false),
      hide: hideTooltip,
      reposition: () => {
        if (!shownMention) return;
        const r = shownMention.range.getBoundingClientRect();
        if (r.bottom < 0 || r.top > window.innerHeight || (r.width === 0 && r.height === 0)) hideTooltip();
        else tooltip?.update();
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

/** Entity ids in this frame's mentions, kept up to date as mentions are added. */
let frameIds = new Set<string>();
let reportPending = false;

/**
 * Tells the background (the badge) which entities this frame has. Coalesced into a task of its
 * own: a scan publishes many updates, and a message is not cheap.
 */
function reportFrameEntities(appended: readonly Mention[] | null = null): void {
  const size = frameIds.size;
  if (appended) for (const m of appended) frameIds.add(m.entityId);
  else frameIds = new Set(mentions.map((m) => m.entityId));
  if ((appended && frameIds.size === size) || reportPending) return;
  reportPending = true;
  setTimeout(() => {
    reportPending = false;
    const ids = [...frameIds].sort();
    const key = ids.join(',');
    if (key === reportedIds) return;
    reportedIds = key;
    // A script cut off by an update has no one to tell (and its API throws).
    if (!orphaned()) browser.runtime.sendMessage({ type: 'glossa:frame-entities', ids }).catch(() => {});
  }, 0);
}

function lang() {
  return resolveLang(settings?.language ?? 'auto', uiLanguage());
}

/** Bumped on every open/hide, so a card that arrives late for a closed tooltip is dropped. */
let cardRequest = 0;

async function cardFor(entityId: string, original?: string): Promise<Card | null> {
  const request: EntityCardRequest = { type: 'glossa:entity-card', entityId };
  const [known, mod] = await Promise.all([
    browser.runtime.sendMessage(request).catch(() => null) as Promise<EntityCardResponse>,
    loadUi(),
  ]);
  return known ? mod.entityCard(known, lang(), original) : null;
}

function openTooltip(m: Mention, fromKeyboard: boolean): void {
  const request = ++cardRequest;
  shownMention = m;
  void cardFor(m.entityId, m.text).then((card) => {
    if (!card || request !== cardRequest || shownMention !== m) return;
    tooltip?.show(() => m.range.getBoundingClientRect(), card.vnode, { focus: fromKeyboard, announce: card.announce });
  });
}

function hideTooltip(): void {
  cardRequest++;
  shownMention = null;
  tooltip?.hide();
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
  void Promise.all([entityId ? cardFor(entityId, query) : null, loadUi()]).then(([card, mod]) => {
    if (request !== cardRequest) return;
    const shown = card ?? mod.notKnownCard(query);
    tooltip?.show(anchor, shown.vnode, { focus: true, announce: shown.announce });
  });
}

/** Turns everything off: no highlight, no host, no listener left behind. */
function stopAll(): void {
  scanner?.stop();
  scanner = null;
  mentions = [];
  counts = new Map();
  byNode = new WeakMap();
  uninstallInteraction?.();
  uninstallInteraction = null;
  shownMention = null;
  focused = null;
  clearPaint();
  tooltip?.destroy();
  reportFrameEntities();
}

/**
 * What start-up reads from storage.local besides settings: the glossary. Read only once the frame
 * is known to be active, so a site that is switched off (or Glossa off) pays for the settings
 * read alone.
 */
let local: Promise<void> | null = null;
let rebuildWanted = true;
/** A change event came before our read: its glossary is the newer one. */
let glossaryEventSeen = false;
/** Bumped by every apply(); an apply that awaited and is no longer the latest stops there. */
let applying = 0;
/** Matches for the scanner; a new one (new glossary) means a new full scan. */
let finder: Finder | null = null;
/** The finder the running scanner was started with. */
let scannedWith: Finder | null = null;

async function readLocal(): Promise<void> {
  // As loadGlossary does: unreadable → no glossary.
  const l = await browser.storage.local.get(GLOSSARY_KEY).catch(() => ({}) as Record<string, unknown>);
  if (!glossaryEventSeen) glossary = storedGlossaryPack(l[GLOSSARY_KEY]);
}

/**
 * The background matches the page's text; if it cannot, this frame loads a matcher of its own,
 * from the background's precompiled record (shared/matcher-key.ts, ~250 kB) when it fits.
 */
function finderFor(personal: Pack | null): Finder {
  const key = matcherKey(browser.runtime.getManifest().version, bundled, personal);
  const send = (request: FindNamesRequest): Promise<unknown> => browser.runtime.sendMessage(request);
  const self = backgroundFinder(send, key, async () => {
    // Replaced meanwhile (a new glossary): the current finder's scan goes on without this one.
    if (self !== finder) return findsNothing;
    try {
      if (!orphaned()) {
        const l = await browser.storage.local.get(COMPILED_MATCHER_KEY).catch(() => ({}) as Record<string, unknown>);
        const matcher = matcherFromStore(bundled, personal, l[COMPILED_MATCHER_KEY], key);
        // Loading the matcher and matching are separate tasks: no long task.
        await nextTask();
        return localFinder(matcher);
      }
    } catch (e) {
      console.warn('Glossa: cannot match in this page', e);
    }
    // Cut off by an update or removal (its cards cannot be shown any more), or no matcher at all:
    // nothing stays painted and nothing more runs.
    stopAll();
    return findsNothing;
  });
  return self;
}

async function apply(): Promise<void> {
  const turn = ++applying;
  if (!active()) return stopAll();
  if (rebuildWanted || !knowledge) {
    await (local ??= readLocal());
    if (turn !== applying) return;
    if (!active()) return stopAll();
    knowledge = createKnowledge(bundled, glossary);
    finder = finderFor(glossary);
    rebuildWanted = false;
  }
  if (!scanner) {
    scanner = new Scanner(finder!, { isOurs, onUpdate });
    scannedWith = finder;
    void scanner.start();
  } else if (scannedWith !== finder) {
    scannedWith = finder;
    void scanner.start(finder!);
  } else repaint();
}

function pageEntities(): PageEntitiesResponse {
  if (!settings) return { complete: false, entities: [] };
  if (!active()) return { complete: true, entities: [] };
  if (!scanner) return { complete: false, entities: [] }; // glossary still loading
  return { complete: scanner.complete, entities: [...counts].map(([id, count]) => ({ id, count })) };
}

/** Answers a page-level message (the entry routes the top frame's messages here). */
export function handle(message: ContentRequest): Promise<unknown> | undefined {
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
}

/** Test signal (glossa:scan-status): scanner updates and applies so far, and apply() calls still running. */
let work = 0;
let applyRunning = 0;
function startApply(): void {
  work++;
  applyRunning++;
  void apply().finally(() => applyRunning--);
}

/** This frame's part of glossa:scan-status: settled, and a count that moves whenever it did work. */
export function status(): { settled: boolean; work: number } {
  return { settled: applyRunning === 0 && (!active() || !!scanner?.complete), work };
}

/** New settings (the first call starts the annotator). */
export function settingsChanged(s: Settings): void {
  const before = settings;
  settings = s;
  if (before && before.language !== s.language && shownMention) hideTooltip();
  startApply();
}

export function glossaryChanged(g: Pack | null): void {
  glossary = g;
  glossaryEventSeen = true;
  rebuildWanted = true;
  if (active()) startApply();
}
