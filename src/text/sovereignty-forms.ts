/**
 * A recognition of sovereignty is written as a phrase whose parts vary freely: the verb's form
 * (recognized, recognises, recognition of; reconnu, reconnaît, reconnaissance de), the owner (Morocco's,
 * Moroccan, Rabat's; du Maroc, marocaine), the link (sovereignty over, claim to) and the territory
 * (Western Sahara, the whole of Western Sahara, its Sahara, the territory; le Sahara occidental, ses
 * provinces du Sud). The pack cannot list every combination, and one it lacks leaves the recognition
 * unfound and the names inside it (Morocco, Western Sahara) to count on their own. So the pack lists one
 * phrase per head, and the engine writes the rest in two halves:
 * - `sovereigntyForms` (at build, matcher.ts beside seatVariants): an alias holding a link becomes the
 *   phrase up to its link, with every member of each slot before it. The verb's slot is read only where
 *   the phrase starts with it: "US recognition of …" names its agent, and only its object varies.
 * - `phraseEnd` (at match time): such a match counts only with a territory right after its link, and
 *   the match runs to its end. Read in the text rather than multiplied into patterns, the
 *   territories cost the automaton nothing (multiplied into patterns, they tripled its states).
 *
 * Reads folded text (normalise.ts: lower case, no accents, one space between words).
 */
import { rightOk } from './boundaries';
import { text } from './folded-words';
import { foldString } from './normalise';

/** The entities whose aliases are such phrases. */
export const SOVEREIGNTY_PHRASES: ReadonlySet<string> = new Set(['us-recognition-western-sahara']);

/** Interchangeable parts of a phrase, folded, longest first (so "the whole of western sahara" wins over "western sahara"). */
type Slot = readonly string[];

function slot(members: readonly string[]): Slot {
  return members.map((m) => foldString(m)).sort((a, b) => b.length - a.length);
}

interface Grammar {
  /** Read only at the alias's start. */
  verb: Slot;
  /** The verb's noun with the US as its agent (byTheUs): an alias opening with one varies among these. */
  agented: Slot;
  owner: Slot;
  link: Slot;
}

/**
 * The recognition's noun with the US as its agent before its object ("recognition by the Trump administration
 * of", « reconnaissance par Washington de »): a verb form of its own. Another agent (by Spain) is none.
 */
const byTheUs = (noun: string, by: string, of: string, agents: readonly string[]): string[] =>
  agents.map((a) => `${noun} ${by} ${a} ${of}`);

// Pure: only the compiler (matcher-compile.ts) reads them, and the page's engine leaves them out.
const GRAMMARS: readonly Grammar[] = [
  {
    verb: /* @__PURE__ */ slot([
      'recognize',
      'recognizes',
      'recognized',
      'recognizing',
      'recognise',
      'recognises',
      'recognised',
      'recognising',
      'recognition of',
    ]),
    agented: /* @__PURE__ */ slot(
      /* @__PURE__ */ byTheUs('recognition', 'by', 'of', [
        ...['the United States', 'the US', 'the U.S.', 'Washington', 'America', 'the Trump administration'],
        ...['the US administration', 'President Trump', 'Donald Trump', 'Trump'],
      ]),
    ),
    owner: /* @__PURE__ */ slot(["Morocco's", 'Moroccan', "Rabat's", 'its']),
    link: /* @__PURE__ */ slot(['sovereignty over', 'claim to']),
  },
  {
    verb: /* @__PURE__ */ slot([
      'reconnaître',
      'reconnaît',
      'reconnaissent',
      'reconnu',
      'reconnaissant',
      'reconnaissance de',
    ]),
    agented: /* @__PURE__ */ slot(
      /* @__PURE__ */ byTheUs('reconnaissance', 'par', 'de', [
        ...['les États-Unis', 'Washington', "l'Amérique", "l'administration Trump", "l'administration américaine"],
        ...['le président Trump', 'Donald Trump', 'Trump'],
      ]),
    ),
    // la souveraineté du Maroc sur: the link's noun comes before the owner, its preposition after.
    owner: /* @__PURE__ */ slot([
      'la souveraineté du Maroc sur',
      'la souveraineté marocaine sur',
      'la souveraineté du Royaume sur',
      'la pleine souveraineté du Maroc sur',
      'la pleine souveraineté marocaine sur',
    ]),
    link: [],
  },
];

