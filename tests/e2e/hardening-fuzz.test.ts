/**
 * Hardening — property-based DOM fuzzing in the real browsers.
 *
 * fast-check generates random, validly nested DOM trees (p, div, span, b, em, a, ul/li,
 * table/tbody/tr/td, no attributes) whose texts mix Latin, French and Arabic words with names
 * from the bundled pack, invisible characters (U+200B, U+200C, U+00AD), tashkeel, and markup
 * splitting names (`AFRI<b>COM</b>`). Each case is served as its own page; for each:
 *   (a) the page's serialised DOM (`documentElement.outerHTML`) after Glossa completes equals the
 *       snapshot a page script took before Glossa ran (content scripts run at document_idle);
 *   (b) Glossa's counts equal the engine's, run in Node on the case's runs — a Node-side model of
 *       src/content/collect-text.ts over the generated tree (inline elements join, anything else
 *       starts a run), one ScanState for the page in document order — and, with every mention
 *       painted (`paintAll`), the multiset of texts of the category highlights' ranges equals the
 *       engine's match texts (glossa-claim, drawn again over mentions whose sentence makes a checked
 *       claim, holds only ranges of those);
 *   (c) the scan CLI, given the page's HTML, finds the engine's matches (texts with white space
 *       collapsed, as its visible text has it);
 *   (d) no uncaught error and no console error.
 * Bounded: CASES per browser, fixed seed (GLOSSA_FUZZ_SEED overrides), printed with the failing
 * page's HTML; no shrinking (each run is a browser tab).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import bundledPack from '../../src/pack/bundled-pack.json';
import { scanFiles } from '../../src/cli/scan-core';
import { buildMatcher, createPageState, type Match } from '../../src/text/matcher';
import { decidePage } from '../../src/text/page-evidence';
import type { Pack } from '../../src/text/pack-types';
import { describeInBrowsers } from './harness/suite';
import { highlightTexts, pageEntities } from './harness/page-probes';
import { paintEveryMention } from './harness/as-the-cli';

const CASES = Number(process.env.GLOSSA_FUZZ_CASES ?? 20);
const SEED = Number(process.env.GLOSSA_FUZZ_SEED ?? 20_240_611);

// ---------------------------------------------------------------------------------------------
// The generated trees
// ---------------------------------------------------------------------------------------------

type Tree = { tag: string; kids: Tree[] } | { text: string };

const INLINE_TAGS = ['span', 'b', 'em', 'a'] as const;
/** Mirrors collect-text.ts INLINE for the tags generated here. */
const isInline = (tag: string) => (INLINE_TAGS as readonly string[]).includes(tag);

const pack = bundledPack as unknown as Pack;
/** Every alias and display name of the bundled pack (the names Glossa looks for). */
const NAMES: string[] = [
  ...new Set(
    pack.entities.flatMap((e) => [
      ...Object.values(e.names).filter((n): n is string => typeof n === 'string'),
      ...Object.values(e.aliases).flatMap((list) => (list ?? []).map((a) => (typeof a === 'string' ? a : a.text))),
    ]),
  ),
].filter((n) => n.length >= 2);

const FILLER = [
  'the',
  'officials',
  'said',
  'on',
  'Monday',
  'with',
  'exercise',
  'near',
  'army',
  'Virginia',
  'CIA',
  'Rommel',
  'les',
  'forces',
  'américaines',
  'au',
  "l'",
  'près',
  'de',
  'été',
  'réunion',
  'marocain',
  'في',
  'مع',
  'قال',
  'الجيش',
  'صلاة',
  'العربي',
  'وزير',
  'و',
  'ل',
  'ب',
  'اليوم',
  '2025',
  '—',
  '(',
  ')',
  '.',
  ',',
  '؟',
  '«',
  '»',
];
const INVISIBLE = ['\u200b', '\u200c', '\u00ad'];
const TASHKEEL = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b'];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '', '\u00a0', '\n', ' — '];

/** A name, sometimes with invisible characters or tashkeel inserted, or its case changed. */
const nameArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.nat(),
    fc.constantFrom('none', 'invisible', 'tashkeel', 'upper', 'lower'),
    fc.constantFrom(...INVISIBLE, ...TASHKEEL),
  )
  .map(([name, at, how, ch]) => {
    const i = 1 + (at % Math.max(1, name.length - 1));
    if (how === 'invisible') return name.slice(0, i) + ch + name.slice(i);
    if (how === 'tashkeel') {
      // After an Arabic letter when there is one, else anywhere.
      const j = [...name].findIndex((c, k) => k >= i && /[\u0621-\u064a]/.test(c));
      const k = j >= 0 ? j + 1 : i;
      return name.slice(0, k) + (TASHKEEL.includes(ch) ? ch : '\u064e') + name.slice(k);
    }
    if (how === 'upper') return name.toUpperCase();
    if (how === 'lower') return name.toLowerCase();
    return name;
  });

const wordArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FILLER) }, { weight: 2, arbitrary: nameArb });

const textArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(wordArb, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** A name cut in two by markup: "AFRI" + <b>"COM"</b>, or <em>"Western "</em> + "Sahara". */
const splitNameArb: fc.Arbitrary<Tree[]> = fc
  .tuple(nameArb, fc.nat(), fc.constantFrom(...INLINE_TAGS), fc.boolean(), fc.constantFrom(...SEPARATORS))
  .map(([name, at, tag, wrapFirst, sep]) => {
    const i = 1 + (at % Math.max(1, name.length - 1));
    const a = name.slice(0, i);
    const b = name.slice(i) + sep;
    return wrapFirst ? [{ tag, kids: [{ text: a }] }, { text: b }] : [{ text: a }, { tag, kids: [{ text: b }] }];
  });

/** Inline content (text and inline elements); `inAnchor`: no <a> inside <a> (the parser would split it). */
function inlineArb(depth: number, inAnchor: boolean): fc.Arbitrary<Tree[]> {
  const tags = INLINE_TAGS.filter((t) => !(inAnchor && t === 'a'));
  const split = inAnchor
    ? splitNameArb.map((ts) => ts.map((t) => ('tag' in t && t.tag === 'a' ? { ...t, tag: 'span' } : t)))
    : splitNameArb;
  const item: fc.Arbitrary<Tree[]> =
    depth <= 0
      ? fc.oneof(
          textArb.map((text): Tree[] => [{ text }]),
          split,
        )
      : fc.oneof(
          { weight: 3, arbitrary: textArb.map((text): Tree[] => [{ text }]) },
          { weight: 2, arbitrary: split },
          {
            weight: 2,
            arbitrary: fc
              .constantFrom(...tags)
              .chain((tag) => inlineArb(depth - 1, inAnchor || tag === 'a').map((kids): Tree[] => [{ tag, kids }])),
          },
        );
  return fc.array(item, { minLength: 1, maxLength: 3 }).map((xs) => xs.flat());
}

/** Flow content: blocks and inline content, validly nested so the HTML parser keeps the tree as is. */
function flowArb(depth: number): fc.Arbitrary<Tree[]> {
  if (depth <= 0) return inlineArb(1, false);
  const cell = (tag: string) => flowArb(depth - 1).map((kids): Tree => ({ tag, kids }));
  const item: fc.Arbitrary<Tree[]> = fc.oneof(
    { weight: 3, arbitrary: inlineArb(2, false).map((kids): Tree[] => [{ tag: 'p', kids }]) },
    { weight: 2, arbitrary: flowArb(depth - 1).map((kids): Tree[] => [{ tag: 'div', kids }]) },
    { weight: 2, arbitrary: inlineArb(2, false) },
    {
      weight: 1,
      arbitrary: fc.array(cell('li'), { minLength: 1, maxLength: 3 }).map((kids): Tree[] => [{ tag: 'ul', kids }]),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(
          fc.array(cell('td'), { minLength: 1, maxLength: 3 }).map((kids): Tree => ({ tag: 'tr', kids })),
          { minLength: 1, maxLength: 2 },
        )
        .map((rows): Tree[] => [{ tag: 'table', kids: [{ tag: 'tbody', kids: rows }] }]),
    },
  );
  return fc.array(item, { minLength: 1, maxLength: 4 }).map((xs) => xs.flat());
}

const pageArb = flowArb(3);

// ---------------------------------------------------------------------------------------------
// Serialisation (as browsers serialise innerHTML) and the Node-side run model
// ---------------------------------------------------------------------------------------------

const escapeText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const toHtml = (ts: Tree[]): string =>
  ts.map((t) => ('text' in t ? escapeText(t.text) : `<${t.tag}>${toHtml(t.kids)}</${t.tag}>`)).join('');

/** The page: the snapshot script sits in <head> so that body.innerHTML is exactly the case. */
function pageHtml(body: string): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>fuzz</title>' +
    "<script>document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; window.__body = document.body.innerHTML; });</script>" +
    `</head><body>${body}</body></html>`
  );
}

/**
 * The texts the content script matches, in document order: a model of collect-text.ts's
 * TextWalk over the generated tree (body is the root block). Adjacent text nodes join while
 * their nearest non-inline ancestor stays the same; entering a non-inline element, or text of
 * another block, ends the run. Whitespace-only runs are dropped.
 */
function runsOf(body: Tree[]): string[] {
  const runs: string[] = [];
  let block: object | null = null;
  let pieces: string[] = [];
  const flush = () => {
    const text = pieces.join('');
    if (/\S/.test(text)) runs.push(text);
    block = null;
    pieces = [];
  };
  const walk = (ts: Tree[], owner: object) => {
    for (const t of ts) {
      if ('text' in t) {
        if (t.text === '') continue; // the parser makes no node for it
        if (block !== owner) {
          flush();
          block = owner;
        }
        pieces.push(t.text);
        continue;
      }
      if (isInline(t.tag)) walk(t.kids, owner);
      else {
        flush();
        walk(t.kids, t);
      }
    }
  };
  const root = {};
  walk(body, root);
  flush();
  return runs;
}

