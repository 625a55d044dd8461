import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import claimsJson from '../pack/claims.json';
import { ClaimChecker, ClaimSetError, validateClaimSet, type ClaimHit } from './claims';
import { buildMatcher, createScanState, type ScanState } from './matcher';
import type { Pack } from './pack-types';

const pack = bundled as unknown as Pack;
const ids = new Set(pack.entities.map((e) => e.id));
const set = validateClaimSet(claimsJson, ids);
const checker = new ClaimChecker(set);
const matcher = buildMatcher([pack]);

/** Claims found on a page whose blocks are the lines of `text`, scanned as the page is. */
function claimsOn(text: string): (ClaimHit & { block: number })[] {
  const state: ScanState = createScanState();
  return text.split('\n').flatMap((block, i) => {
    const mentions = matcher.find(block, state).map((m) => ({ entity: m.entityId, start: m.start, end: m.end }));
    return checker.check(block, mentions).map((h) => ({ ...h, block: i }));
  });
}

const ids_ = (hits: ClaimHit[]): string[] => hits.map((h) => h.claim).sort();

describe('claim set', () => {
  it('is valid and names only pack entities', () => {
    expect(set.claims.length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    [
      { version: '1', claims: [{ ...claimsJson.claims[0], entity: 'nobody' }] },
      'claims[0].entity: unknown entity "nobody"',
    ],
    [{ version: '1', claims: [{ ...claimsJson.claims[0], verdict: 'false' }] }, 'claims[0].verdict'],
    [{ version: '1', claims: [{ ...claimsJson.claims[0], patterns: [{ all: [] }] }] }, 'claims[0].patterns[0].all'],
    [
      { version: '1', claims: [{ ...claimsJson.claims[0], correction: { en: 'x', ar: 'y' } }] },
      'claims[0].correction.fr',
    ],
    [
      { version: '1', claims: [{ ...claimsJson.claims[0], sources: [{ title: 't', url: 'http://x.example' }] }] },
      'claims[0].sources[0].url',
    ],
    [{ version: '1', claims: [claimsJson.claims[0], claimsJson.claims[0]] }, 'claims[1].id: duplicate'],
  ])('rejects a malformed set whole, naming the path (%#)', (data, message) => {
    expect(() => validateClaimSet(data, ids)).toThrow(ClaimSetError);
    expect(() => validateClaimSet(data, ids)).toThrow(message);
  });
});

describe('the seed article', () => {
  const article = readFileSync(new URL('../../../shared/seed/article.ar.txt', import.meta.url), 'utf8');

  it('flags every claim of the fact sheet it makes, with the right verdict, and nothing else', () => {
    const hits = claimsOn(article);
    const counts: Record<string, number> = {};
    for (const h of hits) counts[h.claim] = (counts[h.claim] ?? 0) + 1;
    expect(Object.fromEntries(hits.map((h) => [h.claim, h.verdict]))).toEqual({
      'african-lion-first-2007': 'wrong',
      'african-lion-every-year': 'imprecise',
      'african-lion-2024-summer': 'imprecise',
      'milley-first-african-visit': 'wrong',
      'milley-chairman-now': 'outdated',
      'recognition-renewed-yearly': 'imprecise',
      'apache-manufacture-starting': 'outdated',
      'himars-deal': 'imprecise',
      'langley-commands-africom': 'outdated',
      'wagner-in-the-sahel': 'outdated',
    });
    // The embassy's post quotes the first paragraph, so Langley's title is stated twice.
    expect(counts).toEqual({
      ...Object.fromEntries(Object.keys(counts).map((k) => [k, 1])),
      'langley-commands-africom': 2,
    });
  });
});

describe('right statements are never flagged', () => {
  it.each([
    // African Lion's start year.
    ['AFRICOM was founded in 2007 and has run African Lion with Morocco ever since it took over the exercise.', 'en'],
    ['Exercise African Lion began in 2004 as a bilateral drill; AFRICOM, created in 2007, took it over later.', 'en'],
    ['انطلقت أول نسخة من مناورات الأسد الإفريقي عام 2004، وفي عام 2007 أنشئت أفريكوم.', 'ar'],
    ["L'exercice African Lion a débuté en 2004 ; l'Africom a été créé en 2007.", 'fr'],
    // Yearly, with the exception stated.
    ['African Lion has been held every year since 2004, except in 2020, when COVID-19 cancelled it.', 'en'],
    ['تجرى مناورات الأسد الإفريقي سنويا باستثناء عام 2020 الذي ألغيت فيه بسبب كوفيد.', 'ar'],
    // The 2024 dates, correctly.
    ['African Lion 2024 ran from April 19 to May 31 across four countries.', 'en'],
    ['Les manœuvres African Lion 2024 ont été organisées au printemps, du 19 avril au 31 mai.', 'fr'],
    // Milley.
    ['Gen. Mark Milley, then Chairman of the Joint Chiefs of Staff, visited Rabat on 5 March 2023.', 'en'],
    ['Former Chairman of the Joint Chiefs Mark Milley retired in September 2023.', 'en'],
    ['زار الجنرال مارك ميلي، رئيس هيئة الأركان المشتركة آنذاك، الرباط في مارس 2023.', 'ar'],
    [
      'Mark Milley made his first trip to Africa as chairman, a visit to Morocco that Moroccan media called a first.',
      'en',
    ],
    // Langley.
    ['Gen. Michael Langley, the former AFRICOM commander, handed over to Gen. Dagvin Anderson in August 2025.', 'en'],
    ['سلّم الجنرال مايكل لانجلي، قائد أفريكوم السابق، القيادة إلى أندرسون.', 'ar'],
    ["Le général Michael Langley, ancien commandant de l'Africom, a quitté ses fonctions en 2025.", 'fr'],
    // Wagner.
    ['Wagner announced in June 2025 that it was leaving Mali, while Africa Corps stayed in the Sahel.', 'en'],
    ['أعلنت فاغنر انسحابها من مالي في يونيو 2025 وبقي فيلق إفريقيا في الساحل.', 'ar'],
    // Apache and HIMARS.
    [
      'Morocco received its first six AH-64E Apache helicopters at Salé on 5 March 2025, after manufacturing began in 2023.',
      'en',
    ],
    ['The State Department approved a possible sale of 18 HIMARS launchers to Morocco in April 2023.', 'en'],
    ['وافقت واشنطن على صفقة محتملة لبيع منظومات هيمارس إلى المغرب.', 'ar'],
    // The recognition.
    [
      'The United States recognised Moroccan sovereignty over Western Sahara in December 2020, and Rubio reaffirmed it in April 2025.',
      'en',
    ],
  ])('%s', (text) => {
    expect(ids_(claimsOn(text))).toEqual([]);
  });
});

describe('claims in other words', () => {
  it.each([
    ['The first African Lion exercise took place in 2007 in southern Morocco.', 'african-lion-first-2007'],
    ["La première édition de l'exercice African Lion remonte à 2007.", 'african-lion-first-2007'],
    ['Gen. Michael Langley, the AFRICOM commander, arrived in Rabat on Tuesday.', 'langley-commands-africom'],
    ["Le général Michael Langley, commandant de l'Africom, est arrivé à Rabat.", 'langley-commands-africom'],
    ['Wagner mercenaries remain deployed in Mali, officials say.', 'wagner-in-the-sahel'],
    ['Morocco signed a deal for HIMARS rocket launchers, reports said.', 'himars-deal'],
    [
      'Gen. Mark Milley arrived in Rabat; the visit was the first of its kind to an African country.',
      'milley-first-african-visit',
    ],
    ['مناورات الأسد الإفريقي التي انطلقت أول نسخة منها عام ٢٠٠٧', 'african-lion-first-2007'],
  ])('%s → %s', (text, claim) => {
    expect(ids_(claimsOn(text))).toEqual([claim]);
  });
});

describe('claims riding on matches (ClaimChecker.mark: find-names and the scan CLI)', () => {
  const text = 'The first African Lion exercise took place in 2007 in southern Morocco.';
  const found = matcher.find(text);
  const lion = found.findIndex((m) => m.entityId === 'african-lion');

  it('marks the match the claim is about, and only it', () => {
    expect(lion).toBeGreaterThanOrEqual(0);
    const marked = checker.mark(text, found);
    expect(marked[lion]!.claims).toEqual([{ claim: 'african-lion-first-2007', verdict: 'wrong' }]);
    expect(marked.filter((m) => m.claims !== undefined)).toHaveLength(1);
  });

  it('marks no claim on a rejected vote (page-evidence.ts): it is no mention', () => {
    const votes = found.map((m, i) => (i === lion ? { ...m, sense: 'rejected' as const } : m));
    expect(checker.mark(text, votes).some((m) => m.claims !== undefined)).toBe(false);
  });
});
