// Keyboard commands (manifest "commands") → the active tab's top-frame content script.
import browser from '../shared/browser';
import { debug } from '../shared/debug-log';
import { sendToTab } from '../shared/messaging';

const DIRECTIONS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

async function relayCommand(command: string, tabId?: number): Promise<void> {
  const direction = DIRECTIONS[command];
  if (!direction) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  // No content script in this tab (browser pages, store): nothing to walk.
  await sendToTab(id, 'glossa:navigate', { direction }).catch((e: unknown) => debug('relayCommand', e));
}

browser.commands.onCommand.addListener((command, tab) => {
  void relayCommand(command, tab?.id);
});
