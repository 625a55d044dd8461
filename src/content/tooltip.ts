/**
 * Glossa's only node on the page: one <glossa-ui> host with a shadow root, created when first
 * needed (and again if the page removes it). Inside: the tooltip (tippy.js headless, anchored to a
 * virtual reference = the mention's rectangle) rendered with Preact, and a live region.
 * Styles are constructable stylesheets, so a strict page CSP does not block them.
 */
import tippy, { type Instance } from 'tippy.js/headless';
import { render, type ComponentChild } from 'preact';
import { CARD_CSS } from '../ui/card-styles';
import { debug } from '../shared/debug-log';

const HOST_TAG = 'glossa-ui';

/*
 * !important inside the shadow tree beats the page's !important rules on the host (for important
 * declarations the inner tree context wins), so page CSS aimed at unknown or undefined elements
 * cannot hide, shrink or bury the tooltip.
 */
const HOST_CSS = `
:host {
  all: initial !important; display: block !important; visibility: visible !important; opacity: 1 !important;
  position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; transform: none !important; clip-path: none !important; contain: none !important;
  pointer-events: auto !important; z-index: 2147483647 !important; font-size: 16px !important;
}
.glossa-ref { position: fixed; top: 0; left: 0; width: 0; height: 0; }
.glossa-box {
  box-sizing: border-box; max-width: min(380px, calc(100vw - 16px)); max-height: min(420px, calc(100vh - 16px));
  overflow: auto; padding: 10px 12px; border-radius: 8px; border: 1px solid #d6dbe4; background: #fff;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); outline: none;
}
.glossa-box:focus-visible { outline: 2px solid #1f5fa8; }
@media (prefers-color-scheme: dark) { .glossa-box { background: #1e222a; border-color: #3a404c; } }
.glossa-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/** How often a tooltip on screen is put back after the page removes our host, per showing. */
const MAX_REATTACH = 20;

/**
 * Our host element with a fresh shadow root. If the page has taken our tag name (a custom element
 * whose constructor grabs the shadow root), a random name the page cannot have guessed is used.
 */
function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [HOST_TAG, `${HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`]) {
    const host = document.createElement(tag);
    try {
      return { host, shadow: host.attachShadow({ mode: 'open' }) };
    } catch (e) {
      // The name is taken: try the random one.
      debug('tooltip: attach the shadow root', e);
    }
  }
  throw new Error('Glossa: cannot create its UI host');
}

interface Parts {
  host: HTMLElement;
  shadow: ShadowRoot;
  ref: HTMLElement;
  live: HTMLElement;
  tip: Instance;
  box: HTMLElement;
}

/** Puts the CSS in the shadow root: constructable sheet (also through Firefox's Xray), else <style>. */
function adoptCss(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch (e) {
    // Firefox content scripts: try the page-side objects.
    debug('tooltip: adopt the style sheet', e);
  }
  try {
    const page = (window as unknown as { wrappedJSObject?: Record<string, unknown> }).wrappedJSObject;
    const unwrapped = (shadow as unknown as { wrappedJSObject?: { adoptedStyleSheets: unknown } }).wrappedJSObject;
    if (page && unwrapped) {
      const Sheet = page.CSSStyleSheet as typeof CSSStyleSheet;
      const sheet = new Sheet();
      sheet.replaceSync(css);
      const list = new (page.Array as ArrayConstructor)();
      list.push(sheet);
      unwrapped.adoptedStyleSheets = list;
      if (shadow.adoptedStyleSheets.length === 1) return;
    }
  } catch (e) {
    // Fall back to a style element.
    debug('tooltip: adopt the page-side style sheet', e);
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.appendChild(style);
}

export class TooltipHost {
  private parts: Parts | null = null;
  private anchor: (() => DOMRect) | null = null;
  private onBoxEnter: (() => void) | null = null;
  private onBoxLeave: (() => void) | null = null;
  private guard: MutationObserver | null = null;
  private reattached = 0;

  /** The host element, if created. */
  get host(): HTMLElement | null {
    return this.parts?.host ?? null;
  }

  isOurs = (node: Node): boolean => {
    const host = this.parts?.host;
    if (!host) return false;
    return node === host || node.getRootNode() === this.parts?.shadow || host.contains(node);
  };

  /** True when the event happened inside our UI. */
  eventInside(e: Event): boolean {
    const host = this.parts?.host;
    return !!host && e.composedPath().includes(host);
  }

  get visible(): boolean {
    return !!this.parts?.tip.state.isVisible;
  }

  setHoverHandlers(enter: () => void, leave: () => void): void {
    this.onBoxEnter = enter;
    this.onBoxLeave = leave;
  }

  private ensure(): Parts {
    if (this.parts && this.parts.host.isConnected) return this.parts;
    if (this.parts) this.destroy();
    const { host, shadow } = createHost();
    adoptCss(shadow, HOST_CSS + CARD_CSS);
    const ref = document.createElement('span');
    ref.className = 'glossa-ref';
    const live = document.createElement('div');
    live.className = 'glossa-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    const mount = document.createElement('div');
    shadow.append(ref, live, mount);
    const box = document.createElement('div');
    box.className = 'glossa-box';
    box.setAttribute('role', 'dialog');
    box.tabIndex = -1;
    box.addEventListener('pointerenter', () => this.onBoxEnter?.());
    box.addEventListener('pointerleave', () => this.onBoxLeave?.());
    const tip = tippy(ref, {
      render: () => {
        const popper = document.createElement('div');
        popper.appendChild(box);
        return { popper };
      },
      getReferenceClientRect: () => this.anchor?.() ?? new DOMRect(0, 0, 0, 0),
      appendTo: () => mount,
      trigger: 'manual',
      interactive: true,
      hideOnClick: false,
      placement: 'bottom-start',
      zIndex: 2147483647,
      aria: { content: null, expanded: false },
      popperOptions: {
        strategy: 'fixed',
        modifiers: [
          { name: 'flip', options: { fallbackPlacements: ['top-start', 'bottom-end', 'top-end'], padding: 8 } },
          { name: 'preventOverflow', options: { padding: 8, altAxis: true, tether: false } },
          { name: 'offset', options: { offset: [0, 6] } },
        ],
      },
    });
    document.documentElement.appendChild(host);
    this.parts = { host, shadow, ref, live, tip, box };
    this.guard = new MutationObserver(() => this.reattach());
    this.guard.observe(document.documentElement, { childList: true });
    return this.parts;
  }

  /** A page that removes unknown elements must not make a tooltip vanish under the reader. */
  private reattach(): void {
    const p = this.parts;
    if (!p || p.host.isConnected || !p.tip.state.isVisible || this.reattached >= MAX_REATTACH) return;
    this.reattached++;
    document.documentElement.appendChild(p.host);
  }

  /** The pending announcement of the card shown last. */
  private announcing: ReturnType<typeof setTimeout> | undefined;

  /** Shows `content` anchored at `anchor()`; from the keyboard, focus moves into the tooltip. */
  show(
    anchor: () => DOMRect,
    content: ComponentChild,
    options: { focus: boolean; announce: string; dir?: string },
  ): void {
    const p = this.ensure();
    this.reattached = 0;
    this.anchor = anchor;
    render(content, p.box);
    p.tip.show();
    void p.tip.popperInstance?.update();
    // A card replaced within the announcement's delay is not announced after its successor.
    clearTimeout(this.announcing);
    if (options.announce) {
      p.live.textContent = '';
      // A fresh text node makes screen readers announce even a repeated message.
      this.announcing = setTimeout(() => (p.live.textContent = options.announce), 30);
    }
    if (options.focus) p.box.focus({ preventScroll: true });
  }

  /** Repositions after scroll / resize. */
  update(): void {
    void this.parts?.tip.popperInstance?.update();
  }

  hide(): void {
    const p = this.parts;
    clearTimeout(this.announcing);
    if (!p || !p.tip.state.isVisible) return;
    p.tip.hide();
    render(null, p.box);
  }

  /** Removes the host element and everything in it. */
  destroy(): void {
    const p = this.parts;
    if (!p) return;
    this.parts = null;
    this.guard?.disconnect();
    this.guard = null;
    try {
      p.tip.destroy();
    } catch (e) {
      // Already detached.
      debug('tooltip: destroy', e);
    }
    render(null, p.box);
    p.host.remove();
  }
}
