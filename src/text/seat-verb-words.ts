/**
 * The word lists of seat-verb.ts (seatVerb): compiled data, not engine code. They travel with CitySigns'
 * lists (city-sign-words.ts spreads them in), as written (address-words.ts: READ_AS_WRITTEN, seatVerb reads
 * words lower-cased, not folded), so page-matcher.js does not carry them. Marked pure, so that a bundle that
 * never reads them drops them.
 */
export const SEAT_VERB_WORDS = /* @__PURE__ */ (() => ({
  /** A sight's own verbs: what the building does or is (opens at 10am, houses the Armoury, « ouvre »). */
  seatSightVerbs: [
    ...['opens', 'open', 'opened', 'closes', 'closed', 'houses', 'housed', 'stands', 'stood', 'dates', 'dated'],
    ...['lies', 'sits', 'rises', 'overlooks', 'faces', 'contains', 'includes', 'attracts', 'covers', 'towers'],
    ...['dominates', 'dominated', 'overlooked'],
    ...['boasts', 'features', 'looms', 'remains', 'remained', 'welcomes', 'draws', 'spans', 'survived'],
    ...['ouvre', 'ferme', 'abrite', 'domine', 'accueille', 'compte', 'surplombe', 'reste', 'demeure', 'attire'],
    ...['visite', 'visitent'],
  ],
  /** A copula or passive: the seat is described, not acting (is closed, was rebuilt, « est ouvert »). */
  seatCopulas: ['is', 'was', 'are', 'were', 'be', 'been', 'est', 'était', 'fut', 'sera'],
  /** Passives of report after a copula, which leave the seat the government (the Kremlin is said to…). */
  seatReported: ['said', 'reported', 'believed', 'understood', 'expected', 'thought', 'known'],
  /** Auxiliaries and modals: the next verb word is the seat's own (has rebuilt, « a démenti », will decide). */
  seatAuxiliaries: [
    ...['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does'],
    ...['a', 'avait', 'aura', 'aurait', 'va', 'allait', 'vient', 'doit', 'pourrait', 'peut', "n'a", 'n’a'],
  ],
  /** Auxiliaries of a perfect, also verbs of their own (has twenty towers): a participle must follow. */
  seatPerfect: ['has', 'have', 'had', 'a', 'avait', 'aura', 'aurait', "n'a", 'n’a'],
  /** Adverbs and negations between the name or an auxiliary and the verb (has long courted, « n'a pas »). */
  seatAdverbs: [
    ...['also', 'then', 'again', 'already', 'still', 'never', 'not', 'long', 'later', 'now', 'once', 'even'],
    ...['ne', "n'", 'pas', 'jamais', 'encore', 'déjà', 'longtemps', 'toujours', 'aussi', 'également', 'alors'],
    ...['aussitôt', 'plus', 'enfin', 'vite'],
    ...['officially', 'publicly', 'formally', 'swiftly', 'quickly', 'immediately'],
    ...['ensuite', 'officiellement', 'publiquement', 'formellement', 'rapidement', 'immédiatement'],
  ],
  /** Reflexive pronouns before a French verb, whose « est » is then an auxiliary (s'est dit, se félicite). */
  seatReflexive: ['se', "s'est", 's’est', "s'", 's’'],
  /** Irregular English pasts (most verbs' pasts end in -ed). */
  seatIrregular: [
    ...['said', 'told', 'kept', 'sent', 'made', 'took', 'gave', 'held', 'won', 'saw', 'knew', 'thought'],
    ...['sought', 'spoke', 'wrote', 'met', 'led', 'let', 'put', 'set', 'began', 'chose', 'struck', 'bought'],
    ...['paid', 'left', 'brought', 'fought', 'felt', 'lost', 'found', 'got', 'withdrew', 'built', 'rebuilt'],
    ...['meant', 'hit', 'cut', 'ran', 'forbade', 'undertook', 'swore', 'shut'],
  ],
  /** Words that are no verb after the name: prepositions, conjunctions, relatives, articles, adjectives. */
  seatNotVerbs: [
    ...['of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'as', 'by', 'that', 'which', 'who'],
    ...['whose', 'where', 'when', 'this', 'its', 'his', 'their', 'press', 'grounds', 'gardens', 'gates', 'domes'],
    ...['palaces', 'churches', 'bells', 'chimes', 'stars', 'guards', 'archives', 'collections', 'treasures'],
    ...['de', 'du', 'des', 'et', 'ou', 'en', 'à', 'au', 'aux', 'dans', 'sur', 'pour', 'par', 'avec', 'qui', 'que'],
    ...['dont', 'où', 'le', 'la', 'les', 'un', 'une', 'rouge', 'russe', 'même', 'entier', 'tout', 'toute'],
    ...['comme', 'lui-même'],
  ],
  /** Prepositions before the name (or its article): the name is their object, not a subject. */
  seatPrepositions: [
    ...['of', 'to', 'from', 'in', 'at', 'inside', 'behind', 'outside', 'around', 'near', 'into', 'within', 'on'],
    ...['with', 'for', 'by', 'about', 'toward', 'towards', 'beyond', 'past', 'along', 'visit', 'visiting', 'visited'],
    ...['de', 'du', 'à', 'au', 'dans', 'derrière', 'près', 'vers', 'pour', 'par', 'sur', 'sous', 'avec', 'devant'],
  ],
}))();

/** The lists as the record carries them. */
export type SeatVerbWords = { readonly [K in keyof typeof SEAT_VERB_WORDS]: readonly string[] };
