/**
 * French name forms added in the third round of real-page forms (eval dev passages `fr-forms12-*`, each citing the
 * stored page whose prose writes the name that way): « commandement américain en Afrique », « Africain Lion », the
 * Polisario's long name with « pour la libération de Saguia Al Hamra et Rio de Oro », « Etats Unis » without the
 * hyphen, « l'Oncle Sam », two wordings of the recognition, « région / zone sahélienne », « Sahara-Occidental »,
 * « AH-64 E Apache », « Corps de Marines des États-Unis », « forces armées marocaines », the roadmap's full and
 * « décennale » titles, the misspelling « Marc Milley », three more wordings of the recognition and « Comité des chefs
 * d'état-major » without « interarmées » (kept apart from the British, Pakistani and Indian committees), and « la
 * représentation américaine à Rabat » for the embassy.
 * Each form is found on its passage as one mention of its entity, and nothing else is found on it: a form that
 * contains another pack name (the recognition's « États-Unis », the roadmap's « Royaume du Maroc ») counts once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledMatcher as matcher } from './bundled-test-pack';

interface Passage {
  id: string;
  alias: string;
  text: string;
}

const passages: Passage[] = JSON.parse(
  readFileSync(new URL('../../eval/corpus/fr/dev/forms12-forms.json', import.meta.url), 'utf8'),
);

/** Case, accents and apostrophes aside, as the engine folds them. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();

const FORMS: [entity: string, form: string, passage: string][] = [
  ['africom', 'commandement américain en Afrique', 'fr-forms12-001'],
  ['africom', 'commandement américain en Afrique', 'fr-forms12-002'],
  ['african-lion', 'Africain Lion', 'fr-forms12-003'],
  ['african-lion', 'Africain Lion', 'fr-forms12-004'],
  ['polisario-front', 'Front populaire pour la libération de Saguia Al Hamra et Rio de Oro', 'fr-forms12-005'],
  ['united-states', 'Etats Unis', 'fr-forms12-006'],
  ['united-states', "Etats Unis d'Amérique", 'fr-forms12-007'],
  ['united-states', 'Etats Unis', 'fr-forms12-008'],
  ['united-states', 'Oncle Sam', 'fr-forms12-009'],
  [
    'us-recognition-western-sahara',
    // The phrase runs to its whole territory (sovereignty-forms.ts), « occidental » included.
    'reconnaissance par les États-Unis de la souveraineté marocaine sur le Sahara occidental',
    'fr-forms12-010',
  ],
  [
    'us-recognition-western-sahara',
    'reconnaissance par les États-Unis de la souveraineté du Maroc sur ses provinces du Sud',
    'fr-forms12-011',
  ],
  ['sahel', 'région sahélienne', 'fr-forms12-012'],
  ['sahel', 'zone sahélienne', 'fr-forms12-013'],
  ['western-sahara', 'Sahara-Occidental', 'fr-forms12-014'],
  ['ah-64-apache', 'AH-64 E Apache', 'fr-forms12-015'],
  ['us-marine-corps', 'Corps de Marines des États-Unis', 'fr-forms12-016'],
  ['far-morocco', 'forces armées marocaines', 'fr-forms12-017'],
  [
    'us-morocco-defense-roadmap',
    "feuille de route pour la coopération en matière de défense 2020-2030 entre le Royaume du Maroc et les États-Unis d'Amérique",
    'fr-forms12-018',
  ],
  [
    'us-morocco-defense-roadmap',
    'feuille de route décennale (2020-2030) de coopération en matière de défense',
    'fr-forms12-019',
  ],
  [
    'us-morocco-defense-roadmap',
    'feuille de route de coopération décennale (2020-2030) en matière de défense',
    'fr-forms12-020',
  ],
  ['mark-milley', 'Marc Milley', 'fr-forms12-021'],
  ['us-recognition-western-sahara', 'reconnaissance des États-Unis de la marocanité du Sahara', 'fr-forms12-022'],
  ['us-recognition-western-sahara', 'reconnaissance par Washington de la souveraineté marocaine', 'fr-forms12-023'],
  [
    'us-recognition-western-sahara',
    'reconnaissance par Washington de la souveraineté marocaine sur le Sahara',
    'fr-forms12-024',
  ],
  ['joint-chiefs-of-staff', "Comité des chefs d'état-major", 'fr-forms12-025'],
  ['joint-chiefs-of-staff', "Comité des chefs d'état-major", 'fr-forms12-026'],
  ['us-embassy-morocco', 'représentation américaine à Rabat', 'fr-forms12-030'],
];

/** Passages where the same words name another country's chiefs of staff committee. */
const OTHER_SENSES: [form: string, passage: string][] = [
  ["Comité des chefs d'état-major", 'fr-forms12-027'],
  ["comité des chefs d'état-major", 'fr-forms12-028'],
  ["comité des chefs d'état-major", 'fr-forms12-029'],
];

describe('bundled pack: French name forms seen on real pages, third round', () => {
  it.each(FORMS)('%s ← « %s » (%s)', (entity, form, id) => {
    const passage = passages.find((p) => p.id === id);
    expect(passage, `${id} is in eval/corpus/fr/dev/forms12-forms.json`).toBeDefined();
    const { text } = passage!;
    const at = fold(text).indexOf(fold(form));
    expect(at, `« ${form} » is written in ${id}`).toBeGreaterThanOrEqual(0);
    const onForm = matcher.find(text).filter((m) => m.start < at + form.length && m.end > at);
    expect(onForm.map((m) => [m.entityId, fold(m.text)])).toEqual([[entity, fold(form)]]);
  });

  it.each(OTHER_SENSES)('leaves « %s » of another country alone (%s)', (form, id) => {
    const { text } = passages.find((p) => p.id === id)!;
    expect(fold(text)).toContain(fold(form));
    expect(matcher.find(text).map((m) => m.entityId)).not.toContain('joint-chiefs-of-staff');
  });

  it('leaves the US mission in Casablanca (the consulate) alone (fr-forms12-031)', () => {
    const { text } = passages.find((p) => p.id === 'fr-forms12-031')!;
    expect(matcher.find(text)).toEqual([]);
  });

  it('counts the roadmap once when its title names both countries', () => {
    const text =
      "Rabat a signé la feuille de route pour la coopération en matière de défense 2020-2030 entre le Royaume du Maroc et les Etats-Unis d'Amérique.";
    expect(matcher.find(text).map((m) => m.entityId)).toEqual(['rabat', 'us-morocco-defense-roadmap']);
  });

  it('leaves a regional US command alone: « en Afrique de l’Est », « du Nord » (1942) are not AFRICOM', () => {
    expect(matcher.find("Le commandement américain en Afrique de l'Est a aussi participé.")).toEqual([]);
    expect(matcher.find('Le commandement américain en Afrique du Nord, créé en 1942, débarqua à Casablanca.')).toEqual(
      [],
    );
    expect(matcher.find('Le commandement américain en Afrique a mené une frappe.').map((m) => m.entityId)).toEqual([
      'africom',
    ]);
  });

  it('reads « AH-64 E Apache » as one helicopter, not the type and the name apart', () => {
    expect(matcher.find('Les premiers AH-64 E Apache sont arrivés à Tanger Med.').map((m) => m.text)).toEqual([
      'AH-64 E Apache',
    ]);
  });
});
