// Types for the build plugin, so the bench's unminified build (bench/profile-build.ts) can use it.
import type { Plugin } from 'esbuild';

/** Symbol.for's key under which the content script's entry leaves its extension API. */
export const ENTRY_EXTENSION: string;
export const entryExtension: Plugin;
