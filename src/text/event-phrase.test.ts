import { describe, expect, it } from 'vitest';
import { buildMatcher } from './matcher';
import { EventPhrases } from './event-phrase';
import { createBuffer, normaliseInto } from './normalise';
import bundled from '../pack/bundled-pack.json';
import type { Pack } from './pack-types';

const REC = 'us-recognition-western-sahara';
const phrases = new EventPhrases();

/** The phrase read on from the first `head` in `text`, as written (null: none). */
function phrase(text: string, head: string): string | null {
  const buf = normaliseInto(text, true, createBuffer(text.length + 16));
  const folded = String.fromCharCode(...buf.chars.subarray(0, buf.length));
  const s = folded.indexOf(head);
  if (!phrases.isHeadAt(REC, buf.chars, s, s + head.length)) return null;
  const e = phrases.extend(REC, buf.chars, buf.length, s + head.length);
  return e < 0 ? null : text.slice(buf.starts[s], buf.ends[e - 1]);
}

describe('EventPhrases: the recognition read as a small grammar', () => {
  it('reads an article, "entire … territory", an owner in the possessive and "claim to"', () => {
    expect(phrase('Its recognition of Moroccan sovereignty over the Western Sahara in 2020.', 'recognition')).toBe(
      'recognition of Moroccan sovereignty over the Western Sahara',
    );
    expect(
      phrase('It recognizes Moroccan sovereignty over the entire Western Sahara territory and …', 'recognizes'),
    ).toBe('recognizes Moroccan sovereignty over the entire Western Sahara territory');
    expect(phrase("The US recognised Rabat's sovereignty over Western Sahara in exchange", 'recognised')).toBe(
      "recognised Rabat's sovereignty over Western Sahara",
    );
    expect(phrase("a decision to recognize Morocco's claim to Western Sahara angered", 'recognize')).toBe(
      "recognize Morocco's claim to Western Sahara",
    );
    expect(phrase('the American recognition of the Moroccan Sahara', 'recognition')).toBe(
      'recognition of the Moroccan Sahara',
    );
    expect(phrase('recognised Moroccan sovereignty over the whole territory of Western Sahara.', 'recognised')).toBe(
      'recognised Moroccan sovereignty over the whole territory of Western Sahara',
    );
  });

  it('reads the French and Arabic phrases', () => {
    expect(
      phrase(
        "sa reconnaissance de la souveraineté du Maroc sur l'ensemble du Sahara occidental, annoncée",
        'reconnaissance',
      ),
    ).toBe("reconnaissance de la souveraineté du Maroc sur l'ensemble du Sahara occidental");
    expect(
      phrase('les États-Unis ont reconnu la pleine souveraineté du Maroc sur le Sahara occidental.', 'reconnu'),
    ).toBe('reconnu la pleine souveraineté du Maroc sur le Sahara occidental');
    expect(
      phrase("Trump a reconnu la souveraineté du Maroc sur l'ensemble du territoire du Sahara, un geste", 'reconnu'),
    ).toBe("reconnu la souveraineté du Maroc sur l'ensemble du territoire du Sahara");
    expect(phrase('أكد اعتراف الولايات المتحدة بسيادة المغرب على كامل الصحراء أن القرار قائم', 'اعتراف')).toBe(
      'اعتراف الولايات المتحدة بسيادة المغرب على كامل الصحراء',
    );
  });

  it('reads nothing from a head in another sense, nor across a sentence end', () => {
    expect(phrase("The award is a recognition of the team's hard work over the season.", 'recognition')).toBeNull();
    expect(phrase('He was recognized over the years as an expert on the Sahara.', 'recognized')).toBeNull();
    expect(phrase('Facial recognition software is spreading in Western Sahara.', 'recognition')).toBeNull();
    expect(phrase('They recognized Moroccan sovereignty. Over the Sahara, storms raged.', 'recognized')).toBeNull();
  });

  it('knows its heads, not the entity’s other aliases', () => {
    expect(EventPhrases.heads(REC)).toContain('recognition');
    expect(EventPhrases.heads('wagner-group')).toEqual([]);
  });
});

describe('the matcher: the recognition phrase is one mention, its actor decides', () => {
  const matcher = buildMatcher([bundled as unknown as Pack]);
  const ids = (text: string): string[] => matcher.find(text).map((m) => `${m.entityId}:${m.text}`);

  it('counts the US recognition as real pages write it, its inner names with it', () => {
    expect(
      ids("Trump's recognition of Moroccan sovereignty over the Western Sahara in 2020 reshaped the region."),
    ).toEqual([`${REC}:recognition of Moroccan sovereignty over the Western Sahara`]);
    expect(ids("The US decision to recognize Morocco's claim to Western Sahara angered Algiers.")).toEqual([
      `${REC}:recognize Morocco's claim to Western Sahara`,
      'algeria:Algiers',
    ]);
    expect(ids('confirming the US recognition of Moroccan sovereignty over the Sahara.')).toEqual([
      `${REC}:US recognition of Moroccan sovereignty over the Sahara`,
    ]);
    expect(ids("Washington's recognition of Moroccan sovereignty over Western Sahara was a shock.")).toEqual([
      'united-states:Washington',
      `${REC}:recognition of Moroccan sovereignty over Western Sahara`,
    ]);
    expect(
      ids('Les États-Unis ont reconnu la souveraineté marocaine sur l’ensemble du Sahara occidental en 2020.'),
    ).toEqual([
      'united-states:États-Unis',
      `${REC}:reconnu la souveraineté marocaine sur l’ensemble du Sahara occidental`,
    ]);
    expect(ids('اعترفت الولايات المتحدة بسيادة المغرب على كامل الصحراء الغربية في ديسمبر 2020.')).toEqual([
      `${REC}:اعترفت الولايات المتحدة بسيادة المغرب على كامل الصحراء الغربية`,
    ]);
  });

  it("leaves other actors' recognitions out: their inner names count", () => {
    expect(ids("Spain refused to recognize Morocco's sovereignty over the Western Sahara.")).toEqual([
      'morocco:Morocco',
      'western-sahara:Western Sahara',
    ]);
    expect(ids("Israel's recognition of Moroccan sovereignty over the Western Sahara came in July 2023.")).toEqual([
      'western-sahara:Western Sahara',
    ]);
    expect(
      ids('La reconnaissance israélienne de la souveraineté marocaine sur le Sahara occidental date de 2023.'),
    ).toEqual(['western-sahara:Sahara occidental']);
    expect(ids('جاء اعتراف إسرائيل بسيادة المغرب على الصحراء الغربية بعد ثلاث سنوات.')).toEqual([
      'morocco:المغرب',
      'western-sahara:الصحراء الغربية',
    ]);
  });
});
