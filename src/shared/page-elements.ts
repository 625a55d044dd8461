/**
 * How a page's text falls into blocks, by element name: the content script's walk
 * (content/collect-text.ts) and the scan CLI's reading of an HTML file (cli/html-text.ts) share
 * these, so a line of the CLI's text is a run of the page's, and a context rule's window stops at
 * the same place in both (issue 16: the page and the CLI decide alike). Lower-case local names.
 */

/** Subtrees never scanned (the text of code, forms, media fallbacks, embedded documents). */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'kbd',
  'samp',
  'pre',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
]);

/** Elements whose text flows inside the surrounding block. Any other element starts a new block. */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  'rt',
  'rp',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'nobr',
]);
