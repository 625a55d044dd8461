/**
 * Finds every mention of every pack entity in a block of text.
 *
 * Pipeline per block: normalise once (normalise.ts) → one Aho–Corasick pass over the folded code
 * units (automaton.ts) → each occurrence checked for word boundaries (boundaries.ts), case for
 * case-sensitive aliases, and context words (context.ts) → leftmost-longest selection without
 * overlaps, in document order, applying afterMention against the shared ScanState. A candidate
 * vetoed by its window takes no span (only a vote); the names inside a pending one are kept as
 * its alternatives (Match.within), counted if the page withdraws it.
 *
 * Offsets are UTF-16 units of the ORIGINAL text. An Arabic mention covers the whole written token
 * including proclitics and article (والرباط, للمغرب); a Latin mention covers only the name
 * (l'Africom → "Africom", AFRICOM's → "AFRICOM").
 */
import type { Pack } from './pack-types';
import { automatonBytes, scanAutomaton, type Automaton, type OccurrenceSink } from './automaton';
import { ArabicStart, arabicTokenStart, latinLeftOk, rightOk, START_LATIN } from './boundaries';
import {
  ACCEPT,
  contextVerdict,
  CUE_ACCEPT,
  CUE_REJECT,
  REJECT,
  requiredWithin,
  shiftedVerdict,
  UNDECIDED,
  WindowReading,
  type CompiledContext,
  type Verdict,
} from './context';
import { SOVEREIGNTY_PHRASES, phraseEnd } from './sovereignty-forms';
import { compileMatcher, type AliasRecord, type Compiled } from './matcher-compile';
import { editionCue, hasEditions, hasOwnYears, ownAfterNamesake, sharesTitle, titleKeys } from './dated-names';
import { createBuffer, foldString, normaliseInto, type NormalisedBuffer } from './normalise';
import { inSet } from './arabic-words';
import { KindNouns } from './kind-nouns';
import {
  describedAsAnother,
  givenNameBefore,
  isLoneWord,
  NAMED_AFTER_A_PERSON,
  namesAPlace,
  feminineAgreement,
  type FeminineWords,
  namesAnotherPerson,
  middleNamed,
  notGivenNames,
  arabicNationals,
  findingOf,
  occupationAfter,
  Occupations,
} from './namesakes';
import {
  agencyOpinion,
  OFFICES,
  officeNamed,
  ofAnotherUnit,
  promoteByOffice,
  arabicAnotherBearer,
  rankedName,
  rankedSurname,
  visitorSubject,
  officeCueSets,
} from './office-cues';
import { possessiveOwners, possessorCodes, seatPossessesPlace } from './possessive-owner';
import {
  caseTellsNothing,
  latinLower,
  LOWER_NAME,
  LOWER_WORD_FORM,
  lowerCaseCommonNoun,
  lowerCaseForm,
  namesAnotherThing,
  SHAPE_WEIGHT,
  shapeCountries,
  shapeSaysOther,
  type NamedKind,
  type ShapeCountries,
} from './name-shape';
import { sentenceAround } from './sentence';
import {
  ARABIC_SHAPE_ENTITIES,
  arabicCountries,
  arabicShapeCue,
  usualName,
  arabicShapeRule,
  homonymCue,
  saysOtherSense,
  saysThisSense,
  type ArabicShapeRule,
} from './arabic-shape';
import { arabicShapeSets } from './arabic-shape-sets';
import { laterCorps, presentClause } from './arabic-corps';
import { parseCountries } from './countries';
import { ForeignQualifier, type CompiledRule } from './foreign-qualifier';
import { STORY_COUNTRIES, STORY_IDS } from './own-countries';
import { BesideHeads, SenseHeads } from './sense-heads';
import { ACT_WEIGHT, AddressShape, clauseSpan, LOCATIVE_WEIGHT, METONYMS, sentenceSpan } from './address-shape';
import { clubBefore, namesKremlin } from './city-signs';
import { OwnCity, type FoldedText } from './own-city';
import { EventAgents, KEEP } from './event-agent';
import { RECOGNITION, recognitionClauses } from './recognition-clause';
import { spacedHashtag } from './hashtag-words';
import { writtenAsWord } from './headword';
import { decidePage, evidenceOnly, NAMESAKE, THE_CITY, UNLESS_OTHER, type Sense } from './page-evidence';
import { bareName, placeNamed } from './namesake-places';
import { definedAs } from './acronym-definition';
import { leanCandidates, leanScore } from './window-lean';
import { NewsItems } from './news-items';
import { arabicHead, arabicSeat, latinHead, latinSeat } from './institution-head';

/** A Latin capitals' acronym as a page writes it (FAR, JCS, PRC): what acronym-definition.ts reads. */
const ACRONYM = /^[A-Z]{2,6}$/;

export interface Match {
  entityId: string;
  start: number;
  end: number;
  text: string;
  /** Only from a page-wide scan (ScanState.pageWide): how its window decided it (page-evidence.ts). */
  sense?: Sense;
  /** Pending only: the entities it may name, in pack order (entityId first). */
  candidates?: string[];
  /**
   * A name inside a pending longer one (recognition of Moroccan sovereignty over Western Sahara):
   * that match's candidates. It counts only when the page withdraws the longer match (page-evidence.ts).
   */
  within?: string[];
  /** Only from a page-wide scan: the text opens a digest's item with this rubric (news-items.ts). */
  rubric?: string;
  /** With `rubric`: its item argues against it (news-items.ts: another world's section, a vote against). */
  aside?: boolean;
}

export interface ScanState {
  /** Entity ids already mentioned by a full (non-afterMention) alias earlier in this page. */
  seen: Set<string>;
  /**
   * What the page has shown so far to be another thing of a name, as keys that go with it to the
   * background and back (glossa:find-names carries this set whole): an entity id when its short forms
   * name another bearer from here on (namesakes.ts); "entity/name" for a name of another event's full
   * title (dated-names.ts: titleKeys); "entity#seat" when the page named the entity's seat (the Kremlin)
   * in another city (the Kazan Kremlin: city-signs.ts); "entity#era" when it named another corps of the
   * entity's name (فيلق أفريقيا عام 1863: arabic-corps.ts); FRAMED and a country's code when a text of the
   * page opened with that country as its place (foreign-qualifier.ts: ForeignRule.frames).
   */
  otherSenses?: Set<string>;
  /**
   * The caller scans a page in several texts and decides their pending mentions over the whole
   * page (page-evidence.ts: decidePage): find then returns them, with `sense`, and the rejected
   * votes. Otherwise each text is a page of its own, decided before find returns.
   */
  pageWide?: boolean;
}

export function createScanState(): ScanState {
  return { seen: new Set() };
}

/** The state of a page scanned in several texts, whose caller decides pending mentions (decidePage). */
export function createPageState(): ScanState {
  return { seen: new Set(), pageWide: true };
}

/**
 * A match as a text decided alone reports it: what counts, without the page's evidence. A plain
 * accepted match already is one (made with these fields only): it is kept, not copied.
 */
const plainMatch = (m: Match, entityId: string): Match =>
  m.entityId === entityId && m.sense === undefined && m.candidates === undefined && m.within === undefined
    ? m
    : { entityId, start: m.start, end: m.end, text: m.text };

/** A match of a text decided alone that counts as it stands (its sense kept aside), or a vote against. */
const plainOrVote = (m: Match): boolean => evidenceOnly(m.sense) || (m.sense === undefined && m.within === undefined);

/** A match of a text decided alone that counts as it stands, or a weak place name's (UNLESS_OTHER). */
const plainOrWeak = (m: Match): boolean =>
  m.within === undefined && (m.sense === undefined || (m.sense === 'pending' && m.candidates![1] === UNLESS_OTHER));

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

/**
 * Whether a name that ends inside a hashtag is, read with the tag's words apart, part of a longer
 * name (#MoroccoWorldNews, #RussiaToday): the shape rules as for the same words written with spaces.
 */
function hashtagShape(
  text: string,
  start: number,
  end: number,
  nameAt: (offset: number) => boolean,
  countries: ShapeCountries,
): boolean {
  const tag = spacedHashtag(text, start, end);
  return tag !== null && shapeSaysOther(tag.text, tag.start, tag.end, (o) => nameAt(tag.original(o)), countries);
}

/** namesAnotherThing, read the same way: a publication's title (#MoroccoWorldNews), a company's name. */
function hashtagNamesAnother(
  text: string,
  start: number,
  end: number,
  nameAt: (offset: number) => boolean,
  rec: AliasRecord,
  countries: ShapeCountries,
): boolean {
  const tag = spacedHashtag(text, start, end);
  return (
    tag !== null &&
    namesAnotherThing(
      tag.text,
      tag.start,
      tag.end,
      (o) => nameAt(tag.original(o)),
      countries,
      rec.entityId,
      kindOf(rec),
    )
  );
}

/** What an alias's entity is, to name-shape's namesAnotherThing. */
const kindOf = (rec: AliasRecord): NamedKind =>
  rec.general ? 'place' : rec.modifiersInside ? 'organisation' : 'other';

/** condTok of find when no pending match is open: no candidate starts after it. */
const NO_SPAN = 0x7fffffff;
/** ScanState.otherSenses' key, before a country's code, of a page framed by it (no pack id starts with @). */
const FRAMED = '@framed:';

