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
 * - `elsewhere`: the fort (الرباط) located in another country's town, right after it with ب or في: a town
 *   known for its ribat, or Malta (الرباط بسوسة، الرباط في المنستير، الرباط بمالطا); not after a verb of
 *   linking (يربط الرباط بسوسة: arabic-fort.ts). Like `namedCoast`, its own words decide the mention, a
 *   qualified vote.
 * - `injury`: the ligament (الرباط) is torn, cut or sprained, a city is not: a noun of injury or of
 *   its surgery governing it (تمزق الرباط، إصابة الرباط، القطع الكامل للرباط), or an injured
 *   participle after it (الرباط الممزق، الرباط المقطوع), or, after إن or أن, a masculine verb
 *   whose subject it is (إن الرباط سيلتئم: the city would take تلتئم); or في after a noun of surgery with الصليبي near (لجراحة في الرباط: a headline's
 *   الصليبي يضرب من جديد.., arabic-neighbours.ts). Read before `feminine`: a ligament is a body's, no
 *   namesake place, and the matcher casts no vote against the city for it (ar-blind16-067).
 * - `torn`: the ligament by its own adjective (الرباط الصليبي) or its tear before في, its extent
 *   perhaps between (تمزق جزئي في الرباط; not تمزق سياسي, nor قطع or إصابة, which a city has too: قطع
 *   الكهرباء في الرباط). A city is neither: it decides the mention, whatever the window's story words.
 * - `bandage`: the same word is a bandage, wrapped or loosened (لف الرباط، فك الرباط) or tight or elastic
 *   (الرباط الضاغط، فالرباط مشدود): like `torn`, it decides the mention and casts no vote (arabic-ligament.ts).
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
 * - `firm`: the same for a place's name (الصحراء, a petrochemicals firm), with the singular nouns only (شركة
 *   الصحراء، سهم الصحراء): a place's firms are its own (شركات الصحراء الناشئة، أسهم الصحراء ارتفعت).
 * - `work`: the same names are a composer's when a noun of a piece of music governs them or stands
 *   before من and them (ألحان فاغنر، مقطوعة من فاغنر), or a clip where its clause plays music (عزفت
 *   الفرقة مقطعا من فاغنر: arabic-neighbours.ts); not a noun a group has too (رواية فاغنر، افتتاحية،
 *   مقاطع من فاغنر تظهر مقاتلين) nor a noun of people (مقاتلين من فاغنر).
 *   Like `cityPart`, it decides the mention, whatever the window's story words (فرقة البحرية الروسية).
 * - `cityPart`: a capital that stands for its government (واشنطن، موسكو، بكين) is the city when a
 *   noun of the city's streets, people or services governs it (شوارع موسكو، سكان بكين، عمدة
 *   واشنطن، مطار بكين، ماراثون بكين): a government has none of these. Like a destination (address-shape.ts),
 *   it decides the mention, whatever the window's story words.
 * - `era`: a corps' name that older corps bore (فيلق أفريقيا) is another's with an early year in its sentence or
 *   a game's faction noun governing it (arabic-corps.ts); it decides the mention, whatever the window says.
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
 * - `present`: the story's corps by Russia, Wagner or the Sahel in its own clause (عاد اسم الفيلق
 *   الأفريقي… لكن مع وحدات روسية): matcher.ts re-reads its rule in that clause, past an older corps' words.
 *
 * - `alone`: a name that is all the words of its block (a table cell, a menu item: المغرب) has no
 *   shape to read; a timetable's cell is the prayer, a menu's the country. Not another sense, but no
 *   sense either: the matcher leaves it to the page (page-evidence.ts) instead of accepting it.
 *
 * Only what is directly attached counts: nothing but spaces between, so a comma or a full stop ends
 * the phrase. Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { isWordChar } from './boundaries';
import type { Country } from './countries';
import { wordAfter } from './arabic-words';
import { cityList, oasis, prussia } from './arabic-neighbours';
import { foldedSet, foldString } from './normalise';
import { STORY_COUNTRIES } from './own-countries';
import { BEH, CAPITAL, governedBy } from './arabic-shape-grammar';
import { elsewhere, masculine } from './arabic-fort';
import { cityPart, maghreb, namedDesert, plural, region, relative, sides } from './arabic-places';
import { timeOfDay } from './arabic-prayer';
import { person, work } from './arabic-person';
import { company } from './arabic-company';
import { otherParties, otherYear } from './arabic-treaty';
import { bandage, injury, torn } from './arabic-ligament';
import { actor, address, countryList, placed } from './arabic-country';
import { era, present } from './arabic-corps';
import type { ArabicShapeSets } from './arabic-shape-sets';

export type ArabicCue =
  | 'feminine'
  | 'elsewhere'
  | 'injury'
  | 'torn'
  | 'bandage'
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
  | 'firm'
  | 'work'
  | 'cityPart'
  | 'coastline'
  | 'maghreb'
  | 'capital'
  | 'parties'
  | 'prussia'
  | 'oasis'
  | 'sides'
  | 'era'
  | 'present'
  | 'country'
  | 'city';

