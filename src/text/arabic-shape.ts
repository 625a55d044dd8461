/**
 * The grammatical shape of an Arabic name used in another sense (a common noun, another place, a
 * person, another treaty), for words no cue list has seen (issue 16). Arabic has no capitals, so
 * name-shape.ts's Latin cues do not apply; but the words directly attached to a name show which
 * noun it is, through closed classes of grammar:
 * - `feminine`: the place (a city: الرباط) takes feminine agreement, the common noun (رباط, a bond,
 *   a ligament, a frontier fort) masculine: a masculine relative pronoun after it (الرباط الذي), a
 *   masculine copula or hosting verb before it (وكان الرباط، ويحتضن الرباط), its walls with a masculine
 *   pronoun after it (يستقبلك الرباط بأسواره), a masculine pronoun and a building's noun in apposition
 *   (الرباط، وهو حصن: the fort, ar-blind19-018; not after في or العاصمة, where it is the landmark's
 *   before: ضريح محمد الخامس في الرباط، وهو معلم), or a masculine nisba
 *   adjective after it (الرباط الصليبي، الرباط الأسري), unless the name may be the second term of a construct whose head the
 *   adjective then qualifies (مهرجان الرباط الدولي);
 * - `injury`: the ligament (الرباط) is torn, cut or sprained, a city is not: a noun of injury or of
 *   its surgery governing it (تمزق الرباط، إصابة الرباط، القطع الكامل للرباط), or an injured
 *   participle after it (الرباط الممزق، الرباط المقطوع), or, after إن or أن, a masculine verb
 *   whose subject it is (إن الرباط سيلتئم: the city would take تلتئم); or في after a noun of surgery with الصليبي near (لجراحة في الرباط: a headline's
 *   الصليبي يضرب من جديد.., arabic-neighbours.ts). Read before `feminine`: a ligament is a body's, no
 *   namesake place, and the matcher casts no vote against the city for it (ar-blind16-067).
 * - `torn`: the ligament by its own adjective (الرباط الصليبي) or its tear before في, its extent
 *   perhaps between (تمزق جزئي في الرباط; not تمزق سياسي, nor قطع or إصابة, which a city has too: قطع
 *   الكهرباء في الرباط). A city is neither: it decides the mention, whatever the window's story words.
 * - `plural`: the place is one country (الجزائر), the common noun a plural (islands): a quantifier
 *   (الكثيرة، العديدة) or a reciprocal participle (المتناثرة، المتقاربة) after it. Not a sound
 *   plural in ات: after a verb it is as often the object (أعلنت الجزائر الإجراءات، اشترت الطائرات);
 * - `timeOfDay`: the place (المغرب) is also the sunset and its prayer: a time preposition, a
 *   prayer or fast word directly before, behind its proclitics (بعد المغرب، لصلاة المغرب، بأذان المغرب،
 *   موعد إفطار المغرب), the subject of missing (فاتته المغرب), another of the
 *   five prayers coordinated with it (المغرب والعشاء), or a direction before it (في جهة المغرب،
 *   المشرق والمغرب: the west; not من جهة/ناحية المغرب, on Morocco's part), or a verb of praying or
 *   of the call to prayer whose object it is (صلوا المغرب، يصلي الناس المغرب، يؤذن المغرب), a
 *   clock time right after it, as prayer timetables write (العصر 3:29 م، المغرب 6:10 م), or a
 *   timetable column on both sides, in a list or a row (الظهر، العصر، المغرب، العشاء); a vote against
 *   the country on the page, unlike `injury` (homonymCue);
 * - `maghreb`: the country (المغرب) is also the region it is one country of, the Maghreb: a plural
 *   of country governing it (دول المغرب، بلدان المغرب، أقطار المغرب) or the east coordinated after
 *   it (المغرب والمشرق); one country has no countries.
 * - `capital`: a country named like its capital (الجزائر) is the city when the word العاصمة follows
 *   it in apposition or مدينة governs it (الجزائر العاصمة، مدينة الجزائر).
 * - `region`: the country (أمريكا) is also its continent, whose parts take a compass or culture
 *   adjective (أمريكا الجنوبية، أمريكا الوسطى، أمريكا اللاتينية), as do its native peoples (شعوب
 *   أمريكا الأصلية); the country takes none.
 * - `relative`: a name made of a noun and a compass adjective (الصحراء الغربية، الأقاليم الجنوبية) is
 *   also a plain description, the western desert or the southern provinces of somewhere: a لـ
 *   genitive of an administrative unit or another country right after it says where (الصحراء الغربية
 *   لمحافظة الأنبار، الأقاليم الجنوبية لولاية…، الصحراء الغربية للسعودية). Not the kingdom's own
 *   (الأقاليم الجنوبية للمملكة، للمغرب) nor a party's (لموريتانيا); another country qualifying it
 *   otherwise is foreign-qualifier.ts's.
 * - `namedDesert`: the Sahara (الصحراء) is one desert of many, and the others are named by the word
 *   after it, a colour or a side (الصحراء البيضاء، الصحراء الشرقية، الصحراء العربية); the Sahara's
 *   own names are longer aliases (الصحراء الكبرى) or a country's part of it (foreign-qualifier.ts).
 *   It decides the mention, as `namedCoast` does, unless a longer name is pending on its span.
 * - `oasis`: الصحراء الغربية is also Egypt's Western Desert, whose sentences name its oases and towns
 *   (واحة سيوة، الفرافرة: arabic-neighbours.ts).
 * - `sides`: and Egypt's deserts are named by their sides together (الصحراء الغربية والصحراء الشرقية،
 *   الصحراء الشرقية والصحراء الغربية); Western Sahara has no eastern or southern sister.
 * - `prussia`: بروسيا is Prussia as well as بـ + روسيا, where the ب cannot be a preposition or the
 *   sentence is of Prussia's time (مملكة بروسيا، جيوش بروسيا والنمسا وروسيا: arabic-neighbours.ts).
 * - `namedCoast`: the Sahel (الساحل، منطقة الساحل) is also any coast, named by the side or the sea
 *   after it (الساحل الشمالي، منطقة الساحل الشرقي، الساحل الأطلسي، الساحل البحري), or Morocco's own
 *   (الساحل المغربي: Morocco is no Sahel country); the Sahel's own qualifiers are other words
 *   (الساحل الإفريقي، الساحل الأوسط), and another country's coast is foreign-qualifier.ts's.
 * - `coastline`: a coast is a line, the Sahel a region: a noun of lying along or off a line governing
 *   the unprefixed name (على طول الساحل، على امتداد الساحل، قبالة الساحل، بمحاذاة الساحل).
 * - `dated`: a treaty's name (معاهدة الصداقة، معاهدة السلام والصداقة) is shared by the treaties of
 *   many years; a year written as the treaty's own (لعام 1836، لسنة 1971، الموقعة عام 1796) that is
 *   not one of the entity's (YEARS) names another. Not a year after عام alone, which may date the
 *   sentence's event (ذكرى معاهدة الصداقة عام 1987).
 * - `parties`: the same treaties are named by their parties, after بين (معاهدة الصداقة بين روسيا
 *   والصين): a first party that is a country or capital (countries.ts) other than the story's
 *   names another treaty. Not بين البلدين or بينهما, which name no one.
 * - `person`: a group's or a weapon's name that is also a surname (فاغنر، تاو) names a person when
 *   a noun of a person stands right before it in apposition: a role (المهاجم فاغنر، الموسيقار
 *   فاغنر) or a nationality used as a noun, after a verb, a preposition or nothing (سجل البرازيلي
 *   فاغنر); not a nationality qualifying a definite noun before it, where the name may be the
 *   object of a verb-first clause (واجه الجيش الأوكراني فاغنر).
 * - `company`: a weapon's name that is also a firm's (أباتشي, the oil company) names the firm with a
 *   company's sign attached: a noun of a firm or its shares before it (شركة أباتشي، سهم أباتشي، أسهم
 *   أباتشي), or a share's move right after it, as a market list writes (أباتشي: +2.1%; not a count: أباتشي
 *   -64). A helicopter has no shares. Its trade after it is pack data (أباتشي للبترول: otherSenses).
 * - `work`: the same names are a composer's when a noun of a piece of music governs them or stands
 *   before من and them (ألحان فاغنر، مقطوعة من فاغنر), or a clip where its clause plays music (عزفت
 *   الفرقة مقطعا من فاغنر: arabic-neighbours.ts); not a noun a group has too (رواية فاغنر، افتتاحية،
 *   مقاطع من فاغنر تظهر مقاتلين) nor a noun of people (مقاتلين من فاغنر).
 *   Like `cityPart`, it decides the mention, whatever the window's story words (فرقة البحرية الروسية).
 * - `cityPart`: a capital that stands for its government (واشنطن، موسكو، بكين) is the city when a
 *   noun of the city's streets, people or services governs it (شوارع موسكو، سكان بكين، عمدة
 *   واشنطن، مطار بكين، ماراثون بكين): a government has none of these. Like a destination (address-shape.ts),
 *   it decides the mention, whatever the window's story words.
 *
 * - `country`: the opposite cue, this entity's sense: a country named after one of its cities and a
 *   comma, as an address ends (مواقيت الصلاة في الرباط، المغرب؛ ولد بالدار البيضاء، المغرب، عام…):
 *   the country even on a timetable whose other المغرب are the prayer. The city follows a place
 *   preposition (في، ب) and the country closes the phrase (punctuation or the end, not a list's next item).
 *   So is a name after a place preposition (موائد الإفطار في المغرب، بالمغرب), and one coordinated with
 *   another country (تونس والجزائر والمغرب وليبيا: the Maghreb's countries, beside المغرب العربي the region).
 *   A dash joins them as a comma does in a title, which the day may follow (في الرباط – المغرب اليوم).
 *   So is the name as an actor: the subject after إن or أن (أن المغرب سيستضيف، إن المغرب مستعد) or right
 *   after a verb of a state's speech or stance (وأكد المغرب، أعلن المغرب): the sunset neither speaks nor
 *   hosts, and the Maghreb region is no one actor (redteam17 class L: one صلاة المغرب or اتحاد المغرب العربي
 *   on the page no longer withdraws it). Not where the prayer's feminine follows (إن المغرب تعجل، أن المغرب
 *   وقتها، ثلاث ركعات): the country is masculine, and a fiqh sentence's subject is the prayer.
 * - `city`: the same for a city (الرباط): after the place proclitic ب (سيخضع لجراحة بالرباط) or
 *   coordinated with another of its country's cities (الرباط وسلا), the city, which another sense
 *   elsewhere on the page (the ligament, a fort) does not withdraw.
 *
 * - `alone`: a name that is all the words of its block (a table cell, a menu item: المغرب) has no
 *   shape to read; a timetable's cell is the prayer, a menu's the country. Not another sense, but no
 *   sense either: the matcher leaves it to the page (page-evidence.ts) instead of accepting it.
 *
 * Only what is directly attached counts: nothing but spaces between, so a comma or a full stop ends
 * the phrase. Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { isWordChar } from './boundaries';
import { ALEF } from './fold-arabic';
import type { Country } from './countries';
import {
  AND,
  CRUCIATE,
  PROCLITICS,
  SPACE,
  STANCE_VERBS,
  inSet,
  procliticIn,
  wordAfter,
  wordBefore,
  wordBeforeIs,
  wordStartBefore,
} from './arabic-words';
import { text } from './folded-words';
import { cityList, ligamentNear, oasis, playedBefore, prussia } from './arabic-neighbours';
import { foldedSet, foldString } from './normalise';
import { STORY_COUNTRIES } from './own-countries';

export type ArabicCue =
  | 'feminine'
  | 'injury'
  | 'torn'
  | 'alone'
  | 'plural'
  | 'timeOfDay'
  | 'region'
  | 'relative'
  | 'namedDesert'
  | 'namedCoast'
  | 'dated'
  | 'person'
  | 'company'
  | 'work'
  | 'cityPart'
  | 'coastline'
  | 'maghreb'
  | 'capital'
  | 'parties'
  | 'prussia'
  | 'oasis'
  | 'sides'
  | 'country'
  | 'city';

/** Whether a cue says this entity's sense (`country`, `city`): the page does not withdraw it. */
export const saysThisSense = (cue: ArabicCue | null): boolean => cue === 'country' || cue === 'city';

