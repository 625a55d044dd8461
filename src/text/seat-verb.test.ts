import { describe, expect, it } from 'vitest';
import { seatVerb, seatVerbSets } from './seat-verb';
import { SEAT_VERB_WORDS } from './seat-verb-words';

const nouns = new Set(['walls', 'towers', 'tickets', 'cathedrals']);
const sets = seatVerbSets(SEAT_VERB_WORDS);
/** Whether the first "Kremlin" of `text` (or its match `name`) is the subject of a verb of its own. */
const acts = (text: string, name = 'Kremlin'): boolean => {
  const at = text.indexOf(name);
  return seatVerb(text, at, at + name.length, (w) => nouns.has(w), sets);
};

describe('seatVerb (mend20b)', () => {
  it('finds any finite verb of the seat, past an aside, an auxiliary or an adverb', () => {
    expect(acts('Behind its walls, the Kremlin stated it would stay.')).toBe(true);
    expect(acts('Behind its walls, the Kremlin told Bamako it would stay.')).toBe(true);
    expect(acts('The Kremlin, whose red walls face Red Square, warned Rabat.')).toBe(true);
    expect(acts('The Kremlin, the fortress where power sits, backs the junta.')).toBe(true);
    expect(acts('Behind its walls the Kremlin, as usual, kept silent.')).toBe(true);
    expect(acts('The Kremlin has rebuilt its ties with Algiers.')).toBe(true);
    expect(acts('The Kremlin is said to have approved the deal.')).toBe(true);
    expect(acts('The Moscow Kremlin announced new sanctions.')).toBe(true);
    // An adverb of manner or sequence between the auxiliary and the participle (fix21b).
    expect(acts('Le Kremlin a ensuite démenti tout retrait du Mali.')).toBe(true);
    expect(acts('The Kremlin has officially denied the report.')).toBe(true);
    expect(acts("Derrière ses murailles, le Kremlin a fait savoir qu'il resterait.")).toBe(true);
    expect(acts("Le Kremlin n'a pas démenti.", 'Le Kremlin')).toBe(true);
    expect(acts('Le Kremlin, dont les murailles dominent la Moskova, a longtemps soutenu les juntes.')).toBe(true);
    expect(acts('Le Kremlin de Moscou a annoncé des sanctions.', 'Le Kremlin')).toBe(true);
    expect(acts('Derrière ses murailles, le Kremlin dément tout départ.')).toBe(true);
  });

  it("not the building's verbs, a copula, a compound, a possessive or a preposition's object", () => {
    expect(acts('The Kremlin opens at 10am.')).toBe(false);
    expect(acts('The Kremlin is closed on Thursdays.')).toBe(false);
    expect(acts('The Kremlin was rebuilt in brick.')).toBe(false);
    expect(acts('The Kremlin walls were lit in red.')).toBe(false);
    expect(acts("The Kremlin's fortress economy has weathered the war.")).toBe(false);
    expect(acts('Visitors to the Kremlin can buy tickets online.')).toBe(false);
    expect(acts('Visitors to the Moscow Kremlin should leave bags below.')).toBe(false);
    expect(acts('The Kremlin Armoury holds the crowns.')).toBe(false);
    expect(acts('La forteresse du Kremlin accueille des visiteurs.')).toBe(false);
    expect(acts('Le Kremlin ouvre ses portes à 10 heures.', 'Le Kremlin')).toBe(false);
    expect(acts('The Kremlin, a fortress on the Moskva.')).toBe(false);
    expect(acts('The Moscow Kremlin has twenty towers and three cathedrals.')).toBe(false);
    expect(acts('The Kremlin dominates the skyline.')).toBe(false);
    expect(acts('Le Kremlin se visite en deux heures.', 'Le Kremlin')).toBe(false);
  });
});
