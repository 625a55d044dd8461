/**
 * A place's name alone in quotation marks right after a common noun names a product, a shop or an
 * outing after the place: « Vends tente de bivouac « Sahara » », 'the restaurant "Sahara"', « l'hôtel
 * « Maroc » ». A writer does not quote a place after the noun that names it, and writes a preposition
 * between (la région du Sahel, the desert of the Sahara); the article or preposition right before a
 * quote (du « Sahel », the "Sahara") is no noun. After a word that introduces a name (so-called, dit,
 * the word), the story's names are quoted too: not those. The English order, the product's noun after
 * the name ("The Sahel tent", "Apache RTR 160"), is read by `productAfter`. A work's title in quotes,
 * for any name, is read by `quotedWork`: its apposition or its noun names the work (« « Apaches », le
 * film de Romain Quirot », 'the western "Apache"'), which a live blog's other items do not make the story's.
 *
 * Pure: reads the original text around a mention, knows nothing of the DOM.
 */
import { recordSet } from './folded-words';
import { LATIN_CLASS, LATIN_LOWER, Openings } from './latin-words';
import { closesQuote, opensQuote } from './press-title';
import type { QuotedProductWords } from './quoted-product-words';

/** The readers' word sets, built once from the record's lists (quoted-product-words.ts, as written). */
export function quotedProductSets(w: QuotedProductWords) {
  const productHeads = recordSet(w.productHeads);
  return {
    notNouns: recordSet(w.notNouns),
    /** The product heads by length, so that a word is compared in place: most words after a name are none. */
    headsByLength: [...productHeads].reduce<string[][]>((by, h) => {
      (by[h.length] ??= []).push(h);
      return by;
    }, []) as readonly string[][],
    /** The first three letters of the product heads, read before the heads of a length are compared one by one. */
    headOpenings: new Openings(productHeads),
    productFrame: recordSet(w.productFrame),
    qualifiedByHead: recordSet(w.qualifiedByHead),
    workNouns: recordSet(w.workNouns),
    gathering: recordSet(w.gathering),
    workDeterminers: recordSet(w.workDeterminers),
    workAdjectives: recordSet(w.workAdjectives),
    afterWork: recordSet(w.afterWork),
  };
}
export type QuotedProducts = ReturnType<typeof quotedProductSets>;

const isLower = (c: number): boolean => c < LATIN_CLASS.length && (LATIN_CLASS[c]! & LATIN_LOWER) !== 0;
const isSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x202f;

/**
 * Where the quotation holding the name at text[start, end) alone opens and closes ([open, close]), or
 * null; `comma`: a comma may close the name inside it ('"Apache," the western').
 */
function aloneInQuotes(text: string, start: number, end: number, comma: boolean): [number, number] | null {
  let open = start - 1;
  if (isSpace(text.charCodeAt(open))) open--; // « Sahara »
  let close = end;
  if (comma && text.charCodeAt(close) === 0x2c) close++;
  if (isSpace(text.charCodeAt(close))) close++;
  return opensQuote(text.charCodeAt(open)) && closesQuote(text.charCodeAt(close)) ? [open, close] : null;
}

