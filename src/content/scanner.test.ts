// @vitest-environment happy-dom
/**
 * The scanner's races, on a DOM: the page changes while a batch is with the finder, while a
 * rescan pass walks, while the first scan runs, or the scan is superseded. Each test fails when
 * the handling it names is taken out of scanner.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import './static-range-shim';
import sensePack from '../text/fixtures/sense-pack.json';
import { buildMatcher, type Match, type ScanState } from '../text/matcher';
import type { Pack } from '../text/pack-types';
import { localFinder, type Finder } from './finder';
import { Scanner, type Mention } from './scanner';

const NAMES: Record<string, string> = { AFRICOM: 'africom', Sahel: 'sahel', HIMARS: 'himars' };

/** Every whole-word occurrence of a name in NAMES: a stand-in for the engine. */
function matchNames(text: string): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(/\b(AFRICOM|Sahel|HIMARS)\b/g))
    out.push({ entityId: NAMES[m[0]]!, start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

interface Call {
  texts: string[];
  release: () => void;
}

/** A finder whose answers wait until the test releases them (or, when open, come at once). */
class HeldFinder implements Finder {
  open = false;
  readonly calls: Call[] = [];
  /** Every text sent, in order. */
  readonly sent: string[] = [];
  private waiting: Array<(call: Call) => void> = [];

  constructor(private readonly onCall?: (call: Call) => void) {}

  find(texts: readonly string[], _state: ScanState): Promise<Match[][]> {
    this.sent.push(...texts);
    const answer = texts.map(matchNames); // what was read, as it was when sent
    if (this.open) return Promise.resolve(answer);
    return new Promise((resolve) => {
      const call = { texts: [...texts], release: () => resolve(answer) };
      this.calls.push(call);
      this.onCall?.(call);
      this.waiting.shift()?.(call);
    });
  }

  /** The next call that arrives (or the oldest not yet taken). */
  nextCall(): Promise<Call> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Answers everything held, and everything from now on. */
  openUp(): void {
    this.open = true;
    for (const c of this.calls.splice(0)) c.release();
  }
}

interface Reported {
  ids: string[];
  /** Each mention's range text when it was reported. */
  texts: string[];
}

let scanner: Scanner | null = null;

function startScanner(finder: Finder, budgetMs?: number): { scanner: Scanner; reports: Reported[] } {
  const reports: Reported[] = [];
  const onUpdate = (list: readonly Mention[]): void => {
    reports.push({ ids: list.map((m) => m.entityId), texts: list.map((m) => m.range.toString()) });
  };
  // A budget of 0 looks at the clock at every node: every run is a batch of its own.
  const slices = budgetMs === 0 ? { stepNodes: 1, sliceBatchChars: 0 } : {};
  scanner = new Scanner(finder, { isOurs: () => false, onUpdate, budgetMs, ...slices });
  void scanner.start();
  return { scanner, reports };
}

const ids = (s: Scanner): string[] => s.list().map((m) => m.entityId);

/** Waits for the next animation frame: a rescan the scanner scheduled before this call has started. */
const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Waits (a task at a time) until the scanner has settled again after `before` passes. */
async function passAfter(s: Scanner, before: number): Promise<void> {
  while (s.passes <= before) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

afterEach(() => {
  scanner?.stop();
  scanner = null;
  document.body.replaceChildren();
});

describe('Scanner', () => {
  it('never reports a mention over text that changed while its batch was with the finder', async () => {
    document.body.append(paragraph('Talks with AFRICOM began.'));
    const finder = new HeldFinder();
    const { scanner, reports } = startScanner(finder);
    const call = await finder.nextCall();
    expect(call.texts).toEqual(['Talks with AFRICOM began.']);
    // The page rewrites the text while the finder works on what was read.
    (document.body.firstChild!.firstChild as Text).data = 'Talks with nobody at all began.';
    finder.openUp();
    await scanner.whenSettled();
    expect(ids(scanner)).toEqual([]);
    // At no point was a mention shown over the new text.
    for (const r of reports)
      expect(
        r.texts.every((t) => t === 'AFRICOM'),
        JSON.stringify(r),
      ).toBe(true);
  });

  it('rescans what changes while a rescan pass is at work, each name counted once', async () => {
    const list = document.createElement('div');
    list.append(paragraph('Nothing yet.'), paragraph('Still nothing.'));
    document.body.append(list);
    const finder = new HeldFinder();
    finder.open = true;
    // A budget of 0: every part is a batch of its own, so the walk waits for the finder between them.
    const { scanner } = startScanner(finder, 0);
    await scanner.whenSettled();
    const passes = scanner.passes;
    expect(passes).toBe(1);
    finder.open = false;
    // A pass over two new blocks; while its first batch is away, more is added: one block the walk
    // has yet to reach (it may read it now and again in the next pass) and one elsewhere.
    const added = document.createElement('div');
    added.append(paragraph('AFRICOM met.'), paragraph('Then nothing.'));
    list.append(added);
    const first = await finder.nextCall();
    expect(first.texts).toEqual(['AFRICOM met.']);
    added.append(paragraph('HIMARS arrived.'));
    document.body.append(paragraph('The Sahel.'));
    // The rescan these changes asked for comes while the pass is still at work.
    await nextFrame();
    finder.openUp();
    await scanner.whenSettled();
    expect(ids(scanner).sort()).toEqual(['africom', 'himars', 'sahel']);
    expect(scanner.passes).toBeGreaterThan(passes);
  });

  it('sends a small page read in many slices as one batch', async () => {
    for (let i = 0; i < 20; i++) document.body.append(paragraph(i === 7 ? 'The AFRICOM block.' : `Block ${i}.`));
    const finder = new HeldFinder();
    finder.open = true;
    const batches: number[] = [];
    // A budget of 0: every node ends a slice; what is gathered stays far below SLICE_BATCH_CHARS.
    scanner = new Scanner(
      { find: (texts, state) => (batches.push(texts.length), finder.find(texts, state)) },
      { isOurs: () => false, onUpdate: () => {}, budgetMs: 0, stepNodes: 1 },
    );
    await scanner.start();
    expect(batches).toEqual([20]);
    expect(ids(scanner)).toEqual(['africom']);
  });

  it('sends a batch before it publishes what the batches before it found', async () => {
    document.body.append(paragraph('Talks with AFRICOM began.'), paragraph('Prices of wheat rose.'));
    const finder = new HeldFinder();
    const log: string[] = [];
    // A budget of 0: each paragraph is a batch of its own, the second sent once the first is answered.
    scanner = new Scanner(
      { find: (texts, state) => (log.push(`find ${texts.join()}`), finder.find(texts, state)) },
      {
        isOurs: () => false,
        onUpdate: (list) => list.length > 0 && log.push(`update ${list.map((m) => m.entityId).join()}`),
        budgetMs: 0,
        stepNodes: 1,
        sliceBatchChars: 0,
      },
    );
    const done = scanner.start();
    const first = await finder.nextCall();
    // The walk has read the second paragraph meanwhile, and waits for the first answer to send it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toEqual(['find Talks with AFRICOM began.']);
    first.release();
    finder.openUp();
    await done;
    // The publishing of AFRICOM (deciding, painting, the annotator's loading) comes after the
    // second request left, not before it.
    expect(log.slice(0, 3)).toEqual(['find Talks with AFRICOM began.', 'find Prices of wheat rose.', 'update africom']);
  });

  it('finds names in text whose source wraps lines, sent as the page holds it', async () => {
    // Pretty-printed HTML: most paragraphs' text nodes hold line breaks and indentation.
    document.body.append(paragraph('Talks with\n    AFRICOM began\tin the\r\nSahel.'));
    const finder = new HeldFinder();
    finder.openUp();
    const { scanner } = startScanner(finder);
    await scanner.whenSettled();
    expect(ids(scanner)).toEqual(['africom', 'sahel']);
    expect(scanner.list().map((m) => m.range.toString())).toEqual(['AFRICOM', 'Sahel']);
    // The finder reads its line breaks as spaces (finder.test.ts, find-names.test.ts).
    expect(finder.sent).toEqual(['Talks with\n    AFRICOM began\tin the\r\nSahel.']);
  });

  it('counts content added while the first scan runs, before and after where the walk is', async () => {
    document.body.append(paragraph('First block.'), paragraph('Second block.'), paragraph('Third block.'));
    const finder = new HeldFinder((call) => {
      if (call.texts[0] !== 'First block.') return;
      // Mid-scan: a block the walk has passed (before the first) and one it has yet to reach.
      document.body.prepend(paragraph('Early AFRICOM news.'));
      document.body.append(paragraph('Late Sahel news.'));
    });
    finder.open = false;
    const { scanner } = startScanner(finder, 0);
    await finder.nextCall();
    // The rescan the additions asked for comes while the first scan is still at work.
    await nextFrame();
    finder.openUp();
    await scanner.whenSettled();
    expect(ids(scanner)).toEqual(['africom', 'sahel']);
    expect(scanner.passes).toBeGreaterThanOrEqual(1);
  });

  it('reports nothing from a scan that was superseded or stopped', async () => {
    document.body.append(paragraph('AFRICOM and the Sahel.'));
    const old = new HeldFinder();
    const { scanner, reports } = startScanner(old);
    const held = await old.nextCall();
    // A new glossary: a new full scan with another finder, which finds nothing here.
    const restarted = scanner.start({ find: async (texts) => texts.map(() => []) });
    await restarted;
    held.release();
    // The old answer's work is all promise callbacks: a task later, whatever it would do is done.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    await scanner.whenSettled();
    expect(ids(scanner)).toEqual([]);
    expect(reports.flatMap((r) => r.ids)).toEqual([]);

    // Stopped while a batch is away: nothing is reported after stop().
    const again = new HeldFinder();
    void scanner.start(again);
    const away = await again.nextCall();
    const before = reports.length;
    scanner.stop();
    away.release();
    document.body.append(paragraph('HIMARS.'));
    await nextFrame();
    expect(reports.length).toBe(before);
    expect(scanner.complete).toBe(false);
  });
});

describe('Scanner: what a change of blocks does to the text around it', () => {
  it('reads again the text a removed block joined, and drops a mention an added block cut', async () => {
    const joined = document.createElement('div');
    joined.append('AFRI', Object.assign(document.createElement('div'), { textContent: 'x' }), 'COM');
    const cut = document.createElement('div');
    cut.append('The Sa', 'hel.');
    const list = document.createElement('ul');
    list.append('\n', Object.assign(document.createElement('li'), { textContent: 'one' }), '\n');
    document.body.append(joined, cut, list);
    const finder = new HeldFinder();
    finder.open = true;
    const { scanner } = startScanner(finder);
    await scanner.whenSettled();
    expect(ids(scanner)).toEqual(['sahel']);
    let passes = scanner.passes;
    joined.children[0]!.remove();
    cut.insertBefore(document.createElement('hr'), cut.lastChild);
    await passAfter(scanner, passes);
    expect(ids(scanner)).toEqual(['africom']);
    // A list item added between line breaks is read alone: the list's other items are not sent again.
    finder.sent.length = 0;
    passes = scanner.passes;
    list.append(Object.assign(document.createElement('li'), { textContent: 'two HIMARS' }));
    await passAfter(scanner, passes);
    expect(finder.sent).toEqual(['two HIMARS']);
    expect(ids(scanner)).toEqual(['africom', 'himars']);
  });
});

describe('Scanner: ambiguous names decided by the whole page (text/page-evidence.ts)', () => {
  // Explicit rules and no cue weights: these sentences leave Apache to the page's evidence, whatever
  // the bundled pack's trained weights would make of them.
  const engine = buildMatcher([sensePack as Pack]);
  const undecided = 'An Apache flew low over the valley at dawn.';
  const evidence = 'AFRICOM later confirmed the exercise with HIMARS units.';

  it('confirms an earlier mention when evidence arrives later, and withdraws it when the evidence goes', async () => {
    document.body.append(paragraph(undecided), paragraph('Residents said the noise lasted an hour.'));
    const { scanner, reports } = startScanner(localFinder(engine));
    await scanner.whenSettled();
    expect(ids(scanner)).toEqual([]);
    // A paragraph added at the end confirms the name in the first one.
    let passes = scanner.passes;
    const late = paragraph(evidence);
    document.body.append(late);
    await passAfter(scanner, passes);
    expect(ids(scanner)).toEqual(['ah-64-apache', 'africom', 'himars']);
    expect(scanner.list()[0]!.range.toString()).toBe('Apache');
    expect(reports.at(-1)!.texts).toEqual(['Apache', 'AFRICOM', 'HIMARS']);
    // A later paragraph that changes no decision only appends: the earlier mentions are the same objects.
    const before = scanner.list();
    passes = scanner.passes;
    document.body.append(paragraph('Talks continued in Rabat.'));
    await passAfter(scanner, passes);
    expect(scanner.list().slice(0, before.length)).toEqual(before);
    expect(
      scanner
        .list()
        .slice(0, before.length)
        .every((m, i) => m === before[i]),
    ).toBe(true);
    expect(ids(scanner)).toEqual(['ah-64-apache', 'africom', 'himars', 'rabat']);
    // The evidence is removed: the name goes with it.
    passes = scanner.passes;
    late.remove();
    await passAfter(scanner, passes);
    expect(ids(scanner)).toEqual(['rabat']);
  });

  it("decides a digest's item by its own evidence, as the scan CLI does (text/news-items.ts)", async () => {
    document.body.append(paragraph(`Defence: ${evidence}`), paragraph(`Weather: ${undecided}`));
    const { scanner } = startScanner(localFinder(engine));
    await scanner.whenSettled();
    expect(ids(scanner)).toEqual(['africom', 'himars']);
    // The same blocks without rubrics are one discourse; an item's own evidence still counts.
    let passes = scanner.passes;
    document.body.append(paragraph(`Travel: ${evidence} ${undecided}`));
    await passAfter(scanner, passes);
    expect(ids(scanner)).toEqual(['africom', 'himars', 'africom', 'himars', 'ah-64-apache']);
    document.body.replaceChildren(paragraph(evidence), paragraph(undecided));
    passes = scanner.passes;
    await passAfter(scanner, passes);
    expect(ids(scanner)).toEqual(['africom', 'himars', 'ah-64-apache']);
  });

  it('reads a <br>-separated digest in one block line by line, as the scan CLI does (scan.test.ts)', async () => {
    const block = document.createElement('div');
    block.append(`Defence: ${evidence}`, document.createElement('br'), `Travel: ${undecided}`);
    document.body.append(block);
    const { scanner } = startScanner(localFinder(engine));
    await scanner.whenSettled();
    // Each line is an item of its own: the aside Travel one's Apache is not the Defence one's story.
    expect(ids(scanner)).toEqual(['africom', 'himars']);
    // Keyed by its line's first text node, not by the block both lines share.
    expect(scanner.list().map((m) => m.item)).toEqual([block.firstChild, block.firstChild]);
    const lines = document.createElement('div');
    lines.append(`Defence: ${evidence}`, document.createElement('br'), `Travel: ${evidence}`);
    let passes = scanner.passes;
    document.body.append(lines);
    await passAfter(scanner, passes);
    expect(
      scanner
        .list()
        .slice(2)
        .map((m) => m.item),
    ).toEqual([lines.firstChild, lines.firstChild, lines.lastChild, lines.lastChild]);
    lines.remove();
    // Lines without rubrics are the running text: the page's story decides the Apache.
    passes = scanner.passes;
    block.replaceChildren(evidence, document.createElement('br'), undecided);
    await passAfter(scanner, passes);
    expect(ids(scanner)).toEqual(['africom', 'himars', 'ah-64-apache']);
  });

  it('keeps out a name the page uses in another sense, even on a page about the story', async () => {
    const far = ' It was a quiet week.'.repeat(8);
    document.body.append(
      paragraph(`The Apache Software Foundation released a new version.${far}`),
      paragraph(`Its Apache web server is widely used.${far}`),
      paragraph(undecided),
      paragraph(evidence),
    );
    const { scanner } = startScanner(localFinder(engine));
    await scanner.whenSettled();
    expect(ids(scanner)).toEqual(['africom', 'himars']);
  });

  it('drops the rejected votes of a removed block: the name they voted down counts again', async () => {
    const veto = paragraph('Its Apache web server is widely used.');
    document.body.append(veto, paragraph(undecided), paragraph(evidence));
    const { scanner } = startScanner(localFinder(engine));
    await scanner.whenSettled();
    expect(ids(scanner)).toEqual(['africom', 'himars']);
    const passes = scanner.passes;
    veto.remove();
    await passAfter(scanner, passes);
    expect(ids(scanner)).toEqual(['ah-64-apache', 'africom', 'himars']);
    expect(scanner.list()[0]!.range.toString()).toBe('Apache');
  });

  it('makes an empty range when asked after its text changed, before the rescan replaces the mention', async () => {
    document.body.append(paragraph(evidence));
    scanner = new Scanner(localFinder(engine), { isOurs: () => false, onUpdate: () => {} });
    await scanner.start();
    const [, himars] = scanner.list();
    const node = himars!.nodes[0]!;
    const before = node.data;
    node.data = 'AFRICOM';
    // Same task as the change: the rescan has not run, the mention still holds its old offsets.
    expect(() => himars!.range).not.toThrow();
    expect(himars!.range.collapsed).toBe(true);
    // Its text back as it was read: the range covers it again.
    node.data = before;
    expect(himars!.range.toString()).toBe(himars!.text);
  });

  it('makes the range of a mention whose source text has a line break (shown, and matched, as a space)', async () => {
    const p = document.createElement('p');
    p.append('Talks on Western\nSahara resumed.');
    document.body.append(p);
    scanner = new Scanner(localFinder(engine), { isOurs: () => false, onUpdate: () => {} });
    await scanner.start();
    const [found] = scanner.list();
    expect(found!.text).toBe('Western Sahara');
    expect(found!.range.toString()).toBe('Western\nSahara');
  });

  it('keeps evidence only (rejected votes) without live ranges, and makes a live one only when asked', async () => {
    // Apaches vetoed as the web server: evidence, never painted.
    document.body.append(
      paragraph('The software team moved the server to a new web host.'),
      paragraph('Its Apache web server is widely used.'),
      paragraph(evidence),
    );
    const created: Range[] = [];
    const createRange = document.createRange.bind(document);
    document.createRange = () => {
      const r = createRange();
      created.push(r);
      return r;
    };
    try {
      // A reader of the list that never asks for a range (startScanner's reads every one).
      scanner = new Scanner(localFinder(engine), { isOurs: () => false, onUpdate: () => {} });
      await scanner.start();
      expect(ids(scanner)).toEqual(['africom', 'himars']);
      expect(created).toHaveLength(0);
      // Asked for, a mention's live Range is made once, over the text read; none for the evidence.
      const [first, second] = scanner.list();
      expect(first!.range.toString()).toBe('AFRICOM');
      expect(first!.range).toBe(created[0]);
      expect(created).toHaveLength(1);
      expect(second!.range.toString()).toBe('HIMARS');
      expect(created).toHaveLength(2);
    } finally {
      document.createRange = createRange;
    }
  });
});
