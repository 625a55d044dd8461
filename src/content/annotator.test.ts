// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matcherKey } from '../shared/compiled-matcher-record';
import { matcherFromStore } from '../shared/merged-packs';
import type { MessageTo, RequestFields, Response } from '../shared/messages';
import { defaultSettings, type Settings } from '../shared/settings';
import { createScanState } from '../text/matcher';
import type { Entity, Pack } from '../text/pack-types';
import { Annotator, type AnnotatorDeps, type ScannerLike } from './annotator';
import type { Finder } from './finder';
import type { Mention, ScannerOptions } from './scanner';

const VERSION = '9.9.9';
const entity = (id: string): Entity => ({
  id,
  category: 'organization',
  names: { en: id },
  aliases: {},
  summary: {},
  facts: [],
});
const pack = (id: string, ...ids: string[]): Pack => ({
  id,
  version: '1',
  title: id,
  updated: '2024-05-01',
  entities: ids.map(entity),
});
const BUNDLED = pack('bundled', 'africom', 'wagner-group');

const on: Settings = defaultSettings();
const off: Settings = { ...on, disabledSites: ['example.com'] };

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every pending promise reaction run. */
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

/** Records what the annotator does with it; `publish` plays the scanner's updates. */
class FakeScanner implements ScannerLike {
  complete = false;
  readonly started: Finder[] = [];
  stopped = false;
  constructor(
    readonly finder: Finder,
    readonly options: ScannerOptions,
  ) {}
  start(finder: Finder = this.finder): Promise<void> {
    this.started.push(finder);
    this.complete = false;
    return new Promise(() => {});
  }
  stop(): void {
    this.stopped = true;
  }
  publish(list: readonly Mention[], complete: boolean): void {
    this.complete = complete;
    this.options.onUpdate(list, complete);
  }
}

function mention(entityId: string, text = entityId): Mention {
  const p = document.createElement('p');
  p.textContent = `About ${text}.`;
  document.body.append(p);
  const node = p.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, 6);
  range.setEnd(node, 6 + text.length);
  return { entityId, range, text, nodes: [node], block: p };
}

type Sent = { [K in MessageTo<'background'>]: [K, RequestFields<K>] }[MessageTo<'background'>];

function harness(
  options: {
    glossary?: Promise<Pack | null>;
    orphaned?: boolean;
    background?: 'answers' | 'fails';
    loadUi?: AnnotatorDeps['loadUi'];
  } = {},
) {
  const scanners: FakeScanner[] = [];
  const sent: Sent[] = [];
  const later: (() => void)[] = [];
  const painter = {
    paint: vi.fn(),
    paintAppended: vi.fn(),
    setFocus: vi.fn(),
    clearPaint: vi.fn(),
    pending: false,
    flush: vi.fn(),
  };
  const compiledMatcher = vi.fn(async () => undefined);
  const state = { orphaned: options.orphaned ?? false };
  const deps: AnnotatorDeps = {
    hostname: 'example.com',
    uiLanguage: () => 'en',
    version: VERSION,
    bundled: {
      id: BUNDLED.id,
      version: BUNDLED.version,
      categories: Object.fromEntries(BUNDLED.entities.map((e) => [e.id, e.category])),
    },
    loadMatcher: async (personal, stored, key) => matcherFromStore(BUNDLED, personal, stored, key),
    storage: { glossary: () => options.glossary ?? Promise.resolve(null), compiledMatcher },
    send: (async <K extends MessageTo<'background'>>(name: K, request: RequestFields<K>) => {
      sent.push([name, request] as Sent);
      if (options.background === 'fails') throw new Error('Could not establish connection');
      if (name === 'glossa:find-names') {
        const r = request as RequestFields<'glossa:find-names'>;
        return { matches: r.texts.map(() => []), seen: r.seen } satisfies Response<'glossa:find-names'>;
      }
      return undefined;
    }) as AnnotatorDeps['send'],
    orphaned: () => state.orphaned,
    painter,
    clock: { nextTask: () => Promise.resolve(), later: (fn) => void later.push(fn) },
    createScanner: (finder, opts) => {
      const s = new FakeScanner(finder, opts);
      scanners.push(s);
      return s;
    },
    installInteraction: () => () => {},
    loadUi: options.loadUi ?? (() => Promise.reject(new Error('no tooltip in these tests'))),
    onSettled: vi.fn(),
    pageDate: () => null,
  };
  const annotator = new Annotator(deps);
  /** The glossary key a finder names when it asks the background. */
  const keyOf = async (finder: Finder): Promise<string> => {
    const before = sent.length;
    await finder.find(['text'], createScanState());
    const request = sent.slice(before).find(([name]) => name === 'glossa:find-names');
    return (request![1] as RequestFields<'glossa:find-names'>).key;
  };
  const runLater = () => later.splice(0).forEach((fn) => fn());
  return { annotator, scanners, sent, painter, compiledMatcher, state, keyOf, runLater };
}

const keyFor = (glossary: Pack | null) => matcherKey(VERSION, BUNDLED, glossary);

