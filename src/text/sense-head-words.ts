/**
 * The head words of sense-heads.ts (SenseHeads): compiled data, not engine code. The compiler puts them
 * in the matcher's record as written (engine-words.ts), makeMatcher hands them to SenseHeads, which folds
 * them as before; so page-matcher.js does not carry them. Marked pure, so that a bundle that never reads
 * them drops them.
 */

/** Per entity, its head words as written. */
export type SenseHeadWords = Readonly<Record<string, readonly string[]>>;

/**
 * Per entity, the nouns and verbs that govern its sense of a shared name, in the three languages.
 * Entities listed together are rivals: a word of one rejects the other.
 */
export const SENSE_HEADS: SenseHeadWords = /* @__PURE__ */ (() => ({
  // The territory: what is argued over, decided, negotiated or claimed.
  'western-sahara': [
    ...['conflict', 'dispute', 'disputed', 'question', 'issue', 'file', 'quarrel', 'sovereignty', 'claim'],
    ...['status', 'autonomy', 'referendum', 'independence', 'annexation', 'occupation', 'recognition'],
    ...['diplomacy', 'talks', 'negotiations', 'envoy', 'priority'],
    ...['conflit', 'dossier', 'question', 'affaire', 'différend', 'litige', 'souveraineté'],
    ...['marocanité', 'statut', 'autonomie', 'revendication', 'annexion', 'occupation', 'décolonisation'],
    ...['reconnaissance', 'diplomatie', 'négociations', 'envoyé', 'contesté', 'contestée', 'contestées', 'priorité'],
    // What a state recognises is a territory (Trump reconnaît le Sahara marocain).
    ...['recognise', 'recognises', 'recognised', 'recognize', 'recognizes', 'recognized', 'reconnaît', 'reconnait'],
    ...['reconnaître', 'reconnaitre', 'reconnu', 'reconnaissent', 'reconnaissant'],
    ...['نزاع', 'ملف', 'قضية', 'مسألة', 'مغربية', 'سيادة', 'استقلال', 'تحرير', 'إقليم', 'أقاليم'],
    ...['استفتاء', 'مفاوضات', 'تسوية', 'الذاتي', 'مبعوث'],
  ],
  // The desert: what one crosses, where one travels or camps, what its land and air are made of.
  'sahara-desert': [
    ...['cross', 'crosses', 'crossed', 'crossing', 'across', 'traverse', 'traversed', 'traversing'],
    ...['dunes', 'dune', 'sand', 'sands', 'dust', 'edge', 'heart', 'depths', 'camel', 'camels'],
    ...['caravan', 'caravans', 'trek', 'oasis', 'oases'],
    ...['traverser', 'traverse', 'traversent', 'traversé', 'traversée', 'traversait', 'parcourir'],
    ...['parcourt', 'parcouru', 'parcourait', 'dunes', 'dune', 'sable', 'sables', 'poussière', 'poussières', 'cœur'],
    ...['lisière', 'confins', 'porte', 'bivouac', 'dromadaire', 'dromadaires', 'chameau', 'chameaux'],
    ...['caravane', 'caravanes', 'oasis', 'erg'],
    ...['عبور', 'تعبر', 'يعبر', 'يعبرون', 'اجتياز', 'يجتاز', 'قلب', 'أعماق', 'عمق', 'كثبان', 'رمال'],
    ...['غبار', 'حافة', 'أطراف', 'تخوم', 'واحة', 'واحات', 'قافلة', 'قوافل', 'يتوغل', 'توغل'],
  ],
}))();
