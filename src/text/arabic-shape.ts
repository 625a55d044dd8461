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
import type { ArabicShapeWords } from './arabic-shape-words';
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

/** The reciprocal participle, feminine, with the article (المتناثرة، المتقاربة، المتجاورة): of many things. */
const RECIPROCAL = /^المت[^ا]ا[^ا]{2}ه$/u; // ة is folded to ه
/** The capital in apposition after a country named like it (الجزائر العاصمة). */
const CAPITAL = foldString('العاصمة');

const LAM = foldString('ل');
const IN = foldString('في');

const ALEF_LAM = 'ال';
const BETWEEN = foldString('بين');
/** The one weekday of the pattern فعيل (a dateline: الرباط الخميس). */
const DAY_FAEEL = foldString('الخميس');
const TEH_MARBUTA = foldString('ة');

/** A masculine nisba adjective with the article (الصليبي، الأسري): ends in ي, not a nisba's feminine. */
const masculineNisba = (w: string): boolean => w.length >= 5 && w.startsWith(ALEF_LAM) && w.endsWith('ي');

/** Masculine agreement with the mention at [tok, e): the common noun of a feminine place name. */
function masculine(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
): boolean {
  // With a proclitic (والرباط، بالرباط) the word before is never read below.
  const prev = s === tok ? wordBefore(chars, tok) : '';
  // After a preposition or العاصمة (في الرباط، وهو معلم؛ بالعاصمة الرباط) it is the landmark's before (mend19ar).
  if (s === tok && !inSet(words.notHeads, prev) && !prev.endsWith(CAPITAL) && building(words, chars, length, e))
    return true;
  const next = wordAfter(chars, length, e);
  if (
    words.masculineRelatives.has(next) ||
    words.fortWalls.has(next) ||
    (s === tok && inSet(words.masculineCopulas, prev))
  )
    return true;
  if (!masculineNisba(next) && !relationalFaeel(chars, length, e, next)) return false;
  // The adjective may qualify a construct's head before the name (مطار الرباط الدولي): only a
  // proclitic preposition, a particle, a definite word, a feminine head in ة (إصابة الرباط
  // الصليبي: the adjective cannot agree with it) or nothing may stand before it.
  return (
    s > tok || prev === '' || prev.startsWith(ALEF_LAM) || prev.endsWith(TEH_MARBUTA) || inSet(words.notHeads, prev)
  );
}

/**
 * A masculine pronoun and a noun of a building in apposition after the name, a comma perhaps between
 * (الرباط، وهو حصن بني في القرن الثامن): the fort; the city would take وهي مدينة. Not a person's حال
 * (زار الرباط، وهو أول رئيس…): no building noun follows there.
 */
