/**
 * Disambiguation by nearby words. A rule's words are folded like the text and looked for as
 * whole words (Arabic proclitics, French elision and English possessive allowed) within
 * `window` normalised characters either side of the mention, not counting the mention itself.
 * Three groups of words: required words, vetoes, and weighted cue words (learned by
 * `npm run pack:train`, src/pack/README.md).
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
 * The sum of the distinct cue words' weights (log-odds) from which the cues alone decide: at or
 * above CUE_ACCEPT the story's sense, at or below CUE_REJECT another sense. Between them the
 * window does not know. Chosen on the eval corpus's dev split (src/pack/README.md).
 */
export const CUE_ACCEPT = 4;
export const CUE_REJECT = -4;

/**
 * The words of one or more rules, flat: a loaded matcher keeps them as views over its stored bytes
 * (one set of arrays for all its rules), so loading folds nothing and builds no Map.
 */
export interface ContextTables {
  /** Folded words, concatenated. */
  chars: Uint16Array;
  /** Word w is chars[wordStart[w], wordStart[w + 1]). */
  wordStart: Int32Array;
  /** Weight of word w when it is a cue word (0 for required words and vetoes). */
  weights: Float32Array;
  /**
   * The distinct first code units of a group of words (one rule's required words, its vetoes or
   * its cue words), ascending, group after group.
   */
  keys: Uint16Array;
  /** Words starting with keys[k] are words [keyWord[k], keyWord[k + 1]). */
  keyWord: Int32Array;
}

export interface CompiledContext {
  tables: ContextTables;
  window: number;
  /** The window is the text after the mention only (ContextRule.side). */
  after: boolean;
  /** Some word starts with a non-word character: it may then start anywhere, not only at a word start. */
  anyStart: boolean;
  /** Key ranges (in tables.keys) of the required words, the vetoes and the cue words. */
  reqLo: number;
  reqHi: number;
  vetLo: number;
  vetHi: number;
  cueLo: number;
  cueHi: number;
}

