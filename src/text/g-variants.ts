/**
 * The foreign "g" in Arabic transliteration is written غ, ج or ق depending on the writer's
 * region (لانجلي / لانغلي, فاغنر / فاجنر), and in the Maghreb also ك (فاكنر, لانكلي), where ڭ is
 * written without its dots (ڭ and ڨ themselves fold to غ: fold-arabic.ts). Folding the three letters together in all text would
 * merge real Arabic words (المغرب "Morocco" with المقرب "the close one"), so instead an alias of
 * a foreign name gets every spelling as an extra pattern. Capped so one alias never explodes.
 */
const G_LETTERS = ['غ', 'ج', 'ق'];
/** What a g position may be written with: ك only as a g's spelling, never read as one (أفريكوم keeps its k). */
const G_SPELLINGS = [...G_LETTERS, 'ك'];
const MAX_G_POSITIONS = 3;

export function gVariants(folded: string): string[] {
  const positions: number[] = [];
  for (let i = 0; i < folded.length; i++) if (G_LETTERS.includes(folded[i]!)) positions.push(i);
  if (positions.length === 0 || positions.length > MAX_G_POSITIONS) return [folded];
  let out = [folded];
  for (const pos of positions) {
    const next: string[] = [];
    for (const v of out) for (const g of G_SPELLINGS) next.push(v.slice(0, pos) + g + v.slice(pos + 1));
    out = next;
  }
  return [...new Set(out)];
}
