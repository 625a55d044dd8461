/**
 * A city of the story named by what only it has, on a page that also names its namesake (issue 16,
 * blind16: Rabat of Morocco and Rabat of Malta on one travel page). The page's vote would withdraw
 * every mention of the name; a mention with decisive local evidence of its own keeps its sense.
 *
 * - Named: its country's appositive right after it ("Rabat, the Moroccan capital", « Rabat, la
 *   capitale marocaine », الرباط، العاصمة المغربية), its country's name closing its address ("Rabat,
 *   Morocco", « Rabat (Maroc) », الرباط، المغرب: as "Rabat, Malta" names the namesake) or its country's
 *   possessive right before it ("Morocco's Rabat"). Decisive: it outweighs its window's veto (a Maltese
 *   word nearby).
 * - Its sights in its paragraph (the Hassan Tower, les Oudayas, صومعة حسان), or its country's name in its
 *   sentence ("talks with his counterpart from Morocco"; not in Arabic, where المغرب is also the sunset
 *   prayer): enough to keep a mention its window accepted for want of a veto, not to outweigh a veto (a
 *   paragraph may name both towns). Its country's name as a word of its own ("Moroccan-owned" is not
 *   Morocco), outside a namesake's frame: "Rabat, not to be confused with the Moroccan capital", « Rabat,
 *   homonyme de la capitale du Maroc » say that this Rabat is the other one (rev18).
 * - Else a namesake's own places in its paragraph (a rejected vote on the page other than the city's
 *   name: Malta, Mdina, Gozo, the entity's other-sense phrases) make a weak mention the namesake's, as a
 *   veto read over the paragraph would (blind18: « la petite ville de Rabat » a line after Mdina), unless
 *   the paragraph names its country: « Le Maroc et Malte ont signé un accord à La Valette. La prochaine
 *   réunion aura lieu à Rabat » (rev18). The page then decides: its country counted there outweighs the
 *   namesake's places (page-evidence.ts), so the weak mention carries the country (weakCandidates).
 *
 * Pure: reads the original text around a mention; knows nothing of the DOM.
 */
import type { Country } from './countries';
import { lineAround, nameCharAt, spacesBefore, wordBefore } from './latin-words';
import { sentenceAround } from './sentence';
import { foldString, foldedSet } from './normalise';
import { UNLESS_OTHER } from './page-evidence';

/** The story's cities that have namesakes elsewhere: their country's code and entity id, and their own sights. */
const OWN_CITIES: Readonly<Record<string, { country: string; countryId: string; sights: readonly string[] }>> = {
  rabat: {
    country: 'ma',
    countryId: 'morocco',
    sights: [
      ...['Hassan Tower', 'tour Hassan', 'Udayas', 'Oudayas', 'Oudaya', 'Udaya', 'Chellah', 'Bou Regreg'],
      ...['Bouregreg', 'صومعة حسان', 'الأوداية', 'الاوداية', 'شالة', 'أبي رقراق'],
    ],
  },
};

/** Nouns of a capital in an appositive. */
const CAPITAL_NOUNS = foldedSet(['capital', 'capitale', 'العاصمة', 'عاصمة']);
/** How many words after the comma an appositive's capital noun and country word are read. */
const APPOSITIVE_WORDS = 5;
/** How far a paragraph is read on either side of the name. */
const PARAGRAPH_REACH = 300;
/**
 * Words that compare the city with its namesake or tell them apart: its country named there says that the
 * mention is the namesake ("shares its name with the capital of Morocco", « homonyme de la capitale du Maroc »).
 */
const NAMESAKE_FRAME =
  /\b(?:confused|confuse|confondre|confondue?|namesakes?|homonymes?|unlike|contrairement|same name|m[eê]me nom|shares its name|whose name|dont le nom)\b/u;
