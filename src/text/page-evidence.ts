/**
 * One sense per discourse: the page-level decision for ambiguous names (issue 16).
 *
 * The engine (matcher.ts) marks what a name's own window could not settle: a name whose context
 * rule found no required word nearby is *pending*, and a name vetoed by its window is kept as a
 * *rejected* vote, as is an other-sense phrase of its entity (Latin America for America:
 * Entity.otherSenses). This module turns a page's whole list of matches into the mentions that
 * count. It is a function of the list alone (a multiset: order does not matter), so the scan CLI (a file),
 * the eval (a passage) and the page's scanner (its current mentions, whatever order its blocks were
 * read in, minus removed ones) decide alike.
 *
 * A pending mention counts, as the first of its candidate entities that
 *  - was not voted down on this page: that entity's other names here were vetoed by their windows
 *    more often than they counted (the page uses the name in another sense), and
 *  - has a mention of its own that counts on the page (not for a capital written as a place, whose
 *    candidates include THE_CITY: its country named says nothing of whether it is the city or the
 *    government; of several candidates the page counts, the one it counts most, none on a tie), or,
 *    failing that for every candidate, the
 *    page is about the story: the other entities it mentions weigh STORY_WEIGHT or more, each
 *    entity weighing 2, or 1 when it is a general place (a country, a city: Morocco alone does not
 *    make a page about the Sahara desert one about Western Sahara).
 * A mention decided by its own window stays as it was (mixed pages exist), but for an ambiguous place
 * name whose window only failed to veto it (candidates include UNLESS_OTHER): it counts unless the page
 * also uses that name in another sense and is not about the story; it weighs as a general place's
 * mention either way. A bare vetoed mention says the page uses the name otherwise (Rabat beside
 * Mdina); one qualified by its own words (le Sahel tunisien) says so only where the page names the
 * entity's own sense in its own words nowhere (la région du Sahel): beside it, it is one exception.
 * A name inside a pending longer one (`within`) counts only when that one does not.
 *
 * A short form written before its entity's full name (`late`: a headline's "Langley hands AFRICOM to
 * Anderson", the full names paragraphs below) counts when the page names that entity in full (a
 * mention that counts, or a pending one decided for it), as the short forms after it do, unless the
 * page's votes say the name is someone else's here.
 *
 * A news digest's items are discourses of their own (news-items.ts: a block opening with a section's rubric
 * and a colon; `item` its key), but the page's story reaches into them unless an item argues against it: on a
 * page of two items or more whose rubrics do not repeat, a match in an item that argues against it
 * (`aside`: another world's section, Sport, Culture…, or a vote there against its entity) is decided by its item's evidence
 * and the running text's, not the other items': a short form there (`after` too) counts only when that
 * evidence names its entity in full, a weak name only on its story. Any other match is decided by the whole
 * page, as on a page without items ("Diplomacy: Langley also met Bourita" after "Defence: General Michael
 * Langley…").
 */

/**
 * How a match counts. Absent: a mention of one of the story's own entities. `general`: a mention of
 * a general place (weaker evidence). `after`: a short form after a full mention (counts, is not
 * evidence). `pending`: its window did not settle it. `rejected`: vetoed by its window (does not
 * count; a vote against that entity). `qualified`: a rejected vote whose own words name the other
 * sense (an other-sense phrase, another country's namesake, a coast named by its side, an address:
 * the Tunisian Sahel, Rabat, Malta, الساحل التونسي). `late`: a short form before any full mention of
 * its entity (counts if the page has one). `word`: the name written as a word (headword.ts: "Sahara may
 * refer to", "Langley (surname)"): no mention, and a vote that outweighs any count (a list of its senses).
 */
export type Sense = 'general' | 'after' | 'late' | 'pending' | 'rejected' | 'qualified' | 'word';

/** What the decision reads of a match or a page mention. */
export interface Evidenced {
  entityId: string;
  sense?: Sense;
  /** Pending only: the entities it may name, in the pack's order (entityId first). */
  candidates?: readonly string[];
  /**
   * A name inside a pending longer match with these candidates: it counts (as its own sense says)
   * only when that match does not. Conditional, so it is no evidence.
   */
  within?: readonly string[];
  /** In a digest's item (news-items.ts): the item's key (one per block: its offset, its node). */
  item?: unknown;
  /** With `item`: the item's rubric (news-items.ts rubricOf). */
  rubric?: string;
  /**
   * With `item`: the item argues against it (news-items.ts): another world's section, or a vote there against
   * one of its entities.
   */
  aside?: boolean;
}

