/**
 * Splitting an entity's facts at a page's publication day: what the page could have known
 * ("then") and what happened after it ("since"). Pure; the card renders the two parts.
 *
 * A fact is an event (`date`) or a state (`from`, optionally `until`). Dates may be partial
 * (YYYY or YYYY-MM): such a date is the interval of days it covers, and a fact whose interval
 * reaches past the page's day goes to "since" — a fact must never appear as if the page could
 * have known it. Facts with neither are timeless background and always belong to "then".
 */
import type { IsoDay } from './page-date';

export interface TimedFact {
  date?: string;
  from?: string;
  until?: string;
}

/** What changed after the page's day: a fact that happened, began or ended then. */
export interface Change<F> {
  fact: F;
  /** The first day the change can have happened on (YYYY-MM-DD). */
  day: IsoDay;
  kind: 'happened' | 'began' | 'ended';
}

export interface ThenAndNow<F> {
  /** Facts the page could have known, in the pack's order; states that held that day included. */
  then: F[];
  /** Changes after the page's day, oldest first. */
  since: Change<F>[];
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first and last day a (possibly partial) ISO date covers. */
export function dayRange(date: string): [IsoDay, IsoDay] {
  const [y, m, d] = date.split('-');
  if (d) return [date, date];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Whether the date surely falls on or before the day. */
function knownBy(date: string, day: IsoDay): boolean {
  return dayRange(date)[1] <= day;
}

export function splitAtDay<F extends TimedFact>(facts: readonly F[], pageDay: IsoDay): ThenAndNow<F> {
  const then: F[] = [];
  const since: Change<F>[] = [];
  for (const fact of facts) {
    if (fact.from !== undefined) {
      if (!knownBy(fact.from, pageDay)) {
        since.push({ fact, day: dayRange(fact.from)[0], kind: 'began' });
        continue;
      }
      then.push(fact);
      if (fact.until !== undefined && !knownBy(fact.until, pageDay))
        since.push({ fact, day: dayRange(fact.until)[0], kind: 'ended' });
    } else if (fact.date !== undefined && !knownBy(fact.date, pageDay)) {
      since.push({ fact, day: dayRange(fact.date)[0], kind: 'happened' });
    } else {
      then.push(fact);
    }
  }
  since.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { then, since };
}

/** Whether an entity has changed since the page's day (the popup marks such entities). */
export function changedSince(facts: readonly TimedFact[], pageDay: IsoDay): boolean {
  return facts.some((f) =>
    f.from !== undefined
      ? !knownBy(f.from, pageDay) || (f.until !== undefined && !knownBy(f.until, pageDay))
      : f.date !== undefined && !knownBy(f.date, pageDay),
  );
}
