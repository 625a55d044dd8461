/**
 * Who acts in an event's phrase. A verb phrase of the US recognition ("recognize Morocco's
 * sovereignty over Western Sahara", « reconnaître la souveraineté … », تعترف بسيادة المغرب …) names
 * the event only when the United States recognizes: "Spain refused to recognize …", "Israel followed
 * the United States in recognizing …", "The UN has never recognized …" are other actors' acts, even
 * with a US word in the window. And a roadmap of military cooperation is the US–Moroccan one only
 * when one of its parties is named, not when only other countries are ("Algeria and Russia agreed a
 * defense roadmap").
 *
 * Two checks, per entity (event-agent-rules.ts: EVENT_AGENTS, which the matcher's record carries):
 * - `agent`: the nearest actor before the verb, in its clause, is the event's own (a US country word,
 *   Trump, the White House) or another's (another country, its capital or demonym, the UN, the AU,
 *   the EU). An own actor governed by a word of comparison ("followed the United States in",
 *   « dans le sillage des États-Unis », حذو الولايات المتحدة) is the model, not the actor.
 * - `party`: the first country named after "with"/"between" right after the name, else whether the clause
 *   names one of the event's own (anywhere) or only others.
 * Countries come from foreign-qualifier.ts's tables (countries.ts), in every language at once.
 *
 * Pure: reads the folded text (normalise.ts) around a mention, knows nothing of the DOM.
 */
import { ACCEPT, REJECT, type Verdict } from './context';
import type { ForeignQualifier } from './foreign-qualifier';
import { wordsAfter, wordsBefore, type Token } from './folded-words';
import type { AgentRule, AgentRules } from './event-agent-rules';
import { foldString, foldedSet } from './normalise';

/** Organisations that recognize or refuse to, upper case in the original where also a word (UN, un). */
const ORGANISATIONS = [
  'United Nations',
  'African Union',
  'European Union',
  'Nations unies',
  'Union africaine',
  'Union européenne',
  'الأمم المتحدة',
  'الاتحاد الأفريقي',
  'الاتحاد الأوروبي',
].map((o) => foldString(o));
/** Acronyms of ORGANISATIONS: counted only in capitals (UN, not French un). */
const ORGANISATION_ACRONYMS = new Set(['un', 'au', 'eu', 'onu', 'ua', 'ue']);
/**
 * Words shortly before an actor (MODEL_REACH words, in its clause part) that make it the model of
 * the act, not its agent: "Following the lead of the United States, Israel …".
 */
const MODELS = foldedSet([
  'like',
  'unlike',
  'followed',
  'following',
  'joining',
  'joined',
  'comme',
  'contrairement',
  'suivi',
  'sillage',
  'instar',
  'rejoignant',
  'حذو',
  'غرار',
  'مثل',
  'عكس',
  'خلافا',
]);
/** Arabic proclitics a country's name may carry in a list or after a preposition (والجزائر، بإسرائيل). */
const PROCLITIC = /^[وفبل]/u;
/** The Arabic preposition of a verb's object (يعترف بـ). */
const BEH = 'ب';
const ARABIC_LETTER = /^[\u0620-\u064a]/u;
/** How far back (code units) and how many words an actor is looked for. */
const REACH = 220;
const MAX_WORDS = 18;
const MODEL_REACH = 6;
/** Words right after an act's phrase that bring its agent, and how many words of the agent are read. */
const BY_WORDS = new Set(['by', 'par']);
const BY_REACH = 3;
/** Words after an agreement's name that introduce its parties, and how far they and the parties are read. */
const PARTY_WORDS = new Set(['with', 'between', 'avec', 'entre', 'مع', 'بين']);
const PARTY_REACH = 4;
/** Sentence and clause ends inside a separator; a full stop after a short word is an abbreviation's (U.S.). */
const CLAUSE_END = /[!?;؟؛\n\r]/u;

/** verdict's answer when the clause says nothing: the window's verdict stands. */
export const KEEP = 2;
/** What verdict answers. */
export type AgentVerdict = Verdict | typeof KEEP;

const OWN = 1;
const OTHER = 2;
const MODEL = 3;
const NEUTRAL = 4;

/** A compiled rule: its sets folded once. */
interface Compiled {
  rule: AgentRule;
  own: ReadonlySet<string>;
  neutral: ReadonlySet<string>;
  actors: readonly string[][];
  others: ReadonlySet<string>;
}

export class EventAgents {
  private readonly compiled = new Map<string, Compiled>();

  constructor(
    private readonly qualifier: ForeignQualifier,
    rules: AgentRules,
  ) {
    for (const [id, rule] of Object.entries(rules))
      this.compiled.set(id, {
        rule,
        own: new Set(rule.own),
        neutral: new Set(rule.neutral),
        // nearest word first, as tokens are read
        actors: rule.actors.map((a) =>
          foldString(a)
            .split(/[\s-]+/u)
            .reverse(),
        ),
        others: foldedSet(rule.others ?? []),
      });
  }

