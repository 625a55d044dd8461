/**
 * node scripts/run-ts.mjs bench/find-runs.ts — the engine in Node on the bench's own 1 MB article,
 * fed as the content script feeds it (one call per block of text) and as one string, with the
 * content script's own pack; plus the matcher build vs a precompiled load. CPU time, medians of 5.
 * Evidence for the profile findings (is in-page matching slower than the engine alone?).
 */
import { readFileSync } from 'node:fs';
import { buildMatcher, createScanState, loadMatcher, serialiseMatcher } from '../src/text/matcher';
import type { Pack } from '../src/text/pack-types';
import { aliasesFromPack, generateArticle } from './pages';
import { median } from './stats';

const pack = JSON.parse(readFileSync('src/pack/bundled-pack.json', 'utf8')) as Pack;
const page = generateArticle({ targetBytes: 1_000_000, aliases: aliasesFromPack(pack), seed: 42 });
const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
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
let m = buildMatcher([pack]);
for (let i = 0; i < runs; i++) build.push(cpu(() => void (m = buildMatcher([pack]))));
const bytes = serialiseMatcher(m);
const load: number[] = [];
for (let i = 0; i < runs; i++) load.push(cpu(() => void loadMatcher(bytes, [pack])));
const perBlock: number[] = [];
const whole: number[] = [];
let count = 0;
const text = blocks.join('\n');
for (let i = 0; i < runs; i++) {
  perBlock.push(
    cpu(() => {
      const st = createScanState();
      count = 0;
      for (const b of blocks) count += m.find(b, st).length;
    }),
  );
  whole.push(cpu(() => void m.find(text, createScanState())));
}
console.log(`${blocks.length} blocks, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${count} matches`);
console.log(`buildMatcher (bundled pack): ${median(build)?.toFixed(1)} ms CPU; loadMatcher (precompiled, ${(bytes.length / 1024).toFixed(0)} kB): ${median(load)?.toFixed(1)} ms CPU`);
console.log(`find per block: ${median(perBlock)?.toFixed(1)} ms CPU; whole text in one call: ${median(whole)?.toFixed(1)} ms CPU`);
