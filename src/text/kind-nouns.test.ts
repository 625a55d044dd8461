import { describe, expect, it } from 'vitest';
import { KindNouns } from './kind-nouns';
import { foldString } from './normalise';

const kinds = new KindNouns(
  { tow: ['missiles', 'launchers'] },
  { tow: [foldString('antichars'), foldString('lanceurs')] },
);

/** Whether a noun of the tow's kind is beside the first `name` of the folded text. */
const beside = (text: string, name = 'tow'): boolean => {
  const folded = foldString(text);
  const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
  const at = folded.indexOf(name);
  return kinds.beside('tow', chars, chars.length, at, at + name.length);
};

describe('KindNouns', () => {
  it('a noun of the kind after the word (English) or before it (French)', () => {
    expect(beside('crews fired tow launchers')).toBe(true);
    expect(beside('tow missiles')).toBe(true);
    expect(beside('des missiles antichars tow livrés')).toBe(true);
    expect(beside('des lanceurs tow')).toBe(true);
  });

  it('not on the other side, another word or another entity', () => {
    expect(beside('launchers tow the car')).toBe(false);
    expect(beside('tanks tow the damaged vehicles')).toBe(false);
    expect(beside('a tank tow cable snapped')).toBe(false);
    expect(beside('tow, missiles')).toBe(false);
    expect(
      kinds.beside(
        'far',
        Uint16Array.from('far missiles', (c) => c.charCodeAt(0)),
        12,
        0,
        3,
      ),
    ).toBe(false);
  });
});
