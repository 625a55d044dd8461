/**
 * The items of a news digest (page-evidence.ts: one sense per discourse). A brief's paragraph opens with
 * its rubric and a colon ("Sport:", « Économie : », «رياضة:», a country's name), after a bullet or not: each
 * such block is a discourse of its own, so "Anderson scored 31 points" under Sport is not the general named under
 * Defence. Rubrics are a closed list (rubric-words.ts) and the country table's names, not any label: most
 * articles open paragraphs with a dateline, "Update:" or a fact sheet's fields. The engine marks them
 * (matcher.ts), so the scan CLI and the page read alike.
 */
import type { Country } from './countries';
import { evidenceOnly, type Evidenced } from './page-evidence';
import type { RubricWords } from './rubric-words';

/**
 * A label: one to three words (letters, and & ' ’ / . - inside) before a colon (French: a space before
 * it), then text. Digits stop it ("10:30"), and so does a URL's "https://" (no space after the colon).
 */
const LABEL = /^\s*(?:[•*–-]\s+)?(\p{L}[\p{L}\p{M}&'’/.-]*(?: [\p{L}\p{M}&'’/.-]+){0,2})[ \u00a0\u202f]?:\s+\S/u;

/** What opens an item: its rubric, lower-cased; `aside` when it is another world's section (rubric-words.ts). */
export interface Rubric {
  rubric: string;
  aside: boolean;
}

export class NewsItems {
  /** Rubric, lower-cased → whether it is an aside section. */
  private readonly rubrics = new Map<string, boolean>();

  /** `words`: the rubrics (rubric-words.ts), from the matcher's record. */
  constructor(countries: readonly Country[], words: RubricWords) {
    for (const c of countries) for (const n of [...c.enNames, ...c.frNames, ...c.arNames]) this.put(n, false);
    for (const w of words.story) this.put(w, false);
    for (const w of words.aside) this.put(w, true);
  }

  private put(label: string, aside: boolean): void {
    this.rubrics.set(label.toLowerCase(), aside);
  }

  /** The rubric of a block that opens a digest's item, or null: the block belongs to the page's running text. */
  rubricOf(block: string): Rubric | null {
    // Cheap first: most blocks have no colon near their start.
    const m = block.lastIndexOf(':', 40) < 0 ? null : LABEL.exec(block);
    if (m === null) return null;
    const rubric = m[1]!.toLowerCase();
    const aside = this.rubrics.get(rubric);
    return aside === undefined ? null : { rubric, aside };
  }

  /**
   * Marks the matches of a page-wide scan's text that opens a digest's item with its rubric (Match.rubric): the
   * scan CLI and the page's scanner then key them by their block. A match the item argues against is `aside`:
   * all of an aside section's, and those of an entity the item votes against (a rejected vote: another bearer).
   */
  mark(text: string, matches: readonly Evidenced[]): void {
    const r = this.rubricOf(text);
    if (r !== null)
      for (const m of matches) {
        m.rubric = r.rubric;
        const ids = m.candidates ?? [m.entityId];
        if (r.aside || matches.some((x) => evidenceOnly(x.sense) && ids.includes(x.entityId))) m.aside = true;
      }
  }
}
