// The background service worker (an event page in Firefox). Each feature registers its own
// listeners at the top level, as MV3 requires, so they survive the worker being restarted; the
// messages addressed to the background are answered by the one dispatcher below.
import browser from '../shared/browser';
import { listen } from '../shared/messaging';
import { entityCard } from './entity-cards';
import './commands';
import { frameEntities } from './badge';
import './context-menu';
import './compiled-matcher';
import { findNames } from './find-names';

listen(['background'], {
  'glossa:frame-entities': frameEntities,
  'glossa:entity-card': entityCard,
  'glossa:find-names': findNames,
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  console.info(`Glossa ${browser.runtime.getManifest().version}: ${reason}`);
});
