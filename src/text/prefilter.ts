/**
 * The prefilter at run time: a cheap, sound pre-check of page text — can it contain any of the
 * matcher's patterns? — so a page with no name never loads or runs the engine (the per-page tax
 * every reader pays). The background builds the spec (prefilter-build.ts, which explains why it
 * is sound), compiles it and runs it on batches of page text (background/prefilter-check.ts), on
 * native string operations only: no per-character JavaScript loop.
 *
 *   prepared = text, with the few characters NFKD reads otherwise than normalise() replaced first
 *              (´ is an apostrophe to normalise(), a space and an accent to NFKD)
 *              .normalize('NFKD').toLowerCase()
 *              without the characters that normalise to nothing (`ignorable`)
 *              and with those that normalise to several expanded (`expand`);
 *   may hold a name = the pattern trie (a regular expression) matches somewhere in prepared.
 */

// 2: the trie in parts (Latin, Arabic). 3: no `longest` (text is no longer checked in chunks).
export const PREFILTER_FORMAT = 3;

export interface PrefilterSpec {
  /** Characters replaced before NFKD, with what normalise() makes of them. */
  before: [string, string][];
  /** Regular-expression class (with brackets) of prepared characters that normalise to nothing. */
  ignorable: string;
  /** Prepared characters that normalise to several, with what they become. */
  expand: [string, string][];
  /** The pattern trie over prepared text, in parts: a text may hold a name when any part matches. */
  parts: PrefilterPart[];
  /** Regular-expression class of the prepared characters that normalise to a space. */
  spacing: string;
}

export interface PrefilterPart {
  /** Regular-expression source of this part's trie. */
  source: string;
  /** A regular-expression class the text must contain for this part to match at all, or null. */
  needs: string | null;
}

/** The native half of preparing: what the browser does in C++ before our tables apply. */
export function nativeFold(text: string): string {
  // NFKD, not NFKC: decomposed, é is e + an accent that is dropped as ignorable, so each class
  // stays a handful of characters instead of every accented form.
  return text.normalize('NFKD').toLowerCase();
}

/**
 * A character as written in a regular expression: itself when it is safe there, else \uXXXX.
 * Literal characters keep the source short, and V8 stops optimising a regular expression whose
 * source passes 20 kB.
 */
export function lit(c: number): string {
  const safe = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x600 && c <= 0x6ff && c !== 0x640) || c > 0xff && c < 0x2000;
  return safe ? String.fromCharCode(c) : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** A regular-expression class for a set of BMP characters, as ranges. */
export function classOf(chars: Iterable<string>): string {
  const codes = [...chars].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    out += j > i ? `${lit(codes[i]!)}-${lit(codes[j]!)}` : lit(codes[i]!);
    i = j + 1;
  }
  return `[${out}]`;
}

export interface Prefilter {
  /** The prepared form of `text` the pattern runs on (exposed so tests can check it against normalise()). */
  prepare(text: string): string;
  /** Whether `text` may contain a pattern (never false when it does). */
  test(text: string): boolean;
}

/** Throws when the spec is not valid (the caller then runs the engine instead). */
export function compilePrefilter(spec: PrefilterSpec): Prefilter {
  const replacements = new Map(spec.before);
  const replaced = spec.before.length > 0 ? new RegExp(classOf(replacements.keys()), 'g') : null;
  const ignorable = new RegExp(`${spec.ignorable}+`, 'g');
  // A run of spacing becomes one space; a lone plain space (most of them) is left as it is.
  const spacing = new RegExp(`${spec.spacing}{2,}|(?! )${spec.spacing}`, 'g');
  const expansions = new Map(spec.expand);
  const expandable = spec.expand.length > 0 ? new RegExp(classOf(expansions.keys()), 'g') : null;
  // V8 compiles a regular expression when it first runs it: a part whose `needs` no text has
  // had yet is not compiled.
  const parts = spec.parts.map((p) => ({ needs: p.needs === null ? null : new RegExp(p.needs), re: new RegExp(p.source) }));
  const matches = (prepared: string): boolean => parts.some((p) => (!p.needs || p.needs.test(prepared)) && p.re.test(prepared));
  const prepare = (text: string): string => {
    let out = nativeFold(replaced ? text.replace(replaced, (ch) => replacements.get(ch)!) : text).replace(ignorable, '');
    if (expandable) out = out.replace(expandable, (ch) => expansions.get(ch)!);
    return out.replace(spacing, ' ');
  };
  return {
    prepare,
    test: (text) => matches(prepare(text)),
  };
}
