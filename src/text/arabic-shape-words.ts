/**
 * The word lists of arabic-shape.ts's cues: compiled data, not engine code. The compiler puts them in
 * the matcher's record (matcher-compile.ts, Compiled.words) and makeMatcher builds their sets once
 * (arabicShapeSets) for every rule; so the page's engine (page-matcher.js) does not carry them. Words
 * as written; the sets hold them folded. Marked pure (the lists are built with spreads), so that a
 * bundle that never reads them drops them.
 */
export const ARABIC_SHAPE_WORDS = /* @__PURE__ */ (() => ({
  /** Masculine relative pronouns (the city would take التي). */
  masculineRelatives: ['الذي', 'اللذان', 'اللذين'],
  /**
   * The masculine forms of كان and its sisters (the city would take كانت، تظل، أصبحت…), and of the
   * verbs whose subject is a place that hosts or holds (the city would take تحتضن، تستضيف، تضم).
   */
  masculineCopulas: [
    ...['كان', 'يكون', 'ظل', 'يظل', 'بقي', 'يبقى', 'أصبح', 'يصبح'],
    ...['أضحى', 'أمسى', 'بات', 'صار', 'ليس', 'مازال', 'زال', 'يزال'], // ما زال، لا يزال (the city: ما زالت، لا تزال)
    ...['يحتضن', 'احتضن', 'يستضيف', 'استضاف', 'يضم'],
  ],
  /**
   * A fort's walls with a masculine pronoun right after the name (يستقبلك الرباط بأسواره; the city: بأسوارها).
   * Not a welcoming verb alone: travel prose gives the city يستقبلك too (يستقبلك الرباط بشوارعه: mend19ar).
   */
  fortWalls: ['بأسواره', 'بأبراجه'],
  /**
   * Feminine verbs a place or an agency takes right after its name, where it opens its clause (إن لانجلي
   * كانت): copulas and verbs of stance and of receiving; a man named so takes the masculine (namesakes.ts).
   */
  feminineVerbs: [
    ...['كانت', 'تكون', 'ظلت', 'تظل', 'بقيت', 'تبقى', 'أصبحت', 'تصبح', 'أضحت', 'باتت', 'صارت', 'ليست'],
    ...['مازالت', 'زالت', 'تزال', 'قالت', 'تقول', 'رأت', 'ترى', 'أكدت', 'تؤكد', 'نفت', 'تنفي', 'اعتبرت'],
    ...['تعتبر', 'تعتقد', 'اعتقدت', 'أرادت', 'تريد', 'حصلت', 'تحصل', 'تلقت', 'تتلقى', 'أرسلت', 'ترسل'],
  ],
  /**
   * Those of speech and stance, read right before the name (قالت لانجلي). Not those that take a person as
   * object after a dropped subject (أرسلت لانجلي رسالة), nor ترى، تريد، تعتبر، تعتقد, also "you" (هل ترى لانجلي).
   */
  feminineStances: ['قالت', 'تقول', 'رأت', 'أكدت', 'تؤكد', 'نفت', 'تنفي', 'اعتبرت'],
  /**
   * Nouns of a building, after a masculine pronoun in apposition: what the name is (الرباط، وهو حصن). Not
   * معلم (also a teacher) nor صرح (also "declared").
   */
  buildings: ['حصن', 'قلعة', 'برج', 'مبنى', 'رباط'],
  /**
   * Towns of other countries known for their ribat, and Malta, whose towns include a Rabat, after the name
   * with ب or في (الرباط بسوسة، الرباط في المنستير، الرباط بمالطا): that fort or that town (arabic-fort.ts).
   */
  ribatTowns: ['سوسة', 'المنستير', 'لمطة', 'عسقلان', 'أرسوف', 'مالطا', 'غوزو'],
  /** Verbs of linking, and بين: before الرباط بسوسة, the capital joined to the town (يربط الرباط بسوسة). */
  linking: ['ربط', 'يربط', 'تربط', 'ربطت', 'يربطان', 'تربطان', 'ربطا', 'سيربط', 'ستربط', 'بين'],
  huwa: ['وهو', 'هو'],
  /**
   * Words before a name that cannot be the head of a construct with it: prepositions and particles.
   * After any other bare word the name may be a construct's second term, and an adjective after it
   * may qualify the head (مطار الرباط الدولي).
   */
  notHeads: [
    'في',
    'من',
    'إلى',
    'على',
    'عن',
    'مع',
    'أن',
    'إن',
    'لأن',
    'كأن',
    'لكن',
    'بين',
    'حول',
    'نحو',
    'هو',
    'هذا',
    'ذلك',
    'أي',
    'كل',
  ],
  /** Quantifiers: they qualify a plural (الجزائر الكثيرة: the many islands). */
  quantifiers: ['الكثيرة', 'العديدة', 'القليلة', 'المتعددة', 'الكثار', 'العديدات'],
  /** Time prepositions and the words of prayer and fasting that take the sunset as their complement. */
  timeFrames: [
    'قبل',
    'قبيل',
    'بعد',
    'بعيد',
    'عقب',
    'عند',
    'وقت',
    'موعد',
    'صلاة',
    'صلاتي',
    'أذان',
    'آذان',
    'فريضة',
    'إفطار',
    'فطور',
    'ركعات',
  ],
  /**
   * Verbs of praying and of the call to prayer, whose object the sunset prayer is (صلوا المغرب، يؤذن
   * المغرب). Not أذن (also "permitted") nor أدى (also "played", أدى المغرب دوراً); not يصلون, تصلون,
   * تصلين, written as "they / you arrive" too (يصلون المغرب بعد رحلة طويلة).
   */
  prayVerbs: [
    ...['صلى', 'صليت', 'صلينا', 'صليتم', 'صلوا', 'صلت', 'صليا', 'صلتا'],
    ...['يصلي', 'يصليان', 'تصلي', 'نصلي', 'أصلي', 'يؤذن'],
  ],
  /**
   * Missing a prayer: فات with an object pronoun, whose feminine subject the prayer then is (ومن فاتته
   * المغرب قضاها). Not the bare فاتت, whose object a country may be (فاتت المغرب فرصة التأهل).
   */
  missedVerbs: ['فاتته', 'فاتتها', 'فاتتهم', 'فاتتني', 'فاتتك', 'فاتتنا', 'فاتتكم', 'تفوته', 'تفوتني'],
  /** Prayer verbs that و or ف turn into other verbs (وصلوا المغرب: they reached Morocco; فصلت: separated). */
  noConjunction: ['صلوا', 'صلت'],
  /** The other four daily prayers, coordinated with the sunset prayer (المغرب والعشاء، العصر والمغرب). */
  prayers: ['الفجر', 'الصبح', 'الظهر', 'العصر', 'العشاء'],
  /**
   * A direction noun before the west (في جهة المغرب) and the east coordinated with it (المشرق والمغرب).
   * Not صوب (صوب المغرب: towards the country).
   */
  directions: ['جهة', 'ناحية', 'المشرق', 'الشرق'],
  /** The city noun governing it (مدينة الجزائر). */
  city: ['مدينة'],
  /** Plurals of country: governing a one-country name, the region it belongs to (دول المغرب). */
  countries: ['دول', 'بلدان', 'أقطار'],
  /** The east, coordinated after the west (المغرب والمشرق). */
  east: ['المشرق', 'الشرق'],
  /** جهة or ناحية after من: on the part of (من جهة المغرب، من ناحية المغرب: on Morocco's part), the country. */
  sides: ['جهة', 'ناحية'],
  from: ['من'],
  /**
   * Nouns of a city's streets, districts, people and services, and of the games it hosts: governing a
   * capital, the city (شوارع موسكو، سكان بكين، عمدة واشنطن، أولمبياد بكين). Not قلب or أجواء (also figurative), nor العاصمة (an
   * apposition that news also uses for the government).
   */
  cityParts: [
    ...['شوارع', 'شارع', 'أحياء', 'حي', 'ضواحي', 'ضاحية', 'وسط', 'أطراف', 'سكان', 'أهالي', 'عمدة'],
    ...['بلدية', 'مترو', 'مطار', 'مطارات', 'جامعة', 'جامعات', 'متحف', 'متاحف', 'ساحة', 'ساحات', 'ميدان'],
    ...['فنادق', 'فندق', 'مطاعم', 'حدائق', 'أسواق', 'مستشفيات', 'مدارس', 'محطة', 'محطات', 'شرطة', 'مدينة'],
    ...['أولمبياد', 'ماراثون', 'نهائي'], // the games it hosts (أولمبياد بكين، نهائي موسكو 2008); not ألعاب, also a government's political games
    ...['طقس'], // its weather (طقس موسكو: blind15)
    ...['مجلس', 'بلدة'], // a town's council (مجلس موسكو يقر الميزانية: Moscow, Idaho): a state's councils are named otherwise
  ],
  /**
   * Of `cityParts`, a council's nouns: a state's council when ل and its field follow the capital (مجلس واشنطن
   * للأمن القومي), a town's otherwise (arabic-places.ts, `cityPart`).
   */
  councils: ['مجلس'],
  /** Adjectives that name a part of a continent, feminine like it, or its native peoples. */
  parts: [
    ...['الشمالية', 'الجنوبية', 'الوسطى', 'اللاتينية', 'الشرقية', 'الغربية'],
    // Its native peoples (شعوب أمريكا الأصلية، سكان أمريكا الأصليون): the continent's, before any state.
    ...['الأصلية', 'الأصليون', 'الأصليين'],
  ],
  /**
   * Administrative units, after لـ (لمحافظة، لولاية): of whose territory a compass-named region is a part.
   * Not مملكة: the kingdom of a Moroccan text is Morocco.
   */
  units: ['محافظة', 'ولاية', 'مقاطعة', 'دولة', 'جمهورية', 'بلاد', 'إمارة', 'مديرية', 'مدينة'],
  /** Colours and sides that name a desert other than the Sahara (الصحراء البيضاء، الصحراء الشرقية). */
  desertNames: [
    'البيضاء',
    'السوداء',
    'الحمراء',
    'الصفراء',
    'الشرقية',
    'الغربية',
    'الشمالية',
    'الجنوبية',
    'الوسطى',
    'العربية',
  ],
  /** Words that make the year after them a treaty's own: of the year (لعام), or signed in (الموقعة عام). */
  ofYear: ['لعام', 'لسنة', 'لعامي'],
  signed: ['الموقعة', 'الموقع', 'المبرمة', 'المبرم', 'الموقعتين'],
  inYear: ['عام', 'سنة', 'في'],
  /**
   * Sides and seas that name a coast (الساحل الشمالي، الساحل الأطلسي، الساحل البحري), and Morocco's
   * (الساحل المغربي); not الأوسط (the central Sahel).
   */
  coastNames: ['الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الأطلسي', 'المتوسطي', 'البحري', 'المغربي'],
  /** Nouns of lying along or off a line (على طول الساحل، قبالة الساحل): a coast, not a region. */
  along: ['طول', 'امتداد', 'قبالة', 'محاذاة', 'حذاء', 'شريط'],
  /**
   * Nouns of a person's role or trade, with the article: in apposition before a name, that person. Not
   * the nisbas (الدولي، السياسي: also adjectives, read by `person`), nor العالم (also the world).
   */
  roles: [
    ...['المهاجم', 'اللاعب', 'المدافع', 'الحارس', 'الظهير', 'المدرب', 'النجم', 'الهداف', 'الموسيقار'],
    ...['الملحن', 'المؤلف', 'الكاتب', 'الروائي', 'الشاعر', 'الممثل', 'الممثلة', 'المخرج', 'المغني'],
    ...['المغنية', 'الرسام', 'الفيلسوف', 'الباحث', 'الأستاذ', 'البروفيسور', 'الدكتور', 'السيد', 'السيدة'],
    ...['الفنان', 'الفنانة', 'المذيع', 'النائب'],
  ],
  /** Columns of a prayer timetable: the five prayers, sunrise and the fast's start. */
  timetable: ['الفجر', 'الصبح', 'الشروق', 'الظهر', 'العصر', 'العشاء', 'الإمساك'],
  /** The morning and evening marks after a time (6:10 م، ٠٥.٣٨ ص). */
  dayHalves: ['م', 'ص', 'مساء', 'صباحا', 'صباحاً', 'مساءً'],
  /** A firm's nouns and its shares' (شركة أباتشي، لسهم أباتشي). */
  firms: ['شركة', 'شركات', 'سهم', 'أسهم'], // not مجموعة: a group of helicopters too
  /** A single firm's nouns, before a place's name (شركة الصحراء، سهم الصحراء): a place's firms are its own. */
  firm: ['شركة', 'سهم'],
  /**
   * Nouns of a piece of music, which no armed group has: governing a name (ألحان فاغنر، سيمفونية فاغنر) or
   * before من and it (مقطوعة من فاغنر), its composer. Not أعمال (also a group's actions), nor the nouns of
   * accounts, clips and boards, which a group has as a composer does (رواية فاغنر للأحداث، مقاطع من فاغنر،
   * افتتاحية، لوحة), nor a noun of people (مقاتلين من فاغنر: its members).
   */
  works: [
    ...['موسيقى', 'ألحان', 'لحن', 'لحنا', 'مقطوعة', 'مقطوعات', 'سيمفونية', 'سيمفونيات', 'أوبرا', 'أوبرات'],
    ...['كونشرتو', 'مؤلفات'],
  ],
  /** Clips, which are a composer's pieces only where music is played (playedBefore), else a group's videos. */
  clips: ['مقطع', 'مقطعا', 'مقاطع'],
  desert: ['الصحراء'],
  /** Sides that name a desert (الصحراء الشرقية), of `desertNames`. */
  desertSides: ['الشرقية', 'الغربية', 'الشمالية', 'الجنوبية', 'الوسطى'],
  /** Nouns of an injury to a ligament or of its surgery, governing it (تمزق الرباط، جراحة الرباط). */
  injuries: [...['تمزق', 'تمزقات', 'قطع', 'انقطاع', 'إصابة', 'إصابات', 'التواء', 'شد', 'تهتك', 'ترميم', 'جراحة']],
  /** Nouns of surgery or injury before في الرباط (لجراحة في الرباط), read with الصليبي near (arabic-neighbours.ts). */
  operations: ['عملية', 'عمليات', 'جراحي', 'تدخل'],
  /**
   * Nouns of a body's tear or sprain, in the singular: a city is not torn, so في الرباط after one is the
   * ligament (تمزق في الرباط، الالتواء في الرباط). Not قطع or إصابة, which a city has too (قطع الكهرباء في
   * الرباط، إصابة شخصين في الرباط), nor تمزقات (a city's parties are torn too: تمزقات في الرباط بين الأحزاب).
   */
  tears: ['تمزق', 'التواء', 'تهتك'],
  /**
   * The extent of a body's tear, the only adjectives read between it and في (تمزق جزئي في الرباط): a city's
   * rifts and roads take others (تمزق سياسي، تهتك الطرقات في الرباط).
   */
  extents: [
    ...['جزئي', 'كامل', 'كلي', 'بسيط', 'حاد', 'خطير', 'جزئيا', 'كليا', 'طفيف', 'شديد', 'خفيف', 'قوي'],
    ...['الجزئي', 'الكامل', 'الكلي', 'البسيط', 'الحاد', 'الخطير', 'الطفيف', 'الشديد', 'الخفيف', 'القوي'],
  ],
  /**
   * Verbs of wrapping or loosening a bandage, right before it (لف الرباط، فك الرباط، أرخ الرباط): the
   * masculine, the imperative and the imperfect. Not ضع (a traveller puts a city on a list), nor شد (a strain:
   * `injuries`), nor أحكم/يحكم (also to rule: من يحكم الرباط؟). Read beside a `bandaged` word only: calm or
   * fog wraps a city too (يلف الرباط هدوء حذر).
   */
  wraps: [...['لف', 'لفي', 'يلف', 'فك', 'فكي', 'يفك', 'أرخ', 'أرخي', 'يرخي', 'انزع', 'انزعي']],
  /**
   * A bandage's masculine adjectives and states, right after it (الرباط الضاغط، فالرباط مشدود); the city takes
   * ة. Read beside a `bandaged` word only: they qualify a noun governing the city too (موقف الرباط المرن).
   */
  bandageStates: [
    ...['الضاغط', 'المرن', 'المشدود', 'المرتخي', 'مشدود', 'مشدودا', 'مرتخ', 'مرتخيا', 'محكم', 'ضاغط', 'ضاغطا'],
  ],
  /**
   * The body parts and care a bandage is told with, in its paragraph (حول الكاحل، في الصيدليات، الطبيب), bare:
   * read with their article too (arabic-words.ts, nounIn).
   */
  bandaged: [
    ...['كاحل', 'ركبة', 'رسغ', 'معصم', 'قدم', 'ساق', 'ذراع', 'يد', 'أصابع', 'إصبع', 'مفصل', 'مفاصل', 'كوع'],
    ...['كتف', 'فخذ', 'جرح', 'ضمادة', 'التواء', 'طبيب', 'أطباء', 'معالج', 'ممرضة', 'ممرض', 'إسعاف', 'عيادة'],
    ...['صيدلية', 'صيدليات', 'تنميل', 'تورم'],
  ],
  /** Injured participles, masculine, after it (الرباط الممزق); the city would take ة. */
  injured: [...['الممزق', 'المتمزق', 'المقطوع', 'المصاب', 'الملتوي', 'المتهتك', 'المتضرر', 'المرمم']],
  /**
   * A war game's nouns of a side, governing a corps' name (فصيل فيلق أفريقيا): a state's corps is no faction
   * (arabic-corps.ts, `era`).
   */
  factions: ['فصيل', 'فصائل'],
  /**
   * Russia, Wagner, the Sahel's states and towns and today, whose naming in a corps' own clause makes it the
   * story's corps, whatever an older corps' words before it (arabic-corps.ts, `present`): the entity's own
   * context words, Libya's too (Rommel's corps there is told with the vetoes the window reads: رومل، 1941).
   */
  present: [
    ...['روسيا', 'روسي', 'روسية', 'الروس', 'موسكو', 'الكرملين', 'فاغنر', 'فاجنر', 'الساحل', 'مالي', 'النيجر'],
    ...['بوركينا', 'ليبيا', 'باماكو', 'نيامي', 'واغادوغو', 'اليوم', 'حاليا', 'حالي'],
  ],
  /**
   * Words a year is written after (عام 1863، في 1941، بين 1940 و1943، خريف 1863، أبريل 1942): a count has
   * none (1500 عنصر), a Hijri year its own months (رمضان 1445: arabic-corps.ts, `era`). Read with their article
   * too (العام). Not the Levantine months, some of them common words (آب, folded, is a father).
   */
  yearWords: [
    ...['عام', 'سنة', 'في', 'منذ', 'بين', 'حتى', 'ربيع', 'صيف', 'خريف', 'شتاء', 'يناير', 'فبراير', 'مارس'],
    ...['أبريل', 'إبريل', 'مايو', 'ماي', 'يونيو', 'يونيه', 'يوليو', 'يوليوز', 'أغسطس', 'غشت', 'سبتمبر'],
    ...['شتنبر', 'أكتوبر', 'نوفمبر', 'نونبر', 'ديسمبر', 'دجنبر'],
  ],
  /** Particles whose subject the name is (إن الرباط…). */
  subjectParticles: ['إن', 'أن', 'لأن', 'لكن', 'كأن'],
  /** Negations before an imperfect verb (إن الرباط لا يقتصر). */
  negations: ['لا', 'لم', 'لن'],
  /**
   * Words in ي after the name that are no verb of its own: nouns (يوم الخميس، يناير) and impersonal
   * verbs, masculine whatever follows (أن الرباط يجب أن تتحرك).
   */
  notVerbs: [
    ...['يوم', 'يومي', 'يوما', 'يناير', 'يونيو', 'يوليو', 'يونيه', 'يوليه'],
    ...['يجب', 'ينبغي', 'يمكن', 'يتعين', 'يبدو', 'يفترض', 'يتوجب'],
  ],
  /** Words of the day a title's country may be followed by after a dash (الرباط – المغرب اليوم الأحد). */
  today: [
    ...['اليوم', 'غدا', 'غداً', 'الآن', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس'],
    ...['الجمعة', 'السبت'],
  ],
  /**
   * في, with its conjunction (وفي المغرب), and the nouns of a country's side (في شمال المغرب، بجنوب المغرب، مدن
   * شرق المغرب): the sunset has none.
   */
  placedAfter: ['في', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'أقصى'],
  /** Verbs of the prayer's time coming, after its name as their subject (إن المغرب يحين في السادسة). */
  comes: ['يحين', 'حان', 'يؤذن', 'أذن', 'دخل', 'يدخل'],
  /** Nouns of the prayer's own law, in the two words after its name (إن المغرب ثلاث ركعات، وقت الشفق). */
  riteNouns: ['ركعة', 'ركعات', 'ركعتان', 'ركعتين', 'الشفق', 'وتر'],
}))();

/** The lists as the record carries them. */
export type ArabicShapeWords = { readonly [K in keyof typeof ARABIC_SHAPE_WORDS]: readonly string[] };
