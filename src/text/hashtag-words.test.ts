import { describe, expect, it } from 'vitest';
import { hashtagBounds } from './hashtag-words';
import { normalise } from './normalise';
import { buildMatcher } from './matcher';
import { testEntity, testPack } from './test-entity';

describe('hashtag word bounds', () => {
  it('reads a case change and a letter before a digit inside a hashtag as a space', () => {
    expect(normalise('#AfricanLion2025 now').text).toBe('#african lion 2025 now');
    expect(normalise('see #WesternSahara').text).toBe('see #western sahara');
    expect(normalise('#الأسد_الإفريقي2025').text).toBe('#الاسد الافريقي 2025');
  });

  it('leaves a hashtag without such a change, and words outside hashtags, whole', () => {
    expect(normalise('#africanlion #USAFRICOM').text).toBe('#africanlion #usafricom');
    expect(normalise('AfricanLion2025 iPhone12 C#Sharp').text).toBe('africanlion2025 iphone12 c#sharp');
    expect(hashtagBounds('no tags here, MacDonald')).toEqual([]);
  });

  it('keeps the offset map exact: the inserted space spans nothing', () => {
    const text = 'x #AfricanLion2025 y';
    const n = normalise(text);
    const s = n.text.indexOf('lion');
    expect(text.slice(n.starts[s]!, n.ends[s + 3]!)).toBe('Lion');
    const sp = s - 1;
    expect(n.text[sp]).toBe(' ');
    expect(n.starts[sp]).toBe(n.ends[sp]);
  });

  it('moves every unit by the spaces inserted before it, with several tags in one text', () => {
    const text = 'a #WesternSahara b #AfricanLion2025 c #x #ÉtatsUnis';
    const n = normalise(text);
    expect(n.text).toBe('a #western sahara b #african lion 2025 c #x #etats unis');
    for (let i = 0; i < n.text.length; i++) {
      if (n.text[i] === ' ') continue;
      expect(text.slice(n.starts[i]!, n.ends[i]!).normalize('NFKD')[0]!.toLowerCase()).toBe(n.text[i]);
    }
  });

  it('lets a name written as a hashtag be found, with its original span', () => {
    const m = buildMatcher([testPack([testEntity({ id: 'al', aliases: { en: ['African Lion'] } })])]);
    const text = 'Next up: #AfricanLion in the spring. Not #africanlion.';
    const found = m.find(text);
    expect(found.map((x) => x.text)).toEqual(['AfricanLion']);
  });
});
