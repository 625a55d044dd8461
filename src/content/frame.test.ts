// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../shared/settings';
import type { Pack } from '../text/pack-types';
import { ContentFrame, type FrameAnnotator, type FrameDeps, type WatchLike } from './frame';

const on: Settings = defaultSettings();
const off: Settings = { ...on, enabled: false };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

class FakeWatch implements WatchLike {
  complete = false;
  passes = 0;
  started = false;
  stopped = false;
  constructor(readonly onName: () => void) {}
  /** The watch read (more of) the page and settled. */
  read(): void {
    this.passes++;
    this.complete = true;
  }
  start(): void {
    this.started = true;
  }
  stop(): void {
    this.stopped = true;
  }
}

class FakeAnnotator implements FrameAnnotator {
  settled = false;
  readonly settings: Settings[] = [];
  readonly glossaries: (Pack | null)[] = [];
  settingsChanged(s: Settings): void {
    this.settings.push(s);
  }
  glossaryChanged(g: Pack | null): void {
    this.glossaries.push(g);
  }
  pageEntities() {
    return { complete: this.settled, entities: [{ id: 'africom', count: 2 }] };
  }
  pageClaims() {
    return { complete: this.settled, pageDate: '2024-02-20', claims: [] };
  }
  reveal() {
    return { found: true };
  }
  navigate() {
    return { count: 2 };
  }
  showCard() {
    return { shown: true };
  }
}

function harness(settingsRead: Promise<Settings> = Promise.resolve(on), orphaned = false) {
  const watches: FakeWatch[] = [];
  const annotator = new FakeAnnotator();
  const glossary: Pack = { id: 'personal', version: '1', title: 't', updated: '2024-05-01', entities: [] };
  const deps: FrameDeps = {
    hostname: 'example.com',
    orphaned: () => orphaned,
    loadSettings: () => settingsRead,
    loadGlossary: async () => glossary,
    createWatch: (onName) => {
      const w = new FakeWatch(onName);
      watches.push(w);
      return w;
    },
    loadAnnotator: vi.fn(async () => annotator),
    pageDate: () => '2024-02-20',
  };
  const frame = new ContentFrame(deps);
  const h = frame.handlers();
  const status = () => frame.status();
  return { frame, deps, watches, annotator, glossary, h, status };
}

