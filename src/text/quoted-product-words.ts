/**
 * The word lists of quoted-product.ts (quotedAfterNoun, productAfter, quotedWork): compiled data, not engine
 * code. The compiler puts them in the matcher's record as written (engine-words.ts), makeMatcher hands them
 * to shapeCountries (ShapeCountries.quoted); so page-matcher.js does not carry them. Marked pure, so that a
 * bundle that never reads them drops them.
 */
export const QUOTED_PRODUCT_WORDS = /* @__PURE__ */ (() => ({
  /** Lower-case words of three letters or more that are not a noun naming the quoted thing. */
  notNouns: [
    // articles, prepositions, conjunctions, copulas
    ...['the', 'and', 'for', 'from', 'with', 'into', 'onto', 'over', 'than', 'like', 'about', 'are', 'was', 'were'],
    ...['des', 'les', 'aux', 'une', 'sur', 'par', 'pour', 'dans', 'avec', 'vers', 'chez', 'entre', 'contre'],
    ...['sous', 'après', 'avant', 'selon', 'comme', 'que', 'qui', 'est', 'sont', 'était', 'ou', 'mais'],
    // words that introduce a name, after which the story's own are quoted
    ...['called', 'named', 'dubbed', 'so-called', 'known', 'term', 'word', 'name', 'slogan', 'entitled', 'titled'],
    ...['dit', 'dite', 'dits', 'dites', 'appelé', 'appelée', 'appelés', 'surnommé', 'surnommée', 'baptisé'],
    ...['baptisée', 'nommé', 'nommée', 'intitulé', 'intitulée', 'mot', 'terme', 'nom', 'vocable', 'expression'],
  ],
  /**
   * Head nouns of consumer goods, as a product listing names them after the product's name: "The Sahel
   * tent sleeps four", "Our Sahara sand paint", 'a "Sahara" tent'. Singular (or a pair's plural): a plural
   * after a place is mostly things there ("Sahara tents" under the stars, relief tents for the Sahel). No
   * noun that is also a verb of weather or sight (sand blinds drivers).
   */
  productHeads: [
    ...['tent', 'yurt', 'paint', 'curtains', 'rug', 'sofa', 'couch', 'wallpaper', 'mattress', 'lamp'],
    ...['perfume', 'fragrance', 'candle', 'bike', 'motorbike', 'motorcycle', 'scooter', 'jacket', 'backpack'],
    ...['boots', 'sandals', 'sneakers', 'costume', 'outfit', 'poster', 'mask', 'doll', 'figurine'],
  ],
  /** Words before the name that present one thing, in a listing or in use (lower-cased). */
  productFrame: ['a', 'an', 'the', 'our', 'my', 'your', 'this', 'that', 'new', 'used'],
  /**
   * Nouns after the head that the head qualifies, so that the name is no product's: the tent camp of a
   * desert trip is in the desert, and a helicopter's paint scheme or paint job is the helicopter's.
   */
  qualifiedByHead: [
    ...['camp', 'camps', 'city', 'village', 'site', 'sites', 'hotel', 'lodge'],
    ...['scheme', 'schemes', 'job', 'jobs'],
  ],
  /**
   * Nouns of a work (a film, a book, a song), as its quoted title's apposition or noun names it. Not
   * "programme" or "operation": a state's programs and operations are quoted by their names too; not
   * "play" or « pièce », mostly idioms (a play on words, une pièce maîtresse).
   */
  workNouns: [
    ...['film', 'movie', 'western', 'documentary', 'novel', 'book', 'album', 'song', 'series'],
    ...['documentaire', 'roman', 'livre', 'chanson', 'série', 'drame', 'téléfilm'],
  ],
  /** Work nouns that also gather things: "the series of drills", « la série d'exercices », "the album of photos". */
  gathering: ['series', 'album', 'série'],
  /** Words before a work's noun that open its noun phrase: an article or a determiner (the western, le roman). */
  workDeterminers: ['the', 'a', 'an', 'le', 'la', 'un', 'une', 'ce', 'cette', 'son', 'sa'],
  /** Adjectives that come between the article and a work's noun (the new film, un vieux film de guerre). */
  workAdjectives: ['new', 'old', 'first', 'last', 'latest', 'vieux', 'nouveau', 'premier', 'dernier'],
  /**
   * Words that may follow a work's noun and end its noun phrase: a preposition or a relative (the western
   * with Burt Lancaster, le film de Romain Quirot). Another lower-case word makes it a compound or an idiom
   * (film crews, film and photos, le roman noir du Kremlin, la série noire).
   */
  afterWork: [
    ...['by', 'with', 'about', 'on', 'from', 'in', 'that', 'which', 'starring', 'directed', 'released'],
    ...['de', 'du', 'des', 'sur', 'avec', 'par', 'qui', 'que', 'où', 'sorti', 'réalisé', 'paru', 'en'],
  ],
}))();

/** The lists as the record carries them. */
export type QuotedProductWords = { readonly [K in keyof typeof QUOTED_PRODUCT_WORDS]: readonly string[] };
