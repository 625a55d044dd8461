/**
 * The word lists of office-cues.ts: compiled data, not engine code. The compiler puts them in the matcher's
 * record (engine-words.ts), folded where the reader folds the text's words and as written otherwise
 * (OFFICE_CUES_AS_WRITTEN); makeMatcher builds their sets once (officeCueSets) and hands them to the readers. So
 * page-matcher.js does not carry them. Marked pure, so that a bundle that never reads them drops them.
 */
export const OFFICE_CUE_WORDS = /* @__PURE__ */ (() => ({
  /**
   * Nouns an Arabic apposition gives another bearer of a story officer's name: kin and forebears, founders
   * and civil callings (الجنرال الأمريكي لانجلي، جد العائلة،…: a general of another age), folded, without
   * their article. The story's officers are named in apposition by their rank and office, none of these.
   */
  otherBearersAr: [
    ...['جد', 'والد', 'ابن', 'حفيد', 'عم', 'خال', 'شقيق', 'سلف', 'أجداد', 'مؤسس', 'صاحب'],
    ...['معلم', 'طبيب', 'محامي', 'مزارع', 'فلاح', 'ممثل', 'مغني', 'كاتب', 'شاعر', 'رسام', 'لاعب', 'مدرب'],
  ],
  arRelatives: ['الذي', 'التي', 'الذين', 'اللذان'],
  /**
   * Participles of a visit that open a sentence ("Received in Rabat by…", « Reçu au siège de l'état-major… »):
   * the surname after their clause is its subject, a visitor, so a person (not the CIA's seat, not a town).
   * Masculine singular in French: « Reçue par le maire, Mme Langley » is someone else (see WOMEN).
   */
  visited: [
    ...['arriving', 'greeted', 'hosted', 'received', 'visiting', 'welcomed'],
    ...['accueilli', 'arrivé', 'attendu', 'reçu', 'venu'],
  ],
  /**
   * Verbs of an assessment or an opinion, right after the subject (auxiliaries and adverbs skipped): what an
   * intelligence agency is said to do ("Langley thinks", "Langley has long disagreed", « Langley estime »).
   */
  opines: [
    ...['assesses', 'believes', 'disagreed', 'disagrees', 'doubts', 'estimates', 'fears', 'suspects', 'thinks'],
    ...['worries', 'believed', 'doubted', 'feared', 'suspected', 'thought', 'assessed'],
    ...['craint', 'croit', 'doute', 'estime', 'juge', 'pense', 'soupçonne'],
  ],
  /** Words between a subject and its verb that say nothing of it. */
  auxiliaries: [
    ...['also', 'always', 'had', 'has', 'long', 'never', 'now', 'reportedly', 'still'],
    ...['aussi', 'toujours', 'déjà'],
  ],
  /**
   * Words of leading, right before or after an office's name: its holder ("commander of AFRICOM", "AFRICOM
   * chief", « président du comité », قائد أفريكوم, رئيس هيئة الأركان) or taking it ("took over AFRICOM", "to lead
   * U.S. Africa Command", « a pris la tête de l'Africom », « qui préside le comité », تسلمه قيادة أفريكوم).
   * Lower-cased; an Arabic word may carry a proclitic (وقائد, بقيادة).
   */
  leads: [
    ...['chair', 'chairman', 'chief', 'command', 'commanded', 'commander', 'commanding', 'commands', 'head'],
    ...['boss', 'headed', 'heads', 'helm', 'lead', 'leader', 'leading', 'leads', 'led'],
    ...['chef', 'patron', 'commandant', 'commandait', 'commande', 'dirige', 'dirigeait', 'préside', 'présidait'],
    ...['président', 'tête'],
    ...['تسلم', 'تولى', 'رئيس', 'رئاسة', 'قائد', 'قاد', 'قيادة', 'يرأس', 'يقود'],
  ],
  /**
   * Capitalised words that open a sentence or a heading's words without being a given name ("But Anderson
   * said", "Hands AFRICOM To Anderson"): any other capitalised word right before the surname names another
   * bearer of it (Jon Anderson at the start of a sentence; namesakes.ts reads the others).
   */
  openers: [
    ...['After', 'Also', 'And', 'As', 'At', 'Before', 'But', 'By', 'For', 'From', 'Here', 'How', 'If', 'Later'],
    ...['Meanwhile', 'Now', 'Of', 'On', 'Once', 'Only', 'So', 'Still', 'Then', 'There', 'To', 'Today', 'When'],
    ...['While', 'With', 'Why', 'Yesterday', 'Yet'],
    ...['Alors', 'Après', 'Avec', 'Car', 'Depuis', 'Donc', 'Enfin', 'Et', 'Hier', 'Lorsque', 'Mais', 'Pour'],
    ...['Puis', 'Quand', 'Selon'],
  ],
  /**
   * Nouns of an institution's people: after the office, it is a modifier ("Langley and the AFRICOM staff"),
   * so the two coordinated are people, not two institutions.
   */
  members: [
    ...['aides', 'commander', 'commanders', 'delegation', 'officers', 'officials', 'personnel', 'staff', 'team'],
    ...['délégation', 'équipe', 'officiers', 'responsables'],
  ],
  /**
   * Nouns of a unit other than the offices' (a guard, an army, a division): the last word of a capitalised
   * name after "of the" says what it is. Not Force: the story's generals come from the Air Force.
   */
  units: [
    ...['Army', 'Battalion', 'Brigade', 'Corps', 'Division', 'Fleet', 'Guard', 'Guards', 'Navy', 'Police'],
    ...['Regiment', 'Reserve', 'Squadron', 'Wing'],
    ...['Armée', 'Bataillon', 'Brigade', 'Escadron', 'Garde', 'Gendarmerie', 'Régiment'],
  ],
  /**
   * Words by which the next sentence goes on with what the surname said or did: a verb of speech or a subject
   * pronoun (The AFRICOM commander said…, « a ajouté », وأضاف قائد…, As commander of AFRICOM, he…), lower-cased;
   * an Arabic verb read without its و or ف. Another act ("The AFRICOM commander attended the concert") may be
   * someone else's.
   */
  goesOn: [
    ...['said', 'says', 'added', 'adds', 'told', 'tells', 'stressed', 'warned', 'noted', 'explained', 'insisted'],
    ...['argued', 'urged', 'acknowledged', 'cautioned', 'replied', 'he'],
    ...['ajouté', 'ajoute', 'déclaré', 'déclare', 'dit', 'souligné', 'souligne', 'précisé', 'précise', 'insisté'],
    ...['averti', 'expliqué', 'répondu', 'estimé', 'il'],
    ...['قال', 'أضاف', 'أكد', 'أوضح', 'شدد', 'تابع', 'حذر', 'هو'],
  ],
}))();

/** The lists as the record carries them. */
export type OfficeCueWords = { readonly [K in keyof typeof OFFICE_CUE_WORDS]: readonly string[] };

/**
 * The lists the record carries as written (read lower-cased, or capitalised as openers and units); the two
 * Arabic lists, otherBearersAr and arRelatives, it carries folded.
 */
export const OFFICE_CUES_AS_WRITTEN: readonly (keyof OfficeCueWords)[] = [
  'visited',
  'opines',
  'auxiliaries',
  'leads',
  'openers',
  'members',
  'units',
  'goesOn',
];
