// Builds Glossa for Chrome and Firefox from one source tree.
//   node build.mjs            production build of dist/chrome and dist/firefox (minified, no source maps)
//   node build.mjs --dev      unminified with inline source maps
//   node build.mjs --watch    dev build, rebuilt on every change
//   node build.mjs --package  production build, then dist/glossa-<browser>-<version>.zip
//   --skip-typecheck          bundle without running tsc first (iterating on one part of the tree)
//   --test-no-find-names      for tests only: dist/test-no-find-names/{chrome,firefox}, whose background
//                             refuses glossa:find-names (the page's own matcher takes over; see refuseFindNames)
// Every step checks its output; on any failure the message names the file and dist/ keeps its
// previous contents, because each browser folder is assembled aside and swapped in whole.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { COMPILE_ALL, EAGER_MODULES } from './scripts/compile-hint.mjs';
import { entryExtension } from './scripts/entry-extension.mjs';
import { noInnerHtml } from './scripts/no-inner-html.mjs';
import { packMatch } from './scripts/pack-match.mjs';
import { zipDirectory } from './scripts/zip.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');
const testNoFindNames = args.has('--test-no-find-names');
/** Where the browser folders go: dist/, or a test flavour's folder inside it. */
const dist = join(root, 'dist', testNoFindNames ? 'test-no-find-names' : '');

export const BROWSERS = ['chrome', 'firefox'];
export const GECKO_ID = 'glossa@glossa-extension.org';
const ENTRIES = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};
/**
 * The content script's other parts, ES modules imported from the extension's own files only when
 * needed, so the script every page evaluates stays small: page-annotator.js (annotator, painter)
 * once a frame has a name to paint; page-card.js (tippy.js, Preact, the entity card) when a card
 * is first opened; page-matcher.js (the engine) only when the background cannot answer, and
 * page-pack.js (the pack's match data) only when that matcher has no stored record to load;
 * page-glossary.js (the glossary's checks) only when a personal glossary is stored.
 * Web-accessible (a content script can import nothing else): see the manifest's
 * web_accessible_resources and SECURITY.md.
 *
 * Each is a whole bundle: what two of them use (messages, i18n) is in each; the extension API is
 * the entry's (scripts/entry-extension.mjs), not a copy of webextension-polyfill each.
 * A shared chunk cannot be loaded: Chrome serves a module imported from its use_dynamic_url under
 * the fixed id, so a chunk's relative import resolves to the fixed URL, which it refuses.
 */
export const CONTENT_MODULES = {
  'page-annotator': 'src/content/page-annotator.ts',
  'page-card': 'src/content/lazy-tooltip.ts',
  'page-matcher': 'src/content/page-matcher.ts',
  'page-pack': 'src/content/page-pack.ts',
  'page-glossary': 'src/content/page-glossary.ts',
};

/**
 * Test flavours: the real sources built with one module replaced, into their own folder, for e2e
 * tests of paths a real build takes only when something fails. Nothing in src/ knows of them,
 * and the production build carries no switch a page could reach.
 *
 * `refuseFindNames` (--test-no-find-names): the background's glossa:find-names handler rejects,
 * as when no background can answer (its worker gone or restarting), so content scripts load
 * page-matcher.js and match in the page (tests/e2e/on-page-fallback.test.ts).
 */
const refuseFindNames = {
  name: 'test-refuse-find-names',
  setup(build) {
    build.onResolve({ filter: /^\.\/find-names$/ }, (a) =>
      a.importer === join(root, 'src/background/index.ts')
        ? { path: 'find-names', namespace: 'glossa-test' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'glossa-test' }, () => ({
      contents: `export function findNames() {
        return Promise.reject(new Error('Glossa test build (--test-no-find-names): the background does not match'));
      }`,
      loader: 'js',
    }));
  },
};

class BuildError extends Error {
  constructor(file, message) {
    super(`${file}: ${message}`);
  }
}

async function readJson(rel) {
  const text = await readFile(join(root, rel), 'utf8').catch(() => {
    throw new BuildError(rel, 'missing');
  });
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BuildError(rel, `invalid JSON (${e.message})`);
  }
}

function typecheck() {
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0) throw new BuildError('tsconfig.json', `type check failed:\n${tsc.stdout}${tsc.stderr}`);
}

/**
 * The builds: the classic scripts (content entry, background, pages), and the content script's
 * modules (each a whole bundle: see CONTENT_MODULES), those V8 compiles whole on load
 * (scripts/compile-hint.mjs) apart.
 */
function esbuildOptions(outdir) {
  const modules = (eager) =>
    Object.fromEntries(Object.entries(CONTENT_MODULES).filter(([name]) => EAGER_MODULES.has(name) === eager));
  return [
    { ...sharedOptions(outdir), entryPoints: ENTRIES, format: 'iife' },
    // The modules use the entry's extension API: no copy of webextension-polyfill each.
    { ...sharedOptions(outdir, [entryExtension]), entryPoints: modules(false), format: 'esm' },
    {
      ...sharedOptions(outdir, [entryExtension]),
      entryPoints: modules(true),
      format: 'esm',
      banner: { js: COMPILE_ALL },
    },
  ];
}

