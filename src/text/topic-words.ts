/**
 * A page's topic from its rules' words (issue 16, one sense per discourse). A mention's window reads
 * its rule's words within `window` characters; a page often puts them paragraphs away. So every
 * block of a page-wide scan reports one small aggregate: for each entity whose rules' words occur in
 * it (outside the names found there: a name is not its own context), the summed weight of the
 * distinct words present. Cue words weigh what training gave them (log-odds, context.ts), required
 * words REQUIRE_WEIGHT. Vetoes are left out: on the eval's dev split, a veto anywhere on the page
 * weighing -4 put true Arabic mentions out, and -2 changed nothing. The page sums its blocks' aggregates
 * (page-evidence.ts) and settles pending mentions with the sum.
 *
 * Weights travel as integers in hundredths: a page's sum is then exact whatever order its blocks
 * were added in (float sums are not), so the page, the CLI and the eval decide alike. Summed weights
 * rather than word ids: one number per entity whatever the number of words, and independent of how
 * a given matcher numbers its words (a page's blocks may be answered by two matchers around a
 * glossary write).
 */
import { buildAutomaton, type Automaton } from './automaton';
import { ArabicStart, isArabicInitial, isWordChar, START_LATIN, START_NONWORD } from './boundaries';
import { ruleWords, type CompiledContext } from './context';
import type { NormalisedBuffer } from './normalise';

/** A block's aggregate: [entity id, summed weight in hundredths] for each entity with words in it. */
export type TopicWeights = [entityId: string, weight: number][];

/**
 * The weight of a required word on the page, in log-odds: two distinct ones settle a pending mention
 * (page-evidence.ts TOPIC_ACCEPT). Tuned on the eval's dev split: 1 to 3 found fewer true mentions,
 * 4 to 6 the same, 8 (one word alone) added false ones.
 */
export const REQUIRE_WEIGHT = 4;

/** Hundredths: the unit of the weights a block reports. */
export const TOPIC_UNIT = 100;

/** A span of original text a word may not overlap (a name found there). */
export interface Span {
  start: number;
  end: number;
}

/** The spans sorted and merged into disjoint [start, end) pairs, flat. */
function merged(spans: readonly Span[]): number[] {
  const sorted = spans.length > 1 ? [...spans].sort((a, b) => a.start - b.start) : spans;
  const out: number[] = [];
  for (const { start, end } of sorted) {
    if (out.length > 0 && start <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, end);
    else out.push(start, end);
  }
  return out;
}

/** Whether [start, end) overlaps one of the merged pairs: binary search for the last pair starting before end. */
function overlaps(pairs: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = pairs.length / 2 - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (pairs[2 * mid]! < end) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && pairs[2 * at + 1]! > start;
}

/** Where a block's words were found: the matcher's candidate collector, run over the words' automaton. */
export interface WordHits {
  /** Occurrence k ends at end[k] (normalised, exclusive) and is word pat[k]. */
  end: Int32Array;
  pat: Int32Array;
}

/**
 * The rule words of a matcher's entities, as patterns of an automaton of their own (built on first
 * use) with the left-boundary kinds and word ends the matcher's candidate collector checks: the
 * matcher scans a block with the very collector class it scans names with (one class: the scan's
 * call to it stays monomorphic), and `aggregate` sums what it found.
 */
export class TopicWords {
  /** Distinct folded words. */
  private readonly words: string[] = [];
  /** Per word, the entities (index into entityIds) it speaks for or against and its weight there, flat pairs. */
  private readonly owners: number[][] = [];
  private readonly entityIds: string[] = [];
  private built: Automaton | null = null;
  /** Per word: its left-boundary kind, whether it ends with a word character, whole word (always). */
  readonly start: Int8Array;
  readonly endWord: Uint8Array;
  readonly whole: Uint8Array;
  /** Per word: already counted in the block being summed. */
  private readonly found: Uint8Array;
  /** Per entity, the block's sum (scratch), and the entities it touched. */
  private readonly sums: Int32Array;
  private readonly touched: number[] = [];

