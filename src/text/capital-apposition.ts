/**
 * A capital described by its own country, or followed by a clause before its verb (issue 16,
 * redteam16 class 4 and a singleton): read by address-shape.ts's `locative` for the capitals that
 * may stand for their government.
 *
 * - Gazetteer description: the capital in apposition with, or the subject of a copula naming, the
 *   capital of its own country ("Moscow, the capital of Russia, is home to…", « Pékin, capitale de
 *   la Chine », "the Russian capital, Moscow,", موسكو هي عاصمة روسيا, بكين عاصمة الصين, العاصمة
 *   الروسية موسكو): the city, unless the government's act is the verb after it ("Moscow, the Russian
 *   capital, announced…"). Another country's capital ("the capital of the Soviet Union") says nothing.
 * - Relative clause: "Moscow, which backs the juntas, sent…" (qui, التي): the act in the clause or
 *   right after it is the government's.
 *
 * Pure: reads the original text around a mention; knows nothing of the DOM.
 */
import type { Country } from './countries';
import { frenchForms, nisbaOf } from './foreign-qualifier';
import { nameCharAt, sepWordsAfter, sepWordsBefore, type SepWord as Token, spaced, unelided } from './latin-words';
import { foldedSet, foldString } from './normalise';

export type Described = 'city' | 'acts' | null;

/** The noun that describes a capital (the capital of, la capitale de, عاصمة). */
const CAPITAL_NOUNS = foldedSet(['capital', 'capitale', 'عاصمة', 'العاصمة']);
/** A copula whose predicate describes the capital (Moscow is the capital of Russia, موسكو هي عاصمة روسيا). */
const COPULAS = foldedSet(['is', 'was', 'remains', 'est', 'était', 'reste', 'demeure', 'هي']);
/** Relative pronouns opening a clause between the capital and its verb. */
const RELATIVES = foldedSet(['which', 'that', 'who', 'qui', 'التي', 'الذي']);
/** Auxiliaries and adverbs before a verb (which has long backed, a envoyé, qui a aussi). */
const AUXILIARIES = foldedSet([
  'has',
  'had',
  'have',
  'will',
  'would',
  'also',
  'long',
  'a',
  'aussi',
  'avait',
  'va',
  'قد',
]);
/** How many words an apposition or a relative clause may hold; a longer run is no apposition. */
const CLAUSE_WORDS = 10;
/** How many words before the capital may describe it (the capital of the Russian Federation, Moscow). */
const BEFORE_WORDS = 5;

const isClauseEnd = (sep: string): boolean => /[.;:!?؛؟\n]/u.test(sep);
const isComma = (sep: string): boolean => sep.includes(',') || sep.includes('،');

/** Up to `max` words after `from`, each with the separator before it. */
const tokensAfter = (text: string, from: number, max: number): Token[] =>
  sepWordsAfter(text, from, max, 160, nameCharAt);

/** The word right after `from` with the separator before it, or null (no string made for a long separator). */
function nextWord(text: string, from: number): Token | null {
  let p = from;
  const end = Math.min(text.length, from + 8);
  while (p < end && !nameCharAt(text, p)) p++;
  if (p === end) return null;
  const w = p;
  while (p < text.length && nameCharAt(text, p)) p++;
  return { sep: text.slice(from, w), word: text.slice(w, p) };
}

/** Up to `max` words before `to`, nearest first, each with the separator after it. */
const tokensBefore = (text: string, to: number, max: number): Token[] => sepWordsBefore(text, to, max, 100, nameCharAt);

/** Words after which a name opens its clause as its subject (and, but, et, mais). */
const CLAUSE_OPENERS = foldedSet(['and', 'but', 'while', 'et', 'mais', 'alors']);

