/**
 * Compiling packs into what a matcher is made of (`Compiled`): each entity's aliases merged and folded,
 * expanded into the automaton's patterns (g spellings, seats, ranks, sovereignty phrases), context rules
 * compiled, the automaton built. Apart from the matcher itself (matcher.ts) so that a page whose
 * matcher loads from the background's stored record never fetches or evaluates this code: the page
 * builds only with the pack's match data (content/page-pack.ts imports both).
 */
import { namesakePlaces, type NamesakePlaces } from './namesake-places';
import type { Alias, AliasOptions, ContextRule, Entity, Lang, Pack } from './pack-types';
import { LANGS } from './pack-types';
import { buildAutomaton, type Automaton } from './automaton';
import { ArabicStart, isArabicInitial, isWordChar, START_LATIN, START_NONWORD } from './boundaries';
import { compileContext, DEFAULT_WINDOW, type CompiledContext } from './context';
import { gVariants } from './g-variants';
import { crossedSeats, seatVariants } from './seat-variants';
import { SOVEREIGNTY_PHRASES, sovereigntyForms } from './sovereignty-forms';
import { RECOGNITION, STEM } from './recognition-clause';
import { foldString } from './normalise';
import { COUNTRIES } from './country-table';
import { parseCountries } from './countries';
import { ENGINE_WORDS, recordWords, type EngineWords } from './engine-words';
import { middleNames, rankDemonymVariants } from './person-names';

/** One merged alias as find uses it (and as the precompiled form stores it). */
export interface AliasRecord {
  entityId: string;
  entityIndex: number;
  /** Case-sensitive aliases: the accepted forms, folded without lowercasing. */
  cased: string[] | null;
  wholeWord: boolean;
  context: CompiledContext | null;
  afterMention: boolean;
  /** Its entity is a general place (a country, a city): weak evidence that a page is about the story. */
  general: boolean;
  /**
   * Its entity is an organisation: a name inside its alias is a modifier (the United States in
   * سفارة الولايات المتحدة), not an alternative should the page withdraw a pending match of it.
   */
  modifiersInside: boolean;
  /**
   * An other-sense phrase of the entity (Entity.otherSenses), not an alias: where selection picks
   * it, its span is consumed, nothing is found, and the entity gets a rejected vote.
   */
  otherSense: boolean;
}

/** Categories whose entities are general (countries, cities, regions), not the story's own actors. */
const GENERAL_CATEGORIES = new Set<string>(['place']);

