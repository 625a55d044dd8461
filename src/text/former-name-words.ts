/**
 * The lists of former-name.ts (formerName): compiled data, not engine code. The compiler puts them in the
 * matcher's record as written (engine-words.ts), makeMatcher hands them to formerNames; so page-matcher.js
 * does not carry them. Marked pure, so that a bundle that never reads them drops them.
 */

export interface FormerNameWords {
  phrases: readonly (readonly string[])[];
  companies: readonly string[];
}

export const FORMER_NAME_WORDS: FormerNameWords = /* @__PURE__ */ (() => ({
  /**
   * The phrases, as their words read backwards from the name (lower-cased); `|` separates the forms a word may
   * take. Not "called", "named", « nommé » or a bare "formerly": they appoint and describe ("previously named
   * Michael Langley to its board"), and a bare adverb is as often "previously led".
   */
  phrases: [
    ['as', 'known', 'formerly|previously'],
    ["de|d'|d’", 'nom', 'le', 'sous', 'connu|connue|connus|connues', 'anciennement|autrefois'],
    ['appelé|appelée|appelés|appelées', 'anciennement'],
    ['anciennement'],
    ['باسم', 'سابقا|سابقاً', 'المعروف|المعروفة'],
  ],
  /**
   * Nouns and legal forms of a company, lower-cased; Arabic without its article. Not "group" (« groupe »,
   * مجموعة) nor "shares": a paramilitary group is renamed too, and shares are not the company.
   */
  companies: [
    ...['company', 'firm', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'producer', 'explorer', 'driller'],
    ...['refiner', 'maker', 'manufacturer', 'carrier', 'airline', 'retailer', 'brand', 'bank', 'insurer'],
    ...['société', 'entreprise', 'firme', 'compagnie', 'pétrolier', 'producteur', 'fabricant', 'constructeur'],
    ...['marque', 'enseigne', 'banque', 'assureur'],
    ...['شركة', 'منتج', 'مصنع', 'مصرف', 'بنك'],
  ],
}))();
