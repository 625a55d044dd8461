/**
 * Checked press claims (src/pack/claims.json) in the background: the claims each batch of page
 * text states about its mentions, attached to find-names' matches, and the checks a card shows.
 * The patterns stay here, like the facts, so the content script carries none of them.
 */
import bundledPack from '../pack/bundled-pack.json';
import claimSet from '../pack/claims.json';
import type { ClaimCheck, FoundMatch } from '../shared/messages';
import { ClaimChecker, validateClaimSet, type ClaimSet } from '../text/claims';
import type { Match } from '../text/matcher';
import { evidenceOnly } from '../text/page-evidence';

class ClaimChecks {
  private readonly checker: ClaimChecker;
  private readonly byId: ReadonlyMap<string, ClaimCheck>;

  constructor(set: ClaimSet) {
    this.checker = new ClaimChecker(set);
    this.byId = new Map(set.claims.map(({ patterns: _patterns, ...check }) => [check.id, check]));
  }

  /** `matches` of `text`, each with the claims the text states about it (none: no field). */
  mark(text: string, matches: Match[]): FoundMatch[] {
    const hits = this.checker.check(
      text,
      // A rejected vote (text/page-evidence.ts) is no mention: no claim is about it.
      matches.map((m) => ({ entity: evidenceOnly(m.sense) ? '' : m.entityId, start: m.start, end: m.end })),
    );
    if (hits.length === 0) return matches;
    return matches.map((m, i) => {
      const claims = hits.filter((h) => h.mention === i).map((h) => ({ claim: h.claim, verdict: h.verdict }));
      return claims.length ? { ...m, claims } : m;
    });
  }

  /** The checks a card shows for these claim ids (unknown ids are skipped). */
  checks(ids: readonly string[]): ClaimCheck[] {
    return ids.flatMap((id) => this.byId.get(id) ?? []);
  }
}

let shared: ClaimChecks | null = null;

/** The bundled claims, validated against the bundled pack once, on first use. */
export function claimChecks(): ClaimChecks {
  return (shared ??= new ClaimChecks(
    validateClaimSet(claimSet, new Set((bundledPack as { entities: { id: string }[] }).entities.map((e) => e.id))),
  ));
}
