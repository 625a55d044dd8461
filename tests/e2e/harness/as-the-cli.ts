/**
 * The page as the scan CLI reads it: what a page should count and paint is what the CLI decides
 * for the same HTML (issue 16: the CLI, the eval and the page never disagree). Shared by the
 * on-page suites that compare the two, with the settings under which every counted mention is
 * painted.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { scanFiles } from '../../../src/cli/scan-core';
import { validatePack } from '../../../src/text/validate-pack';
import type { SuiteContext } from './suite';

const validated = validatePack(
  JSON.parse(readFileSync(new URL('../../../src/pack/bundled-pack.json', import.meta.url), 'utf8')),
);
if (!validated.ok) throw new Error(validated.errors.join('\n'));
const pack = validated.pack;

/** The scan CLI's answer for a page's HTML (bundled pack): counts per entity and every match's text, sorted. */
export function cliView(html: string): { counts: Record<string, number>; texts: string[] } {
  const [report] = scanFiles([pack], [{ file: 'page.html', content: html }]);
  return {
    counts: Object.fromEntries(report!.entities.map((e) => [e.id, e.count])),
    texts: report!.entities.flatMap((e) => e.matches.map((m) => m.text)).sort(),
  };
}

/** Every painted range's text (paintAll on: one per counted mention), sorted; focus and claim overlays aside. */
export function paintedTexts(h: Record<string, string[]>): string[] {
  return Object.entries(h)
    .filter(([name]) => name !== 'glossa-focus' && name !== 'glossa-claim')
    .flatMap(([, texts]) => texts)
    .sort();
}

/** An English article page of these paragraphs (HTML). */
export function articlePage(...paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body><article>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('\n')}</article></body></html>`;
}

/**
 * For the suite: Glossa on, painting every mention, not only the first of each entity (painted
 * ranges = counted mentions); the reader's settings are put back after.
 */
export function paintEveryMention(get: () => SuiteContext): void {
  let saved: Record<string, unknown> | undefined;
  beforeAll(async () => {
    const { browser } = get();
    const stored = await browser.callExtension<Record<string, unknown>>('storage.sync.get', 'settings');
    saved = stored.settings as Record<string, unknown> | undefined;
    await browser.callExtension('storage.sync.set', {
      settings: { ...(saved ?? {}), schemaVersion: 1, enabled: true, paintAll: true },
    });
  });
  afterAll(async () => {
    const { browser } = get();
    if (saved === undefined) await browser.callExtension('storage.sync.remove', 'settings');
    else await browser.callExtension('storage.sync.set', { settings: saved });
  });
}
