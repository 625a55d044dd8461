/**
 * Names of events that other events share: a treaty of friendship, a joint or tripartite
 * declaration, a treaty of Marrakesh. Many countries signed one, in many years; the story's is of
 * one year. A year written as the event's own, right after its name ("the Treaty of Friendship of
 * 1950", "the Joint Declaration issued on 4 February 2022", « le traité d'amitié de 1978 ») or right
 * before it ("the 1994 Treaty of Marrakesh"), that is not one of the entity's own, names another.
 *
 * Latin-script text only (English and French), read on the original text; Arabic has its own
 * `dated` cue (arabic-shape.ts). Not a year further off ("signed in Rabat in 2020"), which may date
 * something else in the sentence. After another event's full title of the name, the other way: any
 * own year in the sentence, any script, keeps a short title the event's (ownAfterNamesake).
 *
 * A yearly event's name is the other way round: a year written right after it is its edition, as
 * pages and hashtags write them in every language (African Lion 2024, الأسد الإفريقي 2024,
 * #الأسد_الإفريقي_2024), and an animal or a nickname has no edition; nor has a film, a prize or a title
 * named after it (جائزة الأسد الإفريقي 2024). Its drills' noun governing it names it too (`editionCue`).
 */
import { sentenceAround } from './sentence';
import { procliticIn } from './arabic-words';
import { foldCode, foldTable, MULTI, SKIP_ATTACHED, SKIP_FREE } from './char-tables';
import { spacesBefore, wordBefore } from './latin-words';
import { foldString, foldedSet } from './normalise';

/**
 * The years that are an entity's own, by bundled entity id: signed 1786, ratified 1787; declared 2020.
 * A Map: every Latin mention asks, and a missing key of an object is a slow look-up.
 */
const OWN_YEARS: ReadonlyMap<string, readonly number[]> = new Map([
  ['treaty-of-friendship-1786', [1786, 1787]],
  ['us-recognition-western-sahara', [2020]],
]);

/** Month names, English and French, for a full date before the year. */
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

/** The month names, folded: a capitalised word after "signed in" that is a date, not a place. */
const MONTH_SET = foldedSet(MONTHS.split('|'));

/**
 * After the name: of or de, or a participle of signing (signed on, issued in, « signé le »), then an
 * optional day and month, then the year.
 */
const YEAR_AFTER = new RegExp(
  "^,?[ \\u00a0]+(?:of|de|du|d['’]|(?:signed|issued|adopted|concluded|sign[ée]e?s?|conclue?s?|adopt[ée]e?s?)" +
    '(?:[ \\u00a0]+(?:on|in|en|le))?)[ \\u00a0]*' +
    `(?:(?:\\d{1,2}(?:er)?[ \\u00a0]+)?(?:${MONTHS})[ \\u00a0]+)?(\\d{4})(?![\\d\\p{L}])`,
  'iu',
);

/**
 * Right before the name: the year as its modifier ("the 1994 Treaty of Marrakesh"); not after a
 * preposition, where the year dates the sentence ("since 2021 U.S. recognition has held").
 */
const YEAR_BEFORE = /(?:^|[^\d\p{L}])(\d{4})[ \u00a0]+$/u;
/** Made once (see latin-words.ts: SOME_LOWER). */
const LATIN = /\p{Script=Latin}/u;
const YEAR_GOVERNED =
  /(?:^|[^\p{L}])(?:since|in|after|before|until|by|from|through|depuis|en|après|apres|avant|jusqu['’]en|dès|des)[ \u00a0]+\d{4}[ \u00a0]+$/iu;

/** Whether the entity is a dated event whose name others share (OWN_YEARS): the matcher flags its aliases once. */
export const hasOwnYears = (entityId: string): boolean => OWN_YEARS.has(entityId);

/** The year written as the event's own beside the Latin-script mention text[start, end), if any. */
function yearBeside(text: string, start: number, end: number): number | undefined {
  if (!LATIN.test(text[start] ?? '')) return undefined;
  const after = YEAR_AFTER.exec(text.slice(end, end + 60));
  const lead = text.slice(Math.max(0, start - 24), start);
  const before = YEAR_GOVERNED.test(lead) ? null : YEAR_BEFORE.exec(lead.slice(-12));
  const year = after?.[1] ?? before?.[1];
  return year === undefined ? undefined : Number(year);
}

/**
 * Whether the mention text[start, end) of `entityId` is dated by a year that is not the entity's own:
 * another treaty or declaration of the same name.
 */
export function datedOther(entityId: string, text: string, start: number, end: number): boolean {
  const own = OWN_YEARS.get(entityId);
  if (own === undefined) return false;
  const year = yearBeside(text, start, end);
  return year !== undefined ? !own.includes(year) : signedElsewhere(entityId, own, text, start, end);
}

/**
 * The places where an entity was signed, folded, by bundled entity id: a signing written elsewhere in
 * its sentence names another event of the title (the Tripartite Agreement signed in Madrid in 1975).
 */
const OWN_PLACES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'treaty-of-friendship-1786',
    foldedSet(['Marrakesh', 'Marrakech', 'Morocco', 'Maroc', 'Paris', 'London', 'Londres']),
  ],
  // Signed in Rabat, at the royal palace (Dar al-Makhzen).
  ['us-recognition-western-sahara', foldedSet(['Rabat', 'Washington', 'Morocco', 'Maroc', 'Dar al-Makhzen'])],
]);

