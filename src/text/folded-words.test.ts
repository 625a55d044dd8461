import { describe, expect, it } from 'vitest';
import { text, unitsHash, wordHash, WordHashes, wordsAfter, wordsBefore } from './folded-words';
import { normalise } from './normalise';

const folded = (s: string): Uint16Array => Uint16Array.from(normalise(s).text, (c) => c.charCodeAt(0));

describe('folded words', () => {
  const chars = folded("the port of Tangier, in Morocco's north");
  const at = normalise("the port of Tangier, in Morocco's north").text.indexOf('tangier');

  it('reads a span as a string', () => {
    expect(text(chars, at, at + 7)).toBe('tangier');
    expect(text(chars, at, at)).toBe('');
  });

  it('reads the words after a mention with the separators before each', () => {
    expect(wordsAfter(chars, chars.length, at + 7, 3, 64)).toEqual([
      { sep: ', ', word: 'in' },
      { sep: ' ', word: 'morocco' },
      { sep: "'", word: 's' },
    ]);
    // No further than the reach: the words beyond it are not read.
    expect(wordsAfter(chars, chars.length, at + 7, 3, 5)).toEqual([{ sep: ', ', word: 'in' }]);
  });

  it('reads the words before a mention, the nearest first', () => {
    expect(wordsBefore(chars, at, 5, 64)).toEqual([
      { sep: ' ', word: 'of' },
      { sep: ' ', word: 'port' },
      { sep: ' ', word: 'the' },
    ]);
    expect(wordsBefore(chars, at, 1, 64)).toEqual([{ sep: ' ', word: 'of' }]);
  });

  it('finds a word hash only when added, whatever its bitmap bit says', () => {
    const hashes = new WordHashes();
    const morocco = wordHash('morocco');
    hashes.add(morocco);
    const inText = normalise("the port of Tangier, in Morocco's north").text.indexOf('morocco');
    expect(hashes.has(unitsHash(chars, inText, inText + 7))).toBe(true);
    expect(hashes.has(unitsHash(chars, at, at + 7))).toBe(false); // tangier
    // The same low bits, another hash: its bit is set, the set still says no.
    expect(hashes.has(morocco ^ (1 << 20))).toBe(false);
    expect(hashes.has(-1)).toBe(false); // hashBefore's "no word"
  });
});
