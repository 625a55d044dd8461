/**
 * Hardening — no network, no remote code: the static half (the e2e half, which records every
 * request in both browsers, is tests/e2e/hardening-network.test.ts).
 *
 * Builds a throwaway copy of the project (so this unit test, which runs before `npm run build`,
 * checks exactly what build.mjs ships) and reads the bundles and manifests it writes.
 *
 * What the bundles may not contain, and why each pattern is precise enough:
 * - network APIs: `fetch(`, `XMLHttpRequest`, `WebSocket`, `EventSource`, `sendBeacon`,
 *   `importScripts` — Glossa makes no request at all, so no occurrence is harmless;
 * - code from strings: `eval(`, `new Function`, a bare `Function(` call, dynamic `import(` — except
 *   the content script's imports of its own parts, by the packaged file's URL: the entry's of its
 *   second half (`import(browser.runtime.getURL("page-annotator.js"))`, or `chrome.`) and that
 *   module's of the card UI, of the page's own matcher, of the pack's match data and of the stored
 *   glossary's checks (`import(chrome.runtime.getURL("page-card.js"))`, `…("page-matcher.js")`,
 *   `…("page-pack.js")`, `…("page-glossary.js")`),
 *   checked to be exactly that;
 *   webextension-polyfill contains `Function.call.bind(Object.prototype.hasOwnProperty)`: that is
 *   a property access on the Function object, not a call of the constructor, and the patterns
 *   below do not match it (a bare `Function(` must not follow `.`, a letter, `$` or `_`);
 * - markup from strings: writing `innerHTML` / `outerHTML`, `insertAdjacentHTML`, `document.write`,
 *   `createContextualFragment`, `srcdoc`. Preact *reads* `e.innerHTML` to compare a
 *   dangerouslySetInnerHTML value; build.mjs replaces that branch with a throw, which is checked too.
 * Minified code could still reach these through computed names (`globalThis["fe"+"tch"]`); the
 * e2e network test is the backstop for that.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

const FORBIDDEN: Array<[string, RegExp]> = [
  ['fetch(', /(?<![\w$])fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['sendBeacon', /sendBeacon/],
  ['importScripts', /importScripts/],
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\b/],
  ['Function( call', /(?<![\w$.])Function\s*\(/],
  // The one allowed form, `import(<api>.runtime.getURL("<packaged file>"))`, is taken out first (OWN_IMPORT).
  ['dynamic import(', /(?<![\w$.])import\s*\(/],
  ['innerHTML write', /innerHTML\s*(?:=(?!=)|\+=)/],
  ['outerHTML write', /outerHTML\s*(?:=(?!=)|\+=)/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(?:ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
  ['srcdoc', /srcdoc/],
];

/**
 * The content script's import of its second half: a packaged file, named literally, through the
 * API's own global (`browser` in Firefox, `chrome` in Chrome), as web-ext lint accepts it.
 */
const OWN_IMPORT = /(?<![\w$.])import\((?:browser|chrome)\.runtime\.getURL\("page-annotator\.js"\)\)/g;
/** page-annotator.js's import of the page's own matcher, only when the background cannot answer. */
const MATCHER_IMPORT = /(?<![\w$.])import\(chrome\.runtime\.getURL\("page-matcher\.js"\)\)/g;
/** page-annotator.js's import of the pack's match data, when the page's matcher must be built. */
const PACK_IMPORT = /(?<![\w$.])import\(chrome\.runtime\.getURL\("page-pack\.js"\)\)/g;
/** page-annotator.js's import of the stored glossary's checks, when a glossary is stored. */
const GLOSSARY_IMPORT = /(?<![\w$.])import\(chrome\.runtime\.getURL\("page-glossary\.js"\)\)/g;
/** page-annotator.js's import of the card UI, when a card is first opened. */
const CARD_IMPORT = /(?<![\w$.])import\(chrome\.runtime\.getURL\("page-card\.js"\)\)/g;

/** The permissions Glossa needs, and what for (README "Permissions, and why" must name each). */
const EXPECTED_PERMISSIONS: Record<string, { api: RegExp; bundle: string }> = {
  storage: { api: /\.storage\.(?:sync|local|onChanged)/, bundle: 'page-annotator.js' },
  contextMenus: { api: /contextMenus\.(?:create|onClicked)/, bundle: 'background.js' },
};

