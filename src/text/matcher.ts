/**
 * Finds every mention of every pack entity in a block of text.
 *
 * Pipeline per block: normalise once (normalise.ts) → one Aho–Corasick pass over the folded code
 * units (automaton.ts) → each occurrence checked for word boundaries (boundaries.ts), case for
 * case-sensitive aliases, and context words (context.ts) → leftmost-longest selection without
 * overlaps, in document order, applying afterMention against the shared ScanState.
 *
 * Offsets are UTF-16 units of the ORIGINAL text. An Arabic mention covers the whole written token
 * including proclitics and article (والرباط, للمغرب); a Latin mention covers only the name
 * (l'Africom → "Africom", AFRICOM's → "AFRICOM").
 */
import type { Alias, AliasOptions, ContextRule, Entity, Pack } from './pack-types';
import { LANGS } from './pack-types';
import { automatonBytes, buildAutomaton, deepStep, DENSE_BUDGET, finishAutomaton, type Automaton } from './automaton';
import { ArabicStart, isArabicInitial, isWordChar, arabicTokenStart, latinLeftOk, rightOk } from './boundaries';
import { compileContext, compileRuleWords, contextAllows, DEFAULT_WINDOW, ruleWords, type CompiledContext, type ContextTables } from './context';
import { gVariants } from './g-variants';
import { createBuffer, equalsCased, foldString, normaliseInto, type NormalisedBuffer } from './normalise';

export interface Match {
  entityId: string;
  start: number;
  end: number;
  text: string;
}

/** Entity ids already mentioned by a full (non-afterMention) alias earlier in this page. */
export interface ScanState {
  seen: Set<string>;
}

export function createScanState(): ScanState {
  return { seen: new Set() };
}

export interface MatcherStats {
  entities: number;
  aliases: number;
  patterns: number;
  states: number;
  /** Bytes held by the automaton's typed arrays. */
  bytes: number;
}

export interface Matcher {
  find(text: string, state?: ScanState): Match[];
  readonly entityIds: readonly string[];
  readonly stats: MatcherStats;
}

interface AliasRecord {
  entityId: string;
  entityIndex: number;
  /** Case-sensitive aliases: the accepted forms, folded without lowercasing. */
  cased: string[] | null;
  wholeWord: boolean;
  context: CompiledContext | null;
  afterMention: boolean;
}

/** Left-boundary kinds of a pattern: an ArabicStart value, or one of these. */
export const START_LATIN = -1;
export const START_NONWORD = -2;

/** Categories whose Arabic names are native words: no foreign-g spelling variants. */
const NATIVE_CATEGORIES = new Set<string>(['place', 'agreement']);

