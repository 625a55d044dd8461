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
import { buildAutomaton, scanAutomaton, type Automaton, type OccurrenceSink } from './automaton';
import { ruleWords, wordAt, type CompiledContext } from './context';
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

/**
 * The rule words of a matcher's entities, found in one Aho–Corasick pass of their own (built on
 * first use), each checked for whole-word boundaries as a rule's window checks it.
 */
export class TopicWords implements OccurrenceSink {
  /** Distinct folded words. */
  private readonly words: Uint16Array[] = [];
  /** Per word, the entities (index into entityIds) it speaks for or against and its weight there, flat pairs. */
  private readonly owners: number[][] = [];
  private readonly entityIds: string[] = [];
  private automaton: Automaton | null = null;
  /** Per word: found in the block being scanned. */
  private found = new Uint8Array(0);
  /** Words found in the block being scanned, in order. */
  private hits: number[] = [];
  /** The scan in progress (occurrence's state). */
  private buf: NormalisedBuffer | null = null;
  private names: readonly Span[] = [];
  /** Per entity, the block's sum (scratch). */
  private sums: Int32Array;
  private touched: number[] = [];

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
          this.words.push(Uint16Array.from(key, (c) => c.charCodeAt(0)));
          this.owners.push([]);
        }
        this.owners[w]!.push(e, mean);
      }
      if (any) this.entityIds.push(entityId);
    }
    this.found = new Uint8Array(this.words.length);
    this.sums = new Int32Array(this.entityIds.length);
  }

  occurrence(end: number, w: number): void {
    if (this.found[w] === 1) return;
    const buf = this.buf!;
    const word = this.words[w]!;
    const s = end - word.length;
    if (!wordAt(buf.chars, buf.length, s, word, 0, word.length)) return;
    const names = this.names;
    if (names.length > 0) {
      const start = buf.starts[s]!;
      const endOrig = buf.ends[end - 1]!;
      for (const n of names) if (n.start < endOrig && start < n.end) return;
    }
    this.found[w] = 1;
    this.hits.push(w);
  }

  /**
   * The aggregate of the normalised text in `buf`, outside `names` (original offsets), each
   * distinct word once; null when no entity's word is there.
   */
  aggregate(buf: NormalisedBuffer, names: readonly Span[]): TopicWeights | null {
    if (this.words.length === 0) return null;
    this.automaton ??= buildAutomaton(this.words.map((w) => String.fromCharCode(...w)));
    this.buf = buf;
    this.names = names;
    scanAutomaton(this.automaton, buf.chars, buf.length, this);
    this.buf = null;
    this.names = [];
    if (this.hits.length === 0) return null;
    const { sums, touched, owners } = this;
    for (const w of this.hits) {
      this.found[w] = 0;
      const o = owners[w]!;
      for (let k = 0; k < o.length; k += 2) {
        const e = o[k]!;
        if (!touched.includes(e)) touched.push(e);
        sums[e]! += o[k + 1]!;
      }
    }
    this.hits.length = 0;
    const out: TopicWeights = [];
    for (const e of touched) {
      if (sums[e] !== 0) out.push([this.entityIds[e]!, sums[e]!]);
      sums[e] = 0;
    }
    touched.length = 0;
    return out.length > 0 ? out : null;
  }
}
