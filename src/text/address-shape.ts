/**
 * Where a place name stands in an address or a gazetteer phrase, it names a namesake town, not the
 * story's country or capital (issue 16): "Poland, Maine", "China, ME", "Moscow (Idaho)", "Rabat,
 * Malta", "the town of China", "China, a village of farms". And a capital that stands for its
 * country's government ("Washington decided") is only the city when it is where something happens
 * or where one goes ("flew to Washington", "زار واشنطن"). Features of the text's shape that hold
 * for every place of the country table (country-table.ts) and every US state, not lists of phrases.
 *
 * - Address: a country name or a capital followed by a comma (or an opening bracket) and a US state
 *   or a Canadian province (name, postal or AP abbreviation); for a capital, also another country
 *   than its own ("Rabat, Morocco" is the story's; "Morocco, Algeria" is a list, not an address).
 * - Gazetteer: "the town/village of X", "the town X", "X, a small town", "la commune de X" (for a country, also
 *   "city of" / "ville de").
 * - Locative (capitals that stand for a government, METONYMS): a destination ("to", "visited",
 *   "إلى", "زار") says the city; a place preposition ("in", "à", "في", بـ) is evidence against that
 *   the rule's story words can outweigh, except after the people who speak for a government
 *   ("officials in Washington") or as a clause-opening frame ("À Washington, on observe…"). The
 *   city outright after what a city holds ("reporters in Washington", وسائل إعلام في واشنطن), before
 *   ", where" ("talks in Moscow, where banners…"), or after a venue and of/de ("Palais des
 *   expositions d'Alger"). The government as the subject of its acts ("Pékin fournit") or of a
 *   stance ("Beijing is in breach of"), the object of pressure or courtship ("pushing Washington out",
 *   "courted Moscow") or the other party of a relation ("se rapprochant de Moscou", التقارب مع موسكو).
 *   The city in a club's name, a bulletin, a town compound or beside Moscow's sights: city-signs.ts.
 *
 * Pure: reads the original text around a mention (case matters for abbreviations), knows nothing of the DOM.
 */
import { CapitalApposition } from './capital-apposition';
import { CitySigns } from './city-signs';
import type { AddressWords } from './address-words';
import type { Country } from './countries';
import { recordSet } from './folded-words';
import { DATES, sepWordsAfter, sepWordsBefore, type SepWord, spaced, spacesBefore, whiteAt } from './latin-words';
import { foldedSet, foldString } from './normalise';
import { namesStreet } from './street-name';

/** Entities that are a country whose capital's name stands for its government, by country code. */
export const METONYMS: Readonly<Record<string, string>> = {
  'united-states': 'us',
  russia: 'ru',
  china: 'cn',
  algeria: 'dz',
};

/** What ends an address: punctuation, the end, a lower-case word or a postcode (made once: see latin-words.ts, SOME_LOWER). */
const ADDRESS_CLOSED = /^(?:$|\s*[,;:)!?،]|\.|\s+[\p{Ll}\p{Lo}\d])/u;

/** How many words after an Arabic verb of visiting (addressWords.arabicVisits) it governs a name. */
const ARABIC_REACH = 7;
/** An Arabic letter (a word written in Arabic). */
const ARABIC_LETTER = /[\u0600-\u06ff]/u;

/**
 * A dateline's dash, opening the story's first sentence: after "TOWN, Washington", or after a capital
 * itself (WASHINGTON — The…, واشنطن - وافقت…, واشنطن- "القدس العربي":).
 */