function optionsOf(alias: Alias): AliasOptions {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/** One alias of an entity after merging duplicates: its folded text and its effective options. */
export interface MergedAlias {
  folded: string;
  /** Case-sensitive aliases: every cased form (folded without lowercasing) listed for this text. */
  cased: string[] | null;
  wholeWord: boolean;
  afterMention: boolean;
  foreignG: boolean | undefined;
  /** Merged context rule, or null when no variant asks for context. */
  context: ContextRule | null;
}

/**
 * Aliases of an entity, with its display names added as plain aliases unless the same text is
 * already an alias (in any case: a display name must not undo an alias's case or context rule).
 *
 * The same folded text may be listed several times (in several languages, or in several cases):
 * variants with the same matching options (caseSensitive, wholeWord, afterMention, foreignG) are
 * merged into one alias. Case-sensitive variants keep every cased form (Rabat and RABAT both
 * match). Context rules merge: vetoes are the union (a veto word in any language marks the other
 * sense), required words are the union when every variant requires some, else none are required
 * (one variant said the alias needs no supporting word), and the window is the widest. Variants
 * with different matching options stay separate aliases.
 */
function entityAliases(entity: Entity): MergedAlias[] {
  const out: MergedAlias[] = [];
  const byKey = new Map<string, { m: MergedAlias; rules: (ContextRule | null)[] }>();
  const aliasTexts = new Set<string>();
  const add = (o: AliasOptions): void => {
    const folded = foldString(o.text);
    if (folded.length === 0) return;
    aliasTexts.add(folded);
    const cs = o.caseSensitive === true;
    const wholeWord = o.wholeWord !== false;
    const afterMention = o.afterMention === true;
    const key = `${folded}\u0000${cs ? 1 : 0}${wholeWord ? 1 : 0}${afterMention ? 1 : 0}${o.foreignG === undefined ? 'u' : o.foreignG ? 1 : 0}`;
    const wantsContext = o.needsContext === true || o.context !== undefined;
    const rule = wantsContext ? (o.context ?? entity.context ?? null) : null;
    let g = byKey.get(key);
    if (g === undefined) {
      g = { m: { folded, cased: cs ? [] : null, wholeWord, afterMention, foreignG: o.foreignG, context: null }, rules: [] };
      byKey.set(key, g);
      out.push(g.m);
    }
    if (g.m.cased !== null) {
      const c = foldString(o.text, false);
      if (!g.m.cased.includes(c)) g.m.cased.push(c);
    }
    g.rules.push(rule);
  };
  for (const lang of LANGS) for (const a of entity.aliases[lang] ?? []) add(optionsOf(a));
  for (const lang of LANGS) {
    const name = entity.names[lang];
    if (name !== undefined && !aliasTexts.has(foldString(name))) add({ text: name });
  }
  for (const { m, rules } of byKey.values()) m.context = mergeRules(rules);
  return out;
}

/** Merge the context rules of variants of one alias (null = that variant needs no context). */
function mergeRules(rules: readonly (ContextRule | null)[]): ContextRule | null {
  if (rules.every((r) => r === null)) return null;
  if (rules.length === 1) return rules[0]!;
  const vetoes = new Set<string>();
  const requires = new Set<string>();
  let allRequire = true;
  let window = 0;
  for (const r of rules) {
    for (const v of r?.vetoes ?? []) vetoes.add(v);
    if (r === null || (r.requires ?? []).length === 0) allRequire = false;
    for (const q of r?.requires ?? []) requires.add(q);
    if (r !== null) window = Math.max(window, r.window ?? DEFAULT_WINDOW);
  }
  return { requires: allRequire ? [...requires] : [], vetoes: [...vetoes], window };
}

/** Whether candidate a sorts before b: by start, then longest, then alias (pack order). */
function before(a: number, b: number, cTok: Int32Array, cEnd: Int32Array, cPat: Int32Array, pAlias: Int32Array): boolean {
  const d = cTok[a]! - cTok[b]!;
  if (d !== 0) return d < 0;
  const e = cEnd[b]! - cEnd[a]!;
  if (e !== 0) return e < 0;
  return pAlias[cPat[a]!]! < pAlias[cPat[b]!]!;
}

/**
 * order[0, n) = the candidates sorted by `before`. Candidates arrive nearly sorted (by end), so
 * insertion sort is linear in practice; large counts use the built-in sort.
 *
 * Module-level on purpose, like every function find calls: a closure made per matcher (as this
 * comparator once was) is a different call target for each matcher, and once a page or a test has
 * two matchers, find's optimised code deoptimised on every call that sorted ("wrong call target"):
 * ~12 µs per call at paragraph granularity.
 */
function sortCandidates(order: Int32Array, n: number, cTok: Int32Array, cEnd: Int32Array, cPat: Int32Array, pAlias: Int32Array): void {
  for (let k = 0; k < n; k++) order[k] = k;
  if (n <= 64) {
    for (let k = 1; k < n; k++) {
      const x = order[k]!;
      let m = k - 1;
      while (m >= 0 && before(x, order[m]!, cTok, cEnd, cPat, pAlias)) {
        order[m + 1] = order[m]!;
        m--;
      }
      order[m + 1] = x;
    }
  } else {
    const sorted = Array.from(order.subarray(0, n)).sort((a, b) =>
      before(a, b, cTok, cEnd, cPat, pAlias) ? -1 : before(b, a, cTok, cEnd, cPat, pAlias) ? 1 : 0);
    order.set(sorted);
  }
}

/** Candidate occurrences of one find call: token start, end (normalised) and pattern; sort order. */
interface Candidates {
  tok: Int32Array;
  end: Int32Array;
  pat: Int32Array;
  order: Int32Array;
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The Aho–Corasick pass over chars[0, length) (dense rows inline): every occurrence whose word
 * boundaries hold goes into `c`; returns their count. Case and context are checked later, only
 * for candidates that survive the leftmost-longest selection. A small function of its own, so
 * the engine compiles it (and its loop) early: a page scans its text once, mostly before find as
 * a whole is optimised.
 */
function scanCandidates(a: Automaton, chars: Uint16Array, length: number, pWhole: Uint8Array, pStart: Int8Array, pEndWord: Uint8Array, c: Candidates): number {
  const { classOf, dense, denseStates, rowWidth, outState, outFirst, patternNext, dictLink, patternLength } = a;
  let n = 0;
  let st = 0;
  for (let i = 0; i < length; i++) {
    const cls = classOf[chars[i]!]!;
    if (st < denseStates) {
      const v = dense[st * rowWidth + cls]!;
      st = v >> 1;
      if ((v & 1) === 0) continue;
    } else {
      st = deepStep(a, st, cls);
      if (outState[st] === 0) continue;
    }
    const end = i + 1;
    for (let o = outState[st]!; o !== 0; o = dictLink[o]!) {
      for (let p = outFirst[o]!; p >= 0; p = patternNext[p]!) {
        const s = end - patternLength[p]!;
        let tokenStart = s;
        if (pWhole[p] === 1) {
          const kind = pStart[p]!;
          if (kind >= 0) {
            tokenStart = arabicTokenStart(chars, s, kind as ArabicStart);
            if (tokenStart < 0) continue;
          } else if (kind === START_LATIN && !latinLeftOk(chars, s)) continue;
          if (pEndWord[p] === 1 && !rightOk(chars, length, end)) continue;
        }
        if (n === c.tok.length) {
          c.tok = grow(c.tok);
          c.end = grow(c.end);
          c.pat = grow(c.pat);
          c.order = new Int32Array(c.tok.length);
        }
        c.tok[n] = tokenStart;
        c.end[n] = end;
        c.pat[n] = p;
        n++;
      }
    }
  }
  return n;
}

function casedOk(text: string, start: number, end: number, cased: readonly string[]): boolean {
  for (const c of cased) if (equalsCased(text, start, end, c)) return true;
  return false;
}

/** One merged alias of an entity, as expandPatterns lists it. */
export interface ExpandedAlias {
  entityId: string;
  entityIndex: number;
  alias: MergedAlias;
}

/**
 * Every pattern the automaton matches, exactly as buildMatcher builds it: aliases (and display
 * names) folded like page text, foreign-g spellings, and the لل contraction of article names.
 * patterns[p] belongs to aliases[patternAlias[p]]; patternStart[p] is its left-boundary kind
 * (an ArabicStart value, START_LATIN or START_NONWORD); patternEndWord[p] whether it ends with a
 * word character. Computing these is most of a cold build, so it stands apart from the automaton.
 */
export interface ExpandedPatterns {
  entityIds: string[];
  aliases: ExpandedAlias[];
  patterns: string[];
  patternAlias: number[];
  patternStart: number[];
  patternEndWord: boolean[];
}

export function expandPatterns(packs: readonly Pack[]): ExpandedPatterns {
  const aliases: ExpandedAlias[] = [];
  const patterns: string[] = [];
  const patternAlias: number[] = [];
  const patternStart: number[] = [];
  const patternEndWord: boolean[] = [];
  const entityIds: string[] = [];

  const addPattern = (p: string, alias: number, start: number, endWord: boolean): void => {
    patterns.push(p);
    patternAlias.push(alias);
    patternStart.push(start);
    patternEndWord.push(endWord);
  };

  for (const pack of packs) {
    for (const entity of pack.entities) {
      entityIds.push(entity.id);
      for (const m of entityAliases(entity)) {
        const folded = m.folded;
        const index = aliases.length;
        aliases.push({ entityId: entity.id, entityIndex: entityIds.length - 1, alias: m });
        const foreignG = m.foreignG ?? !NATIVE_CATEGORIES.has(entity.category);
        for (const v of foreignG ? gVariants(folded) : [folded]) {
          const first = v.charCodeAt(0);
          const endWord = isWordChar(v.charCodeAt(v.length - 1));
          if (!isWordChar(first)) addPattern(v, index, START_NONWORD, endWord);
          else if (!isArabicInitial(first)) addPattern(v, index, START_LATIN, endWord);
          else if (v.startsWith('ال') && v.length > 2) {
            addPattern(v, index, ArabicStart.Article, endWord);
            // ل + ال is written لل: للمغرب. The pattern drops the alef; a ل must precede it.
            if (m.wholeWord) addPattern(v.slice(1), index, ArabicStart.LamContracted, endWord);
          } else addPattern(v, index, ArabicStart.Bare, endWord);
        }
      }
    }
  }
  return { entityIds, aliases, patterns, patternAlias, patternStart, patternEndWord };
}

/** `expansion`: expandPatterns(packs), when the caller already has it (the background does). */
export function buildMatcher(packs: readonly Pack[], expansion: ExpandedPatterns = expandPatterns(packs)): Matcher {
  const { entityIds, aliases: expanded, patterns, patternAlias, patternStart, patternEndWord } = expansion;
  // One compiled rule per rule object (aliases sharing an entity's rule share its compiled form).
  const compiledRules = new Map<ContextRule, CompiledContext>();
  const compiled = (rule: ContextRule): CompiledContext => {
    let c = compiledRules.get(rule);
    if (c === undefined) compiledRules.set(rule, (c = compileContext(rule)));
    return c;
  };
  const aliases: AliasRecord[] = expanded.map(({ entityId, entityIndex, alias: m }) => ({
    entityId,
    entityIndex,
    cased: m.cased,
    wholeWord: m.wholeWord,
    context: m.context !== null ? compiled(m.context) : null,
    afterMention: m.afterMention,
  }));

  const automaton: Automaton = buildAutomaton(patterns);
  const pAlias = Int32Array.from(patternAlias);
  const pStart = Int8Array.from(patternStart);
  const pEndWord = Uint8Array.from(patternEndWord, (b) => (b ? 1 : 0));
  return makeMatcher({ packs: packs.map((p) => ({ id: p.id, version: p.version })), entityIds, aliases, automaton, pAlias, pStart, pEndWord });
}

/** Everything a matcher is made of: what serialiseMatcher stores and loadMatcher restores. */
interface Compiled {
  packs: { id: string; version: string }[];
  entityIds: string[];
  aliases: AliasRecord[];
  automaton: Automaton;
  pAlias: Int32Array;
  pStart: Int8Array;
  pEndWord: Uint8Array;
}

const compiledOf = new WeakMap<Matcher, Compiled>();

function makeMatcher(compiled: Compiled): Matcher {
  const { entityIds, aliases, automaton, pAlias, pStart, pEndWord } = compiled;
  const pWhole = new Uint8Array(pAlias.length);
  for (let p = 0; p < pAlias.length; p++) pWhole[p] = aliases[pAlias[p]!]!.wholeWord ? 1 : 0;
  const scratch = createBuffer(4096);

  // Candidate buffers, reused across calls (find is not re-entrant: it calls out to nothing).
  const cands: Candidates = { tok: new Int32Array(256), end: new Int32Array(256), pat: new Int32Array(256), order: new Int32Array(256) };
  const { patternLength } = automaton;

  function find(text: string, state: ScanState = createScanState()): Match[] {
    // Very large inputs get their own buffer so the shared one does not stay huge.
    const buf: NormalisedBuffer = normaliseInto(text, true, text.length > 1 << 20 ? createBuffer(text.length + 16) : scratch);
    const { chars, starts, ends, length } = buf;
    const n = scanCandidates(automaton, chars, length, pWhole, pStart, pEndWord, cands);
    if (n === 0) return [];
    const { tok: cTok, end: cEnd, pat: cPat, order } = cands;

    // Leftmost-longest: by start, then longest, then pack order.
    sortCandidates(order, n, cTok, cEnd, cPat, pAlias);
    const matches: Match[] = [];
    let lastEnd = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      if (cTok[i]! < lastEnd) continue;
      const p = cPat[i]!;
      const rec = aliases[pAlias[p]!]!;
      if (rec.afterMention && !state.seen.has(rec.entityId)) continue;
      const e = cEnd[i]!;
      const s = e - patternLength[p]!;
      if (rec.cased !== null && !casedOk(text, starts[s]!, ends[e - 1]!, rec.cased)) continue;
      if (rec.context !== null && !contextAllows(rec.context, chars, length, s, e)) continue;
      if (!rec.afterMention) state.seen.add(rec.entityId);
      lastEnd = e;
      const start = starts[cTok[i]!]!;
      const endOrig = ends[e - 1]!;
      matches.push({ entityId: rec.entityId, start, end: endOrig, text: text.slice(start, endOrig) });
    }
    return matches;
  }

  const matcher: Matcher = {
    find,
    entityIds,
    stats: {
      entities: entityIds.length,
      aliases: aliases.length,
      patterns: pAlias.length,
      states: automaton.stateCount,
      bytes: automatonBytes(automaton) + pAlias.byteLength + pStart.byteLength + pEndWord.byteLength,
    },
  };
  compiledOf.set(matcher, compiled);
  return matcher;
}

// ---------------------------------------------------------------------------------------------
// Precompiled matchers: the automaton, alias table and context rules as flat typed arrays in one
// binary blob, so a pack is ready without folding its aliases or context words, or building its
// automaton. Layout: "GLM2", u32 meta length, meta JSON (UTF-8), then each array 8-byte aligned.
// GLM2 (vs GLM1): context rules are stored compiled (folded words, flat look-up tables), not as
// rules to fold at load; no edge-target array (edge k leads to state k + 1).
// ---------------------------------------------------------------------------------------------

const MAGIC = 0x324d4c47; // "GLM2" little-endian
/** Earlier formats: recognised only to say so (the caller rebuilds). */
const OLD_MAGICS = new Map([[0x314d4c47, 'GLM1']]);
const FORMAT = 2;
type ArrayName = 'alphabet' | 'edgeStart' | 'edgeLabel' | 'fail' | 'outState' | 'dictLink' | 'outFirst' | 'patternNext' | 'patternLength' |
  'pAlias' | 'pStart' | 'pEndWord' | 'aEntity' | 'aFlags' | 'aRule' |
  'ctxRules' | 'ctxChars' | 'ctxWordStart' | 'ctxKeys' | 'ctxKeyWord' | 'ctxBits';
type Typed = Int32Array | Uint16Array | Uint8Array | Int8Array | Uint32Array;
const CTORS = { i32: Int32Array, u16: Uint16Array, u8: Uint8Array, i8: Int8Array, u32: Uint32Array } as const;
/** ctxRules: per rule, window, anyStart, bitsAt, reqLo, reqHi, vetLo, vetHi (see CompiledContext). */
const RULE_INTS = 7;
type Kind = keyof typeof CTORS;

interface Meta {
  format: typeof FORMAT;
  packs: { id: string; version: string }[];
  entityIds: string[];
  /** Case-sensitive aliases: [alias index, accepted forms]. */
  cased: [number, string[]][];
  rowWidth: number;
  arrays: [ArrayName, Kind, number][];
}

const kindOf = (a: Typed): Kind =>
  a instanceof Int32Array ? 'i32' : a instanceof Uint16Array ? 'u16' : a instanceof Int8Array ? 'i8' : a instanceof Uint32Array ? 'u32' : 'u8';

/** A matcher's precompiled form (see loadMatcher). Only matchers made by this module. */
export function serialiseMatcher(m: Matcher): Uint8Array {
  const c = compiledOf.get(m);
  if (c === undefined) throw new Error('serialiseMatcher: not a matcher built by buildMatcher/loadMatcher');
  const a = c.automaton;
  const alphabet = new Uint16Array(a.rowWidth - 1);
  for (let code = 0; code < 65536; code++) if (a.classOf[code] !== 0) alphabet[a.classOf[code]! - 1] = code;
  const rules: CompiledContext[] = [];
  const ruleIndex = new Map<CompiledContext, number>();
  const aEntity = new Int32Array(c.aliases.length);
  const aFlags = new Uint8Array(c.aliases.length);
  const aRule = new Int32Array(c.aliases.length);
  const cased: [number, string[]][] = [];
  c.aliases.forEach((r, i) => {
    aEntity[i] = r.entityIndex;
    aFlags[i] = (r.wholeWord ? 1 : 0) | (r.afterMention ? 2 : 0);
    if (r.cased !== null) cased.push([i, r.cased]);
    if (r.context === null) aRule[i] = -1;
    else {
      let k = ruleIndex.get(r.context);
      if (k === undefined) {
        k = rules.length;
        rules.push(r.context);
        ruleIndex.set(r.context, k);
      }
      aRule[i] = k;
    }
  });
  // All rules recompiled into one set of tables, stored as is.
  const merged = compileRuleWords(rules.map(ruleWords));
  const t: ContextTables = merged[0]?.tables ?? emptyTables();
  const ctxRules = new Int32Array(merged.length * RULE_INTS);
  merged.forEach((r, k) => ctxRules.set([r.window, r.anyStart ? 1 : 0, r.bitsAt, r.reqLo, r.reqHi, r.vetLo, r.vetHi], k * RULE_INTS));
  const arrays: [ArrayName, Typed][] = [
    ['alphabet', alphabet], ['edgeStart', a.edgeStart], ['edgeLabel', a.edgeLabel], ['fail', a.fail], ['outState', a.outState], ['dictLink', a.dictLink],
    ['outFirst', a.outFirst], ['patternNext', a.patternNext], ['patternLength', a.patternLength],
    ['pAlias', c.pAlias], ['pStart', c.pStart], ['pEndWord', c.pEndWord], ['aEntity', aEntity], ['aFlags', aFlags], ['aRule', aRule],
    ['ctxRules', ctxRules], ['ctxChars', t.chars], ['ctxWordStart', t.wordStart], ['ctxKeys', t.keys], ['ctxKeyWord', t.keyWord], ['ctxBits', t.bits],
  ];
  const meta: Meta = {
    format: FORMAT, packs: c.packs, entityIds: c.entityIds, cased, rowWidth: a.rowWidth,
    arrays: arrays.map(([name, arr]) => [name, kindOf(arr), arr.length]),
  };
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const align = (n: number): number => (n + 7) & ~7;
  let size = align(8 + metaBytes.length);
  for (const [, arr] of arrays) size += align(arr.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, metaBytes.length, true);
  out.set(metaBytes, 8);
  let offset = align(8 + metaBytes.length);
  for (const [, arr] of arrays) {
    out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), offset);
    offset += align(arr.byteLength);
  }
  return out;
}