/** Whether candidate a sorts before b: by start, then longest, then alias (pack order). */
function before(
  a: number,
  b: number,
  cTok: Int32Array,
  cEnd: Int32Array,
  cPat: Int32Array,
  pAlias: Int32Array,
): boolean {
  const d = cTok[a]! - cTok[b]!;
  if (d !== 0) return d < 0;
  const e = cEnd[b]! - cEnd[a]!;
  if (e !== 0) return e < 0;
  return pAlias[cPat[a]!]! < pAlias[cPat[b]!]!;
}

/**
 * The end of the furthest name of `entityId` that starts inside the selected candidate order[k]'s span
 * (ending at `e`) and reaches past it, one no rule guards (منطقة الساحل الإفريقي: the context-bound
 * منطقة الساحل, then الساحل الإفريقي), or -1. The two overlapping names are one: leftmost-longest would
 * keep the first and drop the full name that settles it (redteam17 class L).
 */
function unguardedTail(
  k: number,
  n: number,
  order: Int32Array,
  cTok: Int32Array,
  cEnd: Int32Array,
  cPat: Int32Array,
  pAlias: Int32Array,
  aliases: readonly AliasRecord[],
  entityId: string,
  e: number,
): number {
  let tail = -1;
  for (let j = k + 1; j < n; j++) {
    const c = order[j]!;
    if (cTok[c]! >= e) break;
    if (cEnd[c]! <= Math.max(e, tail)) continue;
    const rec = aliases[pAlias[cPat[c]!]!]!;
    if (rec.entityId === entityId && rec.context === null && rec.cased === null && !rec.otherSense && !rec.afterMention)
      tail = cEnd[c]!;
  }
  return tail;
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
function sortCandidates(
  order: Int32Array,
  n: number,
  cTok: Int32Array,
  cEnd: Int32Array,
  cPat: Int32Array,
  pAlias: Int32Array,
): void {
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
      before(a, b, cTok, cEnd, cPat, pAlias) ? -1 : before(b, a, cTok, cEnd, cPat, pAlias) ? 1 : 0,
    );
    order.set(sorted);
  }
}

/**
 * Collects the occurrences of one find call whose word boundaries hold (token start, end in
 * normalised units, pattern); case and context are checked later, only for candidates that
 * survive the leftmost-longest selection. One per matcher, reused across calls (find is not
 * re-entrant: it calls out to nothing). A class, so every matcher's collector has one shape and
 * scanAutomaton's call to `occurrence` stays monomorphic.
 */
class Candidates implements OccurrenceSink {
  tok = new Int32Array(256);
  end = new Int32Array(256);
  pat = new Int32Array(256);
  order = new Int32Array(256);
  count = 0;
  /** Where the recognition clause's stem first starts in [1, length - 3) of this text, or -1. */
  firstStem = -1;
  /** The text being scanned, normalised (set by collect). */
  private buf: NormalisedBuffer = createBuffer(0);
  private chars: Uint16Array = new Uint16Array(0);
  private length = 0;

  constructor(
    private readonly pWhole: Uint8Array,
    private readonly pStart: Int8Array,
    private readonly pEndWord: Uint8Array,
    private readonly patternLength: Int32Array,
    /** The stem's pattern (recognition-clause.ts: STEM), or -1: noted, not a candidate. */
    private readonly stem: number,
  ) {}

  /** Runs the automaton over the normalised text in buf; returns the number of candidates. */
  collect(a: Automaton, buf: NormalisedBuffer): number {
    const { chars, length } = buf;
    this.buf = buf;
    this.chars = chars;
    this.length = length;
    this.count = 0;
    this.firstStem = -1;
    scanAutomaton(a, chars, length, this);
    return this.count;
  }

  occurrence(end: number, p: number): void {
    const chars = this.chars;
    const s = end - this.patternLength[p]!;
    if (p === this.stem) {
      if (this.firstStem < 0 && s >= 1 && end < this.length) this.firstStem = s;
      return;
    }
    let tokenStart = s;
    if (this.pWhole[p] === 1) {
      const kind = this.pStart[p]!;
      if (kind >= 0) {
        tokenStart = arabicTokenStart(chars, s, kind as ArabicStart);
        if (tokenStart < 0) return;
      } else if (kind === START_LATIN && !latinLeftOk(chars, s)) return;
      if (this.pEndWord[p] === 1 && !rightOk(chars, this.length, end)) return;
    }
    const n = this.count;
    if (n === this.tok.length) {
      this.tok = grow(this.tok);
      this.end = grow(this.end);
      this.pat = grow(this.pat);
      this.order = new Int32Array(this.tok.length);
    }
    this.tok[n] = tokenStart;
    this.end[n] = end;
    this.pat[n] = p;
    this.count = n + 1;
  }

