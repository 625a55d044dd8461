/**
 * Where the scanner's text is matched, behind one interface: in the background (the usual case:
 * the engine's work runs off the page's thread, and one matcher serves every tab), or here with
 * the page's own matcher when the background cannot answer. The scanner knows only `Finder`.
 */
import { BACKGROUND_ANSWER_MS } from '../shared/deadline';
import { isFindNamesResponse, type FoundMatch, type RequestFields } from '../shared/messages';
import type { Matcher, ScanState } from '../text/matcher';
import { debug } from '../shared/debug-log';

export interface Finder {
  /**
   * Each of `texts`' matches, in order, as Matcher.find gives them (from the background, with the
   * claims the text states about them); updates the coreference state.
   */
  find(texts: readonly string[], state: ScanState): Promise<FoundMatch[][]>;
}

/** Finds nothing: for a frame that has stopped. */
export const findsNothing: Finder = { find: async (texts) => texts.map(() => []) };

export function localFinder(matcher: Matcher): Finder {
  return { find: async (texts, state) => texts.map((text) => matcher.find(text, state)) };
}

/**
 * Rejects the answers that have not come within `ms`: one timer for all of a finder's requests,
 * set when none runs and again for the oldest request left when it fires. A timer set and cleared
 * per request (`within`) cost a 1 MB page ~7 ms of native timer calls (docs/perf-log-tax10.md).
 */
export class AnswerDeadline {
  /** Requests in flight, oldest first (a Set keeps insertion order). */
  private readonly asked = new Set<{ at: number; fail: (e: Error) => void }>();
  private armed = false;

  constructor(
    private readonly ms: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Settles as `promise` does, or rejects once `ms` have passed without it settling. */
  within<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry = { at: this.now(), fail: reject };
      this.asked.add(entry);
      promise.then(resolve, reject).finally(() => this.asked.delete(entry));
      this.arm();
    });
  }

  private arm(): void {
    const oldest = this.asked.values().next().value;
    if (this.armed || !oldest) return;
    this.armed = true;
    setTimeout(
      () => {
        this.armed = false;
        const now = this.now();
        for (const entry of this.asked) {
          if (now - entry.at < this.ms) break;
          this.asked.delete(entry);
          entry.fail(new Error(`no answer within ${this.ms} ms`));
        }
        this.arm();
      },
      Math.max(0, oldest.at + this.ms - this.now()),
    );
  }
}

/**
 * Asks the background (background/find-names.ts). On any failure (no answer, none in time, or one
 * that does not fit the request) it switches for good to the finder `fallback` makes, which
 * answers this batch too: the page is still read, only on its own thread.
 */
export function backgroundFinder(
  send: (request: RequestFields<'glossa:find-names'>) => Promise<unknown>,
  key: string,
  fallback: () => Promise<Finder>,
): Finder {
  let local: Promise<Finder> | null = null;
  const deadline = new AnswerDeadline(BACKGROUND_ANSWER_MS);
  return {
    async find(texts, state) {
      if (!local) {
        try {
          const answer = await deadline.within(send({ key, texts: [...texts], seen: [...state.seen] }));
          if (isFindNamesResponse(answer, texts)) {
            for (const id of answer.seen) state.seen.add(id);
            return answer.matches;
          }
          console.warn('Glossa: the background sent an answer that does not fit; matching in the page');
        } catch (e) {
          // No background (restarting, stuck, or gone after an update): the page's own matcher takes over.
          debug('finder: ask the background', e);
        }
        local ??= fallback();
      }
      return (await local).find(texts, state);
    },
  };
}
