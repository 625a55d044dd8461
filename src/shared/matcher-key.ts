/**
 * The precompiled matcher the background keeps in storage.local for the content script, and the
 * key that says which packs it was built for. Pure (no storage, no DOM): the background computes
 * the key when it stores a matcher, the content script computes it again from what it loaded, and
 * uses the stored matcher only when both agree (loadMatcher checks pack ids and entity ids too).
 *
 *   storage.local "compiledMatcher"  { format: COMPILED_MATCHER_FORMAT, key: string, data: base64 of serialiseMatcher() }
 */
import type { Pack } from '../text/pack-types';

export const COMPILED_MATCHER_KEY = 'compiledMatcher';
// 3: the engine's GLM2 blob (context rules stored compiled). 2 is skipped: matcher-key.test.ts uses it as "another format".
export const COMPILED_MATCHER_FORMAT = 3;

export interface CompiledMatcherRecord {
  format: typeof COMPILED_MATCHER_FORMAT;
  key: string;
  data: string;
}

/** Two independent 32-bit FNV-1a style hashes over UTF-16 code units, as 16 hex digits. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Identifies the matcher for (extension version, bundled pack id+version, personal glossary).
 * The extension version is in it so a stale blob from an older engine is never loaded.
 */
export function matcherKey(extensionVersion: string, bundled: Pick<Pack, 'id' | 'version'>, glossary: Pack | null): string {
  const personal = glossary && glossary.entities.length > 0 ? hashText(JSON.stringify(glossary)) : 'none';
  return `${COMPILED_MATCHER_FORMAT}|${extensionVersion}|${bundled.id}@${bundled.version}|${personal}`;
}

export function isCompiledMatcherRecord(value: unknown): value is CompiledMatcherRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<CompiledMatcherRecord>;
  return r.format === COMPILED_MATCHER_FORMAT && typeof r.key === 'string' && typeof r.data === 'string';
}

export function bytesToBase64(bytes: Uint8Array): string {
  // Chunks keep String.fromCharCode's argument count bounded; the chunk strings are joined once.
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return btoa(parts.join(''));
}

/** Native base64 decoding (Chromium 140+, Firefox 133+): no per-byte loop in cold code. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64?.bind(Uint8Array);

/** Throws on invalid base64. The result starts at offset 0 of its own buffer (8-byte aligned). */
export function base64ToBytes(text: string, native = fromBase64): Uint8Array {
  // The content script decodes ~270 kB on every page: the per-byte loop below took ~15 ms there.
  if (native) return native(text);
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * The stored matcher's bytes when `stored` is a record for exactly `key`, else null (absent,
 * other format, stale key, undecodable). Never throws.
 */
export function precompiledFor(stored: unknown, key: string): Uint8Array | null {
  if (!isCompiledMatcherRecord(stored) || stored.key !== key) return null;
  try {
    return base64ToBytes(stored.data);
  } catch {
    return null;
  }
}
