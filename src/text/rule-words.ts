/**
 * A context rule's words anywhere on the page (issue 16, one sense per discourse). A mention's own
 * window reads its rule's words within `window` characters; a page often puts them paragraphs
 * away (the treaty's year and the sultan in the third paragraph). So every text of a page reports,
 * as evidence, which required words and vetoes of each entity's rules it holds, and the page's
 * decision (page-evidence.ts) lets a pending mention be settled by its own entity's vocabulary
 * over the whole page: a function of the page's matches, like the rest of the evidence.
 */
import { buildAutomaton, scanAutomaton, type Automaton, type OccurrenceSink } from './automaton';
import { ruleWords, wordAt, type CompiledContext } from './context';
import type { NormalisedBuffer } from './normalise';

/** What a rule word says of its entity: a required word (`cue`) or a veto (`veto`). */
export type WordSense = 'cue' | 'veto';

/** One rule word found in a text: evidence for (cue) or against (veto) an entity, at [start, end). */
export interface RuleWordHit {
  entityId: string;
  sense: WordSense;
  start: number;
  end: number;
  text: string;
}

/** A name found in the text, in original offsets: no context for anything (a name is not its own context). */
export interface Span {
  start: number;
  end: number;
}

/** The spans sorted and merged into disjoint [start, end) pairs, flat. */
function merged(spans: readonly Span[]): number[] {
  if (spans.length === 0) return [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: number[] = [];
  for (const { start, end } of sorted) {
    if (out.length > 0 && start <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, end);
    else out.push(start, end);
  }
  return out;
}

/** Whether [start, end) overlaps one of the merged pairs (binary search for the last pair starting before end). */
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

interface Owner {
  entityId: string;
  sense: WordSense;
}

/**
 * The rule words of a matcher's entities, found in one Aho–Corasick pass of their own (built on
 * first use), each word checked for whole-word boundaries as a rule's window checks it.
 */
export class RuleWords implements OccurrenceSink {
  private readonly words: Uint16Array[] = [];
  private readonly owners: Owner[][] = [];
  private automaton: Automaton | null = null;
  /** The scan in progress (occurrence's state). */
  private chars: Uint16Array = new Uint16Array(0);
  private length = 0;
  private found: Int32Array = new Int32Array(0);
  private ends: number[] = [];
  private hits: number[] = [];
  private starts: Uint32Array = new Uint32Array(0);
  private endsOrig: Uint32Array = new Uint32Array(0);
  /** The names' spans, merged and sorted: [start, end) pairs. */
  private covered: number[] = [];

  /** `rules`: each alias's entity and compiled rule (null when it has none). */
  constructor(rules: Iterable<{ entityId: string; context: CompiledContext | null }>) {
    const index = new Map<string, number>();
    const seenRules = new Set<CompiledContext>();
    const add = (w: Uint16Array, owner: Owner): void => {
      if (w.length === 0) return;
      const key = String.fromCharCode(...w);
      let i = index.get(key);
      if (i === undefined) {
        index.set(key, (i = this.words.length));
        this.words.push(w);
        this.owners.push([]);
      }
      const list = this.owners[i]!;
      if (!list.some((o) => o.entityId === owner.entityId && o.sense === owner.sense)) list.push(owner);
    };
    for (const { entityId, context } of rules) {
      if (context === null || seenRules.has(context)) continue;
      seenRules.add(context);
      const rw = ruleWords(context);
      for (const w of rw.requires) add(w, { entityId, sense: 'cue' });
      for (const w of rw.vetoes) add(w, { entityId, sense: 'veto' });
    }
    this.found = new Int32Array(this.words.length).fill(-1);
  }

  occurrence(end: number, w: number): void {
    if (this.found[w] !== -1) return;
    const word = this.words[w]!;
    const s = end - word.length;
    if (!wordAt(this.chars, this.length, s, word, 0, word.length)) return;
    const start = this.starts[s]!;
    const endOrig = this.endsOrig[end - 1]!;
    if (this.covered.length > 0 && overlaps(this.covered, start, endOrig)) return;
    this.found[w] = s;
    this.hits.push(w);
    this.ends.push(end);
  }

  /**
   * The rule words of the normalised text outside `names`, each (entity, sense, word) once: its
   * first occurrence (in the order the pass ends them). Offsets are the original text's.
   */
  find(text: string, buf: NormalisedBuffer, names: readonly Span[] = []): RuleWordHit[] {
    const out: RuleWordHit[] = [];
    if (this.words.length === 0) return out;
    this.automaton ??= buildAutomaton(this.words.map((w) => String.fromCharCode(...w)));
    this.chars = buf.chars;
    this.length = buf.length;
    this.starts = buf.starts;
    this.endsOrig = buf.ends;
    this.covered = merged(names);
    this.hits = [];
    this.ends = [];
    scanAutomaton(this.automaton, buf.chars, buf.length, this);
    for (let k = 0; k < this.hits.length; k++) {
      const w = this.hits[k]!;
      const start = buf.starts[this.found[w]!]!;
      const end = buf.ends[this.ends[k]! - 1]!;
      this.found[w] = -1;
      for (const o of this.owners[w]!)
        out.push({ entityId: o.entityId, sense: o.sense, start, end, text: text.slice(start, end) });
    }
    return out;
  }
}
