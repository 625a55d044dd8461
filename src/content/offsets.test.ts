import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addPiece, emptyRun, locate } from './offsets';

function joinPieces(pieces: readonly string[]) {
  const run = emptyRun();
  for (const p of pieces) addPiece(run, p);
  return run;
}

describe('joined runs of text nodes', () => {
  it('maps a name split across inline tags back to its pieces', () => {
    const run = joinPieces(['The ', 'Afri', 'COM', ' commander']);
    expect(run.text).toBe('The AfriCOM commander');
    const start = run.text.indexOf('AfriCOM');
    expect(locate(run, start, 'start')).toEqual({ piece: 1, offset: 0 });
    expect(locate(run, start + 7, 'end')).toEqual({ piece: 2, offset: 3 });
  });

  it('never starts a range at the end of a piece nor ends it at the start of one', () => {
    const run = joinPieces(['ab', '', 'cd']);
    expect(locate(run, 2, 'start')).toEqual({ piece: 2, offset: 0 });
    expect(locate(run, 2, 'end')).toEqual({ piece: 0, offset: 2 });
    expect(locate(run, 0, 'start')).toEqual({ piece: 0, offset: 0 });
    expect(locate(run, 4, 'end')).toEqual({ piece: 2, offset: 2 });
  });

  it('round-trips every offset (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.nat(), (pieces, n) => {
        const run = joinPieces(pieces);
        if (run.text.length === 0) return;
        const offset = n % (run.text.length + 1);
        for (const bias of ['start', 'end'] as const) {
          const { piece, offset: inner } = locate(run, offset, bias);
          expect(run.starts[piece]! + inner).toBe(offset);
          expect(inner).toBeGreaterThanOrEqual(0);
          expect(inner).toBeLessThanOrEqual(pieces[piece]!.length);
          if (bias === 'start' && offset < run.text.length) expect(inner).toBeLessThan(pieces[piece]!.length);
          if (bias === 'end' && offset > 0) expect(inner).toBeGreaterThan(0);
        }
      }),
    );
  });
});
