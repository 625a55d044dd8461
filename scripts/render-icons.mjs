// Renders icons/glossa.svg to the PNG sizes the manifest declares, with the system Chromium.
// Run by hand after editing the SVG (`node scripts/render-icons.mjs`); the PNGs are committed
// so a build needs no browser.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 48, 96, 128];
const svg = await readFile(new URL('../icons/glossa.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of ICON_SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  const png = await page.screenshot({ omitBackground: true });
  await writeFile(new URL(`../icons/icon-${size}.png`, import.meta.url), png);
}
await browser.close();
console.log(`icons: wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
