/**
 * The shape of a proper name in Latin-script text, which tells an alias used as the story's name
 * from the same letters used as something else, for words no cue list has seen (issue 16):
 * - part of a longer proper name: the alias joined by spaces only to a capitalised word that is not
 *   itself a pack name, a title, a date, a direction or a demonym: China Spring, Maroc Chimie,
 *   Apache Junction, Goalkeeper Daniel Rabat;
 * - a common noun: a one-word alias written in lower case where the writer capitalises names
 *   ("a spine of green morocco"). Text written all in lower case (a post, "train de rabat à
 *   tanger") is no evidence either way.
 *
 * Conservative on purpose, since a miss costs a true mention: in a title-case headline every word is
 * capitalised ("Morocco Buys Apache Helicopters"), a capitalised word at the start of a sentence
 * may be any word, a chain of capitalised words after the alias may be a title ("Morocco Foreign
 * Minister Bourita"), and a possessive, a hyphen or a comma does not join ("Morocco's", "the
 * Morocco-Algeria border", "Morocco, Algeria"). Read on the original text, since the evidence is case.
 */
import {
  capitalised,
  capitalisedAfter,
  capitalisedBefore,
  DATES,
  nameCharAt,
  isUpper,
  LATIN_CLASS,
  LATIN_LOWER,
  lineAround,
  LATIN_UPPER,
  upperAt,
  SOME_LOWER,
  sentenceInitial,
  spacesAfter,
  spacesBefore,
  TITLES,
  unelided,
  wordAfter,
  wordBefore,
  type Word,
} from './latin-words';
import type { Country } from './countries';
import { datedOther } from './dated-names';
import { sentenceAround } from './sentence';
import { formerName, formerNames, type FormerNames } from './former-name';
import type { FormerNameWords } from './former-name-words';
import { recordSet } from './folded-words';
import type { NameShapeWords } from './name-shape-words';
import { opensQuote, pressTitleSets, quotedTitle, type PressTitles } from './press-title';
import type { PressTitleWords } from './press-title-words';
import { productAfter, quotedAfterNoun, quotedProductSets, quotedWork, type QuotedProducts } from './quoted-product';
import type { QuotedProductWords } from './quoted-product-words';
import { venueVerbAfter } from './venue-verb';

