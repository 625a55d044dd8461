// Glossa never renders markup from data, so Preact's one innerHTML write (the
// dangerouslySetInnerHTML prop) is replaced by a throw. This removes the only innerHTML sink
// from our bundles (web-ext lint flags it) and makes any future use fail loudly.
import { readFile } from 'node:fs/promises';

const SINK = /(\w+)\.innerHTML=(\w+)\.__html/g;

export const noInnerHtml = {
  name: 'no-inner-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const patched = source.replace(
        SINK,
        () => '(()=>{throw Error("Glossa: dangerouslySetInnerHTML is disabled")})()',
      );
      if (patched === source) {
        throw new Error(
          `${path}: Preact's innerHTML write was not found; check scripts/no-inner-html.mjs after upgrading Preact`,
        );
      }
      return { contents: patched, loader: 'js' };
    });
  },
};
