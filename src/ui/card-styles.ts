/**
 * Styles of EntityCard, as a string: for a constructable stylesheet in the content script's
 * shadow root (works under a strict page CSP) and for the popup page.
 * Light and dark follow prefers-color-scheme.
 */
export const CARD_CSS = `
.glossa-card {
  --g-fg: #1d2330; --g-muted: #5b6475; --g-bg: #ffffff; --g-link: #1f5fa8; --g-border: #d6dbe4;
  --g-cat-organization: #1f6fb2; --g-cat-person: #8a3ffc; --g-cat-exercise: #c26100;
  --g-cat-weapon: #c4263a; --g-cat-place: #1b8a4b; --g-cat-agreement: #7a6a00;
  color: var(--g-fg); background: var(--g-bg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", sans-serif;
  margin: 0; text-align: start; overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .glossa-card {
    --g-fg: #e6e9ef; --g-muted: #a3abba; --g-bg: #1e222a; --g-link: #8ab8ff; --g-border: #3a404c;
    --g-cat-organization: #6fb0ff; --g-cat-person: #c5a3ff; --g-cat-exercise: #ffae57;
    --g-cat-weapon: #ff7d8c; --g-cat-place: #5fd394; --g-cat-agreement: #e3cf4f;
    --g-check: #ff6fa8;
  }
}
.glossa-card-head { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.glossa-cat { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.glossa-cat-organization { color: var(--g-cat-organization); } .glossa-cat-person { color: var(--g-cat-person); }
.glossa-cat-exercise { color: var(--g-cat-exercise); } .glossa-cat-weapon { color: var(--g-cat-weapon); }
.glossa-cat-place { color: var(--g-cat-place); } .glossa-cat-agreement { color: var(--g-cat-agreement); }
.glossa-personal { font-size: 11px; border: 1px solid var(--g-border); border-radius: 8px; padding: 0 6px; color: var(--g-muted); }
.glossa-name { font-size: 16px; font-weight: 700; margin: 2px 0 0; }
.glossa-original { margin: 0; color: var(--g-muted); }
.glossa-summary { margin: 6px 0; }
.glossa-facts { margin: 6px 0; padding-inline-start: 18px; }
.glossa-fact { margin: 3px 0; }
.glossa-fact time { color: var(--g-muted); font-variant-numeric: tabular-nums; }
.glossa-hedged > span:first-of-type { font-style: italic; }
.glossa-sources a, .glossa-sources > span { margin-inline-start: 6px; font-size: 12px; }
.glossa-sources a { color: var(--g-link); }
.glossa-sources a:focus-visible { outline: 2px solid var(--g-link); outline-offset: 1px; }
.glossa-updated { margin-top: 6px; font-size: 11px; color: var(--g-muted); }
.glossa-notice { padding: 2px 0; }
.glossa-checks { margin: 0 0 8px; padding: 6px 8px; border-inline-start: 3px solid var(--g-check, #c2185b); background: rgba(194, 24, 91, 0.1); border-radius: 4px; }
.glossa-check { margin: 2px 0; }
.glossa-verdict { color: var(--g-check, #a3134c); }
.glossa-tense { font-size: 12px; margin: 8px 0 2px; color: var(--g-muted); font-weight: 600; }
.glossa-since { border-top: 1px solid var(--g-border); }
.glossa-change { font-weight: 600; }
.glossa-relations { margin: 6px 0; border-top: 1px solid var(--g-border); padding-top: 4px; }
.glossa-relations ul { margin: 0; padding: 0; list-style: none; }
.glossa-relation { margin: 2px 0; }
.glossa-relation-type, .glossa-relation-span { color: var(--g-muted); font-size: 12px; }
.glossa-relation-link, .glossa-back {
  font: inherit; color: var(--g-link); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline;
}
.glossa-back { font-size: 12px; margin-bottom: 2px; }
.glossa-relation-link:focus-visible, .glossa-back:focus-visible { outline: 2px solid var(--g-link); outline-offset: 1px; }
.glossa-name:focus { outline: none; }
`;
