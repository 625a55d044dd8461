/**
 * Namesakes: a lone surname (an afterMention alias of one word, Milley) written as part of another
 * person's name. "Sarah Milley", "bowler James Anderson" or "Anderson Cooper" name someone else,
 * and from there on the page a lone "Anderson" is about that person, not the story's general, until
 * the story's full name comes back (matcher.ts forgets the full mention).
 *
 * Read on the original text, since the evidence is case: in Latin scripts a given name is a
 * capitalised word. Arabic has no case: there only a place noun before the surname tells (below);
 * the rest is left to context rules.
 *
 * Conservative on purpose, since a miss here costs a true mention:
 * - a capitalised word at the start of a sentence may be any word ("But Milley said"): not a name;
 * - titles and ranks are not given names ("Chairman Milley", "Marine Langley");
 * - in a title-case headline every word is capitalised ("Trump Fires Milley Over Remarks"): when the
 *   words on both sides are capitalised too, nothing is concluded;
 * - a weekday or a month after the surname is a date ("Anderson Tuesday"), not a surname.
 */
import { AR_BROKEN_PLURALS, type Country } from './countries';
import { inSet, STANCE_VERBS } from './arabic-words';
import { arabicNisbas } from './foreign-qualifier';
import { foldedSet, foldString } from './normalise';
import { recordSet } from './folded-words';
import { STORY_COUNTRIES } from './own-countries';
import {
  Openings,
  capitalisedAfter,
  capitalisedBefore,
  DATES,
  nameCharAt,
  sentenceInitial,
  spacesAfter,
  spacesBefore,
  CIVIC_TITLES,
  TITLES,
  upperAt,
  wordAfter,
  wordBefore,
} from './latin-words';
import { afterLocative, latinLower, type PackNameAt } from './name-shape';
import { sentenceAround } from './sentence';
import { ALEF_LAM, withoutProclitic } from './arabic-shape-grammar';

/**
 * Nouns of a place named after someone, right before the surname: the street, the base, not the
 * person (la rue Milley, قاعدة أندرسن). English puts them after the name (Milley Street), where a
 * capitalised word after the surname already tells.
 */
const PLACE_NOUNS = new Set<string>([
  'allée',
  'avenue',
  'base',
  'boulevard',
  'camp',
  'centre',
  'chemin',
  'fort',
  'impasse',
  'laboratoire',
  'quai',
  'rue',
  'جادة',
  'حي',
  'ساحة',
  'شارع',
  'قاعدة',
  'مطار',
  'معسكر',
]);

/**
 * Determiners that make a surname a common noun, one of several bearers of the name: "another
 * Langley", "a different Milley", « un autre Anderson ». A proper name of one person takes none.
 * Not a bare article: "a Milley aide", "an Anderson deputy" use the person's name as a modifier.
 */
const DETERMINERS = new Set<string>(['another']);
/** Adjectives of otherness after an article: "the other Langley", "a different Milley", « l'autre Langley ». */
const OTHER = new Set<string>(['other', 'different', 'autre']);
/** Articles before those adjectives (French elides: l'autre). */
const ARTICLES = new Set<string>(['a', 'an', 'the', 'un', 'une', 'le', 'la']);
const L_AUTRE = /^l['’]autre$/u;
/** A possessive after a name (Langley's). */
const POSSESSIVE = /^['’]s\b/u;
/** An elided article or de (l'autre, d'autres). */
const ELIDED = /^[dl]['’]/u;
/** An Arabic proclitic conjunction or preposition (و، ب، ف، ل) opening a word, by code unit. */
const PROCLITICS = [0x0648, 0x0628, 0x0641, 0x0644];
const opensWithProclitic = (w: string): boolean => PROCLITICS.includes(w.charCodeAt(0));
/** في after its conjunction (وفي، ففي) is في: tested by code unit, no expression run on every word before. */
const withoutConjunctionOnFi = (w: string): string =>
  w.length === 3 && (w.charCodeAt(0) === 0x0648 || w.charCodeAt(0) === 0x0641) && w.endsWith('في') ? w.slice(1) : w;

/**
 * The word before text[.., end) across spaces, lower-cased, and where it starts; '' when none. The word
 * wordBefore made is lower-cased in place: it is this call's own, and a second object per call was
 * garbage of every lone surname.
 */
function lowerWordBefore(text: string, end: number): { word: string; start: number } {
  const gap = spacesBefore(text, end);
  const w = gap < end ? wordBefore(text, gap) : null;
  if (w === null) return { word: '', start: end };
  w.word = lowerCased(w.word);
  return w;
}

/**
 * `word` lower-cased. The Arabic block has no cased letter, and toLowerCase took a slow path for any
 * word outside Latin-1: about 14 times a Latin word's cost, for a third of the words read before a
 * lone surname on a mixed bench page.
 */
export function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x0600 || c > 0x06ff) return word.toLowerCase();
  }
  return word;
}