/** A place's name: a capitalised word, perhaps joined to an Arabic article's (Dar al-Makhzen). */
const PLACE = '(\\p{Lu}[\\p{L}-]+(?:[ \\u00a0]+(?:al|el)-[\\p{L}-]+)?)';

/**
 * A verb of signing, then where (in or à and a capitalised name) and when (a year, perhaps after a day
 * and a month), either or both: "signed in Madrid in November 1975", « signaient à Madrid », "signed
 * in November 1975". Made once (see latin-words.ts: SOME_LOWER).
 */
const capitalisedMonths = MONTHS.replace(/(^|\|)(\p{L})/gu, (_m, bar: string, c: string) => bar + c.toUpperCase());
const SIGNED = new RegExp(
  '(?<![\\p{L}])(?:[Ss]igned|[Cc]oncluded|[Ss]ign(?:é|ée|és|ées|èrent|aient|ait|a|ent)|[Cc]onclu(?:e|s|es)?)(?![\\p{L}])' +
    `(?:[ \\u00a0]+(?:in|at|à)[ \\u00a0]+${PLACE})?` +
    `(?:,?[ \\u00a0]+(?:on|in|en|le)?[ \\u00a0]*(?:\\d{1,2}(?:er)?[ \\u00a0]+)?(?:(?:${MONTHS}|${capitalisedMonths})[ \\u00a0]+)?(\\d{4})(?![\\d\\p{L}]))?`,
  'gu',
);
/** Only an article between a verb of signing and the name it governs. */
const ARTICLE_ONLY = /^,?[ \u00a0]+(?:(?:the|a|an|une|un|la|le|les)[ \u00a0]+|l['’])?$/u;
/** In or à and a capitalised name right after a name: where it was signed. */
const PLACE_AFTER = new RegExp(`^[ \\u00a0]+(?:in|at|à)[ \\u00a0]+${PLACE}`, 'u');
/**
 * After the name, what may come before a verb of signing that governs it: a comma, an auxiliary ("was
 * signed", « a été signée »), or a relative clause's subject ("that Spain and Morocco signed"); not a
 * verb of its own with another object ("paved the way for a pact signed in Rabat in 2021").
 */
const GOVERNED_AFTER =
  /^(?:,?[ \u00a0]+(?:(?:was|were|is|has been|had been|a été|ont été|avait été|fut)[ \u00a0]+)?|[ \u00a0]+(?:that|which|que|qu['’])[^.;:!?]{0,60}[ \u00a0]+)$/u;
/** A story's country named in the mention itself ("US recognition of Moroccan sovereignty"): the story's full name. */
const STORY_IN_NAME =
  /(?<!\p{L})(?:US|U\.S\.|American|Moroccan|Morocco|Maroc|maroco|marocain|États-Unis|américain|Trump|Washington)/u;

/**
 * Whether the sentence of the Latin-script mention text[start, end) says it was signed at a place not
 * the entity's own, or in a year not its own, with none of its own years in the sentence: another event
 * of the title (the 1975 Madrid accords under the 2020 declaration's name). Only a verb that governs the
 * name, and never for a name that says the story's country.
 */
function signedElsewhere(entityId: string, own: readonly number[], text: string, start: number, end: number): boolean {
  if (!LATIN.test(text[start] ?? '') || STORY_IN_NAME.test(text.slice(start, end))) return false;
  // The mention's sentence, a semicolon ending it too ("… in force; a deal was signed in 2004").
  const [from, to] = sentenceAround(text, start, end);
  const around = text.slice(from, to);
  const cutBefore = around.lastIndexOf(';', start - from);
  const cutAfter = around.indexOf(';', end - from);
  const lo = from + cutBefore + 1;
  const sentence = around.slice(cutBefore + 1, cutAfter === -1 ? around.length : cutAfter);
  if ([...sentence.matchAll(YEAR)].some((m) => own.includes(yearOf(m[1]!)))) return false;
  const places = OWN_PLACES.get(entityId);
  const elsewhere = (place: string | undefined): boolean => {
    const f = place === undefined ? '' : foldString(place);
    return f !== '' && !MONTH_SET.has(f) && places?.has(f) !== true;
  };
  for (const m of sentence.matchAll(SIGNED)) {
    const at = lo + m.index;
    // Before the name, the verb must govern it (« signaient à Madrid une déclaration tripartite », "signed
    // the Tripartite Agreement in Madrid"), not another object ("signed a water deal in 2022 under …").
    if (at < start && !ARTICLE_ONLY.test(text.slice(at + m[0].length, start))) continue;
    // After it, too ("signed in Rabat, was followed by deals concluded in 2021": the deals').
    if (at >= end && !GOVERNED_AFTER.test(text.slice(end, at))) continue;
    if (elsewhere(m[1]) || (m[2] !== undefined && !own.includes(Number(m[2])))) return true;
    if (at < start && elsewhere(PLACE_AFTER.exec(text.slice(end, end + 40))?.[1])) return true;
  }
  return false;
}

/** Words before a name that say it is a second one of that name ("another Tripartite Declaration"), lower-cased. */
const ANOTHER = new Set(['another', 'new', 'second', 'autre', 'nouvelle', 'nouveau', 'seconde']);

/**
 * Words that make the title of any treaty or declaration, folded: a title sharing only these with a short
 * title names no other holder of it ("Treaty of Friendship and Cooperation" is Spain's 1991 treaty, not
 * "the Treaty of Friendship"). What is left is the title's own name: a place (Marrakesh, مراكش).
 */
const TITLE_WORDS = foldedSet([
  ...['treaty', 'declaration', 'friendship', 'peace', 'cooperation', 'tripartite', 'joint'],
  ...['traité', 'déclaration', 'amitié', 'paix', 'coopération', 'معاهدة', 'إعلان', 'الصداقة', 'السلام', 'الثلاثي'],
]);

/** Letter runs, any script (with Arabic marks). */
const WORD = /[\p{L}\p{M}]+/gu;

/** The folded words of a title that are its own name (TITLE_WORDS aside), of four letters or more. */
function titleNames(title: string): string[] {
  return (title.match(WORD) ?? []).map((w) => foldString(w)).filter((w) => w.length > 3 && !TITLE_WORDS.has(w));
}

/**
 * The keys that another event's full title of `entityId` leaves among the page's other senses (ScanState.otherSenses:
 * they go with it from one text of the page to the next): one per name of the title, beside the entity's.
 */
export const titleKeys = (entityId: string, title: string): string[] =>
  titleNames(title).map((w) => `${entityId}/${w}`);

/** Whether the mention shares a name of another event's full title read before (titleKeys): WIPO's Marrakesh Treaty. */
export function sharesTitle(otherSenses: ReadonlySet<string> | undefined, entityId: string, mention: string): boolean {
  return otherSenses !== undefined && titleNames(mention).some((w) => otherSenses.has(`${entityId}/${w}`));
}

/** A year, ASCII or Arabic-Indic, standing alone (1786, (1786), عام 1786; not a longer number). */
const YEAR = /(?<![\d\u0660-\u0669])(\d{4}|[\u0660-\u0669]{4})(?![\d\u0660-\u0669])/gu;

/**
 * Whether the mention text[start, end) of `entityId`, after another event's full title of its name,
 * is its own all the same: its sentence text[lo, hi) gives one of its own years, wherever ("Signed in
 * 1786, the Treaty of Marrakesh", "the Treaty of Marrakesh (1786)", معاهدة الصداقة لعام 1786, "signed in
 * Rabat in December 2020"), or it is said to be another one ("another Tripartite Declaration").
 */
export function ownAfterNamesake(entityId: string, text: string, start: number, lo: number, hi: number): boolean {
  const w = wordBefore(text, spacesBefore(text, start));
  if (w !== null && ANOTHER.has(w.word.toLowerCase())) return true;
  const own = OWN_YEARS.get(entityId) ?? [];
  return [...text.slice(lo, hi).matchAll(YEAR)].some((m) => own.includes(yearOf(m[1]!)));
}

/** The story's yearly events, by bundled entity id: the year of their first edition. */
const FIRST_EDITION: ReadonlyMap<string, number> = new Map([['african-lion', 2002]]);

/** Whether editionCue reads mentions of this entity: the matcher flags its aliases once, not each mention. */
export const hasEditions = (entityId: string): boolean => FIRST_EDITION.has(entityId);

/**
 * A year right after the name, ASCII or Arabic-Indic: after a space, or the underscore or hyphen of a
 * hashtag or a code (#الأسد_الإفريقي_2024); not a longer number (a weight of 1900 kg is no year).
 */
const EDITION_AFTER = /^[ \u00a0_-]?(\d{4}|[\u0660-\u0669]{4})(?![\d\u0660-\u0669\p{L}])/u;

/** A year's value, from ASCII or Arabic-Indic digits. */
const yearOf = (digits: string): number =>
  [...digits].reduce((y, c) => y * 10 + (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 0x660), 0);

/**
 * Nouns of another kind of thing that govern a yearly event's name with its year (a film, a prize, a
 * title, a census: جائزة الأسد الإفريقي 2024، الفيلم الوثائقي الأسد الإفريقي 2019), folded: the year is theirs.
 */
const OTHER_HEADS = foldedSet([
  ...['film', 'documentary', 'award', 'prize', 'title', 'census', 'trophy', 'contest'],
  ...['documentaire', 'prix', 'titre', 'recensement', 'trophée', 'concours'],
  ...['فيلم', 'الفيلم', 'وثائقي', 'الوثائقي', 'جائزة', 'لقب', 'تعداد', 'إحصاء', 'مسابقة', 'كأس'],
]);
/**
 * Nouns of the event's own drills that govern its name, quoted or not (تدريبات "الأسد الإفريقي",
 * تدريبات الأسد الإفريقي), folded: the exercise's, with or without a year. Not a noun of drills
 * elsewhere in the window, which a boxer or a circus has too (تدريبات مكثفة).
 */
const DRILL_HEADS = foldedSet(['تدريبات', 'التدريبات', 'تداريب', 'التداريب', 'مناورات', 'تمارين', 'تمرين']);
/** Quotes and spaces that may stand between a head noun and the name it governs (at most four). */
const QUOTES = new Set(['"', '«', '“', "'", '\u00a0', ' '].map((q) => q.charCodeAt(0)));

/** Where the word governing text[start, ...) ends: before up to four quotes and spaces. */
function headEnd(text: string, start: number): number {
  let i = start;
  while (i > Math.max(0, start - 4) && QUOTES.has(text.charCodeAt(i - 1))) i--;
  return i;
}

/** An ASCII or Arabic-Indic digit at text[i]. */
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669);
}

/** Folded letters that end every drill noun (DRILL_HEADS): ت, ب, ن. */
const DRILL_ENDINGS = new Set([0x62a, 0x628, 0x646]);

/**
 * Whether the word ending at `end` may fold to a drill noun's last letter (DRILL_ENDINGS), what folds
 * to nothing aside (char-tables.ts); a character folding to several is left to the full fold.
 */
function drillEnding(text: string, end: number): boolean {
  const table = foldTable(true);
  for (let i = end - 1; i >= 0; i--) {
    const f = foldCode(table, text.charCodeAt(i));
    if (f !== SKIP_ATTACHED && f !== SKIP_FREE) return f === MULTI || DRILL_ENDINGS.has(f);
  }
  return false;
}

/** The word ending at `end` (headEnd), folded; '' when none. */
function headBefore(text: string, end: number): string {
  const w = wordBefore(text, end);
  return w === null ? '' : foldString(w.word);
}

/**
 * Whether the mention text[start, end) of a yearly event is its edition: governed by a noun of its
 * drills (DRILL_HEADS), or followed by one of its editions' years (African Lion 2025, الأسد الأفريقي
 * 2024), any script, unless a noun of another kind governs it (OTHER_HEADS): evidence for the event,
 * which its window's vetoes (a zoo, a savanna) still overrule.
 */
export function editionCue(entityId: string, text: string, start: number, end: number): boolean {
  const first = FIRST_EDITION.get(entityId);
  if (first === undefined) return false;
  const m = digitAt(text, end) || digitAt(text, end + 1) ? EDITION_AFTER.exec(text.slice(end, end + 6)) : null;
  const at = headEnd(text, start);
  // Without a year only a drill noun counts, and every one ends in ت, ب or ن: most mentions need not
  // fold the word before them (the engine's hot path).
  if (m === null && !drillEnding(text, at)) return false;
  const head = headBefore(text, at);
  if (procliticIn(DRILL_HEADS, head)) return true;
  if (m === null || procliticIn(OTHER_HEADS, head)) return false;
  const y = yearOf(m[1]!);
  return y >= first && y < first + 100;
}
