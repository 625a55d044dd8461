/**
 * Office cues: a lone surname of the story's people (an afterMention alias: Anderson, Milley, لانجلي)
 * written on a page that never gives the full name. Real pages do that when the office says who it is:
 * "Anderson, … the seventh commander of AFRICOM", « M. Milley, président du comité des chefs
 * d'état-major », وأوضح أندرسون … (أفريكوم). Before, such a surname counted only after (or, late, with)
 * its entity's full name.
 *
 * - The person's office named in the same sentence (a counted mention of the office's entity, close by)
 *   and linked to a leader ("commander of AFRICOM", « la tête de l'Africom », قائد أفريكوم, "took over
 *   AFRICOM") or to the surname itself ("Gen. Anderson of AFRICOM", "Anderson (AFRICOM)") makes the surname a
 *   mention of its own, as the full name would (`promoteByOffice`). The office merely in the sentence is
 *   not enough: "Langley thinks AFRICOM underestimates Wagner" is the CIA, "Scott Anderson covered the
 *   AFRICOM press conference" another man. Nor when the surname has a given name or a woman's title before
 *   it (Jon Anderson, Ms. Anderson). Not when the two are only coordinated ("Langley and AFRICOM": the CIA
 *   beside the command, two institutions): then only the full name on the page makes it the person (late).
 * - A military rank right before it ("Gen.", « général », الجنرال) makes it a person of rank: the page
 *   decides, as for any pending name (counts on a page about the story: page-evidence.ts), unless another
 *   unit follows ("Gen. Anderson of the Air National Guard": `ofAnotherUnit`). So does the subject after a
 *   fronted visit's clause (« Reçu au siège de l'état-major à Rabat, Langley a… »: `visitorSubject`).
 * - The office led and opening the next sentence of the paragraph, which goes on with the surname's words
 *   ('"…," Langley told reporters. The AFRICOM commander said…': `officeOpensNext`), takes up the surname,
 *   unless that sentence names another person or its own holder, or the surname stands in an address or
 *   apposition, is described as another, or does not speak in its own sentence (`speaker`, mend20b).
 * - The CIA's seat giving its view ("Langley thinks…": `agencyOpinion`) is never promoted nor left to the
 *   page: only the full name makes it the general.
 *
 * Namesakes are settled before (namesakes.ts: Wes Anderson, "at Langley"), and vetoes by the alias's window.
 */
import type { Match } from './matcher';
import { capitalisedBefore, spacesBefore, TITLES, wordBefore } from './latin-words';
import { sentenceAround } from './sentence';
import { appositionOpens, describedAsAnother, type Occupations } from './namesakes';
import { recordSet } from './folded-words';
import { foldString, foldedSet } from './normalise';
import type { OfficeCueWords } from './office-cue-words';
import { RANKS } from './person-names';

/**
 * The readers' word sets, built once in makeMatcher from the record's lists (office-cue-words.ts; the
 * Arabic ones folded by the compiler, the others as written).
 */
export function officeCueSets(w: OfficeCueWords) {
  return {
    otherBearersAr: recordSet(w.otherBearersAr),
    arRelatives: recordSet(w.arRelatives),
    visited: recordSet(w.visited),
    opines: recordSet(w.opines),
    auxiliaries: recordSet(w.auxiliaries),
    leads: recordSet(w.leads),
    openers: recordSet(w.openers),
    members: recordSet(w.members),
    units: recordSet(w.units),
    goesOn: recordSet(w.goesOn),
  };
}
export type OfficeCueSets = ReturnType<typeof officeCueSets>;

/**
 * The office of each person of the story who has one (their pack relation: commands, commanded, part
 * of): the entity whose mention in the sentence says which bearer of the surname is meant.
 */
export const OFFICES: ReadonlyMap<string, string> = new Map([
  ['michael-langley', 'africom'],
  ['dagvin-anderson', 'africom'],
  ['mark-milley', 'joint-chiefs-of-staff'],
]);

/** How far (in characters, either side) the office may stand from the surname within its sentence. */
const OFFICE_WINDOW = 220;

