// V8's compile hint (Chromium 136+; a plain comment to other engines): compile every function of
// the file at once. A module is parsed on a background thread, so its functions are then compiled
// there instead of lazily, on the page's main thread, at their first call.
//
// Only for page-annotator.js, nearly all of whose code runs on every page with a name (docs/perf-log.md,
// session 21: the 100 kB page's content-script CPU about 5 ms lower). Not for the entry, content.js:
// a classic script is compiled on the main thread, and compiling all of it cost a page with no name
// about 2 ms more than the lazy compiles of what that page runs.

export const COMPILE_ALL = '//# allFunctionsCalledOnLoad';

/** The content script's modules (build.mjs CONTENT_MODULES) built with COMPILE_ALL as their first line. */
export const EAGER_MODULES = new Set(['page-annotator']);
