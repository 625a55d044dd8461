/**
 * The matcher's precompiled form: the automaton, alias table and context rules as flat typed
 * arrays in one binary blob, so a pack is ready without folding its aliases or context words, or
 * building its automaton. Layout: "GLM7", u32 meta length, meta JSON (UTF-8), then each array
 * 8-byte aligned. GLM2 (vs GLM1): context rules are stored compiled (folded words, flat look-up
 * tables), not as rules to fold at load; no edge-target array (edge k leads to state k + 1).
 * GLM3 (vs GLM2): context rules carry weighted cue words (a third key range per rule and a
 * weight per word); an alias record's flag 4 marks a general place (added within GLM3: the stored
 * record's format, compiled-matcher-record.ts, keeps a GLM3 blob without it from loading).
 * GLM4 (vs GLM3): an alias record's flag 8 marks an other-sense phrase. GLM5 (vs GLM4): flag 16
 * marks an alias whose inner names are modifiers (AliasRecord.modifiersInside). GLM6 (vs GLM5): no
 * per-rule bitset of first letters (context.ts indexes each rule's words on first use). GLM7 (vs
 * GLM6): a rule says whether its window is the text after the mention only (ContextRule.side).
 */
import type { NamesakePlaces } from './namesake-places';
import { DENSE_BUDGET, finishAutomaton } from './automaton';
import { compileRuleWords, ruleWords, type CompiledContext, type ContextTables } from './context';
import { compiledForm, makeMatcher, type AliasRecord, type Matcher } from './matcher';
import type { EngineWords } from './engine-words';
import type { PackIdentity } from './pack-types';

const MAGIC = 0x374d4c47; // "GLM7" little-endian
/** Earlier formats: recognised only to say so (the caller rebuilds). */
const OLD_MAGICS = new Map([
  [0x314d4c47, 'GLM1'],
  [0x324d4c47, 'GLM2'],
  [0x334d4c47, 'GLM3'],
  [0x344d4c47, 'GLM4'],
  [0x354d4c47, 'GLM5'],
  [0x364d4c47, 'GLM6'],
]);
/**
 * The meta's format within GLM7; 19: its word lists hold seatVerb's, office-cues', quoted-product's and press-title's too
 * (seat-verb-words.ts, office-cue-words.ts, quoted-product-words.ts, press-title-words.ts); 18: its word lists hold a news digest's rubrics (rubric-words.ts); 17: its word lists hold the own-country rules (own-countries.ts),
 * name-shape's closed lists (name-shape-words.ts), the event rules (event-agent-rules.ts), the occupations (occupation-words.ts) and formerName's lists; 16: its word lists hold the nouns of a name's kind (kind-noun-words.ts); 15: its word lists hold CitySigns' (city-sign-words.ts) and SenseHeads'
 * (sense-head-words.ts), 14 did not; 14: they are folded (engine-words.ts: recordWords), 13 held them as written.
 */
const FORMAT = 19;
type ArrayName =
  | 'alphabet'
  | 'edgeStart'
  | 'edgeLabel'
  | 'fail'
  | 'outState'
  | 'dictLink'
  | 'outFirst'
  | 'patternNext'
  | 'patternLength'
  | 'pAlias'
  | 'pStart'
  | 'pEndWord'
  | 'aEntity'
  | 'aFlags'
  | 'aRule'
  | 'ctxRules'
  | 'ctxChars'
  | 'ctxWordStart'
  | 'ctxKeys'
  | 'ctxKeyWord'
  | 'ctxWeights';
type Typed = Int32Array | Uint16Array | Uint8Array | Int8Array | Uint32Array | Float32Array;
const CTORS = {
  i32: Int32Array,
  u16: Uint16Array,
  u8: Uint8Array,
  i8: Int8Array,
  u32: Uint32Array,
  f32: Float32Array,
} as const;
/** ctxRules: per rule, window, anyStart, after, reqLo, reqHi, vetLo, vetHi, cueLo, cueHi (see CompiledContext). */
const RULE_INTS = 9;
type Kind = keyof typeof CTORS;

interface Meta {
  format: typeof FORMAT;
  packs: { id: string; version: string }[];
  entityIds: string[];
  /** Given and middle names per person (Compiled.given). */
  given: Record<string, string[]>;
  /** Other-sense and story head nouns per entity (Compiled.heads). */
  heads: Record<string, [string[], string[]]>;
  /** Namesake places per entity (Compiled.namesakes). */
  namesakes: Record<string, NamesakePlaces>;
  /** The country table's lines (Compiled.countries). */
  countries: readonly string[];
  /** The readers' word lists (Compiled.words). */
  words: EngineWords;
  /** Case-sensitive aliases: [alias index, accepted forms]. */
  cased: [number, string[]][];
  rowWidth: number;
  arrays: [ArrayName, Kind, number][];
}

const kindOf = (a: Typed): Kind =>
  a instanceof Int32Array
    ? 'i32'
    : a instanceof Uint16Array
      ? 'u16'
      : a instanceof Int8Array
        ? 'i8'
        : a instanceof Uint32Array
          ? 'u32'
          : a instanceof Float32Array
            ? 'f32'
            : 'u8';

