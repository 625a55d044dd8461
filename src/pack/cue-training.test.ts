import { describe, expect, it } from 'vitest';
import bundled from './bundled-pack.json';
import {
  applyWeights,
  commonFade,
  DEFAULT_TRAIN_OPTIONS,
  entityGroups,
  evidence,
  learnWeights,
  MAX_WEIGHTS_BYTES,
  occurrences,
  ruleSites,
  topicEvidence,
  trainPack,
  weightsSize,
  windowWords,
  withWeights,
  type TrainingPassage,
} from './cue-training';
import { foldString, normalise } from '../text/normalise';
import type { Pack } from '../text/pack-types';
import { validatePack } from '../text/validate-pack';

const pack: Pack = {
  id: 't',
  version: '1',
  title: 'T',
  updated: '2026-01-01',
  entities: [
    {
      id: 'rabat',
      category: 'place',
      names: { en: 'Rabat' },
      aliases: { en: [{ text: 'Rabat', needsContext: true }] },
      summary: {},
      facts: [],
      context: { vetoes: ['Malta'], window: 60 },
    },
    {
      id: 'embassy',
      category: 'organization',
      names: { en: 'U.S. Embassy in Rabat' },
      aliases: { en: ['U.S. Embassy in Rabat'] },
      summary: {},
      facts: [],
    },
  ],
};

let n = 0;
const passage = (text: string, sense: TrainingPassage['sense'], mentions: Record<string, number>): TrainingPassage => ({
  id: `en-t-${String(++n).padStart(3, '0')}`,
  split: 'dev',
  sense,
  text,
  mentions,
});

const chars = (text: string): Uint16Array => Uint16Array.from(normalise(text).text, (ch) => ch.charCodeAt(0));

describe('cue training: occurrences and their labels', () => {
  it('reads the dev split only', () => {
    const test = { ...passage('Rabat', 'story', { rabat: 1 }), split: 'test' as const };
    expect(() => trainPack(pack, [test])).toThrow(/dev split only/);
    expect(() => occurrences(ruleSites(pack)[0]!, [test], pack)).toThrow(/dev split only/);
  });

  it('finds the rule’s aliases as the engine does, not inside a longer name of the pack', () => {
    const site = ruleSites(pack)[0]!;
    expect(site.path).toBe('entities[0].context');
    const p = passage('The U.S. Embassy in Rabat said so. In RABAT, the ministry agreed.', 'story', {
      embassy: 1,
      rabat: 1,
    });
    const occ = occurrences(site, [p], pack);
    expect(occ).toHaveLength(1);
    expect(String.fromCharCode(...occ[0]!.chars.subarray(occ[0]!.s, occ[0]!.e))).toBe('rabat');
    expect(occ[0]!.story).toBe(true);
    expect(occ[0]!.words).toContain('ministry');
  });

  it('labels by the annotation: no mention → other sense; a story passage → story; else left out', () => {
    const site = ruleSites(pack)[0]!;
    const label = (p: TrainingPassage): boolean[] => occurrences(site, [p], pack).map((o) => o.story);
    expect(label(passage('Rabat, near Mdina, is a town.', 'other', {}))).toEqual([false]);
    expect(label(passage('Rabat hosted the talks.', 'story', { rabat: 1 }))).toEqual([true]);
    expect(label(passage('Rabat hosted talks; Rabat in Malta did not.', 'mixed', { rabat: 1 }))).toEqual([]);
    expect(label(passage('Rabat, Malta; the minister flew to Rabat.', 'other', { rabat: 1 }))).toEqual([]);
  });
});

describe('cue training: window words', () => {
  it('are whole words as contextVerdict finds them: Arabic with its article, not its proclitics', () => {
    const t = chars('وبالجيش ووزارة الدفاع في الرباط');
    const s = normalise('وبالجيش ووزارة الدفاع في ').text.length;
    const words = windowWords(t, s, t.length, 150);
    expect(words).toContain(foldString('الجيش'));
    expect(words).toContain(foldString('ووزارة'));
    expect(words).toContain(foldString('الدفاع'));
    expect(words).not.toContain(foldString('الرباط')); // the mention itself
  });
  it('leave out the mention, words cut by the window’s edge, and one-letter words', () => {
    const t = chars("l'armée a vu Rabat hier");
    const s = "l'armee a vu ".length;
    expect(windowWords(t, s, s + 5, 150).sort()).toEqual(['armee', 'hier', 'vu']);
    expect(windowWords(t, s, s + 5, 9).sort()).toEqual(['hier', 'vu']); // "armee" starts before the window
  });
});

