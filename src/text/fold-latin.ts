/**
 * Latin-script and script-neutral folding rules that Unicode compatibility decomposition does
 * not cover: typographic punctuation, spaces (and the underscore), invisible characters and a few Latin letters
 * (ß, æ, œ, ø, ł, đ) that have no decomposition but that readers treat as plain letters.
 * Returns the replacement in the character's own case (the caller lowercases), '' to skip, or
 * undefined when no special rule applies.
 */

/** Characters that render as nothing and may sit inside a word: dropped from the text. */
const INVISIBLE = new Set<number>([
  0x00ad, // soft hyphen
  0x034f, // combining grapheme joiner
  0x061c, // Arabic letter mark
  0x115f,
  0x1160,
  0x17b4,
  0x17b5,
  0x180e, // Mongolian vowel separator
  0x200b,
  0x200c,
  0x200d,
  0x200e,
  0x200f, // ZWSP, ZWNJ, ZWJ, LRM, RLM
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e, // bidi embeddings and overrides
  0x2060,
  0x2061,
  0x2062,
  0x2063,
  0x2064, // word joiner, invisible operators
  0x2066,
  0x2067,
  0x2068,
  0x2069, // bidi isolates
  0xfeff, // byte-order mark / zero-width no-break space
]);

/** The characters read as the ASCII apostrophe (possessive-owner.ts reads possessives with them too). */
export const APOSTROPHES: readonly number[] = [
  0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x02bb, 0x0060, 0x00b4, 0xff07,
];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb, 0x2039, 0x203a, 0xff02];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];

const LETTERS: Record<number, string> = {
  0x00df: 'ss',
  0x1e9e: 'SS',
  0x00e6: 'ae',
  0x00c6: 'AE',
  0x0153: 'oe',
  0x0152: 'OE',
  0x00f8: 'o',
  0x00d8: 'O',
  0x0142: 'l',
  0x0141: 'L',
  0x0111: 'd',
  0x0110: 'D',
  0x0127: 'h',
  0x0126: 'H',
  0x0131: 'i',
};

const SPACE_RE = /^\s$/u;
const UNDERSCORE = 0x5f;

export function foldLatinChar(c: number): string | undefined {
  if (INVISIBLE.has(c)) return '';
  if (APOSTROPHES.includes(c)) return "'";
  if (DOUBLE_QUOTES.includes(c)) return '"';
  if (DASHES.includes(c)) return '-';
  const letter = LETTERS[c];
  if (letter !== undefined) return letter;
  if (c !== 0x20 && SPACE_RE.test(String.fromCharCode(c))) return ' ';
  // Hashtags, handles and URL slugs write a name's spaces as underscores (#القوات_المسلحة_الملكية,
  // #Western_Sahara): read as the space the writer could not type.
  if (c === UNDERSCORE) return ' ';
  return undefined;
}
