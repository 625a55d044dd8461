/**
 * Where the scanner's text is matched, behind one interface: in the background (the usual case:
 * the engine's work runs off the page's thread, and one matcher serves every tab), or here with
 * the page's own matcher when the background cannot answer. The scanner knows only `Finder`.
 */
import { asShown } from '../shared/as-shown';
import { BACKGROUND_ANSWER_MS, within } from '../shared/deadline';
import { isFindNamesResponse, type FoundMatch, type RequestFields } from '../shared/messages';
import type { Matcher, ScanState } from '../text/matcher';
import { debug } from '../shared/debug-log';

export interface Finder {
  /**
   * Each of `texts`' matches, in order, as Matcher.find gives them for the text as shown (a line
   * break read as a space: shared/as-shown.ts; from the background, with the claims the text states
   * about them); updates the coreference state.
   */
  find(texts: readonly string[], state: ScanState): Promise<FoundMatch[][]>;
}

/** Finds nothing: for a frame that has stopped. */
export const findsNothing: Finder = { find: async (texts) => texts.map(() => []) };

/** The page's own matcher; it reads the texts as the background does (as shown). */
export function localFinder(matcher: Matcher): Finder {
  return { find: async (texts, state) => texts.map((text) => matcher.find(asShown(text), state)) };
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
  return {
    async find(texts, state) {
      if (!local) {
        try {
          const request = {
            key,
            texts: [...texts],
            seen: [...state.seen],
            otherSenses: [...(state.otherSenses ?? [])],
          };
          const answer = await within(send(request), BACKGROUND_ANSWER_MS);
          if (isFindNamesResponse(answer, texts)) {
            // The state as the background left it, whole: a namesake may have taken a name out of it.
            state.seen.clear();
            for (const id of answer.seen) state.seen.add(id);
            state.otherSenses = new Set(answer.otherSenses);
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
