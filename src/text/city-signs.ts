/**
 * Where a capital (or a seat of government, the Kremlin) names the city itself, not its government
 * (issue 16, blind16): features of the words around it that hold for every capital, read by
 * address-shape.ts's `locative` before the window is weighed.
 *
 * - A sports club or a match: a club's prefix before it (CSKA Moscou, l'USM Alger, سسكا موسكو), a
 *   team's nickname after it (Washington Commanders, Beijing Guoan), or a final, derby or Games named
 *   by it (the Moscow final, la finale de Moscou, نهائي موسكو).
 * - A compound of two town names joined by a hyphen (Moscow-Pullman, Alger-Oran): the other part is a
 *   capitalised word that is no country or capital (Moscow-Beijing axis, Rabat-Washington ties and
 *   Moscow-backed stay the government's), and no relation is named beside it (the Moscow-Haftar alliance).
 * - A weather bulletin: two weather words in the name's sentence, one of them within NEAR words of the
 *   name (Météo : ciel dégagé sur Alger…; not "Snow … did not stop Moscow from announcing…").
 * - A sight: one of Moscow's named sights within NAMED_NEAR words of the Kremlin or a capital (Red
 *   Square, the Bolshoi), or for the Kremlin a visitor's word within NEAR (its cathedrals, tourists, tour).
 * The last two hold only where the sentence names no act of a government ("the Kremlin said…", a ban, a
 * visa, a sanction). Capitals of METONYMS only, by design: `rabat` is an entity of the city itself, whose
 * bulletin or club still names it.
 *
 * Pure: reads the original text around a mention; knows nothing of the DOM.
 */
import { STANCE_VERBS } from './arabic-words';
import { nameCharAt, spacesAfter, spacesBefore, unelided, upperAt, wordAfter, wordBefore } from './latin-words';
import { TOWN_NOUNS } from './namesakes';
import { type CitySignWords } from './city-sign-words';
import { recordSet } from './folded-words';
import { foldedSet, foldString } from './normalise';
import { seatVerb, seatVerbSets } from './seat-verb';

/** Club prefixes before a city's or an institution's name: Russian, Algerian and Moroccan clubs, as usually spelt. */
const CLUB_PREFIXES = foldedSet([
  ...['CSKA', 'Spartak', 'Dynamo', 'Dinamo', 'Lokomotiv', 'Torpedo', 'FC', 'USM', 'MC', 'CR', 'NA', 'JS', 'RC', 'AS'],
  ...['FUS', 'Mouloudia', 'سسكا', 'سيسكا', 'سبارتاك', 'دينامو', 'لوكوموتيف', 'مولودية', 'اتحاد'],
]);
/**
 * Latin prefixes written in capitals (acronyms): case-sensitive, so "the MC" of a show is not "mc". The
 * other Latin prefixes need their capital too (could torpedo Washington's efforts, the dynamo of…).
 */
const CASED_PREFIXES = new Set(['FC', 'USM', 'MC', 'CR', 'NA', 'JS', 'RC', 'FUS', 'CSKA', 'AS']);

/** Whether the word `w` (folded `f`) is a club's prefix as written: FC, l'AS (unelided), Spartak, مولودية. */
const clubPrefix = (w: string, f: string): boolean =>
  CLUB_PREFIXES.has(f) && (!latin(w) || (CASED_PREFIXES.has(w.toUpperCase()) ? w === w.toUpperCase() : upperAt(w, 0)));

/**
 * Whether a club's prefix in capitals stands right before the name at `start`: "l'AS FAR", a club named after
 * the armed forces, not the army (blind18). For an institution's acronym; a capital's club is CitySigns.capital's.
 */
