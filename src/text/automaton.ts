/**
 * Aho–Corasick automaton over normalised UTF-16 code units, stored in flat typed arrays so it is
 * compact, cache-friendly and could be serialised as-is (precompiled packs).
 *
 * Build: patterns are sorted, so the trie is created in one pass (shared prefix with the previous
 * pattern = reused path), then children are laid out contiguously (CSR) and failure links are
 * computed breadth-first. No per-node objects or Maps: a 100k-pattern pack builds in well under
 * a second.
 *
 * States are numbered in breadth-first order, so a state's children are consecutive ids and
 * the target of edge k is always state k + 1 (no target array is kept), and every failure link
 * points to a smaller id.
 *
 * Scan: code units are first mapped to a compact alphabet (0 = in no pattern, which resets to the
 * root at once). The first `denseStates` states (the shallow ones, where a scan spends nearly all
 * its time) have full DFA rows with failure transitions folded in: one table load per character.
 * A row entry names the next state by where its row starts (`next * rowWidth`, or `-(next + 1)` for
 * a state without a row), times 2, plus 1 when it has output: the scan adds the unit's class and
 * loads, no multiply between one load and the next. Deeper states use their sorted edge lists and
 * failure links (most have one child), which always lead back into the dense region.
 */

export interface Automaton {
  /** code unit → alphabet index (1-based; 0 = not in any pattern). */
  readonly classOf: Uint16Array;
  readonly rootNext: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeLabel: Uint16Array;
  readonly fail: Int32Array;
  /** First state with output on the suffix chain starting at this state (itself included), or 0. */
  readonly outState: Int32Array;
  /** Next state with output on the suffix chain, strictly shorter, or 0. */
  readonly dictLink: Int32Array;
  /** First pattern ending at the state, or -1; further ones via patternNext. */
  readonly outFirst: Int32Array;
  readonly patternNext: Int32Array;
  readonly patternLength: Int32Array;
  readonly stateCount: number;
  /** Alphabet size including class 0: the width of a dense row. */
  readonly rowWidth: number;
  /** States [0, denseStates) have a dense row in `dense`. */
  readonly denseStates: number;
  /** denseStates × rowWidth entries: denseEntry(next), read back by stateAt. */
  readonly dense: Int32Array;
}

/** The dense-row entry of a transition to `next`: its row's offset (or -(next + 1) without one), × 2, + has output. */
const denseEntry = (next: number, rowWidth: number, denseStates: number, hasOutput: boolean): number =>
  (next < denseStates ? next * rowWidth : -(next + 1)) * 2 + (hasOutput ? 1 : 0);

/** The state a dense-row entry's `entry >> 1` names (a row offset, or -(state + 1)). */
const stateAt = (x: number, rowWidth: number): number => (x >= 0 ? (x / rowWidth) | 0 : -x - 1);

/** Default size cap of the dense rows (entries, 4 bytes each). */
export const DENSE_BUDGET = 1 << 21;

export function automatonBytes(a: Automaton): number {
  return (
    a.classOf.byteLength +
    a.rootNext.byteLength +
    a.edgeStart.byteLength +
    a.edgeLabel.byteLength +
    a.fail.byteLength +
    a.outState.byteLength +
    a.dictLink.byteLength +
    a.outFirst.byteLength +
    a.patternNext.byteLength +
    a.patternLength.byteLength +
    a.dense.byteLength
  );
}

