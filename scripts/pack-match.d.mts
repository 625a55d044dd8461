// Types for the build plugin's pure part, so TypeScript tests can import it.
import type { Plugin } from 'esbuild';
import type { Pack } from '../src/text/pack-types';

/** The pack without what only the card shows (summaries, facts, relations): all that matching reads. */
export function matchingPart(pack: Pack): Pack;
/** The pack's name and version and each entity's category: what page-annotator.js holds of it. */
export function outlinePart(pack: Pack): { id: string; version: string; categories: Record<string, string> };
export const packMatch: Plugin;
