/**
 * One frame's content script: follows the settings, watches the page's text cheaply while it
 * holds no name (./text-watch.ts), hands over to the annotator (./page-annotator.ts builds it, loaded only then)
 * once it may, and answers the frame's messages (`handlers`). Also keeps the `glossa:scan-status`
 * test signal: whether the frame's work is settled, and how often it has settled after working.
 * Its dependencies are injected (./index.ts wires the page's).
 */
import type { Handlers, PageClaimsResponse, PageEntitiesResponse, ScanStatus } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import type { Pack } from '../text/pack-types';
import type { Annotator } from './annotator';

/** What the frame needs of the text watch (./text-watch.ts's TextWatch). */
export interface WatchLike {
  /** True when all the page's text, changes included, has been read (and held no name). */
  readonly complete: boolean;
  /** How many times the watch settled after reading (grows with each change it reads). */
  readonly passes: number;
  start(): void;
  stop(): void;
}

/** What the frame needs of the annotator (./annotator.ts). */
export type FrameAnnotator = Pick<
  Annotator,
  'settled' | 'settingsChanged' | 'glossaryChanged' | 'pageEntities' | 'pageClaims' | 'reveal' | 'navigate' | 'showCard'
>;

export interface FrameDeps<W extends WatchLike = WatchLike> {
  hostname: string;
  orphaned(): boolean;
  loadSettings(): Promise<Settings>;
  loadGlossary(): Promise<Pack | null>;
  /** A watch over the frame's text; `onName` when it finds a name (or cannot tell). */
  createWatch(onName: () => void): W;
  /**
   * Loads the annotator code and creates one; `onSettled` is its settled hook. `watch` is the
   * frame's watch, if it is still running: the annotator adopts what it read.
   */
  loadAnnotator(onSettled: () => void, watch: W | null): Promise<FrameAnnotator>;
  /** The page's publication day as it states it (./page-date.ts), or null. */
  pageDate(): string | null | Promise<string | null>;
}

export class ContentFrame<W extends WatchLike = WatchLike> {
  /** The newest settings; null until read. */
  private settings: Settings | null = null;
  /** A settings change event arrived: it is newer than the first read's answer. */
  private settingsEventSeen = false;
  /** The annotator, once its loading started; `annotatorReady` once it is loaded. */
  private annotator: Promise<FrameAnnotator> | null = null;
  private annotatorReady: FrameAnnotator | null = null;
  /**
   * The text watch, while the frame is active and no annotator was loaded; it goes on reading
   * while the annotator loads, which adopts it.
   */
  private watch: W | null = null;
  /**
   * Cut off from the extension (updated or removed) when a name showed up, or its second half could
   * not be loaded: the frame does nothing more.
   */
  private isCutOff = false;
  /** Reads and loads in flight (settings, glossary, annotator code). */
  private pending = 0;
  /** Work was done since the frame was last seen settled. */
  private worked = false;
  /** How many times the frame became settled after working (scan-status). */
  private generation = 0;
  /** The watch's passes when the frame was last asked: more passes are work done since. */
  private watchPasses = 0;

  constructor(private readonly deps: FrameDeps<W>) {}

  /** Glossa is on, for this site. */
  private get active(): boolean {
    return !!this.settings && isSiteEnabled(this.settings, this.deps.hostname);
  }

  /** Reads the settings and starts what they call for. */
  async start(): Promise<void> {
    const settings = await this.track(this.deps.loadSettings());
    if (!this.settingsEventSeen) this.settings = settings;
    this.decide();
  }

  settingsChanged(settings: Settings): void {
    this.settingsEventSeen = true;
    this.settings = settings;
    this.decide();
  }

  /** The stored glossary was written. */
  glossaryWritten(): void {
    this.worked = true;
    const annotator = this.annotator;
    if (annotator)
      void Promise.all([annotator, this.track(this.deps.loadGlossary())]).then(([a, g]) => a.glossaryChanged(g));
    // The text was checked against the old glossary: the annotator reads the new one and the page.
    else if (this.watch) {
      this.stopWatch();
      this.loadAnnotator().catch(this.loadFailed);
    }
  }

