/**
 * Resolves in a new task, so long work can give the page its turn. A MessageChannel message is
 * not throttled like timers; one channel serves every yield.
 */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
