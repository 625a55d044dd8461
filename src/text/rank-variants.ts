/**
 * Military ranks, and a ranked name's extra patterns. Apart from office-cues.ts (which reads ranks in
 * the text) so that compiling a matcher (matcher-compile.ts) takes only these words, not the cues.
 */
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
 * demonym and Arabic nisba in countries.ts (rank-variants.test.ts checks that they agree).
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
