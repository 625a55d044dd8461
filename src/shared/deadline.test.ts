import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from './deadline';

afterEach(() => {
  vi.useRealTimers();
});

describe('within', () => {
  it('gives the answer, or its rejection, when it comes in time', async () => {
    await expect(within(Promise.resolve(7), 100)).resolves.toBe(7);
    await expect(within(Promise.reject(new Error('gone')), 100)).rejects.toThrow('gone');
  });

  it('rejects once the time has passed without an answer, and not before', async () => {
    vi.useFakeTimers();
    const never = new Promise<number>(() => {});
    let outcome: string = 'pending';
    within(never, 1_000).then(
      () => (outcome = 'resolved'),
      (e: Error) => (outcome = e.message),
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(outcome).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toBe('no answer within 1000 ms');
  });

  it('leaves no timer behind once answered', async () => {
    vi.useFakeTimers();
    await within(Promise.resolve(1), 1_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