function emptyTables(): ContextTables {
  return { chars: new Uint16Array(0), wordStart: new Int32Array(1), keys: new Uint16Array(0), keyWord: new Int32Array(1), bits: new Uint32Array(0) };
}

export interface LoadOptions {
  /** Size cap of the automaton's dense rows (entries); see LOADED_DENSE_BUDGET. */
  denseBudget?: number;
}

/**
 * Dense-row budget of a loaded matcher (entries). The rows are computed on every page load, so a
 * loaded matcher gets rows for its shallowest states only (root, depth 1 and most of depth 2 on
 * the bundled pack: ~410 of 7,412 states, 0.13 MB instead of 2.2 MB), where a scan spends nearly
 * all its time; deeper states step through their edges. Measured on the bundled pack (Node, CPU,
 * interleaved medians): scan throughput the same within noise for budgets from 1 << 13 to 1 << 21
 * (~34-35 MB/s), warm load 1.5 → 0.3 ms, first (cold) load ~14 → ~5 ms process CPU.
 */
export const LOADED_DENSE_BUDGET = Math.min(DENSE_BUDGET, 1 << 15);

/**
 * A matcher from serialiseMatcher's output, for the same packs (same ids, versions and entity
 * ids, in order; anything else, or a blob of an older format, throws, and the caller should fall
 * back to buildMatcher). Typed arrays are views on `data` (copied once if it is not 8-byte
 * aligned): no folding, no trie build; only the automaton's dense rows are computed.
 */
