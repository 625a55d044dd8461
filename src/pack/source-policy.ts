/**
 * The pack's trust rules, checked by its tests and shown by `npm run pack:report`:
 * - every source's domain is listed in src/pack/sources.json with a class;
 * - no fact rests only on weak sources (mirrors, aggregators, blogs, opinion, state media);
 * - a recent fact (dated within `recentYears` before the pack's `updated`) needs at least one
 *   official or wire/major-outlet source: reference works alone are not enough for it;
 * - `updated` is the newest verification date (the newest `asOf`), and no volatile fact was
 *   last checked more than `staleMonths` before it.
 * Pure: knows the pack and the policy, nothing of files or the DOM.
 */
import type { Fact, Pack } from '../text/pack-types';
import { isoKey } from '../text/validate-pack';
import { debug } from '../shared/debug-log';

export const SOURCE_CLASSES = ['official', 'wire', 'reference', 'weak'] as const;
export type SourceClass = (typeof SOURCE_CLASSES)[number];

export interface DomainEntry {
  class: SourceClass;
  reason: string;
}

export interface SourcePolicy {
  /** A fact dated within this many years before the pack's `updated` counts as recent. */
  recentYears: number;
  /** A volatile fact last checked more than this many months before `updated` is stale. */
  staleMonths: number;
  domains: Record<string, DomainEntry>;
}

/** Strength order: a fact rests on its strongest source. */
const RANK: Record<SourceClass, number> = { official: 0, wire: 1, reference: 2, weak: 3 };

/** The host name without "www." or "m.", lower case; '' for a URL that does not parse. */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(?:www\d?|m)\./, '');
  } catch (e) {
    debug('source policy: parse a source URL', e);
    return '';
  }
}

/** The listed entry for a URL: its host or the nearest listed parent domain (fr.le360.ma → le360.ma). */
export function lookupDomain(url: string, policy: SourcePolicy): { domain: string; entry: DomainEntry } | undefined {
  const parts = domainOf(url).split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const domain = parts.slice(i).join('.');
    const entry = policy.domains[domain];
    if (entry) return { domain, entry };
  }
  return undefined;
}

/** The strongest class among a fact's sources (undefined when none is listed). */
export function factClass(fact: Fact, policy: SourcePolicy): SourceClass | undefined {
  let best: SourceClass | undefined;
  for (const s of fact.sources) {
    const c = lookupDomain(s.url, policy)?.entry.class;
    if (c !== undefined && (best === undefined || RANK[c] < RANK[best])) best = c;
  }
  return best;
}

/** The day a fact happened or was last checked: asOf when present, else date. */
function factDay(fact: Fact): string {
  return fact.asOf ?? fact.date ?? fact.until ?? fact.from ?? '';
}

function shiftIso(day: string, months: number): string {
  const [y, m, d] = isoKey(day).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m || 1) - 1 + months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(d || 1).padStart(2, '0')}`;
}

/**
 * True for a recent event (its `date` within `recentYears` before `updated`) or a volatile state
 * checked in that time: reference works alone do not carry it. A lasting description dated only
 * by `asOf` (a desert's area, a weapon's design) may rest on a reference work.
 */
export function isRecent(fact: Fact, updated: string, policy: SourcePolicy): boolean {
  const day = fact.volatile === true ? (fact.asOf ?? fact.date) : (fact.date ?? fact.until ?? fact.from);
  return day !== undefined && isoKey(day) >= shiftIso(updated, -12 * policy.recentYears);
}

function isStale(fact: Fact, updated: string, policy: SourcePolicy): boolean {
  return (
    fact.volatile === true && fact.asOf !== undefined && isoKey(fact.asOf) < shiftIso(updated, -policy.staleMonths)
  );
}

/** The newest `asOf` of the pack's facts, padded to a full date ('' when none has one). */
export function newestVerification(pack: Pack): string {
  let newest = '';
  for (const e of pack.entities)
    for (const f of e.facts) if (f.asOf !== undefined && isoKey(f.asOf) > newest) newest = isoKey(f.asOf);
  return newest.replace(/-00/g, '-01');
}

/** Every breach of the source rules, each naming the fact's path, entity and what to do. */
export function checkSources(pack: Pack, policy: SourcePolicy): string[] {
  const errors: string[] = [];
  pack.entities.forEach((e, i) => {
    e.facts.forEach((f, j) => {
      const where = `entities[${i}].facts[${j}] (${e.id})`;
      f.sources.forEach((s, k) => {
        if (!lookupDomain(s.url, policy)) {
          errors.push(
            `${where}.sources[${k}]: domain "${domainOf(s.url)}" is not listed in src/pack/sources.json (${s.url})`,
          );
        }
      });
      const best = factClass(f, policy);
      if (best === 'weak') {
        const hosts = f.sources.map((s) => domainOf(s.url)).join(', ');
        errors.push(`${where}: rests only on weak sources (${hosts}); add an official, wire or reference source`);
      } else if (best === 'reference' && isRecent(f, pack.updated, policy)) {
        errors.push(
          `${where}: a recent fact (${factDay(f)}, within ${policy.recentYears} years of ${pack.updated}) rests only on reference works; add an official or wire source`,
        );
      }
    });
  });
  return errors;
}

/** `updated` must be the newest verification date, and no volatile fact may be stale. */
export function checkFreshness(pack: Pack, policy: SourcePolicy): string[] {
  const errors: string[] = [];
  const newest = newestVerification(pack);
  if (newest !== '' && pack.updated !== newest) {
    errors.push(`updated: is ${pack.updated} but the newest verification date (asOf) of any fact is ${newest}`);
  }
  pack.entities.forEach((e, i) => {
    e.facts.forEach((f, j) => {
      const where = `entities[${i}].facts[${j}] (${e.id})`;
      if (isoKey(factDay(f)) > pack.updated)
        errors.push(`${where}: dated ${factDay(f)}, after the pack's updated ${pack.updated}`);
      if (isStale(f, pack.updated, policy)) {
        errors.push(
          `${where}: volatile fact last checked ${f.asOf}, more than ${policy.staleMonths} months before ${pack.updated}`,
        );
      }
    });
  });
  return errors;
}