/** The lower-case word (letters, hyphens) right before `open` across spaces, or '' when there is none. */
function lowerWordBefore(text: string, open: number): string {
  let p = open;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  const to = p;
  while (p > 0 && (isLower(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 0x2d)) p--;
  // Part of a word with a capital or a digit is no lower-case noun (Tente, 2e); an elided article may stand before (l’hôtel).
  const c = text.charCodeAt(p - 1);
  return p > 0 && !isSpace(c) && c !== 0x28 && c !== 0x27 && c !== 0x2019 ? '' : text.slice(p, to);
}

/** Whether the name at text[start, end) is alone in quotation marks right after a lower-case common noun. */
export function quotedAfterNoun(text: string, start: number, end: number, words: QuotedProducts): boolean {
  const q = aloneInQuotes(text, start, end, false);
  if (q === null) return false;
  const noun = lowerWordBefore(text, q[0]);
  return noun.length >= 3 && !words.notNouns.has(noun);
}

/** Whether text[p, e) is one of the product heads (no string made). */
function productHead(text: string, p: number, e: number, q: QuotedProducts): boolean {
  const heads = q.headsByLength[e - p];
  if (heads === undefined || !q.headOpenings.may(text, p)) return false;
  for (const h of heads) if (text.startsWith(h, p)) return true;
  return false;
}
/** First letters of the product heads (quoted-product-words.ts) and of one modifier between (sand paint): most words after a name start otherwise. */
const HEAD_INITIALS: Readonly<Uint8Array> = Uint8Array.from({ length: 0x80 }, (_, c) =>
  'typrbcsdwmlfjk'.includes(String.fromCharCode(c)) ? 1 : 0,
);
/** A table lookup: a Set of numbers costs more than the rest of a call that stops at it. */
const headInitial = (c: number): boolean => c < 0x80 && HEAD_INITIALS[c] === 1;
/** Model codes that are the story's own (Apache AH 64, AH Mk 1). */
const STORY_CODES = new Set<string>(['AH']);

const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The end of the run of lower-case letters from `p`. */
function lowerRun(text: string, p: number): number {
  while (p < text.length && isLower(text.charCodeAt(p))) p++;
  return p;
}

/** Whether the word before `at` (after spaces) is a product frame's word, or `at` opens a line. */
function framed(text: string, at: number, q: QuotedProducts): boolean {
  let p = at;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  const to = p;
  while (p > 0 && (isLower(text.charCodeAt(p - 1)) || isUpperAscii(text.charCodeAt(p - 1)))) p--;
  return to - p <= 4 && to > p && q.productFrame.has(text.slice(p, to).toLowerCase());
}

/**
 * Whether the name at text[start, end) names a product by the English word order: a consumer good's head
 * noun right after it (one modifier perhaps between: "Sahara sand paint"), with the name quoted or after a
 * determiner ("The Sahel tent", 'a "Sahara" tent'), not a head that qualifies a noun after it ("the Sahara
 * tent camp", "the Apache desert paint scheme"); or, for a thing's name (`models`), a model code of capitals and a number after it ("Apache
 * RTR 160 4V"), not the story's own (AH 64). "Sahara desert", "Sahel region", "Apache helicopters" are none.
 */
export function productAfter(
  text: string,
  start: number,
  end: number,
  models: boolean,
  words: QuotedProducts,
): boolean {
  let p = end;
  // A space after the name is no closing quote: most calls stop there, without asking the sets.
  const quoted =
    !isSpace(text.charCodeAt(p)) && closesQuote(text.charCodeAt(p)) && opensQuote(text.charCodeAt(start - 1));
  if (quoted) p++;
  if (!isSpace(text.charCodeAt(p))) return false;
  p++;
  const c = text.charCodeAt(p);
  if (models && isUpperAscii(c)) {
    let e = p;
    while (isUpperAscii(text.charCodeAt(e))) e++;
    return (
      e - p >= 2 &&
      e - p <= 4 &&
      isSpace(text.charCodeAt(e)) &&
      isDigit(text.charCodeAt(e + 1)) &&
      !STORY_CODES.has(text.slice(p, e))
    );
  }
  if (!headInitial(c)) return false;
  for (let k = 0; k < 2; k++) {
    const e = lowerRun(text, p);
    if (e - p < 3) return false;
    if (productHead(text, p, e, words)) {
      if (!(quoted || framed(text, start, words))) return false;
      const n = isSpace(text.charCodeAt(e)) ? lowerRun(text, e + 1) : e;
      return !words.qualifiedByHead.has(text.slice(e + 1, n));
    }
    if (!isSpace(text.charCodeAt(e)) || !headInitial(text.charCodeAt(e + 1))) return false;
    p = e + 1;
  }
  return false;
}

/**
 * An apposition's head after the closing quote: a comma, an article (the, le, l’) or none, at most a
 * number or an adjective, then the noun (group 2) and the word after it (group 3).
 */
const APPOSITION = /^ ?, ?(?:(?:the|an?|les?|la|une?|son|ce) |l['’])?(?:(\d+|[^ ,.;]+) )?([^ ,.;]+)(?: ([^ ,.;]+))?/u;

/** Whether the work noun `noun` heads its phrase, given the word after it (`next`, '' at the phrase's end). */
function headsWork(noun: string, next: string, q: QuotedProducts): boolean {
  if (!q.workNouns.has(noun)) return false;
  if (next === '') return true;
  // A series of drills, « la série d'exercices »; « le film de Romain Quirot » names its maker.
  if (/^(?:of|de|d['’]|du|des)/u.test(next) && q.gathering.has(noun)) return false;
  return q.afterWork.has(next) || /^d['’]/u.test(next);
}

/**
 * Whether the noun starting at `p` opens its noun phrase after an elided article (l’album), or a
 * determiner or a year and one space (the western, le roman, the 1954 western; not the drill series).
 */
function determinedBefore(text: string, p: number, q: QuotedProducts): boolean {
  const b = text.charCodeAt(p - 1);
  if (b === 0x27 || b === 0x2019) return true;
  if (!isSpace(b)) return false;
  let w = p - 1;
  while (
    w > 0 &&
    (isLower(text.charCodeAt(w - 1)) || isUpperAscii(text.charCodeAt(w - 1)) || isDigit(text.charCodeAt(w - 1)))
  )
    w--;
  const word = text.slice(w, p - 1).toLowerCase();
  return q.workDeterminers.has(word) || /^\d{4}$/u.test(word);
}

/**
 * Whether the name at text[start, end) is a work's title: alone in quotation marks, with a work's noun
 * right before the quote as its own noun phrase after a determiner or a year ('the western "Apache"',
 * « le film « Sahara » », not "the drill series", "the photo album"), or heading its apposition after
 * the article (« « Apaches », le film de… », '"Apache," the 1954 western'), not a compound or a
 * gathering's noun there ("film crews", "the series of drills"). A quoted name the writer gives the
 * story's own thing (Baptisé « Apache », l'hélicoptère) has no work's noun.
 */
export function quotedWork(text: string, start: number, end: number, words: QuotedProducts): boolean {
  const q = aloneInQuotes(text, start, end, true);
  if (q === null) return false;
  const noun = lowerWordBefore(text, q[0]);
  if (words.workNouns.has(noun)) {
    let p = q[0];
    while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
    if (determinedBefore(text, p - noun.length, words)) return true;
  }
  // "Apache," the western: the comma inside the quotes opens the apposition.
  const m = APPOSITION.exec((text.charCodeAt(end) === 0x2c ? ',' : '') + text.slice(q[1] + 1, q[1] + 50));
  if (m === null) return false;
  const [, first, second, third] = m;
  if (first === undefined || words.workAdjectives.has(first) || /^\d+$/u.test(first))
    return headsWork(second!, third ?? '', words);
  // No word between: the noun is the first word, and the second follows it.
  return headsWork(first, second!, words);
}
