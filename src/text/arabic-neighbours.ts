/**
 * Words of an Arabic name's sentence, beyond those directly attached to it (arabic-shape.ts reads
 * those), that tell another sense of it (issue 16). Each check is asked only of one alias, and tests
 * its cheap trigger (a proclitic, the word before) before it reads the sentence:
 * - `prussia`: بروسيا is Prussia as well as بـ + روسيا (in Russia: المقيمين بروسيا). Prussia where the
 *   ب cannot be a preposition: after another proclitic preposition (لبروسيا، ببروسيا: no word takes
 *   two), after a preposition (في بروسيا، بين بروسيا والنمسا) or as the second term of a polity's
 *   construct (مملكة بروسيا، ملك بروسيا، جيوش بروسيا); or where its sentence is a history of Prussia's
 *   time: Russia named beside it (جيوش بروسيا والنمسا وروسيا: a list names no country twice), a name of
 *   that age (نابليون، بسمارك، النمسا، البروسي…) or a year before the German Empire (عام 1806).
 * - `oasis`: the Western Desert (الصحراء الغربية) is also Egypt's, west of the Nile, whose oases and
 *   towns its sentences name (واحة سيوة، الفرافرة، الواحات البحرية، مرسى مطروح); Western Sahara's
 *   are not oases. Not مصر or القاهرة, which a sentence on Egypt's stance on Western Sahara names too,
 *   nor الداخلة (also Western Sahara's city: the oasis is واحة الداخلة, read by its واحة).
 * - `ligamentNear`: الرباط after في and a noun of surgery or injury (لجراحة في الرباط) is the
 *   ligament when its name's adjective, الصليبي, is near (a headline's الصليبي يضرب من جديد..), not
 *   the city; a city after ب or من is not read (سيخضع لجراحة بالرباط), nor one without that noun.
 *
 * Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { sentenceSpan } from './address-shape';
import { nextWordStart, text, wordEndAt, wordStartAt } from './folded-words';
import { foldString } from './normalise';

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => foldString(w)));

const BEH = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const AND = [0x0648, 0x0641]; // و ف
const SPACE = (c: number | undefined): boolean => c === 0x20 || c === 0xa0 || c === 0x09;

/** Prepositions standing alone before a name: a بـ after them is the name's (في بروسيا). */
const PREPOSITIONS = folded(['في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'حول', 'نحو', 'ضد', 'تجاه']);
/** Heads of a polity's construct: the name after them is a state (مملكة بروسيا، جيوش بروسيا). */
const POLITY_HEADS = folded(['مملكة', 'ملك', 'ملكة', 'ملوك', 'عرش', 'دوقية', 'إمارة', 'جيش', 'جيوش', 'قيادة']);
/** Names of Prussia's age and its own nisbas (البروسي، البروسية). */
const PRUSSIAN_AGE = folded([
  ...['نابليون', 'بونابرت', 'بسمارك', 'فريدريك', 'فيلهلم', 'هوهنزولرن', 'النمسا', 'النمساوي', 'النمساوية'],
  ...['سكسونيا', 'ساكسونيا', 'بافاريا', 'البروسي', 'البروسية', 'البروسيين', 'البروسيون'],
]);
/** The last year before the German Empire (1871), after which Prussia was one of its states. */
const LAST_PRUSSIAN_YEAR = 1871;
const YEAR_WORDS = folded(['عام', 'سنة', 'العام', 'لعام', 'سنه']);
const RUSSIA = foldString('روسيا');

/** Egypt's Western Desert: its oases and towns. */
const OASES = folded([
  ...['واحة', 'واحات', 'الواحات', 'الواحة', 'بواحة', 'وواحة', 'سيوة', 'الفرافرة', 'الخارجة', 'مطروح'],
  ...['النيل', 'الجلف'],
]);

/** The ligament's adjective: الرباط الصليبي. */
const CRUCIATE = folded(['الصليبي']);
/** How far from the ligament's other words its adjective may stand (a headline before the sentence). */
const LIGAMENT_REACH = 160;
const FEH = 0x0641;
const YEH = 0x064a;

/** The word ending right before `to` with only spaces between, as [start, end), or null. */
function prevWord(chars: Uint16Array, to: number): [number, number] | null {
  let p = to;
  while (p > 0 && SPACE(chars[p - 1])) p--;
  if (p === to) return null;
  const start = wordStartAt(chars, p, 0);
  return start === p ? null : [start, p];
}

/** A word without one و or ف, when the rest is in `set`. */
const inSet = (set: ReadonlySet<string>, w: string): boolean =>
  set.has(w) || (w.length > 2 && AND.includes(w.charCodeAt(0)) && set.has(w.slice(1)));

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
 * Whether the mention at [tok, e) (its name روسيا at [s, e)) is بروسيا, Prussia: the ب is not a
 * preposition of its own, or its sentence is of Prussia's time.
 */
export function prussia(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  if (s === tok || chars[s - 1] !== BEH) return false;
  if (s - 1 > tok) {
    const c = chars[s - 2];
    if (c === BEH || c === LAM || c === KAF) return true; // ببروسيا، لبروسيا
  }
  const prev = prevWord(chars, tok);
  if (prev !== null) {
    const w = text(chars, prev[0], prev[1]);
    if (PREPOSITIONS.has(w) || inSet(POLITY_HEADS, w)) return true;
  }
  const [lo, hi] = sentenceSpan(chars, length, s, e);
  let before = '';
  for (let p = nextWordStart(chars, lo, hi); p < hi; p = nextWordStart(chars, p, hi)) {
    const end = wordEndAt(chars, p, hi);
    if (end === p) break;
    if (p < tok || p >= e) {
      const w = text(chars, p, end);
      if (w === RUSSIA || inSet(PRUSSIAN_AGE, w) || (AND.includes(w.charCodeAt(0)) && w.slice(1) === RUSSIA))
        return true;
      const y = YEAR_WORDS.has(before) ? year(w) : -1;
      if (y >= 1500 && y <= LAST_PRUSSIAN_YEAR) return true;
      before = w;
    }
    p = end;
  }
  return false;
}

/** Whether a word of `set` stands in folded chars[lo, hi), outside [skipFrom, skipTo). */
function anyWord(
  chars: Uint16Array,
  lo: number,
  hi: number,
  set: ReadonlySet<string>,
  skipFrom: number,
  skipTo: number,
): boolean {
  for (let p = nextWordStart(chars, lo, hi); p < hi; p = nextWordStart(chars, p, hi)) {
    const end = wordEndAt(chars, p, hi);
    if (end === p) break;
    if ((p < skipFrom || p >= skipTo) && set.has(text(chars, p, end))) return true;
    p = end;
  }
  return false;
}

/** Whether the sentence of the name at [s, e) names one of Egypt's oases or its towns. */
export function oasis(chars: Uint16Array, length: number, s: number, e: number): boolean {
  const [lo, hi] = sentenceSpan(chars, length, s, e);
  return anyWord(chars, lo, hi, OASES, s, e);
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
  const inWord = prevWord(chars, tok);
  // في compared in place: most mentions of the city have another word before them
  if (inWord === null || inWord[1] - inWord[0] !== 2 || chars[inWord[0]] !== FEH || chars[inWord[0] + 1] !== YEH)
    return false;
  const noun = prevWord(chars, inWord[0]);
  if (noun === null || !injury(text(chars, noun[0], noun[1]))) return false;
  return anyWord(chars, Math.max(0, tok - LIGAMENT_REACH), Math.min(length, e + LIGAMENT_REACH), CRUCIATE, tok, e);
}

/** Morocco's other large cities, which a list names beside its capital (الرباط وسلا، الرباط والدار البيضاء). */
const MOROCCAN_CITIES = folded([
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
