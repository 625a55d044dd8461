/**
 * What compiling a matcher reads of a person's names as the pack writes them: military ranks and a
 * ranked name's extra patterns, and the given and middle names. Apart from office-cues.ts and namesakes.ts (which
 * read names in the text) so that the compiler (matcher-compile.ts) takes only these words, not the cues.
 */
import { TITLES } from './latin-words';
import { foldedSet } from './normalise';

/**
 * Military ranks before a surname, lower-cased: a person of rank, not a place, a film maker or an agency.
 * Civilian titles (Mr, M.) say a person but not which one: they are left to the office.
 */
export const RANKS: ReadonlySet<string> = new Set<string>([
  ...['gen', 'general', 'lt', 'lieutenant', 'adm', 'admiral', 'brig', 'brigadier', 'maj', 'major'],
  ...['général', 'généraux', 'gal', 'amiral'],
  ...['الجنرال', 'جنرال', 'الفريق', 'فريق', 'اللواء'],
]);
const FOLDED_RANKS = foldedSet(RANKS);

/**
 * The demonym of the story's people, all American, which French and Arabic write between a rank and
 * the surname (« le général américain Milley », الجنرال الأمريكي ميلي), folded: the United States' French
 * demonym and Arabic nisba in country-table.ts (person-names.test.ts checks that they agree).
 */
export const OWN_DEMONYMS: readonly string[] = ['americain', 'الامريكي'];

/**
 * A person's alias that opens with a rank (الجنرال ميلي, général Milley), folded, and the same name
 * with the person's demonym after the rank, as French and Arabic place it: extra patterns for the
 * matcher (beside seatVariants), so the rank and surname stay one name.
 */
export function rankDemonymVariants(folded: string): string[] {
  const sp = folded.indexOf(' ');
  if (sp === -1 || !FOLDED_RANKS.has(folded.slice(0, sp))) return [folded];
  return [folded, ...OWN_DEMONYMS.map((d) => `${folded.slice(0, sp)} ${d}${folded.slice(sp)}`)];
}

/**
 * A person's given names with his middle name, or its initial, as the pack writes them: "Michael E" of
 * "Michael E. Langley", "Mark Alexander" of "Mark Alexander Milley" (aliases of three words or more, Latin,
 * capitalised, no title). An initial the pack also writes in full is dropped ("Mark A", beside "Mark
 * Alexander"): the full middle name decides. Read once per pack.
 */
export function middleNames(aliases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const alias of aliases) {
    const m = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}*)\.? \S/u.exec(alias);
    if (m !== null && /^[A-Z]/u.test(m[1]!) && !TITLES.has(m[1]!)) out.add(`${m[1]} ${m[2]}`);
  }
  const all = [...out];
  return all.filter((n) => n.length > n.indexOf(' ') + 2 || !all.some((f) => f !== n && f.startsWith(n)));
}