/** A matcher's precompiled form (see loadMatcher). Only matchers made by this module. */
export function serialiseMatcher(m: Matcher): Uint8Array {
  const c = compiledForm(m);
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
    aFlags[i] =
      (r.wholeWord ? 1 : 0) |
      (r.afterMention ? 2 : 0) |
      (r.general ? 4 : 0) |
      (r.otherSense ? 8 : 0) |
      (r.modifiersInside ? 16 : 0);
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
  merged.forEach((r, k) =>
    ctxRules.set(
      [r.window, r.anyStart ? 1 : 0, r.after ? 1 : 0, r.reqLo, r.reqHi, r.vetLo, r.vetHi, r.cueLo, r.cueHi],
      k * RULE_INTS,
    ),
  );
  const arrays: [ArrayName, Typed][] = [
    ['alphabet', alphabet],
    ['edgeStart', a.edgeStart],
    ['edgeLabel', a.edgeLabel],
    ['fail', a.fail],
    ['outState', a.outState],
    ['dictLink', a.dictLink],
    ['outFirst', a.outFirst],
    ['patternNext', a.patternNext],
    ['patternLength', a.patternLength],
    ['pAlias', c.pAlias],
    ['pStart', c.pStart],
    ['pEndWord', c.pEndWord],
    ['aEntity', aEntity],
    ['aFlags', aFlags],
    ['aRule', aRule],
    ['ctxRules', ctxRules],
    ['ctxChars', t.chars],
    ['ctxWordStart', t.wordStart],
    ['ctxKeys', t.keys],
    ['ctxKeyWord', t.keyWord],
    ['ctxWeights', t.weights],
  ];
  const meta: Meta = {
    format: FORMAT,
    packs: c.packs,
    entityIds: c.entityIds,
    given: c.given,
    heads: c.heads,
    namesakes: c.namesakes,
    countries: c.countries,
    words: c.words,
    cased,
    rowWidth: a.rowWidth,
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
  return {
    chars: new Uint16Array(0),
    wordStart: new Int32Array(1),
    keys: new Uint16Array(0),
    keyWord: new Int32Array(1),
    weights: new Float32Array(0),
  };
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
const LOADED_DENSE_BUDGET = Math.min(DENSE_BUDGET, 1 << 15);

/**
 * A matcher from serialiseMatcher's output, for the same packs (same ids, versions and entity
 * ids, in order; anything else, or a blob of an older format, throws, and the caller should fall
 * back to buildMatcher). Typed arrays are views on `data` (copied once if it is not 8-byte
 * aligned): no folding, no trie build; only the automaton's dense rows are computed.
 */
export function loadMatcher(
  data: Uint8Array | ArrayBuffer,
  packs: readonly PackIdentity[],
  options: LoadOptions = {},
): Matcher {
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
  const same =
    meta.packs.length === packs.length &&
    meta.packs.every((p, i) => p.id === packs[i]!.id && p.version === packs[i]!.version);
  let entityIndex = 0;
  const idsMatch =
    same &&
    packs.every((p) => p.entities.every((e) => meta.entityIds[entityIndex++] === e.id)) &&
    entityIndex === meta.entityIds.length;
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
  const automaton = finishAutomaton(
    classOf,
    meta.rowWidth,
    edgeStart,
    edgeLabel,
    get<Int32Array>('outFirst'),
    get<Int32Array>('patternNext'),
    get<Int32Array>('patternLength'),
    get<Int32Array>('fail'),
    options.denseBudget ?? LOADED_DENSE_BUDGET,
    { outState: get<Int32Array>('outState'), dictLink: get<Int32Array>('dictLink') },
  );

  const tables: ContextTables = {
    chars: get<Uint16Array>('ctxChars'),
    wordStart: get<Int32Array>('ctxWordStart'),
    keys: get<Uint16Array>('ctxKeys'),
    keyWord: get<Int32Array>('ctxKeyWord'),
    weights: get<Float32Array>('ctxWeights'),
  };
  const ctxRules = get<Int32Array>('ctxRules');
  const compiledRules: CompiledContext[] = [];
  for (let k = 0; k < ctxRules.length; k += RULE_INTS) {
    compiledRules.push({
      tables,
      window: ctxRules[k]!,
      after: ctxRules[k + 2] === 1,
      anyStart: ctxRules[k + 1] === 1,
      reqLo: ctxRules[k + 3]!,
      reqHi: ctxRules[k + 4]!,
      vetLo: ctxRules[k + 5]!,
      vetHi: ctxRules[k + 6]!,
      cueLo: ctxRules[k + 7]!,
      cueHi: ctxRules[k + 8]!,
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
      entityId: meta.entityIds[aEntity[i]!]!,
      entityIndex: aEntity[i]!,
      cased: casedByAlias.get(i) ?? null,
      wholeWord: (aFlags[i]! & 1) !== 0,
      context: r >= 0 ? compiledRules[r]! : null,
      afterMention: (aFlags[i]! & 2) !== 0,
      general: (aFlags[i]! & 4) !== 0,
      modifiersInside: (aFlags[i]! & 16) !== 0,
      otherSense: (aFlags[i]! & 8) !== 0,
    });
  }
  return makeMatcher({
    packs: meta.packs,
    entityIds: meta.entityIds,
    given: meta.given,
    heads: meta.heads,
    namesakes: meta.namesakes,
    countries: meta.countries,
    words: meta.words,
    aliases,
    automaton,
    pAlias: get<Int32Array>('pAlias'),
    pStart: get<Int8Array>('pStart'),
    pEndWord: get<Uint8Array>('pEndWord'),
  });
}
