/**
 * node scripts/run-ts.mjs bench/walk-variants.ts — evidence for the profile findings: variants of
 * the text walk (JS NodeFilter, isContentEditable, manual subtree skipping, blockOf) and of
 * per-node costs (Range creation, MessageChannel), timed in a plain Chromium page on the 1 MB
 * article. Medians of 5 loads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './launch';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { aliasesFromPack, generateArticle } from './pages';
const dir = mkdtempSync(path.join(os.tmpdir(), 'walk-'));
const al = aliasesFromPack(JSON.parse(readFileSync('src/pack/bundled-pack.json', 'utf8')));
writeFileSync(path.join(dir, '1m.html'), generateArticle({ targetBytes: 1e6, aliases: al, seed: 42 }).html);
const server = await startFixtureServer(dir + '/');
const b = await launchChromium(null);
const page = await b.newPage();
const res: Record<string, number[]> = {};
for (let run = 0; run < 5; run++) {
  await page.goto(server.origin + '/1m.html');
  await new Promise((r) => setTimeout(r, 300));
  const r = await page.evaluate(() => {
    const out: Record<string, number> = {};
    const SKIP = new Set([
      'HEAD',
      'TITLE',
      'SCRIPT',
      'STYLE',
      'NOSCRIPT',
      'TEMPLATE',
      'TEXTAREA',
      'INPUT',
      'SELECT',
      'OPTION',
      'CODE',
      'KBD',
      'SAMP',
      'PRE',
      'SVG',
      'MATH',
      'IFRAME',
      'OBJECT',
      'EMBED',
      'CANVAS',
      'VIDEO',
      'AUDIO',
    ]);
    const skipLower = new Set([...SKIP].map((s) => s.toLowerCase()));
    const INLINE = new Set([
      'A',
      'ABBR',
      'B',
      'BDI',
      'BDO',
      'CITE',
      'DATA',
      'DFN',
      'EM',
      'FONT',
      'I',
      'INS',
      'DEL',
      'LABEL',
      'MARK',
      'Q',
      'RUBY',
      'RB',
      'RT',
      'RP',
      'S',
      'SMALL',
      'SPAN',
      'STRONG',
      'SUB',
      'SUP',
      'TIME',
      'TT',
      'U',
      'VAR',
      'WBR',
      'NOBR',
    ]);
    const inlineLower = new Set([...INLINE].map((s) => s.toLowerCase()));
    const time = (name: string, f: () => number) => {
      const t = performance.now();
      const n = f();
      out[name] = performance.now() - t;
      out[name + '#'] = n;
    };
    time('floor SHOW_TEXT', () => {
      let c = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) c += (n as Text).data.length;
      return c;
    });
    time('JS filter + toUpperCase + isContentEditable (as collect-text)', () => {
      let c = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.nodeType === 1 && (SKIP.has((n as Element).tagName.toUpperCase()) || (n as HTMLElement).isContentEditable)
            ? 2
            : 1,
      });
      for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeType === 3) c += (n as Text).data.length;
      return c;
    });
    time('JS filter, no isContentEditable', () => {
      let c = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.nodeType === 1 && SKIP.has((n as Element).tagName.toUpperCase()) ? 2 : 1),
      });
      for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeType === 3) c += (n as Text).data.length;
      return c;
    });
    time('no filter, manual skip by localName (nextSibling to skip subtrees)', () => {
      let c = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let n: Node | null = w.nextNode();
      while (n) {
        if (n.nodeType === 3) {
          c += (n as Text).data.length;
          n = w.nextNode();
        } else if (skipLower.has((n as Element).localName)) {
          n = w.nextSibling();
          while (!n && w.parentNode()) n = w.nextSibling();
        } else n = w.nextNode();
      }
      return c;
    });
    time('+ blockOf per text node (toUpperCase)', () => {
      let c = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let n: Node | null = w.nextNode();
      while (n) {
        if (n.nodeType === 3) {
          let p: Node | null = n.parentNode;
          while (p && p.nodeType === 1 && INLINE.has((p as Element).tagName.toUpperCase())) p = p.parentNode;
          if (p) c++;
          c += (n as Text).data.length;
          n = w.nextNode();
        } else if (skipLower.has((n as Element).localName)) {
          n = w.nextSibling();
          while (!n && w.parentNode()) n = w.nextSibling();
        } else n = w.nextNode();
      }
      return c;
    });
    time('+ blockOf per text node (localName)', () => {
      let c = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let n: Node | null = w.nextNode();
      while (n) {
        if (n.nodeType === 3) {
          let p: Node | null = n.parentNode;
          while (p && p.nodeType === 1 && inlineLower.has((p as Element).localName)) p = p.parentNode;
          if (p) c++;
          c += (n as Text).data.length;
          n = w.nextNode();
        } else if (skipLower.has((n as Element).localName)) {
          n = w.nextSibling();
          while (!n && w.parentNode()) n = w.nextSibling();
        } else n = w.nextNode();
      }
      return c;
    });
    time('isContentEditable on every element alone', () => {
      let c = 0;
      for (const e of document.body.getElementsByTagName('*')) if ((e as HTMLElement).isContentEditable) c++;
      return c;
    });
    time('createRange+setStart/End per text node', () => {
      let c = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const r = document.createRange();
        r.setStart(n, 0);
        r.setEnd(n, Math.min(1, (n as Text).length));
        c++;
      }
      return c;
    });
    time('new MessageChannel x 1000', () => {
      for (let i = 0; i < 1000; i++) {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {};
        ch.port2.postMessage(null);
      }
      return 1000;
    });
    return out;
  });
  for (const [k, v] of Object.entries(r)) (res[k] ??= []).push(v);
}
for (const [k, v] of Object.entries(res)) {
  const s = [...v].sort((a, b) => a - b);
  console.log(k.padEnd(72), k.endsWith('#') ? s[0] : s[2]!.toFixed(1) + ' ms  ' + v.map((x) => x.toFixed(1)).join(' '));
}
await b.close();
await server.close();
