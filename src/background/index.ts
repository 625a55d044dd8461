// The background service worker (an event page in Firefox). Each feature registers its own
// listeners at the top level, as MV3 requires, so they survive the worker being restarted.
import browser from '../shared/browser';
import './knowledge';
import './commands';
import './badge';
import './context-menu';
import './compiled-matcher';
import './find-names';

browser.runtime.onInstalled.addListener(({ reason }) => {
  console.info(`Glossa ${browser.runtime.getManifest().version}: ${reason}`);
});
