import { describe, expect, it } from 'vitest';
import { writtenAsWord } from './headword';
import { createPageState } from './matcher';
import { foldString, normalise } from './normalise';
import { bundledMatcher, pageMentions } from '../pack/bundled-test-pack';

/** Whether the first `name` in `text` is written as a word. */
function asWord(text: string, name: string): boolean {
  const folded = normalise(text).text;
  const s = folded.indexOf(foldString(name));
  const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
  return writtenAsWord(chars, chars.length, s, s, s + foldString(name).length) !== null;
}

describe('writtenAsWord', () => {
  it('reads a title label, a defining phrase or a surname noun beside the name', () => {
    expect(asWord('Sahara (disambiguation)', 'Sahara')).toBe(true);
    expect(asWord('Sahara (1943 film), a war film', 'Sahara')).toBe(true);
    expect(asWord('Langley (surname)', 'Langley')).toBe(true);
    expect(asWord('Langley (homonymie)', 'Langley')).toBe(true);
    expect(asWord('Sahara most often refers to the desert.', 'Sahara')).toBe(true);
    expect(asWord('Sahara may also refer to:', 'Sahara')).toBe(true);
    expect(asWord('Langley can refer to: a city; a surname', 'Langley')).toBe(true);
    expect(asWord('Langley is an English surname, from the places called Langley.', 'Langley')).toBe(true);
    expect(asWord('Langley is also a rare given name.', 'Langley')).toBe(true);
    expect(asWord('Langley peut désigner :', 'Langley')).toBe(true);
    expect(asWord("Langley est un nom de famille d'origine anglaise.", 'Langley')).toBe(true);
  });

  it('leaves the name used as a name, whatever words follow it', () => {
    expect(asWord('Michael Langley (born 1962), a Marine general', 'Michael Langley')).toBe(false);
    expect(asWord('Langley said the word may refer to many things.', 'Langley')).toBe(false);
    // A person refers to things too: only a list's colon makes the verb a headword's (self-review).
    expect(asWord('Langley can refer to a decade of cooperation.', 'Langley')).toBe(false);
    expect(asWord('Langley may refer to the review in his testimony.', 'Langley')).toBe(false);
    expect(asWord('Langley refers to Morocco as a key partner.', 'Langley')).toBe(false);
    expect(asWord('Langley is a career infantry officer.', 'Langley')).toBe(false);
    expect(asWord('Langley is a name to watch in Washington.', 'Langley')).toBe(false);
    expect(asWord('Le Sahara peut sembler vide.', 'Sahara')).toBe(false);
    expect(asWord('Langley peut désormais se reposer.', 'Langley')).toBe(false);
    expect(asWord('Langley est un général de carrière.', 'Langley')).toBe(false);
    expect(asWord('the Sahara (Africa) crossing', 'Sahara')).toBe(false);
  });
});

