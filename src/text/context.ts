/**
 * Disambiguation by nearby words. A rule's words are folded like the text and looked for as
 * whole words (Arabic proclitics, French elision and English possessive allowed) within
 * `window` normalised characters either side of the mention, not counting the mention itself.
 */
import type { ContextRule } from './pack-types';
import {
  arabicTokenStart,
  ArabicStart,
  isArabicInitial,
  isProcliticLetter,
  isWordChar,
  latinLeftOk,
  rightOk,
} from './boundaries';
import { wordClassOf, WORD_NONE } from './char-tables';
import { foldString } from './normalise';

export const DEFAULT_WINDOW = 150;

/**
 * The words of one or more rules, flat: a loaded matcher keeps them as views over its stored bytes
 * (one set of arrays for all its rules), so loading folds nothing and builds no Map.
 */
export interface ContextTables {
  /** Folded words, concatenated. */
  chars: Uint16Array;
  /** Word w is chars[wordStart[w], wordStart[w + 1]). */
  wordStart: Int32Array;
  /**
   * The distinct first code units of a group of words (one rule's required words, or its
   * vetoes), ascending, group after group.
   */
  keys: Uint16Array;
  /** Words starting with keys[k] are words [keyWord[k], keyWord[k + 1]). */
  keyWord: Int32Array;
  /**
   * 32 entries per rule: bitset over (code unit & 1023) of the first code units of all the rule's
   * words, so most characters of a window are rejected with one load.
   */
  bits: Uint32Array;
}

export interface CompiledContext {
  tables: ContextTables;
  window: number;
  /** Some word starts with a non-word character: it may then start anywhere, not only at a word start. */
  anyStart: boolean;
  /** This rule's bitset: tables.bits[bitsAt, bitsAt + 32). */
  bitsAt: number;
  /** Key ranges (in tables.keys) of the required words and of the vetoes. */
  reqLo: number;
  reqHi: number;
  vetLo: number;
  vetHi: number;
}

/** A rule's words, folded like page text (empty words are dropped when compiled). */
export interface RuleWords {
  requires: readonly Uint16Array[];
  vetoes: readonly Uint16Array[];
  window: number;
}

function foldWords(words: readonly string[] | undefined): Uint16Array[] {
  const out: Uint16Array[] = [];
  for (const w of words ?? []) {
    const f = foldString(w);
    const arr = new Uint16Array(f.length);
    for (let i = 0; i < f.length; i++) arr[i] = f.charCodeAt(i);
    out.push(arr);
  }
  return out;
}

/** Compiled rules sharing one set of tables (rule i from rules[i]). */
export function compileRuleWords(rules: readonly RuleWords[]): CompiledContext[] {
  const words: Uint16Array[] = [];
  const keys: number[] = [];
  const keyWord: number[] = [];
  const bits = new Uint32Array(32 * rules.length);
  const groups: [number, number, number, number, boolean][] = [];
  // Words of a group sorted by first code unit (stable), one key per distinct first unit.
  const addGroup = (group: readonly Uint16Array[], bitsAt: number): [number, number] => {
    const lo = keys.length;
    const sorted = group.filter((w) => w.length > 0).sort((a, b) => a[0]! - b[0]!);
    for (const w of sorted) {
      const c = w[0]!;
      bits[bitsAt + ((c & 1023) >>> 5)]! |= 1 << (c & 31);
      if (keys.length === lo || keys[keys.length - 1] !== c) {
        keys.push(c);
        keyWord.push(words.length);
      }
      words.push(w);
    }
    return [lo, keys.length];
  };
  rules.forEach((rule, r) => {
    const [reqLo, reqHi] = addGroup(rule.requires, 32 * r);
    const [vetLo, vetHi] = addGroup(rule.vetoes, 32 * r);
    let anyStart = false;
    for (let k = reqLo; k < vetHi; k++) if (!isWordChar(keys[k]!)) anyStart = true;
    groups.push([reqLo, reqHi, vetLo, vetHi, anyStart]);
  });
  keyWord.push(words.length);
  const wordStart = new Int32Array(words.length + 1);
  for (let w = 0; w < words.length; w++) wordStart[w + 1] = wordStart[w]! + words[w]!.length;
  const chars = new Uint16Array(wordStart[words.length]!);
  for (let w = 0; w < words.length; w++) chars.set(words[w]!, wordStart[w]!);
  const tables: ContextTables = {
    chars,
    wordStart,
    keys: Uint16Array.from(keys),
    keyWord: Int32Array.from(keyWord),
    bits,
  };
  // Same property order as loadMatcher's rules: one hidden class for contextAllows to see.
  return groups.map(([reqLo, reqHi, vetLo, vetHi, anyStart], r) => ({
    tables,
    window: rules[r]!.window,
    anyStart,
    bitsAt: 32 * r,
    reqLo,
    reqHi,
    vetLo,
    vetHi,
  }));
}

export function compileContext(rule: ContextRule): CompiledContext {
  return compileRuleWords([
    { requires: foldWords(rule.requires), vetoes: foldWords(rule.vetoes), window: rule.window ?? DEFAULT_WINDOW },
  ])[0]!;
}

