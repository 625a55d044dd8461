/**
 * The annotator: glossary → knowledge and finder → scanner → painter and tooltip, and the answers
 * to the page's messages once the frame annotates. One object per frame, created by the entry
 * (./frame.ts) only once the frame is active and its text may hold a name; its dependencies
 * (storage, messaging, painter, clock, scanner, UI) are injected (./page-annotator.ts wires the
 * page's), so it can be created twice and tested without a browser. Settings and glossary changes
 * arrive from the entry.
 */
import type { ClaimMark, PageClaimsResponse, PageEntitiesResponse, Response, Send } from '../shared/messages';
import { resolveLang } from '../shared/localized-text';
import { matcherKey } from '../shared/compiled-matcher-record';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { tallyClaims } from '../text/claims';
import type { Matcher } from '../text/matcher';
import type { Category, Pack } from '../text/pack-types';
import { backgroundFinder, findsNothing, localFinder, type Finder } from './finder';
import { mentionAt } from './hit-test';
import type { InteractionHooks } from './interaction';
import { nextMention, scrollToMention } from './keyboard';
import type { PaintOptions } from './painter';
import { appendedTo, type Mention, type ScannerOptions } from './scanner';
import type { Card, TooltipHost } from './lazy-tooltip';

/** What the annotator needs of a scanner (./scanner.ts's Scanner). */
export interface ScannerLike {
  /** True when no scan, rescan or batch is in flight and no change waits. */
  readonly complete: boolean;
  /** Starts (or restarts, with a new finder) a full scan; resolves when it is complete. */
  start(finder?: Finder): Promise<void>;
  stop(): void;
}

export interface Painter {
  paint(mentions: readonly Mention[], options: PaintOptions): void;
  paintAppended(appended: readonly Mention[], options: PaintOptions): void;
  /** Some change is not painted yet (the painter paints at most once per frame). */
  readonly pending: boolean;
  /** What waits is painted now (a scan has ended). */
  flush(): void;
  setFocus(range: Range | null): void;
  clearPaint(): void;
}

export interface Clock {
  /** Resolves in a new task (long work gives the page its turn). */
  nextTask(): Promise<void>;
  /** Runs `fn` in a task of its own, after the current one. */
  later(fn: () => void): void;
}

/**
 * What the annotator needs of the bundled pack while the background matches: its name and version
 * (the precompiled matcher's key) and each entity's category (the paint). The match data is
 * loaded with the page's own matcher, only when needed (`loadMatcher`).
 */
export interface PackOutline {
  id: string;
  version: string;
  categories: Readonly<Record<string, Category>>;
}

export interface AnnotatorDeps {
  hostname: string;
  /**
   * The browser's UI language (the tooltip's language when settings say "auto"). Asked when a card
   * is first built: the i18n API's first use costs a content script 3-6 ms (docs/perf-log.md, session 10).
   */
  uiLanguage(): string;
  /** The extension's version: names the background's precompiled matcher. */
  version: string;
  bundled: PackOutline;
  /**
   * The page's own matcher for the bundled pack plus `personal` (from the background's stored
   * record `stored` when it was built for `key`): loaded only when the background cannot answer.
   */
  loadMatcher(personal: Pack | null, stored: unknown, key: string): Promise<Matcher>;
  storage: {
    /** The stored personal glossary (null when none or unreadable). */
    glossary(): Promise<Pack | null>;
    /** The background's precompiled matcher record (shared/compiled-matcher-record.ts), if any. */
    compiledMatcher(): Promise<unknown>;
  };
  send: Send;
  /** True when this script was cut off from the extension (updated or removed). */
  orphaned(): boolean;
  painter: Painter;
  clock: Clock;
  createScanner(finder: Finder, options: ScannerOptions): ScannerLike;
  installInteraction(hooks: InteractionHooks): () => void;
  loadUi(): Promise<typeof import('./lazy-tooltip')>;
  /** Called when the annotator may have become settled (see `settled`). */
  onSettled(): void;
  /** The page's publication day as it states it (./page-date.ts), or null: read as today. */
  pageDate(): string | null;
}

/** A card whose UI or data cannot be had is logged; the page stays as it was and the next card asks again. */
function cannotShowCard(e: unknown): void {
  console.warn('Glossa: cannot show the card', e);
}

