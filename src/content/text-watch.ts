/**
 * Watches a frame whose text has held no name so far: the scanner (./scanner.ts: the same walk,
 * batches and handling of changes as the annotator's scan) with the background's matcher as its
 * finder, nothing of Glossa's on the page, and no painting. At its first name (an answer holding
 * one that counts whatever the page says, or the first mention the page decides) it calls `onName`
 * (the entry then loads the annotator) and goes on reading meanwhile; the annotator then
 * adopts the scanner (`adopt`) with what it has walked and found, so the page is not read twice.
 * A background that cannot answer hands over too, without adoption: the annotator can match in
 * the page and reads it again.
 */
import type { FoundMatch, RequestFields } from '../shared/messages';
import { backgroundFinder, findsNothing, type Finder } from './finder';
import { Scanner, type ScannerOptions } from './scanner';

/**
 * The key a watch sends: "whatever glossary is current" (find-names.ts). A watching frame has not
 * read the glossary, and a glossary write hands it over to the annotator anyway.
 */
export const CURRENT_MATCHER = '';

/**
 * A match that counts whatever the rest of the page says (page-evidence.ts decidePage counts it as
 * it is): no sense that waits for the page or votes, not inside a longer name.
 */
export const countsAlone = (m: FoundMatch): boolean =>
  !m.within && (!m.sense || m.sense === 'general' || m.sense === 'after');

/** The scanner as the annotator drives it (./annotator.ts's ScannerLike). */
export interface AdoptedScanner {
  readonly complete: boolean;
  start(finder?: Finder): Promise<void>;
  stop(): void;
}

export class TextWatch {
  private readonly scanner: Scanner;
  /** Where the scanner's batches go: the background (key ''), then the adopter's finder. */
  private finder: Finder;
  /** The annotator's hooks once it adopted the scanner; until then nothing is reported. */
  private adopter: ScannerOptions | null = null;
  /** The entry's `onName`, called at the first name only (it loads the annotator). */
  private readonly onName: () => void;
  /** Stopped, or the background failed: the scanner cannot be adopted. */
  private stopped = false;

  constructor(send: (request: RequestFields<'glossa:find-names'>) => Promise<unknown>, onName: () => void) {
    let named = false;
    this.onName = () => {
      if (named) return;
      named = true;
      onName();
    };
    this.finder = backgroundFinder(send, CURRENT_MATCHER, async () => {
      // Adopted meanwhile: the annotator's finder (with its own matcher in the page) takes the batch.
      if (this.adopter) return this.finder;
      this.stop();
      this.onName();
      return findsNothing;
    });
    this.scanner = new Scanner(
      {
        find: async (texts, state) => {
          const found = await this.finder.find(texts, state);
          // A sure name starts the annotator's loading now, not once this batch is placed and
          // published: that import is the longest step before a page with names is painted.
          if (found.flat().some(countsAlone)) this.onName();
          return found;
        },
      },
      {
        isOurs: (n) => this.adopter?.isOurs(n) ?? false,
        onUpdate: (mentions, complete) => {
          if (this.adopter) this.adopter.onUpdate(mentions, complete);
          else if (mentions.length > 0) this.onName();
        },
        onSettled: (passes) => this.adopter?.onSettled?.(passes),
      },
    );
  }

  /** True when all the page's text, changes included, has been read (and held no name). */
  get complete(): boolean {
    return this.scanner.complete;
  }

  /** The scanner's settled passes (see Scanner.passes). */
  get passes(): number {
    return this.scanner.passes;
  }

  start(): void {
    void this.scanner.start();
  }

  stop(): void {
    this.stopped = true;
    this.scanner.stop();
  }

  /**
   * The annotator takes the scanner over: later batches go to `finder`, every update to
   * `options`. Its first `start()` does not read the page again: it reports what was found so far
   * and resolves when the reading under way is complete; a later `start(finder)` (a new glossary)
   * is a full scan. Null when the watch was stopped or its background failed: scan afresh.
   */
  adopt(finder: Finder, options: ScannerOptions): AdoptedScanner | null {
    if (this.stopped || this.adopter) return null;
    this.adopter = options;
    this.finder = finder;
    const scanner = this.scanner;
    let first = true;
    return {
      get complete() {
        return scanner.complete;
      },
      start: (next?: Finder) => {
        if (!first || next) return scanner.start(next);
        first = false;
        options.onUpdate(scanner.list(), scanner.complete);
        return scanner.whenSettled();
      },
      stop: () => this.stop(),
    };
  }
}
