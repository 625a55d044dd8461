import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/options';

describe('bench command line', () => {
  it('defaults: a full run, 5 runs, both browsers, 30 s mark.js limit, 10-minute soak', () => {
    const o = parseBenchArgs([]);
    expect(o).toMatchObject({
      quick: false,
      runs: 5,
      firefox: true,
      markLimitMs: 30_000,
      markLimitGiven: false,
      build: true,
      engine: true,
      render: false,
      only: null,
      saveTraces: null,
      soakMinutes: 10,
      spaSwaps: 500,
    });
  });

  it('--quick: 1 run, Chromium only unless --firefox, 10 s limit, 2-minute soak', () => {
    expect(parseBenchArgs(['--quick'])).toMatchObject({
      quick: true,
      runs: 1,
      firefox: false,
      markLimitMs: 10_000,
      soakMinutes: 2,
    });
    expect(parseBenchArgs(['--quick', '--firefox']).firefox).toBe(true);
  });

  it('keeps every flag of the old parser', () => {
    const o = parseBenchArgs([
      '--runs',
      '3',
      '--no-firefox',
      '--no-build',
      '--no-engine',
      '--mark-limit',
      '60',
      '--save-traces',
      '/tmp/t',
      '--only',
      'none,100k',
    ]);
    expect(o).toMatchObject({
      runs: 3,
      firefox: false,
      build: false,
      engine: false,
      markLimitMs: 60_000,
      markLimitGiven: true,
      saveTraces: '/tmp/t',
      only: ['none', '100k'],
    });
    expect(parseBenchArgs(['--render']).render).toBe(true);
    expect(parseBenchArgs(['--soak-minutes', '0.5', '--spa-swaps', '50'])).toMatchObject({
      soakMinutes: 0.5,
      spaSwaps: 50,
    });
  });

  it('--measure picks measures (Chromium only unless --firefox) and rejects unknown ones', () => {
    expect(parseBenchArgs(['--measure', 'soak,scrolling'])).toMatchObject({
      measures: ['soak', 'scrolling'],
      firefox: false,
    });
    expect(parseBenchArgs(['--measure', 'articles', '--firefox']).firefox).toBe(true);
    expect(parseBenchArgs([]).measures).toBeNull();
    expect(() => parseBenchArgs(['--measure', 'soak,paint'])).toThrow(/unknown measure "paint"/);
  });

  it('--only measures Chromium unless --firefox', () => {
    expect(parseBenchArgs(['--only', 'none,1m'])).toMatchObject({ only: ['none', '1m'], firefox: false });
    expect(parseBenchArgs(['--only', 'none', '--firefox']).firefox).toBe(true);
  });

  it('rejects unknown flags and bad numbers with a clear error', () => {
    expect(() => parseBenchArgs(['--quik'])).toThrow(/quik/);
    expect(() => parseBenchArgs(['--runs', 'many'])).toThrow(/--runs wants a positive number/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
  });
});