describe('a page that lists the senses of a name', () => {
  const decided = (page: string): string[] => pageMentions(...page.split('\n'));

  it('counts the entries it writes in full, not the headword nor the bare names of other entries (blind19)', () => {
    const page = [
      'Sahara (disambiguation)',
      'Sahara most often refers to the Sahara Desert, the largest hot desert.',
      'Sahara may also refer to:',
      '- Western Sahara, a disputed territory in North Africa',
      '- Sahara Las Vegas, a hotel and casino',
      '- Sahara (1943 film), a war film',
    ].join('\n');
    expect(decided(page)).toEqual(['Sahara Desert=sahara-desert', 'Western Sahara=western-sahara']);
  });

  it("keeps a surname page's one full entry, not its headword or the bare surname", () => {
    const en = [
      'Langley (surname)',
      'Langley is an English surname, from the many places called Langley.',
      '- Michael Langley (born 1962), commander of AFRICOM',
    ].join('\n');
    expect(decided(en)).toEqual(['Michael Langley=michael-langley', 'AFRICOM=africom']);
    const fr = ['Langley', 'Langley peut désigner :', '• Michael Langley, commandant de l’AFRICOM'].join('\n');
    expect(decided(fr)).toEqual(['Michael Langley=michael-langley', 'AFRICOM=africom']);
  });

  it('reads an Arabic disambiguation page the same way (ar-blind19-080)', () => {
    const page = [
      'الساحل (توضيح)',
      'قد تشير كلمة الساحل إلى:',
      '- منطقة الساحل، الحزام شبه القاحل الممتد جنوب الصحراء الكبرى من السنغال إلى السودان.',
      '- الساحل التونسي، المنطقة الساحلية الوسطى في تونس.',
    ].join('\n');
    // The two headwords are words; the region's entry, an ambiguous name left pending, is not made the
    // story's by the page (as English bare entries); the desert's full name counts.
    expect(decided(page)).toEqual(['الصحراء الكبرى=sahara-desert']);
    const state = createPageState();
    const senses = page.split('\n').flatMap((p) => bundledMatcher.find(p, state).map((m) => m.sense));
    expect(senses.slice(0, 2)).toEqual(['word', 'word']);
  });

  it('leaves a label that does not end its parenthesis, and a see-also film, to the page (review19)', () => {
    expect(asWord('Gen. Michael Langley (name withheld by the paper) spoke.', 'Langley')).toBe(false);
    expect(asWord('The Sahel (band of semi-arid land) faces attacks.', 'Sahel')).toBe(false);
    expect(asWord('Rabat (nom berbère : Errbat) est la capitale.', 'Rabat')).toBe(false);
    const desert = [
      'The Sahara Desert covers most of North Africa. Dust from the Sahara reached Spain this week.',
      'See also: Sahara (2005 film).',
    ].join('\n');
    expect(decided(desert)).toEqual(['Sahara Desert=sahara-desert', 'Sahara=sahara-desert']);
  });

  it("reads 'most often refers to' as a headword's only where the name opens its block (review20)", () => {
    expect(asWord('- Sahara most commonly refers to: the desert; a casino', 'Sahara')).toBe(true);
    expect(asWord('Sahara most often refers to: a desert in Africa', 'Sahara')).toBe(true);
    // Prose about the word's use: the name inside a sentence of a paragraph.
    expect(asWord('Forecasters say the Sahara most often refers to the desert.', 'Sahara')).toBe(false);
    expect(asWord('In bulletins, Sahara most often refers to the sand sea.', 'Sahara')).toBe(false);
    const weather = [
      'Weather: in forecasts, the Sahara most often refers to the desert itself, and this week its sand is reaching southern Spain.',
    ].join('\n');
    expect(decided(weather)).toEqual(['Sahara=sahara-desert']);
    const list = [
      'Sahara',
      'Sahara most often refers to a desert in Africa.',
      'It may also refer to a casino or a film.',
    ];
    expect(decided(list.join('\n'))).toEqual([]);
  });

  it("reads 'most often refers to' after a list's number or 'the term' opening the entry line (mend20)", () => {
    expect(asWord('1. Sahara most often refers to the desert in Africa.', 'Sahara')).toBe(true);
    expect(asWord('b) Sahara most often refers to the desert.', 'Sahara')).toBe(true);
    expect(asWord('The term Sahara most often refers to the desert of North Africa.', 'Sahara')).toBe(true);
    expect(asWord('The name Sahara most commonly refers to the great desert.', 'Sahara')).toBe(true);
    expect(asWord('- The word Sahara most often refers to the desert.', 'Sahara')).toBe(true);
    // Prose: the noun, or the name, after a paragraph's words.
    expect(
      asWord('Heatwave: the word Sahara most often refers to the desert, and the heat comes from it.', 'Sahara'),
    ).toBe(false);
    expect(asWord('In travel writing, Sahara most commonly refers to the dunes of Merzouga.', 'Sahara')).toBe(false);
    expect(asWord('On maps the term Sahara most often refers to the hot desert.', 'Sahara')).toBe(false);
    // One sentence going on to the other senses, its verb left out, lists them wherever it stands.
    expect(asWord('In geography, Sahara most often refers to the desert; in music, to a band.', 'Sahara')).toBe(true);
    expect(
      asWord('In bulletins, Sahara most often refers to the desert; in May, its dust reaches Spain.', 'Sahara'),
    ).toBe(false);
    const senses = [
      'Sahara may refer to several things.',
      'The word Sahara most often refers to the desert in Africa, the largest hot desert.',
      'Sahara may also refer to a hotel or a film.',
    ];
    expect(decided(senses.join('\n'))).toEqual([]);
    expect(
      decided(['1. Sahara most often refers to the desert in Africa.', '2. Sahara, a 2005 film.'].join('\n')),
    ).toEqual([]);
  });

  it('leaves a story page whose surname is followed by a verb of meaning', () => {
    const page =
      'Gen. Michael Langley handed over AFRICOM on Friday. Langley said the word partnership may refer to many things.';
    expect(decided(page)).toEqual([
      'Gen. Michael Langley=michael-langley',
      'AFRICOM=africom',
      'Langley=michael-langley',
    ]);
  });
});
