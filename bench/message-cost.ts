/**
 * node scripts/run-ts.mjs bench/message-cost.ts DIR... [--calls 20] [--chars 65536]
 *
 * What one `runtime.sendMessage` of page text costs the page's thread, per build of the extension
 * (e.g. dist/chrome, and a copy whose manifest differs): in the content script's isolated world of
 * the bench's 1 MB article, the synchronous part of the call (serialisation and the hand-off to
 * the browser process) timed, in rounds of 10 calls, for a message shaped like a find-names request, whose texts are the
 * page's own (`--chars` of them, split into paragraph-sized texts). The message has a type no one
 * answers, so the background does no matching. Per build, µs per call: the minimum (a shared
 * machine only adds), median and quartiles; and ns per character at the minimum.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { launchChromium } from './launch';
import { writeProfilePages } from './profile-build';
import { freshTab, waitComplete } from './session';
import { median, percentile } from './stats';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const argv = process.argv.slice(2);
const VALUED = ['--calls', '--chars'];
const opt = (n: string): string | undefined => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const CALLS = Number(opt('--calls') ?? 20);
const CHARS = Number(opt('--chars') ?? 65_536);
const dirs = argv.filter((a, i) => !a.startsWith('--') && !VALUED.includes(argv[i - 1] ?? ''));
/** Rounds dropped as warm-up before the figures are taken. */
const WARM_UP = 2;
if (!dirs.length || !(CHARS > 0)) throw new Error('usage: bench/message-cost.ts DIR... [--calls N] [--chars N]');
if (!Number.isInteger(CALLS) || CALLS <= WARM_UP)
  throw new Error(
    `--calls must be a whole number above ${WARM_UP} (the first ${WARM_UP} rounds warm up): got ${opt('--calls')}`,
  );

/** Runs in the content script's world: times `calls` sends of `chars` of the page's text. */
const timeSends = ({ calls, chars }: { calls: number; chars: number }): number[] => {
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
    .chrome.runtime;
  const all = document.body.textContent ?? '';
  const texts: string[] = [];
  for (let at = 0; at < chars && at < all.length; at += 400) texts.push(all.slice(at, Math.min(at + 400, chars)));
  // performance.now() is coarse in a content script (100 µs): rounds of 10 calls, timed whole.
  const out: number[] = [];
  for (let round = 0; round < calls; round++) {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) {
      // A fresh array each time, as the scanner sends; the texts' strings are the same.
      const message = { type: 'glossa:bench-no-one', key: '', texts: texts.slice(), seen: [] };
      // No one answers this type, so every send rejects (closed unanswered): expected, and only the
      // synchronous part is timed. Caught so that no unhandled rejection is reported per call.
      runtime.sendMessage(message).catch(() => undefined);
    }
    out.push((performance.now() - t0) * 100);
  }
  return out;
};

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'glossa-message-cost-'));
  writeProfilePages(root, tmp, ['1m']);
  const server = await startFixtureServer(`${tmp}${path.sep}`);
  try {
    for (const dir of dirs) {
      const b = await launchChromium('glossa', path.resolve(root, dir));
      try {
        const { page, tabId } = await freshTab(b, server);
        const cdp = await page.pw!.context().newCDPSession(page.pw!);
        const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
        cdp.on('Runtime.executionContextCreated', (e) => void contexts.push(e.context as never));
        await cdp.send('Runtime.enable');
        await page.goto(`${server.origin}/1m.html`);
        if (!(await waitComplete(b, tabId!, 120_000))) throw new Error('1m: never complete');
        // The newest: the 1 MB page's (the blank page's world went with it).
        const world = contexts.findLast(
          (c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'),
        );
        if (!world) throw new Error('no content-script world');
        const { result } = (await cdp.send('Runtime.evaluate', {
          contextId: world.id,
          expression: `(${timeSends.toString()})(${JSON.stringify({ calls: CALLS, chars: CHARS })})`,
          returnByValue: true,
        })) as { result: { value: number[] } };
        const us = result.value.slice(WARM_UP); // the first rounds warm the path up
        const med = median(us) ?? NaN;
        const q = (p: number): string => (percentile(us, p) ?? NaN).toFixed(0);
        console.log(
          `${dir}: ${CHARS} chars per message, ${us.length} rounds of 10 calls: min ${Math.min(...us).toFixed(0)} µs, median ${med.toFixed(0)} µs [p25 ${q(25)}, p75 ${q(75)}], ${((Math.min(...us) * 1000) / CHARS).toFixed(1)} ns per character at the minimum`,
        );
        await cdp.detach();
      } finally {
        await b.close();
      }
    }
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
