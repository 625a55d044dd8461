/**
 * The extension API (webextension-polyfill), for every part of Glossa to import from here.
 *
 * Taken with require() rather than `import browser from 'webextension-polyfill'`: for a default
 * import of a CommonJS module, esbuild's interop copies every property of the exported object, and
 * on the extension API that wakes each API namespace: ~2.5 ms in every page's content script.
 */
import type { Browser } from 'webextension-polyfill';
import { debug } from './debug-log';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: no interop copy
const browser = require('webextension-polyfill') as Browser;
export default browser;

/**
 * After an update or removal, Chromium leaves the old content script on open pages, cut off from
 * the extension (its API is gone): such a script must stop, not go on working without it.
 */
export function orphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch (e) {
    debug('orphaned', e);
    return true;
  }
}