/** Whether a cue says another sense (not `alone`, which says none, nor one that says this one). */
export const saysOtherSense = (cue: ArabicCue | null): boolean =>
  cue !== null && cue !== 'alone' && !saysThisSense(cue);

/**
 * Whether a cue reads a grammatical homonym whose token casts no vote against the entity on the page:
 * the ligament for الرباط (`injury`, `torn`), which says what that one token is and nothing of how the page
 * uses the name.
 * The sunset prayer (`timeOfDay`) still votes: without its vote the held-out split counted two more
 * false Moroccos on prayer pages than the true ones it gained (session 14). Its vote is qualified (its own
 * words say the prayer): beside the country named in its own words (في شمال المغرب) it is one exception.
 */
export const homonymCue = (cue: ArabicCue | null): boolean => cue === 'injury' || cue === 'torn';

/**
 * Per entity of the bundled pack: its Arabic aliases that also name something else, and the cues
 * that tell the other sense. An entity or alias not listed is never checked.
 */
const ARABIC_SHAPES: Readonly<Record<string, Readonly<Record<string, readonly ArabicCue[]>>>> = {
  rabat: { الرباط: ['torn', 'injury', 'feminine', 'city'] }, // the ligament first: it withdraws no city
  algeria: { الجزائر: ['plural', 'capital'] },
  morocco: { المغرب: ['timeOfDay', 'country', 'maghreb', 'alone'] },
  'united-states': { أمريكا: ['region'], أميركا: ['region'], واشنطن: ['cityPart'] },
  russia: { موسكو: ['cityPart'], روسيا: ['prussia'] },
  china: { بكين: ['cityPart'] },
  'western-sahara': {
    'الصحراء الغربية': ['relative', 'oasis', 'sides'],
    'الأقاليم الجنوبية': ['relative'],
    الصحراء: ['namedDesert'], // the territory's short name, read when a longer one is not
  },
  'sahara-desert': { الصحراء: ['namedDesert'] },
  sahel: { الساحل: ['namedCoast', 'coastline'], 'منطقة الساحل': ['namedCoast'] },
  'treaty-of-friendship-1786': {
    'معاهدة الصداقة': ['dated', 'parties'],
    'معاهدة السلام والصداقة': ['dated', 'parties'],
    'معاهدة السلم والصداقة': ['dated', 'parties'],
    'معاهدة الصداقة المغربية الأمريكية': ['dated'],
    'معاهدة الصداقة المغربية الأميركية': ['dated'],
    'معاهدة السلام والصداقة المغربية الأمريكية': ['dated'],
  },
  'wagner-group': { فاغنر: ['person', 'work'], فاجنر: ['person', 'work'] },
  'bgm-71-tow': { تاو: ['person'] },
  'ah-64-apache': { أباتشي: ['company'] },
};

/** The years that are an entity's own, for `dated` (signed 1786, ratified 1787). */
const YEARS: Readonly<Record<string, readonly number[]>> = { 'treaty-of-friendship-1786': [1786, 1787] };

/** Masculine relative pronouns (the city would take التي). */
const MASCULINE_RELATIVES = foldedSet(['الذي', 'اللذان', 'اللذين']);
/**
 * The masculine forms of كان and its sisters (the city would take كانت، تظل، أصبحت…), and of the
 * verbs whose subject is a place that hosts or holds (the city would take تحتضن، تستضيف، تضم).
 */
const MASCULINE_COPULAS = foldedSet([
  ...['كان', 'يكون', 'ظل', 'يظل', 'بقي', 'يبقى', 'أصبح', 'يصبح'],
  ...['أضحى', 'أمسى', 'بات', 'صار', 'ليس', 'مازال', 'زال', 'يزال'], // ما زال، لا يزال (the city: ما زالت، لا تزال)
  ...['يحتضن', 'احتضن', 'يستضيف', 'استضاف', 'يضم'],
]);
/**
 * A fort's walls with a masculine pronoun right after the name (يستقبلك الرباط بأسواره; the city: بأسوارها).
 * Not a welcoming verb alone: travel prose gives the city يستقبلك too (يستقبلك الرباط بشوارعه: mend19ar).
 */
