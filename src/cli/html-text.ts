/**
 * Visible text of an HTML document by plain string processing (no DOM): what a reader would see,
 * so the scan CLI counts the same mentions the content script finds on the rendered page.
 * - script, style, noscript, template, head (title etc.), svg text in <title>/<desc>, and
 *   comments are skipped;
 * - character references are decoded;
 * - block-level elements and <br> become line breaks; other whitespace collapses to one space.
 * Not handled (needs CSS): display:none, [hidden], visibility.
 */
import { decodeEntities } from './html-entities';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'textarea',
  'select',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'option',
  'legend',
]);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let i = 0;
  let skipUntil: string | null = null; // closing tag name that ends a skipped element
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
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (!closing && !selfClosing && SKIP.has(name)) {
      skipUntil = name;
      continue;
    }
    if (BLOCK.has(name)) parts.push('\n');
  }
  // Tidy: spaces around line breaks go, runs of blank lines become one line break.
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
