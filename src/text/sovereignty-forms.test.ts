import { describe, expect, it } from 'vitest';
import { bundledMatcher, pageIds } from '../pack/bundled-test-pack';
import { foldString, normaliseInto, createBuffer } from './normalise';
import { phraseEnd, sovereigntyForms } from './sovereignty-forms';

const forms = (alias: string): string[] => sovereigntyForms(foldString(alias));

describe('sovereigntyForms', () => {
  it('writes a verb phrase up to its link with every verb, owner and link', () => {
    const v = forms("recognition of Morocco's sovereignty over Western Sahara");
    for (const f of [
      "recognized morocco's claim to",
      'recognises moroccan sovereignty over',
      "recognition of rabat's sovereignty over",
      'recognizing its claim to',
    ])
      expect(v).toContain(f);
    // The territory is read in the text (phraseEnd), not multiplied into patterns.
    expect(v.some((f) => f.includes('sahara'))).toBe(false);
    expect(v).toHaveLength(9 * 4 * 2);
  });

  it('keeps the agent of a phrase that names it, and varies only its object', () => {
    const v = forms("US recognition of Morocco's sovereignty over Western Sahara");
    expect(v).toContain('us recognition of moroccan claim to');
    expect(v.every((f) => f.startsWith('us recognition of '))).toBe(true);
  });

  it('reads the French link around its owner', () => {
    const v = forms('reconnaissance de la souveraineté du Maroc sur le Sahara');
    expect(v).toContain(foldString('reconnu la souveraineté marocaine sur'));
    expect(v).toContain(foldString('reconnaissant la pleine souveraineté du Maroc sur'));
    expect(forms('reconnaissance par Washington de la souveraineté du Maroc sur le Sahara')).toContain(
      foldString('reconnaissance par Washington de la souveraineté marocaine sur'),
    );
  });

  it('varies the US agent between the noun and its object, apart from the agent-less forms', () => {
    const v = forms('reconnaissance par Washington de la souveraineté du Maroc sur le Sahara');
    expect(v).toContain(foldString("reconnaissance par l'administration Trump de la souveraineté du Maroc sur"));
    expect(v).toContain(foldString('reconnaissance par les États-Unis de la souveraineté marocaine sur'));
    // no agent-less form: those are the generic alias's, with its rule
    expect(v).not.toContain(foldString('reconnaissance de la souveraineté du Maroc sur'));
    const en = forms("recognition by the United States of Morocco's sovereignty over Western Sahara");
    expect(en).toContain('recognition by the trump administration of moroccan claim to');
    expect(en.some((f) => f.startsWith('recognition by spain'))).toBe(false);
    expect(forms("recognition of Morocco's sovereignty over Western Sahara").some((f) => f.includes(' by '))).toBe(
      false,
    );
  });

  it('leaves any other alias as it is', () => {
    for (const alias of ['US recognition of Moroccan sovereignty', 'Tripartite Declaration', 'marocanité du Sahara'])
      expect(forms(alias)).toEqual([foldString(alias)]);
  });
});

