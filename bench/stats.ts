/** Small pure helpers for the benchmark's numbers. */

export function median(xs: readonly number[]): number | null {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

export function percentile(xs: readonly number[], p: number): number | null {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const i = Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1));
  return v[i]!;
}

export const round = (x: number | null | undefined, digits = 1): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits;

export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || !(b > 0)) return null;
  return a / b;
}

/**
 * Delays from each append to the first poll that saw the page's mention count reach the count
 * expected after that append.
 * - `appends`: [epochMs, cumulative generated mentions] per append.
 * - `polls`: [epochMs when the answer arrived, total mentions counted].
 * - `scale`: counted ÷ generated at the end (aliases the engine rightly discounts), so thresholds
 *   follow what the engine counts. Appends never reached are reported in `missed`.
 */
export function appendDelays(
  appends: ReadonlyArray<readonly [number, number]>,
  polls: ReadonlyArray<readonly [number, number]>,
  baseline: number,
  scale = 1,
): { delays: number[]; missed: number } {
  const delays: number[] = [];
  let missed = 0;
  let p = 0;
  let prevThreshold = -Infinity;
  for (const [t, cumulative] of appends) {
    const threshold = Math.floor(baseline + cumulative * scale);
    if (threshold <= prevThreshold) continue; // an append without (counted) mentions: nothing to wait for
    prevThreshold = threshold;
    // polls are in time order, counts non-decreasing while the page only grows
    // The first poll after the append that saw the threshold; later appends can only match later polls.
    while (p < polls.length && !(polls[p]![0] >= t && polls[p]![1] >= threshold)) p++;
    if (p >= polls.length) {
      missed++;
      continue;
    }
    delays.push(polls[p]![0] - t);
  }
  return { delays, missed };
}

/** Entities whose counted mentions differ from the expected ones (missing, extra or off), by id. */
export function countMismatches(
  expected: Readonly<Record<string, number>>,
  counted: ReadonlyArray<{ id: string; count: number }>,
): Array<{ id: string; expected: number; counted: number }> {
  const got = new Map<string, number>();
  for (const e of counted) got.set(e.id, (got.get(e.id) ?? 0) + e.count);
  const ids = [...new Set([...Object.keys(expected), ...got.keys()])].sort();
  return ids
    .map((id) => ({ id, expected: expected[id] ?? 0, counted: got.get(id) ?? 0 }))
    .filter((d) => d.expected !== d.counted);
}
