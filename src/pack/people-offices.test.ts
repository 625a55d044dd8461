/**
 * The blind14 sample's people classes on the bundled pack (eval dev passages `*-fix14-office-*`,
 * `ar-fix14-clitic-*` and the `blind14-*` they generalise): a lone surname counts without the full name
 * where its office is in its sentence (office-cues.ts), not when only coordinated with it (Langley, the
 * CIA); a fronted « À Langley, » is the town; Milley written with a proclitic (لملي، الملي), never the
 * Darija « ملي » (when). A removed office, alias or shape fails here.
 */
import { describe, expect, it } from 'vitest';
import { createPageState } from '../text/matcher';
import { decidePage } from '../text/page-evidence';
import { bundledMatcher as matcher } from './bundled-test-pack';

/** The entities a page of these paragraphs mentions, as the scan CLI decides them. */
const page = (text: string): string[] => {
  const state = createPageState();
  const all = text.split('\n').flatMap((block) => matcher.find(block, state));
  return decidePage(all, (_m, id) => id);
};

describe('bundled pack: a lone surname and its office', () => {
  it.each([
    ['dagvin-anderson', 'Anderson, a command pilot, is the seventh commander of AFRICOM and its first airman.'],
    ['dagvin-anderson', 'Anderson became the seventh officer to lead U.S. Africa Command.'],
    ['dagvin-anderson', 'وأوضح أندرسون، خلال إحاطة افتراضية حول أولويات (أفريكوم)، أن التمرين سيكبر.'],
    ['mark-milley', "M. Milley, président du comité des chefs d'état-major, a qualifié le Maroc de grand allié."],
    ['mark-milley', 'وجاء ذلك في تصريحات صحفية لملي، حيث شدد رئيس هيئة الأركان الأمريكية المشتركة على متانة العلاقات.'],
    // fr-blind15-035: a visitor's clause makes the lone surname a person; the story's page decides whose.
    [
      'michael-langley',
      "Reçu au siège de l'état-major général à Rabat, Langley a passé en revue avec l'inspecteur général des FAR les liens de coopération militaire.",
    ],
    ['michael-langley', 'Received in Rabat by the Inspector General of the FAR, Langley went over the training plan.'],
    // The near good cases of review14b finding 2: the office led by him, or tied to his name.
    ['dagvin-anderson', 'But Anderson, the AFRICOM commander, said the drill went well.'],
    ['dagvin-anderson', 'Mr. Anderson, head of AFRICOM, told the inspector general about the leak.'],
    ['dagvin-anderson', "AFRICOM's new commander, Gen. Anderson, toured Stuttgart."],
    ['dagvin-anderson', 'Anderson took over AFRICOM in August.'],
    ['michael-langley', 'Langley, who led AFRICOM until August, thinks Wagner is overrated.'],
    ['dagvin-anderson', 'Gen. Anderson of U.S. AFRICOM inspected the base.\nAfrican Lion goes on in Morocco.'],
    [
      'dagvin-anderson',
      'Gen. Anderson told reporters in Stuttgart that AFRICOM would keep a small presence in West Africa.',
    ],
  ])('%s: %s', (id, text) => {
    expect(page(text)).toContain(id);
  });
  it.each([
    ['michael-langley', 'Langley and AFRICOM traded assessments of the threat in the Sahel for months.'],
    ['michael-langley', "Langley et l'Africom ont longtemps divergé sur la menace au Sahel."],
    ['michael-langley', 'Analysts at Langley and planners at AFRICOM disagreed over the strike.'],
    ['dagvin-anderson', 'The director Wes Anderson toured the AFRICOM headquarters in Stuttgart.'],
    ['mark-milley', 'ملي كنت صغير، كنا كنمشيو للبحر مع العائلة كل صيف.'],
    ['mark-milley', 'Milley was blunt about the plan.'],
    // review14b finding 2: another bearer of the surname, or the office only in the sentence, not led by him.
    ['dagvin-anderson', 'Scott Anderson covered the AFRICOM press conference in Stuttgart.'],
    ['dagvin-anderson', "Jon Anderson, AFRICOM's spokesman, said the drill went well."],
    ['dagvin-anderson', "Kelly Anderson of AFRICOM's public affairs office confirmed the date."],
    ['dagvin-anderson', "Ms. Anderson told AFRICOM's inspector general about the leak."],
    ['dagvin-anderson', 'Mr. Anderson, the AFRICOM contractor, was arrested.'],
    ['dagvin-anderson', "The film's director, Anderson, toured Stuttgart, home of AFRICOM."],
    [
      'dagvin-anderson',
      'Scott Anderson, a Reuters photographer, covered the AFRICOM press conference and said that Anderson was tired.',
    ],
    ['michael-langley', "Langley thinks AFRICOM underestimates Wagner's reach in the Sahel."],
    ['michael-langley', 'Langley has long disagreed with AFRICOM about Wagner in Mali.'],
    ['dagvin-anderson', 'Anderson won. AFRICOM lost the vote.'],
    [
      'dagvin-anderson',
      'Gen. Anderson of the Air National Guard inspected the base.\nAfrican Lion goes on in Morocco.',
    ],
    [
      'dagvin-anderson',
      'Le général Anderson, de la Garde nationale, a inspecté la base.\nAfrican Lion se poursuit au Maroc.',
    ],
    ['michael-langley', 'Langley thinks the AFRICOM commander underestimates Wagner in Mali.'],
    // A visitor on a page not about the story, or received at Langley (the CIA's seat).
    [
      'michael-langley',
      'Reçu par le doyen de la faculté des sciences, Langley a présenté ses travaux sur les oiseaux.',
    ],
    ['michael-langley', "Reçu à Langley par le directeur de l'agence, le patron du renseignement a évoqué le Sahel."],
  ])('not %s: %s', (id, text) => {
    expect(page(text)).not.toContain(id);
  });
  it('counts the CIA’s seat giving its view as the general once his full name is on the page', () => {
    const text = 'Gen. Michael Langley spoke in Rabat.\nLangley thinks AFRICOM underestimates Wagner in Mali.';
    expect(page(text).filter((id) => id === 'michael-langley')).toHaveLength(2);
  });
  it('reads a fronted « À Langley, » without a town as a dative: the general named in full before (review14b 7)', () => {
    const count = (text: string, id: string): number => page(text).filter((x) => x === id).length;
    const langley = "Le général Michael Langley commandait l'Africom.\n";
    expect(count(`${langley}À Langley, il a exprimé sa gratitude le jour de son départ.`, 'michael-langley')).toBe(2);
    expect(count(`${langley}À Langley, on reproche d'avoir sous-estimé Wagner au Sahel.`, 'michael-langley')).toBe(2);
    const anderson = "Le général Dagvin Anderson a pris la tête de l'Africom.\n";
    expect(count(`${anderson}À Anderson, le ministre a remis une médaille.`, 'dagvin-anderson')).toBe(2);
    expect(count(`${langley}À Langley, le conseil municipal a voté le budget.`, 'michael-langley')).toBe(1);
  });
  it('reads a fronted « À Langley, » as the town, and the general named in full as himself', () => {
    const text =
      'À Langley, le conseil municipal a approuvé un prêt.\nLe général Michael Langley a cédé la tête de l’AFRICOM.';
    expect(page(text).filter((id) => id === 'michael-langley')).toHaveLength(1);
  });
});
