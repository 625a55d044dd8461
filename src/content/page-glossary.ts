/**
 * The stored glossary's checks, built as their own ES module (build.mjs CONTENT_MODULES:
 * page-glossary.js) and imported by page-annotator.js only when a glossary is stored
 * (./stored-glossary.ts): a malformed one is still rejected or salvaged as everywhere else.
 */
export { storedGlossaryPack } from '../shared/glossa-store';
