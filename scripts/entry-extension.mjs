// esbuild plugin for the content script's modules (build.mjs CONTENT_MODULES): `webextension-polyfill`
// resolves to the extension API the entry (src/content/index.ts) already made and left under
// ENTRY_EXTENSION before importing them. They run in the entry's world (Chrome's isolated world,
// Firefox's content script sandbox) and only after it, so each need not parse and evaluate a copy
// of the polyfill and wrap every API namespace it uses again.

/** Symbol.for's key; src/content/index.ts leaves its API under the same one. */
export const ENTRY_EXTENSION = 'glossa.entry-extension';

export const entryExtension = {
  name: 'entry-extension',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, () => ({
      path: 'webextension-polyfill',
      namespace: 'entry-extension',
    }));
    build.onLoad({ filter: /.*/, namespace: 'entry-extension' }, () => ({
      contents: `const api = globalThis[Symbol.for(${JSON.stringify(ENTRY_EXTENSION)})];
if (!api) throw new Error('Glossa: a part of the content script was loaded without its entry');
module.exports = api;`,
      loader: 'js',
    }));
  },
};