describe('ContentFrame', () => {
  it('is not settled before its settings are read; off, it settles without watching', async () => {
    const read = deferred<Settings>();
    const f = harness(read.promise);
    void f.frame.start();
    expect(f.status()).toEqual({ enabled: false, settled: false, generation: 0 });
    read.resolve(off);
    await settle();
    expect(f.status()).toEqual({ enabled: false, settled: true, generation: 1 });
    expect(f.watches).toHaveLength(0);
  });

  it('watches while the text holds no name: settled once the watch has read it all', async () => {
    const f = harness();
    await f.frame.start();
    const watch = f.watches[0]!;
    expect(watch.started).toBe(true);
    expect(f.status()).toMatchObject({ enabled: true, settled: false });
    expect(await f.h['glossa:page-entities']({ type: 'glossa:page-entities' }, {})).toEqual({
      complete: false,
      entities: [],
    });
    watch.read();
    const first = f.status();
    expect(first).toMatchObject({ enabled: true, settled: true });
    // A change read later (another settled pass of the watch) is work: the generation grows once.
    watch.read();
    expect(f.status().generation).toBe(first.generation + 1);
    expect(f.status().generation).toBe(first.generation + 1);
  });

  it('answers page-claims without loading anything when off for the page; on, with the page date', async () => {
    const off_ = harness(Promise.resolve(off));
    const pageDate = vi.fn(() => '2024-02-20');
    off_.deps.pageDate = pageDate;
    await off_.frame.start();
    expect(await off_.h['glossa:page-claims']({ type: 'glossa:page-claims' }, {})).toEqual({
      complete: true,
      pageDate: null,
      claims: [],
    });
    expect(pageDate).not.toHaveBeenCalled();
    expect(off_.deps.loadAnnotator).not.toHaveBeenCalled();
    const on_ = harness();
    await on_.frame.start();
    expect(await on_.h['glossa:page-claims']({ type: 'glossa:page-claims' }, {})).toMatchObject({
      pageDate: '2024-02-20',
    });
  });

  it('a settings change event during the first read wins over what the read returns', async () => {
    const read = deferred<Settings>();
    const f = harness(read.promise);
    const started = f.frame.start();
    f.frame.settingsChanged(off);
    read.resolve(on);
    await started;
    expect(f.status().enabled).toBe(false);
    expect(f.watches).toHaveLength(0);
  });

  it('hands over to the annotator when a name may be there, and follows its settledness', async () => {
    const f = harness();
    await f.frame.start();
    const watch = f.watches[0]!;
    watch.onName();
    // The watch goes on reading while the annotator loads, and is handed to it (it adopts the scanner).
    expect(watch.stopped).toBe(false);
    expect(f.deps.loadAnnotator).toHaveBeenCalledWith(expect.any(Function), watch);
    expect(f.status().settled).toBe(false);
    await settle();
    expect(f.annotator.settings).toEqual([on]);
    expect(f.status().settled).toBe(false);
    f.annotator.settled = true;
    expect(f.status()).toMatchObject({ enabled: true, settled: true });
    expect(await f.h['glossa:page-entities']({ type: 'glossa:page-entities' }, {})).toEqual({
      complete: true,
      entities: [{ id: 'africom', count: 2 }],
    });
    f.frame.settingsChanged({ ...on, paintAll: true });
    await settle();
    expect(f.annotator.settings).toHaveLength(2);
    expect(watch.stopped).toBe(false);
    // A glossary write: not settled while the new glossary is read.
    f.frame.glossaryWritten();
    expect(f.status().settled).toBe(false);
    await settle();
    expect(f.status().settled).toBe(true);
    // Switched off: the handed-over watch stops too, whether or not the annotator adopted it yet.
    f.frame.settingsChanged(off);
    expect(watch.stopped).toBe(true);
  });

  it('a glossary write while watching loads the annotator (the text was checked against the old glossary)', async () => {
    const f = harness();
    await f.frame.start();
    f.frame.glossaryWritten();
    await settle();
    expect(f.deps.loadAnnotator).toHaveBeenCalledTimes(1);
    // What the watch read was matched with the old glossary: not handed over, the annotator reads afresh.
    expect(f.watches[0]!.stopped).toBe(true);
    expect(f.deps.loadAnnotator).toHaveBeenCalledWith(expect.any(Function), null);
    f.frame.glossaryWritten();
    await settle();
    expect(f.annotator.glossaries).toEqual([f.glossary]);
  });

  it('cut off from the extension when a name shows up: stops watching and loads nothing', async () => {
    const f = harness(Promise.resolve(on), true);
    await f.frame.start();
    f.watches[0]!.onName();
    await settle();
    expect(f.watches[0]!.stopped).toBe(true);
    expect(f.deps.loadAnnotator).not.toHaveBeenCalled();
    expect(f.status()).toMatchObject({ enabled: false, settled: true });
  });

  it('the annotator cannot be loaded: warns, stops watching, and settles as a frame with nothing on it', async () => {
    const f = harness();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    f.deps.loadAnnotator = vi.fn(() => Promise.reject(new Error('Extension context invalidated')));
    await f.frame.start();
    f.watches[0]!.onName();
    await settle();
    expect(warn).toHaveBeenCalledWith('Glossa: cannot load the annotator', expect.any(Error));
    expect(f.watches[0]!.stopped).toBe(true);
    expect(f.status()).toMatchObject({ enabled: false, settled: true });
    expect(await f.h['glossa:page-entities']({ type: 'glossa:page-entities' }, {})).toEqual({
      complete: true,
      entities: [],
    });
    warn.mockRestore();
  });

  it('answers page-info itself, whether or not the annotator runs', async () => {
    const f = harness();
    await f.frame.start();
    expect(await f.h['glossa:scan-status']({ type: 'glossa:scan-status' }, {})).toMatchObject({ enabled: true });
    expect(await f.h['glossa:page-info']({ type: 'glossa:page-info' }, {})).toEqual({ hostname: 'example.com' });
    expect(await f.h['glossa:reveal']({ type: 'glossa:reveal', entityId: 'africom' }, {})).toEqual({ found: false });
  });
});
