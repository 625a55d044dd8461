import browser from 'webextension-polyfill';
import { isPageEntitiesRequest, type PageEntitiesResponse } from '../shared/messages';

// Skeleton: answers the automation contract so the build can be proven end to end.
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isPageEntitiesRequest(message)) return undefined;
  const response: PageEntitiesResponse = { complete: true, entities: [] };
  return Promise.resolve(response);
});
