/**
 * An Arabic institution's seat or region is written with any of several prepositions: the embassy
 * في الرباط, بالرباط, لدى الرباط, بالعاصمة الرباط, في العاصمة الرباط; the command لإفريقيا, في إفريقيا,
 * الخاصة بإفريقيا. Writers pick one freely, and the pack cannot list every name in every form; a form
 * it lacks leaves the generic head (السفارة الأمريكية) to match alone and the place inside the name to
 * count again. So an organisation's alias that ends in a preposition and a place gets the same name with
 * each of the others as extra patterns (matcher.ts, beside gVariants). The capital's noun (العاصمة) is
 * offered only before a name with the article, the way capitals are written (العاصمة الرباط).
 *
 * Reads folded aliases (normalise.ts): hamza forms are bare alef, alef maksura is yeh.
 */
import { foldString, foldedSet } from './normalise';

/** Separate prepositions of a seat, folded: in, at (of an embassy accredited to a state). */
const SEAT_WORDS = foldedSet(['في', 'لدى']);
/** The forms of the seat, as a prefix of the place: separate words first, then attached letters. */
const SEAT_FORMS = ['في ', 'لدى ', 'ب', 'ل', 'الخاصة ب', 'المكلفة ب'].map(folded);
/** The capital's noun before a place with the article (بالعاصمة الرباط). */
const CAPITAL_FORMS = ['في العاصمة ', 'بالعاصمة '].map(folded);
const ARTICLE = 'ال';

/** A form folded, keeping its closing space (foldString trims). */
function folded(form: string): string {
  return form.endsWith(' ') ? `${foldString(form)} ` : foldString(form);
}
const ALEF = 'ا';

/**
 * The place at the end of a folded alias and where it starts, when the alias ends in a seat: a separate
 * preposition (… في الرباط, … لدى المغرب) or an attached ب or ل before the article or an alef
 * (… بالرباط, … للمغرب, … لافريقيا). Null otherwise: a bare ب or ل before another letter may be the
 * word's own (بنجرير).
 */
function seatOf(alias: string): { head: string; place: string } | null {
  const words = alias.split(' ');
  if (words.length < 3) return null;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  const head = (n: number): string => words.slice(0, words.length - n).join(' ');
  if (SEAT_WORDS.has(before)) return { head: head(2), place: last };
  if (last.startsWith('لل') && last.length > 3) return { head: head(1), place: ARTICLE + last.slice(2) };
  if ((last[0] === 'ب' || last[0] === 'ل') && last[1] === ALEF && last.length > 3)
    return { head: head(1), place: last.slice(1) };
  return null;
}

/** ل before the article is written لل (للمغرب); the other forms simply precede the place. */
function join(form: string, place: string): string {
  return form === 'ل' && place.startsWith(ARTICLE) ? `لل${place.slice(2)}` : form + place;
}

/** The folded alias and, when it ends in a seat, the same name with each other form of the seat. */
export function seatVariants(folded: string): string[] {
  const seat = seatOf(folded);
  if (seat === null) return [folded];
  const out = new Set([folded]);
  for (const form of SEAT_FORMS) out.add(`${seat.head} ${join(form, seat.place)}`);
  if (seat.place.startsWith(ARTICLE)) for (const form of CAPITAL_FORMS) out.add(`${seat.head} ${form}${seat.place}`);
  return [...out];
}
