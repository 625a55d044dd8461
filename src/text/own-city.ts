/**
 * A city of the story named by what only it has, on a page that also names its namesake (issue 16,
 * blind16: Rabat of Morocco and Rabat of Malta on one travel page). The page's vote would withdraw
 * every mention of the name; a mention with decisive local evidence of its own keeps its sense.
 *
 * - Named: its country's appositive right after it ("Rabat, the Moroccan capital", « Rabat, la
 *   capitale marocaine », الرباط، العاصمة المغربية) or its country's possessive right before it
 *   ("Morocco's Rabat"). Decisive: it outweighs its window's veto (a Maltese word nearby).
 * - Its sights in its paragraph (the Hassan Tower, les Oudayas, صومعة حسان): enough to keep a mention
 *   its window accepted for want of a veto, not to outweigh a veto (a paragraph may name both towns).
 *
 * Pure: reads the original text around a mention; knows nothing of the DOM.
 */
import { COUNTRY_TABLE, type Country } from './countries';
import { nameCharAt, spacesBefore, wordBefore } from './latin-words';
import { foldString } from './normalise';

/** The story's cities that have namesakes elsewhere: their country's code and their own sights. */
const OWN_CITIES: Readonly<Record<string, { country: string; sights: readonly string[] }>> = {
  rabat: {
    country: 'ma',
    sights: [
      ...['Hassan Tower', 'tour Hassan', 'Udayas', 'Oudayas', 'Oudaya', 'Udaya', 'Chellah', 'Bou Regreg'],
      ...['Bouregreg', 'صومعة حسان', 'الأوداية', 'الاوداية', 'شالة', 'أبي رقراق'],
    ],
  },
};

/** Nouns of a capital in an appositive. */
const CAPITAL_NOUNS = new Set(['capital', 'capitale', 'العاصمة', 'عاصمة'].map((w) => foldString(w)));
/** How many words after the comma an appositive's capital noun and country word are read. */
const APPOSITIVE_WORDS = 5;
/** How far a paragraph is read on either side of the name. */
const PARAGRAPH_REACH = 300;
/** The Arabic article on a stem (المغرب) and an English possessive (Morocco's). */
const ARTICLE = /^ال/u;
const POSSESSIVE = /['’]s$/u;

interface City {
  /** Folded stems of the country's names and demonyms (morocco, moroccan, maroc, marocain, مغرب). */
  stems: readonly string[];
  /** Folded sights. */
  sights: readonly string[];
}

/** A text as the matcher folded it: code units, and the offset in the text each comes from. */
export interface FoldedText {
  chars: Uint16Array;
  starts: Uint32Array;
  length: number;
}

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
   * Where the last text read names a sight, as offsets in that text, ascending: found once per text, not
   * per mention (folding each mention's paragraph made the engine 1.5× slower on a page of Rabats).
   */
  private sightsRead: { text: string; city: City; at: number[] } | null = null;
  /**
   * Reads the folded code units as a string: a native copy, a quarter of String.fromCharCode's cost (a
   * lone surrogate becomes U+FFFD, still one unit: offsets keep).
   */
  private readonly units = new TextDecoder('utf-16le');

  constructor(countries: readonly Country[] = COUNTRY_TABLE) {
    for (const [id, { country, sights }] of Object.entries(OWN_CITIES)) {
      const c = countries.find((x) => x.code === country);
      if (c === undefined) continue;
      const names = [...c.enNames, ...c.enDemonyms, ...c.frNames, ...c.frDemonyms, ...c.arNames];
      const stems = names.map((n) => foldString(n).replace(ARTICLE, '')).filter((n) => !n.includes(' '));
      this.cities.set(id, { stems, sights: sights.map((s) => foldString(s)) });
    }
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
    // Rabat, the Moroccan capital; الرباط، العاصمة المغربية
    let p = end;
    while (p < text.length && text.charCodeAt(p) === 0x20) p++;
    const comma = text.charCodeAt(p);
    if (comma !== 0x2c && comma !== 0x060c) return false;
    const after = wordsFrom(text, p + 1, APPOSITIVE_WORDS);
    return after.some((w) => CAPITAL_NOUNS.has(foldString(w))) && after.some(ofCountry);
  }

  /**
   * Whether the city at text[start, end) is named (see named) or its paragraph names its sights. `folded`
   * is the matcher's folded reading of `text` (its code units and their offsets in `text`): the sights are
   * looked for there, once per text, not in a paragraph folded again for each mention.
   */
  strong(entityId: string, text: string, start: number, end: number, folded: FoldedText): boolean {
    const city = this.cities.get(entityId);
    if (city === undefined) return false;
    if (this.named(entityId, text, start, end)) return true;
    let lo = start;
    const min = Math.max(0, start - PARAGRAPH_REACH);
    while (lo > min && text.charCodeAt(lo - 1) !== 0x0a) lo--;
    let hi = end;
    const max = Math.min(text.length, end + PARAGRAPH_REACH);
    while (hi < max && text.charCodeAt(hi) !== 0x0a) hi++;
    const last = this.sightsRead;
    const at = (last !== null && last.text === text && last.city === city ? last : this.readSights(text, city, folded))
      .at;
    // The first sight at or after lo, by bisection: is it before hi?
    let a = 0;
    let z = at.length;
    while (a < z) {
      const m = (a + z) >>> 1;
      if (at[m]! < lo) a = m + 1;
      else z = m;
    }
    return a < at.length && at[a]! < hi;
  }

  /** Where `folded` names one of `city`'s sights: the offsets in `text` of their first characters, ascending. */
  private readSights(text: string, city: City, folded: FoldedText): { text: string; city: City; at: number[] } {
    const { chars, starts, length } = folded;
    // As a string once, so each sight is looked for by the engine's own indexOf (a loop here cost more).
    const whole = this.units.decode(chars.subarray(0, length));
    const at: number[] = [];
    for (const sight of city.sights)
      for (let i = whole.indexOf(sight); i >= 0; i = whole.indexOf(sight, i + 1)) at.push(starts[i]!);
    at.sort((x, y) => x - y);
    return (this.sightsRead = { text, city, at });
  }
}
