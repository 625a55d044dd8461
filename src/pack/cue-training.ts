/**
 * Learning the weighted cue words of the pack's context rules (`npm run pack:train`,
 * src/pack/README.md) from labelled passages of the eval corpus's dev split. Pure: the caller
 * reads the corpus and writes the pack.
 *
 * For each context rule of the pack, the aliases it governs are found in every passage with the
 * engine itself (a probe matcher of those aliases without context), so folding, spelling variants
 * and word boundaries are the engine's. Each occurrence is labelled from the passage's annotation:
 * no mention of the rule's entity → another sense; a story passage that mentions it → the story's
 * sense; anything else (mixed passages, other-sense passages that also mention the entity) is left
 * out. Its features are the distinct words within the rule's window that contextVerdict would find
 * there (Arabic words with their article, not their proclitics).
 *
 * One set of weights per entity (all its rules' occurrences together; an alias written alike in
 * two languages has a rule in each): naive Bayes log-odds of a word's presence, counted by passage,
 * smoothed towards the whole dev split's story-against-other vocabulary (a few windows per alias
 * are too little to stand alone), without the corpus's common words; kept when seen in enough
 * passages and strong enough, capped per rule, rounded to one decimal.
 */
import { wordAt, compileContext, contextVerdict, DEFAULT_WINDOW, ACCEPT, REJECT, type Verdict } from '../text/context';
import { isArabicInitial, isWordChar } from '../text/boundaries';
import { buildMatcher } from '../text/matcher';
import { ForeignQualifier } from '../text/foreign-qualifier';
import { OWN_COUNTRIES } from '../text/own-countries';
import { foldString, normalise } from '../text/normalise';
import type { Alias, AliasOptions, ContextRule, Entity, Pack } from '../text/pack-types';
import { LANGS } from '../text/pack-types';
import { isFunctionWord } from './function-words';
import { LIMITS } from '../text/validate-pack';
import { COUNTRY_TABLE } from '../text/country-table';

/** What training needs of a corpus passage (eval/passage.ts). */
export interface TrainingPassage {
  id: string;
  split: 'dev' | 'test' | 'holdout';
  sense: 'story' | 'other' | 'mixed';
  text: string;
  mentions: Record<string, number>;
}

export interface TrainOptions {
  /** Laplace smoothing of the per-sense presence rates over all rules. */
  alpha: number;
  /** How many passages' worth the rate over all rules counts for in one entity's rates. */
  prior: number;
  /** Words in more than this share of their language's passages are not cues. */
  maxShare: number;
  /**
   * From this share on, a word's weight fades linearly to 0 at `maxShare` (common words lose their
   * weight gradually, not at a cut); equal to maxShare, the cut is sharp.
   */
  fadeFrom: number;
  /** An entity gets weights only with at least this many passages of each sense of its own. */
  minOwn: number;
  /** A word is a candidate when it occurs in at least this many passages of the whole dev split. */
  minCount: number;
  /**
   * Shrinkage of rare words: the weight is multiplied by n / (n + support), n the passages in which
   * the word is seen near the entity's aliases (0: no shrinkage, and words never seen there keep
   * the weight the whole split's vocabulary gives them).
   */
  support: number;
  /**
   * Soft threshold (an L1 penalty): every |weight| is lowered by this much, and what falls below 0
   * is dropped, so a weak word fades in and out instead of jumping over a cut.
   */
  shrink: number;
  /** …and its |weight|, rounded, is at least this. */
  minWeight: number;
  /** At most this many words per rule (the strongest). */
  maxWords: number;
  /**
   * Factor on the log-odds: naive Bayes counts correlated words as independent evidence, so their
   * sum overstates; this shrinks it (equivalently, it sets the thresholds CUE_ACCEPT/CUE_REJECT).
   */
  scale: number;
}

/**
 * Hard cuts (28 words, |weight| ≥ 0.5, the 10 % common-word cut) and no shrinkage: what the 5-fold
 * cross-validation on dev found best (`npm run pack:cv`, src/pack/README.md), though the cuts move
 * more weights when dev changes than fadeFrom/support/shrink do.
 */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  alpha: 0.5,
  prior: 4,
  maxShare: 0.1,
  fadeFrom: 0.1,
  minOwn: 1,
  minCount: 2,
  support: 0,
  shrink: 0,
  minWeight: 0.5,
  maxWords: 28,
  scale: 1,
};

