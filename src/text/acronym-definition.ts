/**
 * An acronym the page defines as something else (issue 16): « la Force d'action rapide (FAR) », "the Federal
 * Acquisition Regulation (FAR)". A writer who spells an acronym out keeps that sense through the page (one sense
 * per discourse), so the page's bare acronyms are that thing, not the story's (page-evidence.ts: NAMESAKE).
 * The definition is read from its grammar, not from a list of other expansions: the words right before the
 * bracketed acronym whose initials spell it, small words between them skipped (de, d', of, the…). Whether the
 * expansion is the entity's own name (Forces armées royales (FAR)) is the caller's: a match of the entity there.
 * Pure: text and offsets in, a span out.
 */

/** Small words an expansion's initials skip (« Force d'action rapide », "Chiefs of Staff"), lower case. */
const SMALL = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'of', 'the', 'and', 'for', 'et', 'pour', 'en', 'à']);
/** An elided article or preposition opening a word (d'action, l'Air), both apostrophes. */
const ELISION = /^[dl]['’]/iu;
/** A word of an expansion, hyphens inside it (Tube-launched). */
const WORD = /[\p{L}'’-]+/gu;

/**
 * The span [start, end) of the expansion right before the first "(ACR)" of `text` whose initials spell
 * `acronym` (a Latin capitals' acronym of two to six letters), or null.
 */
export function definedAs(text: string, acronym: string): [number, number] | null {
  for (let at = text.indexOf(`(${acronym})`); at >= 0; at = text.indexOf(`(${acronym})`, at + 1)) {
    const span = expansionBefore(text, at, acronym);
    if (span !== null) return span;
  }
  return null;
}

function expansionBefore(text: string, paren: number, acronym: string): [number, number] | null {
  const before = text.slice(Math.max(0, paren - 80), paren);
  const offset = paren - before.length;
  const words = [...before.matchAll(WORD)];
  // The expansion closes right before the bracket (spaces only between).
  const last = words[words.length - 1];
  if (last === undefined || before.slice(last.index + last[0].length).trim() !== '') return null;
  let need = acronym.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]![0].replace(ELISION, '');
    if (SMALL.has(w.toLowerCase()) && need < acronym.length) continue;
    if (w === '' || w[0]!.toUpperCase() !== acronym[need - 1]) return null;
    if (--need === 0) return [offset + words[i]!.index, offset + last.index + last[0].length];
  }
  return null;
}