export function clubBefore(text: string, start: number): boolean {
  const gap = spacesBefore(text, start);
  // An acronym's prefix ends in a capital (AS, FC): most names follow a lower-case word, read no further.
  const c = text.charCodeAt(gap - 1);
  const prev = gap < start && gap > start - 3 && c >= 0x41 && c <= 0x5a ? wordBefore(text, gap) : null;
  if (prev === null) return false;
  const w = unelided(prev.word);
  if (!clubPrefix(w, foldString(w))) return false;
  return (
    w !== 'AS' || w !== prev.word || !capitalsBefore(text, prev.start) || CLUB_IN_CAPITALS.test(lineAfter(text, start))
  );
}

/**
 * In a headline in capitals, the club's own words after its name: its city ("AS FAR RABAT") or a score. Else
 * AS there is the English word: "KNOWN AS FAR", "MOROCCO AS FAR TAKES DELIVERY" (rev18).
 */
const CLUB_IN_CAPITALS = /^\S+\s+RABAT\b|\d\s*[-–]\s*\d/u;

/** Whether the word before `start` (spaces apart) is written in capitals, as a headline's are: KNOWN AS. */
function capitalsBefore(text: string, start: number): boolean {
  const gap = spacesBefore(text, start);
  const w = gap < start ? wordBefore(text, gap) : null;
  return w !== null && w.word.length > 1 && w.word === w.word.toUpperCase() && w.word !== w.word.toLowerCase();
}

/** The text from `start` to the end of its line. */
function lineAfter(text: string, start: number): string {
  const nl = text.indexOf('\n', start);
  return text.slice(start, nl === -1 ? text.length : nl);
}

/** A team's nickname right after the name, capitalised (Washington Commanders, Beijing Guoan): as written. */
const NICKNAMES = new Set([
  ...['Commanders', 'Redskins', 'Nationals', 'Capitals', 'Wizards', 'Mystics', 'Spirit', 'Freedom', 'Guoan'],
  ...['Dynamo', 'Ducks', 'Olympics', 'Games'],
]);
/** A match named by its city, right after it in any case (the Moscow final, le derby). */
const MATCHES_AFTER = new Set(['final', 'finals', 'derby', 'marathon']);
const OF = new Set(['of', 'de', 'd', 'in']);
/** The Kremlin and its city, folded: the fortress's full name (the Moscow Kremlin, كرملين موسكو). */
const KREMLIN = foldedSet(['Kremlin', 'كرملين']);

/** Whether a phrase (another city's: the Kazan Kremlin, le Kremlin de Kazan, كرملين قازان) holds the word Kremlin. */
export const namesKremlin = (phrase: string): boolean =>
  foldString(phrase)
    .split(' ')
    .some((w) => KREMLIN.has(w));
const MOSCOW = foldedSet(['Moscow', 'Moscou', 'موسكو']);

/**
 * Sight words that are also the government's idioms in Arabic (mend20b): its visitors are heads of state
 * (زوار الكرملين), قصور a shortcoming, its towers its factions (صراع الأبراج), a fortress a metaphor (الكرملين
 * حصن…). They make the sight only with a second sight word or a building's sign in the sentence.
 */
const WEAK_SIGHTS = foldedSet(['زوار', 'قصور', 'أبراج', 'حصن', 'قلعة']);
/** Weak words that, as the head of the name's construct, are the place (قلعة الكرملين). */
const FORTS = foldedSet(['حصن', 'قلعة']);
/** The walls' words, which after behind or inside are the inner circle's idiom (خلف أسوار الكرملين, behind its walls). */
const WALLS = foldedSet(['walls', 'wall', 'murailles', 'muraille', 'remparts', 'أسوار', 'سور']);
/** Words before the walls that make them the idiom, and the words allowed between (its, the, the Kremlin). */
const INSIDE = foldedSet(['behind', 'inside', 'within', 'derrière', 'خلف', 'وراء', 'داخل']);
const INSIDE_LINKS = foldedSet(['its', 'the', 'ses', 'kremlin', 'الكرملين']);
/** Words of the fortress that, right before a common noun, are a figure (fortress economy): no sight there. */
const FIGURES = foldedSet(['fortress', 'citadel']);
/** Words after a figure's word that leave it the building (the fortress walls, fortress of…). */
const FIGURE_LINKS = new Set([
  'of',
  'where',
  'that',
  'which',
  'and',
  'walls',
  'towers',
  'is',
  'was',
  'has',
  'on',
  'in',
]);
/** How a sight word counts (CitySigns.sightKind). */
const NONE = 0;
const WEAK = 1;
const STRONG = 2;
/**
 * Arabic verbs of speech or stance in the masculine, read only beside the name, whose subject it is then
 * (قال الكرملين، الكرملين يرفض): elsewhere in the sentence their subject is another (دخل السياح الكرملين
 * وشارك المرشد في الشرح). ACTS holds the feminine.
 */
