/**
 * Answers `glossa:find-names`: matches batches of page text for the content scripts' scanners, so
 * the engine runs here, off the pages' threads, and one matcher serves every tab and frame
 * instead of one loaded into each.
 *
 * The matcher is built from the matching half of the bundled pack and the stored glossary: loaded
 * from the precompiled record (compiled-matcher.ts) when it fits, else built; dropped whenever
 * either is written. Each request names the glossary its page knows (matcherKey): see matcherNamed.
 */
import browser from '../shared/browser';
import matchPack from '../pack/bundled-pack.json?match';
import { matcherFromStore } from '../shared/merged-packs';
import { COMPILED_MATCHER_KEY, matcherKey } from '../shared/compiled-matcher-record';
import type { FindNamesRequest, FindNamesResponse } from '../shared/messages';
import { GLOSSARY_KEY, GLOSSARY_TOKEN_KEY, storedGlossaryPack } from '../shared/storage';
import type { Matcher } from '../text/matcher';

interface Loaded {
  key: string;
  /** The glossary token stored when this was loaded: every glossary write changes it. */
  token: unknown;
  matcher: Matcher;
}

let current: Promise<Loaded> | null = null;

/** Loads the matcher and makes it current; a failure is not kept (the next request tries again). */
function reload(): Promise<Loaded> {
  const loading = load();
  current = loading;
  loading.catch(() => {
    if (current === loading) current = null;
  });
  return loading;
}

async function load(): Promise<Loaded> {
  // One read, one consistent snapshot. Unreadable storage reads as no glossary, as in the page.
  const got = await browser.storage.local.get([GLOSSARY_KEY, GLOSSARY_TOKEN_KEY, COMPILED_MATCHER_KEY]).catch(() => ({}) as Record<string, unknown>);
  const glossary = storedGlossaryPack(got[GLOSSARY_KEY]);
  const key = matcherKey(browser.runtime.getManifest().version, matchPack, glossary);
  return { key, token: got[GLOSSARY_TOKEN_KEY], matcher: matcherFromStore(matchPack, glossary, got[COMPILED_MATCHER_KEY], key) };
}

/**
 * The matcher for a page that names `key`. A different key: either the page heard of a glossary
 * write before we did (storage's token moved: load again, once for all requests waiting), or the
 * page is behind (the token is what we loaded): the newest glossary answers, and the page rescans
 * when its change event arrives. A stale page thus costs a token read, never a reload.
 */
async function matcherNamed(key: string): Promise<Loaded> {
  const pending = current ?? reload();
  const loaded = await pending;
  if (loaded.key === key) return loaded;
  const token = (await browser.storage.local.get(GLOSSARY_TOKEN_KEY).catch(() => ({}) as Record<string, unknown>))[GLOSSARY_TOKEN_KEY];
  if (token === loaded.token) return loaded;
  // Another request may have started the load already.
  return current && current !== pending ? current : reload();
}

/** Answers `glossa:find-names`. */
export async function findNames(request: FindNamesRequest): Promise<FindNamesResponse> {
  const { matcher } = await matcherNamed(request.key);
  const state = { seen: new Set(request.seen) };
  const matches = request.texts.map((text) => matcher.find(text, state));
  return { matches, seen: [...state.seen] };
}

// A new glossary or a new precompiled record: the next request loads afresh.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (GLOSSARY_KEY in changes || GLOSSARY_TOKEN_KEY in changes || COMPILED_MATCHER_KEY in changes)) current = null;
});

