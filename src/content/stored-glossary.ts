/**
 * The stored glossary, read in the page without carrying its checks: the validator
 * (shared/glossary.ts, text/validate-pack.ts) is a fifth of page-annotator.js and most readers store
 * no glossary, so the checks are a module of their own (page-glossary.js), loaded only when a
 * value is stored.
 */
import type { Pack } from '../text/pack-types';

/** Loads the checks: glossa-store.ts's storedGlossaryPack, from page-glossary.js. */
export type LoadGlossaryChecks = () => Promise<(raw: unknown) => Pack | null>;

/** The pack in a stored glossary value, as storedGlossaryPack reads it; nothing stored needs no checks. */
export async function storedGlossary(raw: unknown, loadChecks: LoadGlossaryChecks): Promise<Pack | null> {
  if (raw === undefined || raw === null) return null;
  return (await loadChecks())(raw);
}
