/**
 * Claim checks: statements about an entity that circulate in the press and are wrong, imprecise
 * or outdated, recognised near a mention of that entity.
 *
 * A claim's pattern is a set of term groups that must all occur close together (within
 * `SPAN` normalised characters of each other) in the mention's block, no further than `REACH`
 * characters from the mention — a sentence or the next one, measured in characters because real
 * pages (the seed article among them) put full stops in the middle of sentences. Veto groups
 * (`none`) near the same spot mark the statement as a correct one ("since 2004, except 2020").
 * Terms are folded with the engine's normaliser, so digits (Arabic-Indic too), hamza forms, case
 * and accents do not matter; a term ending in `*` matches a word's beginning.
 */
import { wordAt } from './context';
import type { Match } from './matcher';
import { foldString, normaliseInto } from './normalise';
import { evidenceOnly } from './page-evidence';

export type ClaimVerdict = 'wrong' | 'imprecise' | 'outdated';
export type ClaimLang = 'en' | 'ar' | 'fr';
export type Localised = Record<ClaimLang, string>;

export interface ClaimSource {
  title: string;
  url: string;
  /** Publication day, where the source states one. */
  date?: string;
}

export interface ClaimPattern {
  /** Every group must match (one of its terms). */
  all: string[][];
  /** No term of these groups may occur near the match. */
  none?: string[][];
}

export interface Claim {
  id: string;
  entity: string;
  verdict: ClaimVerdict;
  /** What the page says, in a few words. */
  says: Localised;
  /** What holds instead, with its date. */
  correction: Localised;
  patterns: ClaimPattern[];
  sources: ClaimSource[];
}

export interface ClaimSet {
  version: string;
  claims: Claim[];
}

/** A mention the engine found in a block: the entity and its offsets in the block's text. */
export interface MentionSpan {
  entity: string;
  start: number;
  end: number;
}

/** A claim a block states about a mention, as it rides on the mention's match. */
export interface StatedClaim {
  claim: string;
  verdict: ClaimVerdict;
}

/** A checked claim on a page, counted over the mentions that make it (the scan CLI's and glossa:page-claims' rows). */
export interface ClaimCount {
  entity: string;
  claim: string;
  verdict: ClaimVerdict;
  count: number;
}

/** Counts claims by id, in order of first statement. */
export function tallyClaims(found: Iterable<Omit<ClaimCount, 'count'>>): ClaimCount[] {
  const byClaim = new Map<string, ClaimCount>();
  for (const { entity, claim, verdict } of found) {
    const row = byClaim.get(claim) ?? { entity, claim, verdict, count: 0 };
    row.count++;
    byClaim.set(claim, row);
  }
  return [...byClaim.values()];
}

export interface ClaimHit {
  claim: string;
  entity: string;
  verdict: ClaimVerdict;
  /** Index into the mentions passed in: the mention the claim is about. */
  mention: number;
}

/** Terms of one pattern match within this many normalised characters of each other. */
const SPAN = 140;
/** …and the statement starts or ends within this many characters of the mention. */
const REACH = 320;
/** A veto counts this far either side of the statement. */
const VETO_MARGIN = 120;

const VERDICTS: readonly ClaimVerdict[] = ['wrong', 'imprecise', 'outdated'];

export class ClaimSetError extends Error {}

