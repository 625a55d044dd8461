/**
 * A country written as the possessor of its own organisation's name is part of that name, not a
 * mention of its own (issue 16, eval/README.md's counting rules: "Russia's Africa Corps" is the Africa
 * Corps only). Whatever the organisation's alias ("Russia's African Corps", "Russia's new \"Afrika
 * Korps\""): a possessive, at most two qualifiers (new, so-called, revamped), an opening quote.
 * The organisation must count that country among its own (own-countries.ts), besides the story's two
 * that every entity there counts: "Russia's Marine Corps" is no name of the US Marines, and
 * "Morocco's Royal Armed Forces" names the kingdom as well (the corpus counts it).
 *
 * Pure: reads the original text between two matches, knows nothing of the DOM.
 */
import type { Country } from './countries';
import { APOSTROPHES } from './fold-latin';
import { foldString } from './normalise';
import { evidenceOnly, type Sense } from './page-evidence';
import { STORY_COUNTRIES } from './own-countries';

/** What this module reads of a match. */
export interface Spanned {
  entityId: string;
  start: number;
  end: number;
  sense?: Sense;
}

/**
 * Words that qualify an organisation's name without naming anything else: a closed list, so that a
 * conjunction or a noun ("Russia's troops and Africa Corps advisers") keeps the country.
 */
const QUALIFIER = String.raw`(?:new|so-called|own|revamped|rebranded|renamed|former|nouveau|nouvelle|soi-disant|ex-[\p{Ll}-]+)`;

/** The apostrophes of a possessive: the ASCII one and every one the normaliser folds to it. */
const APOSTROPHE_UNITS: readonly number[] = [0x27, ...APOSTROPHES];

/** A possessive, up to two qualifiers and an opening quote, then the organisation's name. */
const BETWEEN = new RegExp(
  String.raw`^[${String.fromCharCode(...APOSTROPHE_UNITS)}]s(?:[ \u00a0]+${QUALIFIER}){0,2}[ \u00a0]+["“«‘']?[ \u00a0]*$`,
  'u',
);

/** Folded English country names (possessives are English) → country code, for possessiveOwners. */
export function possessorCodes(countries: readonly Country[]): ReadonlyMap<string, string> {
  return new Map(countries.flatMap(({ code, enNames }) => enNames.map((n) => [foldString(n), code] as const)));
}

/** Per entity, the countries it counts as its own (the matcher's own-country rules, own-countries.ts). */
export type OwnSets = ReadonlyMap<string, { own: ReadonlySet<string> }>;

/** Whether `owner`, as written, is a country (`codes`) that `entityId` counts among its own countries. */
function ownedBy(entityId: string, owner: string, codes: ReadonlyMap<string, string>, owns: OwnSets): boolean {
  const code = codes.get(foldString(owner.replace(/^the\s+/iu, '')));
  // The story's countries are own to every entity there: no evidence that a name is theirs.
  return code !== undefined && !STORY_COUNTRIES.includes(code) && owns.get(entityId)?.own.has(code) === true;
}

/**
 * The indexes of matches that are a country's possessive before its own organisation's name
 * (`organisations`: the entities whose names hold modifiers), to be dropped. `matches` are in text
 * order; rejected votes are passed over, never dropped. `codes`: possessorCodes of the matcher's table;
 * `owns`: its own-country rules.
 */
export function possessiveOwners(
  text: string,
  matches: readonly Spanned[],
  organisations: ReadonlySet<string>,
  codes: ReadonlyMap<string, string>,
  owns: OwnSets,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const apostrophe = text.charCodeAt(m.end);
    // Most names are followed by a space: no list to search (this loop runs for every text with a match).
    if (apostrophe === 0x20 || !APOSTROPHE_UNITS.includes(apostrophe) || evidenceOnly(m.sense)) continue;
    let j = i + 1;
    while (j < matches.length && (evidenceOnly(matches[j]!.sense) || matches[j]!.start < m.end)) j++;
    const next = matches[j];
    if (next === undefined || !organisations.has(next.entityId)) continue;
    if (!BETWEEN.test(text.slice(m.end, next.start))) continue;
    if (ownedBy(next.entityId, text.slice(m.start, m.end), codes, owns)) out.push(i);
  }
  return out;
}

/** A name that ends in its seat: "in" and one or two capitalised words ("the US Embassy in Morocco"). */
const SEAT = /[ \u00a0]in[ \u00a0]+(\p{Lu}[\p{L}.-]*(?:[ \u00a0]\p{Lu}[\p{L}.-]*)?)$/u;

/**
 * A possessive, at most one qualifier, a noun of another place that the possessor borders or faces
 * (neighbour, rival, ally, enemy; not "neighbouring", an adjective of anything), an optional comma and
 * "the", then up to three capitalised words, the place's name among them.
 */
const OTHER_PLACE = new RegExp(
  String.raw`^[${String.fromCharCode(...APOSTROPHE_UNITS)}]s[ \u00a0]+(?:(?:eastern|western|northern|southern|closest|nearest|old|regional)[ \u00a0]+)?(?:neighbou?rs?|rivals?|ally|allies|enem(?:y|ies)),?[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{L}-]*(?:[ \u00a0]+\p{Lu}[\p{L}-]*){0,2})`,
  'u',
);

/**
 * Whether an organisation's name text[start, end) ends in its seat, a country (`codes`: possessorCodes),
 * and that seat possesses another country by name ("The American embassy in Morocco's neighbour Algeria"):
 * the embassy is the other place's, and the seat is a name of its own. Not a name without a seat ("the
 * Polisario's ally Algeria", "Wagner's rivals"), nor the seat's surroundings that are no place ("in
 * Rabat's neighbours on Avenue Mohammed VI", "in Rabat's closest neighbour, the Spanish embassy").
 * Cheap first: most names are followed by no apostrophe.
 */
export function seatPossessesPlace(
  text: string,
  start: number,
  end: number,
  codes: ReadonlyMap<string, string>,
): boolean {
  if (!APOSTROPHE_UNITS.includes(text.charCodeAt(end))) return false;
  const seat = SEAT.exec(text.slice(Math.max(start, end - 40), end))?.[1];
  const own = seat === undefined ? undefined : codes.get(foldString(seat));
  if (own === undefined) return false;
  const other = OTHER_PLACE.exec(text.slice(end, end + 80))?.[1];
  if (other === undefined) return false;
  // A run of its words that is another country's name ("the United States").
  const words = other.split(/[ \u00a0]+/u);
  return words.some((_, n) => {
    const code = codes.get(foldString(words.slice(0, n + 1).join(' ')));
    return code !== undefined && code !== own;
  });
}
