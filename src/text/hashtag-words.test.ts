import { describe, expect, it } from 'vitest';
import { hashtagBounds, spacedHashtag } from './hashtag-words';
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

describe('hashtag word bounds: acronyms, numbers, invisible characters (issue 16)', () => {
  it('reads an acronym of three letters or a number before a capitalised word as a bound', () => {
    expect(normalise('#TOWMissile').text).toBe('#tow missile');
    expect(normalise('#AH64Apache').text).toBe('#ah64 apache');
    // two capitals are read as one compound, as written with a hyphen (US-Morocco)
    expect(normalise('#USMorocco').text).toBe('#usmorocco');
  });

  it('keeps a model code of one or two capitals and its number whole (#AH64E, #AL25), not a word before a year', () => {
    expect(normalise('#AH64E #AL25 #F16').text).toBe('#ah64e #al25 #f16');
    expect(normalise('#ApacheAH64E').text).toBe('#apache ah64e');
    expect(normalise('#Lion2025 #USA2025 #COP28').text).toBe('#lion 2025 #usa 2025 #cop 28');
  });

  it('finds the model code written as a hashtag, which split it into a word and a number before', () => {
    const m = buildMatcher([testPack([testEntity({ id: 'apache', aliases: { en: ['AH64E'] } })])]);
    expect(m.find('The first Apaches land at Salé #FAR #AH64E').map((x) => x.text)).toEqual(['AH64E']);
    expect(m.find('#AH64Engines')).toEqual([]);
  });

  it('reads a zero-width space inside a hashtag as a bound, not as the end of the tag', () => {
    expect(normalise('#Sahara\u200bOccidental').text).toBe('#sahara occidental');
  });
});

describe('spacedHashtag', () => {
  it('is null for a name outside a hashtag or ending its tag', () => {
    expect(spacedHashtag('Morocco World News', 0, 7)).toBeNull();
    expect(spacedHashtag('#Morocco now', 1, 8)).toBeNull();
  });

  it('writes the tag with its words apart, offsets mapped both ways', () => {
    const text = 'Read #MoroccoWorldNews today.';
    const tag = spacedHashtag(text, 6, 13)!;
    expect(tag.text).toBe('Read #Morocco World News today.');
    expect(tag.text.slice(tag.start, tag.end)).toBe('Morocco');
    const world = tag.text.indexOf('World');
    expect(text.slice(tag.original(world), tag.original(world) + 5)).toBe('World');
    const today = tag.text.indexOf('today');
    expect(text.slice(tag.original(today), tag.original(today) + 5)).toBe('today');
  });
});
