/**
 * Test flavours of the extension (build.mjs --test-…, e.g. refuseFindNames): the real sources with
 * one module replaced, built into dist/<flavour>/ for suites that need a path a real build takes
 * only when something fails. Built from the current sources when a suite first asks, once per
 * test process.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `test-no-find-names`: the background refuses glossa:find-names (the page's own matcher takes over). */
export type TestFlavour = 'test-no-find-names';

const BUILD = fileURLToPath(new URL('../../../build.mjs', import.meta.url));
const built = new Map<TestFlavour, Promise<void>>();

/** Builds `flavour` into dist/<flavour>/{chrome,firefox}; rejects with build.mjs's message. */
export function buildTestFlavour(flavour: TestFlavour): Promise<void> {
  let done = built.get(flavour);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      // Type-checked by `npm run typecheck` already; the flavour differs by one module.
      const child = spawn(process.execPath, [BUILD, '--skip-typecheck', `--${flavour}`], { stdio: 'pipe' });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`build.mjs --${flavour} failed (${code}): ${output}`)),
      );
    });
    built.set(flavour, done);
  }
  return done;
}
