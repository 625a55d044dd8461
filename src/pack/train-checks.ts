/**
 * What `npm run pack:cv` measures of the cue trainer on the dev split (pure): the folds of a
 * cross-validation, the passages left out to test steadiness, and how far two trainings' weights
 * lie apart.
 */

/** Fold of each passage id: ids sorted, then dealt round-robin, so every file is spread over the folds. */
export function foldsOf(ids: readonly string[], k: number): Map<string, number> {
  return new Map([...new Set(ids)].sort().map((id, i) => [id, i % k]));
}

/** A small seeded generator (mulberry32), so a seed names the same draw on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** round(share × n) of the ids, drawn with `seed` (the same ids, whatever order they come in). */
export function dropSome(ids: readonly string[], share: number, seed: number): Set<string> {
  const pool = [...new Set(ids)].sort();
  const next = random(seed);
  // Fisher–Yates, stopped after the first `count` places.
  const count = Math.round(share * pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return new Set(pool.slice(0, count));
}

/** Weights of one pack, by entity id then word. */
export type WeightTable = ReadonlyMap<string, Readonly<Record<string, number>>>;

export interface Shift {
  /** Words weighted in either table. */
  words: number;
  /** Weighted in both, with opposite signs. */
  flipped: number;
  /** Weighted in one table only (a word missing counts as 0). */
  appeared: number;
  dropped: number;
  /** |change| > moveBy, a missing word counting as 0. */
  moved: number;
  /** Sum of |change| over all words. */
  total: number;
}

/** How `after`'s weights differ from `before`'s. */
export function weightShift(before: WeightTable, after: WeightTable, moveBy: number): Shift {
  const out: Shift = { words: 0, flipped: 0, appeared: 0, dropped: 0, moved: 0, total: 0 };
  for (const entity of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(entity) ?? {};
    const b = after.get(entity) ?? {};
    for (const word of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = a[word];
      const y = b[word];
      out.words++;
      if (x === undefined) out.appeared++;
      else if (y === undefined) out.dropped++;
      else if (Math.sign(x) !== Math.sign(y)) out.flipped++;
      const change = Math.abs((y ?? 0) - (x ?? 0));
      if (change > moveBy + 1e-9) out.moved++;
      out.total += change;
    }
  }
  return out;
}
