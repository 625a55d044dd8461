/**
 * The pages a bench run measures, generated into a temp dir (see pages.ts for the generators):
 * the articles, the no-mention page, the infinite scroll and the mutation storm.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchOptions } from './options';
import {
  aliasesFromPack,
  FALLBACK_ALIASES,
  generateArticle,
  generateInfiniteScroll,
  generateMutationStorm,
  generateScrollSoak,
  generateSpaSoak,
  strongAliases,
  type AliasEntry,
  type ScrollPage,
  type SoakPage,
  type StormPage,
} from './pages';

export interface PageSpec {
  key: string;
  file: string;
  label: string;
  textBytes: number;
  mentions: number;
  runs: number;
}

export function loadAliases(root: string): { aliases: AliasEntry[]; source: string } {
  const file = path.join(root, 'src/pack/bundled-pack.json');
  if (existsSync(file)) {
    try {
      const a = aliasesFromPack(JSON.parse(readFileSync(file, 'utf8')));
      if (a.length) return { aliases: a, source: 'src/pack/bundled-pack.json' };
    } catch (e) {
      console.warn(`bench: ${file} unreadable (${String(e)}); using the fallback aliases`);
    }
  }
  return { aliases: FALLBACK_ALIASES, source: 'fallback list (bundled pack missing)' };
}

/** Mutation-storm runs (issue 8): 3, or 1 in --quick. */
export const stormRuns = (o: BenchOptions): number => (o.quick ? 1 : Math.min(o.runs, 3));

export interface PageSet {
  pages: PageSpec[];
  scroll: ScrollPage;
  storm: StormPage;
  /** Soak pages (issue 19), served from memory: the single-page app and the long infinite scroll. */
  spaSoak: SoakPage;
  scrollSoak: SoakPage;
}

export const SPA_SOAK_URL = '/soak-spa.html';
export const SCROLL_SOAK_URL = '/soak-scroll.html';

export function writePages(dir: string, aliases: AliasEntry[], o: BenchOptions): PageSet {
  const { quick, runs: RUNS, only: ONLY } = o;
  const sizes: Array<[string, string, number, number]> =
    quick && !ONLY
      ? [['100k', '~100 kB article', 100_000, RUNS]]
      : [
          ['100k', '~100 kB article', 100_000, RUNS],
          ['1m', '~1 MB article', 1_000_000, RUNS],
          ['5m', '~5 MB article', 5_000_000, Math.min(RUNS, 3)],
        ];
  const pages: PageSpec[] = [];
  for (const [key, label, bytes, runs] of sizes) {
    const p = generateArticle({ targetBytes: bytes, aliases, seed: 42 });
    writeFileSync(path.join(dir, `${key}.html`), p.html);
    pages.push({ key, file: `${key}.html`, label, textBytes: p.textBytes, mentions: p.mentions, runs });
  }
  const none = generateArticle({ targetBytes: 30_000, aliases: [], seed: 5, title: 'Autumn market notes' });
  writeFileSync(path.join(dir, 'none.html'), none.html);
  pages.push({
    key: 'none',
    file: 'none.html',
    label: '~30 kB article, no mention',
    textBytes: none.textBytes,
    mentions: 0,
    runs: quick && !ONLY ? 1 : RUNS,
  });
  if (ONLY) pages.splice(0, pages.length, ...pages.filter((p) => ONLY.includes(p.key)));
  // Infinite scroll: 10 s (2 s in --quick). Mutation storm (issue 8): bursts every 100 ms, 5 s (2 s in --quick).
  const scroll = generateInfiniteScroll({ aliases: strongAliases(aliases), durationMs: quick ? 2_000 : 10_000 });
  writeFileSync(path.join(dir, 'scroll.html'), scroll.html);
  writeFileSync(path.join(dir, 'blank.html'), '<!doctype html><title>blank</title><p>.</p>');
  // served from memory (server.setPage), see run.ts
  const storm = generateMutationStorm({ aliases: strongAliases(aliases), bursts: quick ? 20 : 50 });
  const spaSoak = generateSpaSoak({ aliases: strongAliases(aliases), swaps: o.spaSwaps });
  const scrollSoak = generateScrollSoak({ aliases: strongAliases(aliases), durationMs: o.soakMinutes * 60_000 });
  return { pages, scroll, storm, spaSoak, scrollSoak };
}
