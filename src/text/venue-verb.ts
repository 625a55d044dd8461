/**
 * A place's name with the article, as the subject of what a venue does: it opens, closes, reopens, shuts
 * ("The Sahara opened in October 1952", "After the Sahara closed in 2011", « le Sahara a rouvert ses
 * portes »). A resort, a casino or a club named after the place, not the place: a desert or a country
 * opens and closes only with an object (its borders) or a particle (the desert opened out, closed in
 * around the convoy), which these shapes leave out. Read only after "the"/« le » and a verb's first
 * letter: most mentions stop at a char code.
 *
 * Pure: reads the original text around a mention, knows nothing of the DOM.
 */

/**
 * English: a venue's verb, then a date or a place's name (in 2011, on May 16, on the north end), its
 * doors, a new name (as, under), for good, or the clause's end. French: « a (r)ouvert / fermé » then
 * its doors, a date (en 2011, le 16 mai) or the end; « ferme / rouvre ses portes ».
 */
const VENUE_VERB =
  /^ (?:(?:(?:re)?(?:opened|closed)|shut)(?: (?:its doors|for good|as |under |(?:in|on) (?:[A-Z\d]|the ))|[.,;]|$)|(?:a|avait) (?:r?ouvert|fermé)(?: (?:ses portes|en \d|le \d)|[.,;])|(?:r?ouvre|ferme) ses portes)/u;

/** Whether `c` (a char code) is a Latin letter, either case. */
const letter = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0xc0;

/** Whether the word right before `start` (one space between) is the article "the" or « le », any case. */
function articleBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const is = (i: number, ch: string): boolean => (text.charCodeAt(start - i) | 0x20) === ch.charCodeAt(0);
  if (!is(2, 'e')) return false;
  if (is(3, 'l')) return !letter(text.charCodeAt(start - 4));
  return is(3, 'h') && is(4, 't') && !letter(text.charCodeAt(start - 5));
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
  return articleBefore(text, start) && VENUE_VERB.test(text.slice(end, end + 40));
}