/** The Arabic article on a stem (المغرب) and an English possessive (Morocco's). */
const ARTICLE = /^ال/u;
const POSSESSIVE = /['’]s$/u;

interface City {
  /** Folded stems of the country's names and demonyms (morocco, moroccan, maroc, marocain, مغرب). */
  stems: readonly string[];
  /** The country's English and French names and demonyms, lower-cased, read in the city's sentence. */
  latin: readonly string[];
  /** The country's entity id. */
  countryId: string;
  /** Folded one-word names of the country (morocco, maroc, المغرب), which close the city's address. */
  names: ReadonlySet<string>;
  /** Folded sights. */
  sights: readonly string[];
  /** The length of the longest. */
  longest: number;
}

/** A text as the matcher folded it: code units, and the offset in the text each comes from. */
export interface FoldedText {
  chars: Uint16Array;
  starts: Uint32Array;
  length: number;
}

/** A word and a participle after it (English: "Morocco being…", "Morocco having…"): an absolute clause, no address. */
const CLAUSE_AFTER = /^[ \u00a0]*[\p{L}-]+[ \u00a0]+\p{Ll}+ing(?![\p{L}])/u;

/** The words after `from`, up to `max`, with whether a comma or a sentence's stop came before the first. */
function wordsFrom(text: string, from: number, max: number): string[] {
  const out: string[] = [];
  let p = from;
  const end = Math.min(text.length, from + 120);
  while (out.length < max && p < end) {
    while (p < end && !nameCharAt(text, p)) {
      const c = text.charCodeAt(p);
      if (out.length > 0 && (c === 0x2e || c === 0x3a || c === 0x3b || c === 0x0a)) return out;
      p++;
    }
    const w = p;
    while (p < end && nameCharAt(text, p)) p++;
    if (p > w) out.push(text.slice(w, p));
  }
  return out;
}

export class OwnCity {
  private readonly cities = new Map<string, City>();
  /**
   * The sights found in the last text read, as offsets in that text, ascending: those starting at folded
   * units [from, to). Mentions are read left to right, so a paragraph already read is not read again; only
   * paragraphs asked about are read (a whole text per mention of the city cost more than all its rules).
   */
  private sightsRead: { text: string; city: City; from: number; to: number; at: number[] } | null = null;
  /**
   * Reads folded code units as a string: a native copy, a quarter of String.fromCharCode's cost (a lone
   * surrogate becomes U+FFFD, still one unit: offsets keep). Typed arrays are little-endian in every browser.
   */
  private readonly units = new TextDecoder('utf-16le');

  constructor(countries: readonly Country[]) {
    for (const [id, { country, countryId, sights }] of Object.entries(OWN_CITIES)) {
      const c = countries.find((x) => x.code === country);
      if (c === undefined) continue;
      const names = [...c.enNames, ...c.enDemonyms, ...c.frNames, ...c.frDemonyms, ...c.arNames];
      const stems = names.map((n) => foldString(n).replace(ARTICLE, '')).filter((n) => !n.includes(' '));
      const latin = [...c.enNames, ...c.enDemonyms, ...c.frNames, ...c.frDemonyms].map((n) => n.toLowerCase());
      const folded = sights.map((s) => foldString(s));
      const longest = Math.max(...folded.map((s) => s.length));
      const own = foldedSet([...c.enNames, ...c.frNames, ...c.arNames].filter((n) => !n.includes(' ')));
      this.cities.set(id, { stems, latin, countryId, names: own, sights: folded, longest });
    }
  }

  /** The candidates of a weak mention of the city (page-evidence.ts): its own, UNLESS_OTHER and its country's. */
  weakCandidates(entityId: string): string[] {
    return [entityId, UNLESS_OTHER, this.cities.get(entityId)!.countryId];
  }

  /** Whether the entity is one of OWN_CITIES. */
  has(entityId: string): boolean {
    return this.cities.has(entityId);
  }

  /** Whether the city at text[start, end) is named by its country's appositive or possessive (decisive). */
  named(entityId: string, text: string, start: number, end: number): boolean {
    const city = this.cities.get(entityId);
    if (city === undefined) return false;
    const ofCountry = (w: string): boolean => {
      const f = foldString(w).replace(ARTICLE, '');
      return city.stems.some((s) => f.startsWith(s));
    };
    // Morocco's Rabat
    const gap = spacesBefore(text, start);
    const prev = gap < start ? wordBefore(text, gap) : null;
    if (prev !== null && POSSESSIVE.test(prev.word) && ofCountry(prev.word.slice(0, -2))) return true;
    // Rabat, the Moroccan capital; الرباط، العاصمة المغربية; Rabat, Morocco; Rabat (Maroc)
    let p = end;
    while (p < text.length && text.charCodeAt(p) === 0x20) p++;
    const comma = text.charCodeAt(p);
    if (comma !== 0x2c && comma !== 0x060c && comma !== 0x28) return false;
    const after = wordsFrom(text, p + 1, APPOSITIVE_WORDS);
    // Not a country that opens a clause of its own ("from Mdina to Rabat, Morocco being our next stop").
    if (after.length > 0 && city.names.has(foldString(after[0]!))) return !CLAUSE_AFTER.test(text.slice(p + 1, p + 48));
    return comma !== 0x28 && after.some((w) => CAPITAL_NOUNS.has(foldString(w))) && after.some(ofCountry);
  }

  /**
   * Whether the city at text[start, end) is named (see named) or its paragraph names its sights. `folded`
   * is the matcher's folded reading of `text` (its code units and their offsets in `text`): the sights are
   * looked for there, not in a paragraph folded again for each mention.
   */
  strong(entityId: string, text: string, start: number, end: number, folded: FoldedText): boolean {
    const city = this.cities.get(entityId);
    if (city === undefined) return false;
    if (this.named(entityId, text, start, end)) return true;
    if (countryIn(city, text, ...sentenceAround(text, start, end))) return true;
    const [lo, hi] = lineAround(text, start, end, PARAGRAPH_REACH);
    // The folded units [from, to) that start in [lo, hi): starts ascend.
    const from = firstAtOrAfter(folded.starts, folded.length, lo);
    const to = firstAtOrAfter(folded.starts, folded.length, hi);
    const last = this.sightsRead;
    const read =
      last !== null && last.text === text && last.city === city && last.from <= from && to <= last.to
        ? last
        : (this.sightsRead = { text, city, from, to, at: this.readSights(city, folded, from, to) });
    const { at } = read;
    // The first sight at or after lo: is it before hi?
    const a = firstAtOrAfter(at, at.length, lo);
    return a < at.length && at[a]! < hi;
  }

  /**
   * Whether a weak mention of the city at text[start, end) is a namesake's: one of `votes` (the text's rejected
   * votes against it) lies in its paragraph and is not the city's own name ("FAR Rabat", a club, says nothing
   * of the town). Asked only of mentions its country and sights did not name (strong).
   */
  namesakeNear(
    entityId: string,
    text: string,
    start: number,
    end: number,
    votes: readonly { start: number; text: string }[],
  ): boolean {
    const [lo, hi] = lineAround(text, start, end, PARAGRAPH_REACH);
    const name = text.slice(start, end).toLowerCase();
    if (!votes.some((v) => v.start >= lo && v.start < hi && !v.text.toLowerCase().includes(name))) return false;
    const city = this.cities.get(entityId);
    return city === undefined || !countryIn(city, text, lo, hi);
  }

  /** The offsets in the text of `city`'s sights that start at folded units [from, to), ascending. */
  private readSights(city: City, folded: FoldedText, from: number, to: number): number[] {
    const { chars, starts, length } = folded;
    // As a string once, so each sight is looked for by the engine's own indexOf (a loop here cost more).
    const part = this.units.decode(chars.subarray(from, Math.min(length, to + city.longest)));
    const at: number[] = [];
    const span = to - from;
    for (const sight of city.sights)
      for (let i = part.indexOf(sight); i >= 0 && i < span; i = part.indexOf(sight, i + 1)) at.push(starts[from + i]!);
    at.sort((x, y) => x - y);
    return at;
  }
}

/**
 * Whether text[lo, hi) names the city's country in English or French, as a word of its own (Moroccan,
 * marocaine; not Moroccan-owned), and no namesake's frame (NAMESAKE_FRAME).
 */
function countryIn(city: City, text: string, lo: number, hi: number): boolean {
  const part = text.slice(lo, hi).toLowerCase();
  if (NAMESAKE_FRAME.test(part)) return false;
  for (const n of city.latin)
    for (let i = part.indexOf(n); i >= 0; i = part.indexOf(n, i + 1)) {
      if (i > 0 && nameCharAt(part, i - 1)) continue;
      let e = i + n.length;
      while (e < part.length && nameCharAt(part, e) && part.charCodeAt(e) !== 0x2d) e++;
      if (part.charCodeAt(e) !== 0x2d) return true;
    }
  return false;
}

/** The first index below `length` whose value (ascending) is at or after `offset` (`length` when none): by bisection. */
function firstAtOrAfter(values: ArrayLike<number>, length: number, offset: number): number {
  let a = 0;
  let z = length;
  while (a < z) {
    const m = (a + z) >>> 1;
    if (values[m]! < offset) a = m + 1;
    else z = m;
  }
  return a;
}
