/**
 * An acronym the page defines as something else (issue 16): « la Force d'action rapide (FAR) », "the Federal
 * Acquisition Regulation (FAR)", or the other way round, "FAR (Federal Acquisition Regulation)". A writer who
 * spells an acronym out keeps that sense through the page (one sense per discourse), so the page's bare acronyms
 * are that thing, not the story's (page-evidence.ts: NAMESAKE). The definition is read from its grammar, not from
 * a list of other expansions: the words right before the bracketed acronym whose initials spell it, or the whole
 * bracket right after it, small words between them skipped (de, d', of, the…). Whether the expansion is the
 * entity's own name (Forces armées royales (FAR)) is the caller's: a match of the entity there.
 * Pure: text and offsets in, a span out.
 */

/** Small words an expansion's initials skip (« Force d'action rapide », "Chiefs of Staff"), lower case. */
const SMALL = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'of', 'the', 'and', 'for', 'et', 'pour', 'en', 'à']);
/** An elided article or preposition opening a word (d'action, l'Air), both apostrophes. */
const ELISION = /^[dl]['’]/iu;
/** A word of an expansion, hyphens inside it (Tube-launched). */
const WORD = /[\p{L}'’-]+/gu;

/**
 * The span [start, end) of the first expansion of `acronym` (a Latin capitals' acronym of two to six letters)
 * the text gives, "Expansion (ACR)" or "ACR (Expansion)", whose initials spell it; or null.
 */
export function definedAs(text: string, acronym: string): [number, number] | null {
  const before = definedFrom(text, acronym, text.indexOf(`(${acronym})`), true);
  const after = definedFrom(text, acronym, text.indexOf(`${acronym} (`), false);
  if (before === null || after === null) return before ?? after;
  return before[0] <= after[0] ? before : after;
}

/** The first expansion of one form from `at` on: the bracket after the words ("(ACR)") or after the acronym. */
function definedFrom(text: string, acronym: string, at: number, bracketed: boolean): [number, number] | null {
  const form = bracketed ? `(${acronym})` : `${acronym} (`;
  for (; at >= 0; at = text.indexOf(form, at + 1)) {
    const span = bracketed ? expansionBefore(text, at, acronym) : expansionInside(text, at, acronym);
    if (span !== null) return span;
  }
  return null;
}

/** "FAR (Federal Acquisition Regulation)": the bracket after the acronym holds its expansion and nothing else. */
function expansionInside(text: string, at: number, acronym: string): [number, number] | null {
  if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return null; // part of a longer word (SAFAR)
  const open = at + acronym.length + 2;
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > 80) return null;
  const inside = text.slice(open, close);
  const words = [...inside.matchAll(WORD)];
  if (words.length === 0 || inside.replace(WORD, '').replace(/[\s,]/gu, '') !== '') return null;
  let need = 0;
  for (const [i, word] of words.entries()) {
    const w = word[0].replace(ELISION, '');
    if (i > 0 && SMALL.has(w.toLowerCase())) continue;
    if (w === '' || need === acronym.length || w[0]!.toUpperCase() !== acronym[need]) return null;
    need++;
  }
  return need === acronym.length ? [open + words[0]!.index, close] : null;
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
