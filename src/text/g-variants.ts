/**
 * The foreign "g" in Arabic transliteration is written غ, ج or ق depending on the writer's
 * region (لانجلي / لانغلي, فاغنر / فاجنر). Folding the three letters together in all text would
 * merge real Arabic words (المغرب "Morocco" with المقرب "the close one"), so instead an alias of
 * a foreign name gets every spelling as an extra pattern. Capped so one alias never explodes.
 */
const G_LETTERS = ['غ', 'ج', 'ق'];
const MAX_G_POSITIONS = 3;

export function gVariants(folded: string): string[] {
  const positions: number[] = [];
  for (let i = 0; i < folded.length; i++) if (G_LETTERS.includes(folded[i]!)) positions.push(i);
  if (positions.length === 0 || positions.length > MAX_G_POSITIONS) return [folded];
  let out = [folded];
  for (const pos of positions) {
    const next: string[] = [];
    for (const v of out) for (const g of G_LETTERS) next.push(v.slice(0, pos) + g + v.slice(pos + 1));
    out = next;
  }
  return [...new Set(out)];
}