describe('hardening: shipped bundles and manifests', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'glossa-hardening-'));
    for (const entry of [
      'build.mjs',
      'manifest.json',
      'package.json',
      'tsconfig.json',
      'extension',
      'icons',
      'src',
      'scripts',
    ]) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const built = spawnSync(process.execPath, [join(dir, 'build.mjs'), '--skip-typecheck'], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const target of ['chrome', 'firefox']) {
    it(`${target}: no network API, no code or markup from strings in any bundle`, () => {
      const out = join(dir, 'dist', target);
      const bundles = readdirSync(out).filter((f) => f.endsWith('.js'));
      expect(bundles.sort()).toEqual([
        'background.js',
        'content.js',
        'options.js',
        'page-annotator.js',
        'page-card.js',
        'page-glossary.js',
        'page-matcher.js',
        'page-pack.js',
        'popup.js',
      ]);
      const hits: string[] = [];
      for (const file of bundles) {
        let code = readFileSync(join(out, file), 'utf8');
        if (file === 'content.js') {
          expect(code.match(OWN_IMPORT), 'content.js imports its second half (one call per API global)').toHaveLength(
            2,
          );
          code = code.replace(OWN_IMPORT, '');
        }
        if (file === 'page-annotator.js') {
          expect(code.match(MATCHER_IMPORT), 'page-annotator.js imports the page matcher once').toHaveLength(1);
          expect(code.match(PACK_IMPORT), "page-annotator.js imports the pack's match data once").toHaveLength(1);
          expect(code.match(CARD_IMPORT), 'page-annotator.js imports the card UI once').toHaveLength(1);
          expect(code.match(GLOSSARY_IMPORT), "page-annotator.js imports the glossary's checks once").toHaveLength(1);
          code = code
            .replace(MATCHER_IMPORT, '')
            .replace(PACK_IMPORT, '')
            .replace(CARD_IMPORT, '')
            .replace(GLOSSARY_IMPORT, '');
        }
        for (const [name, re] of FORBIDDEN) {
          const m = re.exec(code);
          if (m) hits.push(`${file}: ${name} at ${m.index}: …${code.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
        }
        // Preact's dangerouslySetInnerHTML branch is replaced by a throw (build.mjs noInnerHtml).
        if (/__html/.test(code))
          expect(code, `${file}: dangerouslySetInnerHTML must be disabled`).toContain(
            'dangerouslySetInnerHTML is disabled',
          );
      }
      expect(hits).toEqual([]);
    });

    it(`${target}: HTML and CSS load only the extension's own files`, () => {
      const out = join(dir, 'dist', target);
      for (const file of readdirSync(out).filter((f) => f.endsWith('.html') || f.endsWith('.css'))) {
        const text = readFileSync(join(out, file), 'utf8');
        expect(text, file).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:|\/\/|data:|javascript:)/i);
        expect(text, file).not.toMatch(/url\(\s*["']?(?:https?:|\/\/)/i);
        expect(text, file).not.toMatch(/@import/i);
        expect(text, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // no inline script
      }
    });

    it(`${target}: the manifest asks for exactly what is used`, () => {
      const out = join(dir, 'dist', target);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      expect([...manifest.permissions].sort()).toEqual(Object.keys(EXPECTED_PERMISSIONS).sort());
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual([]);
      // Pages can load five files, the content script's other parts (a content script can import
      // nothing that is not web-accessible); in Chrome only under a per-session URL, so a page
      // cannot probe for it (Firefox's moz-extension UUID is random per install). Nor can pages
      // talk to us directly.
      expect(manifest.web_accessible_resources).toEqual([
        {
          resources: ['page-annotator.js', 'page-card.js', 'page-matcher.js', 'page-pack.js', 'page-glossary.js'],
          matches: ['<all_urls>'],
          ...(target === 'chrome' ? { use_dynamic_url: true } : {}),
        },
      ]);
      expect(manifest.externally_connectable).toBeUndefined();
      // The default MV3 extension-page CSP (script-src 'self') is not loosened.
      const csp = JSON.stringify(manifest.content_security_policy ?? '');
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval|\*/);
      expect(manifest.content_scripts.map((c: { js: string[] }) => c.js).flat()).toEqual(['content.js']);
      for (const [permission, use] of Object.entries(EXPECTED_PERMISSIONS)) {
        const code = readFileSync(join(out, use.bundle), 'utf8');
        expect(use.api.test(code), `permission "${permission}" is asked for: ${use.bundle} should use it`).toBe(true);
      }
    });
  }

  it("README's privacy table names every permission the manifest asks for", () => {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Permissions'),
      readme.indexOf('\n## ', readme.indexOf('## Permissions') + 5),
    );
    for (const permission of manifest.permissions as string[])
      expect(section, `README names ${permission}`).toContain(`\`${permission}\``);
    expect(section).toMatch(/no network requests/i);
  });
});
