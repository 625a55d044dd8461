/**
 * Aho–Corasick automaton over normalised UTF-16 code units, stored in flat typed arrays so it is
 * compact, cache-friendly and could be serialised as-is (precompiled packs).
 *
 * Build: patterns are sorted, so the trie is created in one pass (shared prefix with the previous
 * pattern = reused path), then children are laid out contiguously (CSR) and failure links are
 * computed breadth-first. No per-node objects or Maps: a 100k-pattern pack builds in well under
 * a second.
 *
 * Scan: code units are first mapped to a compact alphabet (0 = in no pattern, which resets to the
 * root at once: most text never touches the trie). The root has a dense transition row; other
 * states have sorted edge lists (most have one child).
 */

export interface Automaton {
  /** code unit → alphabet index (1-based; 0 = not in any pattern). */
  readonly classOf: Uint16Array;
  readonly rootNext: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeLabel: Uint16Array;
  readonly edgeTarget: Int32Array;
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
}

export function automatonBytes(a: Automaton): number {
  return a.classOf.byteLength + a.rootNext.byteLength + a.edgeStart.byteLength + a.edgeLabel.byteLength +
    a.edgeTarget.byteLength + a.fail.byteLength + a.outState.byteLength + a.dictLink.byteLength +
    a.outFirst.byteLength + a.patternNext.byteLength + a.patternLength.byteLength;
}

/** Patterns must be non-empty. Pattern i is reported with index i. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
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

  // Sort distinct patterns with the engine's native string order (much faster than a comparator),
  // remembering which pattern indices share each string.
  const byText = new Map<string, number[]>();
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    const ids = byText.get(p);
    if (ids === undefined) byText.set(p, [i]);
    else ids.push(i);
  }
  const sorted = [...byText.keys()].sort();

  const maxStates = total + 1;
  const parent = new Int32Array(maxStates);
  const label = new Uint16Array(maxStates);
  const outFirst = new Int32Array(maxStates).fill(-1);
  const patternNext = new Int32Array(patterns.length).fill(-1);
  const patternLength = new Int32Array(patterns.length);
  const outLast = new Int32Array(maxStates).fill(-1);
  let states = 1;
  // path[d] = state at depth d along the previous pattern.
  const path = new Int32Array(longest + 1);
  let prev = '';
  for (const p of sorted) {
    let lcp = 0;
    const lim = Math.min(p.length, prev.length);
    while (lcp < lim && p.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
    for (let d = lcp; d < p.length; d++) {
      const s = states++;
      parent[s] = path[d]!;
      label[s] = classOf[p.charCodeAt(d)]!;
      path[d + 1] = s;
    }
    const end = path[p.length]!;
    // Patterns at one state are chained in input order (stable output).
    for (const pi of byText.get(p)!) {
      patternLength[pi] = p.length;
      if (outFirst[end] === -1) outFirst[end] = pi;
      else patternNext[outLast[end]!] = pi;
      outLast[end] = pi;
    }
    prev = p;
  }

  // CSR children: states were created in DFS order, children of a node in increasing label order.
  const edgeStart = new Int32Array(states + 1);
  for (let s = 1; s < states; s++) edgeStart[parent[s]! + 1]!++;
  for (let s = 0; s < states; s++) edgeStart[s + 1]! += edgeStart[s]!;
  const fill = edgeStart.slice(0, states);
  const edgeLabel = new Uint16Array(Math.max(0, states - 1));
  const edgeTarget = new Int32Array(Math.max(0, states - 1));
  for (let s = 1; s < states; s++) {
    const k = fill[parent[s]!]!++;
    edgeLabel[k] = label[s]!;
    edgeTarget[k] = s;
  }
  const rootNext = new Int32Array(alpha + 1);
  for (let k = edgeStart[0]!; k < edgeStart[1]!; k++) rootNext[edgeLabel[k]!] = edgeTarget[k]!;

  const fail = new Int32Array(states);
  const outState = new Int32Array(states);
  const dictLink = new Int32Array(states);
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (let k = edgeStart[0]!; k < edgeStart[1]!; k++) queue[tail++] = edgeTarget[k]!;
  while (head < tail) {
    const s = queue[head++]!;
    const f = fail[s]!;
    dictLink[s] = outFirst[f]! >= 0 ? f : outState[f]!;
    outState[s] = outFirst[s]! >= 0 ? s : dictLink[s]!;
    for (let k = edgeStart[s]!; k < edgeStart[s + 1]!; k++) {
      const child = edgeTarget[k]!;
      const a = edgeLabel[k]!;
      let g = f;
      let next = step(edgeStart, edgeLabel, edgeTarget, rootNext, g, a);
      while (next < 0) {
        g = fail[g]!;
        next = step(edgeStart, edgeLabel, edgeTarget, rootNext, g, a);
      }
      fail[child] = next;
      queue[tail++] = child;
    }
  }
  return {
    classOf, rootNext, edgeStart, edgeLabel, edgeTarget, fail, outState, dictLink,
    outFirst: outFirst.slice(0, states), patternNext, patternLength, stateCount: states,
  };
}

/**
 * Transition from `s` on alphabet index `a`: the child, or -1 (the root never fails: 0).
 * Takes the arrays, not an object, so the call site stays monomorphic in build and scan alike.
 */
export function step(edgeStart: Int32Array, edgeLabel: Uint16Array, edgeTarget: Int32Array, rootNext: Int32Array, s: number, a: number): number {
  if (s === 0) return rootNext[a]!;
  let lo = edgeStart[s]!;
  let hi = edgeStart[s + 1]!;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (edgeLabel[lo] === a) return edgeTarget[lo]!;
    return -1;
  }
  hi--;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = edgeLabel[mid]!;
    if (l === a) return edgeTarget[mid]!;
    if (l < a) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Report every (end, pattern) occurrence in chars[0, length): `end` is exclusive.
 * Linear in the text plus the number of occurrences.
 */
export function scanAutomaton(a: Automaton, chars: Uint16Array, length: number, report: (end: number, pattern: number) => void): void {
  const { classOf, fail, outState, dictLink, outFirst, patternNext, edgeStart, edgeLabel, edgeTarget, rootNext } = a;
  let s = 0;
  for (let i = 0; i < length; i++) {
    const cls = classOf[chars[i]!]!;
    if (cls === 0) {
      s = 0;
      continue;
    }
    let next = s === 0 ? rootNext[cls]! : step(edgeStart, edgeLabel, edgeTarget, rootNext, s, cls);
    while (next < 0) {
      s = fail[s]!;
      next = step(edgeStart, edgeLabel, edgeTarget, rootNext, s, cls);
    }
    s = next;
    let o = outState[s]!;
    while (o !== 0) {
      for (let p = outFirst[o]!; p >= 0; p = patternNext[p]!) report(i + 1, p);
      o = dictLink[o]!;
    }
  }
}
