// Base64 of binary data, for what storage keeps as JSON text (the precompiled matcher).

export function bytesToBase64(bytes: Uint8Array): string {
  // Chunks keep String.fromCharCode's argument count bounded; the chunk strings are joined once.
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return btoa(parts.join(''));
}

/** Native base64 decoding (Chromium 140+, Firefox 133+): no per-byte loop in cold code. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64?.bind(
  Uint8Array,
);

/** Throws on invalid base64. The result starts at offset 0 of its own buffer (8-byte aligned). */
export function base64ToBytes(text: string, native = fromBase64): Uint8Array {
  // The content script decodes the whole precompiled matcher on every page: the per-byte loop
  // below took ~15 ms there.
  if (native) return native(text);
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
