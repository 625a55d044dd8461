/**
 * Scoring of the evaluation corpus (pure). Per passage and entity: TP = min(found, expected),
 * FP = max(0, found − expected), FN = max(0, expected − found); totals are sums of those.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface EntityScore {
  entity: string;
  expected: number;
  found: number;
  tp: number;
  fp: number;
  fn: number;
  /** The engine's matches of this entity in the passage, in document order. */
  spans: Span[];
}

export interface Totals {
  tp: number;
  fp: number;
  fn: number;
}

function scoreEntity(entity: string, expected: number, spans: readonly Span[]): EntityScore {
  const found = spans.length;
  return {
    entity,
    expected,
    found,
    tp: Math.min(found, expected),
    fp: Math.max(0, found - expected),
    fn: Math.max(0, expected - found),
    spans: [...spans],
  };
}

/** One row per entity either expected or found, sorted by entity id. */
export function scorePassage(
  expected: Readonly<Record<string, number>>,
  found: readonly { id: string; matches: readonly Span[] }[],
): EntityScore[] {
  const spans = new Map<string, readonly Span[]>(found.map((e) => [e.id, e.matches]));
  const ids = [...new Set([...Object.keys(expected), ...spans.keys()])].sort();
  return ids.map((id) => scoreEntity(id, expected[id] ?? 0, spans.get(id) ?? []));
}

function addTotals(into: Totals, s: Totals): Totals {
  into.tp += s.tp;
  into.fp += s.fp;
  into.fn += s.fn;
  return into;
}

/** Sums scores by a grouping key, keys in first-seen order. */
export function aggregate<T>(
  items: readonly T[],
  key: (item: T) => string,
  totals: (item: T) => Totals,
): Map<string, Totals> {
  const out = new Map<string, Totals>();
  for (const item of items) {
    const k = key(item);
    let t = out.get(k);
    if (t === undefined) out.set(k, (t = { tp: 0, fp: 0, fn: 0 }));
    addTotals(t, totals(item));
  }
  return out;
}

/** Precision; 1 when nothing was found (no false positive is possible). */
export function precision(t: Totals): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

/** Recall; 1 when nothing was expected. */
export function recall(t: Totals): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}

/** A percentage with one decimal, rounded down so a floor set from it is always met by the same run. */
export function percentFloor(x: number): number {
  return Math.floor(x * 1000 + 1e-9) / 10;
}

export interface Floor {
  precision: number;
  recall: number;
}

/** Floors are percentages per language for one measured split; returns one message per figure under its floor. */
export function floorFailures(
  floors: Readonly<Record<string, Floor>>,
  byLang: ReadonlyMap<string, Totals>,
  split = 'test',
): string[] {
  const out: string[] = [];
  for (const [lang, floor] of Object.entries(floors)) {
    const t = byLang.get(lang);
    if (t === undefined) {
      out.push(`${lang}: floor set but the ${split} split has no ${lang} passages`);
      continue;
    }
    const p = percentFloor(precision(t));
    const r = percentFloor(recall(t));
    if (p < floor.precision) out.push(`${lang}: ${split} precision ${p} % < floor ${floor.precision} %`);
    if (r < floor.recall) out.push(`${lang}: ${split} recall ${r} % < floor ${floor.recall} %`);
  }
  return out;
}

/** The passage's text with the given spans wrapped in «», paragraphs joined by ¶ so it fits on one line. */
export function highlight(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += `${text.slice(at, s.start)}«${text.slice(s.start, s.end)}»`;
    at = s.end;
  }
  out += text.slice(at);
  return out.replace(/\s*\n\s*\n\s*/g, ' ¶ ').replace(/\s*\n\s*/g, ' ');
}