export class Annotator {
  /** The newest settings; null until the first settingsChanged (which starts the annotator). */
  private settings: Settings | null = null;
  /** The newest personal glossary known: from the first read, unless a change event came first. */
  private glossary: Pack | null = null;
  /** Bumped by every glossary change event. */
  private glossaryVersion = 0;
  /** The glossary version `knowledge` and `finder` were built from (-1: not built yet). */
  private builtFor = -1;
  /** The one read of the stored glossary, started by the first apply that needs it. */
  private glossaryRead: Promise<void> | null = null;
  /** Categories of the glossary's entities, which replace the bundled pack's (personal ids win). */
  private personalCategories = new Map<string, Category>();
  /** Matches for the scanner; a new one (new glossary) means a new full scan. */
  private finder: Finder | null = null;
  private scanner: ScannerLike | null = null;
  /** Bumped by every apply(); an apply that awaited and is no longer the latest stops there. */
  private applying = 0;
  /** Applies waiting for the glossary read: the frame is not settled meanwhile. */
  private waiting = 0;
  /** The current scanner's mentions, in document order. */
  private mentions: readonly Mention[] = [];
  /** Mentions per entity, kept with `mentions`: page-entities is asked often (the popup polls it). */
  private counts = new Map<string, number>();
  /** Mentions by text node, for hit-testing. */
  private byNode = new WeakMap<Node, Mention[]>();
  /** Shadow roots holding mentions (hit-testing looks into them). */
  private shadowRoots: ShadowRoot[] = [];
  /** Entity ids in `mentions`, and the list last reported to the background (the badge). */
  private frameIds = new Set<string>();
  private reportedIds = '';
  private reportPending = false;
  private uninstallInteraction: (() => void) | null = null;
  private shownMention: Mention | null = null;
  /** The mention the keyboard moved to (drawn with the focus highlight). */
  private focused: Mention | null = null;
  /** Created with the lazily loaded UI code when a tooltip is first opened. */
  private tooltip: TooltipHost | null = null;
  private ui: Promise<typeof import('./lazy-tooltip')> | null = null;
  /** Bumped on every open/hide, so a card that arrives late for a closed tooltip is dropped. */
  private cardRequest = 0;

  constructor(private readonly deps: AnnotatorDeps) {}

  /** Glossa is on, for this site. */
  get active(): boolean {
    return !!this.settings && isSiteEnabled(this.settings, this.deps.hostname);
  }

  /**
   * Nothing pending: no glossary read awaited, the scanner (if any) is complete and what it found
   * is painted.
   */
  get settled(): boolean {
    return this.waiting === 0 && (this.scanner?.complete ?? true) && !this.deps.painter.pending;
  }

  /** New settings (the first call starts the annotator). */
  settingsChanged(s: Settings): void {
    const before = this.settings;
    this.settings = s;
    if (before && before.language !== s.language && this.shownMention) this.hideTooltip();
    void this.apply();
  }

  /** The stored glossary changed: rescan with it (now if active, else when turned on). */
  glossaryChanged(g: Pack | null): void {
    this.glossary = g;
    this.glossaryVersion++;
    if (this.active) void this.apply();
  }

  pageEntities(): PageEntitiesResponse {
    if (!this.settings) return { complete: false, entities: [] };
    if (!this.active) return { complete: true, entities: [] };
    if (!this.scanner) return { complete: false, entities: [] }; // glossary still loading
    const complete = this.scanner.complete && !this.deps.painter.pending;
    return { complete, entities: [...this.counts].map(([id, count]) => ({ id, count })) };
  }

  /** The checked claims the page makes, counted over their mentions, in order of first statement. */
  pageClaims(): PageClaimsResponse {
    const found = this.mentions.flatMap((m) => (m.claims ?? []).map((c) => ({ entity: m.entityId, ...c })));
    return { complete: this.pageEntities().complete, pageDate: this.deps.pageDate(), claims: tallyClaims(found) };
  }

  /** Focuses the entity's first mention (the first that makes `claim`, when given). */
  reveal(entityId: string, claim?: string): Response<'glossa:reveal'> {
    const m = this.mentions.find(
      (x) => x.entityId === entityId && (claim === undefined || !!x.claims?.some((c) => c.claim === claim)),
    );
    if (m) this.focusMention(m);
    return { found: !!m };
  }

  navigate(direction: 1 | -1): Response<'glossa:navigate'> {
    if (this.active) {
      const m = nextMention(this.mentions.filter(this.isShown), this.focused, direction);
      if (m) this.focusMention(m);
    }
    return { count: this.mentions.length };
  }

  showCard(entityId: string | null, query: string): Response<'glossa:show-card'> {
    if (!this.active) return { shown: false };
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    const anchor = () => range?.getBoundingClientRect() ?? new DOMRect(window.innerWidth / 2, 80, 0, 0);
    this.hideTooltip();
    const request = this.cardRequest;
    void Promise.all([entityId ? this.cardFor(entityId, query) : null, this.loadUi()]).then(([card, mod]) => {
      if (request !== this.cardRequest) return;
      const shown = card ?? mod.notKnownCard(query);
      this.tooltip?.show(anchor, shown.vnode, { focus: true, announce: shown.announce });
    }, cannotShowCard);
    return { shown: true };
  }

