import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, scanAutomaton } from './automaton';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  for (let end = 1; end <= text.length; end++) {
    for (let p = 0; p < patterns.length; p++) if (text.slice(0, end).endsWith(patterns[p]!)) out.push(`${end}:${p}`);
  }
  return out.sort();
}

function scan(patterns: string[], text: string, budget?: number): string[] {
  const a = buildAutomaton(patterns, budget);
  const chars = Uint16Array.from(text, (c) => c.charCodeAt(0));
  const out: string[] = [];
  scanAutomaton(a, chars, chars.length, { occurrence: (end, p) => out.push(`${end}:${p}`) });
  return out.sort();
}

describe('automaton', () => {
  it('reports every occurrence, whatever the dense-row budget (deep states use failure links)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ا', 'ل'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', 'ا', 'ل'), maxLength: 40 }),
        fc.constantFrom(1, 8, 40, 1 << 20),
        (patterns, text, budget) => {
          expect(scan(patterns, text, budget)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('names the next state in a dense row by its row offset, or -(state + 1) past the rows', () => {
    for (const budget of [1 << 20, 40]) {
      const a = buildAutomaton(['rabat', 'rabbit', 'sahel', 'sahara', 'hara'], budget);
      const rows = a.denseStates * a.rowWidth;
      for (let k = 0; k < rows; k++) {
        const x = a.dense[k]! >> 1;
        if (x >= 0) expect([x % a.rowWidth, x < rows]).toEqual([0, true]);
        else expect(-x - 1).toBeGreaterThanOrEqual(a.denseStates);
        const target = x >= 0 ? x / a.rowWidth : -x - 1;
        expect(a.dense[k]! & 1).toBe(a.outState[target] !== 0 ? 1 : 0);
      }
    }
  });
  it('keeps duplicate patterns in input order', () => {
    const out: number[] = [];
    const a = buildAutomaton(['ab', 'b', 'ab']);
    scanAutomaton(
      a,
      Uint16Array.from('ab', (c) => c.charCodeAt(0)),
      2,
      { occurrence: (_e, p) => out.push(p) },
    );
    expect(out).toEqual([0, 2, 1]);
  });
});