function building(words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (COMMAS.includes(chars[p]!)) p++;
  const pronoun = wordAfter(chars, length, p);
  if (!words.huwa.has(pronoun)) return false;
  while (p < length && SPACE(chars[p])) p++;
  return words.buildings.has(wordAfter(chars, length, p + pronoun.length));
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
function plural(words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean {
  const next = wordAfter(chars, length, e);
  if (!next.startsWith(ALEF_LAM)) return false;
  return words.quantifiers.has(next) || RECIPROCAL.test(next);
}

/** A direction noun `prev` right before the mention at `tok`, but not جهة or ناحية after من. */
function direction(words: ArabicShapeSets, chars: Uint16Array, tok: number, prev: string): boolean {
  if (!words.directions.has(prev)) return false;
  if (!words.sides.has(prev)) return true;
  return !inSet(words.from, wordBefore(chars, wordStartBefore(chars, tok)));
}

/** A verb of praying, with its conjunction when that leaves it a prayer verb (وصلى، ويصلي). */
const prayVerb = (words: ArabicShapeSets, w: string): boolean =>
  words.prayVerbs.has(w) || (inSet(words.prayVerbs, w) && !words.noConjunction.has(w.slice(1)));

/**
 * A verb of praying right before the mention at `tok`, or before its definite subject (صلوا المغرب،
 * يصلي الناس المغرب); not across a preposition (صلى في المغرب: prayed in Morocco).
 */
function prayedObject(words: ArabicShapeSets, chars: Uint16Array, tok: number, prev: string): boolean {
  if (prayVerb(words, prev) || words.missedVerbs.has(prev)) return true;
  if (!prev.startsWith(ALEF_LAM)) return false;
  return prayVerb(words, wordBefore(chars, wordStartBefore(chars, tok)));
}

/**
 * A time-of-day frame around the mention (بعد المغرب، صلاة المغرب، المغرب والعشاء، ناحية المغرب،
 * صلوا المغرب).
 */
function timeOfDay(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
): boolean {
  // بالمغرب، للمغرب: a place. Only و or ف may stand before it (tested by code unit, no string made).
  if (s - tok > 1 || (s > tok && !AND.includes(chars[tok]!))) return false;
  const clitic = s > tok;
  const prev = wordBefore(chars, tok);
  if (
    !clitic &&
    (procliticIn(words.timeFrames, prev) || direction(words, chars, tok, prev) || prayedObject(words, chars, tok, prev))
  )
    return true;
  if (clitic && (inSet(words.prayers, prev) || direction(words, chars, tok, prev))) return true; // (و)العصر والمغرب
  if (clockAfter(words, chars, length, e)) return true;
  if (!clitic && betweenPrayers(words, chars, length, tok, e)) return true;
  const next = wordAfter(chars, length, e);
  return next.length > 3 && AND.includes(next.charCodeAt(0)) && words.prayers.has(next.slice(1));
}

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
const betweenPrayers = (words: ArabicShapeSets, chars: Uint16Array, length: number, tok: number, e: number): boolean =>
  words.timetable.has(listItem(chars, length, tok, -1)) && words.timetable.has(listItem(chars, length, e, 1));

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

/**
 * A clock time right after the name, as prayer timetables write them (العصر 3:29 م، المغرب 6:10 م،
 * المغرب 18:49): an hour, a colon and two minute digits; with a full stop (٠٥.٣٨) only when a
 * morning or evening mark follows, since a decimal number also may (صدّر المغرب 2.35 مليون طن). A
 * score (3:0) has one digit after its colon. A country has no time of day.
 */
function clockAfter(words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean {
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
  return mark === 0x3a || words.dayHalves.has(wordAfter(chars, length, p + 3));
}

/**
 * A noun of the city's streets, people or services governing the unprefixed capital at [tok, e), with
 * its own conjunction or preposition if any (في شوارع موسكو، لسكان بكين، وعمدة واشنطن): the city.
 */
const cityPart = (words: ArabicShapeSets, chars: Uint16Array, tok: number, s: number): boolean =>
  governedBy(words.cityParts, chars, tok, s);

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
function maghreb(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
): boolean {
  if (governedBy(words.countries, chars, tok, s)) return true;
  const next = wordAfter(chars, length, e);
  return next.length > 3 && AND.includes(next.charCodeAt(0)) && words.east.has(next.slice(1));
}

/** A compass or culture adjective after the mention: a part of the continent, not the country. */
const region = (words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean =>
  words.parts.has(wordAfter(chars, length, e));

/**
 * A لـ genitive of an administrative unit after a compass-named region, or من and the unit (الصحراء الغربية
 * من الدولة، من البلاد): a part of that unit.
 */
function relative(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  e: number,
  owners: ReadonlySet<string>,
): boolean {
  const next = wordAfter(chars, length, e);
  if (next === FROM_WORD) {
    const unit = wordAfter(chars, length, afterWord(chars, length, e));
    return unit.startsWith(ALEF_LAM) && words.units.has(unit.slice(2));
  }
  if (!next.startsWith(LAM) || next.startsWith(ALEF_LAM)) return false;
  if (words.units.has(next.slice(1))) return true;
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
function person(words: ArabicShapeSets, chars: Uint16Array, tok: number, s: number): boolean {
  if (s !== tok) return false; // وفاغنر، لفاغنر: a coordination or an object, not an apposition
  // Roles and nisbas are definite: a word before that withoutProclitic cannot make so is neither (no string made).
  let to = tok;
  while (to > 0 && SPACE(chars[to - 1])) to--;
  if (!mayBeDefinite(chars, wordStartBefore(chars, tok), to)) return false;
  const written = wordBefore(chars, tok);
  const prev = withoutProclitic(written);
  if (words.roles.has(prev)) return true;
  if (!masculineNisba(prev)) return false;
  if (prev !== written) return true; // للبرازيلي فاغنر: a preposition governs the nisba, a noun
  const before = withoutProclitic(wordBefore(chars, wordStartBefore(chars, tok)));
  return !before.startsWith(ALEF_LAM) || words.roles.has(before); // المهاجم البرازيلي فاغنر
}

/** Quotes and a colon between a market list's name and its move («أباتشي»: +2.1%). */
const MOVE_GAP = [0x20, 0xa0, 0xbb, 0xab, 0x22, 0x201d, 0x201c, 0x3a];
const PLUS = 0x2b;
const MINUSES = [0x2d, 0x2212, 0x2013];
const PERCENTS = [0x25, 0x066a]; // % ٪
const DECIMAL_POINTS = [0x2e, 0x2c, 0x066b]; // . , ٫

/** A company's sign attached to the name at [tok, e) (`company` above). */
function company(words: ArabicShapeSets, chars: Uint16Array, length: number, tok: number, e: number): boolean {
  let p = e;
  while (p < length && MOVE_GAP.includes(chars[p]!)) p++;
  if (p > e && (chars[p] === PLUS || MINUSES.includes(chars[p]!))) {
    let q = ++p;
    while (q < length && digit(chars[q]) >= 0) q++;
    // A decimal or a percent after the digits: a count is the helicopter's (أباتشي -64، أباتشي -24 وحدة: mend19ar).
    const c = chars[q]!;
    if (q > p && (PERCENTS.includes(c) || (DECIMAL_POINTS.includes(c) && digit(chars[q + 1]) >= 0))) return true;
  }
  return procliticIn(words.firms, wordBefore(chars, tok));
}

const FROM_WORD = foldString('من');

/** A work's noun governing the unprefixed name at [tok, s), or before من and it: the name is its author's. */
function work(words: ArabicShapeSets, chars: Uint16Array, tok: number, s: number): boolean {
  if (s !== tok) return false; // وفاغنر، لفاغنر: neither governed nor after من
  // The word before, read once for the three tests.
  const head = wordBefore(chars, tok);
  if (governs(words.works, head)) return true;
  if (governs(words.clips, head)) return playedBefore(chars, wordStartBefore(chars, tok));
  if (head !== FROM_WORD) return false;
  const from = wordStartBefore(chars, tok);
  const noun = wordBefore(chars, from);
  if (procliticIn(words.works, noun)) return true;
  return procliticIn(words.clips, noun) && playedBefore(chars, wordStartBefore(chars, from));
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
const nisba = (words: ArabicShapeSets, w: string): boolean =>
  w.length >= 5 && w.startsWith(ALEF_LAM) && (w.endsWith('ي') || w.endsWith('ي' + TEH_MARBUTA)) && !words.signed.has(w);

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
function otherYear(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  e: number,
  own: readonly number[],
): boolean {
  let w = wordAfter(chars, length, e);
  let p = afterWord(chars, length, e);
  // Up to two nisba adjectives between (معاهدة الصداقة المغربية الأمريكية لعام 1836): a shorter
  // alias is read when the longer one is rejected, so it must see the same year.
  for (let i = 0; i < 2 && nisba(words, w); i++) {
    w = wordAfter(chars, length, p);
    p = afterWord(chars, length, p);
  }
  if (words.signed.has(w)) {
    w = wordAfter(chars, length, p);
    p = afterWord(chars, length, p);
    if (!words.inYear.has(w)) return false;
  } else if (!words.ofYear.has(w)) return false;
  let y = year(wordAfter(chars, length, p));
  if (y === null && w === IN) {
    // الموقعة في عام 1836
    const q = afterWord(chars, length, p);
    if (words.inYear.has(wordAfter(chars, length, p))) y = year(wordAfter(chars, length, q));
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

/**
 * Another desert named by a side coordinated with the compass-named one at [tok, e): after it
 * (الصحراء الغربية والصحراء الشرقية) or before it, its و on the mention (الصحراء الشرقية والصحراء الغربية).
 */
function sides(words: ArabicShapeSets, chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  const next = wordAfter(chars, length, e);
  if (next.length > 1 && AND.includes(next.charCodeAt(0)) && words.desert.has(next.slice(1)))
    return words.desertSides.has(wordAfter(chars, length, afterWord(chars, length, e)));
  if (s - tok !== 1 || !AND.includes(chars[tok]!)) return false;
  const side = wordBefore(chars, tok);
  if (!words.desertSides.has(side)) return false;
  return procliticIn(words.desert, wordBefore(chars, wordStartBefore(chars, tok)));
}

/** A colour or a side after the desert's name: another desert. */
const namedDesert = (words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean =>
  words.desertNames.has(wordAfter(chars, length, e));

/** A noun of OPERATIONS, with one proclitic of its own (لجراحة، بتمزق، وإصابة). */
const operation = (words: ArabicShapeSets, w: string): boolean =>
  words.operations.has(w) || (w.length > 3 && PROCLITICS.includes(w.charCodeAt(0)) && words.operations.has(w.slice(1)));
/** A noun of TEARS, bare, definite or with up to two proclitics (لتمزق، بالتواء، الالتواء). */
const tear = (words: ArabicShapeSets, w: string): boolean =>
  procliticIn(words.tears, w) || definiteIn(words.tears, withoutProclitic(w));

/** A tear's noun before في and the unprefixed name at `tok`, perhaps with its extent (EXTENTS) between. */
function tornIn(words: ArabicShapeSets, chars: Uint16Array, tok: number): boolean {
  if (!wordBeforeIs(chars, tok, IN)) return false;
  const at = wordStartBefore(chars, tok);
  const first = wordBefore(chars, at);
  if (first === '') return false;
  if (tear(words, first)) return true;
  if (!words.extents.has(first)) return false;
  return tear(words, wordBefore(chars, wordStartBefore(chars, at)));
}

/**
 * The ligament by its own adjective (الرباط الصليبي) or by its tear (تمزق جزئي في الرباط, unprefixed):
 * no city is cruciate or torn, so the window's story words (المنتخب المغربي) do not make it one.
 */
const torn = (words: ArabicShapeSets, chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean =>
  wordAfter(chars, length, e) === CRUCIATE || (s === tok && tornIn(words, chars, tok));

const YEH = 0x064a;
const SEEN = 0x0633;

/** A definite word whose noun is in `set` (التمزق → تمزق). */
const definiteIn = (set: ReadonlySet<string>, w: string): boolean => w.startsWith(ALEF_LAM) && set.has(w.slice(2));

/**
 * An injury around the name at [tok, e): a noun of injury governing it, unprefixed (تمزق الرباط), or
 * with لـ after a definite one and at most one adjective (القطع الكامل للرباط); an injured participle
 * after it; or a masculine imperfect verb after it as its subject (إن الرباط سيلتئم).
 */
function injury(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
): boolean {
  const next = wordAfter(chars, length, e);
  if (words.injured.has(next)) return true;
  const clitic = text(chars, tok, s);
  if (clitic === '' && governedBy(words.injuries, chars, tok, s)) return true;
  if (clitic === LAM) {
    // للرباط after a definite injury noun, itself maybe qualified by one adjective (القطع الكامل للرباط)
    const first = wordBefore(chars, tok);
    if (definiteIn(words.injuries, first)) return true;
    if (!first.startsWith(ALEF_LAM)) return false;
    return definiteIn(words.injuries, wordBefore(chars, wordStartBefore(chars, tok)));
  }
  if (clitic === '' && ligamentNear(chars, length, tok, s, e, (w) => operation(words, w))) return true; // لجراحة في الرباط … الصليبي
  if (clitic !== '' || !inSet(words.subjectParticles, wordBefore(chars, tok))) return false;
  const verb = next.charCodeAt(0) === SEEN ? next.slice(1) : next;
  return verb.length >= 4 && verb.charCodeAt(0) === YEH && !words.notVerbs.has(next);
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
/** What may close an address: the end, or punctuation (not a word: a list goes on). */
const CLOSERS = [0x2c, 0x060c, 0x2e, 0x3a, 0x3b, 0x29, 0x21, 0x061f, 0x3f, 0x061b, 0x7c];
/** The most words of a city's name between the place preposition and the comma (الدار البيضاء). */
const CITY_WORDS = 2;

/**
 * The country at [s, e), unprefixed, after "في <city>،" or "ب<city>،" and closing the phrase; or after
 * a dash, as a title writes it, closing the phrase or followed by the day (في الرباط – المغرب اليوم).
 */
function address(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
): boolean {
  if (s !== tok) return false;
  let q = e;
  while (q < length && SPACE(chars[q])) q++;
  const closes = q >= length || CLOSERS.includes(chars[q]!);
  let p = tok;
  while (p > 0 && SPACE(chars[p - 1])) p--;
  if (p === 0) return false;
  const dash = DASHES.includes(chars[p - 1]!);
  if (!(closes ? dash || COMMAS.includes(chars[p - 1]!) : dash && words.today.has(wordAfter(chars, length, e))))
    return false;
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
 * The country after a place preposition (في المغرب، وفي المغرب، بالمغرب: موائد الإفطار في المغرب), where the
 * prayer's time is read after other words (بعد، عند، وقت: timeOfDay), or governed by a noun of its side (في
 * شمال المغرب). Not before a nisba (في المغرب الإسلامي: a region).
 */
function placed(
  words: ArabicShapeSets,
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
): boolean {
  const prep = s === tok ? procliticIn(words.placedAfter, wordBefore(chars, tok)) : s - tok === 1 && chars[tok] === BEH;
  return prep && !masculineNisba(wordAfter(chars, length, e));
}

const STANCES = foldedSet(STANCE_VERBS);

const TEH = 0x062a;
const HA = foldString('ها');

/**
 * The prayer's feminine agreement in the two words after its name, the subject of إن/أن: a ت-imperfect
 * first (إن المغرب تعجل، تسمى، ستؤخر; not with the country's masculine pronoun, تربطه) or a resumptive ـها
 * (أن المغرب وقتها، يسن فيها، يستحب تعجيلها; not on a ي-verb, whose object it is: يعتبرها), or a noun of
 * its rite. The country is masculine: إن المغرب يستضيف.
 */
function prayerAgrees(words: ArabicShapeSets, chars: Uint16Array, length: number, e: number): boolean {
  const next = wordAfter(chars, length, e);
  const second = wordAfter(chars, length, afterWord(chars, length, e));
  const verb = next.charCodeAt(0) === SEEN ? next.slice(1) : next;
  if (verb.length >= 3 && verb.charCodeAt(0) === TEH && !next.endsWith(TEH_MARBUTA)) return true;
  for (const w of [next, second])
    if ((w.endsWith(HA) && w.length > 3 && w.charCodeAt(0) !== YEH) || words.riteNouns.has(w)) return true;
  return false;
}

/**
 * The name at [tok, e), unprefixed, as an actor: after إن/أن or a verb of stance (`country` above), not
 * the Maghreb, nor the sunset whose time comes after it or which agrees as a feminine (prayerAgrees).
 */
function actor(words: ArabicShapeSets, chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  if (s !== tok) return false;
  const before = wordBefore(chars, tok);
  const particle = inSet(words.subjectParticles, before);
  if (!particle && !inSet(STANCES, before)) return false;
  if (particle && prayerAgrees(words, chars, length, e)) return false;
  return !words.comes.has(wordAfter(chars, length, e)) && !maghreb(words, chars, length, tok, s, e);
}

type Check = (chars: Uint16Array, length: number, tok: number, s: number, e: number, rule: ArabicShapeRule) => boolean;

const CHECKS: Record<ArabicCue, Check> = {
  feminine: (chars, length, tok, s, e, rule) => masculine(rule.sets, chars, length, tok, s, e),
  injury: (chars, length, tok, s, e, rule) => injury(rule.sets, chars, length, tok, s, e),
  torn: (chars, length, tok, s, e, rule) => torn(rule.sets, chars, length, tok, s, e),
  alone: (chars, length, tok, _s, e) => alone(chars, length, tok, e),
  plural: (chars, length, _tok, _s, e, rule) => plural(rule.sets, chars, length, e),
  timeOfDay: (chars, length, tok, s, e, rule) => timeOfDay(rule.sets, chars, length, tok, s, e),
  region: (chars, length, _tok, _s, e, rule) => region(rule.sets, chars, length, e),
  relative: (chars, length, _tok, _s, e, rule) => relative(rule.sets, chars, length, e, rule.countries.owners),
  namedDesert: (chars, length, _tok, _s, e, rule) => namedDesert(rule.sets, chars, length, e),
  namedCoast: (chars, length, _tok, _s, e, rule) => rule.sets.coastNames.has(wordAfter(chars, length, e)),
  dated: (chars, length, _tok, _s, e, rule) => otherYear(rule.sets, chars, length, e, rule.years),
  person: (chars, _length, tok, s, _e, rule) => person(rule.sets, chars, tok, s),
  company: (chars, length, tok, _s, e, rule) => company(rule.sets, chars, length, tok, e),
  work: (chars, _length, tok, s, _e, rule) => work(rule.sets, chars, tok, s),
  cityPart: (chars, _length, tok, s, _e, rule) => cityPart(rule.sets, chars, tok, s),
  coastline: (chars, _length, tok, s, _e, rule) => governedBy(rule.sets.along, chars, tok, s),
  maghreb: (chars, length, tok, s, e, rule) => maghreb(rule.sets, chars, length, tok, s, e),
  parties: (chars, length, _tok, _s, e, rule) => otherParties(chars, length, e, rule.countries.parties),
  prussia: (chars, length, tok, s, e) => prussia(chars, length, tok, s, e),
  oasis: (chars, length, _tok, s, e) => oasis(chars, length, s, e),
  sides: (chars, length, tok, s, e, rule) => sides(rule.sets, chars, length, tok, s, e),
  capital: (chars, length, tok, s, e, rule) =>
    wordAfter(chars, length, e) === CAPITAL || governedBy(rule.sets.city, chars, tok, s),
  country: (chars, length, tok, s, e, rule) =>
    address(rule.sets, chars, length, tok, s, e) ||
    placed(rule.sets, chars, length, tok, s, e) ||
    countryList(chars, length, tok, s, e, rule.countries.listed) ||
    actor(rule.sets, chars, length, tok, s, e),
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

/** The cues' word sets, built once per matcher from the record's lists (arabic-shape-words.ts). */
export function arabicShapeSets(w: ArabicShapeWords) {
  const injuries = foldedSet(w.injuries);
  return {
    masculineRelatives: foldedSet(w.masculineRelatives),
    masculineCopulas: foldedSet(w.masculineCopulas),
    fortWalls: foldedSet(w.fortWalls),
    buildings: foldedSet(w.buildings),
    huwa: foldedSet(w.huwa),
    notHeads: foldedSet(w.notHeads),
    quantifiers: foldedSet(w.quantifiers),
    timeFrames: foldedSet(w.timeFrames),
    prayVerbs: foldedSet(w.prayVerbs),
    missedVerbs: foldedSet(w.missedVerbs),
    noConjunction: foldedSet(w.noConjunction),
    prayers: foldedSet(w.prayers),
    directions: foldedSet(w.directions),
    city: foldedSet(w.city),
    countries: foldedSet(w.countries),
    east: foldedSet(w.east),
    sides: foldedSet(w.sides),
    from: foldedSet(w.from),
    cityParts: foldedSet(w.cityParts),
    parts: foldedSet(w.parts),
    units: foldedSet(w.units),
    desertNames: foldedSet(w.desertNames),
    ofYear: foldedSet(w.ofYear),
    signed: foldedSet(w.signed),
    inYear: foldedSet(w.inYear),
    coastNames: foldedSet(w.coastNames),
    along: foldedSet(w.along),
    roles: foldedSet(w.roles),
    timetable: foldedSet(w.timetable),
    dayHalves: foldedSet(w.dayHalves),
    firms: foldedSet(w.firms),
    works: foldedSet(w.works),
    clips: foldedSet(w.clips),
    desert: foldedSet(w.desert),
    desertSides: foldedSet(w.desertSides),
    injuries,
    operations: new Set([...injuries, ...foldedSet(w.operations)]),
    tears: foldedSet(w.tears),
    extents: foldedSet(w.extents),
    injured: foldedSet(w.injured),
    subjectParticles: foldedSet(w.subjectParticles),
    notVerbs: foldedSet(w.notVerbs),
    today: foldedSet(w.today),
    placedAfter: foldedSet(w.placedAfter),
    comes: foldedSet(w.comes),
    riteNouns: foldedSet(w.riteNouns),
  };
}
export type ArabicShapeSets = ReturnType<typeof arabicShapeSets>;

export interface ArabicShapeRule {
  /** Each checked alias, folded, with its cues and their checks (CHECKS[cue], looked up once). */
  words: readonly { word: string; cues: readonly ArabicCue[]; checks: readonly Check[] }[];
  /** The entity's own years, for `dated`. */
  years: readonly number[];
  countries: ArabicCountries;
  /** The cues' word sets (arabic-shape-words.ts), one for every rule of a matcher. */
  sets: ArabicShapeSets;
}

/** The rule of an entity, or null when none of its aliases is checked. */
export function arabicShapeRule(
  entityId: string,
  countries: ArabicCountries,
  sets: ArabicShapeSets,
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
  return { words, years, countries, sets };
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
