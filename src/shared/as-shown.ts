/**
 * Page text as the finder reads it. A line break or tab in a text node's source is a space on
 * screen (white-space: normal) and in the scan CLI's text (cli/html-text.ts), so the engine is
 * given one there: a cue that ends a sentence at a line break (name-shape.ts) must not see one the
 * page does not show. One for one, so offsets stay the page's. Applied where the text is matched
 * (background/find-names.ts, content/finder.ts's local finder), not in the page before sending:
 * the page's thread only reads.
 */
const BREAK = /[\t\n\r\f]/;
const BREAKS = /[\t\n\r\f]/g;

export const asShown = (text: string): string => (BREAK.test(text) ? text.replace(BREAKS, ' ') : text);