/* Made once (see latin-words.ts: SOME_LOWER). WORD_RUN is global: wordsIn sets its lastIndex first. */
const WORD_RUN = /[\p{L}'’-]+/gu;
const LEADING_NAME = /^[\p{L}'’-]*/u;
const IDENTIFIER_AFTER = /^(?:[@/_]|\.\p{L})/u;
const LOWER_WORD = /^[\p{Ll}'’-]+$/u;
const SOME_LETTER = /\p{L}/u;
const CAPITALISED_FORM = /^\p{Lu}[^\p{Lu}]*\p{Ll}/u;
const LEADING_LETTERS = /^[\p{L}]+/u;

/**
 * The weight (log-odds, as a cue word's) of a shape that says "not the pack's name", added to the
 * score of the alias's context rule (context.ts): alone it rejects (CUE_REJECT), and story words
 * nearby can outweigh it. Chosen on the eval's dev split.
 */
export const SHAPE_WEIGHT = -4;

/** Whether a pack name (any alias the automaton found) starts or ends at this original offset. */
export type PackNameAt = (offset: number) => boolean;

/** Capitalised compass and extent words: they qualify a place (Northern Morocco, Greater Sahel), not name another. */
const DIRECTIONS = new Set<string>([
  'Central',
  'East',
  'Eastern',
  'Greater',
  'Lower',
  'North',
  'Northern',
  'South',
  'Southern',
  'Upper',
  'West',
  'Western',
]);

/** The country words this module reads (shapeCountries), from the matcher's country table. */
export interface ShapeCountries {
  /**
   * English demonyms (Moroccan, Chinese, Sahrawi) and those of the regions the story spans: a modifier
   * before a name ("Russian Wagner"), not part of another name. A closed list, since endings catch given
   * names (Hassan, Ryan, Mehdi). French writes demonyms in lower case.
   */
  demonyms: ReadonlySet<string>;
  /**
   * Country names (English, French; first words), demonyms and institutions a compound pairs with a
   * name: a hyphen to one joins two names, it makes no longer one (hyphenedLonger).
   */
  compounds: ReadonlySet<string>;
  /**
   * French demonyms in the feminine (marocaine, marocaines; russe): the navies' adjectives (« les marines
   * marocaine et américaine »), not the masculine of the US Marines (« les marines américains »).
   */
  frAdjectives: ReadonlySet<string>;
  /** The closed lists of the matcher's record that end another name (name-shape-words.ts), as sets. */
  organisationForms: ReadonlySet<string>;
  tradeHeads: ReadonlySet<string>;
  facilityNouns: ReadonlySet<string>;
  eventNouns: ReadonlySet<string>;
  brandHeads: ReadonlySet<string>;
  compoundHeads: ReadonlySet<string>;
  /** What formerName reads (former-name-words.ts). */
  former: FormerNames;
  /** What quotedAfterNoun, productAfter and quotedWork read (quoted-product-words.ts). */
  quoted: QuotedProducts;
  /** What quotedTitle reads, and the press words that close a name (press-title-words.ts). */
  press: PressTitles;
}

/** The ShapeCountries of a country table, with the record's name-shape, former-name, quoted-product and press lists. */
export function shapeCountries(
  countries: readonly Country[],
  words: NameShapeWords,
  former: FormerNameWords,
  quoted: QuotedProductWords,
  press: PressTitleWords,
): ShapeCountries {
  const demonyms = new Set<string>([
    ...countries.flatMap((c) => c.enDemonyms),
    ...['African', 'Arab', 'Asian', 'European', 'Maghrebi', 'Sahelian'],
  ]);
  const compounds = new Set<string>([
    ...countries.flatMap((c) => [...c.enNames, ...c.frNames].map((n) => n.split(/[\s-]/u)[0]!)),
    ...demonyms,
    // the Joint Chiefs of Staff-Pentagon split
    ...['Pentagon', 'Congress', 'Senate'],
  ]);
  const frAdjectives = new Set<string>(
    countries.flatMap((c) => c.frDemonyms.flatMap((d) => (d.endsWith('e') ? [d] : [`${d}e`, `${d}es`]))),
  );
  return {
    demonyms,
    compounds,
    frAdjectives,
    organisationForms: recordSet(words.organisationForms),
    tradeHeads: recordSet(words.tradeHeads),
    facilityNouns: recordSet(words.facilityNouns),
    eventNouns: recordSet(words.eventNouns),
    brandHeads: recordSet(words.brandHeads),
    compoundHeads: recordSet(words.compoundHeads),
    former: formerNames(former),
    quoted: quotedProductSets(quoted),
    press: pressTitleSets(press),
  };
}

/** The words of text[lo, hi) outside [skipFrom, skipTo), with their offsets. */
function wordsIn(text: string, lo: number, hi: number, skipFrom: number, skipTo: number): Word[] {
  const out: Word[] = [];
  const re = WORD_RUN;
  re.lastIndex = lo;
  for (let m = re.exec(text); m !== null && m.index < hi; m = re.exec(text)) {
    if (m.index >= skipFrom && m.index < skipTo) continue;
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A title-case heading: no lower-case word of five letters or more in the sentence, and at least
 * three capitalised words of four letters or more besides the mention (short function words such as
 * "from" or "with" stay lower case in some styles).
 */
export function inTitleCase(text: string, start: number, end: number): boolean {
  const [lo, hi] = sentenceAround(text, start, end);
  let caps = 0;
  for (const { word } of wordsIn(text, lo, hi, start, end)) {
    if (word.length < 4) continue;
    if (isUpper(word[0])) caps++;
    else if (word.length >= 5) return false;
  }
  return caps >= 3;
}

/** Whether a and b differ by at most one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** Title and direction words long enough that a one-letter slip still tells which (Westen Sahara). */
const MISSPELLABLE = [...TITLES, ...DIRECTIONS].filter((w) => w.length >= 6);

/**
 * Whether the word is a slip of a title or a direction: a letter dropped, in a word of six letters
 * or more (Westen, Presdent), or changed or added, in one of eight or more (Govenor, Commandder).
 * Shorter slips would take given names for titles (Marina, Marin: Marine; Justine: Justice).
 */
const misspelt = (word: string): boolean =>
  word.length >= 6 && MISSPELLABLE.some((w) => (word.length < w.length || word.length >= 8) && oneEditApart(word, w));

/**
 * A word before a name that qualifies it rather than names something else: a title, a direction, a
 * demonym, or a compound adjective whose last part is lower case ("the Algeria-backed Polisario
 * Front", "Kremlin-linked Wagner", "US-trained"): support or origin, not a longer name's first word.
 */
function qualifier(word: string, demonyms: ReadonlySet<string>): boolean {
  const dash = word.lastIndexOf('-');
  const last = word.slice(dash + 1);
  if (dash > 0 && last.length >= 2 && LOWER_WORD.test(last)) return true;
  return TITLES.has(last) || DIRECTIONS.has(word) || demonyms.has(last) || misspelt(word);
}

/**
 * Prepositions of place (lower-cased): a capitalised word right after one is a place ("In Bamako
 * Wagner fighters", « dans Kidal Wagner »), the scene of the name after it, not its first word. Not
 * « à », « au », « en », which take firms and people as often (« le contrat revient à Sofra Maroc »).
 */
const LOCATIVES: ReadonlySet<string> = new Set([
  ...['at', 'in', 'near', 'outside', 'across', 'around', 'inside'],
  ...['dans', 'près'],
]);

/** Whether a preposition of place (LOCATIVES) stands right before the word at `start`. */
export function afterLocative(text: string, start: number): boolean {
  const gap = spacesBefore(text, start);
  const w = gap < start ? wordBefore(text, gap) : null;
  return w !== null && w.word.length <= 7 && LOCATIVES.has(w.word.toLowerCase());
}

/**
 * Whether the mention text[start, end) (original offsets), written capitalised, is part of a
 * longer proper name: a capitalised word right after it (China Spring), or right before it, not at
 * a sentence start (goalkeeper Daniel Rabat) nor a place after its preposition (in Bamako Wagner),
 * that no rule above explains.
 */
export function partOfLongerName(
  text: string,
  start: number,
  end: number,
  packNameAt: PackNameAt,
  countries: ShapeCountries,
): boolean {
  if (!upperAt(text, start) || !SOME_LOWER.test(text.slice(start, end))) return false; // not capitalised: an acronym
  if (nameCharAt(text, start - 1) || nameCharAt(text, end)) return false;
  const next = capitalisedAfter(text, end);
  const after =
    next !== null &&
    !DATES.has(next.word) &&
    !TITLES.has(next.word) &&
    capitalisedAfter(text, next.end) === null &&
    !packNameAt(next.start);
  // A mention that starts with a title may follow its service or office (Air Force General Anderson).
  const given = TITLES.has(LEADING_NAME.exec(text.slice(start, end))![0]) ? null : capitalisedBefore(text, start);
  const before =
    given !== null &&
    !sentenceInitial(text, given.start) &&
    !qualifier(given.word, countries.demonyms) &&
    !packNameAt(given.end) &&
    !afterLocative(text, given.start);
  return (after || before) && !inTitleCase(text, start, end);
}

/** A hashtag, a handle, a path or a domain: written in lower case whatever the writer's habits. */
function inIdentifier(text: string, start: number, end: number): boolean {
  return /[#@/._]/u.test(text[start - 1] ?? ' ') || IDENTIFIER_AFTER.test(text.slice(end, end + 2));
}

/** The stretch of text around a mention whose case shows the writer's habits: its line, at most this far either side. */
const PARAGRAPH_REACH = 400;

/**
 * Whether the writer of the line around text[start, end) capitalises names: some other word of it
 * is capitalised where no sentence starts.
 */
function capitalisesNames(text: string, start: number, end: number): boolean {
  const [lo, hi] = lineAround(text, start, end, PARAGRAPH_REACH);
  for (const w of wordsIn(text, lo, hi, start, end))
    if (capitalised(w.word) && !sentenceInitial(text, w.start)) return true;
  return false;
}

/** A mention written all in lower case (letters, apostrophes, hyphens), not in a hashtag, handle or address. */
const lowerCaseWord = (text: string, start: number, end: number): boolean =>
  LOWER_WORD.test(text.slice(start, end)) && !inIdentifier(text, start, end);

/**
 * Whether the one-word mention text[start, end), written all in lower case, is a common noun: its
 * sentence starts with a capital and the writer capitalises names, but not this one ("a spine
 * of green morocco").
 */
export function lowerCaseCommonNoun(text: string, start: number, end: number): boolean {
  return (
    lowerCaseWord(text, start, end) &&
    capitalSentence(text, start, end) &&
    (materialAdjectiveBefore(text, start) || capitalisesNames(text, start, end))
  );
}

/**
 * Lower-case forms of the pack's one-word names that are ordinary words of English or French: "tow truck",
 * "far from", "fine china", "bound in morocco", « un apache », « le rabat de l'enveloppe ».
 */
const ORDINARY_WORDS = new Set<string>(['apache', 'apaches', 'tow', 'far', 'china', 'morocco', 'sahara', 'rabat']);

/** lowerCaseForm's answers. */
export const NOT_LOWER = 0;
export const LOWER_NAME = 1;
export const LOWER_WORD_FORM = 2;

/**
 * How the mention text[start, end), whose first letter is a lower-case Latin one, is written: not all in
 * lower case (or in a hashtag, handle or address: NOT_LOWER); a distinctive name in lower case (« ceux de
 * wagner », "across the sahel", « les marines »: LOWER_NAME), which a writer who capitalises names writes so
 * only for the name, so that its window or its page decides it; or an ordinary word, or one after a
 * material's adjective ("tow truck", "half morocco": LOWER_WORD_FORM).
 */
export function lowerCaseForm(text: string, start: number, end: number, countries: ShapeCountries): number {
  if (!lowerCaseWord(text, start, end)) return NOT_LOWER;
  const word = text.slice(start, end);
  return ORDINARY_WORDS.has(word) ||
    materialAdjectiveBefore(text, start) ||
    qualifiedBefore(text, start, countries) ||
    (PLURAL_NOUNS.has(word) && commonPlural(text, start, end, countries)) ||
    PERFORMED.has(lowerWordBefore(text, start))
    ? LOWER_WORD_FORM
    : LOWER_NAME;
}

/**
 * Names that are a common noun's plural too: any navy's naval infantry ("most navies keep marines"), and
 * in French the navies themselves (« les marines marocaine et américaine »).
 */
const PLURAL_NOUNS = new Set<string>(['marines']);
/** Definite articles: "the marines", « les marines », the story's own. */
const DEFINITE = new Set<string>(['the', 'les']);

/**
 * Whether the lower-case plural at text[start, end) is the common noun: no definite article before it, or
 * a nationality's adjective after it (« les marines russe et chinoise »: French writes them in lower case).
 */
function commonPlural(text: string, start: number, end: number, countries: ShapeCountries): boolean {
  if (!DEFINITE.has(lowerWordBefore(text, start))) return true;
  const w = wordAfter(text, spacesAfter(text, end));
  return w !== null && countries.frAdjectives.has(w.word);
}

/**
 * Verbs of performing music: the lower-case name right after one is the composer's work (« a chanté wagner
 * à Moscou », "conducted wagner"), not the group.
 */
const PERFORMED = new Set<string>([
  ...['sang', 'conducted', 'played', 'performed', 'chanté', 'chante', 'dirigé', 'dirige', 'joué', 'joue'],
]);

/** The word right before `start` across spaces, lower-cased ('' when none). */
function lowerWordBefore(text: string, start: number): string {
  const gap = spacesBefore(text, start);
  const w = gap < start ? wordBefore(text, gap) : null;
  return w === null ? '' : w.word.toLowerCase();
}

/**
 * Whether a capitalised word stands right before `start`, a demonym or one that opens no sentence: a
 * lower-case noun after it is that one's common noun ("Moroccan marines", "the Dutch marines"; the story's
 * own are its longer names: US Marines), not after an article opening a sentence (« Les marines »).
 */
function qualifiedBefore(text: string, start: number, countries: ShapeCountries): boolean {
  const gap = spacesBefore(text, start);
  const w = gap < start ? wordBefore(text, gap) : null;
  return w !== null && capitalised(w.word) && (countries.demonyms.has(w.word) || !sentenceInitial(text, w.start));
}

/**
 * Adjectives of a material's colour, share or grain, which no country takes: "full red morocco",
 * "half morocco", "straight-grain morocco", "fine china". Written in lower case right before a lower-case
 * name, they make it the material even in a line that names nothing else (a bookseller's entry).
 */
const MATERIAL_ADJECTIVES = new Set<string>([
  ...['black', 'blue', 'brown', 'burgundy', 'citron', 'crimson', 'green', 'grey', 'gray', 'maroon', 'olive'],
  ...['orange', 'pink', 'purple', 'red', 'scarlet', 'white', 'yellow'],
  ...['full', 'half', 'quarter', 'three-quarter', 'fine', 'bone', 'soft', 'polished', 'straight-grain'],
  ...['hard-grain', 'pebble-grain', 'crushed'],
]);

/** Whether the word right before `start`, across spaces, is one of MATERIAL_ADJECTIVES in lower case. */
function materialAdjectiveBefore(text: string, start: number): boolean {
  const gap = spacesBefore(text, start);
  const w = gap < start ? wordBefore(text, gap) : null;
  // "Half morocco": capitalised only as its line's first word.
  return w !== null && MATERIAL_ADJECTIVES.has(sentenceInitial(text, w.start) ? w.word.toLowerCase() : w.word);
}

/** Compass words that, written in lower case before a capitalised name, describe a part of it (the western Sahara). */
const LOWER_DIRECTIONS = /^(?:western|eastern|northern|southern)[ \u00a0]+\p{Lu}/u;

/**
 * Whether the mention text[start, end) is a lower-case compass word before a capitalised name, where
 * the writer capitalises names: a part of that place ("rock art across the western Sahara"), not a
 * name whose compass word is part of it (Western Sahara, the Southern Provinces). The place itself
 * is left to the names inside (the Sahara: sense-heads.ts reads "the dispute over western Sahara").
 */
export function directionOfName(text: string, start: number, end: number): boolean {
  return (
    LOWER_DIRECTIONS.test(text.slice(start, end)) &&
    capitalSentence(text, start, end) &&
    capitalisesNames(text, start, end)
  );
}

/** Whether the sentence of text[start, end) starts with a capital letter. */
function capitalSentence(text: string, start: number, end: number): boolean {
  const [lo] = sentenceAround(text, start, end);
  const first = SOME_LETTER.exec(text.slice(lo, start));
  return first !== null && isUpper(first[0]);
}

/**
 * Whether a capitalised case-sensitive alias (Rabat, China; not an acronym: TOW, FAR) may match the
 * lower-case mention text[start, end): its writer capitalises neither the sentence nor any name
 * ("train supprimé de rabat à tanger"), so case tells nothing and the context (or the page)
 * decides. A capital at the sentence's start shows a writer who would have capitalised the name
 * (le rabat de l'enveloppe).
 */
export function caseTellsNothing(text: string, start: number, end: number, cased: readonly string[]): boolean {
  return (
    cased.some((c) => CAPITALISED_FORM.test(c)) &&
    lowerCaseWord(text, start, end) &&
    !capitalSentence(text, start, end) &&
    !capitalisesNames(text, start, end)
  );
}

/** Latin letters by code unit, for the fast checks of shapeSaysOther (others: not a Latin letter). */
const latinUpper = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && (LATIN_CLASS[c]! & LATIN_UPPER) !== 0);
export const latinLower = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f && c !== 0xf7 && (LATIN_CLASS[c]! & LATIN_LOWER) !== 0);
/** Whether a capitalised word ends a run of spaces before `start` (read back over letters, hyphens, apostrophes). */
function capitalBefore(text: string, start: number): boolean {
  const gap = spacesBefore(text, start);
  if (gap === start) return false;
  let i = gap - 1;
  for (let c = text.charCodeAt(i); latinUpper(c) || latinLower(c) || c === 0x2d || c === 0x27 || c === 0x2019;)
    c = text.charCodeAt(--i);
  return i + 1 < gap && latinUpper(text.charCodeAt(i + 1));
}

/**
 * Whether a mention that ends in capitals ("the US") modifies the capitalised name after it, a space
 * between: "the US Foreign Military Sales programme". Not before a date (the US Monday said); not
 * after a final period ("the U.S. The drills…" may end a sentence); not in a title-case heading,
 * where every word is capitalised ("What the US Wants From Morocco").
 */
function acronymModifier(text: string, start: number, end: number): boolean {
  if (!latinUpper(text.charCodeAt(end - 1))) return false;
  if (text.charCodeAt(end) !== 0x20 || !latinUpper(text.charCodeAt(end + 1)) || !latinLower(text.charCodeAt(end + 2)))
    return false;
  const next = LEADING_LETTERS.exec(text.slice(end + 1, end + 30));
  return next !== null && !DATES.has(next[0]) && !inTitleCase(text, start, end);
}

/**
 * Whether the shape of the mention text[start, end) says it is not the pack's name (either cue
 * above). Called for every mention: code-unit checks first, so most return at once. `commonNoun`:
 * whether the name may be a common noun at all; a name the pack knows in one sense only is written
 * in lower case by some writers too (« le polisario »), which says nothing against it.
 */
export function shapeSaysOther(
  text: string,
  start: number,
  end: number,
  packNameAt: PackNameAt,
  countries: ShapeCountries,
  commonNoun = true,
): boolean {
  const c = text.charCodeAt(start);
  if (latinLower(c))
    return (
      (commonNoun && lowerCaseCommonNoun(text, start, end)) ||
      directionOfName(text, start, end) ||
      acronymModifier(text, start, end)
    );
  if (!latinUpper(c)) return false;
  const gap = spacesAfter(text, end);
  const capitalAfter = gap > end && latinUpper(text.charCodeAt(gap));
  return (capitalAfter || capitalBefore(text, start)) && partOfLongerName(text, start, end, packNameAt, countries);
}

/** Words before a company's name: « l'agence Maroc Voyages », "booked through Morocco Tours". */
const COMPANY_BEFORE = new Set<string>(['agence', 'agency', 'through', 'via']);

/** After a race's noun, the institution's own team in it (the Marine Corps Relay team), not the race's. */
const TEAM_WORDS = new Set<string>(['team', 'teams', 'squad']);

/**
 * Common nouns of a firm or a program before a capitalised name, in apposition: the name is the firm's
 * or the program's (« le groupe Sahara », « la marque Sahara », "the energy firm Sahara", « le service Apache »),
 * or a product's colour (« coloris Sahara », "the shade Sahara"). Not "group" in English, which describes
 * the story's own organisations (the mercenary group Wagner); the pack's names that start with one of
 * them (« groupe Wagner ») are kept by the pack-name check.
 */
const FIRM_NOUNS = new Set<string>([
  'brand',
  'company',
  'firm',
  'compagnie',
  'entreprise',
  'firme',
  'groupe',
  'marque',
  'société',
  // A program's nouns: the name is software's (« le service Apache », « le serveur Apache », "the server Apache").
  'server',
  'serveur',
  'service',
  'logiciel',
  // A colour's or a finish's nouns: the name is a product's colour (« coloris Sahara », "the shade Sahara").
  'coloris',
  'couleur',
  'teinte',
  'colour',
  'color',
  'shade',
  'finish',
]);
/**
 * Those of FIRM_NOUNS that are also verbs ("tensions that colour Washington's view", "to finish
 * Western Sahara talks"): nouns only after a determiner (the colour Sahara, a shade Sahara).
 */
const VERB_LIKE_NOUNS = new Set<string>(['colour', 'color', 'shade', 'finish']);
const DETERMINERS = new Set<string>(['the', 'a', 'this', 'that', 'its', 'our', 'their']);

/**
 * The last three code units of a word, as one number (no string built): 10 bits of each, a small
 * integer to V8 (a Set boxes a larger number on every lookup). Units that share those bits share a
 * key, which only lets a word through to the FIRM_NOUNS test.
 */
const tailKey = (text: string, end: number): number =>
  ((text.charCodeAt(end - 3) & 0x3ff) << 20) |
  ((text.charCodeAt(end - 2) & 0x3ff) << 10) |
  (text.charCodeAt(end - 1) & 0x3ff);
/** The last three letters of FIRM_NOUNS: a word before a name that ends otherwise is none of them. */
const FIRM_TAILS = new Set([...FIRM_NOUNS].map((w) => tailKey(w, w.length)));

/** How many capitalised words may stand between the alias and its organisational form (Sahara Power Group). */
const ORGANISATION_REACH = 2;

/**
 * A version or section number right after the name: software (Apache 2.4, Apache 2.4.58) or a
 * regulation's clause (FAR 52.225-13, FAR Part 15, FAR subpart 15.4). A dotted number, or a
 * division of a text and its number; not an amount (Morocco 2.5 million, 1.5 %). Sticky: read at
 * the word after the name.
 */
const VERSION_AT =
  /\d+(?:\.\d+)+(?![\d.]*[ \u00a0]*(?:%|(?:per ?cent|pour ?cent|million|billion|bn|trillion|milliards?|millions?)\b))/y;
const DIVISION_AT = /(?:part|subpart|section|clause|chapter|§)[ \u00a0]*\d/iy;

/**
 * A state's institution named right after a place, capitalised: the place's name is its modifier
 * ("the United States Army", "United States Navy destroyer", "the Morocco Embassy"), as "US Navy"
 * is (eval/README.md), not a mention of the country. A closed class; sticky, read at the word after the name.
 */
const INSTITUTION_AT =
  /(?:Army|Navy|Air Force|Space Force|Marine Corps|Marines|Coast Guard|National Guard|Armed Forces|Special Forces|Military|Embassy|Consulate|Congress|Senate|House of Representatives|Government|Administration|Department|Treasury|Secret Service|Postal Service|Supreme Court|District Court|Court of|Constitution|Census Bureau|Geological Survey|Trade Representative)(?!\p{L})/uy;

/**
 * A unit of the United States' forces named after the country ("the United States Colored Troops",
 * "United States Marine Band", "United States Sixth Fleet"): the country is its modifier. Only a word that
 * opens such a unit's name (an ordinal, a service, an ocean, Horse, Colored, Volunteer), then perhaps one more capitalised
 * word, before the unit's noun: a title-case headline's verb or adverb opens none ("United States Will
 * Send Troops", "Morocco Deployed Troops"). Sticky, read at the word after the name (US_NAME).
 */
const UNIT_AT =
  /(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Army|Navy|Naval|Marine|Military|Air|Pacific|Atlantic|Asiatic|Horse|Colored|Volunteer)(?:[ \u00a0]+\p{Lu}\p{Ll}+)?[ \u00a0]+(?:Troops|Band|Regiment|Brigade|Battalion|Division|Volunteers|Infantry|Cavalry|Artillery|Squadron|Fleet)(?!\p{L})/uy;
/** The United States' names before UNIT_AT. */
const US_NAME = /^(?:United States|U\.S\.|US|USA)$/;

/** First letters of the divisions of NUMBERED_AFTER written in lower case (part, subpart, section, clause, chapter) and §. */
const divisionInitial = (c: number): boolean =>
  c === 0x70 || c === 0x73 || c === 0x63 || c === 0x50 || c === 0x53 || c === 0x43 || c === 0xa7;

/** Whether a firm's common noun stands right before the capitalised mention at `start` (« le groupe Sahara »). */
function firmBefore(text: string, start: number, packNameAt: PackNameAt): boolean {
  if (!latinUpper(text.charCodeAt(start))) return false;
  const gap = spacesBefore(text, start);
  // The nouns end in lower-case letters, in few ways: most capitalised mentions follow none (in, sur, pour, the).
  // All are four letters or more: a three-letter word (and, que) is none.
  if (gap === start || gap < 4 || !latinLower(text.charCodeAt(gap - 4)) || !FIRM_TAILS.has(tailKey(text, gap)))
    return false;
  const noun = wordBefore(text, gap);
  if (noun === null) return false;
  const word = noun.word.toLowerCase();
  if (!FIRM_NOUNS.has(word) || packNameAt(noun.start)) return false;
  if (!VERB_LIKE_NOUNS.has(word)) return true;
  const before = spacesBefore(text, noun.start);
  const determiner = before < noun.start ? wordBefore(text, before) : null;
  return determiner !== null && DETERMINERS.has(determiner.word.toLowerCase());
}

/**
 * What the entity is, as far as namesAnotherThing cares: a firm's noun before an organisation's name
 * describes it ("the private military company Wagner"); a number after a place is an amount or a
 * date ("Morocco 2.5 years later", "Rabat 12.05.2024"), not a version.
 */
export type NamedKind = 'place' | 'organisation' | 'other';

/**
 * Whether the shape of the mention text[start, end) names another thing outright, whatever its
 * window says: a version or section number after it, or an organisational form closing the run of
 * capitalised words that starts with it, or a facility's noun (Langley Research Center, Langley Air
 * Force Base) or an event's (Marine Corps Marathon), unless that run is a pack name (Wagner Group); or a
 * firm's noun before it (« le groupe Sahara »), or a company's former name ("formerly known as Apache"); or, for
 * `entityId`, a year that is not the event's own (dated-names.ts: the Joint Declaration of 2022). Unlike
 * `shapeSaysOther`, a rejection that story words nearby cannot outweigh: a page about Apache
 * helicopters may run on Apache 2.4, and a Nigerian firm called Sahara Group may sign a deal in Rabat.
 */
export function namesAnotherThing(
  text: string,
  start: number,
  end: number,
  packNameAt: PackNameAt,
  countries: ShapeCountries,
  entityId = '',
  kind: NamedKind = 'other',
): boolean {
  if (datedOther(entityId, text, start, end)) return true;
  // "APA, the producer formerly known as Apache": a company's old name (former-name.ts); an organisation's
  // own old name is still its (the Africa Corps, the private military company formerly known as Wagner)
  if (kind !== 'organisation' && formerName(text, start, end, countries.former)) return true;
  if (kind !== 'organisation' && firmBefore(text, start, packNameAt)) return true;
  if (kind !== 'place' && text.charCodeAt(end) === 0x2d && hyphenedLonger(text, start, end, packNameAt, countries))
    return true;
  const b = text.charCodeAt(start - 1);
  if (b === 0x2d && kind === 'place' && articlePrefixed(text, start)) return true;
  if (opensQuote(b) && quotedTitle(text, start, end, countries.press)) return true;
  // « « Apaches », le film de… », 'the western "Apache"': a work's title (quoted-product.ts)
  if ((opensQuote(b) || b === 0x20 || b === 0xa0) && quotedWork(text, start, end, countries.quoted)) return true;
  // « tente de bivouac « Sahara » »: a product's or a shop's name (quoted-product.ts)
  if (
    kind === 'place' &&
    (opensQuote(b) || b === 0x20 || b === 0xa0) &&
    quotedAfterNoun(text, start, end, countries.quoted)
  )
    return true;
  // "The Sahara opened in 1952", « le Sahara a fermé ses portes »: a resort named after the place (venue-verb.ts)
  if (kind === 'place' && venueVerbAfter(text, start, end)) return true;
  // "The Sahel tent", "Our Sahara sand paint", "Apache RTR 160": a product's name, English order (quoted-product.ts)
  if (kind !== 'organisation' && productAfter(text, start, end, kind !== 'place', countries.quoted)) return true;
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0xa0) return false;
  const at = spacesAfter(text, end);
  const next = text.charCodeAt(at);
  // The Wagner Group of Companies: a holding's name closes on its form after "of".
  if (kind !== 'place' && next === 0x6f && OF_COMPANIES.test(text.slice(end, end + 20))) return true;
  // Team USA, Team GB: a national team, not the country.
  if (kind === 'place' && text.startsWith('Team', spacesBefore(text, start) - 4)) {
    if (capitalisedBefore(text, start)?.word === 'Team') return true;
  }
  // A union of a continent: "of" or « d' » follows.
  if (kind === 'place' && (next === 0x6f || next === 0x64) && continentalUnion(text, start, end)) return true;
  if (next >= 0x30 && next <= 0x39) {
    if (kind === 'place') return false;
    VERSION_AT.lastIndex = at;
    return VERSION_AT.test(text);
  }
  // Most mentions are followed by a lower-case word: nothing to read, unless it may be a division (part, subpart, section…).
  if (kind !== 'place' && divisionInitial(next)) {
    DIVISION_AT.lastIndex = at;
    if (DIVISION_AT.test(text)) return true;
  }
  if (!latinUpper(next) || !latinUpper(text.charCodeAt(start))) return false;
  if (kind === 'place') {
    INSTITUTION_AT.lastIndex = at;
    if (INSTITUTION_AT.test(text)) return true;
    UNIT_AT.lastIndex = at;
    if (US_NAME.test(text.slice(start, end)) && UNIT_AT.test(text)) return true;
    if (acronymOpensName(text, start, end, packNameAt, countries.brandHeads)) return true;
  }
  const trade = text.charCodeAt(start - 1) !== 0x23;
  return closedByForm(text, start, end, packNameAt, countries, trade, kind === 'organisation');
}

/** A union's name (United States, États-Unis), a continent after it: another federation's. */
const UNION_NAME = /^(?:the[ \u00a0]+)?(?:United[ \u00a0]+States|[EÉ]tats-Unis)$/iu;
const FRENCH_UNION = /^[EÉ]tats-Unis$/iu;
const OF_CONTINENT =
  /^[ \u00a0]+(?:of[ \u00a0]+(?:Europe|Africa|Asia|Latin[ \u00a0]+America|the[ \u00a0]+World)|d['’](?:Europe|Afrique|Asie|Amérique[ \u00a0]+latine))(?!\p{L})/u;

/**
 * A region of the continent after it (« d'Afrique de l'Ouest », « d'Afrique centrale »): French « des
 * États-Unis d'Afrique » is then the United States' withdrawal or trade from that region, not a union.
 */
const REGION_AFTER =
  /^[ \u00a0]+(?:de[ \u00a0]+l['’](?:Ouest|Est)|du[ \u00a0]+(?:Nord|Sud)|(?:centrale|australe|orientale|occidentale|sahélienne|subsaharienne|du[ \u00a0]+Nord-\p{L}+))(?!\p{L})/iu;
/**
 * Nouns of leaving, removing, moving or trade that govern « des » before the United States: « le retrait
 * des États-Unis d'Afrique » is the country leaving the continent (from Africa), not a union of it.
 */
const MOVES_FROM = new Set<string>([
  ...['retrait', 'départ', 'désengagement', 'éviction', 'expulsion', 'retour', 'repli', 'sortie'],
  ...['importations', 'exportations', 'importation', 'exportation', 'troupes', 'soldats', 'forces'],
]);

/**
 * "a United States of Europe", « les États-Unis d'Afrique »: a federation proposed for a continent, not the
 * United States (whose own long name, of America, is an alias and wins as the longer match). Not « le
 * retrait des États-Unis d'Afrique (de l'Ouest) »: the country and where it leaves from.
 */
function continentalUnion(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!UNION_NAME.test(name)) return false;
  const of = OF_CONTINENT.exec(text.slice(end, end + 24));
  if (of === null) return false;
  // English says "withdrawal from Africa": "the United States of Africa" is the union.
  if (!FRENCH_UNION.test(name)) return true;
  if (REGION_AFTER.test(text.slice(end + of[0].length, end + of[0].length + 24))) return false;
  const des = wordBefore(text, spacesBefore(text, start));
  if (des === null || des.word.toLowerCase() !== 'des') return true;
  const noun = wordBefore(text, spacesBefore(text, des.start));
  return noun === null || !MOVES_FROM.has(unelided(noun.word).toLowerCase());
}

/** A holding's form after its name: "of Companies", "of Cos." */
const OF_COMPANIES = /^[ \u00a0]+of[ \u00a0]+(?:Companies|Cos\b)/u;

/**
 * A country's acronym opening a two-word proper name: "USA Today", "USA Gymnastics", "USA Network".
 * partOfLongerName leaves acronyms alone, since an organisation's ("AFRICOM Headquarters") heads the
 * words after it; a country's acronym followed by a brand's head (name-shape-words.ts: brandHeads), itself no pack name,
 * with a lower-case word after it and not in a title-case line, is a brand's, a team's or a paper's
 * first word: a country named as such takes "the" ("the USA and Morocco").
 */
function acronymOpensName(
  text: string,
  start: number,
  end: number,
  packNameAt: PackNameAt,
  brandHeads: ReadonlySet<string>,
): boolean {
  // Most names are not acronyms: a lower-case second letter says so before any slice.
  const second = text.charCodeAt(start + 1);
  if ((end - start > 1 && second >= 0x61 && second <= 0x7a) || SOME_LOWER.test(text.slice(start, end))) return false;
  // The next word's letters: a possessive may follow it (USA Today's list). Every brand head is capitalised.
  const gap = spacesAfter(text, end);
  const initial = text.charCodeAt(gap);
  if (initial < 0x41 || initial > 0x5a) return false;
  const next = LEADING_LETTERS.exec(text.slice(gap, gap + 40))?.[0];
  if (next === undefined || !brandHeads.has(next) || packNameAt(gap)) return false;
  return capitalisedAfter(text, gap + next.length) === null && !inTitleCase(text, start, end);
}

/**
 * A full name of several words joined by a hyphen to a capitalised word that is no pack name,
 * country, demonym, title, date or direction: a longer name (Mark Milley-Jones, « le groupe
 * Wagner-Auto »). Not a one-word name's compound (the Morocco-Algeria border, Russia-Africa summit)
 * nor a lower-case one (Wagner-linked, Milley-era).
 */
function hyphenedLonger(
  text: string,
  start: number,
  end: number,
  packNameAt: PackNameAt,
  countries: ShapeCountries,
): boolean {
  if (!latinUpper(text.charCodeAt(end + 1)) || !latinLower(text.charCodeAt(end + 2))) return false;
  let spaced = false;
  for (let i = start + 1; i < end && !spaced; i++) spaced = text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0;
  if (!spaced || packNameAt(end + 1)) return false;
  let i = end + 2;
  while (i < text.length && latinLower(text.charCodeAt(i))) i++;
  const word = text.slice(end + 1, i);
  if (countries.compounds.has(word) || TITLES.has(word) || DATES.has(word) || DIRECTIONS.has(word)) return false;
  return !compoundHeadAfter(text, i, countries.compoundHeads) && !titledBefore(text, start);
}

/** Whether a compound's head noun (`heads`: name-shape-words.ts, compoundHeads) follows the word ending at `end`. */
function compoundHeadAfter(text: string, end: number, heads: ReadonlySet<string>): boolean {
  const at = spacesAfter(text, end);
  if (at === end || !latinLower(text.charCodeAt(at))) return false;
  let i = at + 1;
  while (i < text.length && (latinLower(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d)) i++;
  return heads.has(text.slice(at, i));
}

/**
 * Whether a rank or title opens the name or stands before it (General, Gen., « le général », an
 * alias "général Michael Langley"): a story's official named by rank, so a hyphened capital names
 * the other side (« le général Michael Langley-Bourita a rencontré »), not a namesake's longer
 * surname (Mark Milley-Jones scored).
 */
function titledBefore(text: string, start: number): boolean {
  let i = start;
  while (latinLower(text.charCodeAt(i)) || latinUpper(text.charCodeAt(i))) i++;
  if (isTitle(text.slice(start, i))) return true;
  let gap = spacesBefore(text, start);
  if (gap === start) return false;
  if (text.charCodeAt(gap - 1) === 0x2e) gap--;
  const w = wordBefore(text, gap);
  return w !== null && isTitle(w.word);
}

/** Whether a word, capitalised or not (General, général), is a title of TITLES. */
const isTitle = (word: string): boolean => word !== '' && TITLES.has(word[0]!.toUpperCase() + word.slice(1));

/**
 * Maltese articles joined by a hyphen before a place's name (Ir-Rabat, Il-Belt, It-Tokk), alone or
 * after a preposition (tar-Rabat, fir-Rabat): the name is then a Maltese town's. A closed class, so
 * "Ex-Wagner", "Pro-Rabat" or "Co-" read no article. Lower case, as articlePrefixed compares.
 */
const MALTESE_ARTICLES: ReadonlySet<string> = new Set([
  ...['il', 'ir', 'is', 'it', 'ix', 'iż', 'iz', 'id', 'in', 'iċ', 'ic', 'l'],
  ...['tar', 'tal', 'tas', 'tat', 'fir', 'fil', 'mir', 'mil', 'bir', 'bil', 'sar', 'sal', 'lir', 'lil'],
]);

/**
 * A Maltese article (MALTESE_ARTICLES) joined by a hyphen before the name, at a word's start: the
 * name is another place's (Ir-Rabat). `start` follows the hyphen. Not a compound of capitals
 * (US-Morocco), nor any other word (Ex-Wagner, Pro-Moscow, Franco-Algerian).
 */
function articlePrefixed(text: string, start: number): boolean {
  if (!latinUpper(text.charCodeAt(start))) return false;
  let lead = start - 1;
  while (lead > start - 5 && latinLetter(text.charCodeAt(lead - 1))) lead--;
  if (lead === start - 1 || latinLetter(text.charCodeAt(lead - 1)) || text.charCodeAt(lead - 1) === 0x2d) return false;
  return MALTESE_ARTICLES.has(text.slice(lead, start - 1).toLowerCase());
}

/** A Latin letter (Maltese ż and ċ among them). */
const latinLetter = (c: number): boolean => latinUpper(c) || latinLower(c);

/**
 * Whether a company's sign (COMPANY_BEFORE) is the word right before `start`, or another pack name ends there:
 * the name is inside a brand's run (Sahara in "Morocco Sahara Tours").
 */
function companyBefore(text: string, start: number, packNameAt: PackNameAt): boolean {
  const gap = spacesBefore(text, start);
  if (gap === start) return false;
  if (packNameAt(gap)) return true;
  const w = wordBefore(text, gap);
  return w !== null && COMPANY_BEFORE.has(unelided(w.word).toLowerCase());
}

/** The word after the spaces at `end`, lower-cased ('' when none). */
const lowerWordAfter = (text: string, end: number): string =>
  wordAfter(text, spacesAfter(text, end))?.word.toLowerCase() ?? '';

/**
 * Whether a run of capitalised words after the name at text[start, end) is closed by an organisational form or
 * a facility's noun, or (`trade`: not in a hashtag) a travel trade's head (tradeHeads), or (`event`: an
 * institution's name) a race's noun right after it (eventNouns); the lists are name-shape-words.ts'.
 */
function closedByForm(
  text: string,
  start: number,
  end: number,
  packNameAt: PackNameAt,
  words: ShapeCountries,
  trade: boolean,
  event: boolean,
): boolean {
  let at = end;
  for (let n = 0; n <= ORGANISATION_REACH; n++) {
    const gap = spacesAfter(text, at);
    if (gap === at) return false;
    const w = LEADING_LETTERS.exec(text.slice(gap, gap + 40));
    if (w === null || !isUpper(w[0][0])) return false;
    let wordEnd = gap + w[0].length;
    // A co-operative is a form (Moscow Food Co-op); another hyphenated word is another word (SA-7).
    const coop = /^-op(?:erative)?\b/iu.exec(text.slice(wordEnd, wordEnd + 12));
    if (w[0] === 'Co' && coop !== null) wordEnd += coop[0].length;
    else if (text[wordEnd] === '-') return false;
    // A form followed by more of the name reads on (School District); a title (Group Captain) ends it
    // below; a pack name ending there (Wagner Group) is no form.
    if (
      words.organisationForms.has(w[0]) ||
      words.facilityNouns.has(w[0]) ||
      words.press.titleWords.has(w[0]) ||
      (event && n === 0 && words.eventNouns.has(w[0]) && !TEAM_WORDS.has(lowerWordAfter(text, wordEnd))) ||
      (trade && words.tradeHeads.has(w[0]) && (n > 0 || companyBefore(text, start, packNameAt)))
    ) {
      if (packNameAt(wordEnd)) return false;
      if (capitalisedAfter(text, wordEnd) === null) return true;
    }
    if (!capitalised(w[0]) || TITLES.has(w[0]) || DATES.has(w[0])) return false;
    at = wordEnd;
  }
  return false;
}
