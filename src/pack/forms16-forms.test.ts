/**
 * Issue 16, with the bundled pack: the forms of the fifth blind sample's misses (eval dev
 * `*-blind16-*`, `*-fix16-*`): the US recognition written with its agent or object inside, misspelt
 * full names, the roadmap's short forms, and the embassy on a page about the mission in Rabat. Each
 * story sentence beside the other-sense one nearest to it.
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { bundledMatcher as matcher } from './bundled-test-pack';

/** What the page-wide scan counts as decided in the text alone (no vote, nothing pending). */
const counted = (text: string): string[] =>
  matcher
    .find(text, createPageState())
    .filter((m) => m.sense === undefined || m.sense === 'general')
    .map((m) => m.entityId)
    .sort();

const RECOGNITION = 'us-recognition-western-sahara';
const ROADMAP = 'us-morocco-defense-roadmap';
const EMBASSY = 'us-embassy-morocco';

describe('the US recognition with its agent or object inside the phrase', () => {
  it.each([
    [
      'In December 2020 Washington recognized Moroccan sovereignty over the whole of Western Sahara.',
      ['united-states'],
    ],
    ['The United States recognised Moroccan sovereignty over the territory in 2020.', ['united-states']],
    ["Trump said the United States has recognized Morocco's sovereignty over the Sahara.", ['united-states']],
    ['Washington recognized Moroccan sovereignty over the disputed territory in 2020.', ['united-states']],
    ['En 2020, les États-Unis ont reconnu la souveraineté du Maroc sur le Sahara occidental.', ['united-states']],
    ['Donald Trump a reconnu la souveraineté marocaine sur ce territoire le 10 décembre 2020.', []],
    ['La reconnaissance par Washington de la souveraineté du Maroc sur le Sahara a été confirmée.', []],
    ['وأكد المسؤول الأمريكي أن اعتراف واشنطن بسيادة المغرب على صحرائه قرار ثابت.', []],
    ['جاء اعتراف أمريكا بسيادة المغرب على صحرائه بإعلان رئاسي وقعه ترامب.', []],
  ])('one recognition, the names inside it swallowed: %s', (text, others) => {
    expect(counted(text)).toEqual([RECOGNITION, ...others].sort());
  });

  it.each([
    ['Israel recognized Moroccan sovereignty over the whole of Western Sahara in July 2023.', ['western-sahara']],
    ['Spain has never recognised Moroccan sovereignty over the territory, American diplomats note.', []],
    ['Madrid has not recognized Moroccan sovereignty over the disputed territory, unlike Washington.', []],
    ['Israël a reconnu la souveraineté du Maroc sur le Sahara occidental en 2023, après les États-Unis.', []],
    ["L'Union africaine n'a jamais reconnu la souveraineté marocaine sur ce territoire, dit Washington.", []],
  ])("another actor's recognition is not the event: %s", (text, inside) => {
    const found = counted(text);
    expect(found).not.toContain(RECOGNITION);
    for (const id of inside) expect(found).toContain(id);
  });
});

describe("misspelt full names of the pack's people", () => {
  it.each([
    ["Shreveport's own Gen. Micheal Langley took over Africom in 2022.", 'michael-langley'],
    ["Le général Michael Langly, patron de l'Africom, était à Agadir.", 'michael-langley'],
    ['Gen. Mark Milly was received in Rabat by the minister in charge of defense.', 'mark-milley'],
    ['Lt. Gen. Dagvin Andersen said Moroccan pilots would train on the new jets.', 'dagvin-anderson'],
  ])('%s', (text, id) => {
    expect(counted(text)).toContain(id);
  });
});

describe("the roadmap's short forms", () => {
  it.each([
    ['Les délégations ont fait le point sur la feuille de route de défense 2020-2030 signée à Rabat.'],
    ['Le Maroc et les États-Unis avaient signé une feuille de route 2020-2030 lors de la visite de Mark Esper.'],
    ['Esper and Loudiyi signed the 2020-2030 roadmap in Rabat, setting a decade of military cooperation.'],
    ['واستعرض الجانبان تنفيذ خارطة الطريق الدفاعية 2020-2030 التي وقعها إسبر في الرباط.'],
  ])('%s', (text) => {
    expect(counted(text)).toContain(ROADMAP);
  });

  it.each([
    ["La Tunisie a présenté sa feuille de route 2020-2030 pour l'énergie solaire."],
    ["The ministry's 2020-2030 roadmap for rural roads in Kenya was cut by a third."],
  ])('not the roadmap: %s', (text) => {
    expect(counted(text)).not.toContain(ROADMAP);
  });
});

describe('the embassy on a page about the mission in Morocco', () => {
  it('takes its ambassadors, Souissi and the Casablanca consulate for evidence', () => {
    expect(
      counted(
        "Puneet Talwar y a pris ses fonctions en 2022 ; Duke Buchan III lui a succédé. L'ambassade des États-Unis rappelle que certains dossiers relèvent du consulat général de Casablanca.",
      ),
    ).toContain(EMBASSY);
  });

  it.each([
    'Ambassador Puneet Talwar toured the new chancery, and the U.S. Embassy said visa interviews would resume.',
    "Dwight L. Bush, alors ambassadeur, a inauguré le complexe de Souissi. L'ambassade américaine y emploie 400 personnes.",
  ])('in English and French: %s', (text) => {
    expect(counted(text)).toContain(EMBASSY);
  });

  it('is not the embassy of another posting of the same ambassador', () => {
    expect(
      counted(
        'Duke Buchan III, then ambassador to Spain, said the U.S. Embassy in Madrid would reopen its visa section.',
      ),
    ).not.toContain(EMBASSY);
  });

  it('is not the embassy in Algiers', () => {
    expect(
      counted("Visa depuis Alger : l'ambassade des États-Unis rappelle que les rendez-vous se prennent en ligne."),
    ).not.toContain(EMBASSY);
  });
});

describe('Wagner Love, the footballer (ar-blind16-079): an other-sense name of the group', () => {
  it('is no mention of the group', () => {
    expect(counted('سجل فاغنر لوف، المهاجم البرازيلي، هدفين لسسكا موسكو في نهائي الكأس الأوروبية.')).not.toContain(
      'wagner-group',
    );
  });
  it('leaves the group’s own Arabic names', () => {
    expect(counted('غادرت قوات فاغنر مالي بعد ثلاث سنوات، وحل محلها الفيلق الأفريقي الروسي.')).toContain(
      'wagner-group',
    );
    expect(counted('قال بريغوجين إن فاغنر ستبقى في مالي رغم التمرد.')).toContain('wagner-group');
  });
});