const FORT_WALLS = foldedSet(['بأسواره', 'بأبراجه']);
/**
 * Nouns of a building, after a masculine pronoun in apposition: what the name is (الرباط، وهو حصن). Not
 * معلم (also a teacher) nor صرح (also "declared").
 */
const BUILDINGS = foldedSet(['حصن', 'قلعة', 'برج', 'مبنى', 'رباط']);
const HUWA = foldedSet(['وهو', 'هو']);
/**
 * Words before a name that cannot be the head of a construct with it: prepositions and particles.
 * After any other bare word the name may be a construct's second term, and an adjective after it
 * may qualify the head (مطار الرباط الدولي).
 */
const NOT_HEADS = foldedSet([
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
]);
/** Quantifiers: they qualify a plural (الجزائر الكثيرة: the many islands). */
const QUANTIFIERS = foldedSet(['الكثيرة', 'العديدة', 'القليلة', 'المتعددة', 'الكثار', 'العديدات']);
/** The reciprocal participle, feminine, with the article (المتناثرة، المتقاربة، المتجاورة): of many things. */
const RECIPROCAL = /^المت[^ا]ا[^ا]{2}ه$/u; // ة is folded to ه
/** Time prepositions and the words of prayer and fasting that take the sunset as their complement. */
const TIME_FRAMES = foldedSet([
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
]);
/**
 * Verbs of praying and of the call to prayer, whose object the sunset prayer is (صلوا المغرب، يؤذن
 * المغرب). Not أذن (also "permitted") nor أدى (also "played", أدى المغرب دوراً); not يصلون, تصلون,
 * تصلين, written as "they / you arrive" too (يصلون المغرب بعد رحلة طويلة).
 */
const PRAY_VERBS = foldedSet([
  ...['صلى', 'صليت', 'صلينا', 'صليتم', 'صلوا', 'صلت', 'صليا', 'صلتا'],
  ...['يصلي', 'يصليان', 'تصلي', 'نصلي', 'أصلي', 'يؤذن'],
]);
/**
 * Missing a prayer: فات with an object pronoun, whose feminine subject the prayer then is (ومن فاتته
 * المغرب قضاها). Not the bare فاتت, whose object a country may be (فاتت المغرب فرصة التأهل).
 */
const MISSED_VERBS = foldedSet(['فاتته', 'فاتتها', 'فاتتهم', 'فاتتني', 'فاتتك', 'فاتتنا', 'فاتتكم', 'تفوته', 'تفوتني']);
/** Prayer verbs that و or ف turn into other verbs (وصلوا المغرب: they reached Morocco; فصلت: separated). */
const NO_CONJUNCTION = foldedSet(['صلوا', 'صلت']);
/** The other four daily prayers, coordinated with the sunset prayer (المغرب والعشاء، العصر والمغرب). */
const PRAYERS = foldedSet(['الفجر', 'الصبح', 'الظهر', 'العصر', 'العشاء']);
/**
 * A direction noun before the west (في جهة المغرب) and the east coordinated with it (المشرق والمغرب).
 * Not صوب (صوب المغرب: towards the country).
 */
const DIRECTIONS = foldedSet(['جهة', 'ناحية', 'المشرق', 'الشرق']);
/** The capital in apposition after a country named like it (الجزائر العاصمة). */
const CAPITAL = foldString('العاصمة');
/** The city noun governing it (مدينة الجزائر). */
const CITY = foldedSet(['مدينة']);
/** Plurals of country: governing a one-country name, the region it belongs to (دول المغرب). */
const COUNTRIES = foldedSet(['دول', 'بلدان', 'أقطار']);
/** The east, coordinated after the west (المغرب والمشرق). */
const EAST = foldedSet(['المشرق', 'الشرق']);
/** جهة or ناحية after من: on the part of (من جهة المغرب، من ناحية المغرب: on Morocco's part), the country. */
const SIDES = foldedSet(['جهة', 'ناحية']);
const FROM = foldedSet(['من']);

/**
 * Nouns of a city's streets, districts, people and services, and of the games it hosts: governing a
 * capital, the city (شوارع موسكو، سكان بكين، عمدة واشنطن، أولمبياد بكين). Not قلب or أجواء (also figurative), nor العاصمة (an
 * apposition that news also uses for the government).
 */
const CITY_PARTS = foldedSet([
  ...['شوارع', 'شارع', 'أحياء', 'حي', 'ضواحي', 'ضاحية', 'وسط', 'أطراف', 'سكان', 'أهالي', 'عمدة'],
  ...['بلدية', 'مترو', 'مطار', 'مطارات', 'جامعة', 'جامعات', 'متحف', 'متاحف', 'ساحة', 'ساحات', 'ميدان'],
  ...['فنادق', 'فندق', 'مطاعم', 'حدائق', 'أسواق', 'مستشفيات', 'مدارس', 'محطة', 'محطات', 'شرطة', 'مدينة'],
  ...['أولمبياد', 'ماراثون', 'نهائي'], // the games it hosts (أولمبياد بكين، نهائي موسكو 2008); not ألعاب, also a government's political games
  ...['طقس'], // its weather (طقس موسكو: blind15)
]);

/** Adjectives that name a part of a continent, feminine like it, or its native peoples. */
const PARTS = foldedSet([
  ...['الشمالية', 'الجنوبية', 'الوسطى', 'اللاتينية', 'الشرقية', 'الغربية'],
  // Its native peoples (شعوب أمريكا الأصلية، سكان أمريكا الأصليون): the continent's, before any state.
  ...['الأصلية', 'الأصليون', 'الأصليين'],
]);

/**
 * Administrative units, after لـ (لمحافظة، لولاية): of whose territory a compass-named region is a part.
 * Not مملكة: the kingdom of a Moroccan text is Morocco.
 */
const UNITS = foldedSet(['محافظة', 'ولاية', 'مقاطعة', 'دولة', 'جمهورية', 'بلاد', 'إمارة', 'مديرية', 'مدينة']);
/** Colours and sides that name a desert other than the Sahara (الصحراء البيضاء، الصحراء الشرقية). */
const DESERT_NAMES = foldedSet([
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
]);
const LAM = foldString('ل');
/** Words that make the year after them a treaty's own: of the year (لعام), or signed in (الموقعة عام). */
const OF_YEAR = foldedSet(['لعام', 'لسنة', 'لعامي']);
const SIGNED = foldedSet(['الموقعة', 'الموقع', 'المبرمة', 'المبرم', 'الموقعتين']);
const IN_YEAR = foldedSet(['عام', 'سنة', 'في']);
const IN = foldString('في');
/**
 * Sides and seas that name a coast (الساحل الشمالي، الساحل الأطلسي، الساحل البحري), and Morocco's
 * (الساحل المغربي); not الأوسط (the central Sahel).
 */
const COAST_NAMES = foldedSet(['الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الأطلسي', 'المتوسطي', 'البحري', 'المغربي']);
/** Nouns of lying along or off a line (على طول الساحل، قبالة الساحل): a coast, not a region. */
const ALONG = foldedSet(['طول', 'امتداد', 'قبالة', 'محاذاة', 'حذاء', 'شريط']);
/**
 * Nouns of a person's role or trade, with the article: in apposition before a name, that person. Not
 * the nisbas (الدولي، السياسي: also adjectives, read by `person`), nor العالم (also the world).
 */
const ROLES = foldedSet([
  ...['المهاجم', 'اللاعب', 'المدافع', 'الحارس', 'الظهير', 'المدرب', 'النجم', 'الهداف', 'الموسيقار'],
  ...['الملحن', 'المؤلف', 'الكاتب', 'الروائي', 'الشاعر', 'الممثل', 'الممثلة', 'المخرج', 'المغني'],
  ...['المغنية', 'الرسام', 'الفيلسوف', 'الباحث', 'الأستاذ', 'البروفيسور', 'الدكتور', 'السيد', 'السيدة'],
  ...['الفنان', 'الفنانة', 'المذيع', 'النائب'],
]);