const DATELINE_DASH = /^[ \u00a0]*[—–-][ \u00a0]+["“«]?[\p{Lu}\u0600-\u06ff]/u;
/** A dateline's date and agency between the capital and its dash: ", April 11", ", 12 mars", "(Reuters)". */
const DATELINE_ITEMS =
  /^(?:[ \u00a0]*,[ \u00a0]*[\p{L}\d.]+(?:[ \u00a0]+[\p{L}\d.]+){0,2})?(?:[ \u00a0]*\([^()\n]{1,30}\))?/u;
/** The word after a dash, closed by punctuation or the line's end: a headline's second place (Washington – Rabat:). */
const DASH_PAIR = /^[ \u00a0]*[—–-][ \u00a0]+([\p{L}\p{M}.'’-]+)[ \u00a0]*(?:[:,;|]|$)/u;
/** Whether only spaces stand between the line's start (or the text's) and `at`: read back by char code. */
function opensLine(text: string, at: number): boolean {
  for (let p = at - 1; p >= 0; p--) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}
/**
 * Word shapes of the town-and-state, list and route tests, made once: esbuild rewrites a \p{…}
 * literal as new RegExp for Node, which inside a function would be rebuilt on every call.
 */
const UPPER_INITIAL = /^\p{Lu}/u;
/** A capitalised word (Pullman) or one in capitals (PULLMAN). */
const TOWN_WORD = /^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
/** A comma, then the word after it. */
const COMMA_THEN_WORD = /^\s*,\s*([\p{L}.'’-]+)/u;

/**
 * Relative words of place after the capital and a comma: "talks in Moscow, where banners lined
 * Tverskaya Street" (où, حيث): the capital is where things stand, the city.
 */
const WHERE_AFTER = /^[ \u00a0]*[,،][ \u00a0]*(?:where|où|حيث)(?![\p{L}])/u;
/** How many words of the clause after ", where" are read for `governmentNouns` and acts. */
const WHERE_REACH = 10;

/** How many words before "of"/"de" a venue's noun may stand (Salon international du livre d'Alger). */
const VENUE_REACH = 4;

/**
 * A copula whose predicate is a state's stance (Beijing is in breach of, Alger reste opposé à), or
 * the noun that says what a shared name is (sense-heads.ts: the Sahara is the kingdom's priority).
 */
export const COPULAS = foldedSet(['is', 'was', 'remains', 'remained', 'est', 'reste', 'demeure', 'restait']);
const STANCE_REACH = 3;

/** Auxiliaries between a capital and its act (Washington has approved, Washington a reconnu). */
const AUXILIARIES = foldedSet(['has', 'had', 'have', 'will', 'would', 'a', 'avait', 'va', 'aurait', 'also', 'aussi']);

/**
 * The weight of a capital that is the subject of a government's act: alone it accepts (CUE_ACCEPT),
 * a veto of the rule still rejects. Chosen on the dev split.
 */
export const ACT_WEIGHT = 4;

/**
 * The weight (log-odds, as a cue word's) of a place preposition before a capital that may stand
 * for its government: alone it rejects, story words nearby can outweigh it. Chosen on the dev split.
 */
export const LOCATIVE_WEIGHT = -4;

export type Locative = 'destination' | 'place' | 'acts' | null;

interface Places {
  /** Folded country name → code. */
  countries: Map<string, string>;
  /** Folded capital → code. */
  capitals: Map<string, string>;
}

function buildPlaces(countries: readonly Country[]): Places {
  const out: Places = { countries: new Map(), capitals: new Map() };
  for (const { code, enNames, frNames, arNames, capitals } of countries) {
    for (const n of [...enNames, ...frNames, ...arNames])
      if (!out.countries.has(foldString(n))) out.countries.set(foldString(n), code);
    for (const c of capitals) out.capitals.set(foldString(c), code);
  }
  return out;
}

/** Letters, and the periods and apostrophes inside abbreviations and names. */
export const WORD = /[\p{L}\p{M}.’'-]/u;

/**
 * WORD's test of text[p], without the regular expression (nor a one-character string) for ASCII, the
 * Arabic letters and marks and Latin-1's letters: most of what is read around a name.
 * Exported for its test (every code unit against WORD).
 */
export function isWordUnit(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x27 || c === 0x2d;
  if ((c >= 0x0620 && c <= 0x065f) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)) return true;
  return WORD.test(text[p]!);
}

/** The words after `from` (original text), up to `max` within 80 characters, with the separators before each. */
const wordsAfter = (text: string, from: number, max: number): SepWord[] =>
  sepWordsAfter(text, from, max, 80, isWordUnit);

/** Up to `max` words before `to` within 80 characters, nearest first, each with the separator after it. */
/** How far before a name its words are read. */
const WORDS_REACH = 80;
const wordsBefore = (text: string, to: number, max: number): SepWord[] =>
  sepWordsBefore(text, to, max, WORDS_REACH, isWordUnit);

/**
 * Where wordsBefore(text, to, 1)[0] starts when spaces, one or more, separate it from `to` (it ends at
 * spacesBefore(text, to)), else -1. Read in place: every general place name asks it, and the word and
 * its separator as strings, in an array, were a tenth of what a bench pass allocated.
 */
export function spacedWordStart(text: string, to: number): number {
  const from = Math.max(0, to - WORDS_REACH);
  let w = to;
  while (w > from && !isWordUnit(text, w - 1)) w--;
  let p = w;
  while (p > from && isWordUnit(text, p - 1)) p--;
  return p < w && w < to && spacesBefore(text, to) === w ? p : -1;
}

/** d' or d’ right before `start` (the town d'Alger), read in place: most names have neither. */
function elidedDe(text: string, start: number): boolean {
  const d = text.charCodeAt(start - 2);
  const q = text.charCodeAt(start - 1);
  return start >= 2 && (d === 0x64 || d === 0x44) && (q === 0x27 || q === 0x2019);
}

/** The code unit of the first character after `from` that is not white space (NaN at the end): no string made. */
function nextMark(text: string, from: number): number {
  let p = from;
  while (p < text.length && whiteAt(text, p)) p++;
  return text.charCodeAt(p);
}

/** A word without the apostrophe of an elision (d'), if it ends in one. */
function withoutFinalApostrophe(w: string): string {
  const c = w.charCodeAt(w.length - 1);
  return c === 0x27 || c === 0x2019 ? w.slice(0, -1) : w;
}

/** How far sentenceSpan reads on either side of a mention. */
const SENTENCE_REACH = 200;

/**
 * The sentence around the mention at normalised chars[s, e) (the matcher's buffer, whose offsets the
 * original text's sentence would not give): from after the last stop (. ! ? ؟ followed by white space)
 * or line break before it to the next, at most SENTENCE_REACH either side. Where a capital is the
 * subject of a government's act, the words of the city in other sentences do not veto it.
 */
export function sentenceSpan(chars: Uint16Array, length: number, s: number, e: number): [number, number] {
  let lo = s;
  const min = Math.max(0, s - SENTENCE_REACH);
  while (lo > min && !(chars[lo - 1] === 0x0a || (isSpaceUnit(chars[lo - 1]!) && lo > 1 && isStopUnit(chars[lo - 2]!))))
    lo--;
  let hi = e;
  const max = Math.min(length, e + SENTENCE_REACH);
  while (
    hi < max &&
    !(chars[hi] === 0x0a || (isStopUnit(chars[hi]!) && (hi + 1 >= length || isSpaceUnit(chars[hi + 1]!))))
  )
    hi++;
  return [lo, hi];
}
/**
 * The clause around the mention at normalised chars[s, e): its sentence (sentenceSpan) cut at the commas,
 * colons and semicolons either side ("Public finance seminar: Wagner's law and …, with data from Mali").
 */
export function clauseSpan(chars: Uint16Array, length: number, s: number, e: number): [number, number] {
  const [first, last] = sentenceSpan(chars, length, s, e);
  let lo = s;
  while (lo > first && !isClauseMark(chars[lo - 1]!)) lo--;
  let hi = e;
  while (hi < last && !isClauseMark(chars[hi]!)) hi++;
  return [lo, hi];
}
/** , ; : and the Arabic comma and semicolon. */
const isClauseMark = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x060c || c === 0x061b;
const isStopUnit = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
const isSpaceUnit = (c: number): boolean => c === 0x20 || c === 0xa0 || (c >= 0x09 && c <= 0x0d);

/** Whether an English possessive ('s, ’s) follows `end`. */
function possessiveAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if ((c !== 0x27 && c !== 0x2019) || text.charCodeAt(end + 1) !== 0x73) return false;
  return end + 2 >= text.length || !isWordUnit(text, end + 2);
}

/**
 * Whether a folded word is in `set` as written or without a proclitic و or ف: a verb that starts
 * with و itself (وصل، وقعت، وافقت) must not lose it (وصل الرئيس إلى موسكو).
 */
function hasArabic(set: ReadonlySet<string>, f: string): boolean {
  return set.has(f) || set.has(f.replace(/^[وف]/u, ''));
}

/** A period closing an abbreviation or a sentence is not part of a name. */
const bare = (w: string): string => w.replace(/\.$/, '');

/** AddressShape's word sets, built once from the record's lists (address-words.ts), folded by the compiler. */
function addressSets(w: AddressWords) {
  return {
    states: new Set([...w.stateNames, ...w.stateAbbreviations]),
    townNouns: recordSet(w.townNouns),
    cityNouns: recordSet(w.cityNouns),
    townAdjectives: recordSet(w.townAdjectives),
    indefinite: recordSet(w.indefinite),
    the: recordSet(w.the),
    of: recordSet(w.of),
    conjunctions: recordSet(w.conjunctions),
    visits: recordSet(w.visits),
    arabicVisits: recordSet(w.arabicVisits),
    towards: recordSet(w.towards),
    travel: recordSet(w.travel),
    from: recordSet(w.from),
    to: recordSet(w.to),
    links: recordSet(w.links),
    routeNouns: recordSet(w.routeNouns),
    stateNamedCapitals: recordSet(w.stateNamedCapitals),
    townPrepositions: recordSet(w.townPrepositions),
    listConjunctions: recordSet(w.listConjunctions),
    places: recordSet(w.places),
    spokespeople: recordSet(w.spokespeople),
    located: recordSet(w.located),
    peopleFrom: recordSet(w.peopleFrom),
    held: recordSet(w.held),
    by: recordSet(w.by),
    agentParticiples: recordSet(w.agentParticiples),
    governmentNouns: recordSet(w.governmentNouns),
    stateHeld: recordSet(w.stateHeld),
    determiners: recordSet(w.determiners),
    venues: recordSet(w.venues),
    venueAlsoWords: recordSet(w.venueAlsoWords),
    venueJoiners: recordSet(w.venueJoiners),
    acts: recordSet(w.acts),
    pressures: recordSet(w.pressures),
    seats: recordSet(w.seats),
    relations: recordSet(w.relations),
    dealings: recordSet(w.dealings),
    with: recordSet(w.with),
    stanceNouns: recordSet(w.stanceNouns),
    relationPreps: recordSet(w.relationPreps),
    stances: recordSet(w.stances),
  };
}
type AddressSets = ReturnType<typeof addressSets>;

/** A place name's kind: the country it is the capital of, or a country. */
interface PlaceKind {
  capitalOf: string | undefined;
  isCountry: boolean;
  /** A capital that is also a US state's name (`stateNamedCapitals`). */
  stateNamed: boolean;
}

/** How many written names (and folded words) AddressShape remembers (a bound, so a long-lived matcher stays small). */
const KINDS_KEPT = 512;

export class AddressShape {
  private places: Places | null = null;
  private readonly kinds = new Map<string, PlaceKind>();
  /** Words read around names, folded: the same few recur on a page, and folding is the dear part. */
  private readonly folds = new Map<string, string>();

  /** fold and `acts`' test as namesStreet and CitySigns take them, made once (saysOther made two per call). */
  private readonly folder = (w: string): string => this.fold(w);
  private readonly isAct = (f: string): boolean => this.w.acts.has(f);

  /** A club's, a match's, a bulletin's or a sight's city (city-signs.ts). */
  private readonly signs: CitySigns;

  /** A capital described by its own country, or a clause before its verb (capital-apposition.ts). */
  private readonly apposition: CapitalApposition;

  /** The word sets (address-words.ts). */
  private readonly w: AddressSets;

  constructor(
    private readonly countries: readonly Country[],
    words: AddressWords,
  ) {
    this.w = addressSets(words);
    this.signs = new CitySigns(
      (f) => this.p.countries.has(f) || this.p.capitals.has(f),
      this.isAct,
      words,
      this.folder,
    );
    this.apposition = new CapitalApposition(
      countries,
      (f) => this.w.acts.has(f) || this.w.pressures.has(f),
      (w) => this.fold(w),
    );
  }

  private get p(): Places {
    return (this.places ??= buildPlaces(this.countries));
  }

  /**
   * Whether the place name at original text[start, end) is written as a namesake town's: in an
   * address, or described as a town. Only for names that are a country or a capital of the country table.
   */
  saysOther(text: string, start: number, end: number): boolean {
    const { capitalOf, isCountry, stateNamed } = this.placeKind(text.slice(start, end));
    if (capitalOf === undefined && !isCountry) return false;
    if (capitalOf !== undefined && stateNamed && this.stateOfTown(text, start, end)) return true;
    // Both an address and "China, a village" need a comma or a bracket next: most names have neither.
    const mark = nextMark(text, end);
    const listed = mark === 0x2c || mark === 0x060c; // , ،
    return (
      ((listed || mark === 0x28) && this.address(text, end, capitalOf)) || // (
      this.gazetteer(text, start, end, isCountry, listed) ||
      // rue de Rabat, شارع الرباط في الخرطوم: a street's name.
      namesStreet(text, start, end, this.folder, this.isAct)
    );
  }

  /**
   * Whether a name as written is a capital (of which country) or a country. Remembered by the text
   * as written: a page names the same few places again and again, and folding is the dear part.
   */
  private placeKind(written: string): PlaceKind {
    let kind = this.kinds.get(written);
    if (kind === undefined) {
      const name = foldString(written);
      const capitalOf = this.p.capitals.get(name);
      const isCountry = capitalOf === undefined && this.p.countries.has(name);
      kind = { capitalOf, isCountry, stateNamed: this.w.stateNamedCapitals.has(name) };
      if (this.kinds.size >= KINDS_KEPT) this.kinds.clear();
      this.kinds.set(written, kind);
    }
    return kind;
  }

  /** foldString, remembered (at most KINDS_KEPT words). */
  private fold(word: string): string {
    let f = this.folds.get(word);
    if (f === undefined) {
      f = foldString(word);
      if (this.folds.size >= KINDS_KEPT) this.folds.clear();
      this.folds.set(word, f);
    }
    return f;
  }

  private address(text: string, end: number, capitalOf: string | undefined): boolean {
    const after = wordsAfter(text, end, 4);
    const first = after[0];
    if (first === undefined) return false;
    const bracket = /^\s*\(\s*$/.test(first.sep);
    if (!bracket && !/^\s*[,،]\s*$/.test(first.sep)) return false;
    for (let k = Math.min(3, after.length); k >= 1; k--) {
      const parts = after.slice(0, k);
      if (parts.slice(1).some((t) => !spaced(t.sep))) continue;
      const phrase = parts.map((t) => t.word).join(' ');
      const rest = text.slice(end).slice(after.slice(0, k).reduce((n, t) => n + t.sep.length + t.word.length, 0));
      // What follows ends the address: punctuation, the end, a lower-case word or a postcode.
      const closed = bracket ? /^\s*\)/.test(rest) : ADDRESS_CLOSED.test(rest);
      if (!closed) continue;
      if (this.w.states.has(phrase) || this.w.states.has(bare(phrase))) return true;
      if (capitalOf !== undefined && !this.listGoesOn(rest)) {
        const code = this.p.countries.get(this.fold(bare(phrase)));
        if (code !== undefined && code !== capitalOf) return true;
      }
    }
    return false;
  }

  /**
   * Whether `rest`, the text after a capital's "X, <country>", carries on a list of countries
   * (Washington, Morocco and Israel; الرباط، الجزائر وتونس; Moscow, Mali, Niger): then it is no
   * address. Another address (Rabat, Malta and Rabat, Morocco) or a town (Rabat, Malta and Gozo) is not.
   */
  private listGoesOn(rest: string): boolean {
    const next = wordsAfter(rest, 0, 4);
    const first = next[0];
    if (first === undefined) return false;
    let item: { word: string; sep: string }[];
    if (/^\s*[,،&]\s*$/u.test(first.sep)) item = next;
    else if (!spaced(first.sep)) return false;
    else if (this.w.conjunctions.has(first.word.toLowerCase()) && next[1] !== undefined && spaced(next[1].sep))
      item = next.slice(1);
    else if (/^و[\u0600-\u06ff]{2,}/u.test(first.word))
      item = [{ sep: '', word: first.word.slice(1) }, ...next.slice(1)];
    else return false;
    for (let k = 1; k <= Math.min(3, item.length); k++) {
      if (item.slice(1, k).some((t) => !spaced(t.sep))) break;
      if (
        this.p.countries.has(
          this.fold(
            bare(
              item
                .slice(0, k)
                .map((t) => t.word)
                .join(' '),
            ),
          ),
        )
      )
        return true;
    }
    return false;
  }

  /** Whether `w` is a gazetteer noun (or, before a country, a city's). */
  private isTown(w: string, isCountry: boolean): boolean {
    const f = this.fold(w);
    return this.w.townNouns.has(f) || (isCountry && this.w.cityNouns.has(f));
  }

  /** `listed`: a comma follows the name (nextMark). */
  private gazetteer(text: string, start: number, end: number, isCountry: boolean, listed: boolean): boolean {
    // The town of China, la commune de Rabat, بلدة الصين.
    const at = spacedWordStart(text, start);
    if (at >= 0) {
      const near = this.fold(text.slice(at, spacesBefore(text, start)));
      if (this.isTown(near, isCountry)) {
        if (/[\u0600-\u06ff]/u.test(near)) return true;
        // The town Rabat, call the village China: the noun in apposition after "the".
        const the = wordsBefore(text, start, 2)[1];
        if (the !== undefined && spaced(the.sep) && this.w.the.has(the.word.toLowerCase())) return true;
      }
      if (this.w.of.has(withoutFinalApostrophe(near))) {
        const town = wordsBefore(text, start, 2)[1];
        if (town !== undefined && spaced(town.sep) && this.isTown(town.word, isCountry)) return true;
      }
    } else if (elidedDe(text, start)) {
      const prev = wordsBefore(text, start - 2, 1)[0];
      if (prev !== undefined && spaced(prev.sep) && this.isTown(prev.word, isCountry)) return true;
    }
    // China, a village of farms; Rabat, une petite commune.
    if (!listed) return false;
    const after = wordsAfter(text, end, 3);
    if (
      after[0] === undefined ||
      !/^\s*[,،]\s*$/.test(after[0].sep) ||
      !this.w.indefinite.has(after[0].word.toLowerCase())
    )
      return false;
    const noun = after[1] !== undefined && this.w.townAdjectives.has(after[1].word.toLowerCase()) ? after[2] : after[1];
    return noun !== undefined && this.isTown(noun.word, isCountry);
  }

  /** Whether the capital ending at `end` is the subject of a government's act (`prev`: the folded word before it). */
  private acts(text: string, end: number, prev: string): boolean {
    if (hasArabic(this.w.acts, prev) && /[\u0600-\u06ff]/u.test(prev)) return true;
    if (this.w.pressures.has(prev)) return true;
    const after = wordsAfter(text, end, 3);
    let i = 0;
    while (i < 2 && after[i] !== undefined && spaced(after[i]!.sep) && AUXILIARIES.has(this.fold(after[i]!.word))) i++;
    const verb = after[i];
    if (verb === undefined || !spaced(verb.sep)) return false;
    const v = this.fold(verb.word);
    if (this.w.acts.has(v)) return true;
    // Beijing is in breach of…, Alger reste opposé à…: a state's stance.
    if (!COPULAS.has(v)) return false;
    const more = wordsAfter(text, end, i + 1 + STANCE_REACH).slice(i + 1);
    return more.some((t) => this.w.stances.has(this.fold(withoutFinalApostrophe(t.word))));
  }

  /** Whether an Arabic verb of `verbs` governs the name at `start` from the start of its clause (no punctuation between). */
  private arabicVerb(verbs: ReadonlySet<string>, text: string, start: number): boolean {
    const before = wordsBefore(text, start, ARABIC_REACH);
    for (const t of before) {
      if (!/^\s+$/.test(t.sep) || t.word.endsWith('.') || !/[\u0600-\u06ff]/u.test(t.word)) return false;
      if (hasArabic(verbs, this.fold(t.word))) return true;
    }
    return false;
  }

  /**
   * Whether the capital at text[start, end), also a US state's name, closes a town's address: a
   * capitalised word that is no country, capital or date, a comma, the name, then punctuation or the
   * end ("Pullman, Washington.", "Colfax, Washington, told"). The town must read as a place: right
   * after a place preposition (in Pullman, from Colfax), or opening a dateline (Pullman, Washington —).
   * Not a list (Endorsed by Trump, Washington, and Rabat; in Pullman, Washington, or Rabat), a list
   * of capitals (Rabat, Washington.) nor a clause's opening (Meanwhile, Washington said).
   */
  private stateOfTown(text: string, start: number, end: number): boolean {
    const rest = text.slice(end);
    const dash = DATELINE_DASH.test(rest);
    if (!dash && !/^\s*(?:$|[.,;:)!?])/u.test(rest)) return false;
    if (this.commaListsOn(rest)) return false;
    const [town, prep] = wordsBefore(text, start, 2);
    if (town === undefined || !/^,[ \u00a0]+$/u.test(town.sep) || !TOWN_WORD.test(town.word)) return false;
    const townStart = start - town.sep.length - town.word.length;
    const placed =
      !dash && prep !== undefined && spaced(prep.sep) && this.w.townPrepositions.has(prep.word.toLowerCase());
    const dateline = dash && opensLine(text, townStart);
    if (!placed && !dateline) return false;
    if (!dateline && !TITLE_WORD.test(town.word)) return false;
    if (DATES.has(town.word)) return false;
    const f = foldString(town.word);
    return !this.p.countries.has(f) && !this.p.capitals.has(f) && !this.w.states.has(town.word);
  }

  /**
   * Whether the capital at text[start, end) is a dateline's city: opening its line, then a date or an
   * agency perhaps, then a dash and the story ("WASHINGTON, April 11 (Reuters) — The…", « MOSCOU (AFP) –
   * Les… », «واشنطن - وافقت»). A layout: the newsroom's city, not the government (eval/README.md). Not a
   * headline's pair of places ("Washington – Rabat: the talks"), nor an aside (Washington — not Paris —).
   */
  private dateline(text: string, start: number, end: number): boolean {
    if (!opensLine(text, start)) return false;
    const rest = text.slice(end, end + 60);
    const after = rest.slice(DATELINE_ITEMS.exec(rest)![0].length);
    if (!DATELINE_DASH.test(after)) return false;
    const pair = DASH_PAIR.exec(after);
    return pair === null || !this.isPlace(pair[1]!);
  }

  /** Whether a word as written names a country or a capital. */
  private isPlace(word: string): boolean {
    const f = foldString(word);
    return this.p.countries.has(f) || this.p.capitals.has(f);
  }

  /**
   * Whether the comma after a name (`rest`: the text after it) leads on to a list's next item: a
   * conjunction or a country or capital (Trump, Washington, and Rabat). Unlike listGoesOn, for any list.
   */
  private commaListsOn(rest: string): boolean {
    const m = COMMA_THEN_WORD.exec(rest);
    if (m === null) return false;
    const next = m[1]!;
    if (this.w.listConjunctions.has(next.toLowerCase())) return true;
    const f = foldString(next);
    return UPPER_INITIAL.test(next) && (this.p.countries.has(f) || this.p.capitals.has(f));
  }

  /**
   * Whether the capital at `start`, after a conjunction, is the second of two places governed by one
   * place preposition ("meets alternately in Rabat and Washington"), not after the people who speak
   * for a government ("officials in Rabat and Washington").
   */
  private secondPlace(text: string, start: number): boolean {
    const [conj, place, prep, gov] = wordsBefore(text, start, 4);
    if (conj === undefined || place === undefined || prep === undefined) return false;
    if (![conj, place, prep].every((t) => spaced(t.sep)) || !UPPER_INITIAL.test(place.word)) return false;
    if (!this.w.places.has(foldString(prep.word))) return false;
    return gov === undefined || !this.w.spokespeople.has(foldString(gov.word));
  }

  /**
   * Whether the capital at text[start, end) (`start` before its proclitics) is an end of a route:
   * "from X to Y" after a way of travelling (the train from Moscow to Beijing, le trajet de Moscou à
   * Pékin), or the two places a line links (relie Moscou à Pékin). Not "arms from Moscow to Bamako":
   * a government sends those.
   */
  private routeEnd(text: string, start: number, end: number): boolean {
    const before = wordsBefore(text, start, 4);
    const f = (i: number): string => {
      const t = before[i];
      return t !== undefined && /^\s+$/u.test(t.sep) ? foldString(t.word) : '';
    };
    const opens = (from: number): boolean =>
      this.w.links.has(f(from)) ||
      (this.w.from.has(f(from)) && (this.w.routeNouns.has(f(from + 1)) || this.w.travel.has(f(from + 1))));
    const after = wordsAfter(text, end, 2);
    const closes =
      after[0] !== undefined &&
      after[1] !== undefined &&
      /^\s+$/u.test(after[0].sep) &&
      this.w.to.has(foldString(after[0].word).replace(/[’']$/u, '')) &&
      /^[\s’']+$/u.test(after[1].sep) &&
      UPPER_INITIAL.test(after[1].word);
    // The route's start (… Moscow to Beijing) or its end (… Moscow to Beijing).
    if (closes && opens(0)) return true;
    return this.w.to.has(f(0)) && UPPER_INITIAL.test(before[1]?.word ?? '') && f(1) !== '' && opens(2);
  }

  /**
   * Whether a venue's noun (`venues`) stands up to VENUE_REACH words before the "of"/"de"/"d'" that
   * ends right before `start`: "Palais des expositions d'Alger", "the Palace of Exhibitions of Algiers".
   */
  private venue(text: string, start: number): boolean {
    // Most capitals follow no "of": one look at the word before.
    const before = wordsBefore(text, start, 1);
    const of = before[0];
    if (of === undefined || !this.w.of.has(withoutFinalApostrophe(of.word.toLowerCase()))) return false;
    if (!spaced(of.sep) && !/[’']$/u.test(of.word)) return false;
    // Back through the venue's name only: connectors, capitalised words, or a noun after a connector
    // (Salon international du livre d'Alger); any other word (spoke of Washington) ends it.
    const more = wordsBefore(text, start, VENUE_REACH + 1);
    for (let i = 1; i < more.length; i++) {
      const { word, sep } = more[i]!;
      if (!spaced(sep)) return false;
      const f = this.fold(word);
      if (this.w.venues.has(f) || (this.w.venueAlsoWords.has(f) && UPPER_INITIAL.test(word))) return true;
      const joined = this.w.venueJoiners.has(f) || UPPER_INITIAL.test(word);
      if (!joined && !this.w.venueJoiners.has(this.fold(more[i + 1]?.word ?? ''))) return false;
    }
    return false;
  }

  /**
   * Whether `name` is the capital of METONYMS' `entityId` and no country's name too (Washington, موسكو; not
   * الجزائر, which names Algeria as well): a city whose name may stand for its government.
   */
  onlyCapital(entityId: string, name: string): boolean {
    const f = this.fold(name);
    return (
      METONYMS[entityId] !== undefined && this.p.capitals.get(f) === METONYMS[entityId] && !this.p.countries.has(f)
    );
  }

  /**
   * For an entity of METONYMS whose capital is named at original text[start, end), after its Arabic
   * proclitics `proclitic` (the original text right before `start`: و، ف، ب، ل…): what its governing
   * word says of it (a destination, a place, a government's act), or null. `otherSeat`: the page named
   * another city's seat before (city-signs.ts: seat).
   */
  locative(entityId: string, text: string, start: number, end: number, proclitic = '', otherSeat = false): Locative {
    const code = METONYMS[entityId];
    if (code === undefined) return null;
    const tokStart = start - proclitic.length;
    if (this.p.capitals.get(this.fold(text.slice(start, end))) !== code)
      // The Kremlin among Moscow's sights: the building, not the government.
      return this.w.seats.has(this.fold(text.slice(start, end))) && this.signs.seat(text, tokStart, end, otherSeat)
        ? 'destination'
        : null;
    // CSKA Moscou, the Moscow final, Moscow-Pullman, Météo : … sur Alger: the city.
    if (this.signs.capital(text, tokStart, end)) return 'destination';
    // WASHINGTON — The State Department…: a dateline, the newsroom's city.
    if (proclitic === '' && this.dateline(text, start, end)) return 'destination';
    // Moscow, the capital of Russia, is home to…; Moscow, which backs the juntas, sent…
    const described = this.apposition.read(text, tokStart, end, code);
    if (described !== null) return described === 'city' ? 'destination' : 'acts';
    const clitics = this.fold(proclitic);
    const before = wordsBefore(text, tokStart, 2);
    // بواشنطن: the proclitic preposition ب (in) on the name; لواشنطن: ل (to).
    const cliticPrep = clitics.endsWith('ب') ? 'في' : clitics.endsWith('ل') ? 'إلى' : '';
    const prep =
      cliticPrep !== ''
        ? this.fold(cliticPrep)
        : before[0] !== undefined && /^\s+$/.test(before[0].sep)
          ? this.fold(before[0].word)
          : '';
    const gov = cliticPrep !== '' ? before[0] : before[1];
    const bareArabic = (w: string): string => w.replace(/^[وف]/u, '');
    // Se rapprochant de Moscou, closer ties with Beijing, التقارب مع موسكو: the other party of a relation.
    if (cliticPrep === '' && this.w.relationPreps.has(bareArabic(prep)) && gov !== undefined && spaced(gov.sep)) {
      const g = bareArabic(this.fold(gov.word));
      if (this.w.relations.has(g) || (this.w.with.has(bareArabic(prep)) && this.w.dealings.has(g))) return 'acts';
      if (this.w.of.has(prep) && this.w.stanceNouns.has(g)) return 'acts'; // la décision de Washington
    }
    // قرار واشنطن: a government's decision, in a construct.
    if (cliticPrep === '' && this.w.stanceNouns.has(prep) && ARABIC_LETTER.test(prep) && spaced(before[0]!.sep))
      return 'acts';
    if (hasArabic(this.w.visits, prep) || this.arabicVerb(this.w.arabicVisits, text, tokStart)) return 'destination';
    // باحثين من واشنطن، باحثين من الرباط وواشنطن: people of the city, or of it and a place before it (ar-blind19-071).
    if (
      cliticPrep === '' &&
      (clitics === '' || clitics === 'و') &&
      this.peopleFrom(text, tokStart, clitics === '' ? 0 : 1)
    )
      return 'destination';
    if (cliticPrep === '' && this.routeEnd(text, tokStart, end)) return 'destination';
    if (this.w.towards.has(bareArabic(prep))) {
      const g = gov !== undefined && /^\s+$/.test(gov.sep) ? bareArabic(this.fold(gov.word)) : '';
      const travel = this.w.travel.has(g) || this.w.routeNouns.has(g);
      const prepStart = cliticPrep !== '' ? tokStart : tokStart - before[0]!.sep.length - before[0]!.word.length;
      if (travel || this.arabicVerb(this.w.travel, text, prepStart)) return 'destination';
    }
    if (cliticPrep === '' && this.venue(text, tokStart)) return 'destination';
    // Moscow's metro stations, Beijing's marathon: what the city holds, named after it.
    const possessive = cliticPrep === '' && possessiveAt(text, end);
    if (possessive && this.cityHolds(text, end + 2, false)) return 'destination';
    if (possessive && this.w.stanceNouns.has(this.fold(wordsAfter(text, end + 2, 1)[0]?.word ?? ''))) return 'acts';
    if (cliticPrep === '' && this.w.conjunctions.has(prep) && this.secondPlace(text, tokStart)) return 'place';
    // لواشنطن is no subject: only a bare name may be the government that acts.
    if (!this.w.places.has(prep) && !this.w.places.has(bareArabic(prep))) {
      if (cliticPrep === '' && this.w.by.has(prep) && gov !== undefined && this.passive(gov)) return 'acts';
      return cliticPrep === '' && this.acts(text, end, prep) ? 'acts' : null;
    }
    // In Beijing's academies: the preposition governs what the name qualifies.
    if (possessive) return null;
    // Officials in Washington: the government's people; reporters in Washington: the city's.
    const governor = gov !== undefined ? this.fold(gov.word) : '';
    if (this.w.spokespeople.has(governor)) return null;
    if (this.w.located.has(governor) || this.held(text, tokStart, cliticPrep !== '' ? 0 : 1)) return 'destination';
    // À Washington, on observe… / وفي واشنطن، قال…: a frame for what the government thinks.
    const opensClause = gov === undefined || /[.!?:;،\n]/u.test(gov.sep) || /[.!?]$/.test(gov.word);
    const rest = text.slice(end, end + 12);
    // À Pékin, le marathon a réuni…: a frame for what happens in the city; otherwise the government's.
    if (opensClause && /^\s*[,،]/u.test(rest)) return this.cityHolds(text, end, true) ? 'destination' : null;
    // Talks in Moscow, where banners lined Tverskaya Street: the city; where the Pentagon weighed…: the
    // window decides, without the place's weight against (the clause says the seat of a government).
    const where = WHERE_AFTER.exec(rest);
    if (where !== null) return this.governmentClause(text, end + where[0].length) ? null : 'destination';
    return 'place';
  }

  /**
   * Whether an Arabic preposition of `peopleFrom` governed by what a city holds (`located`: its researchers, students)
   * stands before the name at `start`, past `skip` words (the first of two coordinated places).
   */
  private peopleFrom(text: string, start: number, skip: number): boolean {
    const words = wordsBefore(text, start, skip + 2);
    const prep = words[skip];
    const gov = words[skip + 1];
    if (prep === undefined || gov === undefined || !words.every((t) => spaced(t.sep))) return false;
    return this.w.peopleFrom.has(this.fold(prep.word)) && this.w.located.has(this.fold(gov.word));
  }

  /** Whether the word `gov` before "by"/"par" is a government's participle or act (paid and equipped by). */
  private passive(gov: { word: string; sep: string }): boolean {
    if (!spaced(gov.sep)) return false;
    const f = this.fold(gov.word);
    return this.w.agentParticiples.has(f) || this.w.acts.has(f) || this.w.pressures.has(f);
  }

  /**
   * Whether an event of `held` governs the place preposition: the word at `i` before the name (its
   * governor), or for Arabic the word before it, past one adjective (مؤتمر أمني بواشنطن).
   */
  private held(text: string, tokStart: number, i: number): boolean {
    const before = wordsBefore(text, tokStart, i + 2);
    const gov = before[i];
    if (gov === undefined || !spaced(gov.sep)) return false;
    if (this.w.held.has(this.fold(gov.word))) return true;
    const noun = before[i + 1];
    return (
      noun !== undefined &&
      spaced(noun.sep) &&
      /^[\u0600-\u06ff]/u.test(gov.word) &&
      this.w.held.has(this.fold(noun.word))
    );
  }

  /**
   * Whether the words after `from` name what a city holds (`venues`, `located`): the next word, or the
   * one after a determiner (`determiner`: also after a comma, À Pékin, le marathon).
   */
  private cityHolds(text: string, from: number, determiner: boolean): boolean {
    const after = wordsAfter(text, from, 2);
    let noun = after[0];
    if (noun === undefined) return false;
    if (determiner) {
      if (!/^\s*[,،]?\s*$/u.test(noun.sep)) return false;
      const d = withoutFinalApostrophe(noun.word.toLowerCase());
      if (this.w.determiners.has(d)) noun = after[1];
      else if (/^l[’']/iu.test(noun.word)) noun = { sep: ' ', word: noun.word.slice(2) };
      if (noun === undefined || !/^[\s’']*$/u.test(noun.sep)) return false;
    } else if (!spaced(noun.sep)) return false;
    const f = this.fold(noun.word);
    return (this.w.venues.has(f) || this.w.located.has(f)) && !this.w.stateHeld.has(f);
  }

  /** Whether the clause from `from` (after ", where") names a government's body, people or act. */
  private governmentClause(text: string, from: number): boolean {
    const after = wordsAfter(text, from, WHERE_REACH);
    for (let i = 0; i < after.length; i++) {
      const { word, sep } = after[i]!;
      if (i > 0 && /[.;:!?]/u.test(sep)) return false;
      const f = this.fold(word);
      if (this.w.governmentNouns.has(f) || this.w.acts.has(f) || this.w.pressures.has(f) || this.w.spokespeople.has(f))
        return true;
      if (word.endsWith('.')) return false; // the sentence ends
    }
    return false;
  }
}
