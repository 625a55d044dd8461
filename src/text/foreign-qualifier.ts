/**
 * Another country's namesake: an institution or a region named like one of the story's, with a
 * qualifier naming another country attached to it. "Thai Marine Corps", "Taiwan's Joint Chiefs",
 * "the JCS in Taipei", "le Marine Corps thaïlandais", "القوات المسلحة الملكية التايلاندية",
 * "سفارة الولايات المتحدة لدى السنغال" are not the story's. A feature of the text's shape, not a
 * list of phrases: it holds for every country of the country table (country-table.ts), in every language at once.
 *
 * Only what is directly attached counts (no word in between), each relation enabled per entity
 * (own-countries.ts), since "AFRICOM in Niger" or "Wagner in Mali" is the story's sense:
 * - `before`: a demonym before (English word order), or a country's possessive (Taiwan's, Netherlands');
 *   in a compound (Indo-Soviet) every part is a country's and none is the entity's own;
 * - `nameBefore`: a country's name used as a modifier (Ghana Armed Forces, إسرائيل الاعتراف);
 * - `after`: a French demonym or an Arabic nisba after (thaïlandais, الإيفوارية, التونسية);
 * - `afterPlural`: an Arabic nisba's sound masculine plural, or a broken plural (countries.ts), after a
 *   name that is a plural of men (المارينز البريطانيون، المارينز الهولنديين، المارينز الروس); not after a singular name, where it is a verb-first
 *   clause's subject or object (تدعم الولايات المتحدة الفرنسيين), nor, but for the nominative ‑ون, after a
 *   plural name that a transitive verb right before makes its subject (قاتل المارينز العراقيين: the object);
 * - `of`: of/de/du/d' + a country or its capital (Sahel of Tunis, du Canada);
 * - `at`: in/à/au/en/في/ب/لدى + a country or its capital, or one in brackets (in Taipei, (Tunisie));
 * - `with`: with/avec/مع + a country (Treaty of Friendship with the Soviet Union);
 * - `within`: as `at`, but a country's name only, not its capital (a region lies in a country; a
 *   conference on it is held in a capital: the Sahel area of Kuwait, not the Sahel in Paris);
 * - `side`: a compass side of a country or its capital (الصحراء شمال الرياض، the desert north of Riyadh,
 *   « au sud de Tunis »): a region located from that place lies there, not where the entity's own
 *   countries are; but for the neighbours the entity itself lies beside (ForeignRule.beside: Western
 *   Sahara is north of Mauritania).
 * A demonym of the entity's own countries right after it is skipped (مكتب الولايات المتحدة الأمريكية في …).
 *
 * Not attached, the page's frame (ForeignRule.frames): a page one of whose texts (a headline, a
 * paragraph) has opened with a country whose own institution bears the entity's generic title, or its
 * capital, as its place ("Thailand's king…", « Rwanda, 1990 : », "In Bangkok,"; `opening`): a generic
 * title after it (the Royal Armed Forces, les FAR), in a text that names none of the entity's own
 * countries (`namesOwn`), is that country's institution. Any other country frames nothing: Spain's or
 * Algeria's army is never called the FAR, and a Madrid dateline opens many Moroccan stories.
 *
 * Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { AND } from './arabic-words';
import { AR_BROKEN_PLURALS, type Country } from './countries';
import { isWordChar } from './boundaries';
import {
  nextWordStart,
  prevWordEnd,
  type Token,
  unitsHash,
  WordHashes,
  wordEndAt,
  wordHash,
  wordsAfter,
  wordsBefore,
  wordStartAt,
} from './folded-words';
import { foldString } from './normalise';

export const RELATIONS = [
  'before',
  'nameBefore',
  'after',
  'afterPlural',
  'of',
  'at',
  'with',
  'within',
  'side',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Which countries are an entity's own, and which qualifier shapes mark another country's namesake. */
