/**
 * node scripts/run-ts.mjs bench/find-runs.ts — the engine in Node on the bench's own 1 MB article,
 * fed as the content script feeds it (one call per block of text) and as one string, with the
 * content script's own pack, with the precompiled (loaded) matcher the content script uses and a
 * built one; plus the matcher build vs a precompiled load. CPU time, medians of 5.
 * Evidence for the profile findings (is in-page matching slower than the engine alone?).
 */
import { readFileSync } from 'node:fs';
import { buildMatcher, createScanState, type Matcher } from '../src/text/matcher';
import { loadMatcher, serialiseMatcher } from '../src/text/matcher-format';
import type { Pack } from '../src/text/pack-types';
import { aliasesFromPack, generateArticle } from './pages';
import { median } from './stats';

const pack = JSON.parse(readFileSync('src/pack/bundled-pack.json', 'utf8')) as Pack;
const page = generateArticle({ targetBytes: 1_000_000, aliases: aliasesFromPack(pack), seed: 42 });
const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
// blocks as collect-text makes them: the text of each block element, inline markup joined
const blocks = page.html
  .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '')
  .split(/<\/?(?:p|li|td|th|h1|h2|ul|table|thead|tbody|tr|section|blockquote|article|main|header|footer|nav)\b[^>]*>/)
  .map((b) => decode(b.replace(/<[^>]+>/g, '')))
  .filter((b) => /\S/.test(b));
const cpu = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const runs = 5;
const build: number[] = [];
let built = buildMatcher([pack]);
for (let i = 0; i < runs; i++) build.push(cpu(() => void (built = buildMatcher([pack]))));
const bytes = serialiseMatcher(built);
let m = built;
const firstLoad = cpu(() => void (m = loadMatcher(bytes, [pack])));
const load: number[] = [];
for (let i = 0; i < runs; i++) load.push(cpu(() => void loadMatcher(bytes, [pack])));
const text = blocks.join('\n');
let count = 0;
const perBlockRun = (matcher: Matcher): void => {
  const st = createScanState();
  count = 0;
  for (const b of blocks) count += matcher.find(b, st).length;
};
// The first pass runs before the engine is optimised (a page scans once): reported on its own.
const firstPass = cpu(() => perBlockRun(m));
// Then one untimed round of each kind, so the medians below are of optimised code.
perBlockRun(m);
m.find(text, createScanState());
const rows: [string, Matcher][] = [
  ['loaded (as the content script)', m],
  ['built', built],
];
for (const [label, matcher] of rows) {
  const perBlock: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < runs; i++) {
    perBlock.push(cpu(() => perBlockRun(matcher)));
    whole.push(cpu(() => void matcher.find(text, createScanState())));
  }
  const pb = median(perBlock)!;
  const wh = median(whole)!;
  console.log(
    `${label}: find per block ${pb.toFixed(1)} ms CPU; whole text in one call ${wh.toFixed(1)} ms CPU (per block / whole ${(pb / wh).toFixed(2)})`,
  );
}
console.log(
  `${blocks.length} blocks, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${count} matches; first per-block pass of a fresh process (loaded matcher, unoptimised engine): ${firstPass.toFixed(1)} ms CPU`,
);
console.log(
  `buildMatcher (bundled pack): ${median(build)?.toFixed(1)} ms CPU; loadMatcher (precompiled, ${(bytes.length / 1024).toFixed(0)} kB): first ${firstLoad.toFixed(1)} ms, then ${median(load)?.toFixed(1)} ms CPU`,
);