/** A rule's words, folded like page text (empty words are dropped when compiled). */
export interface RuleWords {
  requires: readonly Uint16Array[];
  vetoes: readonly Uint16Array[];
  /** Cue words and their weights, aligned. */
  cues: readonly Uint16Array[];
  weights: readonly number[];
  window: number;
  after: boolean;
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

const NO_WEIGHTS: readonly number[] = [];

/** Compiled rules sharing one set of tables (rule i from rules[i]). */
export function compileRuleWords(rules: readonly RuleWords[]): CompiledContext[] {
  const words: Uint16Array[] = [];
  const weights: number[] = [];
  const keys: number[] = [];
  const keyWord: number[] = [];
  const groups: [number, number, number, number, number, number, boolean][] = [];
  // Words of a group sorted by first code unit (stable), one key per distinct first unit.
  const addGroup = (group: readonly Uint16Array[], groupWeights: readonly number[]): [number, number] => {
    const lo = keys.length;
    const sorted = group
      .map((w, i) => ({ w, weight: groupWeights[i] ?? 0 }))
      .filter(({ w }) => w.length > 0)
      .sort((a, b) => a.w[0]! - b.w[0]!);
    for (const { w, weight } of sorted) {
      const c = w[0]!;
      if (keys.length === lo || keys[keys.length - 1] !== c) {
        keys.push(c);
        keyWord.push(words.length);
      }
      words.push(w);
      weights.push(weight);
    }
    return [lo, keys.length];
  };
  rules.forEach((rule) => {
    const [reqLo, reqHi] = addGroup(rule.requires, NO_WEIGHTS);
    const [vetLo, vetHi] = addGroup(rule.vetoes, NO_WEIGHTS);
    const [cueLo, cueHi] = addGroup(rule.cues, rule.weights);
    let anyStart = false;
    for (let k = reqLo; k < cueHi; k++) if (!isWordChar(keys[k]!)) anyStart = true;
    groups.push([reqLo, reqHi, vetLo, vetHi, cueLo, cueHi, anyStart]);
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
    weights: Float32Array.from(weights),
  };
  // Same property order as loadMatcher's rules: one hidden class for contextVerdict to see.
  return groups.map(([reqLo, reqHi, vetLo, vetHi, cueLo, cueHi, anyStart], r) => ({
    tables,
    window: rules[r]!.window,
    after: rules[r]!.after,
    anyStart,
    reqLo,
    reqHi,
    vetLo,
    vetHi,
    cueLo,
    cueHi,
  }));
}

export function compileContext(rule: ContextRule): CompiledContext {
  const cues = Object.entries(rule.weights ?? {});
  return compileRuleWords([
    {
      requires: foldWords(rule.requires),
      vetoes: foldWords(rule.vetoes),
      cues: foldWords(cues.map(([word]) => word)),
      weights: cues.map(([, weight]) => weight),
      window: rule.window ?? DEFAULT_WINDOW,
      after: rule.side === 'after',
    },
  ])[0]!;
}

/** The words of a compiled rule (compileRuleWords gives back an equivalent rule). */
export function ruleWords(rule: CompiledContext): RuleWords {
  const { chars, wordStart, keyWord, weights } = rule.tables;
  const list = (lo: number, hi: number): Uint16Array[] => {
    const out: Uint16Array[] = [];
    for (let w = keyWord[lo]!; w < keyWord[hi]!; w++) out.push(chars.subarray(wordStart[w]!, wordStart[w + 1]!));
    return out;
  };
  const cueWeights: number[] = [];
  for (let w = keyWord[rule.cueLo]!; w < keyWord[rule.cueHi]!; w++) cueWeights.push(weights[w]!);
  return {
    requires: list(rule.reqLo, rule.reqHi),
    vetoes: list(rule.vetLo, rule.vetHi),
    cues: list(rule.cueLo, rule.cueHi),
    weights: cueWeights,
    window: rule.window,
    after: rule.after,
  };
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

/**
 * Per rule, made on first use (only the rules a page's mentions ask for): its words by first code unit
 * and by the two units after it (the prefix), so that at each word start of a window the rule's
 * candidates are found by look-ups instead of comparing every word of the key (most rule words of a
 * language share their first unit: every Arabic word with the article starts ال).
 *
 * The rule's keys (its required words', its vetoes', its cue words') are numbered from 0 here, and
 * their words laid out key by key: key K's are words[keyWord[K], keyWord[K + 1]), first those of one
 * or two units (no prefix), then the others a prefix after another, table order within one.
 */
interface RuleIndex {
  /** `slot[c & 1023]`: the first entry of that bucket of first units (-1: none). */
  slot: Int32Array;
  /** ENTRY numbers per entry: unit, required key, veto key, cue key (-1: none), next entry in the bucket. */
  entries: Int32Array;
  /**
   * A Bloom filter of the rule's longer words by their first three units (filterBit), tested before
   * the slot: most word starts of a window share a first unit with some rule word, and nearly none
   * its next two units.
   */
  filter: Int32Array;
  /** Bit c & 1023 is set when a word of one or two units starts with c. */
  shortUnits: Int32Array;
  keyWord: Int32Array;
  /** Word ids of the tables. */
  words: Int32Array;
  /** The prefix of words[i]: its second and third units as one number (0 for a short word). */
  prefix: Int32Array;
  /** Where key K's words with a prefix begin. */
  longFrom: Int32Array;
  /**
   * Open addressing on (key, prefix), at most half full: the index in `words` of the first word of a
   * key and prefix, -1 for an empty slot. The index tells both (its key's range holds it; prefix[i]).
   */
  slots: Int32Array;
  mask: number;
}
const ENTRY = 5;
/** log2 of the bits of RuleIndex.filter: a few hundred words leave it a few per cent full. */
const FILTER_BITS = 12;
const ruleIndexes = new WeakMap<CompiledContext, RuleIndex>();

/** Two numbers hashed into 32 bits, of which filterBit and slotOf take what they need. */
const mix = (a: number, b: number): number => Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);

/** The filter bit of a word of first unit c and prefix `at`. */
const filterBit = (c: number, at: number): number => mix(c, at) >>> (32 - FILTER_BITS);

/** The first slot to probe for (key k, prefix at). */
const slotOf = (k: number, at: number, mask: number): number => (mix(k, at) >>> 7) & mask;

/** A table of `2 * count` slots or more (a power of two), empty. */
function emptySlots(count: number): Int32Array {
  let size = 16;
  while (size < 2 * count) size *= 2;
  return new Int32Array(size).fill(-1);
}

/**
 * Made in linear time over typed arrays (no sort, no array per key): the words are numbered into
 * groups of one key and prefix, then placed group by group, and `slots` sized by the number of groups.
 */
function ruleIndexOf(rule: CompiledContext): RuleIndex {
  let out = ruleIndexes.get(rule);
  if (out) return out;
  const { chars, wordStart, keys, keyWord: tableKeyWord } = rule.tables;
  const bounds = [rule.reqLo, rule.reqHi, rule.vetLo, rule.vetHi, rule.cueLo, rule.cueHi];
  const keyCount = rule.reqHi - rule.reqLo + (rule.vetHi - rule.vetLo) + (rule.cueHi - rule.cueLo);
  // The tables' key of each of the rule's keys, and where its words start in the tables.
  const keyOf = new Int32Array(keyCount);
  const keyWord = new Int32Array(keyCount + 1);
  for (let b = 0, K = 0; b < 6; b += 2)
    for (let k = bounds[b]!; k < bounds[b + 1]!; k++, K++) {
      keyOf[K] = k;
      keyWord[K + 1] = keyWord[K]! + tableKeyWord[k + 1]! - tableKeyWord[k]!;
    }
  const n = keyWord[keyCount]!;
  // Position q of the rule's words in key order: its word id and prefix.
  const idOf = new Int32Array(n);
  const prefixOf = new Int32Array(n);
  for (let K = 0; K < keyCount; K++)
    for (let q = keyWord[K]!, w = tableKeyWord[keyOf[K]!]!; q < keyWord[K + 1]!; q++, w++) {
      idOf[q] = w;
      const ws = wordStart[w]!;
      if (wordStart[w + 1]! - ws >= 3) prefixOf[q] = (chars[ws + 1]! << 16) | chars[ws + 2]!;
    }
  // Groups numbered by their first word; a scratch table (group numbers) finds a word's group.
  const groupOf = new Int32Array(n);
  const groupFirst = new Int32Array(n);
  const groupSize = new Int32Array(n);
  const scratch = emptySlots(n);
  let groups = 0;
  for (let K = 0; K < keyCount; K++) {
    const lo = keyWord[K]!;
    for (let q = lo; q < keyWord[K + 1]!; q++) {
      const at = prefixOf[q]!;
      if (at === 0) continue;
      let h = slotOf(K, at, scratch.length - 1);
      let g = scratch[h]!;
      while (g >= 0 && !(groupFirst[g]! >= lo && prefixOf[groupFirst[g]!] === at)) {
        h = (h + 1) & (scratch.length - 1);
        g = scratch[h]!;
      }
      if (g < 0) {
        g = scratch[h] = groups++;
        groupFirst[g] = q;
      }
      groupOf[q] = g;
      groupSize[g]!++;
    }
  }
  const words = new Int32Array(n);
  const prefix = new Int32Array(n);
  const longFrom = new Int32Array(keyCount);
  const slots = emptySlots(groups);
  const mask = slots.length - 1;
  // Where the next word of each group goes.
  const next = new Int32Array(groups);
  for (let K = 0; K < keyCount; K++) {
    const lo = keyWord[K]!;
    const hi = keyWord[K + 1]!;
    let i = lo;
    for (let q = lo; q < hi; q++) if (prefixOf[q] === 0) words[i++] = idOf[q]!;
    longFrom[K] = i;
    for (let q = lo; q < hi; q++) {
      const g = groupOf[q]!;
      if (prefixOf[q] === 0 || groupFirst[g] !== q) continue;
      let h = slotOf(K, prefixOf[q]!, mask);
      while (slots[h] !== -1) h = (h + 1) & mask;
      slots[h] = next[g] = i;
      i += groupSize[g]!;
    }
    for (let q = lo; q < hi; q++) {
      if (prefixOf[q] === 0) continue;
      const j = next[groupOf[q]!]!++;
      words[j] = idOf[q]!;
      prefix[j] = prefixOf[q]!;
    }
  }
  // By first unit: its required, veto and cue keys; the filter and the short words' units.
  const units = new Map<number, [number, number, number]>();
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  const shortUnits = new Int32Array(1024 >>> 5);
  for (let b = 0, K = 0; b < 6; b += 2)
    for (let k = bounds[b]!; k < bounds[b + 1]!; k++, K++) {
      const c = keys[k]!;
      const row = units.get(c) ?? [-1, -1, -1];
      row[b >>> 1] = K;
      units.set(c, row);
      if (longFrom[K]! > keyWord[K]!) shortUnits[(c & 1023) >>> 5]! |= 1 << (c & 31);
      for (let i = longFrom[K]!; i < keyWord[K + 1]!; i++) {
        const bit = filterBit(c, prefix[i]!);
        filter[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  const slot = new Int32Array(1024).fill(-1);
  const entries = new Int32Array(ENTRY * units.size);
  let e = 0;
  for (const [unit, [req, vet, cue]] of units) {
    entries.set([unit, req, vet, cue, slot[unit & 1023]!], ENTRY * e);
    slot[unit & 1023] = e++;
  }
  out = { slot, entries, filter, shortUnits, keyWord, words, prefix, longFrom, slots, mask };
  ruleIndexes.set(rule, out);
  return out;
}

/** The index in index.words of key K's first word of prefix `at`, or -1. */
function firstOfPrefix(index: RuleIndex, K: number, at: number): number {
  const { slots, mask, prefix, keyWord } = index;
  const lo = keyWord[K]!;
  const hi = keyWord[K + 1]!;
  for (let h = slotOf(K, at, mask); ; h = (h + 1) & mask) {
    const i = slots[h]!;
    if (i === -1) return -1;
    if (i >= lo && i < hi && prefix[i] === at) return i;
  }
}

/**
 * The candidates of key K at a word start of prefix `at`, one after another: the key's short words,
 * then its words of that prefix. From i = -1, the position in index.words after candidate i, or -1
 * when there is no more.
 */
function nextCandidate(index: RuleIndex, K: number, at: number, i: number): number {
  const from = index.longFrom[K]!;
  const j = i < 0 ? index.keyWord[K]! : i + 1;
  if (j < from) return j;
  if (j === from) return firstOfPrefix(index, K, at);
  return j < index.keyWord[K + 1]! && index.prefix[j] === at ? j : -1;
}

/** The text's second and third code units from p, as RuleIndex.prefix holds a word's (-1 past the end). */
function prefixAt(chars: Uint16Array, length: number, p: number): number {
  return p + 2 < length ? (chars[p + 1]! << 16) | chars[p + 2]! : -1;
}

/** Whether word w of the tables occurs at p as a whole word, inside the window, not across the mention. */
function wordFits(
  t: ContextTables,
  w: number,
  chars: Uint16Array,
  length: number,
  p: number,
  hi: number,
  s: number,
): boolean {
  const ws = t.wordStart[w]!;
  const len = t.wordStart[w + 1]! - ws;
  if (p + len > hi || (p < s && p + len > s)) return false;
  return wordAt(chars, length, p, t.chars, ws, ws + len);
}

/** Whether a word of key K (its group's words starting with the unit at p, prefix `at`) occurs at p. */
function wordsAt(
  t: ContextTables,
  index: RuleIndex,
  at: number,
  chars: Uint16Array,
  length: number,
  p: number,
  hi: number,
  s: number,
  K: number,
): boolean {
  for (let i = nextCandidate(index, K, at, -1); i >= 0; i = nextCandidate(index, K, at, i))
    if (wordFits(t, index.words[i]!, chars, length, p, hi, s)) return true;
  return false;
}

/**
 * Whether a rule word starting with a word character cannot start right after unit b: b is a word
 * character but no Arabic proclitic letter. The same as `wordClassOf(b) !== WORD_NONE &&
 * !isProcliticLetter(b)` (context.test.ts checks every unit), with a to z and the Arabic letters
 * (U+0621 to U+064A, all word characters; the proclitic letters are among them) tested first
 * without the table's look-up.
 */
export function insideWord(b: number): boolean {
  if (b >= 0x61 && b <= 0x7a) return true;
  if (b >= 0x0621 && b <= 0x064a) return !isProcliticLetter(b);
  return wordClassOf(b) !== WORD_NONE;
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
 * What contextVerdict read in a window, for a caller that asks a second question of the same window
 * (matcher.ts: was an accepted place name only not vetoed?) without reading it again.
 */
export class WindowReading {
  veto = false;
  required = false;
  /** The bias the window was read with. */
  bias = 0;
  /** The weights of the distinct cue words read, summed from 0 in text order (a veto stops the read). */
  cues = 0;
}

/** The verdict from what a window held (see contextVerdict). */
function decide(rule: CompiledContext, required: boolean, score: number): Verdict {
  if (score <= CUE_REJECT) return required ? UNDECIDED : REJECT;
  if (required || score >= CUE_ACCEPT) return ACCEPT;
  return rule.reqHi > rule.reqLo || rule.vetHi <= rule.vetLo ? UNDECIDED : ACCEPT;
}

/**
 * The verdict contextVerdict would give with `shift` added to its bias, from its reading of the same
 * window and rule. Exactly the same, whatever the weights: contextVerdict adds its bias to the cue
 * words' sum last, so the shifted bias meets the same sum (summed with the bias, in text order, the
 * sum could round differently: (-8 + 8 + 4) - 2^-50 is not (8 + 4 - 2^-50) - 8).
 */
export function shiftedVerdict(rule: CompiledContext, reading: WindowReading, shift: number): Verdict {
  return reading.veto ? REJECT : decide(rule, reading.required, reading.bias + shift + reading.cues);
}

/**
 * Whether a required word of the rule, and no veto, is in chars[lo, hi) around the mention at normalised
 * [s, e): a clause or sentence of the group's own words about a name a scholar's finding may have taken
 * (matcher.ts). Leaves `reading` read.
 */
export function requiredWithin(
  rule: CompiledContext,
  chars: Uint16Array,
  lo: number,
  hi: number,
  s: number,
  e: number,
  reading: WindowReading,
): boolean {
  contextVerdict(rule, chars.subarray(lo, hi), hi - lo, s - lo, e - lo, 0, reading);
  return reading.required && !reading.veto;
}

/**
 * The verdict of the rule for the mention at normalised [s, e), in one pass over the window.
 * A veto word rejects. Otherwise the weights of the distinct cue words nearby are summed, and the
 * score is `bias` (the evidence of the mention's own shape, name-shape.ts) plus that sum:
 * - score ≤ CUE_REJECT rejects, or is undecided when a required word is nearby (the two disagree);
 * - a required word nearby, or score ≥ CUE_ACCEPT, accepts;
 * - else a rule with required words (or with cue words only) is undecided, and a rule of vetoes
 *   (and cue words) accepts, as a rule of vetoes did before it had cue words.
 */
export function contextVerdict(
  rule: CompiledContext,
  chars: Uint16Array,
  length: number,
  s: number,
  e: number,
  bias = 0,
  reading?: WindowReading,
): Verdict {
  if (reading !== undefined) {
    reading.veto = false;
    reading.required = false;
    reading.bias = bias;
    reading.cues = 0;
  }
  const { tables, anyStart, reqLo, reqHi, vetLo, vetHi, cueLo, cueHi } = rule;
  const index = ruleIndexOf(rule);
  const { slot, entries, filter, shortUnits, words } = index;
  const hasVetoes = vetHi > vetLo;
  const hasRequires = reqHi > reqLo;
  const hasCues = cueHi > cueLo;
  if (!hasVetoes && !hasRequires && !hasCues && bias === 0) return ACCEPT;
  let required = false;
  // The cue words' sum, from 0: the bias is added last (shiftedVerdict).
  let cues = 0;
  // Cue words already counted (a word counts once however often it occurs): the first two in locals,
  // the rest in an array made on the third (an array per window with a cue was a sixth of what a bench
  // pass allocated; 97 % of windows count two at most).
  let first = -1;
  let second = -1;
  let more: number[] | null = null;
  const lo = rule.after ? e : Math.max(0, s - rule.window);
  const hi = Math.min(length, e + rule.window);
  for (let p = lo; p < hi; p++) {
    if (p === s) {
      p = e; // skip the mention itself
      if (p >= hi) break;
    }
    // A word starting with a word character can only start a token, or follow an Arabic
    // proclitic letter or an elision apostrophe (wordAt checks the details). Tested first: most
    // characters of a window are inside a word.
    if (p > 0 && !anyStart && insideWord(chars[p - 1]!)) continue;
    const c = chars[p]!;
    const at = prefixAt(chars, length, p);
    const bit = filterBit(c, at);
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0 && (shortUnits[(c & 1023) >>> 5]! & (1 << (c & 31))) === 0)
      continue;
    let en = slot[c & 1023]!;
    while (en >= 0 && entries[ENTRY * en] !== c) en = entries[ENTRY * en + 4]!;
    if (en < 0) continue;
    const req = entries[ENTRY * en + 1]!;
    const vet = entries[ENTRY * en + 2]!;
    const k = entries[ENTRY * en + 3]!;
    if (vet >= 0 && wordsAt(tables, index, at, chars, length, p, hi, s, vet)) {
      if (reading !== undefined) reading.veto = true;
      return REJECT;
    }
    if (req >= 0 && !required && wordsAt(tables, index, at, chars, length, p, hi, s, req)) {
      required = true;
      if (reading !== undefined) reading.required = true;
      if (!hasVetoes && !hasCues && bias === 0) return ACCEPT;
    }
    if (k >= 0) {
      for (let i = nextCandidate(index, k, at, -1); i >= 0; i = nextCandidate(index, k, at, i)) {
        const w = words[i]!;
        if (w === first || w === second || (more !== null && more.includes(w))) continue;
        if (!wordFits(tables, w, chars, length, p, hi, s)) continue;
        if (first < 0) first = w;
        else if (second < 0) second = w;
        else (more ??= []).push(w);
        cues += tables.weights[w]!;
      }
    }
  }
  if (reading !== undefined) reading.cues = cues;
  return decide(rule, required, bias + cues);
}