const STANCES = foldedSet(STANCE_VERBS);
/** How many words after the seat its own verb is read in (the Kremlin, facing Red Square, announced…). */
const ACT_REACH = 6;
/**
 * A town's signs before the Kremlin's compound: the town's own capitalised article (Le Kremlin-Bicêtre),
 * its contractions (du, au) and locatives (in, à, de). As written: « le » alone is any article.
 */
const TOWN_BEFORE = new Set(['Le', 'du', 'au', 'in', 'at', 'to', 'from', 'near', 'à', 'de', 'vers', 'près']);
/** A town's nouns beside the Kremlin's compound (the Kremlin-Bicêtre hospital, la mairie du Kremlin-Bicêtre). */
const TOWN_WORDS = foldedSet([...TOWN_NOUNS, 'hospital', 'hôpital', 'station', 'gare', 'metro', 'métro']);
/** How many words on either side of the name a weather word or a visitor's word is read in. */
const NEAR = 3;
/** How many for one of Moscow's named sights, a stronger sign (À Moscou, le Kremlin, la place Rouge…). */
const NAMED_NEAR = 8;

/** Prefixes and combining forms written before a hyphen, capitalised at a sentence's or a title's start. */
const PREFIXES = new Set([
  ...['pro', 'anti', 'non', 'post', 'pre', 'neo', 'ultra', 'sino', 'franco', 'russo', 'anglo', 'euro', 'afro'],
  ...['arabo', 'israélo', 'américano', 'indo', 'greater', 'grand', 'mid', 'all', 'trans', 'inter', 'semi'],
]);

/** An Arabic proclitic conjunction or preposition (و، ف، ب، ل) opening a word. */
const PROCLITIC = /^[\u0648\u0641\u0628\u0644]/u;
/** An Arabic word without one proclitic (وكاتدرائيات، للسفر) nor its article (الطقس، بالثلوج). */
function arabicBare(w: string): string {
  let v = w.length > 4 && PROCLITIC.test(w) ? w.slice(1) : w;
  if (v.length > 4 && v.startsWith('\u0627\u0644')) v = v.slice(2);
  else if (v !== w && v.length > 3 && v.startsWith('\u0644')) v = v.slice(1); // للسفر: ل and the article's lam
  return v;
}

/** A Latin letter's lower case (ASCII and Latin-1), other code units as they are. */
const lowerUnit = (c: number): number =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 0x20 : c;

/** How far a sentence is read on either side of the name. */
const REACH = 200;

const isStop = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x0a || c === 0x3b;
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;

/** The word starting at `p` (name characters), or ''. */
const wordFrom = (text: string, p: number): string => wordAfter(text, p)?.word ?? '';

