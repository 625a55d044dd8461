/**
 * Nouns of a name's kind (kind-nouns.ts): compiled data, not engine code. The compiler puts them in the
 * matcher's record folded (engine-words.ts), so page-matcher.js does not carry them. Marked pure, so that a
 * bundle that never reads them drops them.
 */

/** Per entity, the nouns of its kind on one side of its name, as written. */
export type KindNounWords = Readonly<Record<string, readonly string[]>>;

/**
 * English puts the noun after the name ("tow missiles", "tow launchers", "apache helicopters"). Not the
 * rule's other required words (tanks, arms, pilot, combat): "tanks tow the vehicles", "pilot apache airflow".
 */
export const KIND_AFTER: KindNounWords = /* @__PURE__ */ (() => ({
  'bgm-71-tow': ['missile', 'missiles', 'launcher', 'launchers'],
  'ah-64-apache': ['helicopter', 'helicopters'],
}))();

/** French puts it before (« missiles antichars tow », « lanceurs tow », « hélicoptères apache »). */
export const KIND_BEFORE: KindNounWords = /* @__PURE__ */ (() => ({
  'bgm-71-tow': ['missiles', 'antichar', 'antichars', 'lanceurs'],
  'ah-64-apache': ['hélicoptère', 'hélicoptères'],
}))();
