import { describe, expect, it } from 'vitest';
import { bundledMatcher, pageIds } from '../pack/bundled-test-pack';
import { foldString, normaliseInto, createBuffer } from './normalise';
import { sovereigntyForms, territoryAfter } from './sovereignty-forms';

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
    // The territory is read in the text (territoryAfter), not multiplied into patterns.
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

  it('leaves any other alias as it is', () => {
    for (const alias of ['US recognition of Moroccan sovereignty', 'Tripartite Declaration', 'marocanité du Sahara'])
      expect(forms(alias)).toEqual([foldString(alias)]);
  });
});

describe('territoryAfter', () => {
  const read = (text: string, head: string): string | null => {
    const buf = normaliseInto(text, true, createBuffer());
    const folded = String.fromCharCode(...buf.chars.subarray(0, buf.length));
    const end = territoryAfter(buf.chars, buf.length, folded.indexOf(head) + head.length);
    return end < 0 ? null : folded.slice(folded.indexOf(head) + head.length + 1, end);
  };

  it('reads the longest territory after the link, as whole words', () => {
    expect(read('claim to the whole of Western Sahara, they said', 'claim to')).toBe('the whole of western sahara');
    expect(read("sur l'ensemble du Sahara occidental.", 'sur')).toBe("l'ensemble du sahara occidental");
    expect(read('over the territory.', 'over')).toBe('the territory');
  });

  it('finds none where the object is something else', () => {
    expect(read('over its fisheries', 'over')).toBeNull();
    expect(read('over the territorial waters', 'over')).toBeNull();
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
});