/**
 * A candidate of a pending capital written as a place ("in Beijing"): the city, a sense of no
 * entity (no pack id has a colon). Only the story's evidence can make it the government.
 */
export const THE_CITY = ':city';

/**
 * A candidate of an ambiguous place name its window accepted for want of a veto, with neither a
 * required word nor enough cue words: it counts unless the page also names that place in another
 * sense (a rejected vote: Rabat beside Mdina, le Sahel tunisien; see withdrawsWeak) and is not about
 * the story. A candidate after it is the place's country (own-city.ts): a page that counts it is
 * not withdrawn by the namesake's places alone (qualified votes: Valletta on a page of Morocco's
 * accord with Malta), only by a bare veto.
 */
export const UNLESS_OTHER = ':unless-other';

/**
 * A namesake place (namesake-places.ts). In a pending match's candidates [id, NAMESAKE, name]: a bare name
 * of a place with namesakes that its window accepted with no government acting in its sentence; it counts
 * unless the page votes for that name's namesake and is not about the story. [id, NAMESAKE, name, id]: one
 * its window left to the page, which decides it as [id] unless the namesake withdraws it. A `qualified` vote's
 * candidates [NAMESAKE, name]: that name's namesake's place named in a block beside it (Kazan beside the
 * Kremlin, Idaho beside Moscow), whatever the page's other names count (Russia named does not make
 * Kazan's kremlin Moscow's). An acronym the page spells out as something else is read the same way
 * (acronym-definition.ts: the expansion is the vote, the acronym its name, « la Force d'action rapide (FAR) »).
 */
export const NAMESAKE = ':namesake';

/**
 * The last candidate of a pending match whose own window leaned clearly to its first candidate
 * (window-lean.ts): that one counts, unless the page voted it down, wherever the page names any of them
 * or is about the story (the page's count of the other does not outrank the mention's own words).
 */
export const LEANS = ':leans';

/** A match that is evidence only, never a mention: a rejected vote, or a name written as a word. */
export const evidenceOnly = (sense: Sense | undefined): boolean =>
  sense === 'rejected' || sense === 'qualified' || sense === 'word';

/** The weight of other entities that makes a page about the story (tuned on the eval's dev split). */
export const STORY_WEIGHT = 2;

/** A digest's item (PageEvidence.items): its matches and, once asked for, its evidence with the running text's. */
interface Item {
  all: Evidenced[];
  e?: PageEvidence;
}

interface Votes {
  /** Mentions that count (`after` ones aside), of which general ones. */
  counted: number;
  general: number;
  rejected: number;
  /** Of the rejected votes, those whose own words name the other sense (`qualified`). */
  qualified: number;
  /** Mentions accepted only for want of a veto (UNLESS_OTHER): they count unless the page withdraws them. */
  weak: number;
}

const weight = (v: Votes): number => (v.counted > v.general ? 2 : v.counted + v.weak > 0 ? 1 : 0);

/**
 * The evidence of a multiset of matches, as matches are added (a page that loses some is counted
 * afresh), and the decision it gives a pending mention.
 */
export class PageEvidence {
  private readonly votes = new Map<string, Votes>();
  /** The weight of every entity mentioned (see weight). */
  private story = 0;
  /** The candidate lists of pending mentions (key: the ids joined by a space). */
  private readonly pending = new Map<string, readonly string[]>();
  private rejected = 0;
  /** The names a namesake's place was named beside (NAMESAKE votes), keyed by entity and name. */
  private readonly namesakes = new Set<string>();
  /** The entities of late short forms (in an item's evidence, of `after` ones too). */
  private readonly late = new Set<string>();
  /** A digest's items by key. */
  private readonly items = new Map<unknown, Item>();
  /** The matches outside items (the running text), and the items' rubrics. */
  private readonly running: Evidenced[] = [];
  private readonly rubrics = new Set<string | undefined>();

  /** An item's evidence: there, a short form after a full mention elsewhere is late. */
  constructor(private readonly inItem = false) {}

  static of(matches: Iterable<Evidenced>, inItem?: boolean): PageEvidence {
    const e = new PageEvidence(inItem);
    for (const m of matches) e.add(m);
    return e;
  }

  /** True when every match counts as it stands: nothing pending, rejected or late. */
  get plain(): boolean {
    return this.pending.size === 0 && this.rejected === 0 && this.late.size === 0 && !this.digest;
  }