const matcher = buildMatcher([pack]);

/** The engine's matches of the page's runs, ambiguous names decided over the whole page, as the scanner does. */
function engineMatches(body: Tree[]): Match[] {
  const state = createPageState();
  // The finder is given a source line break or tab as the space the page shows (content/chunks.ts);
  // a match's text is the page's own.
  const found = runsOf(body).flatMap((text) =>
    matcher.find(text.replace(/[\t\n\r\f]/g, ' '), state).map((m) => ({ ...m, text: text.slice(m.start, m.end) })),
  );
  return decidePage(found, (m, entityId) => ({ ...m, entityId }));
}

/** The highlight painted over mentions that make a checked claim (src/content/painter.ts). */
const CLAIM_HIGHLIGHT = 'glossa-claim';

/** The items of `sub` that `all` does not hold, counting repeats (a multiset difference): [] when `sub` ⊆ `all`. */
const missingFrom = (all: readonly string[], sub: readonly string[]): string[] => {
  const left = [...all];
  return sub.filter((s) => {
    const i = left.indexOf(s);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
};

/**
 * The scan CLI's matches for the page's HTML (src/cli/scan-core.ts, whose html-text.ts writes one
 * line per block): its texts are of the visible text, white space collapsed as `collapsed` does.
 */
function cliMatches(html: string): { entityId: string; text: string }[] {
  const [report] = scanFiles([pack], [{ file: 'page.html', content: html }]);
  return report!.entities.flatMap((e) => e.matches.map((m) => ({ entityId: e.id, text: m.text })));
}
const collapsed = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');

const countsOf = (ms: readonly { entityId: string }[]) => {
  const out: Record<string, number> = {};
  for (const m of ms) out[m.entityId] = (out[m.entityId] ?? 0) + 1;
  return out;
};
const sortedKeys = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

// ---------------------------------------------------------------------------------------------

describeInBrowsers(
  'hardening: DOM fuzzing (random trees, mixed scripts, invisible characters, split names)',
  (get, browserName) => {
    // Paint every mention, not only the first of each entity, so painted ranges = mentions.
    paintEveryMention(get);

    it(`${CASES} random pages: DOM unchanged, counts and painted ranges equal the engine's, no error (seed ${SEED})`, async () => {
      const { browser, server } = get();
      let n = 0;
      await fc.assert(
        fc.asyncProperty(pageArb, async (tree) => {
          const caseNo = ++n;
          const body = toHtml(tree);
          const html = pageHtml(body);
          const path = `/fuzz-${browserName}-${caseNo}.html`;
          server.setPage(path, html);
          const where = `case ${caseNo} (seed ${SEED}, ${browserName}); page HTML:\n${html}\n`;
          const { page, tabId } = await browser.openTab(`${server.origin}${path}`);
          try {
            const before = await page.waitFor(() => {
              const w = window as unknown as { __before?: string; __body?: string };
              return w.__before ? { html: w.__before, body: w.__body! } : null;
            });
            // The generator's trees are ones the parser keeps as they are (else the run model is wrong).
            expect(before.body, `${where}parser changed the generated tree`).toBe(body);

            const expectedMatches = engineMatches(tree);
            // The scan CLI reads the same HTML as the page (issue 16: one decision everywhere).
            const cli = cliMatches(html);
            expect(sortedKeys(countsOf(cli)), `${where}scan CLI counts`).toEqual(sortedKeys(countsOf(expectedMatches)));
            expect(cli.map((m) => m.text).sort(), `${where}scan CLI texts`).toEqual(
              expectedMatches.map((m) => collapsed(m.text)).sort(),
            );
            const counts = await pageEntities(browser, tabId);
            expect(sortedKeys(counts), `${where}counts`).toEqual(sortedKeys(countsOf(expectedMatches)));

            // Mentions are painted once each in their category's highlight; glossa-claim draws again over
            // those whose sentence makes a checked claim (the engine here checks no claims), so it is
            // compared apart: every claim range is a painted mention's.
            const { [CLAIM_HIGHLIGHT]: claimed = [], ...byCategory } = await page.evaluate(highlightTexts);
            const painted = Object.values(byCategory).flat().sort();
            expect(painted, `${where}painted ranges`).toEqual(expectedMatches.map((m) => m.text).sort());
            expect(missingFrom(painted, claimed), `${where}claim ranges not painted as mentions`).toEqual([]);

            const after = await page.evaluate(() => document.documentElement.outerHTML);
            expect(after, `${where}serialised DOM changed`).toBe(before.html);

            const problems = page.console.filter((l) => /^(pageerror|error):/.test(l));
            expect(problems, `${where}errors`).toEqual([]);
          } finally {
            await page.close();
          }
        }),
        { numRuns: CASES, seed: SEED, endOnFailure: true, verbose: 1 },
      );
    }, 120_000);
  },
);