  /** Whether some candidate (a pack name) starts or ends at this original offset of the text. */
  nameAt(offset: number): boolean {
    const buf = this.buf;
    for (let k = 0; k < this.count; k++) {
      const e = this.end[k]!;
      if (buf.starts[e - this.patternLength[this.pat[k]!]!] === offset || buf.ends[e - 1] === offset) return true;
    }
    return false;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Whether the lower-case mention at normalised [s, e) (text[starts[s], ends[e - 1])) is a name so written
 * (name-shape.ts: lowerCaseForm), or an ordinary word so written beside a noun of its kind (kind-nouns.ts).
 */
function lowerName(
  rec: AliasRecord,
  text: string,
  buf: NormalisedBuffer,
  s: number,
  e: number,
  countries: ShapeCountries,
  kinds: KindNouns,
): boolean {
  const form = lowerCaseForm(text, buf.starts[s]!, buf.ends[e - 1]!, countries);
  return form === LOWER_NAME || (form === LOWER_WORD_FORM && kinds.beside(rec.entityId, buf.chars, buf.length, s, e));
}

/**
 * Whether the organisation's own words stand about its lone name at normalised [s, e): a required word of its
 * rule in the name's clause, or, on a page that `named` it, in its sentence ("The Wagner Group runs the mines.
 * In northern Mali, Wagner's law is the only law"; not "In economics, Wagner's law says…").
 */
function ownWordsNear(
  rule: CompiledContext | null,
  chars: Uint16Array,
  length: number,
  s: number,
  e: number,
  named: boolean,
  reading: WindowReading,
): boolean {
  if (rule === null) return false;
  const [lo, hi] = named ? sentenceSpan(chars, length, s, e) : clauseSpan(chars, length, s, e);
  return requiredWithin(rule, chars, lo, hi, s, e, reading);
}

/** Whether text[start, end), folded without lowercasing, is one of the alias's cased forms. */
function casedOk(text: string, start: number, end: number, cased: readonly string[]): boolean {
  return cased.includes(foldString(text.slice(start, end), false));
}

/**
 * A candidate wholly inside a pending match: kept as its alternative (Match.within) should the page
 * withdraw it, with no vote and no `seen` (it may not count). Returns where the next may start.
 * Apart from find, whose hot loop stays small.
 */
function innerCandidate(
  rec: AliasRecord,
  text: string,
  buf: NormalisedBuffer,
  tok: number,
  s: number,
  e: number,
  within: string[],
  matches: Match[],
  innerEnd: number,
): number {
  if (rec.otherSense) return e;
  const { chars, starts, ends, length } = buf;
  if (rec.cased !== null && !casedOk(text, starts[s]!, ends[e - 1]!, rec.cased)) return innerEnd;
  const verdict = rec.context === null ? ACCEPT : contextVerdict(rec.context, chars, length, s, e);
  if (verdict === REJECT) return innerEnd;
  const start = starts[tok]!;
  const endOrig = ends[e - 1]!;
  const inner: Match = { entityId: rec.entityId, start, end: endOrig, text: text.slice(start, endOrig), within };
  if (verdict === UNDECIDED) {
    inner.sense = 'pending';
    inner.candidates = [rec.entityId];
  }
  matches.push(inner);
  return e;
}

export type { AliasRecord, Compiled } from './matcher-compile';

/**
 * A matcher for `packs`: compiled (matcher-compile.ts), then made. The page, which loads the background's
 * stored record, does not call it, so its bundle leaves the compiler out (content/page-pack.ts has it).
 */
export function buildMatcher(packs: readonly Pack[]): Matcher {
  return makeMatcher(compileMatcher(packs));
}

const compiledOf = new WeakMap<Matcher, Compiled>();

/** What `m` is made of, when this module made it (buildMatcher, or makeMatcher for loadMatcher). */
export function compiledForm(m: Matcher): Compiled | undefined {
  return compiledOf.get(m);
}

/**
 * Which aliases (by index) have a context rule and the same text as an alias of a rival entity of
 * sense-heads.ts: only those are decided by their governing word. A name of one sense alone (the
 * territory's Southern Provinces) keeps its own rule: a rival's word near it has no rival to hand it to.
 * Patterns of the same text end at the same automaton state.
 */
function sharedSenseNames(compiled: Compiled, ruled: Uint8Array): boolean[] {
  const { aliases, automaton, pAlias } = compiled;
  const { outFirst, patternNext } = automaton;
  const shared = aliases.map(() => false);
  if (!ruled.includes(1)) return shared;
  // Every state is visited (a 100k-alias pack has millions): nothing is allocated per state.
  for (let state = 0; state < automaton.stateCount; state++) {
    let entity: string | null = null;
    let rivals = false;
    for (let p = outFirst[state]!; p >= 0 && !rivals; p = patternNext[p]!) {
      if (ruled[pAlias[p]!] !== 1) continue; // 0, or the stem's -1 (undefined)
      const id = aliases[pAlias[p]!]!.entityId;
      if (entity === null) entity = id;
      else rivals = id !== entity;
    }
    if (rivals)
      for (let p = outFirst[state]!; p >= 0; p = patternNext[p]!) if (ruled[pAlias[p]!]) shared[pAlias[p]!] = true;
  }
  return shared;
}

/**
 * Per alias, the first alias read exactly as it is: the same entity, options and rule object (an
 * entity's rule is one object: matcher-compile.ts) and the same flag of a shared name. Two such
 * aliases of one text (فاغنر, and the g spelling of فاجنر) make two candidates on one span that every
 * cue and window reads alike.
 */
function twinAliases(aliases: readonly AliasRecord[], shared: readonly boolean[]): Int32Array {
  const twin = new Int32Array(aliases.length);
  const rules = new Map<CompiledContext, number>();
  // Entity, rule and flags packed in one number (a 100k-alias pack loads without a string per alias);
  // a cased alias's forms, rare, in a string beside it.
  const first = new Map<number, number>();
  const firstCased = new Map<string, number>();
  for (let i = 0; i < aliases.length; i++) {
    const a = aliases[i]!;
    // Only a window's reading is worth skipping: an alias without a rule is its own twin (never skipped).
    if (a.context === null) {
      twin[i] = i;
      continue;
    }
    let rule = rules.get(a.context);
    if (rule === undefined) rules.set(a.context, (rule = rules.size));
    const flags =
      (a.wholeWord ? 1 : 0) |
      (a.afterMention ? 2 : 0) |
      (a.general ? 4 : 0) |
      (a.modifiersInside ? 8 : 0) |
      (a.otherSense ? 16 : 0) |
      (shared[i] ? 32 : 0);
    const key = (a.entityIndex * (aliases.length + 1) + rule) * 64 + flags;
    if (a.cased === null) {
      if (!first.has(key)) first.set(key, i);
      twin[i] = first.get(key)!;
    } else {
      const cased = `${key}\u0000${a.cased.join('\u0000')}`;
      if (!firstCased.has(cased)) firstCased.set(cased, i);
      twin[i] = firstCased.get(cased)!;
    }
  }
  return twin;
}

/**
 * Only spaces, a hyphen, quotation marks or a model word between two names: one name written twice
 * (AH-64E Apache, «أفريكوم» “AFRICOM”, هيمارس من طراز M142). Group 1: the model word.
 */
const JOINT = /^[\s\u00a0\-"«»“”]*((?:من\s+)?(?:طراز|نوع)[\s\u00a0"«»“”]*)?$/u;
/** The style of each quotation mark: a quote closed then one of the same style opened is a list. */
const QUOTE_STYLE: Readonly<Record<string, string>> = { '«': '«', '»': '«', '“': '“', '”': '“', '"': '"' };

/**
 * Whether `gap`, the text between two names of one entity, joins them into one: a name then its gloss
 * (القيادة الأمريكية لإفريقيا “أفريكوم”, «أفريكوم» “AFRICOM”), never two quotes of one style, each
 * holding a name («أفريكوم» «أفريكوم»): a list.
 */
function joint(gap: string): boolean {
  const m = JOINT.exec(gap);
  if (m === null) return false;
  if (m[1] !== undefined) return true;
  const quotes = gap.match(/["«»“”]/gu);
  return quotes === null || quotes.length < 2 || QUOTE_STYLE[quotes[0]!] !== QUOTE_STYLE[quotes.at(-1)!];
}

/**
 * Whether a match may be held on a namesake's vote (page-evidence.ts NAMESAKE): a mention that counts as it
 * stands, or one its window left to the page alone (a lower-case kremlin), not inside a longer name.
 */
function holdable(m: Match): boolean {
  const held = m.sense === 'pending' && (m.candidates ?? []).length < 2;
  return m.within === undefined && (m.sense === undefined || m.sense === 'general' || held);
}

/**
 * A holdable match made pending on the page's votes for `name`'s namesake: it counts unless they withdraw it,
 * one the page was to decide alone then decided as before ([id, NAMESAKE, name, id]).
 */
function holdOnNamesake(m: Match, name: string): void {
  const held = m.sense === 'pending';
  m.candidates = held ? [m.entityId, NAMESAKE, name, m.entityId] : [m.entityId, NAMESAKE, name];
  m.sense = 'pending';
}

/** Votes put among the matches in document order (each after the matches that start before it). */
function insertVotes(matches: Match[], votes: readonly Match[]): void {
  for (const v of votes) {
    let k = matches.length;
    while (k > 0 && matches[k - 1]!.start > v.start) k--;
    matches.splice(k, 0, v);
  }
}

/** The words before a seat that make it a government: a voice's preposition, or its people and a place's. */
const VOICED = /(?:^|\s)(?:(selon|according to|بحسب)|(\S+) (?:in|at|au|في)) (?:the |le )?$/iu;

/**
 * `prev`, the match before an accepted story name of `rec` at `start`, is a plain accepted match of the
 * same entity written right before it: together they are one name, not two mentions.
 */
function plainNeighbour(
  prev: Match | undefined,
  rec: AliasRecord,
  prevSense: Sense | undefined,
  text: string,
  start: number,
): prev is Match {
  if (prev === undefined || prev.entityId !== rec.entityId || prev.sense !== undefined || prevSense !== undefined)
    return false;
  // A name inside a pending longer one counts only if that one does not: joined, the next would too.
  if (prev.within !== undefined || prev.candidates !== undefined) return false;
  if (rec.afterMention || rec.general || prev.end > start) return false;
  return joint(text.slice(prev.end, start));
}

export function makeMatcher(compiled: Compiled): Matcher {
  const { entityIds, aliases, automaton, pAlias, pStart, pEndWord } = compiled;
  const given = new Map(Object.entries(compiled.given).map(([id, names]) => [id, new Set(names)]));
  const pWhole = new Uint8Array(pAlias.length);
  for (let p = 0; p < pAlias.length; p++) pWhole[p] = aliases[pAlias[p]!]?.wholeWord === true ? 1 : 0;
  const scratch = createBuffer(4096);

  const { patternLength } = automaton;
  // The recognition clause's stem is the last pattern when the packs read clauses (matcher-compile.ts).
  const stem = pAlias.length > 0 && pAlias[pAlias.length - 1] === -1 ? pAlias.length - 1 : -1;
  const cands = new Candidates(pWhole, pStart, pEndWord, patternLength, stem);
  // Whether a pack name starts or ends at an offset of the text find reads: made once, not per text.
  const nameAt = (offset: number): boolean => cands.nameAt(offset);
  // Another country's namesake (foreign-qualifier.ts): the rule of each alias's entity, or null.
  // The country table, from the record (country-table.ts): each reader gets the words it reads of it.
  const countries = parseCountries(compiled.countries);
  const shapeWords = shapeCountries(
    countries,
    compiled.words.nameShape,
    compiled.words.formerName,
    compiled.words.quotedProduct,
    compiled.words.press,
  );
  const notGiven = notGivenNames(countries);
  const nationals = arabicNationals(countries);
  const possessors = possessorCodes(countries);
  const qualifier = new ForeignQualifier(countries);
  const newsItems = new NewsItems(countries, compiled.words.rubrics);
  const heads = new SenseHeads(compiled.words.senseHeads);
  const kinds = new KindNouns(compiled.words.kindAfter, compiled.words.kindBefore);
  const address = new AddressShape(countries, compiled.words.address);
  const agents = new EventAgents(qualifier, compiled.words.eventAgents);
  const occupations = new Occupations(compiled.words.occupations);
  const officeWords = officeCueSets(compiled.words.office);
  // Per alias, the cues of its entity: another country's namesake (foreign-qualifier.ts), an Arabic
  // place name that is also a common noun (arabic-shape.ts), a capital standing for its government
  // (address-shape.ts), a name two rival senses share (sense-heads.ts). Few entities have any: the
  // others are passed over by one look-up (a 100k-alias pack loads in one pass).
  const ownRules = new Map<string, CompiledRule>();
  for (const [id, rule] of Object.entries(compiled.words.ownCountries))
    ownRules.set(id, ForeignQualifier.compile(rule));
  // The countries that frame some entity's generic title (ForeignRule.frames).
  const framing = new Set([...ownRules.values()].flatMap((r) => [...r.frames]));
  // A text opening with another country that names the story's own too frames nothing (L'Égypte… Le Maroc…).
  const storyRule = ForeignQualifier.compile({ own: STORY_COUNTRIES, relations: [] });
  const arabicWords = arabicCountries(countries);
  const arabicSets = arabicShapeSets(compiled.words.arabic);
  // The words beside a place surname that make it feminine (namesakes.ts), folded, a conjunction perhaps on them.
  const feminineWords: FeminineWords = {
    verb: (w) => inSet(arabicSets.feminineVerbs, foldString(w)),
    stance: (w) => inSet(arabicSets.feminineStances, foldString(w)),
    particle: (w) => inSet(arabicSets.subjectParticles, foldString(w)),
  };
  const arabicRules = new Map(ARABIC_SHAPE_ENTITIES.map((id) => [id, arabicShapeRule(id, arabicWords, arabicSets)]));
  const cued = new Set([...ownRules.keys(), ...arabicRules.keys(), ...Object.keys(METONYMS), ...heads.entityIds()]);
  const aForeign: (CompiledRule | null)[] = [];
  const aArabic: (ArabicShapeRule | null)[] = [];
  const aMetonym: boolean[] = [];
  const ruled = new Uint8Array(aliases.length);
  // Aliases whose event needs its own actor or party named (event-agent.ts): those a window decides.
  const aAgent = new Uint8Array(aliases.length);
  // Aliases of an office holder (office-cues.ts): a flag per alias, not a string look-up per candidate.
  const aOffice = new Uint8Array(aliases.length);
  // Aliases of an organisation named after a person (namesakes.ts: Bobby Wagner): a flag per alias.
  const aNamedAfter = new Uint8Array(aliases.length);
  // Aliases of a yearly event (dated-names.ts: editionCue), flagged so that other mentions skip its look-up.
  const aEdition = new Uint8Array(aliases.length);
  // Aliases of a story city with namesakes (own-city.ts): its country or sights named beside it decide.
  const ownCity = new OwnCity(countries);
  // Places with namesakes (namesake-places.ts); a city that is no capital (Rabat: own-city.ts) keeps its
  // own reading of them, as no government's name is withdrawn (governs).
  const namesakes = new Map(Object.entries(compiled.namesakes ?? {}));
  const aOwnCity = new Uint8Array(aliases.length);
  // Aliases of a recognition phrase, whose patterns may stop at the link (sovereignty-forms.ts).
  const aPhrase = new Uint8Array(aliases.length);
  // Bare names a rule guards whose entity has head nouns of another sense (sense-heads.ts: BesideHeads).
  const beside = new BesideHeads(compiled.heads);
  const aBeside = new Uint8Array(aliases.length);
  // Aliases of an entity the pack knows no other sense of (no other-sense phrase, no rule): written in
  // lower case they are still its name (« le polisario »), not a common noun (name-shape.ts).
  const sensed = new Set(aliases.filter((a) => a.otherSense || a.context !== null).map((a) => a.entityId));
  const aOneSense = new Uint8Array(aliases.length);
  // Short titles of a dated event others share (dated-names.ts: the Treaty of Marrakesh), read after another's full title.
  const aTitled = new Uint8Array(aliases.length);
  for (let i = 0; i < aliases.length; i++) {
    const { entityId: id, otherSense, context } = aliases[i]!;
    if (!otherSense && SOVEREIGNTY_PHRASES.has(id)) aPhrase[i] = 1;
    if (context !== null && !otherSense && agents.has(id)) aAgent[i] = 1;
    if (OFFICES.has(id)) aOffice[i] = 1;
    // ex-Wagner too, which needs no context: "the ex-Wagner goalkeeper" is a club's.
    if (!otherSense && !aliases[i]!.afterMention && NAMED_AFTER_A_PERSON.has(id)) aNamedAfter[i] = 1;
    if (!otherSense && ownCity.has(id)) aOwnCity[i] = 1;
    if (hasEditions(id)) aEdition[i] = 1;
    if (!sensed.has(id)) aOneSense[i] = 1;
    if (context !== null && !otherSense && hasOwnYears(id)) aTitled[i] = 1;
    if (context !== null && !otherSense && !aliases[i]!.afterMention && beside.has(id)) aBeside[i] = 1;
    const some = cued.has(id);
    aForeign.push(some ? (ownRules.get(id) ?? null) : null);
    aArabic.push(some && !otherSense ? (arabicRules.get(id) ?? null) : null);
    aMetonym.push(some && !otherSense && METONYMS[id] !== undefined);
    if (some && context !== null && heads.has(id)) ruled[i] = 1;
  }
  const aHeads = sharedSenseNames(compiled, ruled);
  const aTwin = twinAliases(aliases, aHeads);
  // Entities whose names hold modifiers: a country's possessive before one may be part of its name.
  const organisations = new Set(aliases.filter((a) => a.modifiersInside).map((a) => a.entityId));
  // What the latest contextVerdict of find read (one per matcher: find is not re-entrant).
  const reading = new WindowReading();

  /**
   * A name two senses share (sense-heads.ts) is read in its own sentence first when its window reaches past
   * it: rival senses share pages, and the window's other sentences often hold the rival's own name (the
   * Sahara Desert, Western Sahara), whose words would decide this mention (red-team class 5). A sentence
   * that settles nothing gives it the sense of the shared name decided before it in the same sentence (one
   * sense per sentence: the Sahara conflict … the UN mission in the Sahara), `sharedId` ending at
   * `sharedEnd`; else it leaves it to the page, the window's words as its lean.
   */
  const ownSentence = (
    rule: CompiledContext,
    chars: Uint16Array,
    length: number,
    s: number,
    e: number,
    bias: number,
    verdict: Verdict,
    entityId: string,
    sharedId: string,
    sharedEnd: number,
  ): Verdict => {
    const [lo, hi] = sentenceSpan(chars, length, s, e);
    const crosses = lo > Math.max(0, s - rule.window) || hi < Math.min(length, e + rule.window);
    const own = crosses
      ? contextVerdict(rule, chars.subarray(lo, hi), hi - lo, s - lo, e - lo, bias, reading)
      : verdict;
    if (own !== UNDECIDED) return own;
    if (sharedEnd > lo) return sharedId === entityId ? ACCEPT : REJECT;
    // The page decides, the window's neighbours only lean (window-lean.ts): its reading is the window's again.
    if (crosses) contextVerdict(rule, chars, length, s, e, bias, reading);
    return own;
  };

  /**
   * An own city's weak mentions (`weak`: indexes in `matches`) where the text votes against that city
   * (else each counts as a weak one does, and weighs the same: page-evidence.ts, so most texts never look
   * for sights). Decided alone, one its country or sights name strongly (own-city.ts; a page's were never
   * weak) is accepted, as a general place (its sense in `senses`, returned); else a vote in its paragraph
   * naming a namesake's place (Mdina, Gozo) makes it a rejected vote.
   */
  const settleOwnCities = (
    text: string,
    folded: FoldedText,
    matches: Match[],
    weak: readonly number[],
    senses: Sense[] | null,
    pageWide: boolean,
  ): Sense[] | null => {
    // The text's votes against the city, read once per city.
    let votes: Match[] = [];
    let votesOf = '';
    for (const i of weak) {
      const { entityId, start, end, text: t } = matches[i]!;
      if (votesOf !== entityId) {
        votesOf = entityId;
        votes = matches.filter((m) => evidenceOnly(m.sense) && m.entityId === entityId);
      }
      if (votes.length === 0) continue;
      if (!pageWide && ownCity.strong(entityId, text, start, end, folded)) {
        matches[i] = { entityId, start, end, text: t };
        (senses ??= [])[i] = 'general';
      } else if (ownCity.namesakeNear(entityId, text, start, end, votes))
        matches[i] = { entityId, start, end, text: t, sense: 'rejected' };
    }
    return senses;
  };

  /** The lean score of the last window read for this alias's rule (window-lean.ts), 0 without a rule. */
  const windowScore = (rec: AliasRecord): number => (rec.context !== null ? leanScore(reading) : 0);

  function find(text: string, state: ScanState = createScanState()): Match[] {
    // Very large inputs get their own buffer so the shared one does not stay huge.
    const buf: NormalisedBuffer = normaliseInto(
      text,
      true,
      text.length > 1 << 20 ? createBuffer(text.length + 16) : scratch,
    );
    const { chars, starts, ends, length } = buf;
    // A text opening with a framing country as its place frames the page (foreign-qualifier.ts: opening).
    if (framing.size > 0) {
      const code = qualifier.opening(chars, length);
      if (code !== undefined && framing.has(code) && !qualifier.namesOwn(storyRule, chars, length))
        (state.otherSenses ??= new Set()).add(FRAMED + code);
    }
    const n = cands.collect(automaton, buf);
    if (n === 0) return [];
    const { tok: cTok, end: cEnd, pat: cPat, order } = cands;

    // Leftmost-longest: by start, then longest, then pack order.
    sortCandidates(order, n, cTok, cEnd, cPat, pAlias);
    const matches: Match[] = [];
    let lastEnd = 0;
    // The pending match at token start pendTok (matches[pendAt]): a candidate at the same start may
    // still replace it (its window accepts) or join it (same span, another entity, also undecided).
    let pendTok = -1;
    let pendAt = -1;
    // The alias of that pending match when it is a name shared by rival senses (sense-heads.ts), else null.
    let pendShared: AliasRecord | null = null;
    // Its window's lean score (window-lean.ts) for its first candidate, should a rival join it.
    let pendScore = 0;
    // The span [condTok, condEnd) of the latest pending match, whose candidates are condWithin:
    // names wholly inside it are kept as its alternatives (Match.within), selected leftmost-longest
    // among themselves up to innerEnd, in case the page withdraws it.
    let condTok = NO_SPAN;
    let condEnd = 0;
    let condWithin: string[] | undefined;
    let innerEnd = 0;
    // A pending match or a rejected vote: a text decided alone is decided before find returns.
    const pageWide = state.pageWide === true;
    let undecided = false;
    // Decided alone, the senses of counted matches are kept aside (by index), needed only when
    // something is undecided: plain matches otherwise, at no cost. Set in accept (the cast keeps
    // TypeScript from narrowing it to null).
    let senses = null as Sense[] | null;
    // The entity of the latest name qualified by another country (or naming another thing outright),
    // and its end: shorter names of it there (Joint Chiefs in Joint Chiefs of Staff in Seoul) are the
    // same namesake.
    let foreignEntity = '';
    let foreignEnd = 0;
    // Per entity read for it, whether the text names one of its own countries (ForeignQualifier.namesOwn).
    let ownNamed = null as Map<string, boolean> | null;
    // Whether a name of the story's (STORY_IDS) is among the text's candidates, before or after: read once.
    let storyNamed: boolean | undefined;
    // The span [rivalTok, rivalEnd) of the latest shared name (sense-heads.ts) rejected for rivalEntity.
    let rivalTok = -1;
    let rivalEnd = -1;
    let rivalEntity = '';
    // The latest shared name accepted, and its end: its sense is its sentence's (ownSentence).
    let sharedId = '';
    let sharedEnd = 0;
    // A late surname of an office holder was read (office-cues.ts).
    let offices = false;
    // The indexes of weak mentions of an own city, settled once the text is read (settleOwnCities).
    let ownCityWeak = null as number[] | null;
    // The latest candidate (its k) whose window left it undecided, opening or joining the pending match.
    let heldAt = -2;
    /**
     * An accepted match of `rec` at [tok, e) (original [start, endOrig)); `joins`: it may extend the
     * match before it (no proclitic: وفاغنر after فاغنر is a list, not one name).
     */
    const accept = (rec: AliasRecord, tok: number, e: number, start: number, endOrig: number, joins = false): void => {
      if (!rec.afterMention) state.seen.add(rec.entityId);
      lastEnd = e;
      // Decided by its window at the pending match's start: it takes that place.
      const at = tok === pendTok ? pendAt : matches.length;
      // Not matches[-1]: an array read out of bounds looks the index up as a property, slowly.
      const prev = at > 0 ? matches[at - 1] : undefined;
      if (
        joins &&
        prev !== undefined &&
        at === matches.length &&
        plainNeighbour(prev, rec, senses?.[at - 1], text, start)
      ) {
        // Two names of one entity side by side are one name (AH-64E Apache, مروحية أباتشي AH-64).
        prev.end = endOrig;
        prev.text = text.slice(prev.start, endOrig);
        return;
      }
      const match: Match = { entityId: rec.entityId, start, end: endOrig, text: text.slice(start, endOrig) };
      matches[at] = match;
      if (tok === pendTok) condTok = NO_SPAN;
      pendTok = -1;
      if (rec.afterMention || rec.general) {
        const sense = rec.afterMention ? 'after' : 'general';
        if (pageWide) match.sense = sense;
        else (senses ??= [])[at] = sense;
      }
    };
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const tok = cTok[i]!;
      let within: string[] | undefined;
      if (tok < lastEnd && tok !== pendTok) {
        if (tok <= condTok || tok < innerEnd || cEnd[i]! > condEnd) continue;
        within = condWithin;
      }
      const p = cPat[i]!;
      // The twin (twinAliases) of the candidate just read, on its span, which its window left undecided:
      // read again, it would only find itself among the pending match's candidates (a fifth of a bench's windows).
      // This holds while every step before the undecided way below reads find's state alike for both and
      // writes it idempotently (seen, otherSenses): a step that counts or toggles state must clear heldAt.
      if (k === heldAt + 1) {
        const q = cPat[order[k - 1]!]!;
        if (
          cTok[order[k - 1]!] === tok &&
          cEnd[order[k - 1]!] === cEnd[i] &&
          patternLength[q] === patternLength[p] &&
          aTwin[pAlias[q]!] === aTwin[pAlias[p]!]
        )
          continue;
      }
      const rec = aliases[pAlias[p]!]!;
      // A short form before its entity's full name: the page decides it (page-evidence.ts: late),
      // unless another bearer of the name came first and its sentence names no office or seat of his
      // (then the office decides: office-cues.ts).
      let late = rec.afterMention && !state.seen.has(rec.entityId);
      if (
        late &&
        state.otherSenses?.has(rec.entityId) &&
        !officeNamed(text, rec.entityId, starts[tok]!, ends[cEnd[i]! - 1]!)
      )
        continue;
      if (tok < foreignEnd && rec.entityId === foreignEntity) continue;
      const s = cEnd[i]! - patternLength[p]!;
      // Another treaty's full title earlier on the page (an other-sense phrase: the Marrakesh Treaty to
      // Facilitate Access…): the short title sharing its name is that treaty's from there on, until the
      // entity's own full name comes back, unless its sentence gives its own year or calls it another
      // (dated-names.ts).
      if (
        aTitled[pAlias[p]!] === 1 &&
        state.otherSenses?.has(rec.entityId) === true &&
        !state.seen.has(rec.entityId) &&
        sharesTitle(state.otherSenses, rec.entityId, text.slice(starts[s]!, ends[cEnd[i]! - 1]!)) &&
        !ownAfterNamesake(rec.entityId, text, starts[s]!, ...sentenceAround(text, starts[s]!, ends[cEnd[i]! - 1]!))
      )
        continue;
      // recognized Rabat's claim to | the territory: the phrase runs on to its territory, or is none.
      const e = aPhrase[pAlias[p]!] === 1 ? phraseEnd(chars, length, s, cEnd[i]!) : cEnd[i]!;
      if (e < 0) continue;
      // The American embassy in Morocco's neighbour Algeria: a seat that possesses another place by name is
      // none, and the organisation is that place's (its shorter names here too); the seat counts as itself.
      if (rec.modifiersInside && seatPossessesPlace(text, starts[s]!, ends[e - 1]!, possessors)) {
        [foreignEntity, foreignEnd] = [rec.entityId, e];
        continue;
      }
      // The Embassy of Morocco, la Banque de Russie, بنك المغرب: a country governed by an institution's head is
      // that name's modifier (institution-head.ts), no mention and no vote: the country has no other sense there;
      // and a capital that may stand for its government, as such a name's seat ("the Embassy of Morocco in
      // Washington"), is the city (a city or a country of its own, "l'ambassade de France à Rabat", counts).
      if (
        rec.general &&
        !rec.afterMention &&
        (latinHead(text, starts[s]!, ends[e - 1]!) ||
          arabicHead(chars, length, tok, s, e) ||
          (aMetonym[pAlias[p]!] &&
            (latinSeat(text, starts[tok]!) || arabicSeat(chars, length, tok, s)) &&
            address.onlyCapital(rec.entityId, text.slice(starts[s]!, ends[e - 1]!))))
      ) {
        if (within === undefined) lastEnd = Math.max(lastEnd, e);
        continue;
      }
      if (within !== undefined) {
        innerEnd = innerCandidate(rec, text, buf, tok, s, e, within, matches, innerEnd);
        continue;
      }
      const asWord = !rec.otherSense && tok !== pendTok ? writtenAsWord(chars, length, tok, s, e) : null;
      if (asWord !== null) {
        // Sahara may refer to, Langley (surname): a word, no mention; the page lists its senses (headword.ts).
        // Sahara (1943 film): a work's title, a vote its own words qualify. Its span stays open to a rival
        // sense's name there, which marks its own entity.
        undecided = true;
        const [start, endOrig] = [starts[tok]!, ends[e - 1]!];
        const sense = asWord === 'word' ? 'word' : 'qualified';
        matches.push({ entityId: rec.entityId, start, end: endOrig, text: text.slice(start, endOrig), sense });
        continue;
      }
      if (rec.afterMention && isLoneWord(chars, s, e)) {
        if (namesAnotherPerson(text, starts[s]!, ends[e - 1]!, nationals)) {
          if (middleNamed(text, starts[s]!, given.get(rec.entityId))) {
            // Michael Edward Langley: his full name, a middle name inside (namesakes.ts).
            state.seen.add(rec.entityId);
            late = false;
          } else {
            // Another person of that name: lone surnames from here on are theirs (namesakes.ts).
            state.seen.delete(rec.entityId);
            (state.otherSenses ??= new Set()).add(rec.entityId);
            continue;
          }
        }
        // at Langley, بلانجلي: the place, this once
        const proclitic = text.slice(starts[tok]!, starts[s]!);
        if (namesAPlace(text, starts[s]!, ends[e - 1]!, proclitic)) continue;
        // لانجلي كانت، قالت لانجلي: the agency, feminine (namesakes.ts)
        if (feminineAgreement(text, starts[s]!, ends[e - 1]!, proclitic, feminineWords)) continue;
      }
      // Actor Michael Langley; Michael Langley, a chartered accountant: another bearer of the full name,
      // and of the lone surname from here on (namesakes.ts). Not with a rank (Gen. Mark Milley, 65, of
      // Winchester) nor with his office or seat in the sentence (Mark Milley, author, at the Pentagon).
      if (
        aOffice[pAlias[p]!] === 1 &&
        !rec.afterMention &&
        !isLoneWord(chars, s, e) &&
        ((describedAsAnother(text, starts[tok]!, ends[e - 1]!, occupations) &&
          !rankedName(text, starts[tok]!, ends[e - 1]!) &&
          !officeNamed(text, rec.entityId, starts[tok]!, ends[e - 1]!)) ||
          // الجنرال الأمريكي لانجلي، جد العائلة: an Arabic apposition names another bearer, rank or not.
          arabicAnotherBearer(text, ends[e - 1]!, officeWords))
      ) {
        state.seen.delete(rec.entityId);
        (state.otherSenses ??= new Set()).add(rec.entityId);
        continue;
      }
      // Bobby Wagner, the ex-Wagner goalkeeper: another person or club of the organisation's name, and the
      // lone name from there on, until the organisation is found again (namesakes.ts).
      if (aNamedAfter[pAlias[p]!] === 1 && isLoneWord(chars, s, e)) {
        const named = state.seen.has(rec.entityId);
        // The group's own words about it (Wagner fighters, « Wagner et ses mercenaires »): the group's, whoever
        // the page named before, and whatever finding of a scholar's names it there.
        const own = (): boolean => ownWordsNear(rec.context, chars, length, s, e, named, reading);
        if (state.otherSenses?.has(rec.entityId) === true && !named && !own()) continue;
        if (
          givenNameBefore(text, starts[s]!, ends[e - 1]!, nameAt, notGiven) ||
          occupationAfter(text, ends[e - 1]!, occupations) ||
          (findingOf(text, starts[s]!, ends[e - 1]!) && !own())
        ) {
          // On a page of the story (the group found before, or two of its entities: one, Washington, may
          // be a sports page's), the given name takes this mention only: later lone names stay the group's.
          if (!state.seen.has(rec.entityId) && state.seen.size < 2) (state.otherSenses ??= new Set()).add(rec.entityId);
          continue;
        }
      }
      // Gen. Anderson of the Air National Guard: another general of the name, this once (office-cues.ts).
      if (
        aOffice[pAlias[p]!] === 1 &&
        ofAnotherUnit(text, ends[e - 1]!, officeWords) &&
        rankedSurname(text, starts[s]!, ends[e - 1]!)
      )
        continue;
      if (rec.otherSense) {
        // A phrase in which the alias means something else: it takes its span (a longer pending
        // match at its start keeps it) and votes against the entity, like a vetoed mention.
        if (tok === pendTok) continue;
        lastEnd = e;
        // a namesake (James Anderson): lone surnames now are theirs
        state.seen.delete(rec.entityId);
        (state.otherSenses ??= new Set()).add(rec.entityId);
        const start = starts[tok]!;
        const endOrig = ends[e - 1]!;
        const phrase = text.slice(start, endOrig);
        // the Kazan Kremlin: the page's bare Kremlin is now that fortress, unless a government acts (city-signs.ts)
        if (namesKremlin(phrase)) state.otherSenses.add(`${rec.entityId}#seat`);
        // Another event's full title: the short titles sharing its name are now its (dated-names.ts).
        if (hasOwnYears(rec.entityId)) for (const k of titleKeys(rec.entityId, phrase)) state.otherSenses.add(k);
        matches.push({
          entityId: rec.entityId,
          start,
          end: endOrig,
          text: phrase,
          sense: 'qualified',
        });
        undecided = true;
        continue;
      }
      // Case tells nothing where the writer capitalises no name: the context (or the page) decides.
      const caseless = rec.cased !== null && !casedOk(text, starts[s]!, ends[e - 1]!, rec.cased);
      // A distinctive name written in lower case by a writer who capitalises names (« ceux de wagner »,
      // "across the sahel"), or an ordinary word so written after a noun of its kind (« lanceurs tow »):
      // no common noun, but weaker than the capitalised name, its window's or its page's to decide.
      const lowered = caseless && !caseTellsNothing(text, starts[s]!, ends[e - 1]!, rec.cased!);
      if (lowered && !lowerName(rec, text, buf, s, e, shapeWords, kinds)) continue;
      const commonNoun = aOneSense[pAlias[p]!] === 0;
      const lowerNoun =
        !caseless &&
        commonNoun &&
        !rec.afterMention &&
        latinLower(text.charCodeAt(starts[s]!)) &&
        lowerCaseCommonNoun(text, starts[s]!, ends[e - 1]!) &&
        lowerName(rec, text, buf, s, e, shapeWords, kinds);
      // Written as part of a longer name, or as a common noun (name-shape.ts): evidence against, which
      // a rule's story words can outweigh; an alias without a rule is rejected, a vote as by a veto.
      const arabicRule = aArabic[pAlias[p]!]!;
      let arabicCue =
        arabicRule !== null && !rec.afterMention ? arabicShapeCue(arabicRule, chars, length, tok, s, e) : null;
      if (arabicRule?.eraKey != null) {
        // Another corps named on the page: its later mentions are that corps', unless their clause or paragraph is the story's.
        if (arabicCue === 'era') (state.otherSenses ??= new Set()).add(arabicRule.eraKey);
        else if (
          arabicCue === null &&
          state.otherSenses?.has(arabicRule.eraKey) === true &&
          laterCorps(arabicRule.sets, chars, length, s, e)
        )
          arabicCue = 'era';
      }
      const shaped =
        !rec.afterMention &&
        (shapeSaysOther(text, starts[s]!, ends[e - 1]!, nameAt, shapeWords, commonNoun && !lowerNoun) ||
          hashtagShape(text, starts[s]!, ends[e - 1]!, nameAt, shapeWords) ||
          saysOtherSense(arabicCue));
      // A capital that may stand for its government, written where one is or goes: the city.
      const locative = aMetonym[pAlias[p]!]
        ? address.locative(
            rec.entityId,
            text,
            starts[s]!,
            ends[e - 1]!,
            text.slice(starts[tok]!, starts[s]!),
            state.otherSenses?.has(`${rec.entityId}#seat`) === true,
          )
        : null;
      const bias =
        (shaped ? SHAPE_WEIGHT : 0) +
        (aEdition[pAlias[p]!] === 1 && editionCue(rec.entityId, text, starts[tok]!, ends[e - 1]!) ? CUE_ACCEPT : 0) +
        (locative === 'place' ? LOCATIVE_WEIGHT : 0) +
        (locative === 'acts' && !shaped ? ACT_WEIGHT : 0);
      let verdict =
        rec.context !== null
          ? contextVerdict(rec.context, chars, length, s, e, bias, reading)
          : shaped || locative === 'place' || locative === 'destination'
            ? REJECT
            : caseless || lowerNoun
              ? UNDECIDED
              : ACCEPT;
      // A name in lower case counts on its window's story words or its page's, never for want of a veto
      // (Egypt's summer "sahel" on a page of no story).
      if (
        (lowered || lowerNoun) &&
        verdict === ACCEPT &&
        rec.context !== null &&
        !reading.required &&
        reading.bias + reading.cues < CUE_ACCEPT
      )
        verdict = UNDECIDED;
      if (locative === 'acts' && verdict === REJECT && rec.context !== null && !shaped) {
        // A government's act outweighs a city's words in other sentences (Week-end à Washington… Washington renouvelle…).
        const [lo, hi] = sentenceSpan(chars, length, s, e);
        verdict = contextVerdict(rec.context, chars.subarray(lo, hi), hi - lo, s - lo, e - lo, bias, reading);
      }
      if (arabicCue === 'present' && verdict === REJECT && rec.context !== null) {
        // A corps' present-day clause outweighs an older corps' words before it (arabic-corps.ts).
        const [lo, hi] = presentClause(chars, length, s, e);
        verdict = contextVerdict(rec.context, chars.subarray(lo, hi), hi - lo, s - lo, e - lo, bias, reading);
      }
      if (aHeads[pAlias[p]!] && rec.context !== null)
        verdict = ownSentence(rec.context, chars, length, s, e, bias, verdict, rec.entityId, sharedId, sharedEnd);
      // Rabat, the Moroccan capital; Morocco's Rabat: its country named beside it outweighs a namesake's word nearby.
      if (
        verdict === REJECT &&
        aOwnCity[pAlias[p]!] === 1 &&
        ownCity.named(rec.entityId, text, starts[s]!, ends[e - 1]!)
      )
        verdict = ACCEPT;
      if (aHeads[pAlias[p]!]) {
        // The word governing the name is its nearest evidence: it outranks the window.
        const head = heads.verdict(rec.entityId, chars, length, tok, e);
        if (head !== UNDECIDED) verdict = head;
      }
      // Vetoed by its own words (another country's, a coast's side, an address): this occurrence is another place.
      let qualified = false;
      let framed = false;
      const foreignRule = aForeign[pAlias[p]!]!;
      const country =
        foreignRule === null || (foreignRule.accepts && foreignRule.spans === null && verdict === ACCEPT)
          ? undefined
          : qualifier.foreignCountry(foreignRule, chars, length, tok, e);
      if (foreignRule?.accepts === true && country !== undefined && (foreignRule.spans?.has(country) ?? true)) {
        verdict = ACCEPT; // the Algerian Sahara: the desert, a Saharan country's
      } else if (country !== undefined) {
        // Another country's namesake, or a desert of a country the Sahara does not span: a vote against the entity. An organisation's name takes its
        // span (the United States in another embassy's name is a modifier); a place's leaves it
        // to other entities of that name (the Algerian Sahara is the desert).
        verdict = REJECT;
        qualified = true;
        foreignEntity = rec.entityId;
        foreignEnd = e;
        if (rec.modifiersInside) lastEnd = Math.max(lastEnd, e); // a longer pending name here keeps its span
      }
      // A generic title on a page framed by a country whose institution bears it, no name of the story's
      // on the page before it nor in its text, none of the entity's own countries or home places named
      // in its text (foreign-qualifier.ts: ForeignRule.frames, home).
      if (
        verdict !== REJECT &&
        foreignRule !== null &&
        foreignRule.frames.size > 0 &&
        [...foreignRule.frames].some((c) => state.otherSenses?.has(FRAMED + c) === true) &&
        !STORY_IDS.some((id) => state.seen.has(id)) &&
        !(storyNamed ??= cPat.subarray(0, n).some((q) => STORY_IDS.includes(aliases[pAlias[q]!]!.entityId)))
      ) {
        ownNamed ??= new Map();
        let own = ownNamed.get(rec.entityId);
        if (own === undefined) {
          own =
            qualifier.namesOwn(foreignRule, chars, length) || ForeignQualifier.namesHome(foreignRule, chars, length);
          ownNamed.set(rec.entityId, own);
        }
        // No vote: the frame says nothing of the page's other texts (« Les FAR ont reçu… ¶ À Kigali, … »).
        if (!own) [verdict, framed] = [REJECT, true];
      }
      // Another country's act or agreement ("Spain refused to recognize …"), or the story's own named as its actor.
      if (verdict !== REJECT && aAgent[pAlias[p]!]) {
        const acts = agents.verdict(rec.entityId, chars, length, tok, s, e, text, starts);
        if (acts !== KEEP) verdict = acts;
      }
      // A namesake town: written in an address (Morocco, Indiana) or described as a town.
      if (verdict !== REJECT && rec.general && address.saysOther(text, starts[s]!, ends[e - 1]!))
        [verdict, qualified] = [REJECT, true];
      if (locative === 'destination' || arabicCue === 'cityPart') verdict = REJECT; // the city, as a street's
      // مقطوعة من فاغنر: an author; الرباط الصليبي: the ligament; فيلق أفريقيا عام 1863: another corps; whatever the window's story words
      if (arabicCue === 'work' || arabicCue === 'torn' || arabicCue === 'bandage' || arabicCue === 'era')
        verdict = REJECT;
      // الساحل الأطلسي: a coast named by its side or sea; الصحراء الغربية للولايات المتحدة: a place's own west;
      // الرباط بسوسة: a fort in another country's town
      if (arabicCue === 'namedCoast' || arabicCue === 'relative' || arabicCue === 'elsewhere')
        [verdict, qualified] = [REJECT, true];
      // الصحراء البيضاء: another desert, named by a colour or a side; not inside a longer name left pending here
      if (arabicCue === 'namedDesert' && tok !== pendTok) [verdict, qualified] = [REJECT, true];
      if (arabicCue === 'alone' && verdict === ACCEPT) verdict = UNDECIDED; // a cell or a menu item: the page's
      // Another thing's name outright (Apache 2.4, FAR Part 15, Sahara Group): the window cannot save it.
      if (
        verdict !== REJECT &&
        (namesAnotherThing(text, starts[s]!, ends[e - 1]!, nameAt, shapeWords, rec.entityId, kindOf(rec)) ||
          hashtagNamesAnother(text, starts[s]!, ends[e - 1]!, nameAt, rec, shapeWords))
      ) {
        verdict = REJECT;
        // Shorter names of the entity inside it name that other thing too (a treaty of another year).
        foreignEntity = rec.entityId;
        foreignEnd = e;
      }
      // Apache peoples, « guerrier Apache »: a noun beside it names another sense, whatever its window says.
      if (verdict !== REJECT && aBeside[pAlias[p]!] === 1 && beside.otherSense(rec.entityId, chars, length, s, e))
        [verdict, qualified] = [REJECT, true];
      // l'AS FAR: a club named after an institution, by the club's own prefix (city-signs.ts).
      if (verdict !== REJECT && rec.modifiersInside && rec.cased !== null && clubBefore(text, starts[tok]!))
        [verdict, qualified] = [REJECT, true];
      if (aHeads[pAlias[p]!] && !shaped) {
        // A shared name its window rejects for one sense and leaves open for the other is the other's
        // (not when its shape rejects it: then it may be neither's).
        // Both ways: the rival read first was rejected (below), or is pending here (mirror, at REJECT).
        if (verdict === REJECT) [rivalTok, rivalEnd, rivalEntity] = [tok, e, rec.entityId];
        else if (verdict === UNDECIDED && tok === rivalTok && e === rivalEnd && rivalEntity !== rec.entityId)
          verdict = ACCEPT;
      }
      const start = starts[tok]!;
      const endOrig = ends[e - 1]!;
      if (verdict === REJECT) {
        // A short form before its full name, vetoed ("Langley Research Center"): no vote against the
        // person, who may not be on the page at all.
        if (late || framed) continue;
        // A shorter name of the entity inside its pending longer one (الصحراء in الصحراء الغربية) is that name's: no vote.
        if (tok === pendTok && matches[pendAt]!.entityId === rec.entityId) continue;
        // An organisation's name keeps its span when vetoed too: the names in it are modifiers
        // (سفارة الولايات المتحدة في بيروت is no mention of the United States), as when foreign.
        if (rec.modifiersInside) lastEnd = Math.max(lastEnd, e);
        // A homonym (the ligament, the sunset prayer) is no namesake: it withdraws no mention on the page.
        if (homonymCue(arabicCue)) continue;
        // A vote against this entity on the page; one per place.
        const last = matches[matches.length - 1];
        if (last?.start !== start || last.entityId !== rec.entityId || !evidenceOnly(last.sense)) {
          const t = text.slice(start, endOrig);
          matches.push({
            entityId: rec.entityId,
            start,
            end: endOrig,
            text: t,
            // the sunset prayer is read in its own words (بعد المغرب): an exception where the page names the country
            sense: qualified || arabicCue === 'timeOfDay' ? 'qualified' : 'rejected',
          });
          undecided = true;
        }
        // The mirror of the rival rule: the rival, read first, is pending alone on this very span.
        const rival = tok === pendTok && aHeads[pAlias[p]!] && !shaped ? pendShared : null;
        const pending = rival !== null ? matches[pendAt]! : null;
        if (rival !== null && rival.entityId !== rec.entityId && pending?.end === endOrig) {
          if (pending.candidates!.length === 1 && pending.candidates![0] === rival.entityId)
            accept(rival, tok, e, start, endOrig);
        }
        continue;
      }
      if (!late && tok !== pendTok) {
        // منطقة الساحل الإفريقي: a longer unguarded name of the entity overlapping its end makes it one name, accepted.
        const tail = unguardedTail(k, n, order, cTok, cEnd, cPat, pAlias, aliases, rec.entityId, e);
        if (tail > e) {
          accept(rec, tok, tail, start, ends[tail - 1]!);
          continue;
        }
      }
      if (late) {
        // Held like a pending match: another name on this span that its window settles replaces it.
        if (tok !== pendTok) {
          pendTok = tok;
          pendAt = matches.length;
          pendShared = null;
          lastEnd = e;
          undecided = true;
          const t = text.slice(start, endOrig);
          // Story words in its rule's window (a required word, or cue words past CUE_ACCEPT: not the mere
          // want of a veto), a rank (Gen. Anderson, الجنرال أندرسون) or a visitor's clause (Reçu à Rabat, Langley):
          // a person, without the full name the page's story decides (office-cues.ts). A surname no rule guards
          // (Milley, ميلي: Milei) waits for it.
          const story =
            rec.context !== null &&
            verdict === ACCEPT &&
            contextVerdict(rec.context, chars, length, s, e, bias + CUE_REJECT - CUE_ACCEPT) === ACCEPT;
          // An agency's seat giving its view (Langley thinks…) is the CIA as likely as him: the full name decides.
          const person =
            story ||
            rankedName(text, start, endOrig) ||
            (rec.context !== null && visitorSubject(text, start, officeWords));
          if (person && !agencyOpinion(text, start, endOrig, officeWords))
            matches.push({
              entityId: rec.entityId,
              start,
              end: endOrig,
              text: t,
              sense: 'pending',
              candidates: [rec.entityId],
            });
          else matches.push({ entityId: rec.entityId, start, end: endOrig, text: t, sense: 'late' });
          // An office holder's office in the sentence may name them (office-cues.ts), checked once all are read.
          offices ||= OFFICES.has(rec.entityId);
        }
        continue;
      }
      if (verdict === UNDECIDED) {
        heldAt = k; // a twin read next would take the same way below and change nothing
        if (tok === pendTok && matches[pendAt]!.sense === 'late') {
          // A full name on the late short form's span, left open by its window: the page decides it.
          const t = text.slice(start, endOrig);
          matches[pendAt] = {
            entityId: rec.entityId,
            start,
            end: endOrig,
            text: t,
            sense: 'pending',
            candidates: [rec.entityId],
          };
          continue;
        }
        if (tok === pendTok) {
          const pending = matches[pendAt]!;
          if (pending.end === endOrig && !pending.candidates!.includes(rec.entityId)) {
            pending.candidates!.push(rec.entityId);
            // Rival senses both open: which way this window leans (window-lean.ts).
            if (leanCandidates(pending.candidates!, pendScore, windowScore(rec)))
              pending.entityId = pending.candidates![0]!;
          }
          continue;
        }
        pendTok = tok;
        pendAt = matches.length;
        pendShared = aHeads[pAlias[p]!] && !shaped ? rec : null;
        pendScore = windowScore(rec);
        lastEnd = e;
        undecided = true;
        const t = text.slice(start, endOrig);
        // Written where a city is (in Beijing): the page's story, not its country named, makes it the government.
        // A name whose cues read its other senses (usualName): its entity's unless the page names another.
        const candidates =
          locative === 'place'
            ? [rec.entityId, THE_CITY]
            : arabicRule !== null && usualName(chars, s, e)
              ? [rec.entityId, UNLESS_OTHER]
              : [rec.entityId];
        matches.push({ entityId: rec.entityId, start, end: endOrig, text: t, sense: 'pending', candidates });
        condTok = rec.modifiersInside ? NO_SPAN : tok;
        condEnd = e;
        condWithin = candidates;
        innerEnd = 0;
        continue;
      }
      // Accepted only because its window holds no veto: no required word, its cue words short of CUE_ACCEPT.
      // Asked of the window's reading above, with the bias lowered by the cues' whole span.
      const weak =
        rec.general &&
        !saysThisSense(arabicCue) &&
        !rec.afterMention &&
        tok !== pendTok &&
        rec.context !== null &&
        rec.context.reqHi === rec.context.reqLo &&
        shiftedVerdict(rec.context, reading, CUE_REJECT - CUE_ACCEPT) !== ACCEPT &&
        !(aOwnCity[pAlias[p]!] === 1 && pageWide && ownCity.strong(rec.entityId, text, start, endOrig, buf));
      if (weak) {
        // An ambiguous place name whose window only failed to veto it: the page may still name its namesake.
        if (aOwnCity[pAlias[p]!] === 1) (ownCityWeak ??= []).push(matches.length);
        state.seen.add(rec.entityId);
        lastEnd = e;
        undecided = true;
        const t = text.slice(start, endOrig);
        const candidates =
          aOwnCity[pAlias[p]!] === 1 ? ownCity.weakCandidates(rec.entityId) : [rec.entityId, UNLESS_OTHER];
        matches.push({ entityId: rec.entityId, start, end: endOrig, text: t, sense: 'pending', candidates });
        continue;
      }
      if (aHeads[pAlias[p]!]) [sharedId, sharedEnd] = [rec.entityId, e];
      accept(rec, tok, e, start, endOrig, s === tok);
    }
    if (ownCityWeak !== null) senses = settleOwnCities(text, buf, matches, ownCityWeak, senses, pageWide);
    if (offices)
      for (const id of promoteByOffice(text, matches, occupations, officeWords))
        if (!state.otherSenses?.has(id)) state.seen.add(id);
    // Russia's Africa Corps: the country is part of its own organisation's name (possessive-owner.ts).
    const owners = possessiveOwners(text, matches, organisations, possessors, ownRules);
    for (let k = owners.length - 1; k >= 0; k--) {
      matches.splice(owners[k]!, 1);
      senses?.splice(owners[k]!, 1);
    }
    // The US recognition written as a clause (recognition-clause.ts): one name, or another act whose names are their own.
    // Read only where the scan found its stem (packs without the entity have no stem pattern).
    if (cands.firstStem >= 0 && matches.length > 0)
      for (const c of recognitionClauses(chars, length, cands.firstStem, agents, text, starts)) {
        const start = starts[c.tok]!;
        const end = ends[c.end - 1]!;
        let lo = 0;
        while (lo < matches.length && matches[lo]!.start < start) lo++;
        let hi = lo;
        while (hi < matches.length && matches[hi]!.end <= end) hi++;
        if ((lo > 0 && matches[lo - 1]!.end > start) || (hi < matches.length && matches[hi]!.start < end)) continue;
        if (c.verdict === ACCEPT) {
          matches.splice(lo, hi - lo, { entityId: RECOGNITION, start, end, text: text.slice(start, end) });
          if (senses !== null && senses.length > lo) senses.splice(lo, hi - lo, ...new Array<Sense>(1));
          state.seen.add(RECOGNITION);
        } else
          for (let k = hi - 1; k >= lo; k--) {
            if (matches[k]!.entityId !== RECOGNITION) delete matches[k]!.within;
            else if (matches.splice(k, 1)) senses?.splice(k, 1);
          }
      }
    if (pageWide && matches.length && namesakes.size > 0) markNamesakes(text, buf, matches);
    if (pageWide && matches.length) markDefinitions(text, matches, state);
    if (pageWide && matches.length) newsItems.mark(text, matches);
    if (pageWide || !undecided) return matches;
    // Votes against alone (nothing pending, late or inside a pending name): the rest counts as it stands.
    if (matches.every(plainOrVote)) return matches.filter((m) => m.sense === undefined);
    // Weak place names and no vote against anything: each counts (decidePage's answer, without its tally).
    if (matches.every(plainOrWeak)) return matches.map((m) => (m.sense === undefined ? m : plainMatch(m, m.entityId)));
    if (senses) senses.forEach((sense, i) => (matches[i]!.sense = sense));
    return decidePage(matches, plainMatch);
  }

  /**
   * A namesake place named on the page (namesake-places.ts): a namesake's place written in a block beside
   * its name (bare or in a phrase: Kazan beside the Kremlin) is a qualified vote (NAMESAKE) for that name,
   * and the bare names its window accepted, no government acting in their sentence, are pending on it:
   * the page decides them once it has read all of it (page-evidence.ts).
   */
  function markNamesakes(text: string, buf: NormalisedBuffer, matches: Match[]): void {
    const { chars, starts, ends, length } = buf;
    let folded: string | null = null;
    const votes: Match[] = [];
    for (const m of matches) {
      const pairs = namesakes.get(m.entityId);
      if (pairs === undefined) continue;
      const mention = foldString(m.text);
      const names = Object.keys(pairs);
      const named = bareName(mention, names, true);
      if (named !== undefined) {
        folded ??= new TextDecoder('utf-16le').decode(chars.subarray(0, length));
        const at = placeNamed(folded, pairs[named]!);
        if (at !== null) {
          const [start, end] = [starts[at[0]]!, ends[at[1] - 1]!];
          const candidates = [NAMESAKE, named];
          votes.push({
            entityId: m.entityId,
            start,
            end,
            text: text.slice(start, end),
            sense: 'qualified',
            candidates,
          });
        }
      }
      const bare = bareName(mention, names);
      if (bare !== undefined && holdable(m) && !governs(text, m)) holdOnNamesake(m, bare);
    }
    insertVotes(matches, votes);
  }

  /**
   * An acronym the text spells out as something else (acronym-definition.ts: « la Force d'action rapide (FAR) »),
   * not as its entity's own name (no counting match of the entity over the expansion: « Forces armées royales
   * (FAR) »): a vote for that sense (NAMESAKE, the acronym its name), kept in the page's state, and the entity's
   * bare acronyms from there on pending on it, so the page's bare FAR is that force unless the page is about the
   * story (page-evidence.ts). Definitions come before their uses: a bare acronym read earlier is not held.
   */
  function markDefinitions(text: string, matches: Match[], state: ScanState): void {
    let votes: Match[] | null = null;
    for (const m of matches) {
      if (!ACRONYM.test(m.text)) continue;
      const key = `${m.entityId}#defined ${m.text}`;
      if (!state.otherSenses?.has(key)) {
        const span = definedAs(text, m.text);
        if (span === null) continue;
        const [start, end] = span;
        if (matches.some((o) => o.entityId === m.entityId && !evidenceOnly(o.sense) && o.start < end && o.end > start))
          continue;
        (state.otherSenses ??= new Set()).add(key);
        const vote: Match = { entityId: m.entityId, start, end, text: text.slice(start, end), sense: 'qualified' };
        vote.candidates = [NAMESAKE, foldString(m.text)];
        (votes ??= []).push(vote);
      }
      if (holdable(m)) holdOnNamesake(m, foldString(m.text));
    }
    if (votes !== null) insertVotes(matches, votes);
  }

  /**
   * Whether a government is the bare name `m`, read as after another city's seat (city-signs.ts: seat): a
   * capital's act, or a capitalised seat that is not the fortress, or is its voice, its people or its
   * stance (selon le Kremlin, officials in the Kremlin, مسؤولين في الكرملين, the Kremlin's Africa push).
   */
  function governs(text: string, m: Match): boolean {
    const reading = address.locative(m.entityId, text, m.start, m.end, '', true);
    if (address.onlyCapital(m.entityId, m.text)) return reading === 'acts';
    // A seat is capitalised: « le kremlin » in lower case is a fortress, whatever its verb.
    if (/^\p{Ll}/u.test(m.text.replace(/^(?:the|le|la) /iu, ''))) return false;
    const before = VOICED.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const after = /^['’]s (\S+) ?(\S*)/u.exec(text.slice(m.end, m.end + 40));
    const has = (list: readonly string[], w?: string): boolean => w !== undefined && list.includes(foldString(w));
    const { spokespeople, stanceNouns } = compiled.words.address;
    return (
      reading !== 'destination' ||
      before?.[1] !== undefined ||
      has(spokespeople, before?.[2]) ||
      has(stanceNouns, after?.[1]) ||
      has(stanceNouns, after?.[2])
    );
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
