/**
 * Words of an Arabic name's sentence, beyond those directly attached to it (arabic-shape.ts reads
 * those), that tell another sense of it (issue 16). Each check is asked only of one alias, and tests
 * its cheap trigger (a proclitic, the word before) before it reads the sentence:
 * - `prussia`: بروسيا is Prussia as well as بـ + روسيا (in or with Russia: المقيمين بروسيا، أشاد
 *   بروسيا). Prussia where the ب cannot be a preposition: after another proclitic preposition
 *   (لبروسيا، ببروسيا: no word takes two), after a preposition (في بروسيا، بين بروسيا والنمسا), as the
 *   second term of a polity's construct (مملكة بروسيا، جيوش بروسيا), or as the subject of a state noun
 *   after a copula or before "German" (كانت بروسيا مملكة، بروسيا دولة ألمانية); where Russia is an item
 *   of its own و-list (بروسيا والنمسا وروسيا: a list names no country twice; روسيا elsewhere in the
 *   sentence is often the same Russia: علاقات وثيقة بروسيا، وتعد روسيا…); or where its sentence is a
 *   history of Prussia's time: a name of that age (نابليون، بسمارك، النمسا، البروسي…) or a year before
 *   the German Empire (عام 1806).
 * - `oasis`: the Western Desert (الصحراء الغربية) is also Egypt's, west of the Nile, whose oases and
 *   towns its sentences name, with their proclitics (واحة سيوة، ولواحات الفرافرة، مرسى مطروح) or the Nile as its bound
 *   (من النيل، غرب النيل: not a river named beside, على ضفاف النيل); Western Sahara's are not oases.
 *   Its adjective too (المصري، مصرية: the army, a ministry): a cue, which the story's words near it
 *   outweigh (وزير الخارجية المصري بنظيره المغربي). Not مصر or القاهرة, which a sentence on
 *   Egypt's stance on Western Sahara names with no story word the rule weighs, nor الداخلة
 *   (also Western Sahara's city: the oasis is واحة الداخلة, read by its واحة).
 * - `ligamentNear`: الرباط after في and a noun of surgery or injury (لجراحة في الرباط) is the
 *   ligament when its name's adjective, الصليبي, is near (a headline's الصليبي يضرب من جديد..), not
 *   the city; a city after ب or من is not read (سيخضع لجراحة بالرباط), nor one without that noun.
 * - `playedBefore`: a clip (مقطع، مقاطع) is a composer's piece when the clause before it plays or names
 *   music (عزفت فرقة الجيش مقطعا من فاغنر), a group's video otherwise (تداول ناشطون مقطعا من فاغنر).
 *
 * Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { sentenceSpan } from './address-shape';
import { AND, CRUCIATE, SPACE, inSet, procliticIn, wordBefore, wordBeforeIs } from './arabic-words';
import { type Token, nextWordStart, text, wordEndAt, wordsAfter, wordsBefore } from './folded-words';
import { foldedSet, foldString } from './normalise';

const BEH = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;

/** Prepositions standing alone before a name: a بـ after them is the name's (في بروسيا). */
const PREPOSITIONS = foldedSet(['في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'حول', 'نحو', 'ضد', 'تجاه']);
/** Heads of a polity's construct: the name after them is a state (مملكة بروسيا، جيوش بروسيا). */
const POLITY_HEADS = foldedSet(['مملكة', 'ملك', 'ملكة', 'ملوك', 'عرش', 'دوقية', 'إمارة', 'جيش', 'جيوش', 'قيادة']);
/** Nouns of a state, said of a polity as its predicate (كانت بروسيا مملكة). */
const STATE_NOUNS = foldedSet(['مملكة', 'دولة', 'إمارة', 'دوقية', 'إمبراطورية', 'قوة']);
/** Copulas and verbs of judging before a subject and its predicate (كانت، أصبحت، تعد). */
const COPULAS = foldedSet([
  ...['كانت', 'كان', 'أصبحت', 'أصبح', 'صارت', 'ظلت', 'باتت', 'بقيت', 'ليست', 'تعد', 'تعتبر', 'اعتبرت'],
]);
/** "German" after a state noun (دولة ألمانية، المملكة الألمانية). */
const GERMAN = foldedSet(['ألمانية', 'الألمانية', 'جرمانية', 'الجرمانية']);
/** Names of Prussia's age and its own nisbas (البروسي، البروسية). */
const PRUSSIAN_AGE = foldedSet([
  ...['نابليون', 'بونابرت', 'بسمارك', 'فريدريك', 'فيلهلم', 'هوهنزولرن', 'النمسا', 'النمساوي', 'النمساوية'],
  ...['سكسونيا', 'ساكسونيا', 'بافاريا', 'البروسي', 'البروسية', 'البروسيين', 'البروسيون'],
]);
/** The last year before the German Empire (1871), after which Prussia was one of its states. */
const LAST_PRUSSIAN_YEAR = 1871;
const YEAR_WORDS = foldedSet(['عام', 'سنة', 'العام', 'لعام', 'سنه']);
const RUSSIA = foldString('روسيا');
const WHITE = foldString('البيضاء');
/** How many words and code units of a و-list either side of بروسيا are read. */
const LIST_WORDS = 8;
const LIST_REACH = 120;

/**
 * Egypt's Western Desert: its oases and towns. Its oil fields go by their own names (شرق البحرية، قارون
 * للبترول: pack otherSenses), not by oil words, which Western Sahara news has too (امتيازات الصيد، رخصة
 * استكشافية، ملف سياسي بامتياز: mend19ar).
 */
const OASES = foldedSet([
  ...['واحة', 'واحات', 'الواحات', 'الواحة', 'بواحة', 'وواحة', 'سيوة', 'الفرافرة', 'الخارجة', 'مطروح'],
  'الجلف',
  ...['المصري', 'المصرية', 'مصري', 'مصرية'],
]);
const NILE = foldString('النيل');
/** Words before the Nile that make it the desert's bound (من النيل، غرب النيل). */
const NILE_BOUNDS = foldedSet(['من', 'غرب', 'غربي']);

/** How far from the ligament's other words its adjective may stand (a headline before the sentence). */
const LIGAMENT_REACH = 160;
const IN = foldString('في');

/** Whether `sep` (between two words) is spaces only: no punctuation ends a phrase there. */
function spaces(sep: string): boolean {
  if (sep === '') return false;
  for (let i = 0; i < sep.length; i++) if (!SPACE(sep.charCodeAt(i))) return false;
  return true;
}

/** Whether `w` is a list item: a word after و. */
const andWord = (w: string): boolean => w.length > 2 && AND[0] === w.charCodeAt(0);

/** A four-digit year (ASCII or Arabic-Indic digits), or -1. */
function year(w: string): number {
  if (w.length !== 4) return -1;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = w.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x660 && c <= 0x669 ? c - 0x660 : -1;
    if (d < 0) return -1;
    y = y * 10 + d;
  }
  return y;
}

/**
 * Whether the words `list` (read away from بروسيا, spaces only between) hold روسيا as an item of the
 * same و-list: items start with و, each one word or two (النمسا، والدولة العثمانية); two words in a
 * row without و end the list. `last` reads the first of those two too: going back, it is the list's
 * first item (روسيا والنمسا وبروسيا).
 */
function russiaListed(list: readonly Token[], last: boolean): boolean {
  let plain = 0;
  for (let i = 0; i < list.length; i++) {
    const { word, sep } = list[i]!;
    if (!spaces(sep)) return false;
    const item = andWord(word);
    plain = item ? 0 : plain + 1;
    if (plain > 1) return false;
    const russia = (item && word.slice(1) === RUSSIA) || (last && word === RUSSIA);
    // روسيا البيضاء is Belarus, a list's other country (بروسيا وروسيا البيضاء: with Russia and Belarus)
    const belarus = last ? list[i - 1]?.word === WHITE : list[i + 1]?.word === WHITE;
    if (russia && !belarus) return true;
  }
  return false;
}

/** Whether the words after بروسيا at `e` are a state noun, after a copula (`prev`) or before "German". */
function statePredicate(chars: Uint16Array, length: number, e: number, prev: string): boolean {
  const after = wordsAfter(chars, length, e, 2, 48);
  if (after.length === 0 || !spaces(after[0]!.sep) || !STATE_NOUNS.has(after[0]!.word)) return false;
  return COPULAS.has(prev) || (after.length > 1 && spaces(after[1]!.sep) && GERMAN.has(after[1]!.word));
}

/**
 * Whether the mention at [tok, e) (its name روسيا at [s, e)) is بروسيا, Prussia: the ب is not a
 * preposition of its own, Russia is beside it in a list, or its sentence is of Prussia's time.
 */
export function prussia(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  if (s === tok || chars[s - 1] !== BEH) return false;
  if (s - 1 > tok) {
    const c = chars[s - 2];
    if (c === BEH || c === LAM || c === KAF) return true; // ببروسيا، لبروسيا
  }
  const prev = wordBefore(chars, tok);
  if (PREPOSITIONS.has(prev) || inSet(POLITY_HEADS, prev)) return true;
  if (statePredicate(chars, length, e, prev)) return true;
  if (russiaListed(wordsAfter(chars, length, e, LIST_WORDS, LIST_REACH), false)) return true;
  // وبروسيا is a later item: the list's earlier ones stand before it
  if (s - 2 === tok && chars[tok] === AND[0] && russiaListed(wordsBefore(chars, tok, LIST_WORDS, LIST_REACH), true))
    return true;
  const [lo, hi] = sentenceSpan(chars, length, s, e);
  let before = '';
  for (let p = nextWordStart(chars, lo, hi); p < hi; p = nextWordStart(chars, p, hi)) {
    const end = wordEndAt(chars, p, hi);
    if (end === p) break;
    if (p < tok || p >= e) {
      const w = text(chars, p, end);
      if (inSet(PRUSSIAN_AGE, w)) return true;
      const y = YEAR_WORDS.has(before) ? year(w) : -1;
      if (y >= 1500 && y <= LAST_PRUSSIAN_YEAR) return true;
      before = w;
    }
    p = end;
  }
  return false;
}

/** Whether the sentence of the name at [s, e) names one of Egypt's oases or its towns, or the Nile as its bound. */
export function oasis(chars: Uint16Array, length: number, s: number, e: number): boolean {
  const [lo, hi] = sentenceSpan(chars, length, s, e);
  let before = '';
  for (let p = nextWordStart(chars, lo, hi); p < hi; p = nextWordStart(chars, p, hi)) {
    const end = wordEndAt(chars, p, hi);
    if (end === p) break;
    if (p < s || p >= e) {
      const w = text(chars, p, end);
      if (procliticIn(OASES, w) || (w === NILE && NILE_BOUNDS.has(before))) return true; // ولواحات الفرافرة
      before = w;
    }
    p = end;
  }
  return false;
}

/** Whether the word `word` stands in folded chars[lo, hi), outside [skipFrom, skipTo). */
function wordIn(chars: Uint16Array, lo: number, hi: number, word: string, skipFrom: number, skipTo: number): boolean {
  for (let p = nextWordStart(chars, lo, hi); p < hi; p = nextWordStart(chars, p, hi)) {
    const end = wordEndAt(chars, p, hi);
    if (end === p) break;
    if ((p < skipFrom || p >= skipTo) && end - p === word.length && text(chars, p, end) === word) return true;
    p = end;
  }
  return false;
}
/** A ligament's word before في (جراحة، تمزق…), without one proclitic (لجراحة، بتمزق). */
export type InjuryNoun = (word: string) => boolean;

/**
 * Whether the unprefixed الرباط at [tok, e) follows في and a noun of injury or surgery (`injury`),
 * with the ligament's adjective الصليبي near it, outside the mention.
 */
export function ligamentNear(
  chars: Uint16Array,
  length: number,
  tok: number,
  s: number,
  e: number,
  injury: InjuryNoun,
): boolean {
  if (s !== tok) return false; // بالرباط، والرباط
  // في compared in place: most mentions of the city have another word before them
  if (!wordBeforeIs(chars, tok, IN)) return false;
  let p = tok;
  while (SPACE(chars[p - 1])) p--;
  const noun = wordBefore(chars, p - IN.length);
  if (noun === '' || !injury(noun)) return false;
  return wordIn(chars, Math.max(0, tok - LIGAMENT_REACH), Math.min(length, e + LIGAMENT_REACH), CRUCIATE, tok, e);
}

/** Morocco's other large cities, which a list names beside its capital (الرباط وسلا، الرباط والدار البيضاء). */
const MOROCCAN_CITIES = foldedSet([
  ...['سلا', 'تمارة', 'القنيطرة', 'الدار', 'فاس', 'مكناس', 'طنجة', 'تطوان', 'مراكش', 'أكادير', 'وجدة'],
  ...['الخميسات', 'الصخيرات', 'البيضاء', 'العرائش', 'الجديدة', 'آسفي', 'الناظور', 'الحسيمة'],
]);

/**
 * Whether the city at [s, e) is coordinated with another of Morocco's cities right after it (الرباط
 * وسلا، الرباط والدار البيضاء): a list of cities, of which no ligament or bond is one. The first code
 * unit is tested before any word is made.
 */
export function cityList(chars: Uint16Array, length: number, e: number): boolean {
  let p = e;
  while (p < length && SPACE(chars[p])) p++;
  if (p === e || p >= length || chars[p] !== AND[0]) return false;
  const end = wordEndAt(chars, p, length);
  return end - p > 2 && MOROCCAN_CITIES.has(text(chars, p + 1, end));
}

/** Words of playing or of music that make a clip a piece (عزفت، الأوركسترا، الموسيقار), with their proclitics. */
const PLAYING = foldedSet([
  ...['عزف', 'عزفت', 'يعزف', 'تعزف', 'عزفوا', 'يعزفون', 'أوركسترا', 'الأوركسترا', 'الموسيقار'],
  ...['موسيقي', 'الموسيقي', 'موسيقية', 'الموسيقية', 'الموسيقى', 'موسيقى', 'الكونسرفتوار'],
]);
/** How many words before a clip's noun its clause is read for PLAYING. */
const PLAYING_WORDS = 8;
const PLAYING_REACH = 120;

/**
 * Whether a word of PLAYING stands in the clause before folded `at` (the start of a clip's noun), within
 * PLAYING_WORDS words and no punctuation: the clip is a piece of music.
 */
export function playedBefore(chars: Uint16Array, at: number): boolean {
  for (const w of wordsBefore(chars, at, PLAYING_WORDS, PLAYING_REACH)) {
    if (!spaces(w.sep)) return false;
    if (procliticIn(PLAYING, w.word)) return true;
  }
  return false;
}