const ALEF_LAM = 'ال';
const BETWEEN = foldString('بين');
/** The one weekday of the pattern فعيل (a dateline: الرباط الخميس). */
const DAY_FAEEL = foldString('الخميس');
const TEH_MARBUTA = foldString('ة');

/** A masculine nisba adjective with the article (الصليبي، الأسري): ends in ي, not a nisba's feminine. */
const masculineNisba = (w: string): boolean => w.length >= 5 && w.startsWith(ALEF_LAM) && w.endsWith('ي');

/** Masculine agreement with the mention at [tok, e): the common noun of a feminine place name. */
function masculine(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  // With a proclitic (والرباط، بالرباط) the word before is never read below.
  const prev = s === tok ? wordBefore(chars, tok) : '';
  // After a preposition or العاصمة (في الرباط، وهو معلم؛ بالعاصمة الرباط) it is the landmark's before (mend19ar).
  if (s === tok && !inSet(NOT_HEADS, prev) && !prev.endsWith(CAPITAL) && building(chars, length, e)) return true;
  const next = wordAfter(chars, length, e);
  if (MASCULINE_RELATIVES.has(next) || FORT_WALLS.has(next) || (s === tok && inSet(MASCULINE_COPULAS, prev)))
    return true;
  if (!masculineNisba(next) && !relationalFaeel(chars, length, e, next)) return false;
  // The adjective may qualify a construct's head before the name (مطار الرباط الدولي): only a
  // proclitic preposition, a particle, a definite word, a feminine head in ة (إصابة الرباط
  // الصليبي: the adjective cannot agree with it) or nothing may stand before it.
  return s > tok || prev === '' || prev.startsWith(ALEF_LAM) || prev.endsWith(TEH_MARBUTA) || inSet(NOT_HEADS, prev);
}

/**
 * A masculine pronoun and a noun of a building in apposition after the name, a comma perhaps between
 * (الرباط، وهو حصن بني في القرن الثامن): the fort; the city would take وهي مدينة. Not a person's حال
 * (زار الرباط، وهو أول رئيس…): no building noun follows there.
 */
function building(chars: Uint16Array, length: number, e: number): boolean {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (COMMAS.includes(chars[p]!)) p++;
  const pronoun = wordAfter(chars, length, p);
  if (!HUWA.has(pronoun)) return false;
  while (p < length && SPACE(chars[p])) p++;
  return BUILDINGS.has(wordAfter(chars, length, p + pronoun.length));
}

/**
 * A masculine adjective of the pattern فعيل (الوثيق، المتين، القديم) right after the name, itself
 * followed by بين: the bond between two (الرباط الوثيق بين الأم وأبنائها); the city would take ة.
 * Only with بين: a فعيل noun after a city may be a verb-first clause's object (استقبلت الرباط الوزير).
 */
function relationalFaeel(chars: Uint16Array, length: number, e: number, next: string): boolean {
  if (next.length !== 6 || !next.startsWith(ALEF_LAM) || next[4] !== 'ي' || next === DAY_FAEEL) return false;
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  return wordAfter(chars, length, p + next.length) === BETWEEN;
}

/** A plural adjective after the mention: the common noun (islands) of a one-country name. */
function plural(chars: Uint16Array, length: number, e: number): boolean {
  const next = wordAfter(chars, length, e);
  if (!next.startsWith(ALEF_LAM)) return false;
  return QUANTIFIERS.has(next) || RECIPROCAL.test(next);
}

/** A direction noun `prev` right before the mention at `tok`, but not جهة or ناحية after من. */
function direction(chars: Uint16Array, tok: number, prev: string): boolean {
  if (!DIRECTIONS.has(prev)) return false;
  if (!SIDES.has(prev)) return true;
  return !inSet(FROM, wordBefore(chars, wordStartBefore(chars, tok)));
}

/** A verb of praying, with its conjunction when that leaves it a prayer verb (وصلى، ويصلي). */
const prayVerb = (w: string): boolean => PRAY_VERBS.has(w) || (inSet(PRAY_VERBS, w) && !NO_CONJUNCTION.has(w.slice(1)));

/**
 * A verb of praying right before the mention at `tok`, or before its definite subject (صلوا المغرب،
 * يصلي الناس المغرب); not across a preposition (صلى في المغرب: prayed in Morocco).
 */
function prayedObject(chars: Uint16Array, tok: number, prev: string): boolean {
  if (prayVerb(prev) || MISSED_VERBS.has(prev)) return true;
  if (!prev.startsWith(ALEF_LAM)) return false;
  return prayVerb(wordBefore(chars, wordStartBefore(chars, tok)));
}

/**
 * A time-of-day frame around the mention (بعد المغرب، صلاة المغرب، المغرب والعشاء، ناحية المغرب،
 * صلوا المغرب).
 */
function timeOfDay(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  // بالمغرب، للمغرب: a place. Only و or ف may stand before it (tested by code unit, no string made).
  if (s - tok > 1 || (s > tok && !AND.includes(chars[tok]!))) return false;
  const clitic = s > tok;
  const prev = wordBefore(chars, tok);
  if (!clitic && (procliticIn(TIME_FRAMES, prev) || direction(chars, tok, prev) || prayedObject(chars, tok, prev)))
    return true;
  if (clitic && (inSet(PRAYERS, prev) || direction(chars, tok, prev))) return true; // (و)العصر والمغرب
  if (clockAfter(chars, length, e)) return true;
  if (!clitic && betweenPrayers(chars, length, tok, e)) return true;
  const next = wordAfter(chars, length, e);
  return next.length > 3 && AND.includes(next.charCodeAt(0)) && PRAYERS.has(next.slice(1));
}

/** Columns of a prayer timetable: the five prayers, sunrise and the fast's start. */
const TIMETABLE = foldedSet(['الفجر', 'الصبح', 'الشروق', 'الظهر', 'العصر', 'العشاء', 'الإمساك']);
/** Separators of a list or a table row. */
const LIST_SEPARATORS = [0x060c, 0x2c, 0x7c, 0x2f]; // ، , | /

/** The word next to `at` in a list or a row (dir -1 before, +1 after), with spaces and one separator between. */
function listItem(chars: Uint16Array, length: number, at: number, dir: -1 | 1): string {
  const next = (p: number): number | undefined =>
    dir < 0 ? (p > 0 ? chars[p - 1] : undefined) : p < length ? chars[p] : undefined;
  let p = at;
  while (SPACE(next(p))) p += dir;
  const c = next(p);
  if (c !== undefined && LIST_SEPARATORS.includes(c)) {
    p += dir;
    while (SPACE(next(p))) p += dir;
  }
  let q = p;
  for (let c2 = next(q); c2 !== undefined && isWordChar(c2); c2 = next(q)) q += dir;
  return dir < 0 ? text(chars, q, p) : text(chars, p, q);
}

/**
 * A prayer or timetable column on both sides of the name in a list or a table row (الفجر، الظهر،
 * العصر، المغرب، العشاء; الظهر العصر المغرب العشاء): one side alone may be a sentence (في هذا العصر،
 * المغرب شريك…).
 */
const betweenPrayers = (chars: Uint16Array, length: number, tok: number, e: number): boolean =>
  TIMETABLE.has(listItem(chars, length, tok, -1)) && TIMETABLE.has(listItem(chars, length, e, 1));

