/**
 * A name written about as a word, not used as a name: the headword of a disambiguation or surname
 * page and its list entries ("Sahara (disambiguation)", "Sahara may refer to:", "Langley is an
 * English surname", "Sahara (1943 film)", « Langley peut désigner : », « Langley (homonymie) », « X est
 * un nom de famille »), as encyclopedias, their mirrors and name-meaning sites write it. Such a mention
 * names no sense; the page lists the name's senses, and only the entries it writes in full count
 * (page-evidence.ts: a `word` mark).
 *
 * Arabic headwords (الساحل (توضيح)، قد تشير كلمة الساحل إلى:) are read by arabic-headword.ts.
 *
 * Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { arabicHeadword } from './arabic-headword';
import { isWordChar } from './boundaries';
import { text } from './folded-words';

/** The first words of a phrase that defines the name as a word; read further only after one of them. */
const OPENERS = new Set('may can most is peut est'.split(' '));

/**
 * What follows the name, in folded text (lower case, no diacritics), that makes it a headword: a label in
 * the parenthesis right after it, alone (Langley (surname), « Langley (homonymie) »: not "(name withheld)"
 * nor "(band of semi-arid land)", review19), or a phrase that defines it as a word. A verb of reference only
 * before a list's colon ("Sahara may also refer to:"): a person refers to things too ("Langley may refer to
 * the review in his testimony", "Langley refers to Morocco as a partner").
 */
const HEADWORD =
  /^(?:\((?:disambiguation|surname|given name|homonymie|patronyme|prenom)\)|(?:may|can) (?:also )?refer to ?:|most (?:often |commonly )?refers to ?:|is (?:also )?an? (?:\w+ ){0,2}(?:surname|given name)\b|peut (?:aussi |egalement )?(?:designer|faire reference a) ?:|est (?:aussi )?un (?:\w+ )?(?:nom de famille|patronyme|prenom)\b)/;

/**
 * The name's usual sense as a list of senses opens it ("Sahara most often refers to the desert."): a headword
 * only on the entry line of such a page (opensEntry). Inside a paragraph of prose it is a
 * sentence about the word's use ("forecasters say the Sahara most often refers to the desert", review20).
 */
const USUAL_SENSE = /^most (?:often |commonly )?refers to\b/;

/**
 * The same sentence going on to the name's other senses, with the verb left out: "Sahara most often refers
 * to the desert; in music, to a band" lists senses wherever it stands (mend20).
 */
const MORE_SENSES = /^most (?:often |commonly )?refers to [^;.]{1,60}; (?:in|as|for|on) [^,;.]{1,30}, to\b/;

/** How many code units after the name a list of senses in one sentence is read. */
const SENSES_REACH = 120;

/**
 * A work's title: the name with its label ending the parenthesis (Sahara (1943 film), Sahara (roman)). It
 * names the work, and says so of itself only: a film in a desert page's see-also leaves the page's other
 * mentions as they are (review19), as a headword would not.
 */
const WORK = /^\((?:[^)]{0,24} )?(?:film|novel|band|roman)\)/;

/** A name written as a word: a headword of the page's list of senses, or a work's title. */
export type AsWord = 'word' | 'work' | null;

/** How many code units after the name the phrase may take. */
const PHRASE_REACH = 48;

/**
 * Whether the mention at folded [tok, e) (its name at [s, e), after any proclitics) is written as a word,
 * in the script of its name.
 */
export function writtenAsWord(chars: Uint16Array, length: number, tok: number, s: number, e: number): AsWord {
  const c = chars[s]!;
  if (c >= 0x0600 && c <= 0x06ff) return arabicHeadword(chars, length, tok, s, e) ? 'word' : null;
  return latinHeadword(chars, length, tok, e);
}

/**
 * What may stand before the name on the entry line of a list of senses: marks (a bullet, a quote), a list's
 * number or letter ("1.", "b)"), and the noun that names it a word ("The term Sahara most often refers to",
 * « Le mot Sahara »), opening the block; not a paragraph's words ("Heatwave: the word Sahara…", review20).
 */
const ENTRY_START = /^\W*(?:(?:\d{1,3}|[a-z])[.)]\W*)?(?:(?:the|le) (?:term|name|word|terme|nom|mot) )?$/;

/** Whether the mention at folded `tok` opens its block's entry line (ENTRY_START). */
const opensEntry = (chars: Uint16Array, tok: number): boolean => tok <= 24 && ENTRY_START.test(text(chars, 0, tok));

/**
 * How the Latin name at folded [tok, e) is written as a word: a label in the parenthesis right after
 * it, or a phrase after it that defines it as a word. Cheap tests first: most names are followed by
 * no parenthesis and no opener. ("The surname Langley" alone is left: such a page has one of these too.)
 */
function latinHeadword(chars: Uint16Array, length: number, tok: number, e: number): AsWord {
  if (e + 2 >= length || chars[e] !== 0x20) return null;
  const c = chars[e + 1]!;
  if (c !== 0x28) {
    // An opener's initial (m, c, i, p, e) before any string: most names are followed by other words.
    if (c !== 0x6d && c !== 0x63 && c !== 0x69 && c !== 0x70 && c !== 0x65) return null;
    let p = e + 2;
    while (p < length && p < e + 6 && isWordChar(chars[p]!)) p++;
    if (!OPENERS.has(text(chars, e + 1, p))) return null;
  }
  const after = text(chars, e + 1, Math.min(length, e + 1 + PHRASE_REACH));
  if (HEADWORD.test(after)) return 'word';
  if (c === 0x6d && USUAL_SENSE.test(after)) {
    if (opensEntry(chars, tok) || MORE_SENSES.test(text(chars, e + 1, Math.min(length, e + 1 + SENSES_REACH))))
      return 'word';
    return null;
  }
  return c === 0x28 && WORK.test(after) ? 'work' : null;
}
