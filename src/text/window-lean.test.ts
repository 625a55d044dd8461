import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { WindowReading } from './context';
import { buildMatcher, createPageState } from './matcher';
import type { Pack } from './pack-types';
import { decidePage, LEANS, THE_CITY } from './page-evidence';
import { LEAN_MARGIN, leanCandidates, leanScore } from './window-lean';

const reading = (fields: Partial<WindowReading>): WindowReading => Object.assign(new WindowReading(), fields);

describe('leanScore: what a window says of one sense', () => {
  it('weighs a required word and a veto above any cue words, and sums bias and cues', () => {
    expect(leanScore(reading({ bias: -1, cues: 3 }))).toBe(2);
    expect(leanScore(reading({ required: true }))).toBeGreaterThan(leanScore(reading({ cues: 50 })));
    expect(leanScore(reading({ veto: true }))).toBeLessThan(leanScore(reading({ cues: -50 })));
    // A required word read before the veto that ended the reading: less against than a veto alone.
    expect(leanScore(reading({ required: true, veto: true }))).toBeGreaterThan(leanScore(reading({ veto: true })));
  });
});

describe('leanCandidates: the window leans to one of two open senses', () => {
  it('puts the leaning candidate first and LEANS last when the scores differ by the margin', () => {
    const toSecond = ['western-sahara', 'sahara-desert'];
    expect(leanCandidates(toSecond, -100, 100)).toBe(true);
    expect(toSecond).toEqual(['sahara-desert', 'western-sahara', LEANS]);
    const toFirst = ['western-sahara', 'sahara-desert'];
    expect(leanCandidates(toFirst, LEAN_MARGIN, 0)).toBe(true);
    expect(toFirst).toEqual(['western-sahara', 'sahara-desert', LEANS]);
  });

  it('leaves the candidates as they are under the margin, or when they are not two entities', () => {
    const close = ['western-sahara', 'sahara-desert'];
    expect(leanCandidates(close, 1, LEAN_MARGIN - 0.5)).toBe(false);
    expect(close).toEqual(['western-sahara', 'sahara-desert']);
    const city = ['china', THE_CITY];
    expect(leanCandidates(city, 100, -100)).toBe(false);
    expect(city).toEqual(['china', THE_CITY]);
    expect(leanCandidates(['sahel'], 100, 0)).toBe(false);
  });

  it('does not lean on a veto of the rival alone, with nothing for the leaning sense (ar-blind19-078)', () => {
    const vetoed = ['western-sahara', 'sahara-desert'];
    expect(leanCandidates(vetoed, 0, -100)).toBe(false);
    expect(vetoed).toEqual(['western-sahara', 'sahara-desert']);
    expect(leanCandidates(vetoed, 1, -100)).toBe(true);
  });
});

describe('the Sahara on a page of both senses (red-team class 5)', () => {
  const matcher = buildMatcher([bundled as Pack]);
  /** A page of blocks (lines, as the scan CLI reads a file), entity → count. */
  const counts = (...blocks: string[]): Record<string, number> => {
    const state = createPageState();
    const out: Record<string, number> = {};
    for (const id of decidePage(
      blocks.flatMap((b) => matcher.find(b, state)),
      (_m, id) => id,
    ))
      out[id] = (out[id] ?? 0) + 1;
    return out;
  };

  it("reads a shared name in its own sentence before the window's other sentences", () => {
    // الوحدة الترابية in its sentence; الكبرى and مرزوكة in the next are the desert's.
    expect(counts('المغرب يدافع عن وحدته الترابية في الصحراء. رحلة سفاري في الصحراء الكبرى بمرزوكة.')).toEqual({
      morocco: 1,
      'western-sahara': 1,
      'sahara-desert': 1,
    });
    expect(
      counts("Talks on the Sahara's autonomy plan resume in Geneva. Tourists still flock to the dunes of Merzouga."),
    ).toEqual({ 'western-sahara': 1 });
  });

  it('gives a shared name its own sentence left open the sense of the one decided before it there', () => {
    const page = (text: string): Record<string, number> => counts(text);
    expect(
      page(
        'The Sahara conflict is frozen; the UN mission in the Sahara renews its mandate. Meanwhile the Sahara Desert keeps spreading south.',
      ),
    ).toEqual({ 'western-sahara': 2, 'sahara-desert': 1 });
    expect(
      page(
        "Le conflit du Sahara est gelé ; la mission de l'ONU au Sahara voit son mandat renouvelé. Le désert du Sahara avance vers le sud.",
      ),
    ).toEqual({ 'western-sahara': 2, 'sahara-desert': 1 });
    // Another sentence's decided name gives nothing: the desert's words in its own sentence decide.
    expect(page('The Sahara conflict is frozen. Dust from the Sahara reached Britain.')).toEqual({
      'western-sahara': 1,
      'sahara-desert': 1,
    });
  });

  it('lets the window lean a mention its own sentence leaves open, whatever the page counts of the rival', () => {
    expect(
      counts(
        'Planning a first trip to Morocco',
        'The highlight for many is a night in the Sahara. Tours leave Marrakech for the dunes of Merzouga.',
        'Travel further south toward Western Sahara is possible, but read the advisory first.',
      ),
    ).toEqual({ morocco: 1, 'sahara-desert': 1, 'western-sahara': 1 });
  });

  it('keeps the story sense of the Sahara in the three languages', () => {
    expect(counts("Morocco's autonomy plan for Western Sahara gained support at the UN.")).toEqual({
      morocco: 1,
      'western-sahara': 1,
    });
    expect(counts('Le Polisario rejette toute solution qui ne passe pas par un référendum au Sahara.')).toEqual({
      'polisario-front': 1,
      'western-sahara': 1,
    });
    expect(counts('جددت الرباط تمسكها بمقترح الحكم الذاتي في الصحراء تحت السيادة المغربية.')).toEqual({
      rabat: 1,
      'western-sahara': 1,
    });
  });

  it('keeps the desert where its own words are', () => {
    expect(counts('Dust from the Sahara reached Britain.')).toEqual({ 'sahara-desert': 1 });
    expect(counts('Temperatures in the Sahara reached 50 degrees on Tuesday.')).toEqual({ 'sahara-desert': 1 });
    expect(counts('Les températures au Sahara ont dépassé 50 degrés mardi.')).toEqual({ 'sahara-desert': 1 });
    expect(counts('Talks on the Sahara resumed in Geneva as a heatwave hit southern Europe.')).toEqual({
      'western-sahara': 1,
    });
    expect(
      counts(
        'We drove over the Atlas to Merzouga, at the edge of the Sahara, and slept in a camp.',
        'Morocco surprised us.',
      ),
    ).toEqual({ 'sahara-desert': 1, morocco: 1 });
  });

  it('reads the Latin compound Sahel-Sahara as one Sahel, as the Arabic منطقة الساحل والصحراء', () => {
    expect(counts('The Sahel-Sahara region faces drought.')).toEqual({ sahel: 1 });
    expect(counts("La région Sahel-Sahara reste exposée aux trafics d'armes.")).toEqual({ sahel: 1 });
    expect(counts('تعمل الجماعات الجهادية في منطقة الساحل والصحراء.')).toEqual({ sahel: 1 });
  });
});
