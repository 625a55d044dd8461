/**
 * A place's name with the article, as the subject of what a venue does: it opens, closes, reopens, shuts
 * its doors ("The Sahara opened in October 1952", "After the Sahara closed in 2011", « le Sahara a rouvert
 * ses portes »). A resort, a casino or a club named after the place, not the place: a desert or a country
 * opens and closes only with an object (its borders) or a particle (the desert opened out, closed in
 * around the convoy), which these shapes leave out. Read only after "the"/« le », then a verb's first
 * letter: most mentions stop at a char code.
 *
 * Pure: reads the original text around a mention, knows nothing of the DOM.
 */

/** A month or a digit: the date an opening or a closing is given (in 2011, on May 16). */
const DATE = '(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December)';
/** English: a venue's verb, then a date, its doors, a new name (as, under), for good, or the clause's end. */
const ENGLISH = new RegExp(
  '^[ \\u00a0]+(?:first[ \\u00a0]+|finally[ \\u00a0]+|originally[ \\u00a0]+)?(?:re)?(?:opened|closed|shut|shuttered)' +
    `(?:[ \\u00a0]+(?:its[ \\u00a0]+doors|for[ \\u00a0]+good|as[ \\u00a0]|under[ \\u00a0]|(?:in|on)[ \\u00a0]+(?:${DATE}|the[ \\u00a0]+(?:north|south|east|west)))|[ \\u00a0]*[.,;]|$)`,
  'u',
);
/** French: « a (r)ouvert / fermé » then its doors, a date (en 2011, le 16 mai), a new name (sous), or the end. */
const FRENCH =
  /^[ \u00a0]+(?:(?:a|avait)[ \u00a0]+(?:r?ouvert|fermé)(?:[ \u00a0]+(?:ses[ \u00a0]+portes|en[ \u00a0]+\d|le[ \u00a0]+\d|sous[ \u00a0])|[ \u00a0]*[.,;])|(?:r?ouvre|ferme)[ \u00a0]+ses[ \u00a0]+portes)/u;

/** First letters of the words after the name that may open a verb: o(pened), c(losed), r(eopened), s(hut), f(irst, inally, erme), a. */
const VERB_INITIALS = new Set([0x6f, 0x63, 0x72, 0x73, 0x66, 0x61]);

/** A letter, made once (esbuild rewrites a \p{…} literal as new RegExp for Node). */
const LETTER = /\p{L}/u;

/** Whether the word before `start` (after one space) is the article "the" or « le », in any case. */
function articleBefore(text: string, start: number): boolean {
  const s = start - 1;
  const c = text.charCodeAt(s);
  if (c !== 0x20 && c !== 0xa0) return false;
  const w = text.slice(Math.max(0, s - 4), s).toLowerCase();
  const three = w.endsWith('the') && (s - 3 === 0 || !LETTER.test(w[w.length - 4] ?? ''));
  const two = w.endsWith('le') && (s - 2 === 0 || !LETTER.test(w[w.length - 3] ?? ''));
  return three || two;
}

/** Whether the place name at text[start, end) is the subject of a venue's verb: a resort or a club of its name. */
export function venueVerbAfter(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  if ((c !== 0x20 && c !== 0xa0) || !VERB_INITIALS.has(text.charCodeAt(end + 1))) return false;
  if (!articleBefore(text, start)) return false;
  const rest = text.slice(end, end + 50);
  return ENGLISH.test(rest) || FRENCH.test(rest);
}