export interface ForeignRule {
  own: readonly string[];
  relations: readonly Relation[];
  /**
   * What another country's qualifier says of the name: another sense (the default), or this
   * entity's sense (the Algerian Sahara is the desert, whatever the words around it).
   */
  means?: 'other' | 'this';
  /**
   * With `means: 'this'`, the countries the entity spans: another country's qualifier says this sense
   * only for them, and another sense for the rest (the Algerian Sahara is the desert, the Australian
   * one is another desert). Undefined: every country's.
   */
  spans?: readonly string[];
  /**
   * The countries whose own institution bears the entity's generic title (Thailand's Royal Armed
   * Forces, Rwanda's former FAR): a page opening with one of them frames that title (see the header).
   */
  frames?: readonly string[];
  /**
   * Places of the entity's own country that name its usual ground (the FAR's Dakhla, Guerguerat): a
   * text naming one is the story's, whatever country frames the page. One word each.
   */
  home?: readonly string[];
  /** For `side`: the neighbours the entity lies beside, from which a compass side may locate it itself. */
  beside?: readonly string[];
}

/** A rule as the lookup uses it. */
export interface CompiledRule {
  own: ReadonlySet<string>;
  flags: number;
  /** ForeignRule.means is 'this'. */
  accepts: boolean;
  /** ForeignRule.spans, or null for every country. */
  spans: ReadonlySet<string> | null;
  /** ForeignRule.frames (empty when none). */
  frames: ReadonlySet<string>;
  /** ForeignRule.home's folded words, by unitsHash, or null. */
  home: WordHashes | null;
  /** ForeignRule.beside. */
  beside: ReadonlySet<string>;
}

const flag = (r: Relation): number => 1 << RELATIONS.indexOf(r);

/** The folded words' hashes (unitsHash of the folded text). */
function hashes(words: readonly string[]): WordHashes {
  const set = new WordHashes();
  for (const w of words) set.add(wordHash(foldString(w)));
  return set;
}
const BEFORE = flag('before');
const NAME_BEFORE = flag('nameBefore');
const AFTER = flag('after');
const AFTER_PLURAL = flag('afterPlural');
const OF = flag('of');
const AT = flag('at');
const WITH = flag('with');
const WITHIN = flag('within');
const SIDE = flag('side');

/** Folded prepositions, by relation; Arabic proclitics apart. */
const PREPOSITIONS = new Map<string, number>([
  ['of', OF],
  ['de', OF],
  ['du', OF],
  ['des', OF],
  ['d', OF],
  ['in', AT],
  ['at', AT],
  ['a', AT],
  ['au', AT],
  ['aux', AT],
  ['en', AT],
  ['في', AT],
  ['لدي', AT],
  ['with', WITH],
  ['avec', WITH],
  ['مع', WITH],
]);
/**
 * Compass sides after a name, before the place they are read from: Arabic nouns (شمال الرياض، بجنوب تونس),
 * English ones before "of" (north of Riyadh), French ones after « au » and before de (au sud de Tunis).
 */
const ARABIC_SIDES = new Set(
  ['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'].map((w) => foldString(w)),
);
const ENGLISH_SIDES = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const FRENCH_SIDES = new Set(['nord', 'sud']);
/** Words before a name that make it one end of a route or a pair (de Rabat à Paris, between Rabat and …). */
const ROUTES = new Set(['de', 'from', 'depuis', 'entre', 'between', 'من', 'بين']);
/** An Arabic word that may be a preposition and a name (بالجزائر). */
const PROCLITICS = /^ب/u;
/** PROCLITICS' letter, as a code unit. */
const BEH = 0x0628;
/**
 * Generic place nouns between a region's name and its preposition (the Sahel area of Kuwait, la
 * zone du Sahel en Oman): the qualifier still names where the region is.
 */
