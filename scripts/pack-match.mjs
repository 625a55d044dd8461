// esbuild plugin: `import pack from './bundled-pack.json?match'` gives the pack reduced to what
// matching needs. The content script runs on every page, so the card's fields (summaries, facts,
// relations) stay in the background (glossa:entity-card); everything else is kept, so a field the
// matcher reads (context rules, cueWeights, otherSenses, and any added later) cannot be left out
// and make the extension decide otherwise than the scan CLI and the eval.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export function matchingPart(pack) {
  return {
    ...pack,
    entities: pack.entities.map(({ summary: _summary, facts: _facts, relations: _relations, ...matching }) => ({
      ...matching,
      summary: {},
      facts: [],
    })),
  };
}

/** The pack's name and version (the precompiled matcher's key) and each entity's category (the paint). */
export function outlinePart(pack) {
  return {
    id: pack.id,
    version: pack.version,
    categories: Object.fromEntries(pack.entities.map(({ id, category }) => [id, category])),
  };
}

/** `?match` and `?outline` (what page-annotator.js needs of the pack when the background matches). */
export const packMatch = {
  name: 'pack-match',
  setup(build) {
    build.onResolve({ filter: /\.json\?(match|outline)$/ }, ({ path, resolveDir }) => ({
      path: resolve(resolveDir, path.replace(/\?(match|outline)$/, '')),
      namespace: path.endsWith('?outline') ? 'pack-outline' : 'pack-match',
    }));
    build.onLoad({ filter: /.*/, namespace: 'pack-match' }, async ({ path }) => {
      const pack = JSON.parse(await readFile(path, 'utf8'));
      return {
        contents: JSON.stringify(matchingPart(pack)),
        loader: 'json',
        resolveDir: dirname(path),
        watchFiles: [path],
      };
    });
    build.onLoad({ filter: /.*/, namespace: 'pack-outline' }, async ({ path }) => ({
      contents: JSON.stringify(outlinePart(JSON.parse(await readFile(path, 'utf8')))),
      loader: 'json',
      resolveDir: dirname(path),
      watchFiles: [path],
    }));
  },
};
