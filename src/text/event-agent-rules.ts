/**
 * The event rules of event-agent.ts (EventAgents): compiled data, not engine code. The compiler puts them
 * in the matcher's record as written (engine-words.ts), makeMatcher hands them to EventAgents, which folds
 * them as before; so page-matcher.js does not carry them. Marked pure, so that a bundle that never reads
 * them drops them.
 */

export interface AgentRule {
  check: 'agent' | 'party';
  /** The event's own countries (codes of countries.ts). */
  own: readonly string[];
  /** Countries neither the event's nor another actor's: the object of the act (Morocco recognized). */
  neutral: readonly string[];
  /**
   * `agent` only: the folded first words of the verb forms checked (a prefix each): a noun form
   * ("recognition of …") is no act of the clause's subject ("Algeria condemned the recognition of …").
   */
  verbs: readonly string[];
  /** Words or phrases (any case) that name an own actor: leaders, institutions. */
  actors: readonly string[];
  /** `agent` only: leaders of other countries who act on the same question (Macron's letter recognized …). */
  others?: readonly string[];
}

/** Per entity, its rule. */
export type AgentRules = Readonly<Record<string, AgentRule>>;

export const EVENT_AGENTS: AgentRules = /* @__PURE__ */ (() => ({
  'us-recognition-western-sahara': {
    check: 'agent',
    own: ['us'],
    neutral: ['ma', 'eh'],
    verbs: [
      'recogniz',
      'recognis',
      'reconnaitre',
      'reconnaissant',
      'reconnait',
      'reconnaissent',
      // the past participle of « a reconnu », « ont reconnu »
      'reconnu',
      'يعترف',
      'تعترف',
      'الاعتراف',
      'اعترف',
      // its recognition (اعترافها، اعترافه): the possessor of a verbal noun is its clause's subject
      'اعترافها',
      'اعترافه',
    ],
    actors: [
      'Trump',
      'Biden',
      'Pompeo',
      'Rubio',
      'White House',
      'administration',
      'Maison Blanche',
      'Maison-Blanche',
      'ترامب',
      'بايدن',
      'بومبيو',
      'البيت الأبيض',
      'الإدارة',
    ],
    // Heads of government and foreign ministers of the countries whose positions on the territory the news
    // reports beside the US one (facts.md: Israel, France, Spain, Germany, the UK, Kenya; Algeria against).
    others: [
      ...['Netanyahu', 'Macron', 'Barrot', 'Séjourné', 'Sánchez', 'Albares', 'Scholz', 'Merz', 'Baerbock'],
      ...['Starmer', 'Lammy', 'Ruto', 'Tebboune', 'Attaf', 'نتنياهو', 'ماكرون', 'سانشيز', 'تبون'],
    ],
  },
  // The United States signed such roadmaps with others too (Tunisia, India): Morocco is the one that tells.
  'us-morocco-defense-roadmap': { check: 'party', own: ['ma'], neutral: ['us'], verbs: [], actors: [] },
  // Morocco signed treaties of friendship with others too (Spain, 1991): the United States is the one that tells.
  // Its own negotiators named in the clause keep it, whatever errand of theirs names another country
  // (« Thomas Barclay, l'homme du traité de Marrakech, … partait négocier avec la régence d'Alger »).
  'treaty-of-friendship-1786': {
    check: 'party',
    own: ['us'],
    neutral: ['ma'],
    verbs: [],
    actors: ['Barclay', 'Jefferson', 'Adams', 'sultan', 'السلطان'],
  },
}))();
