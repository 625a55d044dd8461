// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ViewportWatch } from './viewport-watch';

/** An IntersectionObserver stand-in whose answers the test gives (happy-dom computes no layout). */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(e: Element): void {
    this.observed.add(e);
  }
  unobserve(e: Element): void {
    this.observed.delete(e);
  }
  disconnect(): void {
    this.disconnected = true;
    this.observed.clear();
  }
  /** The browser's answer after a frame: every observed element, shown or not. */
  answer(shown: ReadonlySet<Element>): void {
    this.callback(
      [...this.observed].map((target) => ({ target, isIntersecting: shown.has(target) }) as IntersectionObserverEntry),
    );
  }
}

const real = globalThis.IntersectionObserver;
afterEach(() => {
  globalThis.IntersectionObserver = real;
  document.body.replaceChildren();
});

function rangeIn(text: string): { range: Range; element: HTMLElement } {
  const element = document.createElement('p');
  element.textContent = text;
  document.body.append(element);
  const range = document.createRange();
  range.setStart(element.firstChild!, 0);
  range.setEnd(element.firstChild!, text.length);
  return { range, element };
}

describe('ViewportWatch', () => {
  it("watches each range's element and calls back once one shows; every element answers once", () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    let shown = 0;
    const watch = new ViewportWatch(() => shown++);
    const a = rangeIn('AFRICOM');
    const b = rangeIn('Langley');
    watch.watch([a.range, b.range]);
    const io = FakeObserver.last!;
    expect([...io.observed]).toEqual([a.element, b.element]);
    io.answer(new Set());
    expect(shown).toBe(0);
    expect(io.observed.size).toBe(0);
    watch.watch([b.range]);
    io.answer(new Set([b.element]));
    expect(shown).toBe(1);
  });

  it('makes no observer until a range is watched, and forgets every range on clear', () => {
    FakeObserver.last = null;
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const watch = new ViewportWatch(() => {});
    watch.watch([]);
    watch.clear();
    expect(FakeObserver.last).toBeNull();
    watch.watch([rangeIn('HIMARS').range]);
    watch.clear();
    expect(FakeObserver.last!.disconnected).toBe(true);
  });

  it('watches nothing where the browser has no IntersectionObserver (the spacing paints)', () => {
    (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
    const watch = new ViewportWatch(() => {
      throw new Error('no answer expected');
    });
    expect(() => watch.watch([rangeIn('Apache').range])).not.toThrow();
    watch.clear();
  });
});