  /**
   * Brings the page in line with the settings and glossary: stops when off; otherwise builds the
   * finder for the newest glossary (reading it first, once) and scans, rescans or repaints.
   */
  private async apply(): Promise<void> {
    const turn = ++this.applying;
    if (!this.active) return this.stop();
    let rebuilt = false;
    if (this.builtFor !== this.glossaryVersion) {
      this.waiting++;
      try {
        await (this.glossaryRead ??= this.readGlossary());
      } finally {
        this.waiting--;
      }
      // A newer apply (newer settings or glossary) came meanwhile: it does the work, once.
      if (turn !== this.applying) return this.deps.onSettled();
      this.personalCategories = new Map((this.glossary?.entities ?? []).map((e) => [e.id, e.category]));
      this.finder = this.finderFor(this.glossary);
      this.builtFor = this.glossaryVersion;
      rebuilt = true;
    }
    if (!this.scanner) {
      const scanner: ScannerLike = this.deps.createScanner(this.finder!, {
        isOurs: this.isOurs,
        onUpdate: (list, complete) => this.onUpdate(scanner, list, complete),
      });
      this.scanner = scanner;
      void scanner.start();
    } else if (rebuilt) void this.scanner.start(this.finder!);
    else this.repaint();
    this.deps.onSettled();
  }

  private async readGlossary(): Promise<void> {
    const stored = await this.deps.storage.glossary();
    // A change event that came before the read's answer carries the newer glossary.
    if (this.glossaryVersion === 0) this.glossary = stored;
  }

  /**
   * The background matches the page's text; if it cannot, this frame loads a matcher of its own,
   * from the background's precompiled record when it fits.
   */
  private finderFor(personal: Pack | null): Finder {
    const { bundled, version, send, storage, clock, loadMatcher } = this.deps;
    const key = matcherKey(version, bundled, personal);
    const self = backgroundFinder(
      (request) => send('glossa:find-names', request),
      key,
      async () => {
        // Replaced meanwhile (a new glossary): the current finder's scan goes on without this one.
        if (self !== this.finder) return findsNothing;
        try {
          if (!this.deps.orphaned()) {
            const matcher = await loadMatcher(personal, await storage.compiledMatcher(), key);
            // Loading the matcher and matching are separate tasks: no long task.
            await clock.nextTask();
            return localFinder(matcher);
          }
        } catch (e) {
          console.warn('Glossa: cannot match in this page', e);
        }
        // Cut off by an update or removal (its cards cannot be shown any more), or no matcher at all:
        // nothing stays painted and nothing more runs.
        this.stop();
        return findsNothing;
      },
    );
    return self;
  }

  /** Turns everything off: no highlight, no host, no listener left behind. */
  private stop(): void {
    this.scanner?.stop();
    this.scanner = null;
    this.mentions = [];
    this.counts = new Map();
    this.byNode = new WeakMap();
    this.shadowRoots = [];
    this.uninstallInteraction?.();
    this.uninstallInteraction = null;
    this.shownMention = null;
    this.focused = null;
    this.deps.painter.clearPaint();
    this.tooltip?.destroy();
    this.reportFrameEntities();
    this.deps.onSettled();
  }

  private onUpdate(from: ScannerLike, list: readonly Mention[], complete: boolean): void {
    // A stopped or replaced scanner's late update (a batch that was away) must not come back.
    if (from !== this.scanner) return;
    // A live page's update usually only appends: then only the new mentions are indexed and
    // painted, so an update costs what was added rather than the whole page.
    const appended = this.mentions.length > 0 ? appendedTo(list, this.mentions) : null;
    this.mentions = list;
    if (!appended) this.counts = new Map();
    for (const m of appended ?? list) this.counts.set(m.entityId, (this.counts.get(m.entityId) ?? 0) + 1);
    if (appended) {
      this.index(appended);
      if (this.active) this.deps.painter.paintAppended(appended, this.paintOptions());
    } else {
      this.byNode = new WeakMap();
      this.shadowRoots = [];
      this.index(list);
      if (this.shownMention && !list.includes(this.shownMention)) this.hideTooltip();
      this.repaint();
    }
    this.reportFrameEntities(appended);
    if (list.length > 0 && !this.uninstallInteraction) this.installInteraction();
    if (!complete) return;
    this.deps.painter.flush();
    this.deps.onSettled();
  }

  private installInteraction(): void {
    this.uninstallInteraction = this.deps.installInteraction({
      mentionAt: (x, y) => mentionAt(x, y, this.shadowRoots, (n) => this.byNode.get(n)?.filter(this.isShown)),
      insideUi: (e) => this.tooltip?.eventInside(e) ?? false,
      shown: () => this.shownMention,
      show: (m) => this.openTooltip(m, false),
      hide: () => this.hideTooltip(),
      reposition: () => {
        if (!this.shownMention) return;
        const r = this.shownMention.range.getBoundingClientRect();
        if (r.bottom < 0 || r.top > window.innerHeight || (r.width === 0 && r.height === 0)) this.hideTooltip();
        else this.tooltip?.update();
      },
    });
  }

