import { describe, expect, it } from 'vitest';
import { PHASES, phaseOf, splitProfiles, type CpuProfile, type ProfileNode } from '../../bench/profile-split';
import { profileSection } from '../../bench/report-speed';

const OURS = 'chrome-extension://x/content.js';
const node = (
  id: number,
  functionName: string,
  url: string,
  lineNumber: number,
  children: number[] = [],
): ProfileNode => ({
  id,
  callFrame: { functionName, url, lineNumber, columnNumber: 0 },
  children,
});
// Bundle lines 0–9 come from collect-text.ts, 10–19 from messaging.ts, 20+ from scanner.ts.
const moduleAt = (url: string, line: number): string =>
  url !== OURS
    ? '?'
    : line < 10
      ? 'src/content/collect-text.ts'
      : line < 20
        ? 'src/shared/messaging.ts'
        : 'src/content/scanner.ts';
const options = { isOurs: (u: string) => u === OURS, moduleAt, sampleCapUs: 300 };

describe('phaseOf', () => {
  it('is decided by the innermost frame of ours', () => {
    expect(
      phaseOf([
        { name: 'read', file: 'src/content/collect-text.ts' },
        { name: 'start', file: 'src/content/scanner.ts' },
      ]),
    ).toBe(PHASES.walk);
    expect(phaseOf([{ name: 'send', file: 'src/shared/messaging.ts' }])).toBe(PHASES.request);
    expect(phaseOf([{ name: 'addMention', file: 'src/content/scanner.ts' }])).toBe(PHASES.ranges);
    expect(phaseOf([{ name: 'get range', file: 'src/content/scanner.ts' }])).toBe(PHASES.ranges);
    expect(phaseOf([{ name: 'scanRoots', file: 'src/content/scanner.ts' }])).toBe(PHASES.loop);
  });

  it('counts module top levels and the polyfill as evaluation, an empty stack as other', () => {
    expect(phaseOf([{ name: '(anonymous)', file: 'node_modules/webextension-polyfill' }])).toBe(PHASES.evaluation);
    expect(phaseOf([])).toBe(PHASES.other);
  });
});

describe('splitProfiles', () => {
  // root → program/idle, and root → start (scanner) → read (walk) → nextNode (native), start → send (request)
  const nodes = [
    node(1, '(root)', '', 0, [2, 3, 4, 7]),
    node(2, '(idle)', '', 0),
    node(3, '(program)', '', 0),
    node(4, 'start', OURS, 25, [5, 6]),
    node(5, 'read', OURS, 3, [8]),
    node(6, 'send', OURS, 12),
    node(7, 'pageOwn', 'https://page/app.js', 0),
    node(8, 'nextNode', '', 0),
  ];
  const profile = (samples: number[], timeDeltas: number[]): CpuProfile => ({
    nodes,
    startTime: 0,
    endTime: 0,
    samples,
    timeDeltas,
  });

  it('splits our samples by part of the work, averaged over the loads, with weights capped', () => {
    // Sample i weighs timeDeltas[i + 1], halved (two loads): read 100 and the native call under it
    // 5000 capped to 300, send 300, idle and program left out, the page's own script 200 (busy, not
    // ours), start 200; then read 400, send 100.
    const a = profile([5, 8, 6, 2, 3, 7, 4], [0, 100, 5000, 300, 100, 100, 200, 200]);
    const b = profile([5, 6], [0, 400, 100]);
    const split = splitProfiles([a, b], options);
    expect(split.phases).toEqual({ [PHASES.walk]: 0.4, [PHASES.request]: 0.2, [PHASES.loop]: 0.1 });
    expect(Object.keys(split.phases)[0]).toBe(PHASES.walk);
    expect(split.oursMs).toBe(0.7);
    expect(split.busyMs).toBe(0.8);
  });
});

describe('profileSection', () => {
  const r = {
    pages: { none: { label: 'no mention' }, '100k': { label: '100 kB' } },
    results: {
      chromium: { none: { glossaCpuMs: 5, walkFloorCpuMs: 2 }, '100k': { glossaCpuMs: 17, walkFloorCpuMs: 3 } },
    },
    profile: {
      repeat: 3,
      intervalUs: 100,
      pages: {
        none: { oursMs: 4.8, busyMs: 5, phases: { [PHASES.walk]: 2.1, [PHASES.request]: 0.7, [PHASES.loop]: 2 } },
        '100k': {
          oursMs: 20,
          busyMs: 24,
          phases: { [PHASES.walk]: 3.3, [PHASES.request]: 2.1, [PHASES.annotator]: 4 },
        },
      },
    },
  };

  it('puts each part beside the extension floor and says what each target leaves', () => {
    const text = profileSection(r).join('\n');
    expect(text).toContain(`| ${PHASES.annotator} | — | 4 ms |`);
    expect(text).toContain("| extension floor's whole script, thread CPU (trace) | 2 ms | 3 ms |");
    expect(text).toContain('no mention: the target (extension floor + 2 ms) allows 4 ms of CPU');
    expect(text).toContain('(walk 3.3 ms) and sending it to the background (2.1 ms) take 5.4 ms');
    expect(text).toContain(
      'everything else (deciding, mapping answers to ranges, painting, the annotator, loading and evaluating code) 14.6 ms',
    );
    expect(text).toContain(
      "This run's trace gives the script 17 ms of thread CPU, the profile 20 ms in content-script frames",
    );
  });

  it('says why when the profile could not be taken, and is absent without one', () => {
    expect(profileSection({ ...r, profile: { error: 'no browser' } }).join('\n')).toContain(
      'Not available: `no browser`',
    );
    expect(profileSection({ ...r, profile: undefined })).toEqual([]);
  });
});
