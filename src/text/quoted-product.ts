/**
 * A place's name alone in quotation marks right after a common noun names a product, a shop or an
 * outing after the place: « Vends tente de bivouac « Sahara » », 'the restaurant "Sahara"', « l'hôtel
 * « Maroc » ». A writer does not quote a place after the noun that names it, and writes a preposition
 * between (la région du Sahel, the desert of the Sahara); the article or preposition right before a
 * quote (du « Sahel », the "Sahara") is no noun. After a word that introduces a name (so-called, dit,
 * the word), the story's names are quoted too: not those.
 *
 * Pure: reads the original text around a mention, knows nothing of the DOM.
 */
import { LATIN_CLASS, LATIN_LOWER } from './latin-words';

/** Opening and closing quotation marks around the name (not the apostrophe, too loose). */
const OPENING = new Set([0x22, 0x201c, 0xab, 0x201e]);
const CLOSING = new Set([0x22, 0x201d, 0xbb, 0x201c]);

/** Lower-case words of three letters or more that are not a noun naming the quoted thing. */
const NOT_NOUNS = new Set<string>([
  // articles, prepositions, conjunctions, copulas
  ...['the', 'and', 'for', 'from', 'with', 'into', 'onto', 'over', 'than', 'like', 'about', 'are', 'was', 'were'],
  ...['des', 'les', 'aux', 'une', 'sur', 'par', 'pour', 'dans', 'avec', 'vers', 'chez', 'entre', 'contre'],
  ...['sous', 'après', 'avant', 'selon', 'comme', 'que', 'qui', 'est', 'sont', 'était', 'ou', 'mais'],
  // words that introduce a name, after which the story's own are quoted
  ...['called', 'named', 'dubbed', 'so-called', 'known', 'term', 'word', 'name', 'slogan', 'entitled', 'titled'],
  ...['dit', 'dite', 'dits', 'dites', 'appelé', 'appelée', 'appelés', 'surnommé', 'surnommée', 'baptisé'],
  ...['baptisée', 'nommé', 'nommée', 'intitulé', 'intitulée', 'mot', 'terme', 'nom', 'vocable', 'expression'],
]);

const isLower = (c: number): boolean => c < LATIN_CLASS.length && (LATIN_CLASS[c]! & LATIN_LOWER) !== 0;
const isSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x202f;

/** Whether the name at text[start, end) is alone in quotation marks right after a lower-case common noun. */
export function quotedAfterNoun(text: string, start: number, end: number): boolean {
  let open = start - 1;
  if (isSpace(text.charCodeAt(open))) open--; // « Sahara »
  if (!OPENING.has(text.charCodeAt(open))) return false;
  let close = end;
  if (isSpace(text.charCodeAt(close))) close++;
  if (!CLOSING.has(text.charCodeAt(close))) return false;
  let p = open;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  const to = p;
  while (p > 0 && (isLower(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 0x2d)) p--;
  if (to - p < 3) return false;
  // Part of a word with a capital or a digit is no lower-case noun (Tente, 2e); an elided article may stand before (l’hôtel).
  const c = text.charCodeAt(p - 1);
  if (p > 0 && !isSpace(c) && c !== 0x28 && c !== 0x27 && c !== 0x2019) return false;
  return !NOT_NOUNS.has(text.slice(p, to));
}
