/**
 * Test only: the bundled pack, validated, its matcher, and the counts the pack's tests read, so each
 * test file states its sentences and not this set-up.
 */
import { readFileSync } from 'node:fs';
import { buildMatcher, createPageState, type Match, type Matcher } from '../text/matcher';
import type { Pack } from '../text/pack-types';
import { decidePage } from '../text/page-evidence';
import { validatePack } from '../text/validate-pack';

const checked = validatePack(JSON.parse(readFileSync(new URL('./bundled-pack.json', import.meta.url), 'utf8')));
if (!checked.ok) throw new Error(checked.errors.join('\n'));

export const bundledPack: Pack = checked.pack;
export const bundledMatcher: Matcher = buildMatcher([bundledPack]);

/** The entities matched in one text decided alone, in order. */
export const idsIn = (text: string): string[] => bundledMatcher.find(text).map((m) => m.entityId);

/**
 * The entities that count on a page of these blocks, one per mention: read block by block with one page
 * state, offsets made the page's (each block after the last and a line break), decided as the scan CLI does.
 */
export function pageIds(...blocks: string[]): string[] {
  return decided(blocks, (_m, id) => id);
}

/** The mentions that count on a page of these blocks (read as pageIds reads them), each as `text=entity`. */
export function pageMentions(...blocks: string[]): string[] {
  return decided(blocks, (m, id) => `${m.text}=${id}`);
}

function decided<T>(blocks: readonly string[], counted: (m: Match, entityId: string) => T): T[] {
  const state = createPageState();
  let offset = 0;
  const found = blocks.flatMap((block) => {
    const at = offset;
    offset += block.length + 1;
    return bundledMatcher.find(block, state).map((m) => ({ ...m, start: m.start + at, end: m.end + at }));
  });
  return decidePage(found, counted);
}

/** How many mentions of `id` count on a page of these blocks. */
export const pageCount = (id: string, ...blocks: string[]): number => pageIds(...blocks).filter((x) => x === id).length;