/** A digit's value (ASCII, Arabic-Indic or Persian), or -1. */
function digit(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

/** Separators a timetable writes between a prayer's name and its time (المغرب: 18:49، المغرب | 6:10). */
const LABEL_SEPARATORS = [0x3a, 0x7c, 0x2d]; // : | -
/** The morning and evening marks after a time (6:10 م، ٠٥.٣٨ ص). */
const DAY_HALVES = foldedSet(['م', 'ص', 'مساء', 'صباحا', 'صباحاً', 'مساءً']);

/**
 * A clock time right after the name, as prayer timetables write them (العصر 3:29 م، المغرب 6:10 م،
 * المغرب 18:49): an hour, a colon and two minute digits; with a full stop (٠٥.٣٨) only when a
 * morning or evening mark follows, since a decimal number also may (صدّر المغرب 2.35 مليون طن). A
 * score (3:0) has one digit after its colon. A country has no time of day.
 */
function clockAfter(chars: Uint16Array, length: number, e: number): boolean {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (p < length && LABEL_SEPARATORS.includes(chars[p]!)) {
    p++;
    while (p < length && SPACE(chars[p])) p++;
  }
  if (p === e) return false;
  let hour = 0;
  const from = p;
  while (p < length && p - from < 3 && digit(chars[p]) >= 0) hour = hour * 10 + digit(chars[p++]);
  if (p === from || p - from > 2 || hour > 24) return false;
  const mark = chars[p];
  if (mark !== 0x3a && mark !== 0x2e) return false;
  const m1 = digit(chars[p + 1]);
  const m2 = digit(chars[p + 2]);
  if (m1 < 0 || m1 > 5 || m2 < 0 || digit(chars[p + 3]) >= 0) return false;
  return mark === 0x3a || DAY_HALVES.has(wordAfter(chars, length, p + 3));
}

/**
 * A noun of the city's streets, people or services governing the unprefixed capital at [tok, e), with
 * its own conjunction or preposition if any (في شوارع موسكو، لسكان بكين، وعمدة واشنطن): the city.
 */
const cityPart = (chars: Uint16Array, tok: number, s: number): boolean => governedBy(CITY_PARTS, chars, tok, s);

/**
 * A head noun of `heads` right before the unprefixed name at `tok` (a construct's second term), with
 * up to two proclitics of its own (بمحاذاة، وفي شوارع → شوارع).
 */
function governedBy(heads: ReadonlySet<string>, chars: Uint16Array, tok: number, s: number): boolean {
  if (s !== tok) return false; // وموسكو، بموسكو: a coordination or a place, not a construct's second term
  return governs(heads, wordBefore(chars, tok));
}

/** Whether `head`, with up to two proclitics of its own, is one of `heads` (governedBy's test of the word read). */
function governs(heads: ReadonlySet<string>, head: string): boolean {
  for (let i = 0; i <= 2 && i < head.length - 1; i++) {
    if (i > 0 && !PROCLITICS.includes(head.charCodeAt(i - 1))) break;
    if (heads.has(head.slice(i))) return true;
  }
  return false;
}

/** A plural of country governing the name, or the east coordinated after it: the region. */
function maghreb(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  if (governedBy(COUNTRIES, chars, tok, s)) return true;
  const next = wordAfter(chars, length, e);
  return next.length > 3 && AND.includes(next.charCodeAt(0)) && EAST.has(next.slice(1));
}

/** A compass or culture adjective after the mention: a part of the continent, not the country. */
const region = (chars: Uint16Array, length: number, e: number): boolean => PARTS.has(wordAfter(chars, length, e));

/**
 * A لـ genitive of an administrative unit after a compass-named region, or من and the unit (الصحراء الغربية
 * من الدولة، من البلاد): a part of that unit.
 */
function relative(chars: Uint16Array, length: number, e: number, owners: ReadonlySet<string>): boolean {
  const next = wordAfter(chars, length, e);
  if (next === FROM_WORD) {
    const unit = wordAfter(chars, length, afterWord(chars, length, e));
    return unit.startsWith(ALEF_LAM) && UNITS.has(unit.slice(2));
  }
  if (!next.startsWith(LAM) || next.startsWith(ALEF_LAM)) return false;
  if (UNITS.has(next.slice(1))) return true;
  // لـ and another country (لمصر، لليبيا، للسعودية، للولايات المتحدة): an article's alef is dropped after لـ
  const bare = next.slice(1);
  const name = owners.has(bare) || !bare.startsWith(LAM) ? bare : `${ALEF_LAM[0]}${bare}`;
  return owners.has(name) || owners.has(`${name} ${wordAfter(chars, length, afterWord(chars, length, e))}`);
}

/**
 * A person's noun in apposition right before the unprefixed name at [tok, e): a role (المهاجم
 * فاغنر), or a masculine nisba used as a noun, which nothing definite stands before (سجل البرازيلي
 * فاغنر), as a qualifying adjective would (الجيش الأوكراني فاغنر), unless that is a role.
 */
function person(chars: Uint16Array, tok: number, s: number): boolean {
  if (s !== tok) return false; // وفاغنر، لفاغنر: a coordination or an object, not an apposition
  // Roles and nisbas are definite: a word before that withoutProclitic cannot make so is neither (no string made).
  let to = tok;
  while (to > 0 && SPACE(chars[to - 1])) to--;
  if (!mayBeDefinite(chars, wordStartBefore(chars, tok), to)) return false;
  const written = wordBefore(chars, tok);
  const prev = withoutProclitic(written);
  if (ROLES.has(prev)) return true;
  if (!masculineNisba(prev)) return false;
  if (prev !== written) return true; // للبرازيلي فاغنر: a preposition governs the nisba, a noun
  const before = withoutProclitic(wordBefore(chars, wordStartBefore(chars, tok)));
  return !before.startsWith(ALEF_LAM) || ROLES.has(before); // المهاجم البرازيلي فاغنر
}

/** A firm's nouns and its shares' (شركة أباتشي، لسهم أباتشي). */
const FIRMS = foldedSet(['شركة', 'شركات', 'سهم', 'أسهم']); // not مجموعة: a group of helicopters too
/** Quotes and a colon between a market list's name and its move («أباتشي»: +2.1%). */
const MOVE_GAP = [0x20, 0xa0, 0xbb, 0xab, 0x22, 0x201d, 0x201c, 0x3a];
const PLUS = 0x2b;
const MINUSES = [0x2d, 0x2212, 0x2013];
const PERCENTS = [0x25, 0x066a]; // % ٪
const DECIMAL_POINTS = [0x2e, 0x2c, 0x066b]; // . , ٫

/** A company's sign attached to the name at [tok, e) (`company` above). */
function company(chars: Uint16Array, length: number, tok: number, e: number): boolean {
  let p = e;
  while (p < length && MOVE_GAP.includes(chars[p]!)) p++;
  if (p > e && (chars[p] === PLUS || MINUSES.includes(chars[p]!))) {
    let q = ++p;
    while (q < length && digit(chars[q]) >= 0) q++;
    // A decimal or a percent after the digits: a count is the helicopter's (أباتشي -64، أباتشي -24 وحدة: mend19ar).
    const c = chars[q]!;
    if (q > p && (PERCENTS.includes(c) || (DECIMAL_POINTS.includes(c) && digit(chars[q + 1]) >= 0))) return true;
  }
  return procliticIn(FIRMS, wordBefore(chars, tok));
}

/**
 * Nouns of a piece of music, which no armed group has: governing a name (ألحان فاغنر، سيمفونية فاغنر) or
 * before من and it (مقطوعة من فاغنر), its composer. Not أعمال (also a group's actions), nor the nouns of
 * accounts, clips and boards, which a group has as a composer does (رواية فاغنر للأحداث، مقاطع من فاغنر،
 * افتتاحية، لوحة), nor a noun of people (مقاتلين من فاغنر: its members).
 */
const WORKS = foldedSet([
  ...['موسيقى', 'ألحان', 'لحن', 'لحنا', 'مقطوعة', 'مقطوعات', 'سيمفونية', 'سيمفونيات', 'أوبرا', 'أوبرات'],
  ...['كونشرتو', 'مؤلفات'],
]);
/** Clips, which are a composer's pieces only where music is played (playedBefore), else a group's videos. */
const CLIPS = foldedSet(['مقطع', 'مقطعا', 'مقاطع']);
const FROM_WORD = foldString('من');

/** A work's noun governing the unprefixed name at [tok, s), or before من and it: the name is its author's. */
function work(chars: Uint16Array, tok: number, s: number): boolean {
  if (s !== tok) return false; // وفاغنر، لفاغنر: neither governed nor after من
  // The word before, read once for the three tests.
  const head = wordBefore(chars, tok);
  if (governs(WORKS, head)) return true;
  if (governs(CLIPS, head)) return playedBefore(chars, wordStartBefore(chars, tok));
  if (head !== FROM_WORD) return false;
  const from = wordStartBefore(chars, tok);
  const noun = wordBefore(chars, from);
  if (procliticIn(WORKS, noun)) return true;
  return procliticIn(CLIPS, noun) && playedBefore(chars, wordStartBefore(chars, from));
}

/**
 * Whether withoutProclitic may read the word chars[from, to) as definite: ال within its first three units
 * (after up to two proclitics) or لل first. Read in place, before the word is made.
 */
function mayBeDefinite(chars: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k <= from + 2 && k + 1 < to; k++) if (chars[k] === ALEF && chars[k + 1] === LAM_UNIT) return true;
  return to - from > 3 && chars[from] === LAM_UNIT && chars[from + 1] === LAM_UNIT;
}
const LAM_UNIT = 0x0644;