/** Patterns must be non-empty. Pattern i is reported with index i. */
export function buildAutomaton(patterns: readonly string[], denseBudget: number = DENSE_BUDGET): Automaton {
  // Alphabet in code-unit order, so string order equals label order.
  const present = new Uint8Array(65536);
  let total = 0;
  let longest = 0;
  for (const p of patterns) {
    total += p.length;
    if (p.length > longest) longest = p.length;
    for (let i = 0; i < p.length; i++) present[p.charCodeAt(i)] = 1;
  }
  const classOf = new Uint16Array(65536);
  let alpha = 0;
  for (let c = 0; c < 65536; c++) if (present[c]) classOf[c] = ++alpha;

  // Trie in insertion order, children found through an open-addressing hash table on typed
  // arrays (no per-string Map, no sort: both dominate the build of large packs).
  const maxStates = total + 1;
  const parent = new Int32Array(maxStates);
  const label = new Uint16Array(maxStates);
  const endFirst = new Int32Array(maxStates).fill(-1); // trie state → first pattern ending there
  const endLast = new Int32Array(maxStates);
  const nextSame = new Int32Array(patterns.length).fill(-1); // next pattern ending at the same state
  const rootChild = new Int32Array(alpha + 1);
  let bits = 4;
  while (1 << bits < maxStates * 2) bits++;
  const mask = (1 << bits) - 1;
  const hKey = new Int32Array(1 << bits).fill(-1); // parent state, or -1 for an empty slot
  const hLabel = new Uint16Array(1 << bits);
  const hChild = new Int32Array(1 << bits);
  let states = 1;
  for (let pi = 0; pi < patterns.length; pi++) {
    const p = patterns[pi]!;
    let s = 0;
    for (let d = 0; d < p.length; d++) {
      const a = classOf[p.charCodeAt(d)]!;
      if (s === 0) {
        let c = rootChild[a]!;
        if (c === 0) {
          c = states++;
          parent[c] = 0;
          label[c] = a;
          rootChild[a] = c;
        }
        s = c;
        continue;
      }
      let h = (Math.imul(s, 0x9e3779b1) ^ Math.imul(a, 0x85ebca77)) >>> (32 - bits);
      for (;;) {
        const k = hKey[h]!;
        if (k === -1) {
          const c = states++;
          parent[c] = s;
          label[c] = a;
          hKey[h] = s;
          hLabel[h] = a;
          hChild[h] = c;
          s = c;
          break;
        }
        if (k === s && hLabel[h] === a) {
          s = hChild[h]!;
          break;
        }
        h = (h + 1) & mask;
      }
    }
    // Patterns at one state are chained in input order (stable output).
    if (endFirst[s] === -1) endFirst[s] = pi;
    else nextSame[endLast[s]!] = pi;
    endLast[s] = pi;
  }

  // Children lists in label order: counting sort of the edges by label, then stably by parent.
  const byLabel = new Int32Array(Math.max(0, states - 1));
  const count = new Int32Array(Math.max(alpha + 2, states + 1));
  for (let s = 1; s < states; s++) count[label[s]! + 1]!++;
  for (let a = 0; a <= alpha; a++) count[a + 1]! += count[a]!;
  for (let s = 1; s < states; s++) byLabel[count[label[s]!]!++] = s;
  const dStart = new Int32Array(states + 1);
  for (let s = 1; s < states; s++) dStart[parent[s]! + 1]!++;
  for (let s = 0; s < states; s++) dStart[s + 1]! += dStart[s]!;
  const dFill = dStart.slice(0, states);
  const dChild = new Int32Array(Math.max(0, states - 1));
  for (let k = 0; k < byLabel.length; k++) {
    const c = byLabel[k]!;
    dChild[dFill[parent[c]!]!++] = c;
  }

  // Breadth-first renumbering: bfs[newId] = dfsId. Children of a state get consecutive ids.
  const bfs = new Int32Array(states);
  const edgeStart = new Int32Array(states + 1);
  const edgeLabel = new Uint16Array(Math.max(0, states - 1));
  let tail = 1;
  for (let u = 0; u < states; u++) {
    const d = bfs[u]!;
    edgeStart[u] = tail - 1;
    for (let k = dStart[d]!; k < dStart[d + 1]!; k++) {
      const c = dChild[k]!;
      edgeLabel[tail - 1] = label[c]!;
      bfs[tail++] = c;
    }
  }
  edgeStart[states] = states - 1;

  const outFirst = new Int32Array(states);
  const patternNext = new Int32Array(patterns.length).fill(-1);
  const patternLength = new Int32Array(patterns.length);
  for (let u = 0; u < states; u++) outFirst[u] = endFirst[bfs[u]!]!;
  for (let pi = 0; pi < patterns.length; pi++) {
    patternLength[pi] = patterns[pi]!.length;
    patternNext[pi] = nextSame[pi]!;
  }
  return finishAutomaton(
    classOf,
    alpha + 1,
    edgeStart,
    edgeLabel,
    outFirst,
    patternNext,
    patternLength,
    null,
    denseBudget,
  );
}

/**
 * Failure links, output links and dense rows from the breadth-first trie. Also used by
 * loadAutomaton with the stored `fail` (then only the dense rows are computed).
 */
