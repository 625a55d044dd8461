/**
 * Visible text of an HTML document by plain string processing (no DOM): what a reader would see,
 * one line per block of the page, so the scan CLI reads the runs the content script reads on the
 * rendered page (content/collect-text.ts; both take their element names from
 * shared/page-elements.ts):
 * - elements the page never scans (script, style, head, code, pre, svg, form controls, media…) and
 *   comments are skipped, without cutting the line they sit in;
 * - character references are decoded;
 * - any element that is not inline (p, li, td, <br>, <img>, an unknown element…) ends a line; other
 *   whitespace collapses to one space.
 * Not handled (needs CSS or a DOM): display:none, [hidden], visibility, contenteditable, shadow roots.
 */
import { INLINE_ELEMENTS, SKIPPED_ELEMENTS } from '../shared/page-elements';
import { decodeEntities } from './html-entities';

/** Elements without content or end tag: a skipped one (<input>, <embed>) skips nothing after it. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Their text is not markup: a tag inside (`'<script>'` in a script) opens nothing. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'iframe']);
/**
 * Skipped by the page but not here: its end tag may be left out (a <datalist>'s options), and
 * a skip waiting for it would swallow the rest of the file. In a <select>, the common case, it is
 * skipped with it.
 */
const OPTIONAL_END = 'option';

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let i = 0;
  let skipUntil: string | null = null; // closing tag name that ends a skipped element
  let skipDepth = 0; // elements of that name open inside the skipped one, itself included
  const pushText = (raw: string): void => {
    if (raw.length === 0) return;
    parts.push(decodeEntities(raw).replace(/[ \t\n\r\f]+/g, ' '));
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      if (skipUntil === null) pushText(html.slice(i));
      break;
    }
    if (skipUntil === null) pushText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      // A stray "<" is text, as in browsers.
      if (skipUntil === null) pushText('<');
      i = lt + 1;
      continue;
    }
    i = TAG.lastIndex;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const selfClosing = (m[3] ?? '').trimEnd().endsWith('/');
    if (skipUntil !== null) {
      // The same element nested inside (<svg> in <svg>) closes before the skipped one does.
      if (name === skipUntil && !selfClosing && (closing || !RAW_TEXT.has(name))) skipDepth += closing ? -1 : 1;
      if (skipDepth === 0) skipUntil = null;
      continue;
    }
    if (SKIPPED_ELEMENTS.has(name) && name !== OPTIONAL_END) {
      if (!closing && !selfClosing && !VOID.has(name)) {
        skipUntil = name;
        skipDepth = 1;
      }
      continue;
    }
    if (!INLINE_ELEMENTS.has(name)) parts.push('\n');
  }
  // Tidy: spaces around line breaks go, runs of blank lines become one line break.
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
