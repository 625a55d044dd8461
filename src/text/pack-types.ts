/**
 * The knowledge-pack format: what the bundled pack and every user glossary are made of.
 * Pure data types; the JSON Schema in extension/glossa-pack.schema.json mirrors them and
 * src/text/validate-pack.ts is the one place that checks untrusted input against them.
 */

export const LANGS = ['en', 'ar', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORIES = ['organization', 'person', 'exercise', 'weapon', 'place', 'agreement'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Text in one or more of the three languages; at least one is present. */
export type LocalizedText = Partial<Record<Lang, string>>;

/**
 * Words that decide whether an ambiguous alias is meant in the pack's sense.
 * Words are normalised like the text and matched as whole words (Arabic proclitics allowed)
 * within `window` characters either side of the mention (default 150).
 * - `requires`: if non-empty, at least one must appear nearby.
 * - `vetoes`: if any appears nearby, the mention is dropped.
 * - `weights`: cue words with log-odds weights (positive: the pack's sense; negative: another
 *   sense), learned from the eval corpus's dev split (`npm run pack:train`). The weights of the
 *   distinct cue words nearby are summed and the sum decides when the hard words do not
 *   (context.ts, `contextVerdict`).
 */
export interface ContextRule {
  requires?: string[];
  vetoes?: string[];
  /** Folded word → weight, |weight| ≤ 10. */
  weights?: Record<string, number>;
  window?: number;
  /**
   * 'after': the window is the words after the mention only, for a name whose sense the word it
   * modifies tells ("the U.S. military": a modifier; "Morocco and the U.S. agreed": the country).
   * Default: both sides.
   */
  side?: 'after';
}

export interface AliasOptions {
  text: string;
  /** Match case exactly (acronyms like TOW). Default false. */
  caseSensitive?: boolean;
  /** Only whole words (per-script boundaries, proclitics/elision/possessive allowed). Default true. */
  wholeWord?: boolean;
  /** Apply the entity's `context` rule (or this alias's own `context`). Default false. */
  needsContext?: boolean;
  /** A rule for this alias only; implies needsContext. */
  context?: ContextRule;
  /**
   * Counts only after another (non-afterMention) alias of the same entity appeared earlier in
   * the same scan: a person's surname alone after their full name.
   */
  afterMention?: boolean;
  /**
   * Also match the other Arabic spellings of a foreign "g" (غ / ج / ق: لانجلي, لانغلي).
   * Default: true, except for entities of category place and agreement, whose Arabic names are
   * native words (المغرب must not also match المقرب "the close one").
   */
  foreignG?: boolean;
}

/** A bare string is an alias with default options. */
export type Alias = string | AliasOptions;

export interface Source {
  title: string;
  /** http(s) only. */
  url: string;
}

export interface Fact {
  text: LocalizedText;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the fact happened. One of date / from / asOf is required. */
  date?: string;
  /**
   * For a fact that describes a state ("commands AFRICOM"): the day it began and, once it ended,
   * the day it ended. The card shows a state as held at a page's date when from ≤ that day < until
   * (src/text/then-and-now.ts). Events keep `date`; a fact has one or the other.
   */
  from?: string;
  until?: string;
  /** ISO date the fact was last known true, for facts that change. */
  asOf?: string;
  /** True when sources conflict: the text itself must be worded as uncertain. */
  hedged?: boolean;
  /**
   * True for a state that can change (an office held, a deployment, a count, "current"): such a
   * fact needs `asOf`, the day it was last checked, and goes stale 12 months before the pack's
   * `updated` (src/pack/source-policy.ts).
   */
  volatile?: boolean;
  sources: Source[];
}

export const RELATION_TYPES = ['successor-of', 'commands', 'commanded', 'part-of', 'located-in', 'party-to'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * A link from one entity to another of the same pack, read "entity <type> target":
 * dagvin-anderson commands africom (from 2025-08-15); michael-langley commanded africom
 * (2022-08-09 until 2025-08-15). `commands` takes `from`, `commanded` takes `from` and `until`.
 */
export interface Relation {
  type: RelationType;
  /** Id of an entity of the same pack. */
  target: string;
  /** ISO date the relation began. */
  from?: string;
  /** ISO date the relation ended. */
  until?: string;
}

export interface Entity {
  /** Stable kebab-case id. */
  id: string;
  category: Category;
  names: LocalizedText;
  aliases: Partial<Record<Lang, Alias[]>>;
  summary: LocalizedText;
  facts: Fact[];
  /** Rule for aliases marked needsContext. */
  context?: ContextRule;
  /**
   * Cue words of all the entity's context rules (its own and its aliases'): a rule without
   * `weights` of its own weighs these. Learned once per entity by `npm run pack:train`, so they are
   * written once, not copied into every rule.
   */
  cueWeights?: Record<string, number>;
  /**
   * Fixed phrases, per language, in which one of its aliases means something else: "Latin America"
   * for America, "Moscow mule" for Moscow, صلاة المغرب (the sunset prayer) for المغرب. Matched like
   * aliases (folded; Arabic proclitics and article allowed); where leftmost-longest selection picks
   * one, nothing is found there, and it is a vote against the entity on the page (page-evidence.ts).
   */
  otherSenses?: Partial<Record<Lang, string[]>>;
  /**
   * Nouns, per language, that name another sense when written right beside a bare alias this entity's
   * rule guards, in the compound or apposition slot ("Apache peoples", « guerrier Apache »): that mention
   * is a vote against the entity, whatever its window and the page say (sense-heads.ts).
   */
  otherHeads?: Partial<Record<Lang, string[]>>;
  /** Nouns of its own sense in that slot ("Apache pilots", « escadrille Apache »): they keep the mention from otherHeads. */
  storyHeads?: Partial<Record<Lang, string[]>>;
  /** Links to other entities of the pack (shown on the card). */
  relations?: Relation[];
}

export interface Pack {
  $schema?: string;
  id: string;
  version: string;
  title: string;
  /** ISO date (YYYY-MM-DD) the pack content was last reviewed. */
  updated: string;
  entities: Entity[];
}

/**
 * What names a pack and its entities, in order: all a precompiled matcher is checked against
 * (matcher-format.ts loadMatcher), so a page that holds only the pack's outline can load one.
 */
export interface PackIdentity {
  id: string;
  version: string;
  entities: readonly { id: string }[];
}
