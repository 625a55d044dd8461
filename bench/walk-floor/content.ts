/**
 * The bench's extension floor: the least a content script that reads a page soundly can cost.
 * It reads the settings once, then walks the page's text as Glossa's scanner must (every element
 * visited, to step over skipped subtrees and to enter open shadow roots; every text node's data
 * read), in one task, in the extension's isolated world, and does nothing else. The floor
 * is the same walk run by the page itself; the difference between the two is what the isolated
 * world costs before any matching or painting.
 */
import { kindOf, nextOutside } from '../../src/content/collect-text';

interface Chrome {
  runtime: { onMessage: { addListener(fn: (m: unknown, sender: unknown, reply: (r: unknown) => void) => void): void } };
  storage: { sync: { get(key: string): Promise<unknown> } };
}
const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
const notOurs = (): boolean => false;

function read(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let chars = 0;
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === Node.TEXT_NODE) {
      chars += (n as Text).data.length;
      n = walker.nextNode();
      continue;
    }
    const el = n as Element;
    if (kindOf(el, notOurs) === 'skip') {
      n = nextOutside(walker);
      continue;
    }
    const shadow = el.shadowRoot;
    if (shadow) chars += read(shadow);
    n = walker.nextNode();
  }
  return chars;
}

let complete = false;
// Answers the bench's poll as Glossa does, so the same harness waits for it.
chrome.runtime.onMessage.addListener((m, _sender, reply) => {
  if ((m as { type?: string } | null)?.type === 'glossa:page-entities') reply({ complete, entities: [] });
});
void chrome.storage.sync.get('settings').then(() => {
  complete = read(document.body) >= 0;
});
