/**
 * Pure offset bookkeeping for a run of text nodes joined into one string: the engine matches on
 * the joined text and each match is mapped back to (piece index, offset in piece). No DOM here.
 */

export interface JoinedRun {
  text: string;
  /** starts[i] = offset of piece i in `text`; starts.length = pieces + 1 (last = text.length). */
  starts: number[];
}

/** A run with no piece yet. */
export function emptyRun(): JoinedRun {
  return { text: '', starts: [0] };
}

/**
 * Adds a piece at the end of a run. The text grows by concatenation, which copies nothing (and a
 * run of one piece is that piece's own string): no array of pieces, no join.
 */
export function addPiece(run: JoinedRun, piece: string): void {
  run.text += piece;
  run.starts.push(run.text.length);
}

/**
 * Maps an offset in the joined text to a piece and an offset inside it. A start offset that falls
 * on a boundary belongs to the following piece (`bias` 'start'); an end offset to the preceding
 * one (`bias` 'end'), so a range never starts at the end of a node or ends at the start of one.
 * Empty pieces are never chosen.
 */
export function locate(run: JoinedRun, offset: number, bias: 'start' | 'end'): { piece: number; offset: number } {
  const { starts } = run;
  const pieces = starts.length - 1;
  // Binary search: last i with starts[i] <= offset (start) or starts[i] < offset (end).
  let lo = 0;
  let hi = pieces - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid]!;
    if (bias === 'start' ? s <= offset : s < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (bias === 'start') {
    // Skip empty pieces and a start sitting at the end of its piece.
    while (found < pieces - 1 && offset >= starts[found + 1]!) found++;
  }
  return { piece: found, offset: offset - starts[found]! };
}
