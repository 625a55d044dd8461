/**
 * The word that governs a name shared by two senses decides it, mention by mention. The Sahara is
 * the desert when one crosses it, camps in its dunes or watches its dust ("traverser le Sahara",
 * "كثبان الصحراء", "Sand from the Sahara"), and the disputed territory when it is a file, a
 * question or a conflict ("le dossier du Sahara", "نزاع الصحراء", "the Sahara file"). That word is
 * the name's nearest evidence, so it outranks the words of its window and the page's other mentions:
 * a travel page may carry one line about the conflict, a conflict page one line about the dunes.
 *
 * The governing word is the word right after the name, or one of the MAX_BEFORE words before it in
 * the same clause (the nearest first): "the dispute over the Sahara", "تعبر شاحنات النقل الدولي
 * الصحراء". Arabic proclitics and the article are allowed on it (لنزاع, بمغربية, النزاع).
 *
 * The engine (matcher.ts) also reads rival rules against each other, whichever it reads first: a
 * shared name whose window rejects one sense (the territory's vetoes are the desert's words) and
 * leaves the other open is the other's. Only names both rivals have go by these words.
 *
 * Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { COPULAS } from './address-shape';
import { ACCEPT, REJECT, UNDECIDED, type Verdict } from './context';
import { isArabicInitial, isWordChar } from './boundaries';
import { text, wordEndAt, wordStartAt } from './folded-words';
import { foldString, foldedSet } from './normalise';
import { type SenseHeadWords } from './sense-head-words';

/**
 * Directions: what lies south or north of the bare Sahara is the desert's (Africa south of the Sahara,
 * au sud du Sahara, أفريقيا جنوب الصحراء: blind15). Only right before "of"/"du" and the name (in Arabic,
 * right before it), and not before a longer name: the south of the Moroccan Sahara is the territory's.
 */
const DIRECTIONS = foldedSet(['south', 'north', 'sud', 'nord', 'جنوب', 'شمال']);
const DIRECTION_ENTITY = 'sahara-desert';
/** The words that may stand between a direction and the name (south of the, au sud du). */
const DIRECTION_LINKS = new Set(['of', 'the', 'du', 'de', 'la']);

/** Whether folded chars[s, e) is one word (Sahara, الصحراء), not a longer name (Moroccan Sahara). */
function oneWord(chars: Uint16Array, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (!isWordChar(chars[p]!)) return false;
  return true;
}

/**
 * Whether an Arabic nisba adjective follows the name at folded `e` (الصحراء المغربية, الغربية): a
 * longer name, whose south is the territory's.
 */
function adjectiveAfter(chars: Uint16Array, e: number): boolean {
  let p = e;
  while (p < chars.length && chars[p] === 0x20) p++;
  const from = p;
  while (p < chars.length && isWordChar(chars[p]!)) p++;
  return p > from + 4 && /^ال.*ي[ةه]$/u.test(text(chars, from, p));
}

/** How many words before the name may govern it. */
export const MAX_BEFORE = 4;

/** Punctuation that ends a clause: a word beyond it governs something else. */
const CLAUSE_END = new Set([...',;:.!?()،؛؟'].map((c) => c.charCodeAt(0)));

/** Words after which a head word means something else: يعبر عن (expresses), not يعبر (crosses). */
const NOT_AFTER_HEAD = new Set(['عن']);

/** Relative pronouns whose clause says what is done to the name before them. */
const RELATIVES = new Set(['qu', 'que', 'qui', 'which', 'that']);
/** How many words of a relative clause are read. */
const RELATIVE_REACH = 3;
/**
 * How many words of a copula's predicate are read (the Sahara is the kingdom's first priority, le Sahara
 * reste la priorité absolue): its noun says what the name is.
 */
const PREDICATE_REACH = 5;
/**
 * Prepositions that end a predicate's noun phrase: a head after one governs another noun ("is at the heart
 * of the dispute", « est au cœur du conflit »: the heart is the dispute's, not the Sahara's).
 */
