/**
 * The message map (./messages.ts) on the extension's messaging API: each context's one
 * dispatcher, and typed sending. Kept apart from the map so pure code and unit tests can use the
 * map's types and checks without loading the extension API.
 */
import browser from './browser';
import {
  dispatcher,
  type Handlers,
  type MessageTo,
  type Receiver,
  type RequestFields,
  type Response,
  type Send,
} from './messages';

/** Registers this context's one dispatcher (at the top level of its entry, as MV3 requires). */
export function listen<R extends Receiver>(receivers: readonly R[], handlers: Handlers<R>): void {
  browser.runtime.onMessage.addListener(dispatcher(receivers, handlers));
}

export const send: Send = (name, request) => browser.runtime.sendMessage({ ...request, type: name }) as Promise<never>;

/** Sends a message to one frame of a tab (the top frame unless told); resolves with its typed answer. */
export function sendToTab<K extends MessageTo<'frame' | 'top-frame'>>(
  tabId: number,
  name: K,
  request: RequestFields<K>,
  frameId = 0,
): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, { ...request, type: name }, { frameId }) as Promise<Response<K>>;
}