  /** Indexes mentions by text node (for hit-testing) and notes the shadow roots they live in. */
  private index(list: readonly Mention[]): void {
    for (const m of list) {
      for (const n of m.nodes) {
        let arr = this.byNode.get(n);
        if (!arr) this.byNode.set(n, (arr = []));
        arr.push(m);
        const root = n.getRootNode();
        if (root instanceof ShadowRoot && !this.shadowRoots.includes(root)) this.shadowRoots.push(root);
      }
    }
  }

  private paintOptions(): PaintOptions {
    const s = this.settings!;
    return {
      style: s.paintStyle,
      paintAll: s.paintAll,
      categoryOf: (id) => {
        const category = this.personalCategories.get(id) ?? this.deps.bundled.categories[id];
        return category && s.categories[category] !== false ? category : undefined;
      },
    };
  }

  /** Mentions the reader can hover: categories switched on. */
  private readonly isShown = (m: Mention): boolean => this.paintOptions().categoryOf(m.entityId) !== undefined;

  private readonly isOurs = (node: Node): boolean => this.tooltip?.isOurs(node) ?? false;

  private repaint(): void {
    if (!this.active) return this.deps.painter.clearPaint();
    this.deps.painter.paint(this.mentions, this.paintOptions());
    // A settings change on a read page is shown at once; during a scan, paints are spaced.
    if (this.scanner?.complete) this.deps.painter.flush();
  }

  /**
   * Tells the background (the badge) which entities this frame has. Coalesced into a task of its
   * own: a scan publishes many updates, and a message is not cheap.
   */
  private reportFrameEntities(appended: readonly Mention[] | null = null): void {
    const size = this.frameIds.size;
    if (appended) for (const m of appended) this.frameIds.add(m.entityId);
    else this.frameIds = new Set(this.mentions.map((m) => m.entityId));
    if ((appended && this.frameIds.size === size) || this.reportPending) return;
    this.reportPending = true;
    this.deps.clock.later(() => {
      this.reportPending = false;
      const ids = [...this.frameIds].sort();
      const key = ids.join(',');
      if (key === this.reportedIds) return;
      this.reportedIds = key;
      // A script cut off by an update has no one to tell (and its API throws).
      if (this.deps.orphaned()) return;
      this.deps
        .send('glossa:frame-entities', { ids })
        .catch((e: unknown) => console.warn('Glossa: cannot report the badge', e));
    });
  }

  /**
   * The card UI, a module fetched on first use (page-card.js). A failed load is not kept, so the
   * next card asks again; that helps only where nothing was fetched yet (the API threw), since the
   * document's module map keeps a failed fetch or evaluation as it was.
   */
  private loadUi(): Promise<typeof import('./lazy-tooltip')> {
    return (this.ui ??= this.deps.loadUi().then(
      (mod) => {
        this.tooltip ??= new mod.TooltipHost();
        return mod;
      },
      (e: unknown) => {
        this.ui = null;
        throw e;
      },
    ));
  }

  private async cardFor(entityId: string, original?: string, claims?: readonly ClaimMark[]): Promise<Card | null> {
    const request = claims?.length ? { entityId, claims: claims.map((c) => c.claim) } : { entityId };
    const [known, mod] = await Promise.all([
      this.deps.send('glossa:entity-card', request).catch((e: unknown) => {
        console.warn('Glossa: no card from the background', e);
        return null;
      }),
      this.loadUi(),
    ]);
    const lang = resolveLang(this.settings?.language ?? 'auto', this.deps.uiLanguage());
    const load = (id: string) => this.deps.send('glossa:entity-card', { entityId: id });
    return known ? mod.entityCard(known, lang, load, { original, pageDay: this.deps.pageDate() }) : null;
  }

  private openTooltip(m: Mention, fromKeyboard: boolean): void {
    const request = ++this.cardRequest;
    this.shownMention = m;
    void this.cardFor(m.entityId, m.text, m.claims).then((card) => {
      if (!card || request !== this.cardRequest || this.shownMention !== m) return;
      this.tooltip?.show(() => m.range.getBoundingClientRect(), card.vnode, {
        focus: fromKeyboard,
        announce: card.announce,
      });
    }, cannotShowCard);
  }

  private hideTooltip(): void {
    this.cardRequest++;
    this.shownMention = null;
    this.tooltip?.hide();
    if (this.focused) {
      this.focused = null;
      this.deps.painter.setFocus(null);
    }
  }

  private focusMention(m: Mention): void {
    scrollToMention(m);
    this.hideTooltip();
    this.focused = m;
    this.deps.painter.setFocus(m.range);
    this.openTooltip(m, true);
  }
}
