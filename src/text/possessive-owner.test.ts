import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from './matcher';
import { possessiveOwners, type Spanned } from './possessive-owner';
import { validatePack } from './validate-pack';

const ORGS = new Set(['africa-corps', 'us-marine-corps']);

/** Matches of `names` in order, each spanning its first occurrence after the previous one. */
function spans(text: string, names: [string, string][]): Spanned[] {
  let from = 0;
  return names.map(([entityId, name]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { entityId, start, end: from };
  });
}

describe('possessiveOwners', () => {
  it.each([
    ["Russia's African Corps arrived.", 'African Corps'],
    ['Russia’s new "Afrika Korps" recruits.', 'Afrika Korps'],
    ["Russia's so-called “Africa Corps” recruits.", 'Africa Corps'],
    ["Russia's revamped Africa Corps recruits.", 'Africa Corps'],
    ["Russia's former Africa Corps recruits.", 'Africa Corps'],
  ])('drops the country owning the organisation: %s', (text, org) => {
    expect(
      possessiveOwners(
        text,
        spans(text, [
          ['russia', 'Russia'],
          ['africa-corps', org],
        ]),
        ORGS,
      ),
    ).toEqual([0]);
  });

  it.each([
    // Not that organisation's own country.
    ["Russia's Marine Corps landed.", 'us-marine-corps', 'Marine Corps'],
    // Words between that are more than a modifier.
    ["Russia's plans for the Africa Corps are unclear.", 'africa-corps', 'Africa Corps'],
    // A conjunction or a noun between: a list, not a qualifier.
    ["Mali hosts Russia's troops and Africa Corps advisers.", 'africa-corps', 'Africa Corps'],
    ["Russia's instructors or Africa Corps men.", 'africa-corps', 'Africa Corps'],
    // No possessive.
    ['Russia and the Africa Corps.', 'africa-corps', 'Africa Corps'],
  ])('keeps the country otherwise: %s', (text, id, org) => {
    expect(
      possessiveOwners(
        text,
        spans(text, [
          ['russia', 'Russia'],
          [id, org],
        ]),
        ORGS,
      ),
    ).toEqual([]);
  });

  // Every apostrophe the normaliser folds to ' (fold-latin.ts), not only ' and ’.
  it.each(['\u02bc', '\u02bb', '\u2018', '\u201b', '\u201a', '`', '\u00b4', '\uff07', '\u2032'])(
    'reads a possessive written with %s',
    (apostrophe) => {
      const text = `Russia${apostrophe}s new Afrika Korps recruits.`;
      const m = spans(text, [
        ['russia', 'Russia'],
        ['africa-corps', 'Afrika Korps'],
      ]);
      expect(possessiveOwners(text, m, ORGS)).toEqual([0]);
    },
  );

  it('passes over rejected votes', () => {
    const text = "Russia's African Corps";
    const m = spans(text, [
      ['russia', 'Russia'],
      ['africa-corps', 'African Corps'],
    ]);
    expect(possessiveOwners(text, [{ ...m[0]!, sense: 'rejected' }, m[1]!], ORGS)).toEqual([]);
  });
});

describe('the bundled pack: a country inside its organisation’s longer name', () => {
  const v = validatePack(JSON.parse(readFileSync(new URL('../pack/bundled-pack.json', import.meta.url), 'utf8')));
  if (!v.ok) throw new Error(v.errors.join('\n'));
  const matcher = buildMatcher([v.pack]);
  const ids = (text: string): string[] => matcher.find(text).map((m) => m.entityId);

  it.each([
    "Mali's junta took in instructors from Russia's African Corps after Wagner left Bamako.",
    'Russia\'s new "Afrika Korps" has been recruiting in Mali and Niger since December 2023.',
  ])('counts the Africa Corps only: %s', (text) => {
    expect(ids(text)).toContain('africa-corps');
    expect(ids(text)).not.toContain('russia');
  });

  it('counts the Africa Corps only with a modifier letter apostrophe (ʼ)', () => {
    expect(ids('Russiaʼs new Afrika Korps recruits in Mali.')).toContain('africa-corps');
    expect(ids('Russiaʼs new Afrika Korps recruits in Mali.')).not.toContain('russia');
  });

  it('keeps the story’s own countries, which own every entity', () => {
    expect(ids("Morocco's Royal Armed Forces ran the drill near Tan-Tan.")).toContain('morocco');
  });

  it.each([
    "Wagner handed its bases in Mali to the Kremlin's Africa Corps, which answers to the defence ministry.",
    "Diplomats in Bamako say Moscow's Africa Corps now guards the junta's leaders.",
    'The junta turned to the Kremlin’s new “Africa Corps” after the mutiny in Russia’s south.',
  ])("counts a government's metonym before its own organisation as part of it: %s", (text) => {
    const found = ids(text);
    expect(found).toContain('africa-corps');
    expect(found.filter((id) => id === 'russia').length).toBe(text.includes('Russia') ? 1 : 0);
  });

  it.each([
    ["Moscow's envoy denied that the Africa Corps had lost men near Kidal, and the Kremlin declined to comment.", 2],
    ["The Kremlin's spokesman said the Africa Corps would stay in Mali.", 1],
    // Washington is the story's own: no evidence that the name is its (as Morocco's Royal Armed Forces).
    ["Washington's AFRICOM and Moscow's Africa Corps now compete for the Sahel's juntas.", 0],
  ])('keeps the metonym when it owns something else: %s', (text, russia) => {
    expect(ids(text).filter((id) => id === 'russia').length).toBe(russia);
  });

  it('keeps Russia when it owns something else', () => {
    expect(ids("Russia's defence ministry now runs the Africa Corps in Mali.")).toContain('russia');
  });
});
