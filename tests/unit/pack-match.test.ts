import { describe, expect, it } from 'vitest';
import { matchingPart } from '../../scripts/pack-match.mjs';
import fullPack from '../../src/pack/bundled-pack.json';
import { buildMatcher } from '../../src/text/matcher';
import { serialiseMatcher } from '../../src/text/matcher-format';
import type { Pack } from '../../src/text/pack-types';

const pack = fullPack as unknown as Pack;

describe('the pack the extension matches with (bundled-pack.json?match)', () => {
  it('makes the very matcher the full pack makes: the extension decides as the scan CLI and the eval do', () => {
    // Byte for byte: aliases, context rules, the entities' cue weights and other-sense phrases all kept.
    const part = Buffer.from(serialiseMatcher(buildMatcher([matchingPart(pack)])));
    const whole = Buffer.from(serialiseMatcher(buildMatcher([pack])));
    expect(part.equals(whole)).toBe(true);
  });

  it('leaves out only what the card shows', () => {
    const part = matchingPart(pack);
    const withCard = pack.entities.find((e) => e.facts.length > 0 && e.relations !== undefined)!;
    const reduced = part.entities.find((e) => e.id === withCard.id)!;
    expect(reduced.facts).toEqual([]);
    expect(reduced.summary).toEqual({});
    expect(reduced.relations).toBeUndefined();
    const { summary: _s, facts: _f, relations: _r, ...matching } = withCard;
    expect(reduced).toMatchObject(matching);
  });
});
