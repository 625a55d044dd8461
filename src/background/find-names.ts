/**
 * The background's one matcher, and `glossa:find-names`: matches batches of page text for the
 * content scripts' scanners (the annotator's scan, and the watch of a page with no name yet), so
 * the engine runs here, off the pages' threads, and one matcher serves every tab and frame
 * instead of one loaded into each. The context menu's look-up uses the same matcher.
 *
 * The matcher is built from the matching half of the bundled pack and the stored glossary: loaded
 * from the precompiled record (compiled-matcher.ts) when it fits, else built; dropped whenever
 * either is written. Each request names the glossary its page knows (matcherKey): see named().
 */
import browser from '../shared/browser';
import matchPack from '../pack/bundled-pack.json?match';
import { asShown } from '../shared/as-shown';
import { matcherFromStore } from '../shared/merged-packs';
import { COMPILED_MATCHER_KEY, matcherKey } from '../shared/compiled-matcher-record';
import type { FindNamesRequest, FindNamesResponse } from '../shared/messages';
import { GLOSSARY_KEY, GLOSSARY_TOKEN_KEY, storedGlossaryPack } from '../shared/storage';
import type { Matcher, ScanState } from '../text/matcher';
import { claimChecks } from './claim-checks';
import { debug } from '../shared/debug-log';

/** The key a page sends when it has not read the glossary (content/text-watch.ts): any current matcher answers. */
const CURRENT = '';

interface Loaded {
  key: string;
  /** The glossary token stored when this was loaded: every glossary write changes it. */
  token: unknown;
  matcher: Matcher;
}

type Read = (keys: string[]) => Promise<Record<string, unknown>>;

class BackgroundMatcher {
  private loaded: Promise<Loaded> | null = null;

  constructor(
    private readonly read: Read,
    private readonly version: string,
  ) {}

  /** The matcher for the glossary now stored. */
  async current(): Promise<Matcher> {
    return (await (this.loaded ?? this.reload())).matcher;
  }

  /** A glossary or precompiled record was written: the next request loads afresh. */
  drop(): void {
    this.loaded = null;
  }

  /**
   * The matcher for a page that names `key`. A different key: either the page heard of a glossary
   * write before we did (storage's token moved: load again, once for all requests waiting), or the
   * page is behind (the token is what we loaded): the newest glossary answers, and the page rescans
   * when its change event arrives. A stale page thus costs a token read, never a reload.
   */
  async named(key: string): Promise<Matcher> {
    const pending = this.loaded ?? this.reload();
    const loaded = await pending;
    if (loaded.key === key || key === CURRENT) return loaded.matcher;
    const token = (
      await this.read([GLOSSARY_TOKEN_KEY]).catch(
        (e: unknown) => (debug('find-names: read the glossary token', e), {} as Record<string, unknown>),
      )
    )[GLOSSARY_TOKEN_KEY];
    if (token === loaded.token) return loaded.matcher;
    // Another request may have started the load already.
    return (await (this.loaded && this.loaded !== pending ? this.loaded : this.reload())).matcher;
  }

  async findNames(request: FindNamesRequest): Promise<FindNamesResponse> {
    const matcher = await this.named(request.key);
    // The page decides its pending names over all its text (content/scanner.ts): pageWide.
    const state: ScanState = { seen: new Set(request.seen), otherSenses: new Set(request.otherSenses), pageWide: true };
    const claims = claimChecks();
    const matches = request.texts.map((sent) => {
      // Sent as the page holds it: its line breaks are spaces on screen.
      const text = asShown(sent);
      return claims.mark(text, matcher.find(text, state));
    });
    return { matches, seen: [...state.seen], otherSenses: [...(state.otherSenses ?? [])] };
  }

  /** Loads the matcher and makes it current; a failure is not kept (the next request tries again). */
  private reload(): Promise<Loaded> {
    const loading = this.load();
    this.loaded = loading;
    loading.catch((e: unknown) => {
      debug('find-names: load the matcher', e);
      if (this.loaded === loading) this.loaded = null;
    });
    return loading;
  }

  private async load(): Promise<Loaded> {
    // One read, one consistent snapshot. Unreadable storage reads as no glossary, as in the page.
    const got = await this.read([GLOSSARY_KEY, GLOSSARY_TOKEN_KEY, COMPILED_MATCHER_KEY]).catch(
      (e: unknown) => (debug('find-names: read storage', e), {} as Record<string, unknown>),
    );
    const glossary = storedGlossaryPack(got[GLOSSARY_KEY]);
    const key = matcherKey(this.version, matchPack, glossary);
    return {
      key,
      token: got[GLOSSARY_TOKEN_KEY],
      matcher: matcherFromStore(matchPack, glossary, got[COMPILED_MATCHER_KEY], key),
    };
  }
}

export const backgroundMatcher = new BackgroundMatcher(
  (keys) => browser.storage.local.get(keys),
  browser.runtime.getManifest().version,
);

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (GLOSSARY_KEY in changes || GLOSSARY_TOKEN_KEY in changes || COMPILED_MATCHER_KEY in changes))
    backgroundMatcher.drop();
});

/** Answers `glossa:find-names`. */
export function findNames(request: FindNamesRequest): Promise<FindNamesResponse> {
  return backgroundMatcher.findNames(request);
}
