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

/**
 * Prepositions of a seat written as a word, folded (à is a), with the others a writer may put in its place:
 * the U.S. Embassy in or at Rabat, l'ambassade américaine à or de Rabat, السفارة في or لدى الرباط.
 */
const SEAT_SWAPS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['in', ['at']],
  ['at', ['in']],
  ['a', ['de']],
  ['au', []],
  ['en', []],
  ...[...SEAT_WORDS].map((w): [string, string[]] => [w, []]),
]);

/**
 * An organisation's names with their seat beside its shorter names without one: each of its heads (an
 * alias that another alias extends by a seat: U.S. Embassy in Rabat, American Embassy Rabat) with each of
 * its seats (in Rabat, at Rabat, Morocco…), as extra patterns of the alias whose seat they take. Writers
 * join any head to any seat ("the American Embassy in Rabat"); a pair the pack lacks left the head alone
 * and the place inside the name counted again (blind20). A seat without its preposition is taken only for
 * a place some seat names with one. `aliases`: one language's, folded; the result keyed by the alias
 * whose seat each takes.
 */
export function crossedSeats(aliases: readonly string[]): Map<string, string[]> {
  const names = new Set(aliases);
  const heads = new Set<string>();
  const seats: { alias: string; prep: string; place: string }[] = [];
  for (const alias of aliases) {
    const words = alias.split(' ');
    for (let n = words.length - 1; n >= Math.max(1, words.length - 2); n--) {
      const head = words.slice(0, n).join(' ');
      const rest = words.slice(n);
      if (!names.has(head) || (rest.length === 2 && !SEAT_SWAPS.has(rest[0]!))) continue;
      heads.add(head);
      seats.push({ alias, prep: rest.length === 2 ? rest[0]! : '', place: rest[rest.length - 1]! });
    }
  }
  const placed = new Set(seats.filter((s) => s.prep !== '').map((s) => s.place));
  const out = new Map<string, string[]>();
  const made = new Set(names);
  for (const { alias, prep, place } of seats) {
    if (!placed.has(place)) continue;
    const forms = prep === '' ? [place] : [prep, ...SEAT_SWAPS.get(prep)!].map((p) => `${p} ${place}`);
    for (const head of heads)
      for (const form of forms) {
        const name = `${head} ${form}`;
        if (made.has(name)) continue;
        made.add(name);
        out.set(alias, [...(out.get(alias) ?? []), name]);
      }
  }
  return out;
}
