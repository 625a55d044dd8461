// Types for the build plugin's pure part, so TypeScript tests can import it.
import type { Plugin } from 'esbuild';
import type { Pack } from '../src/text/pack-types';

/** The pack reduced to what matching needs (no summaries, facts or relations). */
export function matchingPart(pack: Pack): Pack;
export const packMatch: Plugin;
