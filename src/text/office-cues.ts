/**
 * Office cues: a lone surname of the story's people (an afterMention alias: Anderson, Milley, لانجلي)
 * written on a page that never gives the full name. Real pages do that when the office says who it is:
 * "Anderson, … the seventh commander of AFRICOM", « M. Milley, président du comité des chefs
 * d'état-major », وأوضح أندرسون … (أفريكوم). Before, such a surname counted only after (or, late, with)
 * its entity's full name.
 *
 * - The person's office named in the same sentence (a counted mention of the office's entity, close by)
 *   makes the surname a mention of its own, as the full name would (`promoteByOffice`). Not when the two are
 *   only coordinated ("Langley and AFRICOM": the CIA beside the command, two institutions): then only the
 *   full name on the page makes it the person (late).
 * - A military rank right before it ("Gen.", « général », الجنرال) makes it a person of rank: the page
 *   decides, as for any pending name (counts on a page about the story: page-evidence.ts).
 *
 * Namesakes are settled before (namesakes.ts: Wes Anderson, "at Langley"), and vetoes by the alias's window.
 */
import type { Match } from './matcher';
import { wordBefore } from './latin-words';

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

/**
 * Military ranks before a surname, lower-cased: a person of rank, not a place, a film maker or an agency.
 * Civilian titles (Mr, M.) say a person but not which one: they are left to the office.
 */
const RANKS = new Set<string>([
  ...['gen', 'general', 'lt', 'lieutenant', 'adm', 'admiral', 'brig', 'brigadier', 'maj', 'major'],
  ...['général', 'généraux', 'gal', 'amiral'],
  ...['الجنرال', 'جنرال', 'الفريق', 'فريق', 'اللواء'],
]);

/** The word before `end` across spaces and one period ("Gen. "), lower-cased; '' when none. */
function rankWordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0)) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 0x2e) i--;
  const w = wordBefore(text, i);
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

/** Whether text[i] ends a sentence: a period after a word of four letters or more (not "Gen.", "U.S."), !, ?, ؟, a line. */
function sentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026 || c === 0xb6) return true;
  if (c !== 0x2e) return false;
  const next = text.charCodeAt(i + 1);
  if (i + 1 < text.length && next !== 0x20 && next !== 0xa0) return false; // 2.4, U.S
  const w = wordBefore(text, i);
  return w !== null && w.word.length >= 4;
}

/** Whether no sentence ends in text[from, to). */
function oneSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (sentenceEnd(text, i)) return false;
  return true;
}

/** A conjunction alone between two names: coordinated, so of one kind ("Langley and AFRICOM", « Langley et l'Africom »). */
const CONJUNCTION = /^[\s,]*(?:and|or|et|ou|أو)\s+(?:l['’]|the\s+)?$/iu;

/** Whether the names around text[from, to) are coordinated; `second`: the later one's text (وأفريكوم: و attached). */
function coordinated(text: string, from: number, to: number, second: string): boolean {
  const gap = text.slice(from, to);
  return CONJUNCTION.test(gap) || (second.charCodeAt(0) === 0x648 && gap.trim() === '');
}

/**
 * Makes the `late` or `pending` surnames of office holders in `matches` (one text's) mentions of their
 * own where the same sentence names their office close by (a counted match of the office's entity), or
 * `late` where they are only coordinated with it; returns the entities made mentions. In place.
 */
export function promoteByOffice(text: string, matches: Match[]): string[] {
  const promoted: string[] = [];
  for (const m of matches) {
    if (m.sense !== 'late' && m.sense !== 'pending') continue;
    const office = OFFICES.get(m.entityId);
    // A name several entities share is for the page to settle, not for one of them.
    if (office === undefined || (m.candidates !== undefined && m.candidates.length > 1)) continue;
    let named = false;
    for (const o of matches) {
      if (o.entityId !== office || (o.sense !== undefined && o.sense !== 'after')) continue;
      const [from, to] = o.start < m.start ? [o.end, m.start] : [m.end, o.start];
      if (to - from > OFFICE_WINDOW || !oneSentence(text, from, to)) continue;
      if (coordinated(text, from, to, o.start < m.start ? m.text : o.text)) {
        // An institution beside an institution (Langley, the CIA): only the full name on the page makes it him.
        m.sense = 'late';
        delete m.candidates;
        named = false;
        break;
      }
      named = true;
    }
    if (named) {
      delete m.sense;
      delete m.candidates;
      promoted.push(m.entityId);
    }
  }
  return promoted;
}
