/**
 * Builds the prefilter (prefilter.ts) for the matcher's patterns. Sound means: whenever
 * normalise(text) contains a pattern, the prefilter says yes.
 *
 * The regular expressions form a trie of the patterns (or of a window of each long one) in which
 * each normalised character is the class of prepared characters that normalise to it (`a` → [aª…],
 * `ه` → [هةۀ…]); prepared text writes a run of spacing as one space. Windows with an Arabic letter
 * are a part of their own, tried only on text that has one. normalise() folds character by
 * character, so a pattern inside a run of a block's text is also inside the page's text nodes
 * joined in document order, which is what the content script sends to be checked. ي and ر share a class:
 * normalise() swaps them in أميركا → أمريكا. prefilter.test.ts checks every BMP character
 * against normalise() and fuzzes whole strings against the matcher.
 *
 * Building needs normalise() of every BMP character (~1 s): the background builds the spec once
 * per matcher and stores it (shared/prefilter-record.ts).
 */
import { normalise } from './normalise';
import { classOf, lit, nativeFold, type PrefilterPart, type PrefilterSpec } from './prefilter';

/** Above this many patterns the trie is too big to be cheap: no prefilter (the engine runs). */
export const PREFILTER_MAX_PATTERNS = 5000;
/**
 * Above this source length V8 stops optimising a regular expression and the test gets ~10× slower
 * than the engine it is meant to spare: no prefilter then either.
 */
const MAX_SOURCE = 20_000;

/**
 * Each pattern is looked for by a window of at most this many characters: a shorter trie is a
 * faster regular expression, and a window of a name is found wherever the name is.
 */
const WINDOW = 10;

/**
 * Letters from rarest to commonest in English, French and Arabic news text: each pattern is
 * looked for by its rarest window, so ordinary text rarely matches one. Only speed and
 * selectivity depend on this order, never correctness.
 */
const BY_FREQUENCY = 'zqxjkwvyghbpfmudclrsniaote' + 'ظضذثغخصطزشجحقكفسدهعبتةرنومياأل';

function commonness(ch: string): number {
  const i = BY_FREQUENCY.indexOf(ch);
  if (i >= 0) return i;
  return ch === ' ' ? 100 : 0; // digits, punctuation and other scripts: rare; a space: very common
}

/** The part of `pattern` the trie holds: the whole when short, else its rarest window. */
function windowOf(pattern: string): string {
  if (pattern.length <= WINDOW) return pattern;
  let best = 0;
  let bestScore = Infinity;
  for (let i = 0; i <= pattern.length - WINDOW; i++) {
    let score = 0;
    for (let k = i; k < i + WINDOW; k++) score += commonness(pattern[k]!);
    if (score < bestScore) [best, bestScore] = [i, score];
  }
  return pattern.slice(best, best + WINDOW);
}

const YEH = 'ي';
const REH = 'ر';

/** What normalise() makes of one character between two letters (so a space is kept). */
const foldChar = (ch: string): string => normalise(`a${ch}a`).text.slice(1, -1);

interface Alphabet {
  /** Normalised character → the prepared characters that normalise to it. */
  classes: Map<string, Set<string>>;
  ignorable: Set<string>;
  expand: Map<string, string>;
  before: Map<string, string>;
}

let alphabet: Alphabet | null = null;

/** Every character nativeFold can output, sorted by what normalise() makes of it. */
function buildAlphabet(): Alphabet {
  const classes = new Map<string, Set<string>>();
  const ignorable = new Set<string>();
  const expand = new Map<string, string>();
  const before = new Map<string, string>();
  const seen = new Set<string>();
  const folds = new Map<string, string>();
  const fold = (ch: string): string => folds.get(ch) ?? (folds.set(ch, foldChar(ch)), folds.get(ch)!);
  // Code units, not code points: normalise() folds UTF-16 code units one by one.
  const units = (text: string): string[] => Array.from({ length: text.length }, (_, i) => text[i]!);
  const spaced = (s: string): string => s.replace(/ {2,}/g, ' ');
  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue;
    const ch = String.fromCharCode(u);
    const native = units(nativeFold(ch));
    // Characters NFKD reads otherwise than normalise() are replaced before it.
    if (spaced(native.map(fold).join('')) === fold(ch)) for (const x of native) seen.add(x);
    else before.set(ch, fold(ch));
  }
  for (const ch of seen) {
    const folded = fold(ch);
    if (folded === '') ignorable.add(ch);
    else if (folded.length > 1) expand.set(ch, folded);
    else {
      const key = folded === YEH ? REH : folded;
      let set = classes.get(key);
      if (!set) classes.set(key, (set = new Set()));
      set.add(ch);
    }
  }
  // The one lowercase mapping that depends on context (Final_Sigma): a whole string lowercases a
  // word-final Σ to ς, normalise() (one character at a time) to σ.
  classes.get('σ')?.add('ς');
  return { classes, ignorable, expand, before };
}

const ARABIC = /[\u0600-\u06ff]/;

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/** A regular expression matching any of `words`, as a trie (alternatives share their prefixes). */
function trieSource(words: readonly string[], position: (ch: string) => string): string {
  const root: Trie = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (let i = 0; i < w.length; i++) {
      let child = node.next.get(w[i]!);
      if (!child) node.next.set(w[i]!, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  // A word that is a prefix of another ends the match there: the longer branch is not needed.
  const source = (node: Trie): string => {
    if (node.end) return '';
    const alternatives = [...node.next].map(([ch, child]) => position(ch) + source(child));
    return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  };
  return source(root);
}

export function buildPrefilter(patterns: readonly string[]): PrefilterSpec | null {
  if (patterns.length === 0 || patterns.length > PREFILTER_MAX_PATTERNS) return null;
  // normalise() leaves characters outside the BMP as they are; NFKD and lowercasing do not.
  if (patterns.some((p) => /[\ud800-\udfff]/.test(p))) return null;
  const a = (alphabet ??= buildAlphabet());
  const position = (ch: string): string => {
    const members = new Set(a.classes.get(ch) ?? []);
    // Expanded characters' outputs are written into the prepared text as they are.
    members.add(ch);
    // Prepared text writes every run of spacing as one space.
    if (ch === ' ') return ' ';
    return members.size === 1 ? lit(ch.charCodeAt(0)) : classOf(members);
  };
  const windows = [...new Set(patterns.map((p) => windowOf(p).replace(/ي/g, REH)))];
  // Windows with an Arabic letter form their own part, which needs one of the characters that
  // normalise to an Arabic letter: text without any never runs it.
  const arabicWindows = windows.filter((w) => ARABIC.test(w));
  const arabicLetters = new Set<string>();
  for (const [ch, members] of a.classes) if (ARABIC.test(ch)) for (const m of [ch, ...members]) arabicLetters.add(m);
  const parts: PrefilterPart[] = [];
  for (const [list, needs] of [
    [windows.filter((w) => !ARABIC.test(w)), null],
    [arabicWindows, classOf(arabicLetters)],
  ] as const) {
    if (list.length === 0) continue;
    const source = trieSource(list, position);
    if (source.length > MAX_SOURCE) return null;
    parts.push({ source, needs });
  }
  return {
    before: [...a.before],
    ignorable: classOf(a.ignorable),
    expand: [...a.expand],
    parts,
    spacing: classOf(a.classes.get(' ') ?? [' ']),
  };
}