/** The words of a compiled rule (compileRuleWords gives back an equivalent rule). */
export function ruleWords(rule: CompiledContext): RuleWords {
  const { chars, wordStart, keyWord } = rule.tables;
  const list = (lo: number, hi: number): Uint16Array[] => {
    const out: Uint16Array[] = [];
    for (let w = keyWord[lo]!; w < keyWord[hi]!; w++) out.push(chars.subarray(wordStart[w]!, wordStart[w + 1]!));
    return out;
  };
  return { requires: list(rule.reqLo, rule.reqHi), vetoes: list(rule.vetLo, rule.vetHi), window: rule.window };
}

/**
 * Whether word chars[ws, we) (of the rule tables) occurs at text position p as a whole word:
 * Arabic proclitics, French elision and the English possessive allowed, as for names. With
 * `openEnd`, the word may go on (a stem: انطلق matches انطلقت).
 */
export function wordAt(
  chars: Uint16Array,
  length: number,
  p: number,
  word: Uint16Array,
  ws: number,
  we: number,
  openEnd = false,
): boolean {
  for (let k = ws; k < we; k++) if (chars[p + k - ws] !== word[k]) return false;
  const first = word[ws]!;
  const last = word[we - 1]!;
  if (isWordChar(first)) {
    if (isArabicInitial(first)) {
      if (
        arabicTokenStart(
          chars,
          p,
          first === 0x0627 && we - ws > 1 && word[ws + 1] === 0x0644 ? ArabicStart.Article : ArabicStart.Bare,
        ) < 0
      )
        return false;
    } else if (!latinLeftOk(chars, p)) return false;
  }
  return openEnd || !isWordChar(last) || rightOk(chars, length, p + we - ws);
}

function wordsAt(
  t: ContextTables,
  chars: Uint16Array,
  length: number,
  p: number,
  hi: number,
  s: number,
  keyLo: number,
  keyHi: number,
): boolean {
  const c = chars[p]!;
  const { keys, keyWord, wordStart } = t;
  // Binary search for c among the group's keys.
  let lo = keyLo;
  let h = keyHi - 1;
  while (lo <= h) {
    const mid = (lo + h) >>> 1;
    const k = keys[mid]!;
    if (k === c) {
      for (let w = keyWord[mid]!; w < keyWord[mid + 1]!; w++) {
        const ws = wordStart[w]!;
        const len = wordStart[w + 1]! - ws;
        if (p + len > hi || (p < s && p + len > s)) continue;
        if (wordAt(chars, length, p, t.chars, ws, ws + len)) return true;
      }
      return false;
    }
    if (k < c) lo = mid + 1;
    else h = mid - 1;
  }
  return false;
}

/**
 * A mention's verdict from the words near it: the other sense (REJECT), the story's (ACCEPT), or
 * not decided by its neighbourhood (UNDECIDED), which the page's evidence then settles
 * (matcher.ts). The contract between the rule's words and the engine.
 */
export const REJECT = -1;
export const UNDECIDED = 0;
export const ACCEPT = 1;
export type Verdict = typeof REJECT | typeof UNDECIDED | typeof ACCEPT;

/**
 * The verdict of the rule for the mention at normalised [s, e), in one pass over the window: a veto
 * word rejects; a required word accepts; a rule with required words and none nearby is undecided;
 * a rule of vetoes only accepts when none is nearby.
 */
export function contextVerdict(
  rule: CompiledContext,
  chars: Uint16Array,
  length: number,
  s: number,
  e: number,
): Verdict {
  const { tables, bitsAt, anyStart, reqLo, reqHi, vetLo, vetHi } = rule;
  const bits = tables.bits;
  const hasVetoes = vetHi > vetLo;
  let needed = reqHi > reqLo;
  if (!hasVetoes && !needed) return ACCEPT;
  const lo = Math.max(0, s - rule.window);
  const hi = Math.min(length, e + rule.window);
  for (let p = lo; p < hi; p++) {
    if (p === s) {
      p = e; // skip the mention itself
      if (p >= hi) break;
    }
    const c = chars[p]!;
    if ((bits[bitsAt + ((c & 1023) >>> 5)]! & (1 << (c & 31))) === 0) continue;
    // A word starting with a word character can only start a token, or follow an Arabic
    // proclitic letter or an elision apostrophe (wordAt checks the details).
    if (p > 0 && !anyStart) {
      const b = chars[p - 1]!;
      if (wordClassOf(b) !== WORD_NONE && !(b >= 0x0627 && b <= 0x0648 && isProcliticLetter(b))) continue;
    }
    if (hasVetoes && wordsAt(tables, chars, length, p, hi, s, vetLo, vetHi)) return REJECT;
    if (needed && wordsAt(tables, chars, length, p, hi, s, reqLo, reqHi)) {
      needed = false;
      if (!hasVetoes) return ACCEPT;
    }
  }
  return needed ? UNDECIDED : ACCEPT;
}