const APOSTROPHE_END = /[’']$/u;
const POSSESSIVE_END = /[’']s$/u;
const ELIDED_DE = /^d[’']$/iu;
/** Whether a word is written in Latin letters (its first code unit before Hebrew and Arabic). */
const latin = (w: string): boolean => w.charCodeAt(0) < 0x590;

/** The word sets of CitySigns, built once from the record's lists, which the compiler folded (but the triggers). */
function citySignSets(w: CitySignWords) {
  return {
    weather: recordSet(w.weather),
    sightWords: recordSet(w.sightWords),
    sightSupport: recordSet(w.sightSupport),
    sightNames: recordSet(w.sightNames),
    sightPairs: recordSet(w.sightPairs),
    triggers: recordSet(w.sightTriggers),
    /**
     * The first code units of the triggers and of the pairs' first words, with l and d (an elided article:
     * l'Ouest) and the Arabic letters a proclitic or an article starts with (و ف ب ل ا).
     */
    firstUnits: new Set<number>([
      ...[...w.sightTriggers, ...w.sightPairFirsts].map((x) => lowerUnit(x.charCodeAt(0))),
      ...[0x6c, 0x64, 0x0648, 0x0641, 0x0628, 0x0644, 0x0627],
    ]),
    clauseOpeners: recordSet(w.clauseOpeners),
    notHis: recordSet(w.notHis),
    seatActs: recordSet(w.seatActs),
    seatMeasures: recordSet(w.seatMeasures),
    passives: recordSet(w.passives),
    compoundRelations: recordSet(w.compoundRelations),
    eventsBefore: recordSet(w.eventsBefore),
    /** seatVerb's (seat-verb-words.ts). */
    seatVerb: seatVerbSets(w),
  };
}
type CitySignSets = ReturnType<typeof citySignSets>;

export class CitySigns {
  /**
   * @param isPlace whether a folded word is a country or a capital (countries.ts)
   * @param isAct whether a folded word is a government's act (address-words.ts: `acts`)
   * @param words the record's lists (city-sign-words.ts)
   * @param fold foldString, or a remembering one (AddressShape's)
   */
  /** The word sets (city-sign-words.ts), from the record. */
  private readonly s: CitySignSets;

  constructor(
    private readonly isPlace: (folded: string) => boolean,
    private readonly isAct: (folded: string) => boolean,
    words: CitySignWords,
    private readonly fold: (word: string) => string = foldString,
  ) {
    this.s = citySignSets(words);
  }

  /**
   * Whether the capital at text[start, end) (`tokStart`: before its Arabic proclitics) is the city: a
   * club's or a match's, a town compound's, a weather bulletin's or a sight's.
   */
  capital(text: string, tokStart: number, end: number): boolean {
    return (
      this.sport(text, tokStart, end) ||
      this.compound(text, tokStart, end) ||
      this.inFortress(text, tokStart, end) ||
      this.sentence(text, tokStart, end, true)
    );
  }

  /**
   * Whether the capital at text[start, end) is a word of the Kremlin's full name: the Moscow Kremlin, le
   * Kremlin de Moscou, the Kremlin of Moscow, كرملين موسكو. The name is the Kremlin's alone, whose own verb
   * decides it (mend20b: "The Moscow Kremlin announced…" is the government once).
   */
  private inFortress(text: string, start: number, end: number): boolean {
    const next = wordAfter(text, spacesAfter(text, end));
    if (next !== null && latin(next.word) && KREMLIN.has(this.fold(next.word))) return true;
    const prev = wordBefore(text, spacesBefore(text, start));
    if (prev === null) return false;
    const f = this.fold(unelided(prev.word));
    // كرملين موسكو (no alias of its own): Moscow stands for it, the government where a verb follows (يرد).
    if (KREMLIN.has(f)) {
      const verb = wordAfter(text, spacesAfter(text, end));
      const opener = wordBefore(text, spacesBefore(text, prev.start));
      const opens = opener === null || this.s.clauseOpeners.has(this.fold(opener.word));
      return !latin(f) && (verb === null || !this.verbAfter(verb.word, opens));
    }
    if (!OF.has(f)) return false;
    const kremlin = wordBefore(text, spacesBefore(text, prev.start));
    return kremlin !== null && KREMLIN.has(this.fold(kremlin.word));
  }

  /** Whether the Kremlin at text[start, end) is written with its city (the Moscow Kremlin, le Kremlin de Moscou, كرملين موسكو). */
  private withCity(text: string, start: number, end: number): boolean {
    const prev = wordBefore(text, spacesBefore(text, start));
    if (prev !== null && MOSCOW.has(this.fold(prev.word))) return true;
    const next = wordAfter(text, spacesAfter(text, end));
    if (next === null) return false;
    const f = this.fold(unelided(next.word));
    if (MOSCOW.has(f)) return !latin(f);
    if (!OF.has(f)) return false;
    const city = wordAfter(text, spacesAfter(text, next.end));
    return city !== null && MOSCOW.has(this.fold(city.word));
  }

  /**
   * Whether the seat of government at text[start, end) (the Kremlin) is the sight, not the government,
   * or part of a town's compound name (Le Kremlin-Bicêtre, south of Paris). `elsewhere`: the page named
   * another city's Kremlin before (the Kazan Kremlin, كرملين قازان): the bare name is that fortress, as
   * beside a sight word, unless its sentence gives the government's act (the Kremlin said…).
   */
  seat(text: string, start: number, end: number, elsewhere = false): boolean {
    return this.townCompound(text, start, end) || this.sentence(text, start, end, false, elsewhere);
  }

  private sport(text: string, start: number, end: number): boolean {
    const gap = spacesBefore(text, start);
    const prev = gap < start ? wordBefore(text, gap) : null;
    if (prev !== null) {
      const w = unelided(prev.word);
      const f = this.fold(w);
      if (clubPrefix(w, f)) return true;
      if (this.s.eventsBefore.has(f) && !latin(f)) return true;
      // la finale de Moscou, the final of Moscow
      if (OF.has(f.replace(APOSTROPHE_END, ''))) {
        const g = spacesBefore(text, prev.start);
        const ev = g < prev.start ? wordBefore(text, g) : null;
        if (ev !== null && this.s.eventsBefore.has(this.fold(ev.word))) return true;
      }
    } else if (start >= 2 && APOSTROPHE_END.test(text.slice(start - 1, start))) {
      // de la finale d'Alger: the elided de
      const d = wordBefore(text, start);
      if (d !== null && ELIDED_DE.test(d.word)) {
        const g = spacesBefore(text, d.start);
        const ev = g < d.start ? wordBefore(text, g) : null;
        if (ev !== null && this.s.eventsBefore.has(this.fold(ev.word))) return true;
      }
    }
    const next = spacesAfter(text, end);
    if (next === end) return false;
    const w = wordFrom(text, next);
    return NICKNAMES.has(w) || MATCHES_AFTER.has(w.toLowerCase());
  }

  /**
   * Moscow-Pullman, Alger-Oran: joined by a hyphen to a capitalised word that is no country or capital,
   * and no relation named within two words of the compound (the Moscow-Haftar alliance, l'axe Moscou-Benghazi).
   */
  private compound(text: string, start: number, end: number): boolean {
    const span = this.compoundSpan(text, start, end);
    return span !== null && !this.wordBeside(text, span[0], span[1], this.s.compoundRelations);
  }

  /**
   * The Kremlin's compound with a town's sign: the town's own article or a locative right before it (Le
   * Kremlin-Bicêtre, au Kremlin-Bicêtre, in Le Kremlin-Bicêtre), or a town's noun beside it (the
   * Kremlin-Bicêtre hospital). A seat joined to another name is its dealings with a person or a group
   * otherwise (the Kremlin-Wagner mutiny, le tandem Kremlin-Wagner), however the relation is called.
   */
  private townCompound(text: string, start: number, end: number): boolean {
    const span = this.compoundSpan(text, start, end);
    if (span === null) return false;
    // The match may hold the article (Le Kremlin): read from the name itself.
    const at = text.startsWith('Le ', start) ? start + 3 : start;
    const prev = wordBefore(text, spacesBefore(text, at));
    if (prev !== null && TOWN_BEFORE.has(unelided(prev.word))) return true;
    return this.wordBeside(text, span[0], span[1], TOWN_WORDS);
  }

  /** The compound's span [from, to) when the name at text[start, end) is joined by a hyphen to a town's name. */
  private compoundSpan(text: string, start: number, end: number): [number, number] | null {
    let other = '';
    let from = start;
    let to = end;
    if (isHyphen(text.charCodeAt(end)) && upperAt(text, end + 1)) {
      other = wordFrom(text, end + 1);
      to = end + 1 + other.length;
    } else if (start > 1 && isHyphen(text.charCodeAt(start - 1))) {
      const w = wordBefore(text, start - 1);
      if (w !== null && upperAt(w.word, 0)) {
        other = w.word;
        from = w.start;
      }
    }
    if (other === '' || other.length < 3) return null;
    // An acronym (Moscow-NATO) is no town, nor a prefix or combining form (Pro-Moscow, Sino-, Franco-).
    if (other === other.toUpperCase() || PREFIXES.has(other.toLowerCase())) return null;
    if (this.isPlace(this.fold(other.replace(POSSESSIVE_END, '')))) return null;
    return [from, to];
  }

  /** Whether a word of `words` (folded) stands within two words before text[from, to) or after it. */
  private wordBeside(text: string, from: number, to: number, words: ReadonlySet<string>): boolean {
    let p = to;
    for (let k = 0; k < 2; k++) {
      p = spacesAfter(text, p);
      const w = wordAfter(text, p);
      if (w === null) break;
      if (words.has(this.fold(unelided(w.word)))) return true;
      p = w.end;
    }
    p = from;
    for (let k = 0; k < 2; k++) {
      const w = wordBefore(text, spacesBefore(text, p));
      if (w === null) break;
      if (words.has(this.fold(unelided(w.word)))) return true;
      p = w.start;
    }
    return false;
  }

  /**
   * Whether a sight of Moscow (for the Kremlin, `capital` false, also a visitor's word) stands within
   * NEAR words of the name or, for a capital, its sentence is a weather bulletin (two weather words, one
   * within NEAR words); and its sentence names no act of a government.
   */
  /**
   * Whether a verb of stance (STANCES) is right before text[start, end), perhaps after و/ف (وأعلن الكرملين),
   * or right after it (الكرملين يرفض; not وشارك, which opens a clause of its own).
   */
  private stanceBeside(text: string, start: number, end: number): boolean {
    const before = wordBefore(text, spacesBefore(text, start));
    let after = wordAfter(text, spacesAfter(text, end));
    // كرملين موسكو يرد: the city is part of the name.
    if (after !== null && !latin(after.word) && MOSCOW.has(this.fold(after.word)))
      after = wordAfter(text, spacesAfter(text, after.end));
    const f = before === null ? '' : this.fold(before.word);
    if (STANCES.has(f) || STANCES.has(f.slice(1))) return true;
    return after !== null && this.verbAfter(after.word, before === null || this.s.clauseOpeners.has(f));
  }

  /**
   * Whether the Arabic word right after the seat is its verb: one of STANCES, or where the seat opens its
   * clause (`opens`) any present in ي (الكرملين يرد، أن الكرملين يستخدم, mend20b) that is not the building's
   * (يقع، يفتح); in a construct (ومحيط الكرملين يبدوان) the verb is the head's.
   */
  private verbAfter(word: string, opens: boolean): boolean {
    const g = this.fold(word);
    return STANCES.has(g) || (opens && g.length > 2 && g.charCodeAt(0) === 0x64a && !this.s.notHis.has(g));
  }

  private sentence(text: string, start: number, end: number, capital: boolean, elsewhere = false): boolean {
    // Kremlin-linked, Kremlin-backed: the government's, whatever follows.
    if (isHyphen(text.charCodeAt(end))) return false;
    let lo = start;
    const min = Math.max(0, start - REACH);
    while (lo > min && !isStop(text.charCodeAt(lo - 1))) lo--;
    let hi = end;
    const max = Math.min(text.length, end + REACH);
    while (hi < max && !isStop(text.charCodeAt(hi))) hi++;
    // First the rare words, by their lower case alone (no folding); the acts only where one was found.
    let weatherWords = 0;
    let seen = '';
    let before = '';
    // Word ordinals: the name's first and last; the last weather word and sight before the name, the
    // first after it (near: within NEAR words of the name).
    let ord = 0;
    let nameFirst = -1;
    let nameLast = -1;
    let weatherBefore = -1;
    let weatherAfter = -1;
    let sightBefore = -1;
    let sightAfter = -1;
    let namedBefore = -1;
    let namedAfter = -1;
    // Weak sight words (WEAK_SIGHTS, the walls' idiom) near the name, and the sight words and signs seen.
    let weakBefore = -1;
    let weakAfter = -1;
    let sights = 0;
    for (let p = lo; p < hi;) {
      if (!nameCharAt(text, p)) {
        // °C, °F: a temperature
        if (capital && text.charCodeAt(p) === 0xb0 && !seen.includes('°')) {
          seen += '°';
          weatherWords++;
        }
        p++;
        continue;
      }
      let q = p + 1;
      while (q < text.length && nameCharAt(text, q)) q++;
      ord++;
      if (p >= start && p < end) {
        if (nameFirst < 0) nameFirst = ord;
        nameLast = ord;
      }
      // Most words cannot be a trigger by their first letter: no string is made for them.
      if ((p >= start && p < end) || !this.s.firstUnits.has(lowerUnit(text.charCodeAt(p)))) {
        before = '';
        p = q;
        continue;
      }
      const lower = unelided(text.slice(p, q)).toLowerCase();
      const from = p;
      p = q;
      const trigger = this.s.triggers.has(lower) || this.s.triggers.has(arabicBare(lower));
      if (trigger) {
        const f = this.fold(lower);
        // An Arabic word's proclitic (وكاتدرائيات) for a pair's word; also its article for a single word.
        const g = f.length > 4 && PROCLITIC.test(f) ? f.slice(1) : f;
        const bare = arabicBare(f);
        const has = (set: ReadonlySet<string>): boolean => set.has(f) || set.has(bare);
        if (capital && has(this.s.weather)) {
          if (nameFirst < 0) weatherBefore = ord;
          else if (weatherAfter < 0) weatherAfter = ord;
          if (!seen.includes(`|${bare}|`)) {
            seen += `|${bare}|`;
            weatherWords++;
          }
        }
        if (has(this.s.sightNames) || this.s.sightPairs.has(`${this.fold(before)} ${g}`)) {
          if (nameFirst < 0) namedBefore = ord;
          else if (namedAfter < 0) namedAfter = ord;
          sights++;
        } else if (!capital && has(this.s.sightWords)) {
          const kind = this.sightKind(text, from, q, f, bare, start);
          if (kind === WEAK) {
            if (nameFirst < 0) weakBefore = ord;
            else if (weakAfter < 0) weakAfter = ord;
          } else if (kind === STRONG) {
            if (nameFirst < 0) sightBefore = ord;
            else if (sightAfter < 0) sightAfter = ord;
          }
          if (kind !== NONE && !seen.includes(`|${bare}|`)) {
            seen += `|${bare}|`;
            sights++;
          }
        } else if (!capital && has(this.s.sightSupport)) sights++;
      }
      before = lower;
    }
    const near = (before: number, after: number, reach = NEAR): boolean =>
      (before >= 0 && before >= nameFirst - reach) || (after >= 0 && after <= nameLast + reach);
    const sight =
      elsewhere ||
      (!capital && this.withCity(text, start, end)) ||
      near(sightBefore, sightAfter) ||
      near(namedBefore, namedAfter, NAMED_NEAR) ||
      (sights > 1 && near(weakBefore, weakAfter));
    if (!sight && (weatherWords < 2 || !near(weatherBefore, weatherAfter))) return false;
    if (this.stanceBeside(text, start, end)) return false;
    // The Kremlin stated…, « le Kremlin a fait savoir… »: its own verb, whatever the verb (seat-verb.ts).
    if (!capital && latin(text.slice(start, start + 1)) && seatVerb(text, start, end, this.sightNoun, this.s.seatVerb))
      return false;
    // Words after the name (for the seat's own verb) and the word before the current one (a passive's auxiliary).
    let after = 0;
    let prev = '';
    for (let p = lo; p < hi;) {
      if (!nameCharAt(text, p)) {
        p++;
        continue;
      }
      const w = wordFrom(text, p);
      const outside = p < start || p >= end;
      if (p >= end) after++;
      p += w.length;
      if (!outside) continue;
      const f = this.fold(unelided(w));
      const act =
        this.isAct(f) ||
        this.s.seatActs.has(f) ||
        this.s.seatActs.has(f.slice(1)) ||
        this.s.seatActs.has(arabicBare(f));
      if (act && (capital || !latin(w) || this.seatActs(f, after, prev))) return false;
      prev = f;
    }
    return true;
  }

  /** Whether a lower-case word is a sight's noun (the Kremlin walls): no verb of the seat. */
  private readonly sightNoun = (w: string): boolean => this.s.sightWords.has(this.fold(w));

  /**
   * How a sight word (folded `f`, `bare` without its Arabic clitics) at text[from, to) counts for the seat
   * at `start`: NONE for a figure ("fortress economy") or an active "rebuilt" ("has rebuilt its ties"),
   * WEAK for an Arabic idiom's word or the walls after behind or inside, else STRONG.
   */
  private sightKind(text: string, from: number, to: number, f: string, bare: string, start: number): number {
    const next = wordAfter(text, to + 1);
    if (FIGURES.has(f) && text.charCodeAt(to) === 0x20 && next !== null && /^\p{Ll}{3,}$/u.test(next.word)) {
      if (!FIGURE_LINKS.has(next.word)) return NONE;
    }
    const prev = wordBefore(text, spacesBefore(text, from));
    if ((f === 'rebuilt' || f === 'rebati') && (prev === null || !this.s.passives.has(this.fold(prev.word))))
      return NONE;
    // قلعة الكرملين: the head of the name's construct is the place; الكرملين حصن… a figure.
    if (WEAK_SIGHTS.has(bare)) return FORTS.has(bare) && next !== null && next.start === start ? STRONG : WEAK;
    if (!WALLS.has(f) && !WALLS.has(bare)) return STRONG;
    let p = from;
    for (let k = 0; k < 3; k++) {
      const w = wordBefore(text, spacesBefore(text, p));
      if (w === null) return STRONG;
      const g = this.fold(unelided(w.word));
      if (INSIDE.has(g) || INSIDE.has(arabicBare(g))) return WEAK;
      if (!INSIDE_LINKS.has(g)) return STRONG;
      p = w.start;
    }
    return STRONG;
  }

  /**
   * Whether a Latin act word (folded `f`, the `after`th word after the seat, 0 before it) is the seat's: a
   * measure anywhere (its spokesman, a visa ban), else a verb of its own clause, soon after it and not
   * passive. The Kremlin's act says the government; another's (the tickets are sold, its cathedrals hosted
   * coronations, Peskov said) leaves the sight (blind20).
   */
  private seatActs(f: string, after: number, prev: string): boolean {
    return this.s.seatMeasures.has(f) || (after > 0 && after <= ACT_REACH && !this.s.passives.has(prev));
  }
}