describe('cue training: weights', () => {
  const sites = ruleSites(pack);
  const story = [1, 2, 3].map((i) =>
    passage(`The ministry in Rabat signed a defence accord ${i}.`, 'story', { rabat: 1 }),
  );
  const other = [1, 2, 3].map((i) => passage(`The ribat of Rabat, a fortress by the sea ${i}.`, 'other', {}));
  // Unrelated passages, so that the senses' words are not common words of the corpus.
  const filler = Array.from({ length: 30 }, (_, i) => passage(`Weather report ${i}: rain.`, 'other', {}));
  const all = [...story, ...other, ...filler];

  it('are log-odds of the senses, rounded to 0.1, strongest positive first, without the rule’s own words', () => {
    const occ = occurrences(sites[0]!, all, pack);
    const w = learnWeights(sites, evidence(occ), topicEvidence(all), new Map(), {
      ...DEFAULT_TRAIN_OPTIONS,
      minCount: 2,
      minWeight: 0.5,
    });
    expect(w.ministry).toBeGreaterThan(1);
    expect(w.fortress).toBeLessThan(-1);
    expect(w.rabat).toBeUndefined();
    expect(w.malta).toBeUndefined();
    for (const v of Object.values(w)) expect(Math.round(v * 10) / 10).toBe(v);
    const values = Object.values(w);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(Object.keys(w).length).toBeLessThanOrEqual(DEFAULT_TRAIN_OPTIONS.maxWords);
  });

  it('gives no weight to a word of any of the entity’s names, governed by its rule or not', () => {
    // The entity's own name nearby says nothing of a name's sense (China beside Beijing).
    const named: Pack = structuredClone(pack);
    named.entities[0]!.aliases.en!.push('Ministry');
    const namedSites = ruleSites(named);
    const occ = occurrences(namedSites[0]!, all, named);
    const w = learnWeights(namedSites, evidence(occ), topicEvidence(all), new Map(), {
      ...DEFAULT_TRAIN_OPTIONS,
      minCount: 2,
      minWeight: 0.5,
    });
    expect(w.ministry).toBeUndefined();
    expect(w.fortress).toBeLessThan(-1);
  });

  it('fade common words out between fadeFrom and maxShare, or cut them sharply when the two are equal', () => {
    const ramp = { fadeFrom: 0.05, maxShare: 0.1 };
    expect(commonFade(0.02, ramp)).toBe(1);
    expect(commonFade(0.075, ramp)).toBeCloseTo(0.5);
    expect(commonFade(0.11, ramp)).toBe(0);
    expect(commonFade(0.099, { fadeFrom: 0.1, maxShare: 0.1 })).toBe(1);
    expect(commonFade(0.101, { fadeFrom: 0.1, maxShare: 0.1 })).toBe(0);
    // In training: "ministry" (story) and "fortress" (other) at 7.5 % weigh half as much.
    const occ = evidence(occurrences(sites[0]!, all, pack));
    const opts = { ...DEFAULT_TRAIN_OPTIONS, ...ramp, minWeight: 0, shrink: 0, support: 0, maxWords: 400 };
    const plain = learnWeights(sites, occ, topicEvidence(all), new Map(), opts);
    const shares = new Map([
      ['ministry', 0.075],
      ['fortress', 0.075],
    ]);
    const faded = learnWeights(sites, occ, topicEvidence(all), shares, opts);
    expect(faded.ministry).toBeCloseTo(plain.ministry! / 2, 0);
    expect(faded.fortress).toBeCloseTo(plain.fortress! / 2, 0);
  });

  it('shrink rare words towards 0, and drop words never seen near the aliases, with `support`', () => {
    const occ = evidence(occurrences(sites[0]!, all, pack));
    const opts = { ...DEFAULT_TRAIN_OPTIONS, minWeight: 0, shrink: 0, maxWords: 400, support: 0 };
    const plain = learnWeights(sites, occ, topicEvidence(all), new Map(), opts);
    const shrunk = learnWeights(sites, occ, topicEvidence(all), new Map(), { ...opts, support: 3 });
    // The filler's "rain" is never near Rabat: the whole split's vocabulary alone weighs it.
    expect(plain.rain).toBeLessThan(-1);
    expect(shrunk.rain).toBeUndefined();
    // Seen in 3 passages of their sense: half their weight (3 / (3 + 3)).
    expect(shrunk.ministry).toBeCloseTo(plain.ministry! / 2, 0);
    expect(shrunk.fortress).toBeCloseTo(plain.fortress! / 2, 0);
  });

  it('lower every |weight| by `shrink` (a soft threshold), so weak words fade out, not jump', () => {
    const occ = evidence(occurrences(sites[0]!, all, pack));
    const opts = { ...DEFAULT_TRAIN_OPTIONS, minWeight: 0, shrink: 0, maxWords: 400, support: 3 };
    const plain = learnWeights(sites, occ, topicEvidence(all), new Map(), opts);
    const soft = learnWeights(sites, occ, topicEvidence(all), new Map(), { ...opts, shrink: 0.5 });
    expect(soft.ministry).toBeCloseTo(plain.ministry! - 0.5, 0);
    expect(soft.fortress).toBeCloseTo(plain.fortress! + 0.5, 0);
    for (const [w, v] of Object.entries(plain)) if (Math.abs(v) < 0.45) expect(soft[w]).toBeUndefined();
    // `scale` comes after the threshold: the same words, each twice as strong.
    const strong = learnWeights(sites, occ, topicEvidence(all), new Map(), { ...opts, shrink: 0.5, scale: 2 });
    expect(Object.keys(strong).sort()).toEqual(Object.keys(soft).sort());
    expect(strong.ministry).toBeCloseTo(2 * soft.ministry!, 0);
  });

  it('training is deterministic, and the weights are written once, on the entity, after its rule', () => {
    const a = trainPack(pack, all);
    expect(trainPack(pack, [...all].reverse())).toEqual(a);
    const next = applyWeights(pack, a);
    const entity = next.entities[0]!;
    expect(Object.keys(entity.context!)).toEqual(['vetoes', 'window']);
    expect(Object.keys(entity).indexOf('cueWeights')).toBe(Object.keys(entity).indexOf('context') + 1);
    expect(entity.cueWeights).toEqual(a.get('entities[0].context'));
    expect(validatePack(next, { glossary: true })).toMatchObject({ ok: true });
    expect(pack.entities[0]!.cueWeights).toBeUndefined(); // the input is not changed
    expect(withWeights({ vetoes: ['Malta'], weights: { fort: -2 }, window: 60 }, {})).toEqual({
      vetoes: ['Malta'],
      window: 60,
    });
    // Weights a rule held before (an older pack) are not kept beside the entity's.
    const old = structuredClone(pack);
    old.entities[0]!.context = { ...old.entities[0]!.context!, weights: { fort: -2 } };
    expect(applyWeights(old, a).entities[0]!.context!.weights).toBeUndefined();
  });
});

describe('cue training: the bundled pack', () => {
  const p = bundled as unknown as Pack;
  it('carries its weights within the budget and still validates', () => {
    expect(weightsSize(p)).toBeLessThanOrEqual(MAX_WEIGHTS_BYTES);
    expect(validatePack(p).ok).toBe(true);
  });
  it('has one set of weights per entity, each rounded to 0.1 and capped', () => {
    for (const group of entityGroups(p)) {
      const first = JSON.stringify(group[0]!.rule.weights ?? {});
      for (const site of group) {
        expect(JSON.stringify(site.rule.weights ?? {}), site.path).toBe(first);
        const w = Object.values(site.rule.weights ?? {});
        expect(w.length).toBeLessThanOrEqual(DEFAULT_TRAIN_OPTIONS.maxWords);
        for (const v of w) expect(Math.round(v * 10) / 10).toBe(v);
      }
    }
  });
});
