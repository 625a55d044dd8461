/**
 * A place's name with the article, as the subject of what a venue does: it opens, closes, reopens, shuts
 * ("The Sahara opened in October 1952", "After the Sahara closed in 2011", « le Sahara a rouvert ses
 * portes »). A resort, a casino or a club named after the place, not the place: a desert or a country
 * opens and closes only with an object (its borders) or a particle (the desert opened out, closed in
 * around the convoy), which these shapes leave out. Read only after "the"/« le » and a verb's first
 * letter: most mentions stop at a char code.
 *
 * The shape alone is no venue: a country, a region or a government opens or closes with a date and then
 * its object (« le Maroc a rouvert le 7 février ses frontières »), or its doors to someone (the Sahel
 * closed its doors to French troops), and a name after a preposition (into the Western Sahara) is not
 * the verb's subject. So the venue gives its own evidence: its doors with no one after them, a new name
 * (reopened as, under, « sous »), or a business's word in its sentence (casino, the Strip, its owners).
 *
 * Pure: reads the original text around a mention, knows nothing of the DOM.
 */
import { wordBefore } from './latin-words';
import { sentenceAround } from './sentence';

/**
 * English: a venue's verb, then a date or a place's name (in 2011, on May 16, on the north end), its
 * doors, a new name (as, under), for good, or the clause's end. French: « a (r)ouvert / fermé » then
 * its doors, a date (en 2011, le 16 mai) or the end; « ferme / rouvre ses portes ». Group 1: doors;
 * group 2: a new name.
 */
const VENUE_VERB =
  /^ (?:(?:(?:re)?(?:opened|closed)|shut)(?: (?:(its doors)|for good|(as |under )|(?:in|on) (?:[A-Z\d]|the ))|[.,;]|$)|(?:a|avait) (?:r?ouvert|fermé)(?: (?:(ses portes)|(sous )|en \d|le \d)|[.,;])|(?:r?ouvre|ferme) (ses portes))/u;

/** After the doors, someone they open or close to (its doors to French troops, « ses portes aux touristes »). */
const DOORS_TO = /^ (?:to|à|aux) /u;

/** A business's words: the venue's own evidence in the sentence (the casino, on the Strip, its new owners). */
const BUSINESS =
  /\b(?:casinos?|hotels?|hôtels?|resorts?|Strip|Vegas|owners|propriétaires|property|guests|dealers|clients)\b/u;

/** Prepositions before the article: the name is their object, not the verb's subject (into the Sahara). */
const PREPOSITIONS = new Set<string>([
  ...['in', 'into', 'across', 'over', 'through', 'from', 'to', 'of', 'at', 'on', 'beyond', 'under', 'onto'],
  ...['dans', 'sur', 'vers', 'par', 'pour', 'sous', 'à', 'en', 'avec', 'entre'],
]);

/** Whether `c` (a char code) is a Latin letter, either case. */
const letter = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0xc0;

/**
 * Where the article "the" or « le » right before `start` (one space between) begins, in any case, or -1.
 */
function articleBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 0x20) return -1;
  const is = (i: number, ch: string): boolean => (text.charCodeAt(start - i) | 0x20) === ch.charCodeAt(0);
  if (!is(2, 'e')) return -1;
  if (is(3, 'l')) return letter(text.charCodeAt(start - 4)) ? -1 : start - 3;
  return is(3, 'h') && is(4, 't') && !letter(text.charCodeAt(start - 5)) ? start - 4 : -1;
}

/** Whether the place name at text[start, end) is the subject of a venue's verb: a resort or a club of its name. */
export function venueVerbAfter(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end + 1);
  // o(pened), c(losed), r(eopened, ouvre), s(hut), a(vait), f(erme)
  if (
    text.charCodeAt(end) !== 0x20 ||
    !(c === 0x6f || c === 0x63 || c === 0x72 || c === 0x73 || c === 0x61 || c === 0x66)
  )
    return false;
  const article = articleBefore(text, start);
  if (article < 0) return false;
  const rest = text.slice(end, end + 40);
  const m = VENUE_VERB.exec(rest);
  if (m === null) return false;
  const prep = wordBefore(text, article - 1);
  if (prep !== null && text.charCodeAt(article - 1) === 0x20 && PREPOSITIONS.has(prep.word.toLowerCase())) return false;
  if (m[2] !== undefined || m[4] !== undefined) return true;
  if ((m[1] ?? m[3] ?? m[5]) !== undefined && !DOORS_TO.test(rest.slice(m[0].length))) return true;
  const [lo, hi] = sentenceAround(text, start, end);
  return BUSINESS.test(text.slice(lo, hi));
}