  /** `rules`: each alias's entity and compiled rule (null when it has none). */
  constructor(rules: Iterable<{ entityId: string; context: CompiledContext | null }>) {
    // Per (entity, word), the weights its rules give the word: a word several rules list weighs their mean.
    const byEntity = new Map<string, Map<string, number[]>>();
    const seenRules = new Set<CompiledContext>();
    for (const { entityId, context } of rules) {
      if (context === null || seenRules.has(context)) continue;
      seenRules.add(context);
      let words = byEntity.get(entityId);
      if (words === undefined) byEntity.set(entityId, (words = new Map()));
      const rw = ruleWords(context);
      const add = (w: Uint16Array, weight: number): void => {
        if (w.length === 0 || weight === 0) return;
        const key = String.fromCharCode(...w);
        const list = words.get(key);
        if (list === undefined) words.set(key, [weight]);
        else list.push(weight);
      };
      rw.cues.forEach((w, i) => add(w, rw.weights[i]!));
      for (const w of rw.requires) add(w, REQUIRE_WEIGHT);
    }
    const index = new Map<string, number>();
    for (const [entityId, words] of byEntity) {
      const e = this.entityIds.length;
      let any = false;
      for (const [key, weights] of words) {
        const mean = Math.round((TOPIC_UNIT * weights.reduce((a, b) => a + b, 0)) / weights.length);
        if (mean === 0) continue;
        any = true;
        let w = index.get(key);
        if (w === undefined) {
          index.set(key, (w = this.words.length));
          this.words.push(key);
          this.owners.push([]);
        }
        this.owners[w]!.push(e, mean);
      }
      if (any) this.entityIds.push(entityId);
    }
    // Left-boundary kinds as the matcher's patterns have them; read as a rule's window reads its
    // words (context.ts wordAt): whole words, Arabic proclitics and the article allowed, French
    // elision and the English possessive.
    this.start = Int8Array.from(this.words, (w) => {
      const first = w.charCodeAt(0);
      if (!isWordChar(first)) return START_NONWORD;
      if (!isArabicInitial(first)) return START_LATIN;
      return w.startsWith('ال') ? ArabicStart.Article : ArabicStart.Bare;
    });
    this.endWord = Uint8Array.from(this.words, (w) => (isWordChar(w.charCodeAt(w.length - 1)) ? 1 : 0));
    this.whole = new Uint8Array(this.words.length).fill(1);
    this.found = new Uint8Array(this.words.length);
    this.sums = new Int32Array(this.entityIds.length);
  }

  /** True when no entity has words: blocks need no second pass. */
  get none(): boolean {
    return this.words.length === 0;
  }

  /** The words' automaton, built on first use. */
  get automaton(): Automaton {
    return (this.built ??= buildAutomaton(this.words));
  }

  /**
   * The aggregate of the `count` words found in the normalised text of `buf` (boundaries checked),
   * outside `names` (original offsets), each distinct word once; null when none is left.
   */
  aggregate(hits: WordHits, count: number, buf: NormalisedBuffer, names: readonly Span[]): TopicWeights | null {
    const { sums, touched, owners, found, words } = this;
    const covered = names.length > 0 ? merged(names) : null;
    const hit: number[] = [];
    for (let k = 0; k < count; k++) {
      const w = hits.pat[k]!;
      if (found[w] === 1) continue;
      const end = hits.end[k]!;
      if (covered !== null && overlaps(covered, buf.starts[end - words[w]!.length]!, buf.ends[end - 1]!)) continue;
      found[w] = 1;
      hit.push(w);
    }
    for (const w of hit) {
      found[w] = 0;
      const o = owners[w]!;
      for (let j = 0; j < o.length; j += 2) {
        const e = o[j]!;
        if (!touched.includes(e)) touched.push(e);
        sums[e]! += o[j + 1]!;
      }
    }
    if (touched.length === 0) return null;
    const out: TopicWeights = [];
    for (const e of touched) {
      if (sums[e] !== 0) out.push([this.entityIds[e]!, sums[e]!]);
      sums[e] = 0;
    }
    touched.length = 0;
    return out.length > 0 ? out : null;
  }
}
