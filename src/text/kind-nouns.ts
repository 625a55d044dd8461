/**
 * An ordinary word written in lower case (tow, apache) is the pack's name only beside a noun of its kind,
 * where its language puts that noun (kind-noun-words.ts): "tow missiles", « missiles antichars tow ». The
 * English adverb "far", "tow cable" or "apache airflow" have none. Pure: knows nothing of the DOM.
 */
import type { KindNounWords } from './kind-noun-words';
import { text, wordEndAt, wordStartAt } from './folded-words';

export class KindNouns {
  private readonly after: Map<string, ReadonlySet<string>>;
  private readonly before: Map<string, ReadonlySet<string>>;

  /** From the record's folded lists (engine-words.ts). */
  constructor(after: KindNounWords, before: KindNounWords) {
    this.after = new Map(Object.entries(after).map(([id, words]) => [id, new Set(words)]));
    this.before = new Map(Object.entries(before).map(([id, words]) => [id, new Set(words)]));
  }

  /** Whether a noun of the entity's kind is the word right after or right before normalised chars[s, e), a space between. */
  beside(entityId: string, chars: Uint16Array, length: number, s: number, e: number): boolean {
    const after = this.after.get(entityId);
    if (after !== undefined && chars[e] === 0x20 && after.has(text(chars, e + 1, wordEndAt(chars, e + 1, length))))
      return true;
    const before = this.before.get(entityId);
    return (
      before !== undefined &&
      s > 0 &&
      chars[s - 1] === 0x20 &&
      before.has(text(chars, wordStartAt(chars, s - 1, 0), s - 1))
    );
  }
}
