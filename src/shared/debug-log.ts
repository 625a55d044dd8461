/**
 * Errors Glossa recovers from (a closed tab, storage that cannot be read, a stale precompiled
 * matcher) are logged here rather than swallowed. Logged with console.debug, and only in a
 * development build (`npm run build:dev` or `npm run watch`: esbuild defines
 * process.env.NODE_ENV as "development"); a production build compiles the call to nothing, so a
 * reader's console stays quiet.
 */
const enabled = process.env.NODE_ENV === 'development';

/** `where`: the function or step that caught `error`, so the log says what was skipped. */
export function debug(where: string, error: unknown): void {
  if (enabled) console.debug(`[glossa] ${where}:`, error);
}
