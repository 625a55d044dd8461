import { debug } from './debug-log';

/** Only http(s) URLs are ever rendered as links. */
export function isSafeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch (e) {
    debug('isSafeUrl', e);
    return false;
  }
}