function fail(path: string, what: string): never {
  throw new ClaimSetError(`claims: ${path}: ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function text(v: unknown, path: string): string {
  if (typeof v !== 'string' || !v.trim()) fail(path, 'must be a non-empty string');
  return v;
}

function localised(v: unknown, path: string): Localised {
  if (!isRecord(v)) fail(path, 'must be an object with en, ar and fr');
  return { en: text(v['en'], `${path}.en`), ar: text(v['ar'], `${path}.ar`), fr: text(v['fr'], `${path}.fr`) };
}

function groups(v: unknown, path: string): string[][] {
  if (!Array.isArray(v) || v.length === 0) fail(path, 'must be a non-empty array of term groups');
  return v.map((g, i) => {
    if (!Array.isArray(g) || g.length === 0) fail(`${path}[${i}]`, 'must be a non-empty array of terms');
    return g.map((t, j) => {
      const term = text(t, `${path}[${i}][${j}]`);
      if (!foldString(term.replace(/\*$/, ''))) fail(`${path}[${i}][${j}]`, 'folds to nothing');
      return term;
    });
  });
}

/** Checks a claim set read from JSON; a malformed one is rejected whole, naming the path. */
export function validateClaimSet(data: unknown, entityIds: ReadonlySet<string>): ClaimSet {
  if (!isRecord(data)) fail('(root)', 'must be an object');
  const version = text(data['version'], 'version');
  if (!Array.isArray(data['claims'])) fail('claims', 'must be an array');
  const ids = new Set<string>();
  const claims = data['claims'].map((c, i): Claim => {
    const at = `claims[${i}]`;
    if (!isRecord(c)) fail(at, 'must be an object');
    const id = text(c['id'], `${at}.id`);
    if (ids.has(id)) fail(`${at}.id`, `duplicate id "${id}"`);
    ids.add(id);
    const entity = text(c['entity'], `${at}.entity`);
    if (!entityIds.has(entity)) fail(`${at}.entity`, `unknown entity "${entity}"`);
    const verdict = c['verdict'];
    if (!VERDICTS.includes(verdict as ClaimVerdict)) fail(`${at}.verdict`, `must be one of ${VERDICTS.join(', ')}`);
    if (!Array.isArray(c['patterns']) || c['patterns'].length === 0)
      fail(`${at}.patterns`, 'must be a non-empty array');
    const patterns = c['patterns'].map((p, j): ClaimPattern => {
      if (!isRecord(p)) fail(`${at}.patterns[${j}]`, 'must be an object');
      const all = groups(p['all'], `${at}.patterns[${j}].all`);
      return p['none'] === undefined ? { all } : { all, none: groups(p['none'], `${at}.patterns[${j}].none`) };
    });
    if (!Array.isArray(c['sources']) || c['sources'].length === 0) fail(`${at}.sources`, 'must be a non-empty array');
    const sources = c['sources'].map((s, j): ClaimSource => {
      const sp = `${at}.sources[${j}]`;
      if (!isRecord(s)) fail(sp, 'must be an object');
      const url = text(s['url'], `${sp}.url`);
      if (!/^https:\/\//.test(url)) fail(`${sp}.url`, 'must be an https URL');
      const title = text(s['title'], `${sp}.title`);
      if (s['date'] === undefined) return { title, url };
      const date = text(s['date'], `${sp}.date`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`${sp}.date`, 'must be YYYY-MM-DD');
      return { title, url, date };
    });
    return {
      id,
      entity,
      verdict: verdict as ClaimVerdict,
      says: localised(c['says'], `${at}.says`),
      correction: localised(c['correction'], `${at}.correction`),
      patterns,
      sources,
    };
  });
  return { version, claims };
}

interface CompiledTerm {
  folded: Uint16Array;
  /** A stem (`انطلق*`): the word may go on after it. */
  prefix: boolean;
}

function compileTerm(term: string): CompiledTerm {
  const folded = foldString(term.replace(/\*$/, ''));
  return { folded: Uint16Array.from(folded, (c) => c.charCodeAt(0)), prefix: term.endsWith('*') };
}

interface CompiledPattern {
  all: CompiledTerm[][];
  none: CompiledTerm[][];
}

interface CompiledClaim {
  claim: Claim;
  patterns: CompiledPattern[];
}

/** Claims grouped by entity, their terms folded once. */
export class ClaimChecker {
  private readonly byEntity = new Map<string, CompiledClaim[]>();

  constructor(set: ClaimSet) {
    const compile = (g: string[][]): CompiledTerm[][] => g.map((terms) => terms.map(compileTerm));
    for (const claim of set.claims) {
      const list = this.byEntity.get(claim.entity) ?? [];
      list.push({ claim, patterns: claim.patterns.map((p) => ({ all: compile(p.all), none: compile(p.none ?? []) })) });
      this.byEntity.set(claim.entity, list);
    }
  }

  /**
   * `matches` of a block's text, each with the claims the text states about it (none: no field),
   * as find-names answers them and the scan CLI reads them. A rejected vote
   * (page-evidence.ts: evidence only) is no mention: no claim is about it.
   */
  mark<M extends Match>(blockText: string, matches: M[]): (M & { claims?: StatedClaim[] })[] {
    const hits = this.check(
      blockText,
      matches.map((m) => ({ entity: evidenceOnly(m.sense) ? '' : m.entityId, start: m.start, end: m.end })),
    );
    if (hits.length === 0) return matches;
    return matches.map((m, i) => {
      const claims = hits.filter((h) => h.mention === i).map((h) => ({ claim: h.claim, verdict: h.verdict }));
      return claims.length ? { ...m, claims } : m;
    });
  }

  /** The claims a block's text makes about the mentions found in it; each claim once per block. */
  check(blockText: string, mentions: readonly MentionSpan[]): ClaimHit[] {
    if (!mentions.some((m) => this.byEntity.has(m.entity))) return [];
    const norm = normaliseInto(blockText, true);
    const text: Folded = { chars: norm.chars, length: norm.length };
    const hits: ClaimHit[] = [];
    const seen = new Set<string>();
    mentions.forEach((m, index) => {
      const claims = this.byEntity.get(m.entity);
      if (!claims) return;
      const at = normalisedRange(norm.starts, norm.length, m.start, m.end);
      for (const { claim, patterns } of claims) {
        if (seen.has(claim.id)) continue;
        if (patterns.some((p) => matchesNear(text, p, at))) {
          seen.add(claim.id);
          hits.push({ claim: claim.id, entity: claim.entity, verdict: claim.verdict, mention: index });
        }
      }
    });
    return hits;
  }
}

/** The normalised range covering original offsets [start, end). */
function normalisedRange(starts: Uint32Array, length: number, start: number, end: number): [number, number] {
  let a = 0;
  while (a < length && starts[a]! < start) a++;
  let b = a;
  while (b < length && starts[b]! < end) b++;
  return [a, b];
}

/** A block's normalised text, as the engine's word boundaries read it. */
interface Folded {
  chars: Uint16Array;
  length: number;
}

/** Every position in [from, to) where `term` occurs as a whole word, by the engine's boundary rules. */
function occurrences(text: Folded, term: CompiledTerm, from: number, to: number): number[] {
  const out: number[] = [];
  const { folded } = term;
  const first = folded[0];
  for (let p = from; p + folded.length <= text.length && p < to; p++) {
    if (text.chars[p] === first && wordAt(text.chars, text.length, p, folded, 0, folded.length, term.prefix))
      out.push(p);
  }
  return out;
}

function groupHits(text: Folded, group: CompiledTerm[], from: number, to: number): number[] {
  return group.flatMap((t) => occurrences(text, t, from, to));
}

/** Whether every group of the pattern occurs within SPAN of the others, near the mention, unvetoed. */
function matchesNear(text: Folded, p: CompiledPattern, [mStart, mEnd]: [number, number]): boolean {
  const from = Math.max(0, mStart - REACH);
  const to = Math.min(text.length, mEnd + REACH);
  const hitLists = p.all.map((g) => groupHits(text, g, from, to));
  if (hitLists.some((h) => h.length === 0)) return false;
  // Anchor on each hit of the first group; take the nearest hit of every other group.
  for (const anchor of hitLists[0]!) {
    let lo = anchor;
    let hi = anchor;
    let ok = true;
    for (const list of hitLists.slice(1)) {
      const near = list.reduce((best, h) => (Math.abs(h - anchor) < Math.abs(best - anchor) ? h : best));
      if (Math.abs(near - anchor) > SPAN) {
        ok = false;
        break;
      }
      lo = Math.min(lo, near);
      hi = Math.max(hi, near);
    }
    if (!ok) continue;
    const vetoFrom = Math.max(0, lo - VETO_MARGIN);
    const vetoTo = Math.min(text.length, hi + VETO_MARGIN);
    if (p.none.some((g) => groupHits(text, g, vetoFrom, vetoTo).length > 0)) continue;
    return true;
  }
  return false;
}
