/**
 * Builds what the content script needs to start cheaply, here, once, and stores it in
 * storage.local, so the script in every page and frame does not build it itself:
 * - the precompiled matcher (shared/matcher-key.ts): loaded in ~7 ms instead of built in 25–50 ms;
 * - the prefilter (shared/prefilter-record.ts): lets a page with no name skip the engine entirely.
 * Built from exactly the packs the content script has: the matching half of the bundled pack plus
 * the personal glossary. Rebuilt on install/update, on browser start and whenever the glossary
 * changes. Any error: logged, and the keys left absent (the content script then builds its own
 * matcher and runs without a prefilter, as it always can).
 */
import browser from '../shared/browser';
import matchPack from '../pack/bundled-pack.json?match';
import { matchingPacks } from '../shared/merged-packs';
import { bytesToBase64 } from '../shared/base64';
import { COMPILED_MATCHER_FORMAT, COMPILED_MATCHER_KEY, matcherKey, type CompiledMatcherRecord } from '../shared/compiled-matcher-record';
import { PREFILTER_KEY, type PrefilterRecord } from '../shared/prefilter-record';
import { loadGlossaryWithToken, onGlossaryWritten } from '../shared/storage';
import { buildMatcher, expandPatterns } from '../text/matcher';
import { serialiseMatcher } from '../text/matcher-format';
import { PREFILTER_FORMAT } from '../text/prefilter';
import { buildPrefilter } from '../text/prefilter-build';

async function compile(): Promise<void> {
  try {
    // One read: the token names exactly this glossary (a newer write changes it).
    const { glossary, token } = await loadGlossaryWithToken();
    const version = browser.runtime.getManifest().version;
    const packs = matchingPacks(matchPack, glossary);
    const key = matcherKey(version, matchPack, glossary);
    // Expanding the aliases is most of a cold build: done once for the matcher and the prefilter.
    const expansion = expandPatterns(packs);
    const data = bytesToBase64(serialiseMatcher(buildMatcher(packs, expansion)));
    const record: CompiledMatcherRecord = { format: COMPILED_MATCHER_FORMAT, key, data };
    const spec = buildPrefilter(expansion.patterns);
    const prefilter: PrefilterRecord | null = spec && { format: PREFILTER_FORMAT, version, token, spec };
    await browser.storage.local.set({ [COMPILED_MATCHER_KEY]: record, ...(prefilter && { [PREFILTER_KEY]: prefilter }) });
    if (!prefilter) await browser.storage.local.remove(PREFILTER_KEY);
  } catch (e) {
    console.warn('Glossa: could not store the precompiled matcher and prefilter', e);
    await browser.storage.local.remove([COMPILED_MATCHER_KEY, PREFILTER_KEY]).catch(() => {});
  }
}

// One at a time, so the last write is always from the newest glossary.
let queue: Promise<void> = Promise.resolve();
function schedule(): void {
  queue = queue.then(compile);
}

browser.runtime.onInstalled.addListener(() => {
  // An update may change the pack without changing what the old prefilter's key can tell: drop
  // it before anything else, so no page uses it while the new one is built.
  queue = queue.then(() => browser.storage.local.remove(PREFILTER_KEY).catch(() => {}));
  schedule();
});
browser.runtime.onStartup.addListener(schedule);
onGlossaryWritten(schedule);