const PLACE_NOUNS = new Set(['area', 'region', 'zone', 'district', 'belt']);
/** Articles between a preposition and a name (of the Netherlands, de la Côte d'Ivoire). */
const ARTICLES = new Set(['the', 'la', 'le', 'les', 'l']);
/** Separators inside a multi-word name or a compound (Sri Lanka, néo-zélandais, Côte d'Ivoire). */
const JOINERS = new Set([' ', '-', "'"]);
/** The longest name, in words. */
const MAX_WORDS = 4;
/** How far a qualifier is read (normalised code units), either side. */
const REACH = 64;
/**
 * How many words after a name `foreign` reads: a country's name of up to MAX_WORDS words may start
 * at the fourth (own demonym, preposition, article, name).
 */
const WORDS_AFTER = MAX_WORDS + 3;

/** The sound plural's nominative ending (البريطانيون), which only the subject before it takes. */
const NOMINATIVE = foldString('ون');
/**
 * Transitive verbs of acting on people, past and imperfect, either gender (قاتل، دربت، يواجه، تحاصر):
 * right before a plural name, which is then their subject, they take the plural nisba after it as
 * their object (قاتل المارينز العراقيين، دربت قوات المارينز الفرنسيين: VSO), not as its adjective.
 */
const PEOPLE_VERBS: ReadonlySet<string> = (() => {
  const pairs = [
    ...[
      ['قاتل', 'يقاتل'],
      ['حارب', 'يحارب'],
      ['هاجم', 'يهاجم'],
      ['واجه', 'يواجه'],
      ['حاصر', 'يحاصر'],
    ],
    ...[
      ['درب', 'يدرب'],
      ['ساعد', 'يساعد'],
      ['دعم', 'يدعم'],
      ['أسر', 'يأسر'],
      ['قتل', 'يقتل'],
    ],
    ...[
      ['استقبل', 'يستقبل'],
      ['رافق', 'يرافق'],
      ['أنقذ', 'ينقذ'],
      ['طارد', 'يطارد'],
      ['هزم', 'يهزم'],
    ],
    ...[
      ['اعتقل', 'يعتقل'],
      ['لاحق', 'يلاحق'],
      ['قصف', 'يقصف'],
      ['دحر', 'يدحر'],
      ['صد', 'يصد'],
    ],
  ];
  const forms = new Set(pairs.flatMap(([past, now]) => [past!, `${past!}ت`, now!, `ت${now!.slice(1)}`]));
  forms.delete('تدرب'); // also تدرّب, "trained", which takes no object (تدرب المارينز الأتراك على الإنزال)
  return new Set([...forms, 'أجلى', 'أجلت', 'يجلي', 'تجلي'].map((w) => foldString(w)));
})();

/** Whether the word right before the name at `tok` is one of PEOPLE_VERBS, perhaps after و or ف. */
function objectOf(chars: Uint16Array, tok: number): boolean {
  const w = wordsBefore(chars, tok, 1, REACH)[0];
  if (w === undefined || w.sep !== ' ') return false;
  return PEOPLE_VERBS.has(w.word) || (AND.includes(w.word.charCodeAt(0)) && PEOPLE_VERBS.has(w.word.slice(1)));
}