/** Whether a cue says this entity's sense (`country`, `city`): the page does not withdraw it. */
export const saysThisSense = (cue: ArabicCue | null): boolean =>
  cue === 'country' || cue === 'city' || cue === 'present';

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
export const homonymCue = (cue: ArabicCue | null): boolean => cue === 'injury' || cue === 'torn' || cue === 'bandage';

/**
 * Per entity of the bundled pack: its Arabic aliases that also name something else, and the cues
 * that tell the other sense. An entity or alias not listed is never checked.
 */
const ARABIC_SHAPES: Readonly<Record<string, Readonly<Record<string, readonly ArabicCue[]>>>> = {
  rabat: { الرباط: ['torn', 'injury', 'bandage', 'elsewhere', 'feminine', 'city'] }, // the ligament first: it withdraws no city
  algeria: { الجزائر: ['plural', 'capital'] },
  morocco: { المغرب: ['timeOfDay', 'country', 'maghreb', 'alone'] },
  'united-states': { أمريكا: ['region'], أميركا: ['region'], واشنطن: ['cityPart'] },
  russia: { موسكو: ['cityPart'], روسيا: ['prussia'] },
  china: { بكين: ['cityPart'] },
  'western-sahara': {
    'الصحراء الغربية': ['relative', 'oasis', 'sides'],
    'الأقاليم الجنوبية': ['relative'],
    الصحراء: ['namedDesert', 'firm'], // the territory's short name, read when a longer one is not
  },
  'sahara-desert': { الصحراء: ['namedDesert', 'firm'] }, // سهم الصحراء: a listed firm's
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
  'africa-corps': {
    'فيلق أفريقيا': ['era', 'present'],
    'الفيلق الأفريقي': ['era', 'present'],
    'أفريكا كوربس': ['era', 'present'],
  },
};

/** The years that are an entity's own, for `dated` (signed 1786, ratified 1787). */
const YEARS: Readonly<Record<string, readonly number[]>> = { 'treaty-of-friendship-1786': [1786, 1787] };

/** No word in the block but the name at [tok, e): a cell or a menu item. */
function alone(chars: Uint16Array, length: number, tok: number, e: number): boolean {
  for (let p = 0; p < tok; p++) if (isWordChar(chars[p]!)) return false;
  for (let p = e; p < length; p++) if (isWordChar(chars[p]!)) return false;
  return true;
}

type Check = (chars: Uint16Array, length: number, tok: number, s: number, e: number, rule: ArabicShapeRule) => boolean;

const CHECKS: Record<ArabicCue, Check> = {
  feminine: (chars, length, tok, s, e, rule) => masculine(rule.sets, chars, length, tok, s, e),
  elsewhere: (chars, length, tok, _s, e, rule) => elsewhere(rule.sets, chars, length, tok, e),
  injury: (chars, length, tok, s, e, rule) => injury(rule.sets, chars, length, tok, s, e),
  torn: (chars, length, tok, s, e, rule) => torn(rule.sets, chars, length, tok, s, e),
  bandage: (chars, length, tok, s, e, rule) => bandage(rule.sets, chars, length, tok, s, e),
  alone: (chars, length, tok, _s, e) => alone(chars, length, tok, e),
  plural: (chars, length, _tok, _s, e, rule) => plural(rule.sets, chars, length, e),
  timeOfDay: (chars, length, tok, s, e, rule) => timeOfDay(rule.sets, chars, length, tok, s, e),
  region: (chars, length, _tok, _s, e, rule) => region(rule.sets, chars, length, e),
  relative: (chars, length, _tok, _s, e, rule) => relative(rule.sets, chars, length, e, rule.countries.owners),
  namedDesert: (chars, length, _tok, _s, e, rule) => namedDesert(rule.sets, chars, length, e),
  namedCoast: (chars, length, _tok, _s, e, rule) => rule.sets.coastNames.has(wordAfter(chars, length, e)),
  dated: (chars, length, _tok, _s, e, rule) => otherYear(rule.sets, chars, length, e, rule.years),
  person: (chars, _length, tok, s, _e, rule) => person(rule.sets, chars, tok, s),
  company: (chars, length, tok, _s, e, rule) => company(rule.sets.firms, chars, length, tok, e),
  firm: (chars, length, tok, _s, e, rule) => company(rule.sets.firm, chars, length, tok, e),
  work: (chars, _length, tok, s, _e, rule) => work(rule.sets, chars, tok, s),
  cityPart: (chars, length, tok, s, e, rule) => cityPart(rule.sets, chars, length, tok, s, e),
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
  era: (chars, length, tok, s, e, rule) => era(rule.sets, chars, length, tok, s, e),
  present: (chars, length, _tok, s, e, rule) => present(rule.sets, chars, length, s, e),
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
  /** ScanState.otherSenses' key of another corps named on the page (`era`), or null when no alias reads it. */
  eraKey: string | null;
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
  const eraKey = words.some((w) => w.cues.includes('era')) ? `${entityId}#era` : null;
  return { words, eraKey, years, countries, sets };
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