  has(entityId: string): boolean {
    return this.compiled.has(entityId);
  }

  /**
   * ACCEPT, REJECT or KEEP (the window's verdict stands) for the mention of `entityId` at folded
   * chars[tok, e) (s: where its pattern starts, proclitics excluded). `text` and `starts` map folded
   * offsets to the original, whose case tells the UN from French "un".
   */
  verdict(
    entityId: string,
    chars: Uint16Array,
    length: number,
    tok: number,
    s: number,
    e: number,
    text: string,
    starts: ArrayLike<number>,
  ): AgentVerdict {
    const c = this.compiled.get(entityId);
    if (c === undefined) return KEEP;
    if (c.rule.check === 'agent') {
      // Its agent written after it: "the recognition of … by Germany", « … par l'Allemagne ».
      const after = wordsAfter(chars, length, e, BY_REACH + 1, 4 * MAX_WORDS);
      if (after[0]?.sep === ' ' && BY_WORDS.has(after[0].word)) {
        const by = this.firstActor(c, after, 1, true);
        if (by !== KEEP) return by;
      }
      if (!startsWithAny(chars, s, e, c.rule.verbs)) return KEEP;
      // The phrase names its own actor (الاعتراف الأمريكي): whoever refuses it, the act is the event's.
      const inside = wordsBefore(chars, e, MAX_WORDS, e - s);
      for (let i = 0; i < inside.length; i++) {
        const side = this.sideOf(c, inside, i, null);
        if (side !== OWN && side !== MODEL) continue;
        // … but ending on its actor and followed by an object of its own (الاعتراف الأمريكي بالقدس), it is another act.
        const next = i === 0 ? wordsAfter(chars, length, e, 1, 2 * MAX_WORDS)[0] : undefined;
        return next?.sep === ' ' && next.word.length > 3 && next.word.startsWith(BEH) ? REJECT : KEEP;
      }
      return this.agent(c, clause(wordsBefore(chars, tok, MAX_WORDS, REACH)), tok, text, starts);
    }
    const before = clause(wordsBefore(chars, tok, MAX_WORDS, REACH));
    const after = clause(wordsAfter(chars, length, e, MAX_WORDS, REACH), true);
    // Its parties written after it ("with Morocco", "between Tunisia and the United States", مع الهند):
    // the first country named there, the United States aside, decides.
    // Not past a comma: « l'homme du traité d'amitié, partit négocier avec Alger » is another predicate's.
    const comma = after.findIndex((t) => /[,،]/u.test(t.sep));
    const reach = comma === -1 ? PARTY_REACH : Math.min(PARTY_REACH, comma);
    const with_ = after.findIndex((t, i) => i < reach && PARTY_WORDS.has(t.word));
    if (with_ !== -1) {
      for (let i = with_ + 1; i < Math.min(after.length, with_ + 1 + PARTY_REACH); i++) {
        const side = this.sideOf(c, reversedAt(after, i), 0, null);
        if (side === OWN || side === MODEL) return KEEP;
        if (side === OTHER) return REJECT;
      }
    }
    // Else Morocco named anywhere in the clause keeps the window's verdict (signed in Rabat, on a tour
    // of Tunisia and Algeria); only other countries reject.
    let other = false;
    for (let i = 0; i < before.length; i++) {
      const side = this.sideOf(c, before, i, null);
      if (side === OWN || side === MODEL) return KEEP;
      other ||= side === OTHER;
    }
    for (let i = 0; i < after.length; i++) {
      const side = this.sideOf(c, reversedAt(after, i), 0, null);
      if (side === OWN || side === MODEL) return KEEP;
      other ||= side === OTHER;
    }
    return other ? REJECT : KEEP;
  }

  /**
   * Who acts in a clause of `entityId`'s event (recognition-clause.ts): its actor among `near` (its subject's
   * words, nearest the object first; `after`: words read after the object, in reading order, as «من جانب
   * الولايات المتحدة»), else the nearest one before chars[tok] (as verdict reads it): ACCEPT for the event's
   * own, REJECT for another's, KEEP for none.
   */
  actor(
    entityId: string,
    near: readonly Token[],
    chars: Uint16Array,
    tok: number,
    text: string,
    starts: ArrayLike<number>,
    after = false,
  ): AgentVerdict {
    const c = this.compiled.get(entityId)!;
    if (near.length > 0) return this.firstActor(c, near, 0, after);
    return this.agent(c, clause(wordsBefore(chars, tok, MAX_WORDS, REACH)), tok, text, starts);
  }

  /**
   * The first actor among tokens[from…] (read after a phrase, in reading order, when `after`; else nearest
   * first): ACCEPT for the event's own, REJECT for another's or for the own one as a model ("by states
   * following the United States"), KEEP for none.
   */
  private firstActor(c: Compiled, tokens: readonly Token[], from: number, after: boolean): AgentVerdict {
    for (let i = from; i < tokens.length; i++) {
      const side = after ? this.sideOf(c, reversedAt(tokens, i), 0, null) : this.sideOf(c, tokens, i, null);
      if (side === OWN) return ACCEPT;
      if (side === OTHER || side === MODEL) return REJECT;
    }
    return KEEP;
  }