/** Every territory of every grammar, folded, longest first. */
const TERRITORIES: Slot = slot([
  'Western Sahara',
  'the Western Sahara',
  'the whole of Western Sahara',
  'all of Western Sahara',
  'the entire Western Sahara',
  'the West Sahara',
  'the territory',
  'the disputed territory',
  'the Sahara',
  'its Sahara',
  'le Sahara',
  'le Sahara occidental',
  "l'ensemble du Sahara occidental",
  "l'ensemble du Sahara",
  "l'ensemble du territoire du Sahara",
  'tout le Sahara occidental',
  'le Sahara marocain',
  'ce territoire',
  'ses provinces du Sud',
  'son Sahara',
]);
const LONGEST = TERRITORIES[0]!.length;

/** The last words of the links, folded: a pattern ending in one was cut after its link. */
const LINK_ENDS = [' over', ' to', ' sur'];

/** Whether `s` holds `word` at `at` as whole words (a space or an end on each side). */
function wordsAt(s: string, word: string, at: number): boolean {
  return (
    s.startsWith(word, at) &&
    (at === 0 || s[at - 1] === ' ') &&
    (at + word.length === s.length || s[at + word.length] === ' ')
  );
}

/** The first member of `members` in s at or after `from`, as whole words (the longest there): [member, at], or null. */
function find(s: string, members: Slot, from: number): [string, number] | null {
  let best: [string, number] | null = null;
  for (const m of members) {
    for (let at = s.indexOf(m, from); at >= 0 && (best === null || at <= best[1]); at = s.indexOf(m, at + 1)) {
      if (!wordsAt(s, m, at)) continue;
      if (best === null || at < best[1] || m.length > best[0].length) best = [m, at];
      break;
    }
  }
  return best;
}

/**
 * The folded alias as patterns: unchanged, or, when it is a sovereignty phrase, the phrase up to its link
 * with each member of each slot it holds (its territory is read at match time: phraseEnd).
 */
export function sovereigntyForms(folded: string): string[] {
  for (const g of GRAMMARS) {
    const verbs = g.agented.some((v) => wordsAt(folded, v, 0)) ? g.agented : g.verb;
    const verb = verbs.find((v) => wordsAt(folded, v, 0));
    const from = verb?.length ?? 0;
    const owner = find(folded, g.owner, from);
    if (owner === null) continue;
    let end = owner[1] + owner[0].length;
    let links: Slot = [''];
    if (g.link.length > 0) {
      const link = find(folded, g.link, end);
      if (link === null || folded.slice(end, link[1]).trim() !== '') continue;
      links = g.link.map((l) => ` ${l}`);
      end = link[1] + link[0].length;
    }
    const head = verb === undefined ? [folded.slice(0, owner[1])] : verbs.map((v) => v + folded.slice(from, owner[1]));
    const forms = head.flatMap((h) => g.owner.flatMap((o) => links.map((l) => h + o + l)));
    return [...new Set(forms)];
  }
  return [folded];
}

/**
 * Owners that name no country (its, du Royaume): with a territory as generic ("recognize its sovereignty over
 * the territory") the phrase may be any country's dispute (Crimea, Greenland); only a Sahara makes it this one.
 */
const GENERIC_OWNERS = [' its ', ' du royaume '];

/**
 * Where a match of a sovereignty phrase's alias, folded units [s, e), ends: at e when its pattern is whole
 * (it does not end with a link), else after the territory that follows its link, or -1 when none does (then
 * it is no recognition, and the names in it count).
 */
export function phraseEnd(chars: Uint16Array, length: number, s: number, e: number): number {
  const matched = text(chars, s, e);
  if (!LINK_ENDS.some((w) => matched.endsWith(w))) return e;
  if (chars[e] !== 0x20) return -1; // a space after the link
  const generic = GENERIC_OWNERS.some((o) => matched.includes(o));
  const rest = text(chars, e + 1, Math.min(length, e + 1 + LONGEST));
  const t = TERRITORIES.find(
    (t) => rest.startsWith(t) && (!generic || t.includes('sahara')) && rightOk(chars, length, e + 1 + t.length),
  );
  return t === undefined ? -1 : e + 1 + t.length;
}
