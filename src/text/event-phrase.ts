/**
 * An event named by a phrase a writer builds, not by a fixed string: the US recognition is written
 * "recognition of Moroccan sovereignty over the Western Sahara", "recognized Rabat's sovereignty over
 * Western Sahara", "recognizes Moroccan sovereignty over the entire Western Sahara territory",
 * "recognize Morocco's claim to Western Sahara", « reconnaissance de la souveraineté du Maroc sur
 * l'ensemble du Sahara occidental », اعتراف الولايات المتحدة بسيادة المغرب على كامل الصحراء. Listing
 * every combination of head, owner, article and territory would take thousands of aliases; a small
 * grammar reads them all: a head word (the pattern the automaton finds) then a sequence of steps,
 * each a closed set of word sequences, some optional. The phrase ends with its last word read.
 *
 * Who recognizes is not the grammar's business: event-agent.ts decides that as for any alias.
 *
 * Pure: reads folded text (normalise.ts) after a head, knows nothing of the DOM. Words are compared
 * by their hash (folded-words.ts), so a head not followed by the grammar costs no string.
 */
import { isWordChar } from './boundaries';
import { unitsHash, wordHash } from './folded-words';
import { foldString } from './normalise';

/** One step: its options (each a sequence of words as written), and whether it may be left out. */
export interface PhraseStep {
  options: readonly string[];
  optional?: boolean;
}

/** A grammar: the head words (verb and noun forms) and the ways the phrase may go on after one. */
export interface PhraseGrammar {
  heads: readonly string[];
  paths: readonly (readonly PhraseStep[])[];
  /** How the entity's other aliases may go on ("US recognition of Moroccan sovereignty" + "over the Sahara"). */
  tails: readonly (readonly PhraseStep[])[];
}

const opt = (...options: string[]): PhraseStep => ({ options, optional: true });
const req = (...options: string[]): PhraseStep => ({ options });

/** English: head + (of) + owner + sovereignty/claim + over/to + (the entire …) + a Western Sahara name. */
const EN_TERRITORY = [
  req('over', 'to'),
  opt('the', 'the entire', 'the whole of', 'the whole of the', 'the whole', 'all of', 'all of the', 'its', 'entire'),
  req(
    'Western Sahara',
    'West Sahara',
    'Sahara',
    'Moroccan Sahara',
    'territory',
    'disputed territory',
    'disputed Western Sahara',
    'southern provinces',
  ),
  // the whole territory of Western Sahara
  opt('territory', 'region', 'of Western Sahara', 'of the Western Sahara'),
];
const EN_HEAD_LINK = opt('of', 'by the United States of', 'by the US of', 'by Washington of');
const EN_OWNER = opt(
  'Moroccan',
  "Morocco's",
  "Rabat's",
  'its',
  "the kingdom's",
  "the Kingdom of Morocco's",
  'the Moroccan',
  'the',
);
const EN_FULL = opt('full', 'complete');
const EN_NOUN = req(
  'sovereignty',
  'claim',
  'claims',
  'sovereignty of Morocco',
  'sovereignty of the Kingdom of Morocco',
  'sovereignty of the kingdom',
);

const FR_SUR = req('sur');
/** French: head + (américaine | par les États-Unis) + de + la + (pleine) souveraineté + du Maroc + sur + … */
const FR_LINK = opt(
  'de',
  'américaine de',
  'des États-Unis de',
  'par les États-Unis de',
  'par Washington de',
  'américaine de la',
  'de la',
);
const FR_PATH = [
  FR_LINK,
  opt('la', 'l'),
  opt('pleine', 'pleine et entière', 'entière'),
  req('souveraineté'),
  opt('pleine et entière', 'pleine', 'entière'),
  opt('du Maroc', 'marocaine', 'de Rabat', 'du Royaume', 'du royaume du Maroc'),
  FR_SUR,
  opt('le', 'l', "l'ensemble du", 'ensemble du', 'tout le', "l'intégralité du", 'la totalité du', 'ce', 'les', 'son'),
  req(
    'Sahara occidental',
    'Sahara marocain',
    'Sahara',
    'territoire',
    'territoire du Sahara',
    'territoire du Sahara occidental',
    'provinces du Sud',
    'provinces sahariennes',
  ),
];

/** Arabic: head + (its actor) + بسيادة/بالسيادة + المغرب/المغربية + (الكاملة) + على + (كامل) + الصحراء … */
const AR_PATH = [
  opt(
    'الأمريكي',
    'الأميركي',
    'الرئاسي الأمريكي',
    'واشنطن',
    'أمريكا',
    'أميركا',
    'الولايات المتحدة',
    'الولايات المتحدة الأمريكية',
    'ترامب',
  ),
  req('بسيادة', 'بالسيادة'),
  opt('المغرب', 'المغربية', 'الرباط', 'المملكة'),
  opt('الكاملة', 'التامة', 'الكاملة والتامة'),
  req('على'),
  opt('كامل', 'كافة', 'كل', 'مجمل', 'إقليم'),
  req('الصحراء الغربية', 'الصحراء المغربية', 'الصحراء', 'صحرائه', 'الأقاليم الجنوبية', 'أقاليمه الجنوبية'),
];

