// Fakes of the browser's storage API and Web Locks for the store's unit tests.
import { RepairingStore } from './storage-repair';
import type { LockApi, StorageApi, StorageAreaApi } from './glossa-store';

/** A few turns of the microtask queue: storage calls are asynchronous, so callers interleave. */
async function ticks(): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** browser.storage in memory: values are copied in and out, and every write fires onChanged. */
export class FakeStorage implements StorageApi {
  readonly listeners = new Set<Listener>();
  readonly onChanged = {
    addListener: (l: Listener) => void this.listeners.add(l),
    removeListener: (l: Listener) => void this.listeners.delete(l),
  };
  readonly sync: FakeArea;
  readonly local: FakeArea;
  constructor() {
    this.sync = new FakeArea('sync', this.listeners);
    this.local = new FakeArea('local', this.listeners);
  }
}

class FakeArea implements StorageAreaApi {
  readonly data = new Map<string, unknown>();
  /** When set, set() rejects with it (a full quota). */
  failWrites: Error | null = null;
  constructor(
    private readonly name: string,
    private readonly listeners: Set<Listener>,
  ) {}
  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    await ticks();
    const out: Record<string, unknown> = {};
    for (const k of [keys].flat()) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    await ticks();
    if (this.failWrites) throw this.failWrites;
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
    for (const l of this.listeners) l(Object.fromEntries(Object.keys(items).map((k) => [k, {}])), this.name);
  }
  async remove(keys: string | string[]): Promise<void> {
    await ticks();
    for (const k of [keys].flat()) this.data.delete(k);
    for (const l of this.listeners) l(Object.fromEntries([keys].flat().map((k) => [k, {}])), this.name);
  }
}

/** navigator.locks: one queue per lock name, shared by every store (every extension page). */
export class FakeLocks implements LockApi {
  private readonly queues = new Map<string, Promise<unknown>>();
  request<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(name) ?? Promise.resolve()).then(fn);
    this.queues.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  }
}

export function storeOn(storage: FakeStorage, locks: LockApi | undefined = new FakeLocks()): RepairingStore {
  let clock = Date.UTC(2026, 0, 2);
  let seed = 0;
  return new RepairingStore({
    storage: () => storage,
    locks: () => locks,
    now: () => (clock += 1000),
    random: () => (seed = (seed * 9301 + 49297) % 233280) / 233280,
  });
}
