/**
 * The section labels that open a news digest's item (news-items.ts), per language, besides the country
 * table's names: a closed list, so a dateline ("RABAT:"), an editorial label (Update:, « Lire aussi : »,
 * «تحديث:»), a fact sheet's field (Who:, Cost:, « Lieu : ») or a speaker opens none.
 * `story`: sections where the story's names live (a country's name is one too); `aside`: another world's
 * (sport, culture, weather…), whose items argue against the story's short forms and weak names.
 * Compiled data, not engine code: the compiler puts them in the matcher's record as written (engine-words.ts),
 * makeMatcher hands them to NewsItems; so page-matcher.js does not carry them. Marked pure, so that a bundle
 * that never reads them drops them.
 */
export interface RubricWords {
  story: readonly string[];
  aside: readonly string[];
}

export const RUBRIC_WORDS: RubricWords = /* @__PURE__ */ (() => ({
  story: [
    ...['defence', 'defense', 'diplomacy', 'politics', 'world', 'international', 'security', 'military'],
    ...['africa', 'maghreb', 'national', 'nation', 'région', 'region'],
    ...['défense', 'diplomatie', 'politique', 'monde', 'sécurité', 'armée', 'afrique'],
    ...['دفاع', 'الدفاع', 'دبلوماسية', 'الدبلوماسية', 'سياسة', 'السياسة', 'دولي', 'دولية', 'الشأن الدولي'],
    ...['أمن', 'الأمن', 'عالم', 'العالم', 'وطني', 'الوطني', 'أفريقيا', 'إفريقيا', 'المغرب العربي'],
  ],
  aside: [
    ...['sport', 'sports', 'weather', 'culture', 'arts', 'books', 'music', 'film', 'films', 'cinema', 'history'],
    ...['entertainment', 'markets', 'business', 'economy', 'finance', 'health', 'science', 'tech', 'technology'],
    ...['travel', 'food', 'religion', 'education', 'people', 'society', 'television', 'tv', 'media'],
    ...['basketball', 'football', 'soccer', 'golf', 'cycling', 'tennis', 'rugby', 'athletics', 'boxing'],
    ...['météo', 'livres', 'musique', 'cinéma', 'histoire', 'bourse', 'économie', 'marchés', 'santé'],
    ...['sciences', 'technologie', 'société', 'voyage', 'basket', 'cyclisme', 'télévision', 'médias'],
    ...['éducation', 'agriculture', 'faits divers', 'gastronomie'],
    ...['رياضة', 'الرياضة', 'طقس', 'الطقس', 'ثقافة', 'الثقافة', 'اقتصاد', 'الاقتصاد', 'صحة', 'الصحة'],
    ...['فن', 'الفن', 'فنون', 'علوم', 'العلوم', 'تكنولوجيا', 'فلاحة', 'الفلاحة', 'سينما', 'كتب', 'تاريخ'],
    ...['منوعات', 'مجتمع', 'المجتمع', 'أسواق', 'بورصة', 'البورصة', 'سياحة', 'تعليم', 'كرة القدم'],
  ],
}))();