  private agent(
    c: Compiled,
    tokens: readonly Token[],
    tok: number,
    text: string,
    starts: ArrayLike<number>,
  ): AgentVerdict {
    let model = false;
    // Original offsets of the tokens, for the case of an acronym: walk back as wordsBefore did.
    const upper = (i: number): boolean => {
      let p = tok;
      for (let k = 0; k <= i; k++) p -= tokens[k]!.sep.length + tokens[k]!.word.length;
      const o = starts[p]!;
      const w = text.slice(o, o + tokens[i]!.word.length);
      return w === w.toUpperCase();
    };
    for (let i = 0; i < tokens.length; i++) {
      const side = this.sideOf(c, tokens, i, upper);
      if (side === 0 || side === NEUTRAL) continue;
      if (side === MODEL) model = true;
      else return side === OWN ? ACCEPT : REJECT;
    }
    // The United States named only as the model: another actor's act, unnamed ("Like the United States, it …").
    return model ? REJECT : KEEP;
  }

  /** Whose actor tokens[i] ends (0: none), MODEL for an own actor after a word of comparison. */
  private sideOf(c: Compiled, tokens: readonly Token[], i: number, upper: ((i: number) => boolean) | null): number {
    const { word } = tokens[i]!;
    let code = this.qualifier.countryEndingAt(tokens, i);
    if (code === undefined && PROCLITIC.test(word) && word.length > 3)
      code = this.qualifier.countryEndingAt([{ word: word.slice(1), sep: tokens[i]!.sep }, ...tokens.slice(i + 1)], 0);
    // An Arabic nisba without the article (مسؤول مغربي، محللون هنود)
    if (code === undefined && ARABIC_LETTER.test(word) && !word.startsWith('ال'))
      code = this.qualifier.countryEndingAt([{ word: `ال${word}`, sep: ' ' }], 0);
    // U.S., U.S: the abbreviation's letters are two tokens
    if (code === undefined && word === 's' && tokens[i + 1]?.word === 'u' && tokens[i + 1]!.sep === '.') code = 'us';
    if (code === undefined && word === 'us' && upper !== null && upper(i)) code = 'us';
    let own = code !== undefined && c.own.has(code);
    let other = code !== undefined && !own && !c.neutral.has(code);
    if (code === undefined) {
      own = c.actors.some((a) => phraseAt(tokens, i, a));
      other =
        !own &&
        (c.others.has(word) ||
          ORGANISATIONS.some((o) => phraseAt(tokens, i, o.split(' ').reverse())) ||
          (ORGANISATION_ACRONYMS.has(word) && upper !== null && upper(i)));
    }
    if (!own) return other ? OTHER : code !== undefined ? NEUTRAL : 0;
    return modelled(tokens, i) ? MODEL : OWN;
  }
}

/** The tokens of one clause: up to the first separator that ends a sentence or clause. */
function clause(tokens: Token[], after = false): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const { sep, word } = tokens[i]!;
    if (CLAUSE_END.test(sep)) return tokens.slice(0, i);
    // A full stop ends a sentence, unless after an abbreviation's short word (U.S., Gen.): before the
    // mention the word owning the stop is this token's neighbour towards the mention.
    const owner = after ? tokens[i - 1]?.word : word;
    if (sep.includes('.') && (owner === undefined || owner.length > 2)) return tokens.slice(0, i);
  }
  return tokens;
}

/** Whether the folded chars[s, e) start with one of `prefixes`. */
function startsWithAny(chars: Uint16Array, s: number, e: number, prefixes: readonly string[]): boolean {
  outer: for (const p of prefixes) {
    if (e - s < p.length) continue;
    for (let k = 0; k < p.length; k++) if (chars[s + k] !== p.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/** Whether tokens[i, i + words.length) are `words` (nearest first), joined by spaces or hyphens. */
function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.word !== words[k]) return false;
    if (k > 0 && !/^[\s-]+$/u.test(t.sep)) return false;
  }
  return true;
}

/** Whether a word of comparison comes within MODEL_REACH words before tokens[i], no comma between. */
function modelled(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + MODEL_REACH && k < tokens.length; k++) {
    if (/[,،]/u.test(tokens[k]!.sep)) return false;
    if (MODELS.has(tokens[k]!.word)) return true;
  }
  return false;
}

/** tokens[0 … i] (read after a mention) as wordsBefore would give them ending at word i: a name ending there. */
function reversedAt(tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let k = i; k >= 0 && out.length < 4; k--) out.push({ word: tokens[k]!.word, sep: tokens[k + 1]?.sep ?? '' });
  // out[j].sep separates word j from word j - 1: the separator before tokens[k + 1]
  return out;
}
