/**
 * A namesake place named on the page (issue 16): the page says, anywhere, that a name of the story is
 * another place's (Kazan's kremlin, Moscow in Idaho, Morocco in Indiana, Monastir's ribat), and its bare
 * mentions are then that place, unless the page is about the story or a government acts in the
 * mention's own sentence (page-evidence.ts: NAMESAKE).
 *
 * What a namesake's place is comes from the pack, not from a list here: an entity's other-sense
 * phrase that qualifies one of its own bare names by another place, as an address ("Moscow, Idaho"),
 * a possessor after a link ("Kremlin of Kazan", « Kremlin de Kazan », « Kremlin d'Astrakhan ») or an
 * Arabic construct whose head is the name without its article (كرملين قازان، رباط المنستير: the
 * kremlin, the ribat, of that town). The qualifier is the namesake's place; the name is the bare name it
 * takes. Other other-sense phrases (Moscow mule, CSKA Moscow, المغرب العربي) qualify no name by a place.
 *
 * Pure: folded strings in, folded strings out (normalise.ts foldString).
 */
import { foldString } from './normalise';
import { seatVerb, type SeatVerbSets } from './seat-verb';

/** An entity's namesake places: its bare names that have namesakes, and those namesakes' places, folded. */
export interface NamesakePlaces {
  names: string[];
  places: string[];
}

/** The links between a name and its possessor in a namesake phrase, folded (of, in; de, d'): not du, a region's (Amérique du Sud). */
const LINKS = new Set(['of', 'in', 'de']);
const ELIDED = "d'";
const ARTICLE = 'ال';
const ARABIC = /[\u0600-\u06ff]/;

/**
 * The namesake places of an entity, from its aliases and other-sense phrases as written (Latin ones
 * keep their case: the place is capitalised), with `fold` the engine's folding; null when none.
 */
export function namesakePlaces(
  aliases: readonly string[],
  otherSenses: readonly string[],
  fold: (s: string) => string,
): NamesakePlaces | null {
  const bare = new Set(aliases.map(fold));
  // An Arabic name with its article is a construct's head without it (الكرملين → كرملين).
  const heads = new Set([...bare].filter((a) => a.startsWith(ARTICLE) && ARABIC.test(a)).map((a) => a.slice(2)));
  const names = new Set<string>();
  const places = new Set<string>();
  for (const phrase of otherSenses) {
    const found = qualified(phrase, fold, bare, heads);
    if (found === null) continue;
    names.add(found[0]);
    places.add(found[1]);
  }
  return places.size === 0 ? null : { names: [...names], places: [...places] };
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
      if (end < folded.length && isWordChar(folded.charCodeAt(end))) continue;
      let start = at;
      if (start > 0 && ARABIC.test(place) && PROCLITICS.includes(folded[start - 1]!)) start--;
      if (start > 0 && isWordChar(folded.charCodeAt(start - 1))) continue;
      return [at, end];
    }
  }
  return null;
}

/** A letter or digit of any script the engine reads (folded text: no case, no diacritics). */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x600 && c <= 0x6ff) || c >= 0xc0;
}

/** Whether a folded mention is one of the bare names (an Arabic one with a proclitic before its article). */
export function bareName(folded: string, names: readonly string[]): boolean {
  for (const n of names) {
    if (folded === n || (ARABIC.test(n) && folded.length === n.length + 1 && folded.endsWith(n))) return true;
    // the Kremlin, le Kremlin: one determiner before it
    const space = folded.indexOf(' ');
    if (space > 0 && folded.indexOf(' ', space + 1) < 0 && folded.slice(space + 1) === n) return true;
  }
  return false;
}

/**
 * Whether a government acts in the name's own clause, the name a seat written with its article (the
 * Kremlin said, « le Kremlin a démenti », وقال الكرملين): then no namesake's place takes it. A name
 * without an article (Moscow, Morocco) is a capital or a country, whose acts address-shape.ts reads.
 * `arabicActs`: the seat's Arabic verbs, folded (address-words.ts seatVoice, carried by the record); `verbs`:
 * seatVerb's sets, from the record too.
 */
export function seatActs(
  text: string,
  start: number,
  end: number,
  arabicActs: ReadonlySet<string>,
  verbs: SeatVerbSets,
): boolean {
  const name = text.slice(start, end);
  if (ARABIC.test(name)) {
    if (!/^[وفبلك]?ال/u.test(name)) return false;
    const before =
      text
        .slice(Math.max(0, start - 16), start)
        .trim()
        .split(/\s+/)
        .pop() ?? '';
    const after =
      text
        .slice(end, end + 16)
        .trim()
        .split(/\s+/)[0] ?? '';
    const verb = (w: string): boolean => arabicActs.has(foldString(w.replace(/^[وف](?=..)/u, '')));
    return verb(before) || verb(after);
  }
  // A seat of government is capitalised: « le kremlin » in lower case is a fortress, whatever its verb.
  const word = name.replace(/^(?:the|le|la) /iu, '');
  if (word[0] === word[0]?.toLowerCase()) return false;
  const held = word !== name;
  const article = held || /(?:^|\s)(?:the|le|la)\s+$/iu.test(text.slice(Math.max(0, start - 4), start));
  return article && seatVerb(text, start, end, () => false, verbs);
}