export function finishAutomaton(
  classOf: Uint16Array,
  rowWidth: number,
  edgeStart: Int32Array,
  edgeLabel: Uint16Array,
  outFirst: Int32Array,
  patternNext: Int32Array,
  patternLength: Int32Array,
  storedFail: Int32Array | null,
  denseBudget: number = DENSE_BUDGET,
  stored?: { outState: Int32Array; dictLink: Int32Array },
): Automaton {
  const states = outFirst.length;
  const A = rowWidth;
  const denseStates = Math.max(1, Math.min(states, Math.floor(denseBudget / A)));
  const dense = new Int32Array(denseStates * A);
  const fail = storedFail ?? new Int32Array(states);
  const outState = stored?.outState ?? new Int32Array(states);
  const dictLink = stored?.dictLink ?? new Int32Array(states);
  const rootNext = new Int32Array(A);
  for (let k = edgeStart[0]!; k < edgeStart[1]!; k++) rootNext[edgeLabel[k]!] = k + 1;
  // States in id order are breadth-first: a state's parent and failure target come before it.
  if (storedFail !== null && stored === undefined) {
    for (let s = 1; s < states; s++) {
      const f = fail[s]!;
      dictLink[s] = outFirst[f]! >= 0 ? f : outState[f]!;
      outState[s] = outFirst[s]! >= 0 ? s : dictLink[s]!;
    }
  }
  // With stored links only the dense rows are left to compute: states past them are not visited.
  const last = storedFail === null ? states : denseStates;
  for (let s = 0; s < last; s++) {
    const f = fail[s]!;
    const lo = edgeStart[s]!;
    const hi = edgeStart[s + 1]!;
    if (storedFail === null) {
      for (let k = lo; k < hi; k++) {
        const child = k + 1;
        const a = edgeLabel[k]!;
        let next: number;
        if (s === 0) next = 0;
        else if (f < denseStates) next = stateAt(dense[f * A + a]! >> 1, A);
        else {
          let g = f;
          next = step(edgeStart, edgeLabel, rootNext, g, a);
          while (next < 0) {
            g = fail[g]!;
            next = g < denseStates ? stateAt(dense[g * A + a]! >> 1, A) : step(edgeStart, edgeLabel, rootNext, g, a);
          }
        }
        fail[child] = next;
        dictLink[child] = outFirst[next]! >= 0 ? next : outState[next]!;
        outState[child] = outFirst[child]! >= 0 ? child : dictLink[child]!;
      }
    }
    if (s < denseStates) {
      const row = s * A;
      if (s !== 0) dense.copyWithin(row, f * A, f * A + A);
      for (let k = lo; k < hi; k++) {
        const t = k + 1;
        dense[row + edgeLabel[k]!] = denseEntry(t, A, denseStates, outState[t] !== 0);
      }
    }
  }
  return {
    classOf,
    rootNext,
    edgeStart,
    edgeLabel,
    fail,
    outState,
    dictLink,
    outFirst,
    patternNext,
    patternLength,
    stateCount: states,
    rowWidth: A,
    denseStates,
    dense,
  };
}

/**
 * Transition from `s` on alphabet index `a`: the child, or -1 (the root never fails: 0).
 * Takes the arrays, not an object, so the call site stays monomorphic in build and scan alike.
 */
function step(edgeStart: Int32Array, edgeLabel: Uint16Array, rootNext: Int32Array, s: number, a: number): number {
  if (s === 0) return rootNext[a]!;
  let lo = edgeStart[s]!;
  let hi = edgeStart[s + 1]!;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (edgeLabel[lo] === a) return lo + 1;
    return -1;
  }
  hi--;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = edgeLabel[mid]!;
    if (l === a) return mid + 1;
    if (l < a) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Receives the occurrences scanAutomaton finds. An object (not a callback) so the matcher's one
 * collector class keeps the call site monomorphic. */
export interface OccurrenceSink {
  /** Pattern `pattern` ends at `end` (exclusive). */
  occurrence(end: number, pattern: number): void;
}

/**
 * Report every (end, pattern) occurrence in chars[0, length) to `sink`, in order of end, patterns
 * ending together longest first (and duplicates in input order). Linear in the text plus the
 * number of occurrences. The one scan loop: the matcher runs it too.
 */
export function scanAutomaton(a: Automaton, chars: Uint16Array, length: number, sink: OccurrenceSink): void {
  const { classOf, outState, dictLink, outFirst, patternNext, dense, denseStates, rowWidth } = a;
  // The current state as a dense entry names it: its row's offset, or -(state + 1) past the rows.
  let x = 0;
  for (let i = 0; i < length; i++) {
    const cls = classOf[chars[i]!]!;
    let s: number;
    if (x >= 0) {
      const v = dense[x + cls]!;
      x = v >> 1;
      if ((v & 1) === 0) continue;
      s = stateAt(x, rowWidth);
    } else {
      s = deepStep(a, -x - 1, cls);
      x = s < denseStates ? s * rowWidth : -(s + 1);
      if (outState[s] === 0) continue;
    }
    for (let o = outState[s]!; o !== 0; o = dictLink[o]!) {
      for (let p = outFirst[o]!; p >= 0; p = patternNext[p]!) sink.occurrence(i + 1, p);
    }
  }
}

/** Transition from a state outside the dense region (failure links lead back into it). */
function deepStep(a: Automaton, s: number, cls: number): number {
  if (cls === 0) return 0;
  const { edgeStart, edgeLabel, rootNext, fail, dense, denseStates, rowWidth } = a;
  for (;;) {
    const next = step(edgeStart, edgeLabel, rootNext, s, cls);
    if (next >= 0) return next;
    s = fail[s]!;
    if (s < denseStates) return stateAt(dense[s * rowWidth + cls]! >> 1, rowWidth);
  }
}
