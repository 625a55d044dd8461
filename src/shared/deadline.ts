/**
 * How long a page waits for the background's answer before doing the work itself. A stuck worker
 * would otherwise leave the page unread for good; a busy one (many tabs restoring at once, each
 * sending its text) answers well within this.
 */
export const BACKGROUND_ANSWER_MS = 20_000;

/** Settles as `promise` does, or rejects once `ms` have passed without it settling. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
