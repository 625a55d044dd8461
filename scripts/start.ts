/**
 * `npm start`: builds both extensions, serves the demo pages on localhost and opens a browser
 * with Glossa loaded on the seed article. `npm start -- --browser firefox` opens Firefox ESR
 * through web-ext. Without a display, it writes a screenshot of the page with Glossa active.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser } from '../tests/e2e/harness/browser-paths';
import { launchExtensionBrowser } from '../tests/e2e/harness/browsers';
import { pointOfHighlight, waitForPaint } from '../tests/e2e/harness/page-probes';
import { startFixtureServer } from '../tests/e2e/harness/server';

const root = process.env.GLOSSA_ROOT ?? process.cwd();
const args = process.argv.slice(2);
const browserName =
  args[args.indexOf('--browser') + 1] === 'firefox' && args.includes('--browser') ? 'firefox' : 'chromium';

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

if (spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit' }).status !== 0) fail('the build failed');

// Paths from GLOSSA_ROOT: this file runs from a bundle under node_modules/.cache.
const server = await startFixtureServer(join(root, 'tests', 'fixtures', 'pages') + '/');
const demo = `${server.origin}/seed-article.html`;
console.log(`demo pages: ${server.origin}/ (seed article: ${demo}, English: ${server.origin}/demo-en.html)`);

const found = findBrowser(browserName);
if ('missing' in found) fail(found.missing);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  const shot = resolve(root, 'dist', `demo-${browserName}.png`);
  console.log(`no display found (DISPLAY is not set): opening ${browserName} headless instead`);
  const browser = await launchExtensionBrowser(browserName);
  const { page } = await browser.openTab(demo);
  // Wait for Glossa's paint, then hover the article's first name so the shot shows a tooltip.
  await waitForPaint(page, 15_000);
  const point = await page.waitFor(pointOfHighlight, 'أفريكوم', 10_000);
  await page.mouseMove(point.x, point.y + 40);
  await page.mouseMove(point.x, point.y);
  await page.waitFor(
    () => !!document.querySelector('glossa-ui')?.shadowRoot?.querySelector('.glossa-card'),
    undefined,
    10_000,
  );
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot(shot);
  await browser.close();
  await server.close();
  console.log(`wrote a screenshot of the demo page with Glossa active: ${shot}`);
  process.exit(0);
}

const child =
  browserName === 'firefox'
    ? spawn(
        join(root, 'node_modules', '.bin', 'web-ext'),
        [
          'run',
          '--source-dir',
          join(root, 'dist', 'firefox'),
          '--firefox',
          found.path,
          '--start-url',
          demo,
          '--start-url',
          `${server.origin}/demo-en.html`,
        ],
        { stdio: 'inherit' },
      )
    : spawn(
        found.path,
        [
          `--user-data-dir=${mkdtempSync(join(tmpdir(), 'glossa-demo-'))}`,
          `--disable-extensions-except=${join(root, 'dist', 'chrome')}`,
          `--load-extension=${join(root, 'dist', 'chrome')}`,
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          demo,
          `${server.origin}/demo-en.html`,
        ],
        { stdio: 'inherit' },
      );
console.log(`opened ${browserName} with Glossa loaded; close it (or Ctrl+C) to stop the demo server`);
child.on('exit', () => void server.close().then(() => process.exit(0)));
process.on('SIGINT', () => child.kill('SIGINT'));
