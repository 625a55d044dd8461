// Types for the build plugin's pure part, so TypeScript tests can import it.
import type { Plugin } from 'esbuild';
import type { Pack } from '../src/text/pack-types';

/** The pack without what only the card shows (summaries, facts, relations): all that matching reads. */
export function matchingPart(pack: Pack): Pack;
export const packMatch: Plugin;