export function loadMatcher(data: Uint8Array | ArrayBuffer, packs: readonly Pack[], options: LoadOptions = {}): Matcher {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = bytes.byteLength < 8 ? 0 : view.getUint32(0, true);
  const old = OLD_MAGICS.get(magic);
  if (old !== undefined) throw new Error(`loadMatcher: precompiled in the older ${old} format`);
  if (magic !== MAGIC) throw new Error('loadMatcher: not a precompiled matcher');
  const metaLength = view.getUint32(4, true);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + metaLength))) as Meta;
  if (meta.format !== FORMAT) throw new Error(`loadMatcher: unknown format ${String(meta.format)}`);
  const same = meta.packs.length === packs.length && meta.packs.every((p, i) => p.id === packs[i]!.id && p.version === packs[i]!.version);
  let entityIndex = 0;
  const idsMatch = same && packs.every((p) => p.entities.every((e) => meta.entityIds[entityIndex++] === e.id)) && entityIndex === meta.entityIds.length;
  if (!idsMatch) throw new Error('loadMatcher: precompiled for other packs (or another version of them)');

  const arr: Partial<Record<ArrayName, Typed>> = {};
  let offset = (8 + metaLength + 7) & ~7;
  for (const [name, kind, length] of meta.arrays) {
    const Ctor = CTORS[kind];
    if (offset + length * Ctor.BYTES_PER_ELEMENT > bytes.byteLength) throw new Error('loadMatcher: truncated');
    arr[name] = new Ctor(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, length);
    offset += (length * Ctor.BYTES_PER_ELEMENT + 7) & ~7;
  }
  const get = <T extends Typed>(name: ArrayName): T => {
    const a = arr[name];
    if (a === undefined) throw new Error(`loadMatcher: missing ${name}`);
    return a as T;
  };
  const alphabet = get<Uint16Array>('alphabet');
  const classOf = new Uint16Array(65536);
  for (let k = 0; k < alphabet.length; k++) classOf[alphabet[k]!] = k + 1;
  const edgeStart = get<Int32Array>('edgeStart');
  const edgeLabel = get<Uint16Array>('edgeLabel');
  const automaton = finishAutomaton(classOf, meta.rowWidth, edgeStart, edgeLabel, get<Int32Array>('outFirst'),
    get<Int32Array>('patternNext'), get<Int32Array>('patternLength'), get<Int32Array>('fail'), options.denseBudget ?? LOADED_DENSE_BUDGET,
    { outState: get<Int32Array>('outState'), dictLink: get<Int32Array>('dictLink') });

  const tables: ContextTables = {
    chars: get<Uint16Array>('ctxChars'), wordStart: get<Int32Array>('ctxWordStart'), keys: get<Uint16Array>('ctxKeys'),
    keyWord: get<Int32Array>('ctxKeyWord'), bits: get<Uint32Array>('ctxBits'),
  };
  const ctxRules = get<Int32Array>('ctxRules');
  const compiledRules: CompiledContext[] = [];
  for (let k = 0; k < ctxRules.length; k += RULE_INTS) {
    compiledRules.push({
      tables, window: ctxRules[k]!, anyStart: ctxRules[k + 1] === 1, bitsAt: ctxRules[k + 2]!,
      reqLo: ctxRules[k + 3]!, reqHi: ctxRules[k + 4]!, vetLo: ctxRules[k + 5]!, vetHi: ctxRules[k + 6]!,
    });
  }
  const casedByAlias = new Map(meta.cased);
  const aEntity = get<Int32Array>('aEntity');
  const aFlags = get<Uint8Array>('aFlags');
  const aRule = get<Int32Array>('aRule');
  // A packed array (not new Array(n), which is holey) of records with the same property order as
  // buildMatcher's: find sees one array map and one record map whichever way its matcher was made.
  // (With both kinds of matcher in one page or process, a second map made find's optimised code
  // deoptimise on every call that had a candidate.)
  const aliases: AliasRecord[] = [];
  for (let i = 0; i < aEntity.length; i++) {
    const r = aRule[i]!;
    aliases.push({
      entityId: meta.entityIds[aEntity[i]!]!, entityIndex: aEntity[i]!,
      cased: casedByAlias.get(i) ?? null, wholeWord: (aFlags[i]! & 1) !== 0,
      context: r >= 0 ? compiledRules[r]! : null, afterMention: (aFlags[i]! & 2) !== 0,
    });
  }
  return makeMatcher({
    packs: meta.packs, entityIds: meta.entityIds, aliases, automaton,
    pAlias: get<Int32Array>('pAlias'), pStart: get<Int8Array>('pStart'), pEndWord: get<Uint8Array>('pEndWord'),
  });
}
