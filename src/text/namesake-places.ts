/**
 * A namesake place named on the page (issue 16): a block names a story name beside the place of its
 * namesake (Kazan beside the Kremlin, Idaho beside Moscow), and that name's bare mentions are then that
 * place, unless the page is about the story or a government acts in the mention's own sentence
 * (page-evidence.ts: NAMESAKE). Each name keeps its own places: Kazan takes the Kremlin, not Moscow.
 *
 * What a namesake's place is comes from the pack, not from a list here: an entity's other-sense
 * phrase that qualifies one of its own bare names by another place, as an address ("Moscow, Idaho"),
 * a possessor after a link ("Kremlin of Kazan", « Kremlin de Kazan », « Kremlin d'Astrakhan ») or an
 * Arabic construct whose head is the name without its article (كرملين قازان، رباط المنستير: the
 * kremlin, the ribat, of that town). The qualifier is the namesake's place; the name is the bare name it
 * takes. Other other-sense phrases (Moscow mule, CSKA Moscow, المغرب العربي) qualify no name by a place.
 * A country's name (Morocco, Indiana; China, Maine) is left to its address phrase: a state named
 * elsewhere does not make the country a town.
 *
 * Pure: folded strings in, folded strings out (normalise.ts foldString).
 */
/** An entity's bare names that have namesakes, each with its namesakes' places, folded. */
export type NamesakePlaces = Record<string, string[]>;

/** The links between a name and its possessor in a namesake phrase, folded (of, in; de, d'): not du, a region's (Amérique du Sud). */
const LINKS = new Set(['of', 'in', 'de']);
const ELIDED = "d'";
const ARTICLE = 'ال';
const ARABIC = /[\u0600-\u06ff]/;

/**
 * The namesake places of an entity, from its aliases and other-sense phrases as written (Latin ones
 * keep their case: the place is capitalised), with `fold` the engine's folding; null when none.
 * `country`: whether a folded name is a country's, which takes none.
 */
export function namesakePlaces(
  aliases: readonly string[],
  otherSenses: readonly string[],
  fold: (s: string) => string,
  country: (name: string) => boolean = () => false,
): NamesakePlaces | null {
  const bare = new Set(aliases.map(fold));
  // An Arabic name with its article is a construct's head without it (الكرملين → كرملين).
  const heads = new Set([...bare].filter((a) => a.startsWith(ARTICLE) && ARABIC.test(a)).map((a) => a.slice(2)));
  const out: NamesakePlaces = {};
  for (const phrase of otherSenses) {
    const found = qualified(phrase, fold, bare, heads);
    if (found !== null && !country(found[0])) (out[found[0]] ??= []).push(found[1]);
  }
  return Object.keys(out).length === 0 ? null : out;
}

/** [name, place] of a phrase that qualifies a bare name by a place, or null. */
function qualified(
  phrase: string,
  fold: (s: string) => string,
  bare: ReadonlySet<string>,
  heads: ReadonlySet<string>,
): [string, string] | null {
  const comma = phrase.search(/[,،]/);
  if (comma > 0) {
    // Moscow, Idaho: an address.
    const name = fold(phrase.slice(0, comma).trim());
    const place = phrase.slice(comma + 1).trim();
    return bare.has(name) && capitalised(place) ? [name, fold(place)] : null;
  }
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2) return null;
  const first = fold(words[0]!);
  if (ARABIC.test(first)) return heads.has(first) ? [ARTICLE + first, fold(words.slice(1).join(' '))] : null;
  if (!bare.has(first)) return null;
  const link = fold(words[1]!);
  if (link.startsWith(ELIDED) && words.length === 2) {
    const place = words[1]!.slice(2);
    return capitalised(place) ? [first, fold(place)] : null;
  }
  if (!LINKS.has(link) || words.length < 3) return null;
  const place = words.slice(2).join(' ');
  return capitalised(place) ? [first, fold(place)] : null;
}

/** A place as the pack writes it: capitalised, or in Arabic script (which has no case). */
const capitalised = (s: string): boolean => s.length > 1 && (ARABIC.test(s[0]!) || s[0] !== s[0]!.toLowerCase());

/** The proclitics an Arabic place may carry (بسوسة، والمنستير). */
const PROCLITICS = 'وفبلك';

/**
 * Where the first of `places` stands as whole words in the folded text, [start, end), or null. An
 * Arabic place may carry one proclitic (بسوسة).
 */
export function placeNamed(folded: string, places: readonly string[]): [number, number] | null {
  for (const place of places) {
    for (let at = folded.indexOf(place); at >= 0; at = folded.indexOf(place, at + 1)) {
      const end = at + place.length;
      if (isWordChar(folded[end])) continue;
      let start = at;
      if (start > 0 && ARABIC.test(place) && PROCLITICS.includes(folded[start - 1]!)) start--;
      if (isWordChar(folded[start - 1])) continue;
      return [at, end];
    }
  }
  return null;
}

/** A letter or digit (folded text: no case, no diacritics). */
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The bare name a folded mention is (an Arabic one with a proclitic before its article, a Latin one after
 * one determiner: the Kremlin), or, `within`, the name a phrase holds (kremlin de kazan); else undefined.
 */
export function bareName(folded: string, names: readonly string[], within = false): string | undefined {
  const word = folded.replace(/^\S+ (?=\S+$)/u, '');
  return names.find(
    (n) =>
      word === n ||
      (ARABIC.test(n) && folded.length === n.length + 1 && folded.endsWith(n)) ||
      (within && placeNamed(folded, [n, n.startsWith(ARTICLE) ? n.slice(2) : n]) !== null),
  );
}
