/**
 * Builds the precompiled matcher (shared/compiled-matcher-record.ts) here, once, and stores it in
 * storage.local, so the background's matcher (find-names.ts) and a page that must match on its
 * own load it in ~7 ms instead of building it in 25–50 ms. Built from exactly the packs the
 * content script has: the matching half of the bundled pack plus the personal glossary. Rebuilt
 * on install/update, on browser start and whenever the glossary changes. Any error: logged, and
 * the key left absent (the matcher is then built where it is needed, as it always can be).
 */
import browser from '../shared/browser';
import matchPack from '../pack/bundled-pack.json?match';
import { matchingPacks } from '../shared/merged-packs';
import { bytesToBase64 } from '../shared/base64';
import {
  COMPILED_MATCHER_FORMAT,
  COMPILED_MATCHER_KEY,
  matcherKey,
  type CompiledMatcherRecord,
} from '../shared/compiled-matcher-record';
import { loadGlossary, onGlossaryWritten } from '../shared/storage';
import { buildMatcher } from '../text/matcher';
import { serialiseMatcher } from '../text/matcher-format';
import { debug } from '../shared/debug-log';
import type { Pack } from '../text/pack-types';

type LocalArea = Pick<typeof browser.storage.local, 'set' | 'remove'>;

/** Compiles and stores the matcher record, one build at a time, so the last write is always from the newest glossary. */
export class MatcherCompiler {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly version: string,
    private readonly loadGlossary: () => Promise<Pack | null>,
    private readonly local: LocalArea,
  ) {}

  /** Queues a build with the glossary stored when it runs; resolves when it is done. */
  schedule(): Promise<void> {
    this.queue = this.queue.then(() => this.compile());
    return this.queue;
  }

  private async compile(): Promise<void> {
    try {
      const glossary = await this.loadGlossary();
      const key = matcherKey(this.version, matchPack, glossary);
      const data = bytesToBase64(serialiseMatcher(buildMatcher(matchingPacks(matchPack, glossary))));
      const record: CompiledMatcherRecord = { format: COMPILED_MATCHER_FORMAT, key, data };
      await this.local.set({ [COMPILED_MATCHER_KEY]: record });
    } catch (e) {
      console.warn('Glossa: could not store the precompiled matcher', e);
      await this.local
        .remove(COMPILED_MATCHER_KEY)
        .catch((e: unknown) => debug('compiled matcher: remove the stale record', e));
    }
  }
}

const compiler = new MatcherCompiler(browser.runtime.getManifest().version, loadGlossary, browser.storage.local);
const schedule = (): void => void compiler.schedule();
browser.runtime.onInstalled.addListener(schedule);
browser.runtime.onStartup.addListener(schedule);
onGlossaryWritten(schedule);