/** A definite word without its proclitic preposition or conjunction (للموسيقار، وبالمهاجم → ال…). */
function withoutProclitic(w: string): string {
  if (w.startsWith(LAM + LAM) && w.length > 3) return ALEF_LAM + w.slice(2);
  for (let i = 1; i <= 2 && i < w.length - 2; i++) {
    if (!PROCLITICS.includes(w.charCodeAt(i - 1))) break;
    if (w.startsWith(ALEF_LAM, i)) return w.slice(i);
  }
  return w;
}

/** A definite nisba adjective, masculine or feminine (الأمريكي، المغربية). */
const nisba = (w: string): boolean =>
  w.length >= 5 && w.startsWith(ALEF_LAM) && (w.endsWith('ي') || w.endsWith('ي' + TEH_MARBUTA)) && !SIGNED.has(w);

/** A four-digit year (ASCII or Arabic-Indic digits), or null. */
function year(w: string): number | null {
  if (w.length !== 4) return null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = w.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x660 && c <= 0x669 ? c - 0x660 : -1;
    if (d < 0) return null;
    y = y * 10 + d;
  }
  return y;
}

/** The end of the word after `e` (only spaces between), or e when there is none. */
function afterWord(chars: Uint16Array, length: number, e: number): number {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (p === e) return e;
  while (p < length && isWordChar(chars[p]!)) p++;
  return p;
}

/** A year written as the treaty's own right after its name, not one of `own` (لعام 1836). */
function otherYear(chars: Uint16Array, length: number, e: number, own: readonly number[]): boolean {
  let w = wordAfter(chars, length, e);
  let p = afterWord(chars, length, e);
  // Up to two nisba adjectives between (معاهدة الصداقة المغربية الأمريكية لعام 1836): a shorter
  // alias is read when the longer one is rejected, so it must see the same year.
  for (let i = 0; i < 2 && nisba(w); i++) {
    w = wordAfter(chars, length, p);
    p = afterWord(chars, length, p);
  }
  if (SIGNED.has(w)) {
    w = wordAfter(chars, length, p);
    p = afterWord(chars, length, p);
    if (!IN_YEAR.has(w)) return false;
  } else if (!OF_YEAR.has(w)) return false;
  let y = year(wordAfter(chars, length, p));
  if (y === null && w === IN) {
    // الموقعة في عام 1836
    const q = afterWord(chars, length, p);
    if (IN_YEAR.has(wordAfter(chars, length, p))) y = year(wordAfter(chars, length, q));
  }
  return y !== null && !own.includes(y);
}

/** بين right after the name, then another country or capital (`parties`) as the first party (بين روسيا والصين). */
function otherParties(chars: Uint16Array, length: number, e: number, parties: readonly string[]): boolean {
  if (wordAfter(chars, length, e) !== BETWEEN) return false;
  let p = afterWord(chars, length, e);
  while (p < length && SPACE(chars[p])) p++;
  for (const name of parties) {
    const end = p + name.length;
    if (end > length || (end < length && isWordChar(chars[end]!))) continue;
    if (text(chars, p, end) === name) return true;
  }
  return false;
}

const DESERT = foldedSet(['الصحراء']);
/** Sides that name a desert (الصحراء الشرقية), of DESERT_NAMES. */
const DESERT_SIDES = foldedSet(['الشرقية', 'الغربية', 'الشمالية', 'الجنوبية', 'الوسطى']);

/**
 * Another desert named by a side coordinated with the compass-named one at [tok, e): after it
 * (الصحراء الغربية والصحراء الشرقية) or before it, its و on the mention (الصحراء الشرقية والصحراء الغربية).
 */
function sides(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  const next = wordAfter(chars, length, e);
  if (next.length > 1 && AND.includes(next.charCodeAt(0)) && DESERT.has(next.slice(1)))
    return DESERT_SIDES.has(wordAfter(chars, length, afterWord(chars, length, e)));
  if (s - tok !== 1 || !AND.includes(chars[tok]!)) return false;
  const side = wordBefore(chars, tok);
  if (!DESERT_SIDES.has(side)) return false;
  return procliticIn(DESERT, wordBefore(chars, wordStartBefore(chars, tok)));
}

/** A colour or a side after the desert's name: another desert. */
const namedDesert = (chars: Uint16Array, length: number, e: number): boolean =>
  DESERT_NAMES.has(wordAfter(chars, length, e));

/** Nouns of an injury to a ligament or of its surgery, governing it (تمزق الرباط، جراحة الرباط). */
const INJURIES = foldedSet([
  ...['تمزق', 'تمزقات', 'قطع', 'انقطاع', 'إصابة', 'إصابات', 'التواء', 'شد', 'تهتك', 'ترميم', 'جراحة'],
]);
/** Nouns of surgery or injury before في الرباط (لجراحة في الرباط), read with الصليبي near (arabic-neighbours.ts). */
const OPERATIONS: ReadonlySet<string> = new Set([...INJURIES, ...foldedSet(['عملية', 'عمليات', 'جراحي', 'تدخل'])]);
/** A noun of OPERATIONS, with one proclitic of its own (لجراحة، بتمزق، وإصابة). */
const operation = (w: string): boolean =>
  OPERATIONS.has(w) || (w.length > 3 && PROCLITICS.includes(w.charCodeAt(0)) && OPERATIONS.has(w.slice(1)));
/**
 * Nouns of a body's tear or sprain, in the singular: a city is not torn, so في الرباط after one is the
 * ligament (تمزق في الرباط، الالتواء في الرباط). Not قطع or إصابة, which a city has too (قطع الكهرباء في
 * الرباط، إصابة شخصين في الرباط), nor تمزقات (a city's parties are torn too: تمزقات في الرباط بين الأحزاب).
 */
const TEARS = foldedSet(['تمزق', 'التواء', 'تهتك']);
/** A noun of TEARS, bare, definite or with up to two proclitics (لتمزق، بالتواء، الالتواء). */
const tear = (w: string): boolean => procliticIn(TEARS, w) || definiteIn(TEARS, withoutProclitic(w));
/**
 * The extent of a body's tear, the only adjectives read between it and في (تمزق جزئي في الرباط): a city's
 * rifts and roads take others (تمزق سياسي، تهتك الطرقات في الرباط).
 */
const EXTENTS = foldedSet([
  ...['جزئي', 'كامل', 'كلي', 'بسيط', 'حاد', 'خطير', 'جزئيا', 'كليا', 'طفيف', 'شديد', 'خفيف', 'قوي'],
  ...['الجزئي', 'الكامل', 'الكلي', 'البسيط', 'الحاد', 'الخطير', 'الطفيف', 'الشديد', 'الخفيف', 'القوي'],
]);

/** A tear's noun before في and the unprefixed name at `tok`, perhaps with its extent (EXTENTS) between. */
function tornIn(chars: Uint16Array, tok: number): boolean {
  if (!wordBeforeIs(chars, tok, IN)) return false;
  const at = wordStartBefore(chars, tok);
  const first = wordBefore(chars, at);
  if (first === '') return false;
  if (tear(first)) return true;
  if (!EXTENTS.has(first)) return false;
  return tear(wordBefore(chars, wordStartBefore(chars, at)));
}

/**
 * The ligament by its own adjective (الرباط الصليبي) or by its tear (تمزق جزئي في الرباط, unprefixed):
 * no city is cruciate or torn, so the window's story words (المنتخب المغربي) do not make it one.
 */