function sharedOptions(outdir, plugins = []) {
  return {
    absWorkingDir: root,
    outdir,
    bundle: true,
    target: ['chrome120', 'firefox128'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    // Arabic text as UTF-8, not \uXXXX escapes: smaller bundles.
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
    logLevel: 'silent',
    plugins: [...plugins, noInnerHtml, packMatch, ...(testNoFindNames ? [refuseFindNames] : [])],
  };
}

function manifestFor(browser, source, version) {
  const manifest = structuredClone(source);
  manifest.version = version;
  if (browser === 'firefox') {
    manifest.background = { scripts: [source.background.service_worker] };
    // Chrome only: Firefox already serves extension files under a random per-install UUID.
    for (const w of manifest.web_accessible_resources ?? []) delete w.use_dynamic_url;
    // Chrome only (148+; older versions ignore it): Firefox's messaging is a structured clone already.
    delete manifest.message_serialization;
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
  }
  return manifest;
}

async function exists(path) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Every file the manifest names must be in the package, and every __MSG_x__ in every locale. */
async function validatePackage(dir, manifest) {
  const files = [
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.resources),
  ].filter(Boolean);
  for (const file of files) {
    if (!(await exists(join(dir, file))))
      throw new BuildError('manifest.json', `names "${file}", which the build did not produce`);
  }
  const locales = await readdir(join(dir, '_locales'));
  const keysOf = async (locale) =>
    Object.keys(JSON.parse(await readFile(join(dir, '_locales', locale, 'messages.json'), 'utf8')));
  const defaultKeys = new Set(await keysOf(manifest.default_locale));
  for (const key of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) {
    if (!defaultKeys.has(key[1]))
      throw new BuildError('manifest.json', `uses __MSG_${key[1]}__, missing from _locales/${manifest.default_locale}`);
  }
  for (const locale of locales) {
    const keys = new Set(await keysOf(locale));
    const missing = [...defaultKeys].filter((k) => !keys.has(k));
    if (missing.length)
      throw new BuildError(`extension/_locales/${locale}/messages.json`, `missing ${missing.join(', ')}`);
  }
}

async function assemble(bundleDir, sourceManifest, version) {
  for (const browser of BROWSERS) {
    const staging = join(dist, `.staging-${browser}-${process.pid}`);
    await rm(staging, { recursive: true, force: true });
    await cp(join(root, 'extension'), staging, { recursive: true });
    await cp(bundleDir, staging, { recursive: true });
    await mkdir(join(staging, 'icons'), { recursive: true });
    for (const icon of await readdir(join(root, 'icons'))) {
      if (icon.endsWith('.png')) await cp(join(root, 'icons', icon), join(staging, 'icons', icon));
    }
    const manifest = manifestFor(browser, sourceManifest, version);
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await validatePackage(staging, manifest);
    await rm(join(dist, browser), { recursive: true, force: true });
    await rename(staging, join(dist, browser));
  }
}

async function buildOnce() {
  const [pkg, sourceManifest] = await Promise.all([readJson('package.json'), readJson('manifest.json')]);
  if (sourceManifest.manifest_version !== 3 || !sourceManifest.background?.service_worker) {
    throw new BuildError('manifest.json', 'must be manifest_version 3 with background.service_worker');
  }
  if (!/^\d+(\.\d+){0,3}$/.test(pkg.version ?? ''))
    throw new BuildError('package.json', `version "${pkg.version}" is not a browser extension version`);
  if (!watch && !args.has('--skip-typecheck')) typecheck();
  const bundleDir = join(dist, `.staging-bundles-${process.pid}`);
  await rm(bundleDir, { recursive: true, force: true });
  // Every build ends before a failure is reported, so none writes into the folder after it is removed.
  const results = await Promise.allSettled(esbuildOptions(bundleDir).map((options) => esbuild.build(options)));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    const e = failed.reason;
    const first = e.errors?.[0];
    throw new BuildError(
      first?.location?.file ?? 'esbuild',
      (e.errors ?? []).map((x) => x.text).join('; ') || e.message,
    );
  }
  await assemble(bundleDir, sourceManifest, pkg.version);
  await rm(bundleDir, { recursive: true, force: true });
  return pkg.version;
}

async function main() {
  if (testNoFindNames && (watch || args.has('--package')))
    throw new BuildError('build.mjs', '--test-no-find-names builds for tests only: no --watch or --package');
  await mkdir(dist, { recursive: true });
  const version = await buildOnce();
  const out = testNoFindNames ? 'dist/test-no-find-names/' : 'dist/';
  console.log(`built ${out}chrome and ${out}firefox (${version}${dev ? ', dev' : ''})`);
  if (args.has('--package')) {
    for (const browser of BROWSERS) {
      const zip = join(dist, `glossa-${browser}-${version}.zip`);
      await zipDirectory(join(dist, browser), zip);
      console.log(`packaged ${zip}`);
    }
  }
  if (watch) {
    // esbuild's watcher only reports that something changed; reassembling keeps both browsers in step.
    for (const options of esbuildOptions(join(dist, '.watch-bundles'))) {
      const ctx = await esbuild.context({
        ...options,
        plugins: [
          ...options.plugins,
          {
            name: 'reassemble',
            setup(build) {
              build.onEnd(async (result) => {
                if (result.errors.length)
                  return console.error(`build failed: ${result.errors[0].location?.file}: ${result.errors[0].text}`);
                const manifest = await readJson('manifest.json');
                await assemble(join(dist, '.watch-bundles'), manifest, version).then(
                  () => console.log(`rebuilt ${new Date().toLocaleTimeString()}`),
                  (e) => console.error(`build failed: ${e.message}`),
                );
              });
            },
          },
        ],
      });
      await ctx.watch();
    }
    console.log('watching src/ for changes (Ctrl+C to stop)');
  }
}

main().catch(async (e) => {
  console.error(`build failed: ${e.message}`);
  for (const browser of BROWSERS)
    await rm(join(dist, `.staging-${browser}-${process.pid}`), { recursive: true, force: true });
  await rm(join(dist, `.staging-bundles-${process.pid}`), { recursive: true, force: true });
  process.exit(1);
});
