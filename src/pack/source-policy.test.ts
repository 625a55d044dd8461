/**
 * Gate: the bundled pack keeps the source policy of src/pack/sources.json (every domain listed
 * with a class, no weak-only fact, no recent fact on reference works alone) and is fresh
 * (`updated` = the newest verification date, no stale volatile fact). A fixture pack that breaks
 * each rule shows the messages an author sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../text/validate-pack';
import type { Pack } from '../text/pack-types';
import {
  SOURCE_CLASSES,
  checkFreshness,
  checkSources,
  domainOf,
  factClass,
  isRecent,
  lookupDomain,
  newestVerification,
  type SourcePolicy,
} from './source-policy';

const read = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'));
const policy = read('./sources.json') as SourcePolicy;

function load(rel: string): Pack {
  const r = validatePack(read(rel));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack;
}
const pack = load('./bundled-pack.json');

describe('src/pack/sources.json', () => {
  it('gives every domain a known class and a reason', () => {
    for (const [domain, entry] of Object.entries(policy.domains)) {
      expect(SOURCE_CLASSES, domain).toContain(entry.class);
      expect(entry.reason.trim().length, domain).toBeGreaterThan(10);
      expect(domain, 'domains are listed without www.').not.toMatch(/^www\./);
    }
  });

  it('lists only domains the pack cites', () => {
    const cited = new Set(
      pack.entities.flatMap((e) => e.facts.flatMap((f) => f.sources.map((s) => lookupDomain(s.url, policy)?.domain))),
    );
    expect(Object.keys(policy.domains).filter((d) => !cited.has(d))).toEqual([]);
  });
});

describe('bundled pack and the source policy', () => {
  it('cites only listed domains, no weak-only fact, no recent fact on reference works alone', () => {
    expect(checkSources(pack, policy)).toEqual([]);
  });

  it('is fresh: updated is the newest verification date and no volatile fact is stale', () => {
    expect(pack.updated).toBe(newestVerification(pack));
    expect(checkFreshness(pack, policy)).toEqual([]);
  });

  it('marks current-office facts volatile with an as-of date', () => {
    const volatile = (id: string) => pack.entities.find((e) => e.id === id)!.facts.filter((f) => f.volatile === true);
    for (const id of ['africom', 'dagvin-anderson', 'joint-chiefs-of-staff', 'far-morocco']) {
      expect(volatile(id).length, id).toBeGreaterThan(0);
      for (const f of volatile(id)) expect(f.asOf, id).toBeTruthy();
    }
  });
});

describe('a pack that breaks the policy', () => {
  const bad = load('./fixtures/policy/weak-source-pack.json');
  const errors = checkSources(bad, policy);

  it('fails on a weak-only fact, naming the fact, the domain and the fix', () => {
    expect(errors).toContain(
      'entities[0].facts[0] (himars): rests only on weak sources (onenewspage.com); add an official, wire or reference source',
    );
  });

  it('fails on a domain missing from sources.json', () => {
    expect(errors).toContain(
      'entities[0].facts[1] (himars).sources[0]: domain "unknown-blog.example" is not listed in src/pack/sources.json (https://unknown-blog.example/himars)',
    );
  });

  it('fails on a recent event resting on reference works alone, but not on an old one', () => {
    expect(errors).toContain(
      'entities[0].facts[2] (himars): a recent fact (2025, within 10 years of 2026-02-03) rests only on reference works; add an official or wire source',
    );
    expect(isRecent({ text: {}, date: '2005', sources: [] }, bad.updated, policy)).toBe(false);
    expect(isRecent({ text: {}, asOf: '2025', sources: [] }, bad.updated, policy)).toBe(false);
    expect(isRecent({ text: {}, asOf: '2025', volatile: true, sources: [] }, bad.updated, policy)).toBe(true);
  });

  it('flags a stale volatile fact and an updated date that is not the newest verification', () => {
    expect(checkFreshness(bad, policy)).toEqual([
      'updated: is 2026-02-03 but the newest verification date (asOf) of any fact is 2024-01-01',
      'entities[0].facts[3] (himars): volatile fact last checked 2024-01, more than 12 months before 2026-02-03',
    ]);
  });
});

describe('domain classes', () => {
  it('strips www./m. and falls back to the parent domain', () => {
    expect(domainOf('https://www.Defense.gov/x')).toBe('defense.gov');
    expect(domainOf('https://m.le360.ma/x')).toBe('le360.ma');
    expect(lookupDomain('https://fr.le360.ma/x', policy)?.domain).toBe('le360.ma');
    expect(lookupDomain('https://evil-defense.gov.example/x', policy)).toBeUndefined();
    expect(lookupDomain('not a url', policy)).toBeUndefined();
  });

  it('a fact rests on its strongest source', () => {
    const src = (url: string) => ({ title: 't', url });
    expect(
      factClass({ text: {}, sources: [src('https://tass.com/a'), src('https://en.wikipedia.org/a')] }, policy),
    ).toBe('reference');
    expect(
      factClass({ text: {}, sources: [src('https://tass.com/a'), src('https://www.stripes.com/a')] }, policy),
    ).toBe('wire');
  });
});