/** Categories whose names hold modifiers, not mentions: an embassy of the United States elsewhere. */
const MODIFIER_CATEGORIES = new Set<string>(['organization']);

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
  /** An other-sense phrase (Entity.otherSenses): consumes its span, finds nothing. */
  otherSense: boolean;
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
  // One rule object for every alias that reads the entity's rule: compiled once, and the same for the
  // matcher, which tells such aliases apart from those with rules of their own (matcher.ts: aTwin).
  const entityRule = withEntityCues(entity.context ?? null, entity.cueWeights);
  const add = (o: AliasOptions): void => {
    const folded = foldString(o.text);
    if (folded.length === 0) return;
    aliasTexts.add(folded);
    const cs = o.caseSensitive === true;
    const wholeWord = o.wholeWord !== false;
    const afterMention = o.afterMention === true;
    const key = `${folded}\u0000${cs ? 1 : 0}${wholeWord ? 1 : 0}${afterMention ? 1 : 0}${o.foreignG === undefined ? 'u' : o.foreignG ? 1 : 0}`;
    const wantsContext = o.needsContext === true || o.context !== undefined;
    const rule = !wantsContext
      ? null
      : o.context !== undefined
        ? withEntityCues(o.context, entity.cueWeights)
        : entityRule;
    let g = byKey.get(key);
    if (g === undefined) {
      g = {
        m: {
          folded,
          cased: cs ? [] : null,
          wholeWord,
          afterMention,
          foreignG: o.foreignG,
          context: null,
          otherSense: false,
        },
        rules: [],
      };
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
  // Other-sense phrases: plain whole-word patterns, one per folded text, spelled as written (no
  // foreign-g variants: they are native phrases of each language).
  const phrases = new Set<string>();
  for (const lang of LANGS) {
    for (const text of entity.otherSenses?.[lang] ?? []) {
      const folded = foldString(text);
      if (folded.length === 0 || phrases.has(folded)) continue;
      phrases.add(folded);
      out.push({
        folded,
        cased: null,
        wholeWord: true,
        afterMention: false,
        foreignG: false,
        context: null,
        otherSense: true,
      });
    }
  }
  return out;
}

/** A rule without weights of its own weighs its entity's cue words (Entity.cueWeights). */
function withEntityCues(rule: ContextRule | null, cues: Record<string, number> | undefined): ContextRule | null {
  return rule === null || rule.weights !== undefined || cues === undefined ? rule : { ...rule, weights: cues };
}

/**
 * Merge the context rules of variants of one alias (null = that variant needs no context): any
 * variant's veto rejects, required words only when every variant requires, and a cue word weighs
 * the mean of its weights in the rules that list it (a rule silent on a word has no evidence on it).
 */
function mergeRules(rules: readonly (ContextRule | null)[]): ContextRule | null {
  if (rules.every((r) => r === null)) return null;
  if (rules.length === 1) return rules[0]!;
  const vetoes = new Set<string>();
  const requires = new Set<string>();
  const cues = new Map<string, { sum: number; n: number }>();
  let allRequire = true;
  // One side only when every variant reads one side: a variant that reads both needs the words before.
  let afterOnly = true;
  let window = 0;
  for (const r of rules) {
    for (const v of r?.vetoes ?? []) vetoes.add(v);
    if (r === null || (r.requires ?? []).length === 0) allRequire = false;
    for (const q of r?.requires ?? []) requires.add(q);
    for (const [word, weight] of Object.entries(r?.weights ?? {})) {
      const key = foldString(word);
      const c = cues.get(key) ?? { sum: 0, n: 0 };
      c.sum += weight;
      c.n++;
      cues.set(key, c);
    }
    if (r !== null) window = Math.max(window, r.window ?? DEFAULT_WINDOW);
    if (r !== null && r.side !== 'after') afterOnly = false;
  }
  const merged: ContextRule = { requires: allRequire ? [...requires] : [], vetoes: [...vetoes], window };
  if (afterOnly) merged.side = 'after';
  if (cues.size > 0) merged.weights = Object.fromEntries([...cues].map(([word, { sum, n }]) => [word, sum / n]));
  return merged;
}

/** One merged alias of an entity, as expandPatterns lists it. */
export interface ExpandedAlias {
  entityId: string;
  entityIndex: number;
  alias: MergedAlias;
  /** The entity's category is `place` (page-evidence.ts weighs its mentions less). */
  general: boolean;
  /** The entity's category is `organization` (AliasRecord.modifiersInside). */
  modifiersInside: boolean;
}

/**
 * Every pattern the automaton matches, exactly as buildMatcher builds it: aliases (and display
 * names) folded like page text, an organisation's seat in each preposition, foreign-g spellings,
 * and the لل contraction of article names.
 * patterns[p] belongs to aliases[patternAlias[p]] (-1: the recognition clause's stem, the last one, in no
 * alias); patternStart[p] is its left-boundary kind
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

/** crossedSeats of each language's aliases of `entity`, keyed by the folded alias. */
function entitySeats(entity: Entity): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const list of Object.values(entity.aliases)) {
    const folded = (list ?? []).map((a) => foldString(typeof a === 'string' ? a : a.text));
    for (const [alias, names] of crossedSeats(folded)) out.set(alias, [...(out.get(alias) ?? []), ...names]);
  }
  return out;
}