/** Where a rule sits in the pack: an entity's rule, or one alias's own. */
export interface RuleSite {
  entity: Entity;
  rule: ContextRule;
  /** "entities[i].context" or "entities[i].aliases.<lang>[j].context". */
  path: string;
  /** The aliases the rule governs, without their context options. */
  aliases: AliasOptions[];
}

export interface Occurrence {
  passage: string;
  story: boolean;
  /** Distinct features (folded words) in the window. */
  words: string[];
  /** The normalised passage and the mention in it, to replay contextVerdict. */
  chars: Uint16Array;
  s: number;
  e: number;
}

const optionsOf = (a: Alias): AliasOptions => (typeof a === 'string' ? { text: a } : a);

/** Every context rule of the pack that governs at least one alias, in pack order. */
export function ruleSites(pack: Pack): RuleSite[] {
  const out: RuleSite[] = [];
  pack.entities.forEach((entity, i) => {
    const viaEntity: AliasOptions[] = [];
    const own: RuleSite[] = [];
    for (const lang of LANGS) {
      (entity.aliases[lang] ?? []).forEach((a, j) => {
        const o = optionsOf(a);
        const { context, needsContext: _n, afterMention: _a, ...bare } = o;
        if (context !== undefined) {
          own.push({ entity, rule: context, path: `entities[${i}].aliases.${lang}[${j}].context`, aliases: [bare] });
        } else if (o.needsContext === true && entity.context !== undefined) viaEntity.push(bare);
      });
    }
    if (entity.context !== undefined && viaEntity.length > 0) {
      out.push({ entity, rule: entity.context, path: `entities[${i}].context`, aliases: viaEntity });
    }
    out.push(...own);
  });
  return out;
}