const torn = (chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean =>
  wordAfter(chars, length, e) === CRUCIATE || (s === tok && tornIn(chars, tok));

/** Injured participles, masculine, after it (الرباط الممزق); the city would take ة. */
const INJURED = foldedSet([...['الممزق', 'المتمزق', 'المقطوع', 'المصاب', 'الملتوي', 'المتهتك', 'المتضرر', 'المرمم']]);
/** Particles whose subject the name is (إن الرباط…). */
const SUBJECT_PARTICLES = foldedSet(['إن', 'أن', 'لأن', 'لكن', 'كأن']);
/**
 * Words in ي after the name that are no verb of its own: nouns (يوم الخميس، يناير) and impersonal
 * verbs, masculine whatever follows (أن الرباط يجب أن تتحرك).
 */
const NOT_VERBS = foldedSet([
  ...['يوم', 'يومي', 'يوما', 'يناير', 'يونيو', 'يوليو', 'يونيه', 'يوليه'],
  ...['يجب', 'ينبغي', 'يمكن', 'يتعين', 'يبدو', 'يفترض', 'يتوجب'],
]);
const YEH = 0x064a;
const SEEN = 0x0633;

/** A definite word whose noun is in `set` (التمزق → تمزق). */
const definiteIn = (set: ReadonlySet<string>, w: string): boolean => w.startsWith(ALEF_LAM) && set.has(w.slice(2));

/**
 * An injury around the name at [tok, e): a noun of injury governing it, unprefixed (تمزق الرباط), or
 * with لـ after a definite one and at most one adjective (القطع الكامل للرباط); an injured participle
 * after it; or a masculine imperfect verb after it as its subject (إن الرباط سيلتئم).
 */
function injury(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  const next = wordAfter(chars, length, e);
  if (INJURED.has(next)) return true;
  const clitic = text(chars, tok, s);
  if (clitic === '' && governedBy(INJURIES, chars, tok, s)) return true;
  if (clitic === LAM) {
    // للرباط after a definite injury noun, itself maybe qualified by one adjective (القطع الكامل للرباط)
    const first = wordBefore(chars, tok);
    if (definiteIn(INJURIES, first)) return true;
    if (!first.startsWith(ALEF_LAM)) return false;
    return definiteIn(INJURIES, wordBefore(chars, wordStartBefore(chars, tok)));
  }
  if (clitic === '' && ligamentNear(chars, length, tok, s, e, operation)) return true; // لجراحة في الرباط … الصليبي
  if (clitic !== '' || !inSet(SUBJECT_PARTICLES, wordBefore(chars, tok))) return false;
  const verb = next.charCodeAt(0) === SEEN ? next.slice(1) : next;
  return verb.length >= 4 && verb.charCodeAt(0) === YEH && !NOT_VERBS.has(next);
}

/** No word in the block but the name at [tok, e): a cell or a menu item. */
function alone(chars: Uint16Array, length: number, tok: number, e: number): boolean {
  for (let p = 0; p < tok; p++) if (isWordChar(chars[p]!)) return false;
  for (let p = e; p < length; p++) if (isWordChar(chars[p]!)) return false;
  return true;
}

const COMMAS = [0x2c, 0x060c]; // , ،
/** Dashes, which join a country to its city in a title as a comma does (مواقيت الصلاة في الرباط – المغرب). */
const DASHES = [0x2d, 0x2013, 0x2014]; // - – —
/** Words of the day a title's country may be followed by after a dash (الرباط – المغرب اليوم الأحد). */
const TODAY = foldedSet([
  ...['اليوم', 'غدا', 'غداً', 'الآن', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس'],
  ...['الجمعة', 'السبت'],
]);
/** What may close an address: the end, or punctuation (not a word: a list goes on). */
const CLOSERS = [0x2c, 0x060c, 0x2e, 0x3a, 0x3b, 0x29, 0x21, 0x061f, 0x3f, 0x061b, 0x7c];
/** The most words of a city's name between the place preposition and the comma (الدار البيضاء). */
const CITY_WORDS = 2;

/**
 * The country at [s, e), unprefixed, after "في <city>،" or "ب<city>،" and closing the phrase; or after
 * a dash, as a title writes it, closing the phrase or followed by the day (في الرباط – المغرب اليوم).
 */
function address(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  if (s !== tok) return false;
  let q = e;
  while (q < length && SPACE(chars[q])) q++;
  const closes = q >= length || CLOSERS.includes(chars[q]!);
  let p = tok;
  while (p > 0 && SPACE(chars[p - 1])) p--;
  if (p === 0) return false;
  const dash = DASHES.includes(chars[p - 1]!);
  if (!(closes ? dash || COMMAS.includes(chars[p - 1]!) : dash && TODAY.has(wordAfter(chars, length, e)))) return false;
  p--;
  for (let n = 0; n < CITY_WORDS; n++) {
    while (p > 0 && SPACE(chars[p - 1])) p--;
    const to = p;
    while (p > 0 && isWordChar(chars[p - 1]!)) p--;
    if (p === to) return false;
    // بالرباط، المغرب: the preposition on the city's first word.
    if (chars[p] === 0x0628 && chars[p + 1] === 0x0627 && chars[p + 2] === 0x0644) return true;
    if (wordBefore(chars, p) === IN) return true;
  }
  return false;
}

const BEH = 0x0628;

/**
 * The country at [tok, e) coordinated with another country in a list (تونس والجزائر والمغرب وليبيا;
 * المغرب، الجزائر، تونس): the Maghreb's five are countries, one of them this one. The neighbour is
 * joined by و (on the name or on it) or by a list separator. `listed`: the other countries' one-word names.
 */
function countryList(
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
  listed: ReadonlySet<string>,
): boolean {
  const joinedBefore = (s > tok && AND.includes(chars[tok]!)) || separatorAt(chars, length, tok, -1);
  if (joinedBefore && inSet(listed, listItem(chars, length, tok, -1))) return true;
  // Without a separator, the word after (read in place: most mentions have no list) must start with و or ف.
  if (!separatorAt(chars, length, e, 1)) {
    let p = e;
    while (p < length && SPACE(chars[p])) p++;
    let q = p;
    while (q < length && isWordChar(chars[q]!)) q++;
    if (q - p <= 2 || !AND.includes(chars[p]!)) return false;
  }
  return inSet(listed, listItem(chars, length, e, 1));
}

/** Whether a list separator stands next to `at` (dir -1 before, +1 after), with only spaces between. */
function separatorAt(chars: Uint16Array, length: number, at: number, dir: -1 | 1): boolean {
  let p = dir < 0 ? at - 1 : at;
  while (p >= 0 && p < length && SPACE(chars[p])) p += dir;
  return p >= 0 && p < length && LIST_SEPARATORS.includes(chars[p]!);
}

/**
 * في, with its conjunction (وفي المغرب), and the nouns of a country's side (في شمال المغرب، بجنوب المغرب، مدن
 * شرق المغرب): the sunset has none.
 */
const PLACED_AFTER = foldedSet(['في', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'أقصى']);

/**
 * The country after a place preposition (في المغرب، وفي المغرب، بالمغرب: موائد الإفطار في المغرب), where the
 * prayer's time is read after other words (بعد، عند، وقت: timeOfDay), or governed by a noun of its side (في
 * شمال المغرب). Not before a nisba (في المغرب الإسلامي: a region).
 */
function placed(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  const prep = s === tok ? procliticIn(PLACED_AFTER, wordBefore(chars, tok)) : s - tok === 1 && chars[tok] === BEH;
  return prep && !masculineNisba(wordAfter(chars, length, e));
}

const STANCES = foldedSet(STANCE_VERBS);
/** Verbs of the prayer's time coming, after its name as their subject (إن المغرب يحين في السادسة). */
const COMES = foldedSet(['يحين', 'حان', 'يؤذن', 'أذن', 'دخل', 'يدخل']);

/** Nouns of the prayer's own law, in the two words after its name (إن المغرب ثلاث ركعات، وقت الشفق). */
const RITE_NOUNS = foldedSet(['ركعة', 'ركعات', 'ركعتان', 'ركعتين', 'الشفق', 'وتر']);
const TEH = 0x062a;
const HA = foldString('ها');

/**
 * The prayer's feminine agreement in the two words after its name, the subject of إن/أن: a ت-imperfect
 * first (إن المغرب تعجل، تسمى، ستؤخر; not with the country's masculine pronoun, تربطه) or a resumptive ـها
 * (أن المغرب وقتها، يسن فيها، يستحب تعجيلها; not on a ي-verb, whose object it is: يعتبرها), or a noun of
 * its rite. The country is masculine: إن المغرب يستضيف.
 */
function prayerAgrees(chars: Uint16Array, length: number, e: number): boolean {
  const next = wordAfter(chars, length, e);
  const second = wordAfter(chars, length, afterWord(chars, length, e));
  const verb = next.charCodeAt(0) === SEEN ? next.slice(1) : next;
  if (verb.length >= 3 && verb.charCodeAt(0) === TEH && !next.endsWith(TEH_MARBUTA)) return true;
  for (const w of [next, second])
    if ((w.endsWith(HA) && w.length > 3 && w.charCodeAt(0) !== YEH) || RITE_NOUNS.has(w)) return true;
  return false;
}

/**
 * The name at [tok, e), unprefixed, as an actor: after إن/أن or a verb of stance (`country` above), not
 * the Maghreb, nor the sunset whose time comes after it or which agrees as a feminine (prayerAgrees).
 */
function actor(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  if (s !== tok) return false;
  const before = wordBefore(chars, tok);
  const particle = inSet(SUBJECT_PARTICLES, before);
  if (!particle && !inSet(STANCES, before)) return false;
  if (particle && prayerAgrees(chars, length, e)) return false;
  return !COMES.has(wordAfter(chars, length, e)) && !maghreb(chars, length, tok, s, e);
}

type Check = (chars: Uint16Array, length: number, tok: number, s: number, e: number, rule: ArabicShapeRule) => boolean;

const CHECKS: Record<ArabicCue, Check> = {
  feminine: masculine,
  injury,
  torn,
  alone: (chars, length, tok, _s, e) => alone(chars, length, tok, e),
  plural: (chars, length, _tok, _s, e) => plural(chars, length, e),
  timeOfDay,
  region: (chars, length, _tok, _s, e) => region(chars, length, e),
  relative: (chars, length, _tok, _s, e, rule) => relative(chars, length, e, rule.countries.owners),
  namedDesert: (chars, length, _tok, _s, e) => namedDesert(chars, length, e),
  namedCoast: (chars, length, _tok, _s, e) => COAST_NAMES.has(wordAfter(chars, length, e)),
  dated: (chars, length, _tok, _s, e, rule) => otherYear(chars, length, e, rule.years),
  person: (chars, _length, tok, s) => person(chars, tok, s),
  company: (chars, length, tok, _s, e) => company(chars, length, tok, e),
  work: (chars, _length, tok, s) => work(chars, tok, s),
  cityPart: (chars, _length, tok, s) => cityPart(chars, tok, s),
  coastline: (chars, _length, tok, s) => governedBy(ALONG, chars, tok, s),
  maghreb,
  parties: (chars, length, _tok, _s, e, rule) => otherParties(chars, length, e, rule.countries.parties),
  prussia: (chars, length, tok, s, e) => prussia(chars, length, tok, s, e),
  oasis: (chars, length, _tok, s, e) => oasis(chars, length, s, e),
  sides,
  capital: (chars, length, tok, s, e) => wordAfter(chars, length, e) === CAPITAL || governedBy(CITY, chars, tok, s),
  country: (chars, length, tok, s, e, rule) =>
    address(chars, length, tok, s, e) ||
    placed(chars, length, tok, s, e) ||
    countryList(chars, length, tok, s, e, rule.countries.listed) ||
    actor(chars, length, tok, s, e),
  city: (chars, length, tok, s, e) => (s - tok === 1 && chars[tok] === BEH) || cityList(chars, length, e),
};

/**
 * Names whose other senses all show in their own words or sentence, which their cues read (الصحراء
 * الغربية: Egypt's desert by its oases, its sister side, a governorate after it; another country's by
 * foreign-qualifier.ts). Left open by its window, such a name is its entity's, as on most real pages,
 * unless the page names the other sense (page-evidence.ts: UNLESS_OTHER).
 */
const USUAL_NAMES = foldedSet(['الصحراء الغربية']);

/**
 * Whether folded chars[s, e) spell a name of USUAL_NAMES (asked only of a name its window left open),
 * compared in place: a string made of every such name cost 0.7 % of find.
 */
export const usualName = (chars: Uint16Array, s: number, e: number): boolean => {
  for (const name of USUAL_NAMES) if (spells(chars, s, e, name, 0)) return true;
  return false;
};

/** An entity's checked aliases, folded, with their cues. */
/** The entities with Arabic shape cues (the matcher looks up the others' aliases no further). */
export const ARABIC_SHAPE_ENTITIES: readonly string[] = Object.keys(ARABIC_SHAPES);

/** The other countries' folded Arabic names that the cues read, from the matcher's country table. */
export interface ArabicCountries {
  /** Names and capitals of the countries outside the story, for `parties`. */
  parties: readonly string[];
  /**
   * Countries, after لـ (للسعودية، للولايات المتحدة), of whose territory a compass-named region is a part
   * (`relative`): not the conflict's parties, to whom the territory was handed or whose claim it is
   * (للمغرب، لموريتانيا، للجزائر، لإسبانيا).
   */
  owners: ReadonlySet<string>;
  /** One-word names of the countries a list may name beside the story's (تونس، الجزائر، ليبيا), for `country`. */
  listed: ReadonlySet<string>;
}

/** The ArabicCountries of a country table. */
export function arabicCountries(table: readonly Country[]): ArabicCountries {
  const except = (codes: readonly string[]): Country[] => table.filter((c) => !codes.includes(c.code));
  const arabic = (w: string): boolean => /[\u0600-\u06ff]/u.test(w);
  return {
    parties: except(STORY_COUNTRIES)
      .flatMap((c) => [...c.arNames, ...c.capitals.filter(arabic)])
      .map((w) => foldString(w)),
    owners: foldedSet(except(['ma', 'eh', 'mr', 'dz', 'es']).flatMap((c) => c.arNames)),
    listed: foldedSet(except(['ma', 'eh']).flatMap((c) => c.arNames.filter((w) => !w.includes(' ')))),
  };
}

export interface ArabicShapeRule {
  /** Each checked alias, folded, with its cues and their checks (CHECKS[cue], looked up once). */
  words: readonly { word: string; cues: readonly ArabicCue[]; checks: readonly Check[] }[];
  /** The entity's own years, for `dated`. */
  years: readonly number[];
  countries: ArabicCountries;
}

/** The rule of an entity, or null when none of its aliases is checked. */
export function arabicShapeRule(
  entityId: string,
  countries: ArabicCountries,
  shapes: Readonly<Record<string, Readonly<Record<string, readonly ArabicCue[]>>>> = ARABIC_SHAPES,
  years: readonly number[] = YEARS[entityId] ?? [],
): ArabicShapeRule | null {
  const aliases = shapes[entityId];
  if (aliases === undefined) return null;
  const words = Object.entries(aliases).map(([word, cues]) => ({
    word: foldString(word),
    cues,
    checks: cues.map((cue) => CHECKS[cue]),
  }));
  return { words, years, countries };
}

/**
 * The cue by which the shape of the Arabic mention at folded [tok, e) (its name at [s, e), after any
 * proclitics, or its second ل in a لل contraction) says it is another sense, or null when none does.
 */
export function arabicShapeCue(
  rule: ArabicShapeRule,
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
): ArabicCue | null {
  for (const { word, cues, checks } of rule.words) {
    // للرباط: the pattern is the name without its alef.
    if (!spells(chars, s, e, word, 0) && !spells(chars, s, e, word, 1)) continue;
    for (let i = 0; i < cues.length; i++) if (checks[i]!(chars, length, tok, s, e, rule)) return cues[i]!;
  }
  return null;
}

/** Whether chars[s, e) is word.slice(from), compared in place (most mentions are of other aliases). */
function spells(chars: Uint16Array, s: number, e: number, word: string, from: number): boolean {
  if (e - s !== word.length - from) return false;
  for (let i = 0; i < e - s; i++) if (chars[s + i] !== word.charCodeAt(from + i)) return false;
  return true;
}
