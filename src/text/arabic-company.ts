/**
 * A weapon's or a place's name that is also a firm's (arabic-shape.ts, `company`, `firm`): a firm's or its
 * shares' noun before it, or a share's move after it, as a market list writes.
 */
import { procliticIn, wordBefore } from './arabic-words';
import { digit } from './arabic-shape-grammar';

/** Quotes and a colon between a market list's name and its move («أباتشي»: +2.1%). */
const MOVE_GAP = [0x20, 0xa0, 0xbb, 0xab, 0x22, 0x201d, 0x201c, 0x3a];
const PLUS = 0x2b;
const MINUSES = [0x2d, 0x2212, 0x2013];
const PERCENTS = [0x25, 0x066a]; // % ٪
const DECIMAL_POINTS = [0x2e, 0x2c, 0x066b]; // . , ٫

/** A company's sign attached to the name at [tok, e), a noun of `firms` or a share's move (`company`, `firm`). */
export function company(
  firms: ReadonlySet<string>,
  chars: Uint16Array,
  length: number,
  tok: number,
  e: number,
): boolean {
  let p = e;
  while (p < length && MOVE_GAP.includes(chars[p]!)) p++;
  if (p > e && (chars[p] === PLUS || MINUSES.includes(chars[p]!))) {
    let q = ++p;
    while (q < length && digit(chars[q]) >= 0) q++;
    // A decimal or a percent after the digits: a count is the helicopter's (أباتشي -64، أباتشي -24 وحدة: mend19ar).
    const c = chars[q]!;
    if (q > p && (PERCENTS.includes(c) || (DECIMAL_POINTS.includes(c) && digit(chars[q + 1]) >= 0))) return true;
  }
  return procliticIn(firms, wordBefore(chars, tok));
}
