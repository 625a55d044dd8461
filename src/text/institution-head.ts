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
 * de, d'. An embassy or a consulate in any case; a bank or a republic only capitalised ("the Bank of China",
 * « la Banque de Russie »; not "the bank of a river"). "People's Republic of China" is the pack's alias, the
 * longer match; misspelt "Peoples Republic", it is still the PRC.
 */
const HEAD =
  /(?:^|[^\p{L}])(?:(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:[ \u00a0-][Gg]eneral)?|Bank|(?<!Peoples? )Republic)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?|(?:[Aa]mbassades?|[Cc]onsulats?(?:[ \u00a0-]généra(?:l|ux))?|Banque(?:[ \u00a0]+centrale)?|République)[ \u00a0]+(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l['’]|de|d['’])[ \u00a0]*)$/u;

/** Whether an institution's head and its link stand right before the Latin name at `start` of `text`. */
export const latinHead = (text: string, start: number): boolean =>
  HEAD.test(text.slice(Math.max(0, start - REACH), start));

/**
 * Arabic heads of an institution's name in the construct state, folded: embassy, consulate (and their
 * plurals), bank, post, telecommunications, republic. Closed and small: a head governing the country, not firms.
 */
const AR_HEADS = foldedSet(['سفارة', 'سفارات', 'قنصلية', 'قنصليات', 'بنك', 'مصرف', 'بريد', 'اتصالات', 'جمهورية']);
/** اتصالات المغرب مع…: the country's contacts with another party, not the operator. */
const TELECOM = foldString('اتصالات');
const WITH = foldString('مع');

/**
 * Whether the Arabic name at [s, e) of the folded `chars`, with no proclitic of its own (s === tok), is
 * governed by an institution's head right before it (لبنك المغرب: the head may carry one).
 */
export function arabicHead(chars: Uint16Array, length: number, tok: number, s: number, e: number): boolean {
  if (s !== tok || !isArabicLetter(chars[s]!)) return false;
  const head = wordBefore(chars, tok);
  return procliticIn(AR_HEADS, head) && !(head.endsWith(TELECOM) && wordAfter(chars, length, e) === WITH);
}

/**
 * The seat of such a name: "the Embassy of Morocco in Washington", « l'ambassade du Maroc à Washington »
 * ("U.S. Embassy in Rabat" counts the embassy only: its seat is part of its name). A place preposition
 * right before the name at `start`, and one to three capitalised words before it that latinHead governs.
 */
const SEAT = /(?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+){1,3}(?:in|at|à|en|au)[ \u00a0]+$/u;
export function latinSeat(text: string, start: number): boolean {
  const from = Math.max(0, start - 2 * REACH);
  const seat = SEAT.exec(text.slice(from, start));
  return seat !== null && latinHead(text, from + seat.index);
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
