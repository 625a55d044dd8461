/** What the seed article's page-entities counts must be (../fixtures/seed), for every e2e test that loads it. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

const expected = JSON.parse(readFileSync(new URL('../../fixtures/seed/expected.json', import.meta.url), 'utf8')) as {
  mentions: Record<string, number>;
  not_checked: Record<string, string>;
};
/** Ids expected.json names as "welcome but not required": allowed on top of the exact counts. */
const extra = JSON.parse(readFileSync(new URL('../../fixtures/seed/expected-extra.json', import.meta.url), 'utf8')) as {
  mentions: Record<string, number>;
};
const optional = new Set([
  ...Object.keys(expected.not_checked).flatMap((k) => k.split(/\s*[/,]\s*/)),
  ...Object.keys(extra.mentions),
]);

/** The seed article's counts: exactly the expected ones, and nothing unexpected. */
export function expectSeedCounts(counts: Record<string, number>): void {
  const required = Object.fromEntries(Object.entries(counts).filter(([id]) => id in expected.mentions));
  expect(required).toEqual(expected.mentions);
  expect(Object.keys(counts).filter((id) => !(id in expected.mentions) && !optional.has(id))).toEqual([]);
}
