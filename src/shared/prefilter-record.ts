/**
 * The content script's prefilter (text/prefilter.ts) as the background stores it in
 * storage.local, and the check that a stored one still fits. Pure: no storage access here.
 *
 *   storage.local "prefilter"  { format, version: extension version, token: glossary token or null, spec }
 *
 * It fits when it was built by this extension version under the glossary token now stored (every
 * glossary write changes the token in the same call; see shared/storage.ts).
 */
import { PREFILTER_FORMAT, type PrefilterPart, type PrefilterSpec } from '../text/prefilter';

export const PREFILTER_KEY = 'prefilter';

export interface PrefilterRecord {
  format: typeof PREFILTER_FORMAT;
  version: string;
  token: string | null;
  spec: PrefilterSpec;
}

const isPairs = (v: unknown): v is [string, string][] =>
  Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string');

function isPart(v: unknown): v is PrefilterPart {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Partial<PrefilterPart>;
  return typeof p.source === 'string' && (p.needs === null || typeof p.needs === 'string');
}

function isSpec(v: unknown): v is PrefilterSpec {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<PrefilterSpec>;
  return (
    Array.isArray(s.parts) && s.parts.length > 0 && s.parts.every(isPart) &&
    typeof s.ignorable === 'string' && typeof s.spacing === 'string' && isPairs(s.before) && isPairs(s.expand)
  );
}

/** The stored spec when it fits this version and glossary token, else null (absent, stale, malformed). */
export function prefilterFor(stored: unknown, version: string, token: unknown): PrefilterSpec | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const r = stored as Partial<PrefilterRecord>;
  if (r.format !== PREFILTER_FORMAT || r.version !== version) return null;
  if ((r.token ?? null) !== (typeof token === 'string' ? token : null)) return null;
  return isSpec(r.spec) ? r.spec : null;
}