const PHRASE_GRAMMARS: Readonly<Record<string, PhraseGrammar>> = {
  'us-recognition-western-sahara': {
    heads: [
      'recognition',
      'recognize',
      'recognizes',
      'recognized',
      'recognizing',
      'recognise',
      'recognises',
      'recognised',
      'recognising',
      'reconnaissance',
      'reconnaître',
      'reconnu',
      'reconnaît',
      'reconnaissant',
      'reconnaissent',
      'reconnaîtra',
      'اعتراف',
      'الاعتراف',
      'يعترف',
      'تعترف',
      'اعترفت',
      'اعترف',
    ],
    paths: [
      [EN_HEAD_LINK, EN_OWNER, EN_FULL, EN_NOUN, ...EN_TERRITORY],
      // the recognition of the Moroccan Sahara: the territory named as Morocco's
      [req('of'), opt('the'), req('Moroccan Sahara', 'Moroccanness of the Sahara', "Morocco's Sahara")],
      FR_PATH,
      [opt('de', 'américaine de'), opt('la'), req('marocanité du Sahara', 'marocanité du Sahara occidental')],
      AR_PATH,
      [opt('الأمريكي', 'الأميركي', 'واشنطن', 'أمريكا', 'الولايات المتحدة'), req('بمغربية الصحراء')],
    ],
    tails: [EN_TERRITORY, FR_PATH.slice(FR_PATH.indexOf(FR_SUR)), AR_PATH.slice(1)],
  },
};

/** At most this many words are read after a head. */
const MAX_WORDS = 16;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** A compiled step: its options as word-hash sequences. */
interface Step {
  options: readonly (readonly number[])[];
  optional: boolean;
}

export class EventPhrases {
  private readonly grammars = new Map<string, { heads: ReadonlySet<number>; paths: Step[][]; tails: Step[][] }>();
  /** Scratch: the hashes and ends of the words after a head. */
  private readonly hashes = new Int32Array(MAX_WORDS);
  private readonly ends = new Int32Array(MAX_WORDS);

  constructor(grammars: Readonly<Record<string, PhraseGrammar>> = PHRASE_GRAMMARS) {
    for (const [id, g] of Object.entries(grammars))
      this.grammars.set(id, {
        heads: new Set(g.heads.map((h) => wordHash(foldString(h)))),
        paths: g.paths.map(compile),
        tails: g.tails.map(compile),
      });
  }

  /** The head words of `entityId`'s grammar, as written (aliases the automaton finds): none without one. */
  static heads(
    entityId: string,
    grammars: Readonly<Record<string, PhraseGrammar>> = PHRASE_GRAMMARS,
  ): readonly string[] {
    return grammars[entityId]?.heads ?? [];
  }

  has(entityId: string): boolean {
    return this.grammars.has(entityId);
  }

  /** Whether the folded chars[s, e) are a head of `entityId`'s grammar (not one of its other aliases). */
  isHeadAt(entityId: string, chars: Uint16Array, s: number, e: number): boolean {
    return this.grammars.get(entityId)?.heads.has(unitsHash(chars, s, e)) === true;
  }

  /**
   * Where the phrase whose head ends at folded offset `e` ends (the end of its last word), or -1
   * when no path of the grammar reads on from there.
   */
  extend(entityId: string, chars: Uint16Array, length: number, e: number): number {
    const g = this.grammars.get(entityId);
    return g === undefined ? -1 : this.longest(g.paths, chars, length, e);
  }

  /** Where another alias of `entityId` ending at `e` ends with its tail (its territory), or -1: none. */
  extendTail(entityId: string, chars: Uint16Array, length: number, e: number): number {
    const g = this.grammars.get(entityId);
    return g === undefined ? -1 : this.longest(g.tails, chars, length, e);
  }

  private longest(paths: readonly Step[][], chars: Uint16Array, length: number, e: number): number {
    const n = this.read(chars, length, e);
    if (n === 0) return -1;
    let best = -1;
    for (const path of paths) best = Math.max(best, this.match(path, 0, 0, n));
    return best > 0 ? this.ends[best - 1]! : -1;
  }

  /** Reads up to MAX_WORDS words after `p`, joined by a space, an apostrophe or a hyphen; their count. */
  private read(chars: Uint16Array, length: number, p: number): number {
    let n = 0;
    while (n < MAX_WORDS && p < length) {
      let w = p;
      while (w < length && !isWordChar(chars[w]!)) {
        const c = chars[w]!;
        if (c !== SPACE && c !== APOSTROPHE && c !== HYPHEN) return n;
        w++;
      }
      if (w === p || w === length) return n;
      let end = w;
      while (end < length && isWordChar(chars[end]!)) end++;
      this.hashes[n] = unitsHash(chars, w, end);
      this.ends[n++] = end;
      p = end;
    }
    return n;
  }

  /** The most words path[k …] reads from word `i` on (of n read): -1 when it cannot. */
  private match(path: readonly Step[], k: number, i: number, n: number): number {
    if (k === path.length) return i;
    const step = path[k]!;
    let best = step.optional ? this.match(path, k + 1, i, n) : -1;
    outer: for (const words of step.options) {
      if (i + words.length > n) continue;
      for (let j = 0; j < words.length; j++) if (this.hashes[i + j] !== words[j]) continue outer;
      best = Math.max(best, this.match(path, k + 1, i + words.length, n));
    }
    return best;
  }
}

function compile(path: readonly PhraseStep[]): Step[] {
  return path.map((step) => ({
    optional: step.optional === true,
    options: step.options.map((o) => wordsOf(o).map(wordHash)),
  }));
}

/** The folded words of a phrase as the reader splits them. */
function wordsOf(phrase: string): string[] {
  const folded = foldString(phrase);
  const out: string[] = [];
  let w = '';
  for (let i = 0; i < folded.length; i++) {
    if (isWordChar(folded.charCodeAt(i))) w += folded[i];
    else if (w !== '') {
      out.push(w);
      w = '';
    }
  }
  if (w !== '') out.push(w);
  return out;
}
