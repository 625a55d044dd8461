/**
 * Walking the mentions from the keyboard (manifest commands relayed by the background):
 * next / previous in document order, wrapping around.
 */
import { compareMentions, type Mention } from './scanner';

export function nextMention(list: readonly Mention[], current: Mention | null, direction: 1 | -1): Mention | undefined {
  if (list.length === 0) return undefined;
  if (!current) return direction === 1 ? list[0] : list[list.length - 1];
  let i = list.indexOf(current);
  if (i < 0) {
    // The current one is gone (page changed): continue from where it was.
    i = list.findIndex((m) => compareMentions(m, current) > 0);
    if (i < 0) i = list.length;
    return direction === 1 ? list[i % list.length] : list[(i - 1 + list.length) % list.length];
  }
  return list[(i + direction + list.length) % list.length];
}

/** Scrolls the mention into the middle of the viewport if it is not fully visible. */
export function scrollToMention(m: Mention): void {
  const rect = m.range.getBoundingClientRect();
  const inView =
    rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth;
  if (inView && rect.height > 0) return;
  const el = m.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
}