/**
 * Nouns of a family: after the surname in English ("the Anderson family", "the Wagner brothers"),
 * before it in French (« la famille Anderson », « les frères Wagner »). A family of that name is
 * other people than the story's person.
 */
/** The word after spaces, and after a possessive and spaces (made once: see latin-words.ts, SOME_LOWER). */
const WORD_AFTER_SPACES = /^[ \u00a0]+(\p{L}+)/u;
/** The word after a name, or after its possessive (the possessive captured). */
const WORD_AFTER_NAME = /^(['’]s)?[ \u00a0]+(\p{L}+)/u;
const FAMILY_AFTER = new Set<string>(['family', 'families', 'brothers', 'sisters', 'twins', 'clan', 'household']);
const FAMILY_BEFORE = new Set<string>(['famille', 'familles', 'frères', 'sœurs', 'soeurs', 'clan', 'époux']);

/**
 * The first letters of FAMILY_AFTER (ASCII), by unit: a word after the surname that starts otherwise is none of
 * them. A table, not a Set of numbers: the look-up cost more than the rest of a call it ends.
 */
const FAMILY_INITIALS = new Uint8Array(0x80);
for (const w of FAMILY_AFTER) FAMILY_INITIALS[w.charCodeAt(0)] = 1;

/** Whether a family's noun stands beside the surname ending at `end`, `before` the word before it (lowerWordBefore). */
function family(text: string, end: number, before: string): boolean {
  if (FAMILY_BEFORE.has(before)) return true;
  const c = text.charCodeAt(spacesAfter(text, end));
  if (!(c < 0x80 && FAMILY_INITIALS[c] === 1)) return false;
  const after = WORD_AFTER_SPACES.exec(text.slice(end, end + 20));
  return after !== null && FAMILY_AFTER.has(after[1]!);
}

/**
 * « le centre de recherche Langley », « le laboratoire d'essais Anderson »: French names the place by its
 * noun and a complement with de, then the person it is named after. `before` is the word right before
 * the surname (lowerWordBefore): the complement, after de and a place noun.
 */
function placeNounOf(text: string, before: { word: string; start: number }): boolean {
  const { word, start } = before;
  // d'essais: the preposition is elided onto the complement.
  if (ELIDED.test(word)) return word.startsWith('d') && PLACE_NOUNS.has(lowerWordBefore(text, start).word);
  const of = lowerWordBefore(text, start);
  return word !== '' && of.word === 'de' && PLACE_NOUNS.has(lowerWordBefore(text, of.start).word);
}

/** Whether a determiner (another, a different, l'autre), the word `before` the surname (lowerWordBefore), makes it one of several. */
function determined(text: string, before: { word: string; start: number }): boolean {
  const { word, start: at } = before;
  // l'autre: the article is elided onto the adjective.
  if (DETERMINERS.has(word) || L_AUTRE.test(word)) return true;
  // d'un autre: an elided preposition joins the article.
  return OTHER.has(word) && ARTICLES.has(lowerWordBefore(text, at).word.replace(ELIDED, ''));
}

/**
 * Words that stand between a nationality and a surname without being a given name: particles and
 * prepositions (قال الوزير البريطاني إن أندرسون…), adverbs of time.
 */
const NOT_GIVEN_AR = new Set<string>([
  ...['إن', 'أن', 'لأن', 'بأن', 'وأن', 'كما', 'ثم', 'قد', 'لكن', 'بينما', 'حيث', 'إذ', 'عن', 'مع', 'من'],
  ...['إلى', 'على', 'في', 'بعد', 'قبل', 'لدى', 'عند', 'أمس', 'اليوم', 'غدا', 'أيضا', 'رسميا'],
]);
/**
 * The nationalities an Arabic given name may follow, masculine with the article and folded (السويدي،
 * الإنجليزي), from the country table as foreign-qualifier.ts derives them. Not the story's own (الأمريكي،
 * المغربي): its generals and officers are named after theirs (الجنرال الأمريكي دغفين أندرسون, misspelt).
 */
export function arabicNationals(countries: readonly Country[]): ReadonlySet<string> {
  const others = countries.filter((c) => !STORY_COUNTRIES.includes(c.code));
  const stems = others.flatMap(arabicNisbas);
  // The English: no nisba comes of المملكة المتحدة, but one of the people's plural (الإنجليز → الإنجليزي).
  const peoples = others.flatMap((c) => AR_BROKEN_PLURALS[c.code] ?? []).map((p) => `${p}ي`);
  return foldedSet([...stems.map((n) => `${ALEF_LAM}${n}`), ...peoples]);
}
/** Reporting verbs, which follow a nationality's noun as often (وفي حديثه للتلفزيون الفرنسي قال أندرسون). */
const VERBS = foldedSet(STANCE_VERBS);

/**
 * Arabic has no case: a given name is a word between a nationality used as a noun and the surname
 * (لاعب الوسط الإنجليزي إليوت أندرسون، السويدي بيني أندرسون). `before` is the word right before the surname
 * (lowerWordBefore): no article, particle, pronoun suffix (نظيره), teh marbuta or reporting verb; the word
 * before it one of `nationals` (arabicNationals), not any adjective: a verb comes first in Arabic, after a
 * phrase of time or setting (وفي الأسبوع الماضي زار أندرسون).
 */
function arabicGivenName(
  text: string,
  before: { word: string; start: number },
  nationals: ReadonlySet<string>,
): boolean {
  const w = before.word;
  const c = w.charCodeAt(0);
  if (!(c >= 0x621 && c <= 0x64a) || w.length < 3 || w.startsWith(ALEF_LAM) || NOT_GIVEN_AR.has(w)) return false;
  // A pronoun suffix (نظيره), or a noun's teh marbuta (بزيارة، برئاسة): the nisba qualifies a noun before them.
  if (w.endsWith('ه') || w.endsWith('ها') || w.endsWith('هم') || w.endsWith('ة')) return false;
  if (!nationals.has(foldString(withoutProclitic(lowerWordBefore(text, before.start).word)))) return false;
  return !inSet(VERBS, foldString(w));
}

/**
 * Whether the lone surname at text[start, end) (original offsets) is part of another person's
 * name: a given name right before it ("Jane Milley", in Arabic after one of `nationals`: arabicGivenName) or
 * right after it ("Anderson Cooper"); or of
 * a place named after someone (la rue Milley); or one of several bearers of the name ("another
 * Langley", "a different Milley"), or a family of them ("the Anderson family", « la famille Anderson »).
 */
export function namesAnotherPerson(text: string, start: number, end: number, nationals: ReadonlySet<string>): boolean {
  // A possessive ends the name (Fort Langley's festival); any other letter or hyphen joins a longer word.
  if (nameCharAt(text, start - 1) || (nameCharAt(text, end) && !POSSESSIVE.test(text.slice(end, end + 3))))
    return false;
  // Read once for the three tests below ('' when no word stands before it).
  const before = lowerWordBefore(text, start);
  // An Arabic noun may carry a proclitic (وشارع، بقاعدة).
  const w = before.word;
  if (PLACE_NOUNS.has(w) || (opensWithProclitic(w) && PLACE_NOUNS.has(w.slice(1)))) return true;
  if (placeNounOf(text, before)) return true;
  if (arabicGivenName(text, before, nationals)) return true;
  if (determined(text, before)) return true;
  if (family(text, end, w)) return true;
  if (wonAPrize(text, end)) return true;
  const next = capitalisedAfter(text, end);
  const given = capitalisedBefore(text, start);
  // A hyphenated title counts as its last part (Ex-Chairman, Vice-Admiral).
  const titleWord = given === null ? '' : given.word.slice(given.word.lastIndexOf('-') + 1);
  const title = TITLES.has(titleWord);
  // Mayor Langley, Dr Anderson: a title none of the story's generals bears.
  if (CIVIC_TITLES.has(titleWord)) return true;
  if (given !== null && !title && !sentenceInitial(text, given.start)) {
    // Title case: the word before the given name and the word after the surname are capitalised too.
    if (!(capitalisedBefore(text, given.start) !== null && next !== null)) return true;
  }
  if (next !== null && !DATES.has(next.word)) {
    // Anderson Cooper: the surname is a given name here, unless the next word is capitalised too
    // (a title-case heading, or a longer name: Anderson Air Force Base, left to context rules).
    if (capitalisedAfter(text, next.end) === null) return true;
  }
  return false;
}

/**
 * A sport's win right after a surname: a verb of winning, then a prize within a few words ("Langley won the
 * Canadian junior hockey title", "Anderson clinched gold", « Milley a remporté la coupe »). The story's
 * generals win support, praise or a vote, never a title, a cup or a medal: an athlete of the name.
 */
const WON_A_PRIZE =
  /^ (?:(?:has|had|a) )?(?:won|wins|clinched|captured|claimed|remport[ée]|remporte|gagn[ée]|gagne)(?: [^ .;,!?]+){0,4}? (?:titles?|cups?|medals?|gold|silver|bronze|championships?|trophy|tournament|race|titres?|coupes?|médailles?|championnats?|trophées?|tournoi|course)(?![\p{L}])/u;

/** Whether WON_A_PRIZE follows `end`; only a "w", "c", "r", "g", "h" or "a" after the space reads further. */
function wonAPrize(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  const c = text.charCodeAt(end + 1) | 0x20;
  if (c !== 0x77 && c !== 0x63 && c !== 0x72 && c !== 0x67 && c !== 0x68 && c !== 0x61) return false;
  return WON_A_PRIZE.test(text.slice(end, end + 80));
}

/**
 * Whether the lone surname at text[start, end) ends its person's full name with a middle name, which
 * namesAnotherPerson reads as another's ("Michael Edward Langley", an Edward Langley): the given name and
 * middle name before it are one of `middles` (middleNames), or the given name and the middle name's initial
 * ("Michael E" of the pack's "Michael E. Langley"). Not any middle name after his given name: Michael Joseph
 * Langley, a pharmacist's obituary, and Mark Anthony Milley, a curler, are other people.
 */
export function middleNamed(text: string, start: number, middles: ReadonlySet<string> | undefined): boolean {
  if (middles === undefined) return false;
  const middle = capitalisedBefore(text, start);
  const first = middle === null ? null : capitalisedBefore(text, middle.start);
  if (first === null) return false;
  return middles.has(`${first.word} ${middle!.word}`) || middles.has(`${first.word} ${middle!.word[0]!}`);
}

/**
 * Surnames of the story's people that are also places a page may be at or in (Langley, Virginia, the
 * CIA's seat; Anderson, Indiana; Anderson Air Force Base), as written alone. Milley names no such place:
 * "lost confidence in Milley" is the general.
 */
const PLACE_SURNAMES = new Set<string>(['langley', 'anderson', 'لانجلي', 'لانغلي', 'أندرسون', 'اندرسون', 'أندرسن']);
/**
 * Prepositions of place: one of those surnames right after one is the place ("officials at Langley",
 * "born in Anderson", في لانجلي، وفي لانجلي، بلانجلي), not the person, unless a possessive follows ("at
 * Langley's request"). "to", "from" and « à » are left out: they take people as often ("wrote to Langley"),
 * but for « à » opening a sentence with the name and a comma in a sentence about a town (« À Langley, le
 * conseil municipal… »).
 */
const PLACE_PREPOSITIONS = new Set<string>(['at', 'in', 'near', 'outside', 'في']);
/** Prepositions of where a person is from, after an age in apposition (", 81, of Langley"). */
const HOME_PREPOSITIONS = new Set<string>(['of', 'from', 'de']);
/**
 * What stands before that preposition in a local paper's naming of a resident: a comma, an age, a comma,
 * and maybe "formerly" (", 81, of", « , 82 ans, de », ", 90, formerly of"). Read on a short slice.
 */
const AGE_BEFORE_HOME =
  /,[ \u00a0]*\d{1,3}(?:[ \u00a0]+ans)?[ \u00a0]*,[ \u00a0]*(?:(?:formerly|originaire)[ \u00a0]+)?$/u;

/**
 * Whether the lone surname at text[start, end) (original offsets), after its Arabic proclitics
 * `proclitic` (the original text right before `start`), is a place there: after a preposition of
 * place, beside a town's noun, or as the home town after a person's age (", 81, of Langley"). Unlike
 * `namesAnotherPerson`, the story's person is not forgotten: the page may name both.
 */
export function namesAPlace(text: string, start: number, end: number, proclitic = ''): boolean {
  if (!PLACE_SURNAMES.has(text.slice(start, end).toLowerCase())) return false;
  // The word before the written token ('' when none), read once for the town noun and the preposition.
  const before = lowerWordBefore(text, start - proclitic.length);
  // A possessive starts with an apostrophe, a town noun after the name with a space.
  const c = text.charCodeAt(end);
  const apostrophe = c === 0x27 || c === 0x2019;
  const next = apostrophe || c === 0x20 || c === 0xa0;
  if (proclitic === '' && ((next && townNounAfter(text, end, before.word === 'the')) || townNounBefore(text, before)))
    return true;
  // « À Langley, le conseil municipal… »: a fronted à-phrase closed by its comma sets the scene, a place,
  // when its sentence says a town; else it may be a dative (« À Anderson, le ministre a remis une médaille »)
  // or the CIA's people (« À Langley, on reproche… »), left to the rules.
  if (c === 0x2c && before.word === 'à' && sentenceInitial(text, before.start) && townInSentence(text, start, end))
    return true;
  if (apostrophe && POSSESSIVE.test(text.slice(end, end + 3))) return false;
  // Bob Anderson, 81, of Langley, died…: a resident's home town, whatever the page says of a general.
  if (
    HOME_PREPOSITIONS.has(before.word) &&
    AGE_BEFORE_HOME.test(text.slice(Math.max(0, before.start - 30), before.start))
  )
    return true;
  if (proclitic.endsWith('ب')) return true; // بلانجلي: the proclitic preposition ب (in)
  // An Arabic preposition may carry a conjunction (وفي).
  return PLACE_PREPOSITIONS.has(withoutConjunctionOnFi(before.word));
}

/** A word of Arabic letters after spaces (the verb after an Arabic surname). */
const ARABIC_WORD_AFTER = /^[ \u00a0]+([\u0621-\u064a]+)/u;

/** The word tests of feminineAgreement, on words as written (a conjunction perhaps on them: وقالت، وإن). */
export interface FeminineWords {
  /** A feminine verb, read after the name as its predicate (لانجلي كانت، أن لانجلي ظلت). */
  verb: (word: string) => boolean;
  /** A feminine verb of speech or stance, read before the name as its subject's (قالت لانجلي). */
  stance: (word: string) => boolean;
  /** A particle whose subject the name then is (إن، أن، لكن). */
  particle: (word: string) => boolean;
}

/**
 * Whether the lone Arabic surname at text[start, end) that is also a place (PLACE_SURNAMES), written
 * without proclitics (`proclitic`: the text between its token's start and `start`), is the subject of a
 * feminine verb: the place or the agency it stands for, which Arabic makes feminine; a man takes the
 * masculine (قال لانجلي، لانجلي كان). After the name only where it opens its clause, after a particle or
 * at a sentence's start (إن لانجلي كانت تحصل): elsewhere it may be a construct's second term or end a
 * time clause, and the verb then agrees with another noun (زيارة لانجلي كانت، في عهد لانجلي كانت).
 * Before it only a verb of speech or stance (وقالت لانجلي): after another the name may be the object of
 * a dropped subject (وأرسلت لانجلي رسالة), or of "you" (هل ترى لانجلي مناسبا). Like namesAPlace, the
 * person is not forgotten.
 */
export function feminineAgreement(
  text: string,
  start: number,
  end: number,
  proclitic: string,
  words: FeminineWords,
): boolean {
  const c = text.charCodeAt(start);
  if (c < 0x0621 || c > 0x064a || !PLACE_SURNAMES.has(text.slice(start, end)) || proclitic !== '') return false;
  const before = lowerWordBefore(text, start).word;
  if (before !== '' && words.stance(before)) return true;
  const after = ARABIC_WORD_AFTER.exec(text.slice(end, end + 24))?.[1];
  if (after === undefined || !words.verb(after)) return false;
  return (before !== '' && words.particle(before)) || sentenceInitial(text, start);
}

/**
 * Nouns that only a town has, not a person: its mayor, residents, township ("Langley's mayor", "the
 * mayor of Langley", « les habitants de Langley », « le canton de Langley »). Not "council": a general
 * has a council of advisers.
 */
export const TOWN_NOUNS: ReadonlySet<string> = new Set<string>([
  ...['city', 'councillors', 'downtown', 'inhabitants', 'mayor', 'municipality', 'population'],
  ...['residents', 'suburbs', 'town', 'township', 'village'],
  ...['agglomération', 'banlieue', 'canton', 'commune', 'habitants', 'maire', 'mairie', 'municipalité'],
  ...['population', 'ville', 'village'],
]);
/** Words between a town noun and the name (the mayor of Langley, le maire de Langley). */
const OF = new Set<string>(['of', 'de']);

/**
 * Words that say a town in a sentence, beyond its nouns (TOWN_NOUNS): its council, its state or province
 * (Langley in British Columbia, Anderson in Indiana or South Carolina). Lower-cased, by word.
 */
const TOWN_CUES = new Set<string>([
  ...TOWN_NOUNS,
  ...['council', 'county', 'indiana', 'columbia', 'carolina', 'virginia'],
  ...['caroline', 'colombie', 'comté', 'conseil', 'municipal', 'municipale', 'municipaux', 'virginie'],
]);
/** Letters of a word (read on the sentence of a fronted « À Langley, », a rare shape). */
const WORDS = /\p{L}+/gu;

/** Whether the sentence around text[start, end) has a word of a town (TOWN_CUES). */
function townInSentence(text: string, start: number, end: number): boolean {
  const [lo, hi] = sentenceAround(text, start, end);
  for (const w of text.slice(lo, hi).match(WORDS) ?? []) if (TOWN_CUES.has(w.toLowerCase())) return true;
  return false;
}

/**
 * "Langley's mayor", "Langley township", "Langley council approves": a town noun right after the name
 * or its possessive ("council" only without one: Langley's council may be his advisers); a town's site
 * only after "the" (`the`: "the Langley marina"), as a bare name's site may be a noun's modifier
 * ("Langley cemetery visits": the general's).
 */
function townNounAfter(text: string, end: number, the: boolean): boolean {
  // The word WORD_AFTER_NAME reads, read in place first: most words after a name open no town noun.
  const c = text.charCodeAt(end);
  const p = (c === 0x27 || c === 0x2019) && text.charCodeAt(end + 1) === 0x73 ? end + 2 : end;
  const at = spacesAfter(text, p);
  if (at === p || !TOWN_NOUN_OPENINGS.may(text, at)) return false;
  const m = WORD_AFTER_NAME.exec(text.slice(end, end + 30));
  if (m === null) return false;
  const noun = m[2]!.toLowerCase();
  return TOWN_NOUNS.has(noun) || (m[1] === undefined && (noun === 'council' || (the && TOWN_SITES.has(noun))));
}

/** "the mayor of Langley", « les habitants de Langley »: a town noun, then `of` (of or de, lowerWordBefore) right before the name. */
function townNounBefore(text: string, of: { word: string; start: number }): boolean {
  return OF.has(of.word) && TOWN_NOUNS.has(lowerWordBefore(text, of.start).word);
}

/** Whether the folded alias chars[s, e) is one word (a surname, not "Gen. Milley"). */
export function isLoneWord(chars: Uint16Array, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (chars[p] === 0x20) return false;
  return true;
}

/**
 * Organisations named after a person, whose lone name is a surname (the Wagner Group, after the
 * composer): "Bobby Wagner" or « Katharina Wagner » is someone else of that name, even on a page
 * about the story.
 */
export const NAMED_AFTER_A_PERSON: ReadonlySet<string> = new Set(['wagner-group']);

/**
 * Capitalised words before such a name that are no given name: places and peoples ("In Bamako Wagner
 * fighters", "Russian Wagner units", "Africa Wagner"), lower-cased. Countries' English and French
 * names, English and French demonyms and capitals (the matcher's table), word by word, and the continents.
 */
export function notGivenNames(countries: readonly Country[]): ReadonlySet<string> {
  const out = new Set<string>(['africa', 'afrique', 'europe', 'asia', 'asie', 'middle', 'east']);
  for (const c of countries)
    for (const n of [...c.enNames, ...c.frNames, ...c.enDemonyms, ...c.frDemonyms, ...c.capitals])
      for (const w of n.toLowerCase().split(/[\s-]+/u)) out.add(w);
  return out;
}
/**
 * Prepositions of place or time before a capitalised word that make it a place or a time, not a given
 * name ("After Bakhmut Wagner marched", « depuis Bamako Wagner »), lower-cased. Not of/de/by/with/par:
 * they stand before a person as often (l'opéra de Richard Wagner, a tackle by Bobby Wagner).
 */
const BEFORE_NO_GIVEN = new Set<string>([
  ...['after', 'from', 'since', 'to', 'into', 'beyond', 'across', 'through', 'toward', 'towards', 'before'],
  ...['over', 'during', 'until', 'via', 'within', 'outside', 'throughout', 'across'],
  ...['après', 'depuis', 'avant', 'vers', 'sous', 'sur', 'pendant', 'en', 'au', 'aux', 'dès', 'entre'],
]);
/**
 * Whether the lone name at text[start, end) of an organisation named after a person
 * (NAMED_AFTER_A_PERSON) is written as another person's name: a given name right before it ("Bobby
 * Wagner", « Katharina Wagner »). As in namesAnotherPerson, a given name is a capitalised word not at
 * the start of a sentence, no title, and no title-case line; besides, no place, people or date
 * (`notGiven`: notGivenNames; DATES; nor after a preposition of place) and no pack name (`packNameAt`:
 * the Kremlin).
 */
export function givenNameBefore(
  text: string,
  start: number,
  end: number,
  packNameAt: PackNameAt,
  notGiven: ReadonlySet<string>,
): boolean {
  // Arabic has no case, and most mentions follow a lower-case word or punctuation: nothing to read.
  if (!upperAt(text, start)) return false;
  const given = capitalisedBefore(text, start);
  if (given === null || sentenceInitial(text, given.start)) return false;
  // A compound (Mali-based, Sudan-linked) describes; a given name with a hyphen (Jean-Pierre) is rare before Wagner.
  if (given.word.includes('-') || given.word.includes('\u2011')) return false;
  const word = given.word.toLowerCase();
  if (TITLES.has(given.word) || notGiven.has(word) || DATES.has(given.word)) return false;
  if (capitalisedBefore(text, given.start) !== null && capitalisedAfter(text, end) !== null) return false;
  if (afterLocative(text, given.start) || packNameAt(given.start)) return false;
  const gap = spacesBefore(text, given.start);
  const prep = gap < given.start ? wordBefore(text, gap) : null;
  return prep === null || !BEFORE_NO_GIVEN.has(prep.word.toLowerCase());
}

/**
 * The occupations of other bearers of a story person's full name (occupation-words.ts, the matcher's
 * record): a set, and their openings to rule most words out before one is built.
 */
export class Occupations {
  private readonly words: ReadonlySet<string>;
  private readonly openings: Openings;

  constructor(words: readonly string[]) {
    this.words = recordSet(words);
    this.openings = new Openings(words);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Whether the word opening at s[i] may be an occupation (Openings.may): read without building it. */
  mayOpen(s: string, i: number): boolean {
    return this.openings.may(s, i);
  }
}
/**
 * Whether an occupation (`occupations`) follows the name ending at `end`: "the ex-Wagner goalkeeper", « l'ex-Wagner
 * gardien », a player or worker of another Wagner (a club, a firm, a person), not of the group.
 */
export function occupationAfter(text: string, end: number, occupations: Occupations): boolean {
  const at = spacesAfter(text, end);
  // Letters no occupation opens with: no word is built (most words after a Wagner).
  if (!occupations.mayOpen(text, at)) return false;
  const w = wordAfter(text, at);
  return w !== null && occupations.has(w.word.toLowerCase());
}

/**
 * Whether `word` may be an occupation, its elided article aside: letters (after l' or d') that none
 * opens with say no without lower-casing it (the word before most names).
 */
function mayBeOccupation(word: string, occupations: Occupations): boolean {
  const first = word.charCodeAt(0) | 0x20;
  const elided =
    (first === 0x64 || first === 0x6c) &&
    (word.charCodeAt(1) === 0x27 || word.charCodeAt(1) === 0x2019) &&
    word.length > 2;
  return occupations.mayOpen(word, elided ? 2 : 0);
}

/**
 * A scholar's findings, named after him (lower-cased, English, French, Arabic). Not a hypothesis or a
 * paradox: "the hypothesis of Wagner's presence in Sudan", "Wagner's paradox: a private army" are the group's.
 */
const FINDINGS = new Set<string>(['law', 'theorem', 'loi', 'théorème', 'قانون']);
/** قانون فاغنر, بقانون فاغنر: the law right before an Arabic name. */
const ARABIC_FINDING = /قانون[ \u00a0]+$/u;
/** قانون فاغنر الذي أقره الكونغرس: a law a legislature passed, about the group, not a scholar's. */
const PASSED_LAW = /^[ \u00a0]+(?:الذي|التي)[ \u00a0]+(?:أقره|أقرّه|أصدره|أقرته|أصدرته|سنه|سنّه)/u;
/**
 * What follows a scholar's name after "the law of": a verb or a function word ("the law of Wagner says",
 * "… of Wagner on Moroccan data"). Another lower-case word is the head of a compound the name modifies
 * ("the theorem of Wagner involvement"): the group's.
 */
const AFTER_FINDING = new Set<string>([
  ...['is', 'was', 'has', 'says', 'states', 'holds', 'predicts', 'explains', 'and', 'or', 'in', 'on', 'for'],
  ...['to', 'as', 'that', 'which'],
]);

/**
 * Whether the lone name at text[start, end) names a scholar by his finding: its complement (« la loi de
 * Wagner », "the law of Wagner", قانون فاغنر) or its possessive ("Wagner's law"). Not the organisation's;
 * nor where the name modifies a noun after it ("the theorem of Wagner's men") or a legislature passed the law.
 */
export function findingOf(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  const possessive = (c === 0x27 || c === 0x2019) && (text.charCodeAt(end + 1) | 0x20) === 0x73;
  if (possessive) {
    const w = wordAfter(text, spacesAfter(text, end + 2));
    if (w !== null && FINDINGS.has(w.word.toLowerCase())) return true;
  }
  if (ARABIC_FINDING.test(text.slice(Math.max(0, start - 8), start)))
    return !PASSED_LAW.test(text.slice(end, end + 24));
  const of = wordBefore(text, spacesBefore(text, start));
  if (of === null || (of.word !== 'de' && of.word !== 'of')) return false;
  const head = wordBefore(text, spacesBefore(text, of.start));
  if (head === null || !FINDINGS.has(head.word.toLowerCase()) || possessive) return false;
  if (of.word === 'de') return true;
  const next = wordAfter(text, spacesAfter(text, end));
  return next === null || !latinLower(next.word.charCodeAt(0)) || AFTER_FINDING.has(next.word);
}
/**
 * A town's public places right after the name, no possessive between ("the Langley waterfront", "Langley
 * marina"): a local page's town, not a person (his waterfront is no phrase).
 */
const TOWN_SITES = new Set<string>(['waterfront', 'marina', 'harbor', 'harbour', 'cemetery', 'fairgrounds']);
/** The town nouns and sites townNounAfter reads, "council" included. */
const TOWN_NOUN_OPENINGS = new Openings([...TOWN_NOUNS, 'council', ...TOWN_SITES]);

/**
 * Whether an apposition may open after a name ending at `end`: a comma, Latin or Arabic, or an opening
 * bracket, across spaces. Read in place, before any apposition's expression runs on a slice.
 */
export function appositionOpens(text: string, end: number): boolean {
  const c = text.charCodeAt(spacesAfter(text, end));
  return c === 0x2c || c === 0x28 || c === 0x60c;
}

/** An apposition right after a name: a comma or an opening bracket, then up to six words to its close. */
const APPOSITION = /^[ \u00a0]*[,(][ \u00a0]*([^,()\n.;:]{1,80})/u;
/** An age in apposition, then where the person is from: ", 81, of Abbots Langley", « , 64 ans, de Lyon ». */
const AGE_AND_HOME = /^[ \u00a0]*,[ \u00a0]*\d{1,3}(?:[ \u00a0]+ans)?[ \u00a0]*,[ \u00a0]*(?:of|from|de|du|d['’])\s/u;
/** Words that open a relative clause after a name. */
const RELATIVES = new Set<string>(['who', 'whose', 'which', 'that', 'qui', 'dont', 'que']);
/** Words of an apposition, with their accents (French occupations). */
const APPOSITION_WORDS = /\p{L}+/gu;

/**
 * Whether the full name text[start, end) of one of the story's people (not a lone surname) is written as
 * someone else's, by what the sentence says that person is: an occupation right before it ("Actor
 * Michael Langley", « le pianiste Michael Langley », "Rev. Michael Langley"), or in its apposition
 * (", a chartered accountant,", « , ancien footballeur, », "(goalkeeper)"), or an age and a home town
 * in apposition, the local paper's way of naming a resident (", 81, of Abbots Langley,"). A rank or an
 * office says nothing here; only what no general of the story is.
 */
export function describedAsAnother(text: string, start: number, end: number, occupations: Occupations): boolean {
  // Rev. Michael Langley: an abbreviation's full stop before the spaces.
  const gap = spacesBefore(text, start);
  const before = gap < start ? wordBefore(text, text.charCodeAt(gap - 1) === 0x2e ? gap - 1 : gap) : null;
  // l'acteur: the article is elided onto the noun.
  if (
    before !== null &&
    mayBeOccupation(before.word, occupations) &&
    occupations.has(before.word.toLowerCase().replace(ELIDED, ''))
  )
    return true;
  // Both readings after the name open with a comma or a bracket, which most names lack: no slice then.
  if (!appositionOpens(text, end)) return false;
  const tail = text.slice(end, end + 90);
  if (AGE_AND_HOME.test(tail)) return true;
  const apposition = APPOSITION.exec(tail);
  if (apposition === null) return false;
  const words = apposition[1]!.match(APPOSITION_WORDS) ?? [];
  // A relative clause is no apposition (", who coached the team"): it tells what he did, not what he is.
  return (
    words.length <= 6 &&
    !RELATIVES.has((words[0] ?? '').toLowerCase()) &&
    words.some((w) => occupations.has(w.toLowerCase()))
  );
}
