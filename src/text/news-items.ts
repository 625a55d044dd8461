/**
 * The items of a news digest (page-evidence.ts: one sense per discourse). A brief's paragraph opens with
 * its rubric and a colon ("Sport:", « Économie : », «رياضة:», a country's name), after a bullet or not: each
 * such block is a discourse of its own, so "Anderson scored 31 points" under Sport is not the general named under
 * Defence. The engine marks them (matcher.ts), so the scan CLI and the page read alike.
 */

/**
 * A rubric: one to three words (letters, and & ' ’ / . - inside) before a colon (French: a space before
 * it), then text. Digits stop it ("10:30"), and so does a URL's "https://" (no space after the colon).
 */
const RUBRIC = /^\s*(?:[•*–-]\s+)?(\p{L}[\p{L}\p{M}&'’/.-]*(?: [\p{L}\p{M}&'’/.-]+){0,2})[ \u00a0\u202f]?:\s+\S/u;

/** An interview's turns are labelled too, but are one conversation: these labels open no item. */
const TURNS = new Set(['q', 'a', 'r', 'question', 'answer', 'réponse', 'سؤال', 'جواب', 'س', 'ج']);

/**
 * The rubric of a block that opens a digest's item, case-folded, or null: the block belongs to the page's
 * running text (so do bare bullets: a story's key points). Labels that repeat on a page are a transcript's
 * speakers, not rubrics (PageEvidence reads them so).
 */
export function rubricOf(block: string): string | null {
  // Cheap first: most blocks have no colon near their start.
  const m = block.lastIndexOf(':', 40) < 0 ? null : RUBRIC.exec(block);
  const label = m?.[1]!.toLowerCase();
  return label === undefined || TURNS.has(label) ? null : label;
}

/**
 * Marks the matches of a page-wide scan's text (a block, or a long block's chunk) that opens a digest's
 * item with its rubric (Match.rubric): the scan CLI and the page's scanner then key them by their block.
 */
export function markRubric(text: string, matches: readonly { rubric?: string }[]): void {
  const rubric = rubricOf(text);
  if (rubric !== null) for (const m of matches) m.rubric = rubric;
}