  /** The answers to the messages a frame receives (the top frame's included). */
  handlers(): Handlers<'frame' | 'top-frame'> {
    return {
      'glossa:page-entities': () => this.pageEntities(),
      'glossa:page-info': () => ({ hostname: this.deps.hostname }),
      'glossa:page-claims': () => this.pageClaims(),
      'glossa:reveal': ({ entityId, claim }) =>
        this.annotator?.then((a) => a.reveal(entityId, claim)) ?? { found: false },
      'glossa:navigate': ({ direction }) => this.annotator?.then((a) => a.navigate(direction)) ?? { count: 0 },
      'glossa:show-card': ({ entityId, query }) => {
        // A name looked up from the context menu: the card needs the annotator's UI.
        if (!this.annotator && !this.active) return { shown: false };
        return this.loadAnnotator().then((a) => a.showCard(entityId, query));
      },
      'glossa:scan-status': () => this.status(),
    };
  }

  pageEntities(): PageEntitiesResponse | Promise<PageEntitiesResponse> {
    if (this.annotator) return this.annotator.then((a) => a.pageEntities());
    // Watching means the text read so far holds no name.
    return { complete: !!this.settings && (!this.active || this.isCutOff || !!this.watch?.complete), entities: [] };
  }

  async pageClaims(): Promise<PageClaimsResponse> {
    if (this.annotator) return this.annotator.then((a) => a.pageClaims());
    const { complete } = this.pageEntities() as PageEntitiesResponse;
    // Off for this page: nothing is loaded into it, not even the date reader (the second half).
    if (!this.active) return { complete, pageDate: null, claims: [] };
    return { complete, pageDate: await this.deps.pageDate(), claims: [] };
  }

  status(): ScanStatus {
    if (this.watch && this.watch.passes !== this.watchPasses) {
      this.watchPasses = this.watch.passes;
      this.worked = true;
    }
    const settled = this.settled();
    if (settled && this.worked) {
      this.worked = false;
      this.generation++;
    }
    return { enabled: this.active && !this.isCutOff, settled, generation: this.generation };
  }

  private settled(): boolean {
    if (!this.settings || this.pending > 0) return false;
    if (this.annotator) return this.annotatorReady?.settled ?? false;
    return this.watch?.complete ?? true;
  }

  /** Settings arrived or changed: watch, pass them to the annotator, or stay idle. */
  private decide(): void {
    this.worked = true;
    // A watch the annotator is adopting stops too (the annotator, not yet scanning, would not).
    if (!this.active) this.stopWatch();
    if (this.annotator) return void this.annotator.then((a) => a.settingsChanged(this.settings!));
    if (!this.active) return;
    if (this.watch || this.isCutOff) return;
    this.watch = this.deps.createWatch(this.nameMayBeHere);
    this.watchPasses = 0;
    this.watch.start();
  }

  /**
   * The watch read text that may hold a name (or could not tell): the annotator takes over,
   * unless cut off.
   */
  private readonly nameMayBeHere = (): void => {
    if (!this.deps.orphaned()) return void this.loadAnnotator().catch(this.loadFailed);
    this.cutOff();
  };

  /** Loads the annotator (once); a running watch goes on reading until the annotator adopts it. */
  private loadAnnotator(): Promise<FrameAnnotator> {
    this.worked = true;
    return (this.annotator ??= this.track(
      this.deps.loadAnnotator(() => {
        this.worked = true;
      }, this.watch),
    ).then(
      (a) => {
        this.annotatorReady = a;
        a.settingsChanged(this.settings!);
        return a;
      },
      (e: unknown) => {
        // The second half could not be loaded (cut off by an update meanwhile): the frame stops,
        // settled, with nothing painted; the caller that asked gets the error.
        console.warn('Glossa: cannot load the annotator', e);
        this.annotator = null;
        this.cutOff();
        throw e;
      },
    ));
  }

  /** Logged where it failed (loadAnnotator): nothing more to do for a caller that asked nothing. */
  private readonly loadFailed = (): void => {};

  /** Cut off from the extension: watch no more, answer as a frame with nothing on it. */
  private cutOff(): void {
    this.isCutOff = true;
    this.stopWatch();
  }

  private stopWatch(): void {
    this.watch?.stop();
    this.watch = null;
  }

  /** Counts `p` as pending work until it settles. */
  private track<T>(p: Promise<T>): Promise<T> {
    this.pending++;
    return p.finally(() => this.pending--);
  }
}
