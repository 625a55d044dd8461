import type { Knowledge } from '../shared/merged-packs';
import { foldString } from '../text/normalise';

/** Search by any name or alias, in any of the three languages, folded like the matcher folds text. */
export function searchEntities(knowledge: Knowledge, query: string, limit = 8) {
  const q = foldString(query.trim());
  if (q.length < 2) return [];
  const scored: Array<{ id: string; score: number }> = [];
  for (const k of knowledge.entities) {
    const texts = [
      ...Object.values(k.entity.names),
      ...Object.values(k.entity.aliases).flatMap((list) =>
        (list ?? []).map((a) => (typeof a === 'string' ? a : a.text)),
      ),
    ].filter((s): s is string => typeof s === 'string');
    let best = -1;
    for (const text of texts) {
      const f = foldString(text);
      const at = f.indexOf(q);
      if (at < 0) continue;
      const score = (f === q ? 3 : at === 0 ? 2 : 1) * 1000 - f.length;
      best = Math.max(best, score);
    }
    if (best >= 0) scored.push({ id: k.entity.id, score: best });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.id);
}
