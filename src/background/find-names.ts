/**
 * Answers `glossa:find-names`: matches batches of page text for the content scripts' scanners, so
 * the engine runs here, off the pages' threads, and one matcher serves every tab and frame
 * instead of one loaded into each.
 *
 * The matcher is built from the matching half of the bundled pack and the stored glossary: loaded
 * from the precompiled record (compiled-matcher.ts) when it fits, else built. A page names the
 * glossary it knows by its matcherKey; a key other than ours means a glossary was written since
 * one of us read it, so the matcher is loaded again (once per request: the newest stored glossary
 * wins, and a page still on an older one rescans when its change event arrives).
 */
import browser from '../shared/browser';
import matchPack from '../pack/bundled-pack.json?match';
import { matcherFor, matchingPacks } from '../shared/knowledge';
import { COMPILED_MATCHER_KEY, matcherKey, precompiledFor } from '../shared/matcher-key';
import { isFindNamesRequest, type FindNamesRequest, type FindNamesResponse } from '../shared/messages';
import { GLOSSARY_KEY, storedGlossaryPack } from '../shared/storage';
import type { Matcher } from '../text/matcher';

interface Loaded {
  key: string;
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
  // Unreadable storage reads as no glossary, as in the page.
  const got = await browser.storage.local.get([GLOSSARY_KEY, COMPILED_MATCHER_KEY]).catch(() => ({}) as Record<string, unknown>);
  const glossary = storedGlossaryPack(got[GLOSSARY_KEY]);
  const key = matcherKey(browser.runtime.getManifest().version, matchPack, glossary);
  return { key, matcher: matcherFor(matchingPacks(matchPack, glossary), precompiledFor(got[COMPILED_MATCHER_KEY], key)).matcher };
}

async function findNames(request: FindNamesRequest): Promise<FindNamesResponse> {
  let loaded = await (current ?? reload());
  if (loaded.key !== request.key) loaded = await reload();
  const state = { seen: new Set(request.seen) };
  const matches = request.texts.map((text) => loaded.matcher.find(text, state));
  return { matches, seen: [...state.seen] };
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isFindNamesRequest(message)) return undefined;
  return findNames(message);
});
