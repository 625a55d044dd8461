/**
 * Answers `glossa:may-hold-name` for frames that only watch their page: runs the prefilter the
 * background built (compiled-matcher.ts) on a batch of page text. Here, not in the page, so a page
 * with no name never pays for preparing its text or compiling the prefilter's expressions, and the
 * compiled prefilter is shared by every tab instead of rebuilt in each renderer.
 *
 * The stored record is read and compiled on first use and dropped whenever it or the glossary token
 * changes; one that does not fit this version and glossary (or any error) answers "may hold", and
 * the page's annotator reads the page itself.
 */
import browser from '../shared/browser';
import type { Request, Response } from '../shared/messages';
import { PREFILTER_KEY, prefilterFor } from '../shared/prefilter-record';
import { GLOSSARY_TOKEN_KEY } from '../shared/storage';
import { compilePrefilter, type Prefilter } from '../text/prefilter';

let compiled: Promise<Prefilter | null> | null = null;

async function load(): Promise<Prefilter | null> {
  try {
    const got = await browser.storage.local.get([PREFILTER_KEY, GLOSSARY_TOKEN_KEY]);
    const spec = prefilterFor(got[PREFILTER_KEY], browser.runtime.getManifest().version, got[GLOSSARY_TOKEN_KEY]);
    return spec && compilePrefilter(spec);
  } catch (e) {
    console.warn('Glossa: the stored prefilter cannot be used', e);
    return null;
  }
}

async function mayHoldName(text: string): Promise<boolean> {
  const prefilter = await (compiled ??= load());
  if (!prefilter) return true;
  try {
    return prefilter.test(text);
  } catch {
    return true;
  }
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (PREFILTER_KEY in changes || GLOSSARY_TOKEN_KEY in changes)) compiled = null;
});

/** Answers `glossa:may-hold-name`. */
export async function mayHoldNameAnswer({ text }: Request<'glossa:may-hold-name'>): Promise<Response<'glossa:may-hold-name'>> {
  return { mayHold: await mayHoldName(text) };
}