  /** Whether the page is a digest: two items or more, no rubric repeated. */
  private get digest(): boolean {
    return this.items.size > 1 && this.rubrics.size === this.items.size;
  }

  add(m: Evidenced): void {
    const key = m.item;
    if (!this.inItem) {
      // Filed under its item, or the running text, which every item's evidence holds.
      if (key === undefined) this.running.push(m);
      else if (!this.items.has(key)) {
        this.items.set(key, { all: [] });
        this.rubrics.add(m.rubric);
      }
      for (const [k, it] of this.items)
        if (key === undefined || k === key) {
          if (key !== undefined) it.all.push(m);
          it.e?.add(m);
        }
    }
    const sense = m.sense;
    if (sense === 'late' || (sense === 'after' && this.inItem)) {
      this.late.add(m.entityId);
      return;
    }
    if (sense === 'after' || (m.within !== undefined && sense !== 'pending')) return;
    if (sense === 'pending') {
      const candidates = m.candidates ?? [m.entityId];
      const key = candidates.length === 1 ? candidates[0]! : candidates.join(' ');
      if (!this.pending.has(key)) this.pending.set(key, candidates);
      // Accepted by its window, it weighs as a general place's mention, whatever the page decides of it.
      if (!candidates.includes(UNLESS_OTHER) && (candidates[1] !== NAMESAKE || candidates.length > 3)) return;
    }
    let v = this.votes.get(m.entityId);
    if (!v) this.votes.set(m.entityId, (v = { counted: 0, general: 0, rejected: 0, qualified: 0, weak: 0 }));
    // A general place's name its window accepted (NAMESAKE) counts as such, unless a namesake's place withdraws it.
    const bare = sense === 'pending' && m.candidates![1] === NAMESAKE;
    if (sense === 'pending' && !bare) {
      const before = weight(v);
      v.weak++;
      this.story += weight(v) - before;
      return;
    }
    if (m.candidates?.[0] === NAMESAKE) {
      this.namesakes.add(m.entityId + m.candidates[1]);
      this.rejected++;
      return;
    }
    if (evidenceOnly(sense)) {
      // A name written as a word: the page lists its senses, so its one entry in full does not make the
      // bare names of the others this entity's; they count only as their windows decide.
      v.rejected += sense === 'word' ? 1e9 : 1;
      if (sense === 'qualified') v.qualified++;
      this.rejected++;
      return;
    }
    const before = weight(v);
    v.counted++;
    if (sense === 'general' || bare) v.general++;
    this.story += weight(v) - before;
  }

  /**
   * The evidence that decides a match: on a digest, its item's when the item argues against the match (`aside`),
   * else the page's.
   */
  of(m: Evidenced): PageEvidence {
    const it = this.digest && m.aside ? this.items.get(m.item) : undefined;
    return it ? this.itemEvidence(it) : this;
  }

  private itemEvidence(it: Item): PageEvidence {
    return (it.e ??= PageEvidence.of([...this.running, ...it.all], true));
  }

  /**
   * Whether the page withdraws an entity's weak mentions: it is not the story's and uses the name in another
   * sense, by a bare mention vetoed by its window (Rabat beside Mdina), or one qualified by its own words
   * (the Tunisian Sahel) where it names the entity's sense in its own words nowhere, nor its `country` (the
   * weak mention's candidate after UNLESS_OTHER, when deciding it): beside the central Sahel, it says only
   * that this one is another place.
   */
  private withdrawsWeak(v: Votes, country?: string): boolean {
    const otherwise =
      v.rejected > v.qualified || (v.qualified > 0 && !(v.counted || this.votes.get(country!)?.counted));
    return otherwise && this.story - weight(v) < STORY_WEIGHT;
  }

  /** An entity's mentions that count on this page: its own, and its weak ones unless withdrawn. */
  private countedOf(v: Votes): number {
    return v.counted + (v.weak > 0 && !this.withdrawsWeak(v) ? v.weak : 0);
  }