afterEach(() => {
  document.body.replaceChildren();
});

describe('Annotator', () => {
  it('starts one scanner, with a finder for the stored glossary, and paints what it finds', async () => {
    const mine = pack('personal', 'my-term');
    const h = harness({ glossary: Promise.resolve(mine) });
    h.annotator.settingsChanged(on);
    await settle();
    expect(h.scanners).toHaveLength(1);
    expect(await h.keyOf(h.scanners[0]!.started[0]!)).toBe(keyFor(mine));
    const m = mention('africom');
    h.scanners[0]!.publish([m], true);
    expect(h.painter.paint).toHaveBeenLastCalledWith([m], expect.objectContaining({ style: 'underline' }));
    expect(h.annotator.pageEntities()).toEqual({ complete: true, entities: [{ id: 'africom', count: 1 }] });
    expect(h.annotator.settled).toBe(true);
  });

  it('is settled, and its page entities complete, only once what the scan found is painted', async () => {
    const h = harness();
    h.annotator.settingsChanged(on);
    await settle();
    h.painter.pending = true;
    h.scanners[0]!.publish([mention('africom')], true);
    // The scan's end asks for the paint now, not at the next frame or after the spacing.
    expect(h.painter.flush).toHaveBeenCalled();
    expect(h.annotator.settled).toBe(false);
    expect(h.annotator.pageEntities().complete).toBe(false);
    h.painter.pending = false;
    expect(h.annotator.settled).toBe(true);
    expect(h.annotator.pageEntities().complete).toBe(true);
  });

  it('glossary change then settings change at once: one rescan, with the new glossary', async () => {
    const h = harness();
    h.annotator.settingsChanged(on);
    await settle();
    const scanner = h.scanners[0]!;
    expect(scanner.started).toHaveLength(1);
    const newer = pack('personal', 'my-term');
    h.annotator.glossaryChanged(newer);
    h.annotator.settingsChanged({ ...on, paintStyle: 'background' });
    await settle();
    expect(h.scanners).toHaveLength(1);
    expect(scanner.started).toHaveLength(2);
    expect(await h.keyOf(scanner.started[1]!)).toBe(keyFor(newer));
  });

  it('settings changes while the first glossary read runs: one scanner, started once', async () => {
    const read = deferred<Pack | null>();
    const h = harness({ glossary: read.promise });
    h.annotator.settingsChanged(on);
    h.annotator.settingsChanged({ ...on, paintAll: true });
    h.annotator.settingsChanged({ ...on, paintStyle: 'background' });
    expect(h.annotator.settled).toBe(false);
    read.resolve(null);
    await settle();
    expect(h.scanners).toHaveLength(1);
    expect(h.scanners[0]!.started).toHaveLength(1);
  });

  it('a glossary change during the first read wins over what the read returns', async () => {
    const read = deferred<Pack | null>();
    const h = harness({ glossary: read.promise });
    h.annotator.settingsChanged(on);
    const newer = pack('personal', 'newer-term');
    h.annotator.glossaryChanged(newer);
    read.resolve(pack('personal', 'older-term'));
    await settle();
    expect(h.scanners).toHaveLength(1);
    expect(h.scanners[0]!.started).toHaveLength(1);
    expect(await h.keyOf(h.scanners[0]!.started[0]!)).toBe(keyFor(newer));
  });

  it('a settings change while a scan runs repaints what is found, without restarting the scan', async () => {
    const h = harness();
    h.annotator.settingsChanged(on);
    await settle();
    const scanner = h.scanners[0]!;
    const first = mention('africom');
    scanner.publish([first], false);
    h.annotator.settingsChanged({ ...on, paintStyle: 'background' });
    await settle();
    expect(scanner.started).toHaveLength(1);
    expect(h.painter.paint).toHaveBeenLastCalledWith([first], expect.objectContaining({ style: 'background' }));
    const second = mention('wagner-group');
    scanner.publish([first, second], true);
    expect(h.painter.paintAppended).toHaveBeenLastCalledWith(
      [second],
      expect.objectContaining({ style: 'background' }),
    );
    expect(h.annotator.pageEntities().complete).toBe(true);
  });

  it('an earlier mention confirmed or withdrawn by the page repaints, and the counts follow what is painted', async () => {
    const h = harness();
    h.annotator.settingsChanged(on);
    await settle();
    const scanner = h.scanners[0]!;
    const pending = mention('wagner-group');
    const later = mention('africom');
    scanner.publish([later], false);
    // Evidence further down confirms the name above (scanner.ts: the list is no append).
    scanner.publish([pending, later], true);
    expect(h.painter.paint).toHaveBeenLastCalledWith([pending, later], expect.anything());
    expect(h.annotator.pageEntities().entities).toEqual([
      { id: 'wagner-group', count: 1 },
      { id: 'africom', count: 1 },
    ]);
    // The evidence goes: so do the mention, its paint and its count.
    h.painter.paintAppended.mockClear();
    scanner.publish([later], true);
    expect(h.painter.paint).toHaveBeenLastCalledWith([later], expect.anything());
    expect(h.painter.paintAppended).not.toHaveBeenCalled();
    expect(h.annotator.pageEntities().entities).toEqual([{ id: 'africom', count: 1 }]);
  });

  it('rescans with each new glossary; a change while off is scanned when turned on', async () => {
    const h = harness();
    h.annotator.settingsChanged(on);
    await settle();
    const g2 = pack('personal', 'two');
    h.annotator.glossaryChanged(g2);
    await settle();
    expect(h.scanners).toHaveLength(1);
    expect(await h.keyOf(h.scanners[0]!.started[1]!)).toBe(keyFor(g2));

    h.annotator.settingsChanged(off);
    await settle();
    const g3 = pack('personal', 'three');
    h.annotator.glossaryChanged(g3);
    await settle();
    expect(h.scanners).toHaveLength(1);
    h.annotator.settingsChanged(on);
    await settle();
    expect(h.scanners).toHaveLength(2);
    expect(await h.keyOf(h.scanners[1]!.started[0]!)).toBe(keyFor(g3));
  });

  it('turning off stops and clears everything; on again scans afresh, and the old scan cannot come back', async () => {
    const h = harness();
    h.annotator.settingsChanged(on);
    await settle();
    const old = h.scanners[0]!;
    old.publish([mention('africom')], false);
    h.runLater();
    expect(h.sent).toContainEqual(['glossa:frame-entities', { ids: ['africom'] }]);

    h.annotator.settingsChanged(off);
    await settle();
    expect(old.stopped).toBe(true);
    expect(h.painter.clearPaint).toHaveBeenCalled();
    expect(h.annotator.pageEntities()).toEqual({ complete: true, entities: [] });
    h.runLater();
    expect(h.sent).toContainEqual(['glossa:frame-entities', { ids: [] }]);

    h.annotator.settingsChanged(on);
    await settle();
    expect(h.scanners).toHaveLength(2);
    const fresh = h.scanners[1]!;
    const m = mention('wagner-group');
    fresh.publish([m], false);
    h.painter.paint.mockClear();
    h.painter.paintAppended.mockClear();
    // The stopped scanner's batch comes back late: it must not reach the page.
    old.publish([mention('africom'), mention('africom')], true);
    expect(h.painter.paint).not.toHaveBeenCalled();
    expect(h.painter.paintAppended).not.toHaveBeenCalled();
    expect(h.annotator.pageEntities().entities).toEqual([{ id: 'wagner-group', count: 1 }]);
  });

  it('cut off from the extension (orphaned): tells no one, and stops instead of loading a matcher', async () => {
    const h = harness({ orphaned: true, background: 'fails' });
    h.annotator.settingsChanged(on);
    await settle();
    const scanner = h.scanners[0]!;
    scanner.publish([mention('africom')], false);
    h.runLater();
    expect(h.sent.filter(([name]) => name === 'glossa:frame-entities')).toEqual([]);
    // The scanner's next batch: the background cannot answer, and this script cannot load a matcher.
    expect(await scanner.finder.find(['AFRICOM'], createScanState())).toEqual([[]]);
    expect(h.compiledMatcher).not.toHaveBeenCalled();
    expect(scanner.stopped).toBe(true);
    expect(h.painter.clearPaint).toHaveBeenCalled();
  });

  it('a card UI module that fails to load is logged and asked for again by the next card', async () => {
    const show = vi.fn();
    const ui = {
      TooltipHost: class {
        show = show;
        hide() {}
      },
      notKnownCard: (query: string) => ({ vnode: null, announce: `not known: ${query}` }),
    } as unknown as Awaited<ReturnType<AnnotatorDeps['loadUi']>>;
    const loadUi = vi
      .fn<AnnotatorDeps['loadUi']>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue(ui);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const h = harness({ loadUi });
    h.annotator.settingsChanged(on);
    await settle();
    expect(h.annotator.showCard(null, 'Langley')).toEqual({ shown: true });
    await settle();
    expect(warn).toHaveBeenCalledWith('Glossa: cannot show the card', expect.any(Error));
    expect(show).not.toHaveBeenCalled();
    h.annotator.showCard(null, 'Langley');
    await settle();
    expect(loadUi).toHaveBeenCalledTimes(2);
    expect(show).toHaveBeenCalledWith(expect.any(Function), null, { focus: true, announce: 'not known: Langley' });
    warn.mockRestore();
  });

  it("a replaced finder's fallback loads nothing (the new glossary's scan goes on)", async () => {
    const h = harness({ background: 'fails' });
    h.annotator.settingsChanged(on);
    await settle();
    const scanner = h.scanners[0]!;
    h.annotator.glossaryChanged(pack('personal', 'x'));
    await settle();
    expect(await scanner.started[0]!.find(['AFRICOM'], createScanState())).toEqual([[]]);
    expect(h.compiledMatcher).not.toHaveBeenCalled();
    expect(scanner.stopped).toBe(false);
  });
});