/** A form as lookups key it: folded, hyphens and apostrophes as spaces. */
const key = (text: string): string =>
  foldString(text)
    .replace(/[-'.]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim();

/** French feminine and plural forms of a masculine demonym (algérien, algérienne, algériens, algériennes). */
export function frenchForms(m: string): string[] {
  const f = /(en|on)$/.test(m) ? `${m}ne` : /er$/.test(m) ? `${m.slice(0, -2)}ère` : /e$/.test(m) ? m : `${m}e`;
  const plural = (w: string): string => (/[sx]$/.test(w) ? w : `${w}s`);
  return [m, f, plural(m), plural(f)];
}

/** The nisba stem of a one-word Arabic name: المغرب → مغربي, ليبيا → ليبي, السعودية → سعودي, مالي → مالي. */
export function nisbaOf(name: string): string | null {
  if (name.includes(' ')) return null;
  let w = name.startsWith('ال') ? name.slice(2) : name;
  if (/[اة]$/u.test(w)) w = w.slice(0, -1);
  return w.endsWith('ي') ? w : `${w}ي`;
}

/** A country's Arabic nisba stems: those derived from its one-word names, then the table's own; none if it has none. */
export function arabicNisbas({ arNames, arNisbas }: Country): string[] {
  if (arNisbas === null) return [];
  return [...arNames.map(nisbaOf).filter((n) => n !== null), ...arNisbas];
}

/** Folded lookups built from the country table: form → country code. */
interface Tables {
  /** Names and capitals (after a preposition, before a possessive, as a modifier). */
  names: Map<string, string>;
  /** Names without the capitals (`within`). */
  countries: Map<string, string>;
  /** English demonyms and combining forms (before). */
  before: Map<string, string>;
  /** French demonyms, Arabic nisbas with the article (after). */
  after: Map<string, string>;
  /** Arabic demonyms' plurals with the article (afterPlural): البريطانيون، البريطانيين، الروس. */
  afterPlural: Map<string, string>;
  /** Words that may start a qualifier after a name, and end one before it: most mentions stop here. */
  firstAfter: Set<string>;
  lastBefore: Set<string>;
  /** The same words by unitsHash: tested on the text's code units before any word is built. */
  firstAfterHashes: WordHashes;
  lastBeforeHashes: WordHashes;
  /** The first words of `after` forms, by unitsHash. */
  afterFirstHashes: WordHashes;
  /** The first words of names, capitals and demonyms (any table), by unitsHash: where a country may be named. */
  anyFirstHashes: WordHashes;
  /** Prepositions of place (in, en, au, à) and articles, by unitsHash: what may open a text before its place. */
  placeHashes: WordHashes;
  articleHashes: WordHashes;
  /**
   * By unitsHash, the last word of each name and `after` form (the first is often a common word:
   * the Gambia, les Pays-Bas): where none follows a mention, no qualifier after it names a country.
   */
  nameEndHashes: WordHashes;
}

/**
 * Whether a qualifier may follow a name ending at `from`, read as `foreign` reads the words after it
 * (WORDS_AFTER, within REACH) but by their hashes: the first word must start one (`first`: a
 * preposition, a demonym, a name; or an Arabic word with the proclitic ب), and some word must end a
 * country's name or form (`ends`: Tables.nameEndHashes), one of the first two perhaps after ب.
 */
function mayQualifyAfter(
  chars: Uint16Array,
  length: number,
  from: number,
  first: WordHashes,
  ends: WordHashes,
): boolean {
  const end = Math.min(length, from + REACH);
  let p = from;
  for (let k = 0; k < WORDS_AFTER; k++) {
    const start = nextWordStart(chars, p, end);
    p = wordEndAt(chars, start, end);
    if (p === start) return false;
    const h = unitsHash(chars, start, p);
    if (k === 0 && chars[start] !== BEH && !first.has(h)) return false;
    if (ends.has(h)) return true;
    if (k < 2 && chars[start] === BEH && p - start >= 3 && ends.has(unitsHash(chars, start + 1, p))) return true;
  }
  return false;
}

/** The hash of the last word before `to` (as wordsBefore reads it, within `reach`), or -1 when none. */
function hashBefore(chars: Uint16Array, to: number, reach: number): number {
  const end = prevWordEnd(chars, to, Math.max(0, to - reach));
  const p = wordStartAt(chars, end, Math.max(0, to - reach));
  return p === end ? -1 : unitsHash(chars, p, end);
}

function buildTables(countries: readonly Country[]): Tables {
  const t: Tables = {
    names: new Map(),
    countries: new Map(),
    before: new Map(),
    after: new Map(),
    afterPlural: new Map(),
    firstAfter: new Set([...PREPOSITIONS.keys(), ...PLACE_NOUNS, ...ARABIC_SIDES, ...ENGLISH_SIDES]),
    lastBefore: new Set(['s']),
    firstAfterHashes: new WordHashes(),
    lastBeforeHashes: new WordHashes(),
    afterFirstHashes: new WordHashes(),
    anyFirstHashes: new WordHashes(),
    placeHashes: new WordHashes(),
    articleHashes: new WordHashes(),
    nameEndHashes: new WordHashes(),
  };
  const put = (m: Map<string, string>, form: string, code: string): void => {
    const k = key(form);
    if (k.length > 0 && !m.has(k)) m.set(k, code);
    // A name with an article is also read after a preposition that holds it (au Caire, à La Haye).
    const bare = /^(?:the|le|la|les|l) (.+)$/.exec(k)?.[1];
    if (bare !== undefined && !m.has(bare)) m.set(bare, code);
  };
  for (const country of countries) {
    const { code, enNames, enDemonyms, frNames, frDemonyms, arNames, capitals } = country;
    for (const n of [...enNames, ...frNames, ...arNames, ...capitals]) put(t.names, n, code);
    for (const n of [...enNames, ...frNames, ...arNames]) put(t.countries, n, code);
    for (const d of enDemonyms) put(t.before, d, code);
    for (const d of frDemonyms) for (const f of frenchForms(d)) put(t.after, f, code);
    for (const n of arabicNisbas(country)) {
      // Attributive nisba with the article: masculine and feminine (المغربي، المغربية).
      const [head = '', ...rest] = n.split(' ');
      const tail = rest.map((w) => ` ال${w}`).join('');
      put(t.after, `ال${head}${tail}`, code);
      put(t.after, `ال${head}ة${rest.map((w) => ` ال${w}ة`).join('')}`, code);
      if (rest.length === 0) for (const ending of ['ون', 'ين']) put(t.afterPlural, `ال${head}${ending}`, code);
    }
  }
  for (const [code, forms] of Object.entries(AR_BROKEN_PLURALS)) for (const f of forms) put(t.afterPlural, f, code);
  for (const k of [...t.names.keys(), ...t.after.keys(), ...t.afterPlural.keys()]) {
    t.firstAfter.add(k.slice(0, (k + ' ').indexOf(' ')));
    t.nameEndHashes.add(wordHash(k.slice(k.lastIndexOf(' ') + 1)));
  }
  for (const k of [...t.names.keys(), ...t.before.keys()]) t.lastBefore.add(k.slice(k.lastIndexOf(' ') + 1));
  for (const w of t.firstAfter) t.firstAfterHashes.add(wordHash(w));
  for (const k of [...t.after.keys(), ...t.afterPlural.keys()])
    t.afterFirstHashes.add(wordHash(k.slice(0, (k + ' ').indexOf(' '))));
  for (const w of t.lastBefore) t.lastBeforeHashes.add(wordHash(w));
  for (const m of [t.names, t.before, t.after])
    for (const k of m.keys()) t.anyFirstHashes.add(wordHash(k.slice(0, (k + ' ').indexOf(' '))));
  for (const [w, r] of PREPOSITIONS) if (r === AT) t.placeHashes.add(wordHash(w));
  for (const w of ARTICLES) t.articleHashes.add(wordHash(w));
  return t;
}

/** The code of the longest form of `map` made of tokens[i, …) in reading order, joined by JOINERS. */
function phraseAfter(map: Map<string, string>, tokens: readonly Token[], i: number): string | undefined {
  for (let k = Math.min(MAX_WORDS, tokens.length - i); k >= 1; k--) {
    let phrase = tokens[i]!.word;
    let ok = true;
    for (let j = i + 1; j < i + k && ok; j++) {
      ok = JOINERS.has(tokens[j]!.sep);
      phrase += ` ${tokens[j]!.word}`;
    }
    const code = ok ? map.get(phrase) : undefined;
    if (code !== undefined) return code;
  }
  return undefined;
}

/** The code of the longest form of `map` ending at tokens[i] (tokens nearest first). */
function phraseBefore(map: Map<string, string>, tokens: readonly Token[], i: number): string | undefined {
  for (let k = Math.min(MAX_WORDS, tokens.length - i); k >= 1; k--) {
    let phrase = tokens[i]!.word;
    let ok = true;
    for (let j = i + 1; j < i + k && ok; j++) {
      ok = JOINERS.has(tokens[j]!.sep);
      phrase = `${tokens[j]!.word} ${phrase}`;
    }
    const code = ok ? map.get(phrase) : undefined;
    if (code !== undefined) return code;
  }
  return undefined;
}

/** A qualifier's country `code` (undefined: none) when it is not one of `own`, else undefined. */
const foreignCode = (own: ReadonlySet<string>, code: string | undefined): string | undefined =>
  code !== undefined && !own.has(code) ? code : undefined;

/**
 * The country (code) of a place that a compass side starting at tokens[i] is read from (شمال الرياض، بجنوب
 * تونس، north of Riyadh, au sud de Tunis), or undefined when tokens[i] starts no side.
 */
function sideOf(names: Map<string, string>, tokens: readonly Token[], i: number): string | undefined {
  const w = tokens[i]!.word;
  let j: number;
  if (ARABIC_SIDES.has(w) || ARABIC_SIDES.has(arabicGoverned(w) ?? '')) j = i + 1;
  else if (ENGLISH_SIDES.has(w) && tokens[i + 1]?.word === 'of') j = i + 2;
  else if (w === 'au' && FRENCH_SIDES.has(tokens[i + 1]?.word ?? '') && OF_WORDS.has(tokens[i + 2]?.word ?? ''))
    j = i + 3;
  else return undefined;
  if (tokens[j] && JOINERS.has(tokens[j]!.sep) && ARTICLES.has(tokens[j]!.word)) j++;
  return tokens[j] && JOINERS.has(tokens[j]!.sep) ? phraseAfter(names, tokens, j) : undefined;
}

/** The French prepositions of a side's place (au sud de, du, d'). */
const OF_WORDS = new Set(['de', 'du', 'd']);

/** An Arabic word with the proclitic preposition ب (بالجزائر، بمصر): the name it governs. */
function arabicGoverned(word: string): string | null {
  return word.length >= 3 && word[0] === 'ب' ? word.slice(1) : null;
}

export class ForeignQualifier {
  private tables: Tables | null = null;

  constructor(private readonly countries: readonly Country[]) {}

  /** The folded lookups, built on first use (a page without these entities never pays for them). */
  private get t(): Tables {
    return (this.tables ??= buildTables(this.countries));
  }

  static compile(rule: ForeignRule): CompiledRule {
    let flags = 0;
    for (const r of rule.relations) flags |= flag(r);
    return {
      own: new Set(rule.own),
      flags,
      accepts: rule.means === 'this',
      spans: rule.spans ? new Set(rule.spans) : null,
      frames: new Set(rule.frames),
      home: rule.home ? hashes(rule.home) : null,
      beside: new Set(rule.beside),
    };
  }

  /**
   * Whether the mention at folded chars[tok, e) (tok: its token start, proclitics included) has a
   * qualifier naming a country other than the rule's own attached to it.
   */
  foreign(rule: CompiledRule, chars: Uint16Array, length: number, tok: number, e: number): boolean {
    return this.foreignCountry(rule, chars, length, tok, e) !== undefined;
  }

  /** The country (code) of that qualifier, or undefined when none is attached. */
  foreignCountry(rule: CompiledRule, chars: Uint16Array, length: number, tok: number, e: number): string | undefined {
    let { flags } = rule;
    const { own } = rule;
    const t = this.t;
    if (
      flags & (BEFORE | NAME_BEFORE) &&
      tok > 0 &&
      !isWordChar(chars[tok - 1]!) &&
      t.lastBeforeHashes.has(hashBefore(chars, tok, REACH))
    ) {
      const near = wordsBefore(chars, tok, 1, REACH)[0];
      if (near !== undefined && t.lastBefore.has(near.word)) {
        const code = this.foreignBefore(flags, own, wordsBefore(chars, tok, MAX_WORDS + 2, REACH));
        if (code !== undefined) return code;
      }
    }
    if (flags & (AFTER | AFTER_PLURAL | OF | AT | WITH | WITHIN | SIDE) && e < length && !isWordChar(chars[e]!)) {
      // Most mentions stop here, before a word is built: the word after starts no qualifier, or no
      // country's name follows. With no preposition to read (Morocco's rule), only a demonym or a
      // nisba may come first.
      const starts = flags & (OF | AT | WITH | WITHIN | SIDE) ? t.firstAfterHashes : t.afterFirstHashes;
      if (!mayQualifyAfter(chars, length, e, starts, t.nameEndHashes)) return undefined;
      const next = wordsAfter(chars, length, e, 1, REACH)[0];
      if (next === undefined || !(t.firstAfter.has(next.word) || PROCLITICS.test(next.word))) return undefined;
      // From Rabat to Paris: after a route word, à and في say where to, not where.
      const route = flags & (AT | WITHIN) && ROUTES.has(wordsBefore(chars, tok, 1, REACH)[0]?.word ?? '');
      if (route) flags &= ~(AT | WITHIN);
      const after = wordsAfter(chars, length, e, WORDS_AFTER, REACH);
      let i = 0;
      // An own demonym right after is part of the name (سفارة الولايات المتحدة الأمريكية في تونس).
      const first = after[0] && JOINERS.has(after[0].sep) ? t.after.get(after[0].word) : undefined;
      if (first !== undefined && own.has(first)) i = 1;
      // The Sahel area of Kuwait: a place noun between the name and its preposition.
      if (flags & (OF | AT | WITHIN) && after[i]?.sep === ' ' && PLACE_NOUNS.has(after[i]!.word)) i++;
      const tk = after[i];
      if (tk === undefined || !(tk.sep === ' ' || (i === 0 && tk.sep === ' (' && flags & AT))) return undefined;
      if (tk.sep === ' (') return foreignCode(own, phraseAfter(t.names, after, i));
      if (flags & SIDE) {
        const code = sideOf(t.names, after, i);
        if (code !== undefined) return rule.beside.has(code) ? undefined : foreignCode(own, code);
      }
      if (flags & AFTER && i === 0) {
        const code = foreignCode(own, phraseAfter(t.after, after, i));
        if (code !== undefined) return code;
      }
      if (flags & AFTER_PLURAL && i === 0 && (tk.word.endsWith(NOMINATIVE) || !objectOf(chars, tok))) {
        const code = foreignCode(own, t.afterPlural.get(tk.word));
        if (code !== undefined) return code;
      }
      const prep = PREPOSITIONS.get(tk.word);
      // `within` reads where `at` would, among the countries' names only.
      const within = !(flags & AT) && flags & WITHIN;
      if (prep !== undefined && (flags & prep || (within && prep === AT))) {
        const names = flags & prep ? t.names : t.countries;
        let j = i + 1;
        if (after[j] && JOINERS.has(after[j]!.sep) && ARTICLES.has(after[j]!.word)) j++;
        const code =
          after[j] && JOINERS.has(after[j]!.sep) ? foreignCode(own, phraseAfter(names, after, j)) : undefined;
        if (code !== undefined) return code;
      }
      // Not ل: after a name it is mostly "for" or "to" (دعم الولايات المتحدة لأوكرانيا), not "of".
      const governed = flags & (AT | WITHIN) ? arabicGoverned(tk.word) : null;
      if (governed !== null) {
        const tokens = [{ word: governed, sep: tk.sep }, ...after.slice(i + 1)];
        return foreignCode(own, phraseAfter(flags & AT ? t.names : t.countries, tokens, 0));
      }
    }
    return undefined;
  }

  /**
   * The country (code) a text opens with as its place (see the header: the frame), or undefined: its
   * first word a country's name or capital, or in/en/au/à and an article before one ("Thailand's
   * king…", « Rwanda, 1990 : », « En Thaïlande, », "In Bangkok,"). A few words' hashes per text.
   */
  opening(chars: Uint16Array, length: number): string | undefined {
    const t = this.t;
    let p = nextWordStart(chars, 0, Math.min(length, REACH));
    for (let k = 0; k < 3 && p < length; k++) {
      const end = wordEndAt(chars, p, length);
      if (end === p) return undefined;
      const h = unitsHash(chars, p, end);
      if (t.anyFirstHashes.has(h)) {
        const code = phraseAfter(t.names, wordsAfter(chars, length, p, MAX_WORDS, REACH), 0);
        if (code !== undefined) return code;
      }
      // Only a preposition of place, then an article, may come first.
      if (!(k === 0 && t.placeHashes.has(h)) && !(k < 2 && t.articleHashes.has(h))) return undefined;
      p = nextWordStart(chars, end, length);
    }
    return undefined;
  }

  /** Whether the folded text names one of the rule's home places (ForeignRule.home). */
  static namesHome(rule: CompiledRule, chars: Uint16Array, length: number): boolean {
    const { home } = rule;
    if (home === null) return false;
    for (let p = nextWordStart(chars, 0, length); p < length;) {
      const end = wordEndAt(chars, p, length);
      if (home.has(unitsHash(chars, p, end))) return true;
      p = nextWordStart(chars, end, length);
    }
    return false;
  }

  /** Whether the folded text names one of the rule's own countries: a name, a capital, a demonym or a nisba. */
  namesOwn(rule: CompiledRule, chars: Uint16Array, length: number): boolean {
    const t = this.t;
    for (let p = nextWordStart(chars, 0, length); p < length;) {
      const end = wordEndAt(chars, p, length);
      if (t.anyFirstHashes.has(unitsHash(chars, p, end))) {
        // Dotted initials are one name (U.S., keyed "u s").
        const tokens = wordsAfter(chars, length, p, MAX_WORDS, REACH).map((w) =>
          w.sep === '.' ? { ...w, sep: ' ' } : w,
        );
        const code =
          phraseAfter(t.names, tokens, 0) ?? phraseAfter(t.before, tokens, 0) ?? phraseAfter(t.after, tokens, 0);
        if (code !== undefined && rule.own.has(code)) return true;
      }
      p = nextWordStart(chars, end, length);
    }
    return false;
  }

  /**
   * The country (code) whose longest name, capital, demonym or nisba ends at tokens[i] (tokens
   * nearest first, as wordsBefore reads them), or undefined: who a word before a phrase names.
   */
  countryEndingAt(tokens: readonly Token[], i: number): string | undefined {
    const t = this.t;
    return phraseBefore(t.names, tokens, i) ?? phraseBefore(t.before, tokens, i) ?? phraseBefore(t.after, tokens, i);
  }

  private foreignBefore(flags: number, own: ReadonlySet<string>, before: readonly Token[]): string | undefined {
    const t = this.t;
    const near = before[0];
    if (near === undefined) return undefined;
    if (flags & BEFORE) {
      // Possessive: Taiwan's Joint Chiefs (… taiwan ' s ␠), the Netherlands' Marine Corps (… netherlands '␠).
      if (near.word === 's' && near.sep === ' ' && before[1]?.sep === "'")
        return foreignCode(own, phraseBefore(t.names, before, 1));
      if (near.sep === "' ") return foreignCode(own, phraseBefore(t.names, before, 0));
      if (near.sep !== ' ') return undefined;
      // A compound adjective (Indo-Soviet, not US-Moroccan nor English-language): every part a
      // country's, none the entity's own.
      if (before[1]?.sep === '-') {
        let last: string | undefined;
        for (let j = 0; j < before.length && (j === 0 || before[j]!.sep === '-'); j++) {
          const code = t.before.get(before[j]!.word) ?? t.names.get(before[j]!.word);
          if (code === undefined || own.has(code)) return undefined;
          last = code;
        }
        return last;
      }
      const code = foreignCode(own, phraseBefore(t.before, before, 0));
      if (code !== undefined) return code;
    }
    return near.sep === ' ' && (flags & NAME_BEFORE) !== 0
      ? foreignCode(own, phraseBefore(t.names, before, 0))
      : undefined;
  }
}