  /** The entity a pending mention with these candidates names on this page, or null: it does not count. */
  decide(candidates: readonly string[]): string | null {
    if (candidates.includes(UNLESS_OTHER) || candidates[1] === NAMESAKE) {
      const id = candidates[0]!;
      const v = this.votes.get(id);
      if (candidates[1] !== NAMESAKE) return v !== undefined && this.withdrawsWeak(v, candidates[2]) ? null : id;
      if (this.namesakes.has(id + candidates[2]) && this.story - weight(v!) < STORY_WEIGHT) return null;
      return candidates.length > 3 ? this.decide(candidates.slice(3)) : id;
    }
    let open: string | null = null;
    let others = this.story;
    const city = candidates.includes(THE_CITY);
    if (candidates[candidates.length - 1] === LEANS) {
      const lean = this.leaning(candidates);
      if (lean !== undefined) return lean;
    }
    for (const id of candidates) {
      if (id === THE_CITY || id === LEANS) continue;
      const v = this.votes.get(id);
      if (v) {
        others -= weight(v);
        const counted = this.countedOf(v);
        if (v.rejected > counted) continue; // one sense per discourse: another sense here
        if (counted > 0 && !city) return this.majority(candidates, id, counted);
      }
      open ??= id;
    }
    return open !== null && others >= STORY_WEIGHT ? open : null;
  }

  /**
   * Of the first candidate the page counts (`id`, `counted` times) and the ones after it that it counts too
   * and did not vote down, the one it counts most (one sense per discourse: the page's main sense of a
   * shared name), or null on a tie: the page names both senses as often and the window chose neither.
   */
  private majority(candidates: readonly string[], id: string, counted: number): string | null {
    let best: string | null = id;
    let most = counted;
    for (let i = candidates.indexOf(id) + 1; i < candidates.length; i++) {
      const v = this.votes.get(candidates[i]!);
      if (v === undefined) continue;
      const n = this.countedOf(v);
      if (n === 0 || v.rejected > n) continue;
      if (n > most) [best, most] = [candidates[i]!, n];
      else if (n === most) best = null;
    }
    return best;
  }

  /**
   * A leaning pending match's decision (LEANS): its first candidate when the page names any of its
   * candidates or is about the story, else null; undefined when the page voted that candidate down
   * (the candidates are then read in order, as any pending match's).
   */
  private leaning(candidates: readonly string[]): string | null | undefined {
    const id = candidates[0]!;
    const own = this.votes.get(id);
    if (own !== undefined && own.rejected > this.countedOf(own)) return undefined;
    let others = this.story;
    let named = false;
    for (const c of candidates) {
      const v = this.votes.get(c);
      if (v === undefined) continue;
      others -= weight(v);
      named ||= this.countedOf(v) > 0;
    }
    return named || others >= STORY_WEIGHT ? id : null;
  }

  /**
   * Whether a late short form of this entity counts: the page names it in full (a mention that counts,
   * or a pending one the page decides for it), and has not voted it down.
   */
  decideLate(entityId: string): boolean {
    const v = this.votes.get(entityId);
    const counted = v === undefined ? 0 : this.countedOf(v);
    if (v !== undefined && v.rejected > counted) return false;
    if (counted > 0) return true;
    for (const candidates of this.pending.values())
      if (candidates.includes(entityId) && this.decide(candidates) === entityId) return true;
    return false;
  }

  /**
   * The decisions of every pending candidate list and late entity, as one string: it changes exactly when some
   * pending mention's decision does (so a caller re-decides a page's mentions only then).
   */
  outcome(): string {
    let out = '';
    for (const [key, candidates] of this.pending) out += `${key}=${this.decide(candidates) ?? ''};`;
    for (const id of this.late) out += `${id}<${this.decideLate(id) ? id : ''};`;
    if (this.digest) for (const it of this.items.values()) out += `|${this.itemEvidence(it).outcome()}`;
    return out;
  }
}

/**
 * The mentions of a page that count, in the list's order, each as `counted(m, entityId)`: pending
 * ones as the entity the page's evidence decides, the others as their own; rejected votes and rule
 * words dropped. `counted` may return `m` itself (the page keeps its mentions' identity).
 */
export function decidePage<M extends Evidenced, C>(
  matches: readonly M[],
  counted: (m: M, entityId: string) => C,
  evidence: PageEvidence = PageEvidence.of(matches),
): C[] {
  const out: C[] = [];
  for (const m of matches) {
    const e = evidence.of(m);
    if (m.within !== undefined && e.decide(m.within) !== null) continue; // the longer name counts
    if (m.sense === 'pending') {
      const id = e.decide(m.candidates ?? [m.entityId]);
      if (id !== null) out.push(counted(m, id));
    } else if (m.sense === 'late' || (m.sense === 'after' && e !== evidence)) {
      if (e.decideLate(m.entityId)) out.push(counted(m, m.entityId));
    } else if (!evidenceOnly(m.sense)) out.push(counted(m, m.entityId));
  }
  return out;
}