/** Whether the name at `start` opens its clause: first, after punctuation, or after a conjunction. */
function opensClause(text: string, start: number): boolean {
  const prev = tokensBefore(text, start, 1)[0];
  if (prev === undefined || /[.!?:;,،"“«(\n]/u.test(prev.sep)) return true;
  return CLAUSE_OPENERS.has(foldString(prev.word));
}

/** A word without an English possessive (Russia's) or an elided article (l'Algérie). */
function bareWord(w: string): string {
  const v = unelided(w);
  return /[’']s?$/u.test(v) ? v.replace(/[’']s?$/u, '') : v;
}

/** Folded names and adjectives of one country: what says "its own" beside its capital. */
function ownForms(country: Country): Set<string> {
  const forms = [...country.enNames, ...country.frNames, ...country.arNames, ...country.enDemonyms];
  for (const d of country.frDemonyms) forms.push(...frenchForms(d));
  const stems = country.arNisbas === null ? [] : country.arNames.map(nisbaOf).filter((n) => n !== null);
  for (const n of [...stems, ...(country.arNisbas ?? [])]) if (!n.includes(' ')) forms.push(`ال${n}`, `ال${n}ة`);
  return foldedSet(forms);
}

export class CapitalApposition {
  /** Country code → its folded names and adjectives, made on first use. */
  private readonly own = new Map<string, Set<string>>();

  /**
   * @param countries countries.ts's table
   * @param isAct whether a folded word is a government's act (address-words.ts: `acts` and `pressures`)
   * @param fold foldString, or a remembering one (AddressShape's)
   */
  constructor(
    private readonly countries: readonly Country[],
    private readonly isAct: (folded: string) => boolean,
    private readonly fold: (word: string) => string = foldString,
  ) {}

  /**
   * What the words around the capital of country `code` at text[tokStart, end) say of it: the city
   * (described by its own country, no act after), the government (its act after the description or
   * a relative clause), or nothing.
   */
  read(text: string, tokStart: number, end: number, code: string): Described {
    // Most names are followed by neither a comma nor a copula, nor preceded by a description: one
    // character and one word are read on either side before any run of words is made.
    const next = nextWord(text, end);
    if (next !== null && !isClauseEnd(next.sep)) {
      const f = this.fold(next.word);
      if (isComma(next.sep)) {
        const after = tokensAfter(text, end, CLAUSE_WORDS + 4);
        // Only the subject's clause: "talks in Moscow, which pledged…" is left to the window.
        if (RELATIVES.has(f)) return opensClause(text, tokStart) && this.clauseActs(after) ? 'acts' : null;
        const close = this.closing(after);
        if (close > 0 && this.describes(after.slice(0, close), code))
          return this.verbAt(after, close) ? 'acts' : 'city';
      } else if (COPULAS.has(f) || CAPITAL_NOUNS.has(f)) {
        // Moscow is the capital of Russia; بكين عاصمة الصين (a nominal sentence).
        const after = tokensAfter(text, end, CLAUSE_WORDS + 4);
        const close = this.closing(after);
        const predicate = after.slice(COPULAS.has(f) ? 1 : 0, close > 0 ? close : after.length);
        if (this.describes(predicate, code)) return 'city';
      }
    }
    return this.describedBefore(text, tokStart, end, code);
  }

  /** The index of the first word after a comma or a clause's end within CLAUSE_WORDS, or -1 (the text ends: the run's length). */
  private closing(after: readonly Token[]): number {
    for (let i = 1; i < after.length && i <= CLAUSE_WORDS; i++)
      if (isComma(after[i]!.sep) || isClauseEnd(after[i]!.sep)) return i;
    return after.length <= CLAUSE_WORDS ? after.length : -1;
  }

  /** Whether the word at `i` (after auxiliaries) is a government's act, with no clause's end before it. */
  private verbAt(after: readonly Token[], i: number): boolean {
    let k = i;
    while (k < after.length && k < i + 2 && AUXILIARIES.has(this.fold(after[k]!.word)) && !isClauseEnd(after[k]!.sep))
      k++;
    const verb = after[k];
    return verb !== undefined && !isClauseEnd(after[i]?.sep ?? '.') && this.isAct(this.fold(verb.word));
  }

  /** "X, which backs …, sent …": the clause's verb or the verb after its closing comma is an act. */
  private clauseActs(after: readonly Token[]): boolean {
    if (this.verbAt(after, 1)) return true;
    const close = this.closing(after);
    return close > 0 && close < after.length && isComma(after[close]!.sep) && this.verbAt(after, close);
  }

  /** Whether these words name a capital and the country `code` (by name or adjective). */
  private describes(words: readonly Token[], code: string): boolean {
    let capital = false;
    let own = false;
    const forms = this.ownOf(code);
    for (let i = 0; i < words.length; i++) {
      const f = this.fold(bareWord(words[i]!.word));
      if (CAPITAL_NOUNS.has(f)) capital = true;
      else if (forms.has(f) || (i + 1 < words.length && forms.has(`${f} ${this.fold(bareWord(words[i + 1]!.word))}`)))
        own = true;
    }
    return capital && own;
  }

  /**
   * "The Russian capital, Moscow", « la capitale de la Chine, Pékin », العاصمة الروسية موسكو: the
   * description right before the name (its nearest word the capital noun or the country); the city
   * unless an act follows the name.
   */
  private describedBefore(text: string, tokStart: number, end: number, code: string): Described {
    const near = tokensBefore(text, tokStart, 1)[0];
    if (near === undefined || !/^[ \u00a0]*[,،]?[ \u00a0]*$/u.test(near.sep)) return null;
    const f = this.fold(bareWord(near.word));
    if (!CAPITAL_NOUNS.has(f) && !this.ownOf(code).has(f)) return null;
    const before = tokensBefore(text, tokStart, BEFORE_WORDS);
    const words: Token[] = [near];
    for (let i = 1; i < before.length && /^[ \u00a0’']+$/u.test(before[i]!.sep); i++) words.unshift(before[i]!);
    if (!this.describes(words, code)) return null;
    // The Russian capital Moscow announced…; la capitale algérienne, Alger, a rappelé… (the name in apposition).
    const after = tokensAfter(text, end, 3);
    const sep = after[0]?.sep ?? '.';
    const verbNext = spaced(sep) || (near.sep.trim() !== '' && /^[ \u00a0]*[,،][ \u00a0]*$/u.test(sep));
    return verbNext && this.verbAt(after, 0) ? 'acts' : 'city';
  }

  private ownOf(code: string): Set<string> {
    let forms = this.own.get(code);
    if (forms === undefined) {
      const country = this.countries.find((c) => c.code === code);
      forms = country === undefined ? new Set() : ownForms(country);
      this.own.set(code, forms);
    }
    return forms;
  }
}