const PREPOSITIONS = foldedSet([
  ...['at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'to', 'with'],
  ...['à', 'au', 'aux', 'avec', 'dans', 'de', 'des', 'du', 'en', 'par', 'pour', 'sur'],
]);

/** Arabic proclitic letters (و ف ب ك ل) and the article. */
const PROCLITIC = /^[وفبكل]/u;
const ARTICLE = 'ال';

export class SenseHeads {
  /** Folded head word → its entity. */
  private readonly byWord = new Map<string, string>();
  private readonly entities = new Set<string>();

  /** @param heads per entity, its head words as written (sense-head-words.ts: the record's `senseHeads`) */
  constructor(heads: SenseHeadWords) {
    for (const [entityId, words] of Object.entries(heads)) {
      for (const w of words) {
        const f = foldString(w);
        const other = this.byWord.get(f);
        if (other !== undefined && other !== entityId) throw new Error(`sense head "${w}" of ${entityId} and ${other}`);
        this.byWord.set(f, entityId);
      }
      this.entities.add(entityId);
    }
  }

  /** The entities with head words. */
  entityIds(): Iterable<string> {
    return this.entities;
  }

  /** Whether an entity's shared names are decided by their governing word. */
  has(entityId: string): boolean {
    return this.entities.has(entityId);
  }

  /** The entity of a folded word, allowing up to two proclitics and the article before it. */
  private entityOf(word: string): string | undefined {
    let w = word;
    for (let k = 0; k <= 2; k++) {
      const hit = this.byWord.get(w) ?? (w.startsWith(ARTICLE) ? this.byWord.get(w.slice(2)) : undefined);
      if (hit !== undefined) return hit;
      if (!PROCLITIC.test(w) || w.length < 3) return undefined;
      w = w.slice(1);
    }
    return undefined;
  }

  /** The entity whose word governs the name at folded [s, e), or null. */
  headOf(chars: Uint16Array, length: number, s: number, e: number): string | null {
    return this.after(chars, length, e) ?? this.before(chars, s, e);
  }

  /**
   * The word right after the name, separated by a space or a hyphen only (the Sahara file), a
   * verb of a relative clause on it (le Sahara, qu'il parcourait; the Sahara, which they crossed), or
   * the noun of a copula's predicate, before any preposition (le Sahara marocain reste la priorité…).
   * Not in Arabic, where the word after a name is its adjective (الصحراء المغربية), not its head.
   */
  private after(chars: Uint16Array, length: number, e: number): string | null {
    const words: string[] = [];
    let reach = RELATIVE_REACH;
    let p = e;
    while (words.length < 1 + reach && p < length) {
      const sep = p;
      while (p < length && !isWordChar(chars[p]!)) p++;
      const gap = text(chars, sep, p);
      // The compound's word is attached; a relative clause may follow a comma; its words, apostrophes.
      if (words.length === 0 ? !/^[ ,-]{1,2}$/u.test(gap) : !/^[ ']{1,2}$/u.test(gap)) break;
      if (p >= length || isArabicInitial(chars[p]!)) break;
      const from = p;
      while (p < length && isWordChar(chars[p]!)) p++;
      words.push(text(chars, from, p));
      if (words.length === 1 && COPULAS.has(words[0]!) && !gap.includes(',')) reach = PREDICATE_REACH;
      else if (words.length === 1 && !RELATIVES.has(words[0]!)) {
        if (gap.includes(',')) break; // a comma ends the compound
        return this.entityOf(words[0]!) ?? null;
      }
    }
    const predicate = reach === PREDICATE_REACH;
    for (const w of words.slice(1)) {
      if (predicate && PREPOSITIONS.has(w)) break;
      const hit = this.entityOf(w);
      if (hit !== undefined) return hit;
    }
    return null;
  }

  /** The words before the name in its clause, the nearest first; `next` is the word after the one read. */
  private before(chars: Uint16Array, s: number, e: number): string | null {
    let p = s;
    let next = '';
    // Only links (of, the, du) read so far: a direction before them governs the name.
    let linked = true;
    for (let n = 0; n < MAX_BEFORE; n++) {
      while (p > 0 && !isWordChar(chars[p - 1]!)) {
        if (CLAUSE_END.has(chars[p - 1]!)) return null;
        p--;
      }
      const to = p;
      while (p > 0 && isWordChar(chars[p - 1]!)) p--;
      if (p === to) return null;
      const word = text(chars, p, to);
      const hit = this.entityOf(word);
      if (hit !== undefined && !NOT_AFTER_HEAD.has(next)) return hit;
      if (linked && DIRECTIONS.has(word) && this.has(DIRECTION_ENTITY) && oneWord(chars, s, e)) {
        const arabic = isArabicInitial(chars[p]!);
        if (arabic ? n === 0 && !adjectiveAfter(chars, e) : n > 0 && next !== 'the') return DIRECTION_ENTITY;
      }
      linked &&= DIRECTION_LINKS.has(word);
      next = word;
    }
    return null;
  }

  /**
   * What the governing word says of the name at [s, e) for `entityId`: ACCEPT when it is that
   * entity's, REJECT when it is a rival's, UNDECIDED when none governs it.
   */
  verdict(entityId: string, chars: Uint16Array, length: number, s: number, e: number): Verdict {
    const head = this.headOf(chars, length, s, e);
    return head === null ? UNDECIDED : head === entityId ? ACCEPT : REJECT;
  }
}

/** How many words after another sense's head noun (or after the name) are read for one of the entity's own. */
const STORY_REACH = 2;

/**
 * The other sense's nouns that are also ranks of the entity's people: only their complement may name the
 * entity's unit ("chief of the battalion", « chef Apache de l'escadrille »); a tribe's warriors, lands or
 * dances "of the regiment" are still the tribe's (review20).
 */
const RANKS = new Set(['chief', 'chef']);

/** Words that open a noun's complement: "chief of the battalion", « chef Apache du bataillon, d'escadrille ». */
const COMPLEMENT_OPENERS = new Set(['of', 'de', 'du', 'des', 'd']);

/**
 * Articles, read free only right after a complement's opener ("of the squadron", « de la base », « de
 * l'escadrille »); a bare one after the noun starts another phrase: "the Apache chief the regiment pursued".
 */
const ARTICLES = new Set(['the', 'a', 'an', 'la', 'le', 'les', 'l', 'un', 'une']);

/** How the words after a noun are read: its compound only, its compound or complement, its complement only. */
type Reach = 'compound' | 'either' | 'complement';

/**
 * Whether one of the STORY_REACH words after folded `p` (spaces and hyphens between, the apostrophe of an
 * elided l' or d' only) is in `story`: the compound or complement whose noun is the entity's, as "chief
 * warrant officers", "chief instructor pilot", « chef Apache de la base » (review20); not "the chief's
 * pilots", a person's, nor a unit named by others it gathers: « chef apache de l'escadron d'éclaireurs ».
 */
function storyNear(story: ReadonlySet<string>, chars: Uint16Array, length: number, p: number, reach: Reach): boolean {
  let opened = false;
  let prev = '';
  for (let k = 0; k < STORY_REACH && p + 1 < length;) {
    const c = chars[p]!;
    if (c !== 0x20 && c !== 0x2d && (c !== 0x27 || (prev !== 'l' && prev !== 'd'))) return false;
    const from = ++p;
    p = wordEndAt(chars, p, length);
    const word = text(chars, from, p);
    if (story.has(word)) return !opened || !othersComplement(story, chars, length, p);
    const first = k === 0 && prev === '';
    if (first && reach !== 'compound' && COMPLEMENT_OPENERS.has(word)) opened = true;
    else if (ARTICLES.has(word) && !(opened && COMPLEMENT_OPENERS.has(prev))) return false;
    else if (first && reach === 'complement') return false;
    else if (!ARTICLES.has(word)) k++;
    prev = word;
  }
  return false;
}

/** Whether the unit noun ending at folded `p` has a complement of its own not in `story`: « de la base de San Carlos ». */
function othersComplement(story: ReadonlySet<string>, chars: Uint16Array, length: number, p: number): boolean {
  if (chars[p] !== 0x20) return false;
  let end = wordEndAt(chars, p + 1, length);
  if (!COMPLEMENT_OPENERS.has(text(chars, p + 1, end))) return false;
  // The opener, then an article it may take (« de la », « de l' »), then the complement's noun.
  for (let k = 0; k < 2 && (chars[end] === 0x20 || chars[end] === 0x27); k++) {
    const q = end + 1;
    end = wordEndAt(chars, q, length);
    const word = text(chars, q, end);
    if (k === 0 && ARTICLES.has(word)) continue;
    return end > q && !story.has(word);
  }
  return false;
}

/**
 * Whether the word before the name at folded `s` is one of the story's possessive owners, written so in the
 * pack: "the battalion's Apache chief" (not "the regiment's Apache chief of scouts").
 */
const storyOwner = (story: ReadonlySet<string>, chars: Uint16Array, s: number): boolean =>
  chars[s - 2] === 0x73 && chars[s - 3] === 0x27 && story.has(text(chars, wordStartAt(chars, s - 3, 0), s - 1));

/** Other-sense nouns that are also a verb in -s of what the entity does: "the Apache scouts the route". */
const VERB_HEADS = new Set(['scouts']);

/**
 * Words that follow a verb in -s, not a plural noun: a definite determiner opening its object, or an
 * adverb of motion ("scouts the route", "scouts ahead"). A people's noun is followed by its own verb.
 */
const OBJECT_OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'ahead', 'forward']);

/** Whether the word after the noun ending at folded `p`, past one space, is one of OBJECT_OPENERS. */
function objectAfter(chars: Uint16Array, length: number, p: number): boolean {
  if (chars[p] !== 0x20) return false;
  const end = wordEndAt(chars, p + 1, length);
  return OBJECT_OPENERS.has(text(chars, p + 1, end));
}

/** Words that join a second name before a shared head noun: "the Apache and Navajo peoples". */
const COORDINATORS = new Set(['and', 'or', 'et', 'ou']);

/**
 * The nouns that name a bare name's sense from the compound or apposition slot right beside it, per
 * entity, from the pack (Entity.otherHeads, storyHeads): "Apache peoples", "Apache warrior on
 * horseback", « la fondation Apache », « guerrier Apache » are another sense's, whatever the page is
 * about; "Apache pilots", « l'escadrille Apache » the entity's. Only the next word (or the noun after
 * a coordinated name: "Apache and Yavapai peoples") and the word right before are read.
 */
export class BesideHeads {
  /** Per entity, its other-sense and its story head nouns. */
  private readonly heads = new Map<string, readonly [ReadonlySet<string>, ReadonlySet<string>]>();

  constructor(heads: Readonly<Record<string, readonly [readonly string[], readonly string[]]>>) {
    for (const [id, [other, story]] of Object.entries(heads)) this.heads.set(id, [new Set(other), new Set(story)]);
  }

  /** Whether an entity has other-sense head nouns (the cheap test before any reading). */
  has(entityId: string): boolean {
    return this.heads.has(entityId);
  }

  /**
   * Whether a noun of another sense of `entityId` stands right beside the name at folded [s, e), with none
   * of its own right after the name or within STORY_REACH words after that noun.
   */
  otherSense(entityId: string, chars: Uint16Array, length: number, s: number, e: number): boolean {
    const [other, story] = this.heads.get(entityId)!;
    let p = e;
    let coordinated = false;
    while (p + 1 < length && (chars[p] === 0x20 || chars[p] === 0x2d)) {
      const from = ++p;
      while (p < length && isWordChar(chars[p]!)) p++;
      const word = text(chars, from, p);
      if (story.has(word)) return false;
      // …unless a noun of its own follows within STORY_REACH words, or owns the name: "Apache warrior pilot
      // training", "Apache chief warrant pilots" (review19), "the battalion's Apache chief" are the crews'.
      if (other.has(word)) {
        // The Apache scouts the route, each Apache scouts ahead: a verb of the name, not a people's noun.
        if (VERB_HEADS.has(word) && objectAfter(chars, length, p)) return false;
        const reach = RANKS.has(word) ? 'either' : 'compound';
        return !storyNear(story, chars, length, p, reach) && !storyOwner(story, chars, s);
      }
      if (coordinated || !COORDINATORS.has(word) || chars[p] !== 0x20) break;
      // Apache and Yavapai peoples: the noun after the coordinated name
      coordinated = true;
      p++;
      while (p < length && isWordChar(chars[p]!)) p++;
    }
    if (s < 2 || chars[s - 1] !== 0x20) return false;
    let q = s - 1;
    while (q > 0 && isWordChar(chars[q - 1]!)) q--;
    // « le chef Apache de l'escadrille »: the rank's complement after the name names the crews' unit (review20).
    const before = text(chars, q, s - 1);
    return other.has(before) && !(RANKS.has(before) && storyNear(story, chars, length, e, 'complement'));
  }
}
