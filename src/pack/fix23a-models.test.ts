/**
 * fix23a class 4: a model designation's plural (en-blind22-048: "Morocco took its first six AH-64Es" on a
 * thread titled after the web server) decides as the model (boundaries.ts: rightOk); the FAR beside its
 * own army words (en-blind22-039: "army doctors") is the army ("army" among its required words, pack data),
 * while FAR Part 15 beside the Army's contracting office and the pilots' FARs are not.
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: model plurals and the FAR with army words', () => {
  it("counts a model's plural, even on a page of the name's other sense", () => {
    expect(
      count(
        'ah-64-apache',
        'Thread: Apache access log full of bot traffic?',
        'Since last week the access log of my Apache web server grows by 2 GB a day.',
        'Off topic, but Morocco took its first six AH-64Es last month.',
        'Ha, wrong kind of Apache: a fail2ban jail on the web server fixed it.',
      ),
    ).toBe(1);
    expect(count('himars', "Rabat's first M142s were unloaded at Casablanca.")).toBe(1);
  });

  it('counts the FAR beside its army words, not the regulations', () => {
    expect(
      count('far-morocco', 'The FAR also set up a field hospital near Tata, where army doctors saw 3,000 patients.'),
    ).toBe(1);
    expect(
      count('far-morocco', 'Under FAR Part 15, the Army contracting office must publish its evaluation criteria.'),
    ).toBe(0);
    expect(count('far-morocco', 'Pilots must know the FARs by heart, especially the rules on fuel reserves.')).toBe(0);
    expect(count('far-morocco', 'The ex-FAR regrouped in the Congo after 1994, the Rwandan army said.')).toBe(0);
    expect(count('far-morocco', 'A FAR-compliant contract was signed by the army depot in Texas.')).toBe(0);
  });
});