/** Index of the first normalised unit that starts at or after original offset `at`. */
function toNormalised(starts: Uint32Array, at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ARTICLE_PREFIXES = ['', 'و', 'ف', 'ب', 'ك', 'وب', 'فب', 'وك', 'فك'];

/**
 * The feature of the token chars[a, b): the token itself, or for an Arabic token with the article
 * after proclitics (وبالجيش) the article word (الجيش), so one cue word covers its written forms.
 * Null when contextVerdict would not find it at its place as a whole word.
 */
function featureOf(chars: Uint16Array, length: number, a: number, b: number): { word: string; at: number } | null {
  const token = String.fromCharCode(...chars.subarray(a, b));
  let word = token;
  let at = a;
  if (isArabicInitial(chars[a]!)) {
    for (const p of ARTICLE_PREFIXES) {
      if (token.startsWith(`${p}ال`) && token.length - p.length >= 4) {
        word = token.slice(p.length);
        at = a + p.length;
        break;
      }
    }
  }
  if (word.length < 2) return null;
  const arr = Uint16Array.from(word, (ch) => ch.charCodeAt(0));
  return wordAt(chars, length, at, arr, 0, arr.length) ? { word, at } : null;
}

/**
 * Distinct features in the window of the mention [s, e), as contextVerdict sees the window (`after`:
 * the text after the mention only, ContextRule.side).
 */
export function windowWords(chars: Uint16Array, s: number, e: number, window: number, after = false): string[] {
  const length = chars.length;
  const lo = after ? e : Math.max(0, s - window);
  const hi = Math.min(length, e + window);
  const out = new Set<string>();
  let p = lo;
  // A token cut by the window's left edge is not a whole word there.
  while (p < hi && p > 0 && isWordChar(chars[p - 1]!) && isWordChar(chars[p]!)) p++;
  while (p < hi) {
    if (!isWordChar(chars[p]!)) {
      p++;
      continue;
    }
    let b = p;
    while (b < length && isWordChar(chars[b]!)) b++;
    if (b <= hi && (b <= s || p >= e)) {
      const f = featureOf(chars, length, p, b);
      if (f !== null) out.add(f.word);
    }
    p = b;
  }
  return [...out];
}

/** The label of an occurrence of the rule's entity's alias in a passage, or null when unclear. */
function labelOf(passage: TrainingPassage, entityId: string): boolean | null {
  const n = passage.mentions[entityId] ?? 0;
  if (n === 0) return false;
  return passage.sense === 'story' ? true : null;
}

function assertDev(passages: readonly TrainingPassage[]): void {
  const test = passages.find((p) => p.split !== 'dev');
  // eval/README.md: the test split never tunes anything.
  if (test !== undefined) throw new Error(`cue training reads the dev split only; got ${test.id} (${test.split})`);
}

const PROBE = '\u0000probe';

/**
 * The labelled occurrences of a rule's aliases in the passages: those the engine would judge by
 * the rule. The aliases, without context, form a probe entity ahead of the whole pack, so it wins
 * a tie of the same text but a longer name of the pack still covers it ("U.S. Embassy in Rabat"
 * is never judged as Rabat). Nor is a name another country's qualifier already decides (Japan's
 * Joint Chiefs: foreign-qualifier.ts), as an other-sense phrase of the pack would not be.
 */
export function occurrences(site: RuleSite, passages: readonly TrainingPassage[], pack: Pack): Occurrence[] {
  assertDev(passages);
  const probe: Pack = {
    id: PROBE,
    version: '1',
    title: 'probe',
    updated: '2000-01-01',
    entities: [
      {
        id: PROBE,
        category: site.entity.category,
        names: {},
        aliases: { en: site.aliases },
        summary: {},
        facts: [],
      },
    ],
  };
  const matcher = buildMatcher([probe, withoutCueWeights(pack)]);
  const window = site.rule.window ?? DEFAULT_WINDOW;
  const after = site.rule.side === 'after';
  const own = OWN_COUNTRIES[site.entity.id];
  const foreignRule = own === undefined ? null : ForeignQualifier.compile(own);
  const qualifier = new ForeignQualifier(COUNTRY_TABLE);
  const out: Occurrence[] = [];
  for (const passage of passages) {
    const story = labelOf(passage, site.entity.id);
    if (story === null) continue;
    const matches = matcher.find(passage.text).filter((m) => m.entityId === PROBE);
    if (matches.length === 0) continue;
    const n = normalise(passage.text);
    const chars = Uint16Array.from(n.text, (ch) => ch.charCodeAt(0));
    for (const m of matches) {
      const s = toNormalised(n.starts, m.start);
      const e = toNormalised(n.starts, m.end);
      if (foreignRule !== null && qualifier.foreign(foreignRule, chars, chars.length, s, e)) continue;
      out.push({ passage: passage.id, story, words: windowWords(chars, s, e, window, after), chars, s, e });
    }
  }
  return out;
}

/**
 * The pack without its learned cue words (Entity.cueWeights): the occurrences training reads must not
 * depend on the weights it writes, or retraining would move them and need rounds to settle (it cycled
 * once the dev split grew). A rule's own hand-written weights stay.
 */
function withoutCueWeights(pack: Pack): Pack {
  return { ...pack, entities: pack.entities.map(({ cueWeights: _w, ...entity }) => entity) };
}

/**
 * Folded words the entity's rules already decide by (aliases, required words and vetoes), and the
 * words of all its names: no weight. Its own name nearby says nothing of a name's sense ("Three days
 * in Beijing … China is enormous" is the city; ARCHITECTURE.md, one sense per page).
 */
function hardWords(sites: readonly RuleSite[]): Set<string> {
  const out = new Set<string>();
  for (const site of sites) {
    for (const w of [...(site.rule.requires ?? []), ...(site.rule.vetoes ?? [])]) out.add(foldString(w));
    for (const a of site.aliases) for (const w of foldString(a.text).split(' ')) out.add(w);
    for (const lang of LANGS)
      for (const a of site.entity.aliases[lang] ?? [])
        for (const w of foldString(typeof a === 'string' ? a : a.text).split(' ')) out.add(w);
  }
  return out;
}

/** The rules of the pack grouped by entity (pack order): one set of weights per entity. */
export function entityGroups(pack: Pack): RuleSite[][] {
  const groups = new Map<string, RuleSite[]>();
  for (const site of ruleSites(pack)) {
    const g = groups.get(site.entity.id) ?? [];
    g.push(site);
    groups.set(site.entity.id, g);
  }
  return [...groups.values()];
}

/**
 * The occurrences of all the entity's rules' aliases, each once (an alias written alike in two
 * languages has a rule in each: Sahel).
 */
function groupOccurrences(sites: readonly RuleSite[], passages: readonly TrainingPassage[], pack: Pack): Occurrence[] {
  const seen = new Set<string>();
  const out: Occurrence[] = [];
  for (const site of sites) {
    for (const o of occurrences(site, passages, pack)) {
      const key = `${o.passage}:${o.s}:${o.e}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(o);
    }
  }
  return out;
}

/** Per word, the passages whose occurrences have it in their window: [story, other]; and the totals. */
export interface Evidence {
  words: Map<string, [number, number]>;
  story: number;
  other: number;
}

/** Evidence counted by passage (a page naming the alias five times is one piece of evidence). */
export function evidence(occ: readonly Pick<Occurrence, 'passage' | 'story' | 'words'>[]): Evidence {
  const bags = new Map<string, { story: boolean; words: Set<string> }>();
  for (const o of occ) {
    const key = `${o.story ? 1 : 0}:${o.passage}`;
    const bag = bags.get(key) ?? { story: o.story, words: new Set<string>() };
    for (const w of o.words) bag.words.add(w);
    bags.set(key, bag);
  }
  const out: Evidence = { words: new Map(), story: 0, other: 0 };
  for (const { story, words } of bags.values()) {
    if (story) out.story++;
    else out.other++;
    for (const w of words) {
      const c = out.words.get(w) ?? [0, 0];
      c[story ? 0 : 1]++;
      out.words.set(w, c);
    }
  }
  return out;
}

/** The distinct words of a whole passage (features as windowWords finds them). */
function passageWords(p: TrainingPassage): string[] {
  const chars = Uint16Array.from(normalise(p.text).text, (ch) => ch.charCodeAt(0));
  return windowWords(chars, 0, 0, chars.length);
}

/**
 * Each word's share of the passages of its language (its largest over languages), to find the
 * words too common to tell senses apart (the, de, في) from the corpus rather than by hand.
 */
function wordShares(passages: readonly TrainingPassage[]): Map<string, number> {
  const byLang = new Map<string, { n: number; df: Map<string, number> }>();
  for (const p of passages) {
    const lang = p.id.slice(0, p.id.indexOf('-'));
    const l = byLang.get(lang) ?? { n: 0, df: new Map<string, number>() };
    l.n++;
    for (const w of passageWords(p)) l.df.set(w, (l.df.get(w) ?? 0) + 1);
    byLang.set(lang, l);
  }
  const out = new Map<string, number>();
  for (const { n, df } of byLang.values()) for (const [w, d] of df) out.set(w, Math.max(out.get(w) ?? 0, d / n));
  return out;
}

/** The factor on a word's weight for its share: 1 up to fadeFrom, 0 over maxShare, linear between. */
export function commonFade(share: number, { fadeFrom, maxShare }: Pick<TrainOptions, 'fadeFrom' | 'maxShare'>): number {
  if (share > maxShare) return 0;
  if (share <= fadeFrom) return 1;
  return (maxShare - share) / (maxShare - fadeFrom);
}

/**
 * The story's vocabulary against everything else: each whole passage's words, labelled by its
 * sense (mixed passages left out). Far more text than the windows of one alias, so it is the
 * prior the entity's own windows are smoothed towards.
 */
export function topicEvidence(passages: readonly TrainingPassage[]): Evidence {
  return evidence(
    passages
      .filter((p) => p.sense !== 'mixed')
      .map((p) => ({ passage: p.id, story: p.sense === 'story', words: passageWords(p) })),
  );
}

const byWord = (x: readonly [string, ...number[]], y: readonly [string, ...number[]]): number =>
  x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0;

/**
 * One entity's cue weights: naive Bayes log-odds of a word's presence near the entity's story
 * sense against its other senses, each sense's rate smoothed towards its rate in the whole dev
 * split (`all`, topicEvidence) with strength `prior`, itself smoothed by `alpha`. Words need
 * `minCount` passages in `all`; the log-odds fade for common words (commonFade), shrink for words
 * seen near the aliases in few passages (`support`) and are soft-thresholded by `shrink`; kept when
 * |weight| ≥ minWeight, at most `maxWords` of them, those that weigh most over the passages they
 * occur in (|weight| × passages); rounded to 0.1, sorted from the most positive.
 */
export function learnWeights(
  sites: readonly RuleSite[],
  own: Evidence,
  all: Evidence,
  shares: ReadonlyMap<string, number>,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): Record<string, number> {
  const { alpha, prior, minCount, minWeight, maxWords, scale, minOwn, support, shrink } = options;
  if (all.story === 0 || all.other === 0 || own.story < minOwn || own.other < minOwn) return {};
  const skip = hardWords(sites);
  const kept: [string, number, number][] = [];
  for (const [w, [ga, gb]] of all.words) {
    if (ga + gb < minCount || skip.has(w) || isFunctionWord(w)) continue;
    const fade = commonFade(shares.get(w) ?? 0, options);
    if (fade === 0) continue;
    const [a, b] = own.words.get(w) ?? [0, 0];
    const pStory = (ga + alpha) / (all.story + 2 * alpha);
    const pOther = (gb + alpha) / (all.other + 2 * alpha);
    const story = (a + prior * pStory) / (own.story + prior);
    const other = (b + prior * pOther) / (own.other + prior);
    const seen = support === 0 ? 1 : (a + b) / (a + b + support);
    const raw = fade * seen * Math.log(story / other);
    // Scaled after the threshold, so that `scale` sets the weights' strength, not which words are kept.
    const shrunk = scale * Math.sign(raw) * Math.max(0, Math.abs(raw) - shrink);
    // Clamped to what a pack may carry (a word seen in one sense only, in a large corpus, could exceed it).
    const weight = Math.max(-LIMITS.maxWeight, Math.min(LIMITS.maxWeight, shrunk));
    const rounded = Math.round(weight * 10) / 10;
    if (rounded !== 0 && Math.abs(rounded) >= minWeight) kept.push([w, rounded, Math.abs(rounded) * (ga + gb)]);
  }
  kept.sort((x, y) => y[2] - x[2] || byWord(x, y));
  const top = kept.slice(0, maxWords).map(([w, weight]): [string, number] => [w, weight]);
  top.sort((x, y) => y[1] - x[1] || byWord(x, y));
  return Object.fromEntries(top);
}

/** Every rule's weights learned from the passages, by rule path ({} when a rule has too little data). */
export function trainPack(
  pack: Pack,
  passages: readonly TrainingPassage[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): Map<string, Record<string, number>> {
  assertDev(passages);
  const groups = entityGroups(pack).map((sites) => ({ sites, occ: groupOccurrences(sites, passages, pack) }));
  const all = topicEvidence(passages);
  const shares = wordShares(passages);
  const out = new Map<string, Record<string, number>>();
  for (const { sites, occ } of groups) {
    const weights = learnWeights(sites, evidence(occ), all, shares, options);
    for (const site of sites) out.set(site.path, weights);
  }
  return out;
}

/**
 * The rule with `weights` in place of its old ones (key order kept, weights before `window`), or
 * without weights when there are none.
 */
export function withWeights(rule: ContextRule, weights: Record<string, number>): ContextRule {
  const out: Record<string, unknown> = {};
  const put = (): void => {
    if (Object.keys(weights).length > 0) out.weights = weights;
  };
  for (const [k, v] of Object.entries(rule)) {
    if (k === 'weights') continue;
    if (k === 'window') put();
    out[k] = v;
  }
  if (!('window' in rule)) put();
  return out as ContextRule;
}

/**
 * A copy of the (raw JSON) pack with `trained`'s weights written once per entity, as its
 * `cueWeights` (after its `context`, else after its facts), and none left in its rules: every
 * rule of an entity is trained on the same occurrences, so the rules would hold copies.
 */
export function applyWeights(pack: Pack, trained: ReadonlyMap<string, Record<string, number>>): Pack {
  const copy = structuredClone(pack);
  const learned = new Map<Entity, Record<string, number>>();
  for (const site of ruleSites(copy)) {
    const m = /^entities\[(\d+)\](?:\.aliases\.(en|ar|fr)\[(\d+)\])?\.context$/.exec(site.path)!;
    const entity = copy.entities[Number(m[1])]!;
    const weights = trained.get(site.path) ?? {};
    if (Object.keys(weights).length > 0) learned.set(entity, weights);
    if (m[2] === undefined) entity.context = withWeights(entity.context!, {});
    else {
      const alias = entity.aliases[m[2] as 'en' | 'ar' | 'fr']![Number(m[3])] as AliasOptions;
      alias.context = withWeights(alias.context!, {});
    }
  }
  copy.entities = copy.entities.map((entity) => {
    const out: Record<string, unknown> = {};
    const weights = learned.get(entity);
    const after = entity.context !== undefined ? 'context' : 'facts';
    for (const [k, v] of Object.entries(entity)) {
      if (k === 'cueWeights') continue;
      out[k] = v;
      if (k === after && weights !== undefined) out.cueWeights = weights;
    }
    if (weights !== undefined && !('cueWeights' in out)) out.cueWeights = weights;
    return out as unknown as Entity;
  });
  return copy;
}

export interface CvTally {
  /** [story, other] occurrences by verdict: ACCEPT, UNDECIDED, REJECT. */
  story: [number, number, number];
  other: [number, number, number];
}

const slot = (v: Verdict): number => (v === ACCEPT ? 0 : v === REJECT ? 2 : 1);

/**
 * k-fold cross-validation on the dev split (folds by passage, in id order): each occurrence's
 * verdict from its rule with the weights learned without its passage, and (`weights: false`)
 * with the rule's hard words only, for comparison.
 */
export function crossValidate(
  pack: Pack,
  passages: readonly TrainingPassage[],
  options: TrainOptions,
  folds = 5,
): { withWeights: CvTally; without: CvTally } {
  assertDev(passages);
  const ids = [...new Set(passages.map((p) => p.id))].sort();
  const foldOf = new Map(ids.map((id, i) => [id, i % folds]));
  const tally = (): CvTally => ({ story: [0, 0, 0], other: [0, 0, 0] });
  const result = { withWeights: tally(), without: tally() };
  const count = (t: CvTally, story: boolean, v: Verdict): void => {
    const side = story ? t.story : t.other;
    side[slot(v)] = side[slot(v)]! + 1;
  };
  const groups = entityGroups(pack).map((sites) => ({
    sites,
    occ: groupOccurrences(sites, passages, pack),
    bySite: sites.map((site) => occurrences(site, passages, pack)),
  }));
  for (let f = 0; f < folds; f++) {
    const inTrain = (o: Occurrence): boolean => foldOf.get(o.passage) !== f;
    const train = passages.filter((p) => foldOf.get(p.id) !== f);
    const all = topicEvidence(train);
    const shares = wordShares(train);
    for (const { sites, occ, bySite } of groups) {
      const weights = learnWeights(sites, evidence(occ.filter(inTrain)), all, shares, options);
      sites.forEach((site, k) => {
        const rule = compileContext(withWeights(site.rule, weights));
        const bare = compileContext(withWeights(site.rule, {}));
        for (const o of bySite[k]!) {
          if (inTrain(o)) continue;
          count(result.withWeights, o.story, contextVerdict(rule, o.chars, o.chars.length, o.s, o.e));
          count(result.without, o.story, contextVerdict(bare, o.chars, o.chars.length, o.s, o.e));
        }
      });
    }
  }
  return result;
}

/** Budget for all the weights of a pack (issue 16): bytes they add to the pack file. */
export const MAX_WEIGHTS_BYTES = 50_000;

/** Bytes the weights add to the pack file as written (2-space JSON). */
export function weightsSize(pack: Pack): number {
  const without = applyWeights(pack, new Map());
  const size = (p: Pack): number => new TextEncoder().encode(JSON.stringify(p, null, 2)).length;
  return size(pack) - size(without);
}