function expandPatterns(packs: readonly Pack[]): ExpandedPatterns {
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
      // Any head of an organisation's name with any of its seats, per language (seat-variants.ts).
      const crossed = MODIFIER_CATEGORIES.has(entity.category) ? entitySeats(entity) : null;
      for (const m of entityAliases(entity)) {
        const folded = m.folded;
        const index = aliases.length;
        aliases.push({
          entityId: entity.id,
          entityIndex: entityIds.length - 1,
          alias: m,
          general: GENERAL_CATEGORIES.has(entity.category),
          modifiersInside: MODIFIER_CATEGORIES.has(entity.category),
        });
        const foreignG = m.foreignG ?? !NATIVE_CATEGORIES.has(entity.category);
        // An organisation's seat in any of its prepositions (seat-variants.ts), each in every g spelling.
        const seats = crossed
          ? [...new Set([folded, ...(crossed.get(folded) ?? [])].flatMap(seatVariants))]
          : entity.category === 'person'
            ? rankDemonymVariants(folded) // الجنرال الأمريكي ميلي (person-names.ts)
            : SOVEREIGNTY_PHRASES.has(entity.id)
              ? sovereigntyForms(folded) // recognized Rabat's claim to | the territory
              : [folded];
        for (const v of foreignG ? seats.flatMap(gVariants) : seats) {
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
  // The recognition clause's stem (recognition-clause.ts): found by the scan, in no alias (pattern alias -1).
  if (entityIds.includes(RECOGNITION)) addPattern(STEM, -1, START_NONWORD, false);
  return { entityIds, aliases, patterns, patternAlias, patternStart, patternEndWord };
}

/** What a matcher for `packs` is made of (makeMatcher makes it; buildMatcher does both). */
export function compileMatcher(packs: readonly Pack[]): Compiled {
  const expansion = expandPatterns(packs);
  const { entityIds, aliases: expanded, patterns, patternAlias, patternStart, patternEndWord } = expansion;
  // One compiled rule per rule object (aliases sharing an entity's rule share its compiled form).
  const compiledRules = new Map<ContextRule, CompiledContext>();
  const compiled = (rule: ContextRule): CompiledContext => {
    let c = compiledRules.get(rule);
    if (c === undefined) compiledRules.set(rule, (c = compileContext(rule)));
    return c;
  };
  const aliases: AliasRecord[] = expanded.map(({ entityId, entityIndex, alias: m, general, modifiersInside }) => ({
    entityId,
    entityIndex,
    cased: m.cased,
    wholeWord: m.wholeWord,
    context: m.context !== null ? compiled(m.context) : null,
    afterMention: m.afterMention,
    general,
    modifiersInside,
    otherSense: m.otherSense,
  }));

  const automaton: Automaton = buildAutomaton(patterns);
  const pAlias = Int32Array.from(patternAlias);
  const pStart = Int8Array.from(patternStart);
  const pEndWord = Uint8Array.from(patternEndWord, (b) => (b ? 1 : 0));
  const given: Record<string, string[]> = {};
  const heads: Record<string, [string[], string[]]> = {};
  const namesakes: Record<string, NamesakePlaces> = {};
  // A country's names (English, French, Arabic), which take no namesake's place.
  const countryNames = new Set(
    parseCountries(COUNTRIES).flatMap((c) => [...c.enNames, ...c.frNames, ...c.arNames].map((n) => foldString(n))),
  );
  for (const pack of packs)
    for (const entity of pack.entities) {
      const all = LANGS.flatMap((l) => (entity.aliases[l] ?? []).map(optionsOf));
      const others = LANGS.flatMap((l) => entity.otherSenses?.[l] ?? []);
      const places = namesakePlaces(
        all.map((a) => a.text),
        others,
        (w) => foldString(w),
        (n) => countryNames.has(n),
      );
      // A place's namesakes only (another event's full title is dated-names.ts').
      if (places !== null && GENERAL_CATEGORIES.has(entity.category)) namesakes[entity.id] = places;
      if (all.some((a) => a.afterMention === true)) given[entity.id] = middleNames(all.map((a) => a.text));
      if (entity.otherHeads !== undefined) {
        const folded = (h?: Partial<Record<Lang, string[]>>): string[] =>
          LANGS.flatMap((l) => h?.[l] ?? []).map((w) => foldString(w));
        heads[entity.id] = [folded(entity.otherHeads), folded(entity.storyHeads)];
      }
    }
  return {
    packs: packs.map((p) => ({ id: p.id, version: p.version })),
    entityIds,
    given,
    heads,
    namesakes,
    countries: COUNTRIES,
    words: recordWords(ENGINE_WORDS),
    aliases,
    automaton,
    pAlias,
    pStart,
    pEndWord,
  };
}

/** Everything a matcher is made of: what serialiseMatcher stores and loadMatcher restores (matcher-format.ts). */
export interface Compiled {
  packs: { id: string; version: string }[];
  entityIds: string[];
  /** Per person with a lone surname (an afterMention alias), the given and middle names of its aliases (namesakes.ts). */
  given: Record<string, string[]>;
  /** Per entity with otherHeads, its folded other-sense and story head nouns (sense-heads.ts: BesideHeads). */
  heads: Record<string, [string[], string[]]>;
  /** Per entity with namesake places in its other-sense phrases, its bare names and their places (namesake-places.ts). */
  namesakes: Record<string, NamesakePlaces>;
  /** The country table's lines (country-table.ts), which the engine's readers of countries are given. */
  countries: readonly string[];
  /** The word lists of the engine's readers, folded where they are read folded (engine-words.ts: recordWords). */
  words: EngineWords;
  aliases: AliasRecord[];
  automaton: Automaton;
  pAlias: Int32Array;
  pStart: Int8Array;
  pEndWord: Uint8Array;
}
