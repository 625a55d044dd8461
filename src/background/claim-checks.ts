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

class ClaimChecks {
  private readonly checker: ClaimChecker;
  private readonly byId: ReadonlyMap<string, ClaimCheck>;

  constructor(set: ClaimSet) {
    this.checker = new ClaimChecker(set);
    this.byId = new Map(set.claims.map(({ patterns: _patterns, ...check }) => [check.id, check]));
  }

  /** `matches` of `text`, each with the claims the text states about it (ClaimChecker.mark). */
  mark(text: string, matches: Match[]): FoundMatch[] {
    return this.checker.mark(text, matches);
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
