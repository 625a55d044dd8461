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
import type { Alias, AliasOptions, Entity, Pack } from './pack-types';
import { LANGS } from './pack-types';
import { automatonBytes, buildAutomaton, scanAutomaton, type Automaton } from './automaton';
import { ArabicStart, isArabicInitial, isWordChar, arabicTokenStart, latinLeftOk, rightOk } from './boundaries';
import { compileContext, contextAllows, type CompiledContext } from './context';
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
  /** Case-sensitive aliases: the alias folded without lowercasing. */
  cased: string | null;
  wholeWord: boolean;
  context: CompiledContext | null;
  afterMention: boolean;
}

/** Left-boundary kinds of a pattern: an ArabicStart value, or one of these. */
const START_LATIN = -1;
const START_NONWORD = -2;

/** Categories whose Arabic names are native words: no foreign-g spelling variants. */
const NATIVE_CATEGORIES = new Set<string>(['place', 'agreement']);

function optionsOf(alias: Alias): AliasOptions {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/** Aliases of an entity, with its display names added as plain aliases unless already listed. */
function entityAliases(entity: Entity): { o: AliasOptions; folded: string }[] {
  const out: { o: AliasOptions; folded: string }[] = [];
  const seen = new Set<string>();
  const add = (o: AliasOptions): void => {
    const key = foldString(o.text);
    if (key.length === 0 || seen.has(key)) return;
    seen.add(key);
    out.push({ o, folded: key });
  };
  for (const lang of LANGS) for (const a of entity.aliases[lang] ?? []) add(optionsOf(a));
  for (const lang of LANGS) {
    const name = entity.names[lang];
    if (name !== undefined) add({ text: name });
  }
  return out;
}

export function buildMatcher(packs: readonly Pack[]): Matcher {
  const aliases: AliasRecord[] = [];
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
      for (const { o, folded } of entityAliases(entity)) {
        const wantsContext = o.needsContext === true || o.context !== undefined;
        const rule = o.context ?? entity.context;
        const index = aliases.length;
        aliases.push({
          entityId: entity.id,
          cased: o.caseSensitive === true ? foldString(o.text, false) : null,
          wholeWord: o.wholeWord !== false,
          context: wantsContext && rule !== undefined ? compileContext(rule) : null,
          afterMention: o.afterMention === true,
        });
        const foreignG = o.foreignG ?? !NATIVE_CATEGORIES.has(entity.category);
        for (const v of foreignG ? gVariants(folded) : [folded]) {
          const first = v.charCodeAt(0);
          const endWord = isWordChar(v.charCodeAt(v.length - 1));
          if (!isWordChar(first)) addPattern(v, index, START_NONWORD, endWord);
          else if (!isArabicInitial(first)) addPattern(v, index, START_LATIN, endWord);
          else if (v.startsWith('ال') && v.length > 2) {
            addPattern(v, index, ArabicStart.Article, endWord);
            // ل + ال is written لل: للمغرب. The pattern drops the alef; a ل must precede it.
            if (o.wholeWord !== false) addPattern(v.slice(1), index, ArabicStart.LamContracted, endWord);
          } else addPattern(v, index, ArabicStart.Bare, endWord);
        }
      }
    }
  }

  const automaton: Automaton = buildAutomaton(patterns);
  const pAlias = Int32Array.from(patternAlias);
  const pStart = Int8Array.from(patternStart);
  const pEndWord = Uint8Array.from(patternEndWord, (b) => (b ? 1 : 0));
  const scratch = createBuffer(4096);

  function find(text: string, state: ScanState = createScanState()): Match[] {
    // Very large inputs get their own buffer so the shared one does not stay huge.
    const buf: NormalisedBuffer = normaliseInto(text, true, text.length > 1 << 20 ? createBuffer(text.length + 16) : scratch);
    const { chars, starts, ends, length } = buf;
    const cStart: number[] = [];
    const cEnd: number[] = [];
    const cAlias: number[] = [];

    scanAutomaton(automaton, chars, length, (end, p) => {
      const rec = aliases[pAlias[p]!]!;
      const s = end - automaton.patternLength[p]!;
      let tokenStart = s;
      if (rec.wholeWord) {
        const kind = pStart[p]!;
        if (kind >= 0) {
          tokenStart = arabicTokenStart(chars, s, kind as ArabicStart);
          if (tokenStart < 0) return;
        } else if (kind === START_LATIN && !latinLeftOk(chars, s)) return;
        if (pEndWord[p] === 1 && !rightOk(chars, length, end)) return;
      }
      if (rec.cased !== null && !equalsCased(text, starts[s]!, ends[end - 1]!, rec.cased)) return;
      if (rec.context !== null && !contextAllows(rec.context, chars, length, s, end)) return;
      cStart.push(tokenStart);
      cEnd.push(end);
      cAlias.push(pAlias[p]!);
    });

    // Leftmost-longest: by start, then longest, then pack order.
    const order = cStart.map((_, i) => i);
    order.sort((a, b) => cStart[a]! - cStart[b]! || cEnd[b]! - cEnd[a]! || cAlias[a]! - cAlias[b]!);
    const matches: Match[] = [];
    let lastEnd = 0;
    for (const i of order) {
      const s = cStart[i]!;
      if (s < lastEnd) continue;
      const rec = aliases[cAlias[i]!]!;
      if (rec.afterMention && !state.seen.has(rec.entityId)) continue;
      if (!rec.afterMention) state.seen.add(rec.entityId);
      const e = cEnd[i]!;
      lastEnd = e;
      const start = starts[s]!;
      const endOrig = ends[e - 1]!;
      matches.push({ entityId: rec.entityId, start, end: endOrig, text: text.slice(start, endOrig) });
    }
    return matches;
  }

  return {
    find,
    entityIds,
    stats: {
      entities: entityIds.length,
      aliases: aliases.length,
      patterns: patterns.length,
      states: automaton.stateCount,
      bytes: automatonBytes(automaton) + pAlias.byteLength + pStart.byteLength + pEndWord.byteLength,
    },
  };
}