describe('phraseEnd', () => {
  /** The territory read after `head` (a pattern cut after its link) in `text`, or null when none ends the phrase. */
  const read = (text: string, head: string): string | null => {
    const buf = normaliseInto(text, true, createBuffer());
    const folded = String.fromCharCode(...buf.chars.subarray(0, buf.length));
    const s = folded.indexOf(foldString(head));
    const e = s + foldString(head).length;
    const end = phraseEnd(buf.chars, buf.length, s, e);
    return end < 0 ? null : folded.slice(e + 1, end);
  };

  it('reads the longest territory after the link, as whole words', () => {
    expect(read('recognized its claim to the whole of Western Sahara, they said', 'recognized its claim to')).toBe(
      'the whole of western sahara',
    );
    expect(
      read(
        "a reconnu la souveraineté du Maroc sur l'ensemble du Sahara occidental.",
        'reconnu la souveraineté du Maroc sur',
      ),
    ).toBe("l'ensemble du sahara occidental");
    expect(read("recognized Morocco's sovereignty over the territory.", "recognized Morocco's sovereignty over")).toBe(
      'the territory',
    );
  });

  it('finds none where the object is something else', () => {
    expect(
      read("recognized Morocco's sovereignty over its fisheries", "recognized Morocco's sovereignty over"),
    ).toBeNull();
    expect(
      read("recognized Morocco's sovereignty over the territorial waters", "recognized Morocco's sovereignty over"),
    ).toBeNull();
  });

  it('takes only a Sahara after an owner that names no country (review 18: Crimea, Greenland)', () => {
    expect(read('never recognized its sovereignty over the territory.', 'recognized its sovereignty over')).toBeNull();
    expect(read('recognized its sovereignty over the Sahara in 2020', 'recognized its sovereignty over')).toBe(
      'the sahara',
    );
    expect(read('la souveraineté du Royaume sur ce territoire', 'la souveraineté du Royaume sur')).toBeNull();
  });

  it('leaves a whole pattern (no link at its end) as it matched', () => {
    const buf = normaliseInto('US recognition of Moroccan sovereignty', true, createBuffer());
    expect(phraseEnd(buf.chars, buf.length, 0, buf.length)).toBe(buf.length);
  });
});

describe('a recognition written as a phrase (bundled pack)', () => {
  const ids = (text: string): string[] => bundledMatcher.find(text).map((m) => m.entityId);

  it('is one mention of the US recognition, whatever its verb, owner, link and territory', () => {
    for (const text of [
      "The Trump administration recognized Morocco's claim to Western Sahara as part of a deal.",
      "In 2020 Washington recognised Rabat's sovereignty over the whole of Western Sahara.",
      'Trump’s recognition of Moroccan sovereignty over the territory angered Algiers.',
      "Washington a reconnu la souveraineté marocaine sur l'ensemble du Sahara occidental en 2020.",
    ])
      expect(
        ids(text).filter((id) => id === 'us-recognition-western-sahara'),
        text,
      ).toHaveLength(1);
    expect(ids("The Trump administration recognized Morocco's claim to Western Sahara.")).toEqual([
      'us-recognition-western-sahara',
    ]);
  });

  it('is none without a territory after its link, or with another actor: the names in it count', () => {
    expect(ids('The US recognized Morocco’s sovereignty over its fisheries long ago.')).toEqual([
      'united-states',
      'morocco',
    ]);
    expect(ids("Morocco's claim to Western Sahara is disputed by the Polisario Front.")).toEqual([
      'morocco',
      'western-sahara',
      'polisario-front',
    ]);
    expect(ids("L'Espagne a reconnu la souveraineté du Maroc sur le Sahara occidental.")).toEqual([
      'morocco',
      'western-sahara',
    ]);
  });

  it('decides a phrase with no actor by its window and the page, as the pack lists it', () => {
    expect(
      pageIds(
        'The United States opened its consulate in Dakhla in January.',
        'Since the American decision, the recognition of Moroccan sovereignty over the Western Sahara has drawn eleven consulates.',
      ),
    ).toContain('us-recognition-western-sahara');
  });

  it('is none for another country’s dispute or another country’s act (review 18)', () => {
    expect(
      ids(
        'Russia annexed Crimea in 2014, but the United States has never recognized its sovereignty over the territory.',
      ),
    ).toEqual(['russia', 'united-states']);
    expect(
      ids(
        "Netanyahu's government recognized Rabat's claim to Western Sahara, months after talks with the United States.",
      ),
    ).toEqual(['rabat', 'western-sahara', 'united-states']);
    expect(
      ids('Macron’s letter recognized Moroccan sovereignty over the Sahara, echoing the United States.'),
    ).not.toContain('us-recognition-western-sahara');
    expect(
      ids(
        "La reconnaissance de la souveraineté du Royaume sur le Sahara par l'Allemagne suivrait celle des États-Unis.",
      ),
    ).not.toContain('us-recognition-western-sahara');
    expect(
      ids('The recognition of Moroccan sovereignty over Western Sahara by the United States changed the dispute.'),
    ).toEqual(['us-recognition-western-sahara', 'united-states']);
  });
});
