/**
 * A company's former name: the name right after "formerly known as", « anciennement (appelé) » or
 * «المعروفة سابقا باسم», in a clause about a company ("APA Corp., the producer formerly known as Apache"),
 * is that company's old name, not the pack's entity, whatever the page says of helicopters elsewhere.
 * Only after a company: "the mercenaries formerly known as Wagner" are the group itself, renamed.
 */
import { letterAt, spacesBefore } from './latin-words';

/**
 * The word right before a former name, by its last code unit (read first, in place): "as", "formerly",
 * "called", « anciennement », « appelée », « nom de », باسم, سابقا. Any other word before the mention ends
 * the test without a slice.
 */
const MARKERS = new Map<number, readonly string[]>();
for (const w of [
  ...['as', 'formerly', 'previously', 'called', 'named', 'anciennement', 'appelé', 'appelée', 'de', "d'", 'd’'],
  ...['باسم', 'سابقا'],
]) {
  const c = w.charCodeAt(w.length - 1);
  MARKERS.set(c, [...(MARKERS.get(c) ?? []), w]);
}

/** An adverb of a former time, then at most five words up to the name (known as; connue sous le nom d'; باسم). */
const FORMERLY =
  /(?:^|[^\p{L}])(?:formerly|previously|once|anciennement|سابقا)(?:[ \u00a0]+[\p{L}'’]+){0,5}[ \u00a0]*[«"“'‘]?[ \u00a0]*$/iu;
/** How far back the adverb and the company's noun are read (one clause of a market report). */
const REACH = 140;

/**
 * Nouns and legal forms of a company, lower-cased; Arabic without its article. Not "group" (« groupe »,
 * مجموعة): a paramilitary group is renamed too, and keeps its story.
 */
const COMPANY_WORDS = new Set<string>([
  ...[
    'company',
    'firm',
    'corporation',
    'corp',
    'inc',
    'ltd',
    'plc',
    'producer',
    'explorer',
    'maker',
    'brand',
    'shares',
  ],
  ...['société', 'entreprise', 'firme', 'pétrolier', 'producteur', 'marque', 'شركة', 'منتج', 'سهم'],
]);
const WORDS = /[\p{L}\p{M}]+/gu;
/** Arabic proclitics and the article before a company's noun: وللشركة، بالشركة، المنتج (tried besides the word). */
const ARABIC_PREFIX = /^[وف]?(?:[بل]?ال|لل|[بل])/u;
/** Markers read only after a word of theirs: known as; nom de, nom d'. */
const AFTER = new Map<string, string>([
  ['as', 'known'],
  ['de', 'nom'],
  ["d'", 'nom'],
  ['d’', 'nom'],
]);
/** The end of the clause before the adverb: a sentence's or a paragraph's. */
const CLAUSE_END = /[.;!?\n؛][^.;!?\n؛]*$/u;

/** Whether `text` ends at `gap` with `word`, a whole word. */
function endsWithWord(text: string, gap: number, word: string): boolean {
  const from = gap - word.length;
  if (from < 0 || !text.startsWith(word, from)) return false;
  return !letterAt(text, from - 1);
}

/** Whether the mention at `start` is a company's former name (above). */
export function formerName(text: string, start: number): boolean {
  // An opening quote or an elided « d' » may stand between the marker and the name.
  const b = text.charCodeAt(start - 1);
  const elided = b === 0x27 || b === 0x2019;
  let gap = elided ? start : spacesBefore(text, start);
  const q = text.charCodeAt(gap - 1);
  if (!elided && (q === 0xab || q === 0x22 || q === 0x201c)) gap = spacesBefore(text, gap - 1);
  if (gap === start && !elided) return false;
  const markers = MARKERS.get(text.charCodeAt(gap - 1));
  const marker = markers?.find((w) => endsWithWord(text, gap, w));
  if (marker === undefined) return false;
  const head = AFTER.get(marker);
  if (head !== undefined && !endsWithWord(text, spacesBefore(text, gap - marker.length), head)) return false;
  const before = text.slice(Math.max(0, start - REACH), start);
  const adverb = FORMERLY.exec(before);
  if (adverb === null) return false;
  // The company is named before the adverb, in its clause.
  const clause = before.slice(0, adverb.index);
  const cut = CLAUSE_END.exec(clause);
  const words = (cut === null ? clause : clause.slice(cut.index)).match(WORDS) ?? [];
  return words.some((w) => {
    const lower = w.toLowerCase();
    return COMPANY_WORDS.has(lower) || COMPANY_WORDS.has(lower.replace(ARABIC_PREFIX, ''));
  });
}
