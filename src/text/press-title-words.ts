/**
 * The word lists of press-title.ts (quotedTitle) and the press words closing a name (name-shape.ts):
 * compiled data, not engine code. The compiler puts them in the matcher's record (engine-words.ts), the
 * Arabic ones folded and the title words as written (PRESS_AS_WRITTEN); shapeCountries builds their sets
 * once (ShapeCountries.press). So page-matcher.js does not carry them. Marked pure, so that a bundle that
 * never reads them drops them.
 */
export const PRESS_TITLE_WORDS = /* @__PURE__ */ (() => ({
  /**
   * Words that end a publication's or a channel's title. A closed class, in the forms titles use (not
   * "Today" in English, which a headline's verb may follow: "Morocco Today Signs…").
   */
  titleWords: [
    ...['News', 'Times', 'Post', 'Tribune', 'Herald', 'Daily', 'Observer', 'Monitor', 'Gazette', 'Telegraph'],
    ...['Chronicle', 'Weekly', 'Hebdo', 'Soir', 'Presse', 'Press', 'Matin', 'Diplomatique', 'Magazine'],
  ],
  /** Arabic press words (the record folds them): today, now, news, press, times, online. */
  arabicPress: ['اليوم', 'الآن', 'نيوز', 'بريس', 'برس', 'تايمز', 'أونلاين', 'تايم'],
  /**
   * Of arabicPress, the words of time (today, now): a quotation they close right after a colon is what
   * someone said or wrote («قال الوزير: "المغرب الآن" شريك…»), not a title.
   */
  arabicTime: ['اليوم', 'الآن'],
  /**
   * Arabic nouns of a publication, before its quoted title (يومية «الصحراء المغربية»، جريدة «الساحل»), bare or
   * definite: a writer quotes no place right after them. Not موقع or قناة (also a location, a canal).
   */
  pressNouns: [
    ...['يومية', 'جريدة', 'صحيفة', 'مجلة', 'أسبوعية', 'شهرية', 'اليومية', 'الجريدة', 'الصحيفة', 'المجلة'],
    ...['الأسبوعية', 'الشهرية'],
  ],
  /**
   * Verbs of writing, headlining or using before a definite press noun: what follows is what the paper wrote
   * or uses (عنونت الجريدة «المغرب ينتصر»، تستعمل الصحيفة «الصحراء المغربية»), not its name.
   */
  writes: [
    ...['كتبت', 'تكتب', 'عنونت', 'تعنون', 'تستعمل', 'استعملت', 'تستخدم', 'استخدمت', 'وصفت', 'تصف', 'سمت'],
    ...['تسمي', 'تصدرت'],
  ],
}))();

/** The lists as the record carries them. */
export type PressTitleWords = { readonly [K in keyof typeof PRESS_TITLE_WORDS]: readonly string[] };

/** The lists the record carries as written (read capitalised as written); it folds the others. */
export const PRESS_AS_WRITTEN: readonly (keyof PressTitleWords)[] = ['titleWords'];
