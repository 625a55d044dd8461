/**
 * A country inside the name of an institution of its own: the head noun of the name governs the country,
 * which is then its modifier, not a mention (eval/README.md, counting rules: "US" in "US Navy"). The
 * grammar of the name, not a list of firms: English "Embassy/Bank/Republic of X", French « ambassade du
 * Maroc », « Banque de Russie », « République de Chine », and the Arabic construct state, an indefinite head
 * right before the country (بنك المغرب، اتصالات المغرب، سفارة المغرب، جمهورية الصين). "Republic of China" and
 * جمهورية الصين are another state's name (Taiwan's): the People's Republic is a pack alias, the longer match.
 * An institution's name that is the pack's own (U.S. Embassy in Rabat, « l'ambassade des États-Unis au Maroc »)
 * is the longer match too, so never reaches this reader. Not a description whose head is the country itself
 * or a person ("the Government of Morocco", "the King of Morocco", حكومة المغرب، ملك المغرب): the country is
 * there the actor or the realm, and counts. Pure: text and offsets in, a yes or no out.
 */
import { isArabicLetter } from './fold-arabic';
import { procliticIn, wordAfter, wordBefore, wordStartBefore } from './arabic-words';
import { BEH, IN } from './arabic-shape-grammar';
import { foldedSet, foldString } from './normalise';

/** The text read before a name: enough for the longest head and its link ("Consulate-General of the "). */
const REACH = 40;

/**
 * The heads and their links, read back from the name: English "of" (and "the"), French du, des, de la, de l',
 * de, d'. An embassy or a consulate in any case; a bank only capitalised ("the Bank of China", « la Banque de
 * Russie »; not "the bank of a river"). A republic (group 1) is a head only before China: the Republic of
 * China is Taiwan's state, while "the Republic of Algeria" is Algeria itself (rev25b). "People's Republic of
 * China" is the pack's alias, the longer match; misspelt "Peoples Republic" or "Peoples' Republic", it is
 * still the PRC.
 */
const HEAD =
  /(?:^|[^\p{L}])(?:(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:[ \u00a0-][Gg]eneral)?|Bank|((?<!Peoples?['’]? )Republic))[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?|(?:[Aa]mbassades?|[Cc]onsulats?(?:[ \u00a0-][Gg]énéra(?:l|ux))?|Banque(?:[ \u00a0]+[Cc]entrale)?|(République))[ \u00a0]+(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l['’]|de|d['’])[ \u00a0]*)$/u;
/** The one country a republic's name governs (folded): China's, not the PRC. */
const REPUBLIC_OF = foldedSet(['China', 'Chine', 'الصين']);
/** A possessive after the name: the country owns the next noun ("the embassy of Morocco's ally"). */
const POSSESSIVE = /^['’]s(?![\p{L}])/u;

/**
 * Whether an institution's head and its link stand right before the Latin name at text[start, end), the
 * name not a possessive of the next noun.
 */
export function latinHead(text: string, start: number, end: number): boolean {
  const head = HEAD.exec(text.slice(Math.max(0, start - REACH), start));
  if (head === null || POSSESSIVE.test(text.slice(end, end + 3))) return false;
  return (head[1] ?? head[2]) === undefined || REPUBLIC_OF.has(foldString(text.slice(start, end)));
}

/**
 * Arabic heads of an institution's name in the construct state, folded: embassy, consulate (and their
 * plurals), bank, post. Closed and small: a head governing the country, not firms.
 */
const AR_HEADS = foldedSet(['سفارة', 'سفارات', 'قنصلية', 'قنصليات', 'بنك', 'مصرف', 'بريد']);
/** جمهورية الصين: a republic governs China's name only (as REPUBLIC_OF). */
const REPUBLIC = foldedSet(['جمهورية']);
/**
 * اتصالات governs the country as the operator's name after a firm's or its customers' word (زبناء اتصالات المغرب),
 * or before a word that does not go on with the country's contacts (رفعت اتصالات المغرب سرعة…); a link of contacts
 * after it, مع or في, a word with بـ or وـ, or a definite adjective, makes it the country's contacts (اتصالات المغرب
 * بموسكو، في موسكو، اتصالات المغرب الأخيرة، اتصالات المغرب والولايات المتحدة: rev25b), as does nothing after it.
 */
const TELECOM = foldedSet(['اتصالات']);
const OPERATOR_WORDS = foldedSet(['شركة', 'مجموعة', 'زبناء', 'زبائن', 'عملاء', 'مشتركي', 'مشتركو', 'فروع', 'وكالة']);
const WITH = foldString('مع');
const ARTICLE = foldString('ال');
const WAW = 0x0648;

/** Whether اتصالات before the country at [tok, e) is the operator's name (above). */

function operatorName(chars: Uint16Array, length: number, tok: number, e: number): boolean {
  if (OPERATOR_WORDS.has(wordBefore(chars, wordStartBefore(chars, tok)))) return true;
  const next = wordAfter(chars, length, e);
  if (next === '' || next === WITH || next === IN || next.startsWith(ARTICLE)) return false;
  return !((next.charCodeAt(0) === BEH || next.charCodeAt(0) === WAW) && next.length > 3);
}

/**
 * Whether the Arabic name at [s, e) of the folded `chars`, with no proclitic of its own (s === tok), is
 * governed by an institution's head right before it (لبنك المغرب: the head may carry one).
 */
export function arabicHead(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  if (s !== tok || !isArabicLetter(chars[s]!)) return false;
  const head = wordBefore(chars, tok);
  if (procliticIn(AR_HEADS, head)) return true;
  if (procliticIn(REPUBLIC, head)) return REPUBLIC_OF.has(String.fromCharCode(...chars.subarray(s, e)));
  return procliticIn(TELECOM, head) && operatorName(chars, length, tok, e);
}

/**
 * The seat of such a name: "the Embassy of Morocco in Washington", « l'ambassade du Maroc à Washington »
 * ("U.S. Embassy in Rabat" counts the embassy only: its seat is part of its name). A place preposition
 * right before the name at `start`, and one to three capitalised words before it that latinHead governs.
 */
const SEAT = /((?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+){1,3})(?:in|at|à|en|au)[ \u00a0]+$/u;
export function latinSeat(text: string, start: number): boolean {
  const from = Math.max(0, start - 2 * REACH);
  const seat = SEAT.exec(text.slice(from, start));
  if (seat === null) return false;
  const country = from + seat.index;
  return latinHead(text, country, country + seat[1]!.trimEnd().length);
}

/**
 * The seat in Arabic: the name at [s, e) after في or لدى, or with بـ on it (tok), right after a country of one
 * or two words that arabicHead governs (سفارة المغرب في واشنطن، سفارة الولايات المتحدة بباريس).
 */
export function arabicSeat(chars: Uint16Array, length: number, tok: number, s: number): boolean {
  let p = tok;
  if (s === tok) {
    const w = wordBefore(chars, tok);
    if (w !== IN && w !== AT) return false;
    p = wordStartBefore(chars, tok);
  } else if (s - tok !== 1 || chars[tok] !== BEH) return false;
  // one or two words of the country, then the head
  for (let n = 0; n < 2; n++) {
    const q = wordStartBefore(chars, p);
    if (q === p || arabicHead(chars, length, q, q, p)) return q !== p;
    p = q;
  }
  return false;
}
const AT = foldString('لدى');
