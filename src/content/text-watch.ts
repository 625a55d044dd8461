/**
 * Watches a frame whose text has held no name so far: the scanner (./scanner.ts: the same walk,
 * batches and handling of changes as the annotator's scan) with the background's matcher as its
 * finder, nothing of Glossa's on the page, and no painting. At its first mention it stops and
 * calls `onName`; the entry then loads the annotator, which scans and paints. A background that
 * cannot answer hands over too: the annotator can match in the page.
 */
import type { RequestFields } from '../shared/messages';
import { backgroundFinder, findsNothing } from './finder';
import { Scanner } from './scanner';

/**
 * The key a watch sends: "whatever glossary is current" (find-names.ts). A watching frame has not
 * read the glossary, and a glossary write hands it over to the annotator anyway.
 */
export const CURRENT_MATCHER = '';

export class TextWatch {
  private readonly scanner: Scanner;
  private stopped = false;

  constructor(
    send: (request: RequestFields<'glossa:find-names'>) => Promise<unknown>,
    private readonly onName: () => void,
  ) {
    const finder = backgroundFinder(send, CURRENT_MATCHER, async () => {
      this.found();
      return findsNothing;
    });
    this.scanner = new Scanner(finder, {
      isOurs: () => false,
      onUpdate: (mentions) => {
        if (mentions.length > 0) this.found();
      },
    });
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

  private found(): void {
    if (this.stopped) return;
    this.stop();
    this.onName();
  }
}
