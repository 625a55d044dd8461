/**
 * Mouse and touch: a passive pointer listener throttled to animation frames finds the mention
 * under the pointer; after a hover intent the tooltip opens, it stays while the pointer is on the
 * mention or in the tooltip, and closes after a grace period, on scroll away or on Escape.
 * A tap on a mention opens it; a tap elsewhere closes it.
 */
import type { Mention } from './scanner';

const HOVER_INTENT_MS = 300;
const GRACE_MS = 300;

export interface InteractionHooks {
  mentionAt(x: number, y: number): Mention | undefined;
  insideUi(e: Event): boolean;
  shown(): Mention | null;
  show(m: Mention, how: 'hover' | 'touch'): void;
  hide(): void;
  /** The shown tooltip's mention moved (scroll): reposition, or hide when it left the viewport. */
  reposition(): void;
}

export function installInteraction(h: InteractionHooks): () => void {
  let frame = 0;
  let last: PointerEvent | null = null;
  let candidate: Mention | null = null;
  let intent: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;

  const cancelGrace = () => {
    clearTimeout(grace);
    grace = undefined;
  };
  const startGrace = () => {
    if (grace !== undefined || !h.shown()) return;
    grace = setTimeout(() => {
      grace = undefined;
      h.hide();
    }, GRACE_MS);
  };

  const evaluate = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    if (h.insideUi(e)) {
      cancelGrace();
      clearTimeout(intent);
      candidate = null;
      return;
    }
    const m = h.mentionAt(e.clientX, e.clientY);
    if (m && m === h.shown()) {
      cancelGrace();
      clearTimeout(intent);
      candidate = null;
      return;
    }
    if (m) {
      if (m !== candidate) {
        candidate = m;
        clearTimeout(intent);
        intent = setTimeout(() => {
          if (candidate !== m) return;
          candidate = null;
          cancelGrace();
          h.show(m, 'hover');
        }, HOVER_INTENT_MS);
      }
      return;
    }
    candidate = null;
    clearTimeout(intent);
    startGrace();
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    last = e;
    if (!frame) frame = requestAnimationFrame(evaluate);
  };
  const onDown = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') return;
    if (h.insideUi(e)) return;
    const m = h.mentionAt(e.clientX, e.clientY);
    if (m) {
      cancelGrace();
      h.show(m, 'touch');
    } else h.hide();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && h.shown()) h.hide();
  };
  const onScroll = () => {
    if (h.shown()) h.reposition();
  };

  const opts = { passive: true, capture: true } as const;
  document.addEventListener('pointermove', onMove, opts);
  document.addEventListener('pointerdown', onDown, opts);
  document.addEventListener('keydown', onKey, true);
  window.addEventListener('scroll', onScroll, opts);
  window.addEventListener('resize', onScroll, { passive: true });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(intent);
    cancelGrace();
    document.removeEventListener('pointermove', onMove, opts);
    document.removeEventListener('pointerdown', onDown, opts);
    document.removeEventListener('keydown', onKey, true);
    window.removeEventListener('scroll', onScroll, opts);
    window.removeEventListener('resize', onScroll);
  };
}