/** An apposition after an Arabic name: the Arabic or Latin comma, or a bracket, then its words to the close. */
const AR_APPOSITION = /^[ \u00a0]*[،,(][ \u00a0]*([^،,()\n.;:]{1,80})/u;
const AR_WORDS = /\p{L}+/gu;
const ARTICLE = foldString('ال');

/**
 * Whether the Arabic name ending at `end` (الجنرال الأمريكي لانجلي) has an apposition of at most six words
 * naming its bearer by a noun of `cue.otherBearersAr` (، جد العائلة، ، مؤسس المدينة،): another person, as
 * describedAsAnother (namesakes.ts) reads an English or French one.
 */
export function arabicAnotherBearer(text: string, end: number, cue: OfficeCueSets): boolean {
  if (!appositionOpens(text, end)) return false;
  const apposition = AR_APPOSITION.exec(text.slice(end, end + 90));
  if (apposition === null) return false;
  const words = apposition[1]!.match(AR_WORDS) ?? [];
  // A relative clause is no apposition (، الذي التقى ابن الوزير،): it tells what he did, not who he is.
  return (
    words.length <= 6 &&
    !cue.arRelatives.has(foldString(words[0] ?? '')) &&
    words.some((w) => {
      const f = foldString(w);
      return cue.otherBearersAr.has(f.startsWith(ARTICLE) ? f.slice(2) : f);
    })
  );
}

/** The word before `end` across spaces and one period ("Gen. "), lower-cased; '' when none. */
function rankWordBefore(text: string, end: number): string {
  const w = wordBefore(text, rankGap(text, end));
  return w === null ? '' : w.word.toLowerCase();
}

/**
 * Whether a military rank stands right before the name at text[start, end), or opens it (an alias that
 * holds its rank: « général Anderson », الجنرال أندرسون). An Arabic rank may carry a proclitic (وللجنرال is rare;
 * والجنرال is not).
 */
export function rankedName(text: string, start: number, end: number): boolean {
  const sp = text.indexOf(' ', start);
  if (sp !== -1 && sp < end) {
    const first = text.slice(start, sp).replace(/\.$/u, '').toLowerCase();
    if (RANKS.has(first)) return true;
  }
  const w = rankWordBefore(text, start);
  return RANKS.has(w) || (w.length > 4 && w.charCodeAt(0) === 0x648 && RANKS.has(w.slice(1)));
}

/**
 * Whether text[start, end) is a surname with its rank, within the name or right before it (Gen. Anderson,
 * « général Anderson », Gen. + Anderson), not a full name ("Gen. Dagvin Anderson" is the story's man).
 */
export function rankedSurname(text: string, start: number, end: number): boolean {
  const sp = text.indexOf(' ', start);
  if (sp === -1 || sp >= end) return RANKS.has(rankWordBefore(text, start));
  const next = text.indexOf(' ', sp + 1);
  return (next === -1 || next >= end) && RANKS.has(text.slice(start, sp).replace(/\.$/u, '').toLowerCase());
}

/**
 * Whether the surname at text[start, ..) is the subject after a fronted participle of a visit: "Received
 * in Rabat by the Inspector General of the FAR, Langley went over…", « Reçu au siège de l'état-major
 * général à Rabat, Langley a passé en revue… ». A person, as after a rank: the page decides whose.
 */
export function visitorSubject(text: string, start: number, cue: OfficeCueSets): boolean {
  const gap = spacesBefore(text, start);
  if (gap === start || text.charCodeAt(gap - 1) !== 0x2c) return false;
  const [lo] = sentenceAround(text, start, start);
  const first = FIRST_WORD.exec(text.slice(lo, Math.min(start, lo + 24)));
  return first !== null && first.index <= 2 && cue.visited.has(first[0].toLowerCase());
}

/**
 * Surnames that are also the seat of an agency, standing for it (Langley, the CIA): "Langley thinks…" is
 * the agency's view as often as the general's. Lower-cased.
 */
const AGENCY_SEATS = new Set<string>(['langley']);
/** The words after a name (a few, read only for an agency's seat). */
const WORDS_AFTER = /^[\s,]*(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/u;

/**
 * Whether the lone surname at text[start, end) is an agency's seat written as the subject of an opinion
 * ("Langley thinks AFRICOM underestimates Wagner", "Langley has long disagreed with AFRICOM"): the CIA as
 * likely as the general, so only his full name on the page makes it him (late).
 */
export function agencyOpinion(text: string, start: number, end: number, cue: OfficeCueSets): boolean {
  if (!AGENCY_SEATS.has(text.slice(start, end).toLowerCase())) return false;
  const m = WORDS_AFTER.exec(text.slice(end, end + 40));
  if (m === null) return false;
  for (const w of [m[1], m[2], m[3]]) {
    if (w === undefined) return false;
    const lower = w.toLowerCase();
    if (cue.opines.has(lower)) return true;
    if (!cue.auxiliaries.has(lower)) return false;
  }
  return false;
}

/** Verbs of taking before "over" (took over AFRICOM). */
const TAKE = new Set<string>(['take', 'takes', 'taking', 'took', 'taken']);
/** Letters of a word in any of the three languages (words around an office, read only on promotion). */
const WORDS = /\p{L}+/gu;
const FIRST_WORD = /\p{L}+/u;
/** How many words before an office, and after it, may hold its leader's word ("commander of U.S. AFRICOM"). */
const LEAD_BEFORE = 4;
const LEAD_AFTER = 2;

/** Whether a word of leading (`cue.leads`) opens the office o or stands just before or after it, within the sentence [lo, hi). */
function ledOffice(text: string, o: Match, lo: number, hi: number, cue: OfficeCueSets): boolean {
  // The office's name may hold its leader ("Chairman of the Joint Chiefs of Staff").
  const first = FIRST_WORD.exec(o.text);
  if (first !== null && leads(first[0], cue)) return true;
  const before = (text.slice(Math.max(lo, o.start - 48), o.start).match(WORDS) ?? []).slice(-LEAD_BEFORE);
  for (let i = 0; i < before.length; i++) {
    if (leads(before[i]!, cue)) return true;
    // "took over AFRICOM", not "took AFRICOM's warnings seriously"
    if (before[i] === 'over' && i > 0 && TAKE.has(before[i - 1]!.toLowerCase())) return true;
  }
  const after = text.slice(o.end, Math.min(hi, o.end + 32)).match(WORDS) ?? [];
  // AFRICOM's commander: the possessive's s is no word.
  for (const w of after.filter((x) => x !== 's').slice(0, LEAD_AFTER)) if (leads(w, cue)) return true;
  return false;
}

function leads(word: string, cue: OfficeCueSets): boolean {
  const w = word.toLowerCase();
  return cue.leads.has(w) || (w.length > 4 && /^[وبلف]/u.test(w) && cue.leads.has(w.slice(1)));
}

/**
 * The surname tied to the office it stands right before: "Gen. Anderson of U.S. AFRICOM", « Anderson, de
 * l'Africom », "Anderson (AFRICOM)". Not "of AFRICOM's public affairs office" (a unit of it).
 */
const TIED = /^\s*(?:\(\s*|,?\s+(?:of|de|du)\s+(?:the\s+|l['’]|la\s+)?(?:U\.\s?S\.\s+|US\s+)?)$/iu;
const POSSESSIVE_NEXT = /^['’]s\b/u;
/**
 * The office's possessive right before the surname, a rank perhaps between: "AFRICOM's Langley",
 * "Africom's Gen. Anderson" (the gap from the office's end to the surname).
 */
const OWNED_BY = /^['’]s\s+(?:(?:gen|general|lt|lieutenant)\.?\s+)*$/iu;
/**
 * The surname's successor or predecessor at the office ("Langley's successor at AFRICOM", « le successeur
 * de Langley à la tête d'Africom » is led): the person is the office's (the gap from the surname to the office).
 */
const SUCCESSION =
  /^['’]s\s+(?:successor|predecessor)\s+(?:at|of|as\s+(?:head|commander|chief)\s+of)\s+(?:U\.\s?S\.\s+|US\s+)?$/iu;

/** A woman's title (Ms. Anderson, Mme Langley): the story's office holders are men, so another bearer. */
const WOMEN = new Set<string>(['Madame', 'Miss', 'Mme', 'Mrs', 'Ms', 'السيدة']);

/** Whether the surname at text[start, ..) is someone else's: a given name or a woman's title right before it. */
function anotherBearer(text: string, start: number, cue: OfficeCueSets): boolean {
  const w = wordBefore(text, rankGap(text, start));
  if (w !== null && WOMEN.has(w.word)) return true;
  const given = capitalisedBefore(text, start);
  return given !== null && !TITLES.has(given.word) && !cue.openers.has(given.word);
}

/** Where the spaces and the one period before `end` start ("Gen. ", "Ms. "). */
function rankGap(text: string, end: number): number {
  let i = end;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0)) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 0x2e) i--;
  return i;
}

/** The word after an office, after spaces. */
const NEXT_WORD = /^\s+(\p{L}+)/u;

/** A conjunction alone between two names: coordinated, so of one kind ("Langley and AFRICOM", « Langley et l'Africom »). */
const CONJUNCTION = /^[\s,]*(?:and|or|et|ou|أو)\s+(?:l['’]|the\s+)?$/iu;

/** Whether the names around text[from, to) are coordinated; `second`: the later one's text (وأفريكوم: و attached). */
function coordinated(
  text: string,
  from: number,
  to: number,
  second: string,
  office: Match,
  cue: OfficeCueSets,
): boolean {
  const gap = text.slice(from, to);
  if (!(CONJUNCTION.test(gap) || (second.charCodeAt(0) === 0x648 && gap.trim() === ''))) return false;
  const next = NEXT_WORD.exec(text.slice(office.end, office.end + 24));
  return next === null || !cue.members.has(next[1]!.toLowerCase());
}

/** "of the Air National Guard", "of the 82nd Airborne Division", « de la Garde nationale »: the capitalised words after the preposition (and its article). */
const UNIT_AFTER =
  /^,?\s+(?:of|de|du|des)\s+(?:the\s+|l['’]|la\s+|le\s+)?((?:\d+\p{L}*\s+)?(?:\p{Lu}[\p{L}.]*\s+)*\p{Lu}\p{L}*)/u;
/** An apposition naming the unit: "Gen. Anderson, the Air National Guard adjutant", « le général Anderson, la Garde nationale… ». */
const UNIT_APPOSED = /^,\s+(?:the|la|le|l['’])\s*((?:\d+\p{L}*\s+)?(?:\p{Lu}[\p{L}.]*\s+)*\p{Lu}\p{L}*)/u;

const SPACES = /\s+/u;

/**
 * Whether a unit other than the office follows the ranked name ending at `end`: "Gen. Anderson of the
 * Air National Guard", « le général Anderson, de la Garde nationale ». Another general of the name, not
 * the story's, even on a page about it; "of U.S. AFRICOM" names no unit.
 */
export function ofAnotherUnit(text: string, end: number, cue: OfficeCueSets): boolean {
  // Gate: "of" or "de…" after a space or a comma, before any slicing (most names are followed by neither).
  let i = end;
  if (text.charCodeAt(i) === 0x2c) {
    i++;
    // ", the Air National Guard adjutant": an apposition, its article first (t, l).
    const a = text.charCodeAt(i + 1);
    if ((a === 0x74 || a === 0x6c) && text.charCodeAt(i) === 0x20) {
      const m = UNIT_APPOSED.exec(text.slice(end, end + 48));
      if (m !== null) for (const w of m[1]!.split(SPACES)) if (cue.units.has(w)) return true;
    }
  }
  if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  const c = text.charCodeAt(i + 1);
  if (c !== 0x6f && c !== 0x64) return false;
  // Only of, de, du, des: a third unit that is an ASCII letter ends none but des (officials, dans, dernier).
  const c2 = text.charCodeAt(i + 2);
  if (c === 0x6f ? c2 !== 0x66 : c2 !== 0x65 && c2 !== 0x75) return false;
  const c3 = text.charCodeAt(i + 3);
  const l3 = c3 | 0x20;
  if (l3 >= 0x61 && l3 <= 0x7a && !(c2 === 0x65 && c3 === 0x73)) return false;
  const m = UNIT_AFTER.exec(text.slice(end, end + 48));
  if (m === null) return false;
  for (const w of m[1]!.split(SPACES)) if (cue.units.has(w)) return true;
  return false;
}

/**
 * The seat of an office holder's department, lower-cased: named in the sentence of the lone surname, it
 * says who the surname is ("Milley's portrait was removed from the Pentagon corridor", « Milley a averti,
 * selon le Pentagone »), as the office would. Only for a surname rare enough that its seat settles it:
 * not Anderson nor Langley, which many share (Langley is even the CIA's own seat), and not the Arabic
 * ميلي, which is also Javier Milei's name.
 */
const PENTAGON: ReadonlySet<string> = new Set(['pentagon', 'pentagone']);
const SEATS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['mark-milley', PENTAGON]]);

/**
 * The words of each person's office or seat (lower-cased): named in the sentence of a full name, they say
 * it is the story's man, whatever else the sentence calls him ("Mark Milley, author, spoke at the
 * Pentagon"). A full name is rare enough for the office's own name to settle it, Langley's included.
 */
const OFFICE_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['michael-langley', new Set(['africom'])],
  ['dagvin-anderson', new Set(['africom'])],
  ['mark-milley', PENTAGON],
]);

/** Whether one of `words` stands in the sentence (`sentence`, when known) of text[start, end), within OFFICE_WINDOW. */
function wordNear(
  text: string,
  start: number,
  end: number,
  words: ReadonlySet<string> | undefined,
  sentence: [number, number] | null,
): boolean {
  if (words === undefined) return false;
  const [lo, hi] = sentence ?? sentenceAround(text, start, end);
  const from = Math.max(lo, start - OFFICE_WINDOW);
  for (const w of text.slice(from, Math.min(hi, end + OFFICE_WINDOW)).match(WORDS) ?? [])
    if (words.has(w.toLowerCase())) return true;
  return false;
}

/** Whether the seat of m's department (SEATS) is named in its sentence (`sentence`, when known), within OFFICE_WINDOW. */
function seatNamed(text: string, m: Match, sentence: [number, number] | null): boolean {
  return wordNear(text, m.start, m.end, SEATS.get(m.entityId), sentence);
}

/**
 * Whether the sentence of the name text[start, end) of `entityId` names the person's office or seat
 * (OFFICE_WORDS): "Gen. Michael Langley, a former football coach, took command of AFRICOM".
 */
export function officeNamed(text: string, entityId: string, start: number, end: number): boolean {
  return wordNear(text, start, end, OFFICE_WORDS.get(entityId), null);
}

/** How many words of the next sentence may stand before the office opening it ("As commander of AFRICOM"). */
const OPENING_WORDS = 5;
/** How many words after that office may hold the act that goes on with the surname's (said, a ajouté, he). */
const GOES_ON_AFTER = 4;

/**
 * Whether the sentence right after the surname's, in its paragraph, opens with the surname's office led:
 * '"…," Langley told reporters. The AFRICOM commander said…', « Langley a répondu. Le commandant de
 * l'Africom a ajouté… », "As commander of AFRICOM, he…". A description opening the next sentence takes up
 * the person just named (blind20), unless that sentence names a person of its own.
 */
function officeOpensNext(
  text: string,
  m: Match,
  matches: readonly Match[],
  office: string,
  cue: OfficeCueSets,
): boolean {
  // "Langley, BC, told residents…": an address or an apposition is no subject the next sentence takes up.
  const after = text.charCodeAt(m.end);
  if (after === 0x2c || after === 0x28 || after === 0x060c) return false;
  const [from, stop] = sentenceAround(text, m.start, m.end);
  if (!speaker(text, m, from, stop, cue)) return false;
  const c = text.charCodeAt(stop);
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x061f) return false;
  let p = stop + 1;
  while (p < text.length && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0xa0)) p++;
  const [lo, hi] = sentenceAround(text, p, p);
  let opens = false;
  for (const o of matches) {
    if (o.start < lo || o.start >= hi) continue;
    if (o !== m && OFFICES.has(o.entityId)) return false;
    if (o.entityId !== office || (o.sense !== undefined && o.sense !== 'after')) continue;
    const before = text.slice(lo, o.start).match(WORDS) ?? [];
    if (before.length > OPENING_WORDS || !ledOffice(text, o, lo, hi, cue)) continue;
    const next = (text.slice(o.end, hi).match(WORDS) ?? []).slice(0, GOES_ON_AFTER);
    // "…said. The Joint Chiefs chairman, Gen. Brown, added": the office names its own holder.
    if (next.some((w) => RANKS.has(w.toLowerCase()))) return false;
    opens ||= [...before, ...next].some((w) => goesOn(w, cue));
  }
  return opens;
}

/** Titles before a surname that leave it the story's man (Mr Milley, Commander Langley); others are another's (Mayor Langley). */
const OWN_TITLES = new Set<string>(['Mr', 'Chairman', 'Commander']);
/**
 * Countries of a namesake well known beside the story's man, per entity: Javier Milei, whom Arabic writes
 * ميلي (قال ميلي إن الأرجنتين…, الرئيس الأرجنتيني ميلي). Named in the surname's sentence, it is his.
 */
const NAMESAKE_LANDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['mark-milley', foldedSet(['argentina', 'argentine', 'argentin', 'argentins', 'الأرجنتين', 'الأرجنتيني'])],
]);
/** Subject pronouns of `cue.goesOn`, which go on with a speaker but make none. */
const PRONOUNS = new Set(['he', 'il', 'هو']);

/**
 * Whether the surname m, in its sentence text[lo, hi), speaks there, as the next sentence's office then goes
 * on ('"…," Langley told reporters', « Langley a répondu », قال ميلي): a verb of speech right after it (past
 * « a » or has) or right before it, or a quote in the sentence; with no title of another bearer before it
 * (Mayor Langley) and no namesake's country in the sentence (mend20b: "Anderson scored twice", يميل إلى ميلي).
 */
function speaker(text: string, m: Match, lo: number, hi: number, cue: OfficeCueSets): boolean {
  const title = wordBefore(text, rankGap(text, m.start));
  if (title !== null && TITLES.has(title.word) && !RANKS.has(title.word.toLowerCase()) && !OWN_TITLES.has(title.word))
    return false;
  const lands = NAMESAKE_LANDS.get(m.entityId);
  const sentence = text.slice(lo, hi);
  const words = sentence.match(WORDS) ?? [];
  if (lands !== undefined && words.some((w) => lands.has(foldString(w)))) return false;
  if (/["“”«»]/u.test(sentence)) return true;
  const before = text.slice(lo, m.start).match(WORDS) ?? [];
  const next = (text.slice(m.end, hi).match(WORDS) ?? []).filter((w) => !AUX_BEFORE.has(w.toLowerCase())).slice(0, 1);
  return [before[before.length - 1] ?? '', ...next].some((w) => goesOn(w, cue) && !PRONOUNS.has(w.toLowerCase()));
}
/** Auxiliaries between a surname and its verb of speech (« Langley a répondu », "Milley has said"). */
const AUX_BEFORE = new Set(['a', 'has', 'had', 'also', 'then']);

/** Whether `word` is a word of `cue.goesOn`, an Arabic one perhaps after و or ف (وأضاف). */
function goesOn(word: string, cue: OfficeCueSets): boolean {
  const w = word.toLowerCase();
  return (
    cue.goesOn.has(w) ||
    (w.length > 3 && (w.charCodeAt(0) === 0x648 || w.charCodeAt(0) === 0x641) && cue.goesOn.has(w.slice(1)))
  );
}

/**
 * Makes the `late` or `pending` surnames of office holders in `matches` (one text's) mentions of their
 * own where the same sentence names their office close by (a counted match of the office's entity) as
 * theirs (led, or tied to the surname) or their department's seat (SEATS), or `late` where they are
 * only coordinated with the office; returns the entities made mentions. In place. `occupations`: what
 * names another bearer of the full name (namesakes.ts: describedAsAnother); `cue`: the word sets (officeCueSets).
 */
export function promoteByOffice(
  text: string,
  matches: Match[],
  occupations: Occupations,
  cue: OfficeCueSets,
): string[] {
  const promoted: string[] = [];
  for (const m of matches) {
    if (m.sense !== 'late' && m.sense !== 'pending') continue;
    const office = OFFICES.get(m.entityId);
    // A name several entities share is for the page to settle, not for one of them.
    if (office === undefined || (m.candidates !== undefined && m.candidates.length > 1)) continue;
    if (anotherBearer(text, m.start, cue) || agencyOpinion(text, m.start, m.end, cue)) continue;
    let named = false;
    let paired = false;
    let sentence: [number, number] | null = null;
    for (const o of matches) {
      if (o.entityId !== office || (o.sense !== undefined && o.sense !== 'after')) continue;
      const [from, to] = o.start < m.start ? [o.end, m.start] : [m.end, o.start];
      if (to - from > OFFICE_WINDOW) continue;
      sentence ??= sentenceAround(text, m.start, m.end);
      if (o.start < sentence[0] || o.end > sentence[1]) continue;
      if (coordinated(text, from, to, o.start < m.start ? m.text : o.text, o, cue)) {
        // An institution beside an institution (Langley, the CIA): only the full name on the page makes it him.
        m.sense = 'late';
        delete m.candidates;
        named = false;
        paired = true;
        break;
      }
      const gap = text.slice(from, to);
      const tied =
        o.start > m.start
          ? (TIED.test(gap) && !POSSESSIVE_NEXT.test(text.slice(o.end, o.end + 3))) || SUCCESSION.test(gap)
          : OWNED_BY.test(gap);
      named ||= tied || ledOffice(text, o, sentence[0], sentence[1], cue);
    }
    // "The Pentagon said Milley, a plumber from Reading, …": the seat, but another man in apposition.
    if (!named && !paired)
      named =
        (officeOpensNext(text, m, matches, office, cue) || seatNamed(text, m, sentence)) &&
        (rankedName(text, m.start, m.end) || !describedAsAnother(text, m.start, m.end, occupations));
    if (named) {
      delete m.sense;
      delete m.candidates;
      promoted.push(m.entityId);
    }
  }
  return promoted;
}
