/**
 * Tells the painter when a range waiting for paint shows in the viewport, without reading layout.
 * Reading a range's box in the frame (getBoundingClientRect) forced the page's pending layout inside
 * our callback: on a page that rewrites itself many times a second that layout was 20–45 ms, the
 * longest tasks Glossa ran (docs/perf-log.md, session 17). An IntersectionObserver learns the same
 * from the layout the browser makes for the frame anyway, and answers in a task of its own.
 *
 * It watches the element holding each range: a range inside a tall element may be reported shown
 * while it is not, which only paints it sooner.
 */

/** What the painter needs of the viewport (a stand-in in unit tests). */
export interface Viewport {
  /** Calls the watch's `onShown` once some element holding one of `ranges` shows in the viewport. */
  watch(ranges: readonly Range[]): void;
  /** Forgets every range watched. */
  clear(): void;
}

export class ViewportWatch implements Viewport {
  /**
   * Made on first use (a page whose mentions all paint at once never needs one); null where the browser
   * has none (a hardened Firefox can turn it off): fresh ranges then wait for the painter's spacing.
   */
  private observer: IntersectionObserver | null | undefined;

  constructor(private readonly onShown: () => void) {}

  watch(ranges: readonly Range[]): void {
    if (ranges.length === 0) return;
    if (this.observer === undefined)
      this.observer =
        typeof IntersectionObserver === 'function' ? new IntersectionObserver((e) => this.onEntries(e)) : null;
    if (this.observer === null) return;
    for (const r of ranges) {
      const node = r.startContainer;
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      // Observing an element twice is a no-op: its first answer covers both ranges.
      if (element) this.observer.observe(element);
    }
  }

  clear(): void {
    this.observer?.disconnect();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    // Each element answers once: it is unobserved whatever it says.
    let shown = false;
    for (const e of entries) {
      this.observer?.unobserve(e.target);
      shown ||= e.isIntersecting;
    }
    if (shown) this.onShown();
  }
}
