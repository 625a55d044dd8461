/**
 * The US recognition written as a clause. Pages vary the verb's tense and person (اعترفت، تعترف، يعترف،
 * اعتراف، اعترافها), its subject (الولايات المتحدة، واشنطن، أمريكا، ترامب، البيت الأبيض، الإدارة الأمريكية), the
 * word order and the object (بسيادة المغرب على الصحراء، على صحرائه، على كامل الصحراء، بالسيادة الكاملة للمملكة على
 * أراضيها الجنوبية، بمغربية الصحراء): the pack's fixed phrases cannot list them all. Read here: a word of
 * recognition, a sovereignty object over the territory, and who recognizes (event-agent.ts: the subject
 * between the verb and its object, the masdar's genitive, else the clause's actor before it; or «من جانب
 * باريس» after it). The US as the actor makes the clause one name, the recognition: the names inside it are
 * its own (eval/README.md counting rules). Another actor, a recognition in prospect («خطوة نحو
 * الاعتراف…») or a negated one («لم تعترف…»), makes it another act: a fixed phrase of the pack there is
 * withdrawn and the names in it count as themselves.
 *
 * Pure: reads the folded text (normalise.ts), knows nothing of the DOM.
 */
import { ACCEPT, REJECT } from './context';
import type { AgentVerdict, EventAgents } from './event-agent';
import { wordStartAt, wordsAfter, wordsBefore } from './folded-words';
import { foldString, foldedSet } from './normalise';

/** The entity whose clauses are read. */
export const RECOGNITION = 'us-recognition-western-sahara';

const [AIN, TEH, REH] = [0x639, 0x62a, 0x631];
/**
 * The stem of the words of recognition (اعترف، تعترف، اعتراف). Ain is common in Arabic (على، مع، عن): a
 * search stopping at each for the first stem cost 5 % of find. The matcher's automaton finds the stem with
 * its names instead (matcher-compile.ts), at no cost where no text holds it.
 */
export const STEM = 'عتر';
/** The object's head after its preposition ب, and the words of a Moroccan sovereignty between it and على. */
const HEADS = foldedSet(['سيادة', 'السيادة', 'مغربية']);
const MOROCCAN = foldString('مغربية');
const OWNER = foldedSet(['المغرب', 'المغربية', 'المملكة', 'للمملكة', 'الكاملة']);
const ON = foldString('على');
/** Words of extent before the territory (على كامل الصحراء), and the territory's words. */
const EXTENT = foldedSet(['كامل', 'كافة', 'إقليم']);
const LAND = foldedSet(['الصحراء', 'صحرائه', 'أراضيه', 'أراضيها', 'الأقاليم']);
const LAND_TAIL = foldedSet(['الغربية', 'الجنوبية', 'المغربية']);
/** The kingdom's lands, all of them (على أراضيه منذ 1786) unless its southern ones (أراضيه الجنوبية). */
const LANDS = foldedSet(['أراضيه', 'أراضيها']);
const SOUTHERN = foldString('الجنوبية');
/** Words before it of a recognition not made (لم تعترف، لن تعترف) or not yet (خطوة نحو الاعتراف). */
const NOT_MADE = foldedSet(['نحو', 'لم', 'لن', 'لا']);
/** Words after the object that bring its actor (من جانب باريس، من قبل واشنطن). */
const BY = foldedSet(['جانب', 'قبل']);
const FROM = foldString('من');

export interface Clause {
  /** Folded span [tok, end) of the clause, from its word of recognition to its territory. */
  tok: number;
  end: number;
  /** ACCEPT: the US recognizes; REJECT: another act. */
  verdict: AgentVerdict;
}

/**
 * Clauses of recognition in folded chars[0, length) whose actor or prospect says whose act they are.
 * `first`: where the stem first starts in chars[1, length - 3), or -1 (the matcher's scan says).
 */
export function recognitionClauses(
  chars: Uint16Array,
  length: number,
  first: number,
  agents: EventAgents,
  text: string,
  starts: ArrayLike<number>,
): Clause[] {
  const out: Clause[] = [];
  // Past the first stem, the next ain found by the typed array's own search: a loop over every unit cost 7 % of find.
  for (let p = first; p >= 1 && p < length - 3; p = chars.indexOf(AIN, p + 1)) {
    if (chars[p + 1] !== TEH || chars[p + 2] !== REH) continue;
    const tok = wordStartAt(chars, p, 0);
    // the rest of its word, then the words after it: up to four of a subject before the object's head
    const tokens = wordsAfter(chars, length, p, 16, 200);
    let i = 1;
    while (i < 5 && i < tokens.length && !/[.،,؛;؟!]/u.test(tokens[i]!.sep)) {
      const w = tokens[i]!.word;
      if (w.charCodeAt(0) === 0x628 && HEADS.has(w.slice(1))) break;
      if (w.includes(STEM)) i = tokens.length; // another word of recognition: its own clause
      i++;
    }
    const head = tokens[i]?.word ?? '';
    if (!HEADS.has(head.slice(1))) continue;
    let j = i + 1;
    if (!head.endsWith(MOROCCAN)) {
      while (OWNER.has(tokens[j]?.word ?? '') && j < i + 4) j++;
      if (j++ === i + 1 || tokens[j - 1]?.word !== ON) continue;
    }
    while (EXTENT.has(tokens[j]?.word ?? '')) j++;
    const land = tokens[j]?.word ?? '';
    if (!LAND.has(land) || (LANDS.has(land) && tokens[j + 1]?.word !== SOUTHERN)) continue;
    if (LAND_TAIL.has(tokens[j + 1]?.word ?? '') && tokens[j + 1]!.sep === ' ') j++;
    let end = p;
    for (let k = 0; k <= j; k++) end += tokens[k]!.sep.length + tokens[k]!.word.length;
    // Its subject nearest first (each separator then its neighbour's: spaces, as no punctuation was crossed).
    const notMade = NOT_MADE.has(wordsBefore(chars, tok, 1, 12)[0]?.word ?? '');
    let verdict = notMade ? REJECT : agents.actor(RECOGNITION, tokens.slice(1, i).reverse(), chars, tok, text, starts);
    // After the object its actor's words run away from it, in reading order (the nearest first).
    if (!notMade && verdict !== ACCEPT && tokens[j + 1]?.word === FROM && BY.has(tokens[j + 2]?.word ?? ''))
      verdict = agents.actor(RECOGNITION, tokens.slice(j + 3, j + 6), chars, tok, text, starts, true);
    if (verdict === ACCEPT || verdict === REJECT) out.push({ tok, end, verdict });
    p = end;
  }
  return out;
}
