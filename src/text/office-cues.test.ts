import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { buildMatcher, createPageState, createScanState, type Match } from './matcher';
import {
  agencyOpinion,
  OFFICES,
  officeNamed,
  ofAnotherUnit,
  promoteByOffice,
  arabicAnotherBearer,
  rankedName,
  rankedSurname,
  visitorSubject,
  officeCueSets,
} from './office-cues';
import type { Pack } from './pack-types';
import { decidePage } from './page-evidence';
import { testEntity, testPack } from './test-entity';
import { Occupations } from './namesakes';
import { OCCUPATIONS } from './occupation-words';
import { ENGINE_WORDS, recordWords } from './engine-words';

const OCCUPIED = new Occupations(OCCUPATIONS);
const CUE = officeCueSets(recordWords(ENGINE_WORDS).office);

describe('rankedName', () => {
  const ranked = (text: string, name: string): boolean => {
    const at = text.indexOf(name);
    return rankedName(text, at, at + name.length);
  };
  it('reads a military rank right before the name, or opening it', () => {
    expect(ranked('Then Gen. Anderson spoke.', 'Anderson')).toBe(true);
    expect(ranked('Then General  Anderson spoke.', 'Anderson')).toBe(true);
    expect(ranked('Puis le général Anderson a parlé.', 'général Anderson')).toBe(true);
    expect(ranked('Puis le général Anderson a parlé.', 'Anderson')).toBe(true);
    expect(ranked('وصل الجنرال أندرسون أمس.', 'أندرسون')).toBe(true);
    expect(ranked('وصل والجنرال أندرسون أمس.', 'أندرسون')).toBe(true);
    expect(ranked('وصل الجنرال أندرسون أمس.', 'الجنرال أندرسون')).toBe(true);
  });
  it('takes no civilian title, other word or nothing for a rank', () => {
    expect(ranked('Then Mr. Anderson spoke.', 'Anderson')).toBe(false);
    expect(ranked('M. Milley a parlé.', 'Milley')).toBe(false);
    expect(ranked('Anderson spoke.', 'Anderson')).toBe(false);
    expect(ranked('The director Wes Anderson spoke.', 'Anderson')).toBe(false);
    expect(ranked('قال أندرسون أمس.', 'أندرسون')).toBe(false);
  });
});

describe('ofAnotherUnit and rankedSurname', () => {
  const after = (text: string, name: string): boolean => ofAnotherUnit(text, text.indexOf(name) + name.length, CUE);
  it('reads another unit named in an apposition (redteam16 singleton)', () => {
    expect(after('Gen. Anderson, the Air National Guard adjutant, inspected the damage.', 'Anderson')).toBe(true);
    expect(after('Le général Anderson, la Garde nationale en renfort, est arrivé.', 'Anderson')).toBe(true);
    expect(after('Gen. Anderson, the AFRICOM commander, spoke.', 'Anderson')).toBe(false);
    expect(after('Gen. Anderson, the Air Force officer who leads AFRICOM, spoke.', 'Anderson')).toBe(false);
    expect(after('Gen. Anderson, then head of AFRICOM, spoke.', 'Anderson')).toBe(false);
  });
  it('reads another unit after a ranked surname (review14b finding 2)', () => {
    expect(after('Gen. Anderson of the Air National Guard inspected the base.', 'Anderson')).toBe(true);
    expect(after('Le général Anderson, de la Garde nationale, a parlé.', 'Anderson')).toBe(true);
    expect(after('Gen. Anderson of the 82nd Airborne Division spoke.', 'Anderson')).toBe(true);
  });
  it('takes the office, the Air Force and lower-case words for no other unit', () => {
    expect(after('Gen. Anderson of U.S. AFRICOM spoke.', 'Anderson')).toBe(false);
    expect(after('Gen. Anderson of the U.S. Air Force spoke.', 'Anderson')).toBe(false);
    expect(after('Gen. Anderson of the army spoke.', 'Anderson')).toBe(false);
    expect(after('Gen. Anderson spoke of the Army.', 'Anderson')).toBe(false);
  });
  it('takes a ranked surname, not a full name, for one', () => {
    const ranked = (text: string, name: string): boolean =>
      rankedSurname(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(ranked('Then Gen. Anderson spoke.', 'Anderson')).toBe(true);
    expect(ranked('Then Gen. Anderson spoke.', 'Gen. Anderson')).toBe(true);
    expect(ranked('Then Gen. Dagvin Anderson spoke.', 'Dagvin Anderson')).toBe(false);
    expect(ranked('Then Gen. Dagvin Anderson spoke.', 'Gen. Dagvin Anderson')).toBe(false);
    expect(ranked('Then Anderson spoke.', 'Anderson')).toBe(false);
  });
});

describe('agencyOpinion', () => {
  const opinion = (text: string, name = 'Langley'): boolean =>
    agencyOpinion(text, text.indexOf(name), text.indexOf(name) + name.length, CUE);
  it('reads the CIA’s seat as the subject of an opinion (review14b finding 2)', () => {
    expect(opinion("Langley thinks AFRICOM underestimates Wagner's reach in the Sahel.")).toBe(true);
    expect(opinion('Langley has long disagreed with AFRICOM about Wagner in Mali.')).toBe(true);
    expect(opinion('À Washington, Langley estime que Wagner progresse.')).toBe(true);
  });
  it('leaves other verbs, other surnames and verbs further on', () => {
    expect(opinion('Langley visited Rabat and thinks highly of it.')).toBe(false);
    expect(opinion('Langley said AFRICOM would stay.')).toBe(false);
    expect(opinion('Anderson thinks AFRICOM is ready.', 'Anderson')).toBe(false);
    expect(opinion('Langley')).toBe(false);
  });
});

describe('visitorSubject', () => {
  const visitor = (text: string, name = 'Langley'): boolean => visitorSubject(text, text.indexOf(name), CUE);
  it('reads the subject after a fronted participle of a visit as a visitor (fr-blind15-035)', () => {
    expect(visitor("Reçu au siège de l'état-major général à Rabat, Langley a passé en revue la coopération.")).toBe(
      true,
    );
    expect(visitor('Received in Rabat by the Inspector General of the FAR, Langley went over the plan.')).toBe(true);
    expect(visitor('Accueilli à Agadir, puis à Rabat, Anderson a parlé.', 'Anderson')).toBe(true);
    expect(visitor('Le 21 février. « Reçu à Rabat, Langley a salué ses hôtes. »')).toBe(true);
  });
  it('takes no other clause, no name before the comma, and no woman', () => {
    expect(visitor('Reçu à Langley par le directeur, le chef du renseignement a parlé.')).toBe(false);
    expect(visitor('Informé par ses agents à Rabat, Langley a revu son évaluation.')).toBe(false);
    expect(visitor('Reçue par le maire, Langley a remercié les bénévoles.')).toBe(false);
    expect(visitor('Il a été reçu à Rabat, et Langley a parlé.')).toBe(false);
    expect(visitor('Langley was received in Rabat.')).toBe(false);
  });
});

describe('promoteByOffice', () => {
  const office = OFFICES.get('dagvin-anderson')!;
  /** A late Anderson and an AFRICOM mention where the text has them. */
  const matchesOf = (text: string, sense: Match['sense'] = 'late'): Match[] => {
    const out: Match[] = [];
    for (const [id, name] of [
      ['dagvin-anderson', 'Anderson'],
      [office, 'AFRICOM'],
    ] as const) {
      const at = text.indexOf(name);
      if (at === -1) continue;
      const m: Match = { entityId: id, start: at, end: at + name.length, text: name };
      if (id === 'dagvin-anderson') m.sense = sense;
      out.push(m);
    }
    return out.sort((a, b) => a.start - b.start);
  };
  const promoted = (text: string, sense: Match['sense'] = 'late'): Match['sense'] | 'counted' => {
    const ms = matchesOf(text, sense);
    promoteByOffice(text, ms, OCCUPIED, CUE);
    return ms.find((m) => m.entityId === 'dagvin-anderson')!.sense ?? 'counted';
  };
  it('makes a surname its office names in the same sentence a mention, either side', () => {
    expect(promoted('Anderson, a command pilot, is the seventh commander of AFRICOM.')).toBe('counted');
    expect(promoted('As head of AFRICOM, Anderson met the minister.')).toBe('counted');
    expect(promoted('Anderson (AFRICOM) met the minister.', 'pending')).toBe('counted');
    expect(promoted('Gen. Anderson of U.S. AFRICOM spoke.')).toBe('counted');
  });
  it('needs the office led by the person, or tied to the surname (review14b finding 2)', () => {
    expect(promoted('Anderson thinks AFRICOM underestimates Wagner.')).toBe('late');
    expect(promoted('Anderson has long disagreed with AFRICOM about Mali.', 'pending')).toBe('pending');
    expect(promoted("The film's director, Anderson, toured Stuttgart, home of AFRICOM.")).toBe('late');
    expect(promoted('Mr. Anderson, the AFRICOM contractor, was arrested.')).toBe('late');
    expect(promoted("Anderson of AFRICOM's public affairs office confirmed it.")).toBe('late');
    // Led: a word of leading before or after the office; tied: "of", a bracket.
    expect(promoted('Anderson took over AFRICOM in August.')).toBe('counted');
    expect(promoted("Anderson took AFRICOM's warnings seriously.")).toBe('late');
    expect(promoted("Anderson, AFRICOM's commander, spoke.")).toBe('counted');
    expect(promoted('Mr. Anderson, head of AFRICOM, spoke.')).toBe('counted');
    expect(promoted('Anderson of AFRICOM spoke.')).toBe('counted');
    expect(promoted("Anderson, qui a pris la tête de l'AFRICOM, a parlé.")).toBe('counted');
  });
  it('leaves another bearer: a given name, a woman’s title (review14b finding 2)', () => {
    expect(promoted('Scott Anderson covered the AFRICOM commander’s press conference.')).toBe('late');
    expect(promoted('Jon Anderson, the AFRICOM commander’s aide, spoke.')).toBe('late');
    expect(promoted('Ms. Anderson, head of AFRICOM’s archive, spoke.')).toBe('late');
    expect(promoted('Mme Anderson, à la tête de l’AFRICOM, a parlé.')).toBe('late');
    // A sentence's opening word, a title or a rank is no given name.
    expect(promoted('But Anderson, the AFRICOM commander, spoke.')).toBe('counted');
    expect(promoted('Selon Anderson, chef de l’AFRICOM, rien ne change.')).toBe('counted');
    expect(promoted('Gen. Anderson, the AFRICOM commander, spoke.')).toBe('counted');
  });
  it('reads sentences as name-shape does: a stop after a short word ends one, not after an abbreviation', () => {
    expect(promoted('Anderson won. AFRICOM commanders lost the vote.')).toBe('late');
    expect(promoted("AFRICOM's commander, Gen. Anderson, spoke.")).toBe('counted');
    expect(promoted('Anderson became the seventh officer to lead U.S. AFRICOM.')).toBe('counted');
  });
  it('leaves it when the office is in another sentence or far', () => {
    expect(promoted('Anderson spoke first. The others from AFRICOM left.')).toBe('late');
    expect(promoted(`Anderson spoke ${'and spoke '.repeat(30)}about AFRICOM.`)).toBe('late');
    expect(promoted('Anderson spoke first!\nAFRICOM was not there.', 'pending')).toBe('pending');
  });
  it('ties the surname after its office’s possessive, or whose successor is at the office (redteam16 class 7)', () => {
    expect(promoted("AFRICOM's Anderson met Moroccan officers.")).toBe('counted');
    expect(promoted('AFRICOM’s Anderson told reporters the threat is growing.', 'pending')).toBe('counted');
    expect(promoted("AFRICOM's Gen. Anderson met the inspector general.")).toBe('counted');
    expect(promoted("Anderson's successor at AFRICOM is a Marine.")).toBe('counted');
    expect(promoted("Anderson's predecessor as head of U.S. AFRICOM retired.")).toBe('counted');
    // Not another relation to the office, nor the office's possessive of something else.
    expect(promoted("Anderson's view of AFRICOM has soured.")).toBe('late');
    expect(promoted("AFRICOM's critics, Anderson among them, spoke.")).toBe('late');
    expect(promoted("Anderson's successor at the AFRICOM archive")).toBe('late');
  });
  it('makes a surname only coordinated with the office late: two institutions (Langley, the CIA)', () => {
    expect(promoted('Anderson and AFRICOM traded assessments.', 'pending')).toBe('late');
    expect(promoted('AFRICOM et Anderson ont divergé.')).toBe('late');
  });
  it('does not take the office as an institution when it only qualifies its people (the AFRICOM staff)', () => {
    expect(promoted('Anderson and the AFRICOM staff flew to Rabat.', 'pending')).toBe('pending');
    expect(promoted("Anderson et l'équipe de l'AFRICOM sont arrivés.", 'pending')).toBe('pending');
    expect(promoted('Anderson and AFRICOM staff flew to Rabat.', 'pending')).toBe('pending');
  });
  it('reads only office holders, and only their office', () => {
    const text = 'Anderson spoke of AFRICOM.';
    const ms: Match[] = [
      { entityId: 'someone', start: 0, end: 8, text: 'Anderson', sense: 'late' },
      { entityId: office, start: 18, end: 25, text: 'AFRICOM' },
    ];
    expect(promoteByOffice(text, ms, OCCUPIED, CUE)).toEqual([]);
    expect(ms[0]!.sense).toBe('late');
    const rejected: Match[] = [
      { entityId: 'dagvin-anderson', start: 0, end: 8, text: 'Anderson', sense: 'late' },
      { entityId: office, start: 18, end: 25, text: 'AFRICOM', sense: 'rejected' },
    ];
    expect(promoteByOffice(text, rejected, OCCUPIED, CUE)).toEqual([]);
    const shared: Match[] = [
      {
        entityId: 'dagvin-anderson',
        start: 0,
        end: 8,
        text: 'Anderson',
        sense: 'pending',
        candidates: ['dagvin-anderson', 'x'],
      },
      { entityId: office, start: 18, end: 25, text: 'AFRICOM' },
    ];
    expect(promoteByOffice(text, shared, OCCUPIED, CUE)).toEqual([]);
    expect(shared[0]!.sense).toBe('pending');
  });
});

describe('promoteByOffice: the seat of the department (redteam17 class 9)', () => {
  /** The sense left on a late lone Milley (or Anderson) after promotion; 'counted' when promoted. */
  const seated = (text: string, id = 'mark-milley', name = 'Milley'): Match['sense'] | 'counted' => {
    const at = text.indexOf(name);
    const ms: Match[] = [{ entityId: id, start: at, end: at + name.length, text: name, sense: 'late' }];
    promoteByOffice(text, ms, OCCUPIED, CUE);
    return ms[0]!.sense ?? 'counted';
  };
  it('makes a rare surname whose seat stands in its sentence a mention', () => {
    expect(seated("Milley's portrait was removed from the Pentagon corridor.")).toBe('counted');
    expect(seated("Milley a averti du risque d'escalade, selon le Pentagone.")).toBe('counted');
    expect(seated('Selon le Pentagone, Milley a appelé son homologue.')).toBe('counted');
  });
  it('not without the seat in the same sentence, for another bearer, nor for a common surname', () => {
    expect(seated('Milley, a retired teacher from Kent, opened a bakery.')).toBe('late');
    expect(seated('The Pentagon said nothing. Milley opened a bakery in Kent.')).toBe('late');
    expect(seated('Ms. Milley toured the Pentagon with her class.')).toBe('late');
    expect(seated('Anderson told the Pentagon about the drills.', 'dagvin-anderson', 'Anderson')).toBe('late');
  });
  it('not for a surname described as another man, unless a rank says the general (review17 R6)', () => {
    expect(seated('The Pentagon said Milley, a plumber from Reading, had won the lottery.')).toBe('late');
    expect(seated('Devant le Pentagone, Milley, chauffeur de taxi, attendait un client.')).toBe('late');
    expect(seated('Outside the Pentagon, Milley, a taxi driver, waited for fares.')).toBe('late');
    expect(seated('The Pentagon said Milley, in Rabat, had praised Morocco.')).toBe('counted');
    expect(seated('Gen. Milley, a writer now, said the Pentagon erred.')).toBe('counted');
  });
});

describe('officeNamed: the office or seat in the sentence of a full name (review17 R1)', () => {
  const named = (text: string, id: string, name: string): boolean =>
    officeNamed(text, id, text.indexOf(name), text.indexOf(name) + name.length);
  it('reads the office or seat in the same sentence only', () => {
    expect(
      named('Michael Langley, a former coach, took command of AFRICOM.', 'michael-langley', 'Michael Langley'),
    ).toBe(true);
    expect(named('Mark Milley, écrivain, était au Pentagone.', 'mark-milley', 'Mark Milley')).toBe(true);
    expect(named('Mark Milley, author, lives in Leeds. The Pentagon is far.', 'mark-milley', 'Mark Milley')).toBe(
      false,
    );
    expect(named('Michael Langley, a former coach, toured Leeds.', 'michael-langley', 'Michael Langley')).toBe(false);
  });
});

describe('a lone surname without its full name, in the matcher', () => {
  const pack = testPack([
    testEntity({
      id: 'dagvin-anderson',
      category: 'person',
      aliases: {
        en: ['Dagvin Anderson', { text: 'Anderson', afterMention: true, needsContext: true }],
        fr: [{ text: 'général Anderson', afterMention: true }],
      },
      context: { vetoes: ['Guam'] },
      cueWeights: { sahel: 5 },
    }),
    testEntity({
      id: 'mark-milley',
      category: 'person',
      aliases: {
        en: ['Mark Milley', { text: 'Milley', afterMention: true }],
        ar: [{ text: 'ملي', afterMention: true }],
      },
    }),
    testEntity({
      id: 'africom',
      category: 'organization',
      aliases: { en: ['AFRICOM'], fr: ['Africom'] },
    }),
    testEntity({
      id: 'joint-chiefs-of-staff',
      category: 'organization',
      aliases: { en: ['Joint Chiefs'], ar: ['هيئة الأركان الأمريكية المشتركة'] },
    }),
    testEntity({ id: 'african-lion', category: 'exercise', aliases: { en: ['African Lion'], fr: ['African Lion'] } }),
    testEntity({ id: 'morocco', aliases: { en: ['Morocco'] } }),
  ]);
  const matcher = buildMatcher([pack]);
  /** The entities a page of these paragraphs mentions, as the scan CLI decides them. */
  const page = (...paragraphs: string[]): string[] => {
    const state = createPageState();
    return decidePage(
      paragraphs.flatMap((p) => matcher.find(p, state)),
      (_m, id) => id,
    );
  };

  it('counts a surname whose office is in its sentence, and later ones after it', () => {
    expect(page('Anderson is the seventh commander of AFRICOM.')).toEqual(['dagvin-anderson', 'africom']);
    expect(page('Milley, then head of the Joint Chiefs, was blunt.', 'Later Milley left.')).toEqual([
      'mark-milley',
      'joint-chiefs-of-staff',
      'mark-milley',
    ]);
    // A text decided alone too (the state carries the promotion to the next text).
    const state = createScanState();
    expect(
      matcher.find('وجاء ذلك في تصريحات لملي، رئيس هيئة الأركان الأمريكية المشتركة.', state).map((m) => m.entityId),
    ).toEqual(['mark-milley', 'joint-chiefs-of-staff']);
    expect(matcher.find('Milley left.', state).map((m) => m.entityId)).toEqual(['mark-milley']);
  });
  it("reads the press's boss for the office's head: « le patron de l'Africom », \"the AFRICOM boss\" (fr-lex25a-028)", () => {
    expect(page("Anderson, le patron de l'Africom, a été reçu à Rabat.")).toEqual(['dagvin-anderson', 'africom']);
    expect(page("Le patron de l'Africom, Anderson, a été reçu mardi.")).toEqual(['africom', 'dagvin-anderson']);
    expect(page('AFRICOM boss Anderson met the minister on Tuesday.')).toEqual(['africom', 'dagvin-anderson']);
    // Another man's trade, not the office's head.
    expect(page("Sam Anderson, patron d'un bar près de la base, a vu passer ceux de l'Africom.")).toEqual(['africom']);
  });
  it('does not count it without its office, rank or story words, as before', () => {
    expect(page('Milley was blunt about the plan.')).toEqual([]);
    expect(page('Anderson was blunt about the plan.')).toEqual([]);
  });
  it('lets the page decide a ranked surname, or one its window accepts: the story counts it', () => {
    expect(page('Le général Anderson est arrivé.')).toEqual([]);
    expect(page('Le général Anderson est arrivé pour African Lion.')).toEqual(['dagvin-anderson', 'african-lion']);
    expect(page('Anderson inherits a command whose sway in the Sahel has faded.')).toEqual([]);
    expect(page('Anderson inherits a command whose sway in the Sahel has faded.', 'African Lion goes on.')).toEqual([
      'dagvin-anderson',
      'african-lion',
    ]);
  });
  it('keeps a surname coordinated with the office for the page that names him in full', () => {
    expect(page('Anderson and AFRICOM traded assessments of the Sahel.', 'African Lion goes on.')).toEqual([
      'africom',
      'african-lion',
    ]);
    expect(page('Anderson and AFRICOM traded assessments.', 'Dagvin Anderson left.')).toEqual([
      'dagvin-anderson',
      'africom',
      'dagvin-anderson',
    ]);
  });
  it('keeps namesakes out: another person of the name, a place', () => {
    expect(page('The director Wes Anderson toured AFRICOM headquarters.')).toEqual(['africom']);
    expect(page('Analysts at Anderson briefed AFRICOM.')).toEqual(['africom']);
  });

  it('counts a surname whose office, led, opens the next sentence of its paragraph (blind20)', () => {
    expect(page('"We stay," Anderson told reporters. The AFRICOM commander said more.')).toEqual([
      'dagvin-anderson',
      'africom',
    ]);
    expect(page('Anderson said the drill had grown. As commander of AFRICOM, he has seen it four times.')).toEqual([
      'dagvin-anderson',
      'africom',
    ]);
    expect(page('Milley a répondu sèchement. Le chef des Joint Chiefs a ensuite ajouté un mot.')).toEqual([
      'mark-milley',
      'joint-chiefs-of-staff',
    ]);
  });

  it('not when the office is further in, unled, in another paragraph, or beside another person', () => {
    expect(page('Anderson told reporters. Later that week, the staff of the new AFRICOM commander met.')).toEqual([
      'africom',
    ]);
    expect(page('Anderson told reporters the film was done. AFRICOM said nothing.')).toEqual(['africom']);
    expect(page('Anderson told reporters the film was done.', 'The AFRICOM commander said more.')).toEqual(['africom']);
    expect(page('Anderson told reporters. The AFRICOM commander, Mark Milley, said more.')).toEqual([
      'africom',
      'mark-milley',
    ]);
    expect(page('Wes Anderson told reporters the film was done. The AFRICOM commander said more.')).toEqual([
      'africom',
    ]);
  });

  it('not when the next sentence tells another act, or the surname is an address (self-review)', () => {
    expect(page('Anderson told reporters his band would tour. The AFRICOM commander attended the concert.')).toEqual([
      'africom',
    ]);
    expect(page('Anderson, SC, told residents to boil water. The AFRICOM commander said nothing.')).toEqual([
      'africom',
    ]);
  });

  it('keeps the speakers it took up (rev20benfr o05, o07)', () => {
    expect(page('"Our partnership is strong," Anderson said in Rabat. The AFRICOM commander added more.')).toEqual([
      'dagvin-anderson',
      'africom',
    ]);
    expect(page('Milley told senators the drill would grow. The chairman of the Joint Chiefs said so again.')).toEqual([
      'mark-milley',
      'joint-chiefs-of-staff',
    ]);
  });

  it('not for a namesake who does not speak, another title, or the next office naming its holder (mend20b)', () => {
    // rev20benfr o08, o06, o20, o22
    expect(
      page('Milley is a small village in Bavaria. The chairman of the Joint Chiefs said he once visited it.'),
    ).toEqual(['joint-chiefs-of-staff']);
    expect(page('Anderson scored twice in the second half. The AFRICOM commander said he enjoyed the match.')).toEqual([
      'africom',
    ]);
    expect(page("Anderson a remporté l'étape du Tour. Le commandant de l'Africom a dit qu'il l'avait suivie.")).toEqual(
      ['africom'],
    );
    expect(page('Dr Anderson told the council the road would be repaved. The AFRICOM commander said more.')).toEqual([
      'africom',
    ]);
    expect(page('Anderson told reporters. The AFRICOM commander, Gen. Brown, said more.')).toEqual(['africom']);
  });
});

describe('a rank, the demonym and the surname in the bundled pack (red team 17, class N)', () => {
  const matcher = buildMatcher([bundled as unknown as Pack]);
  const found = (text: string): string[] => decidePage(matcher.find(text, createPageState()), (_m, id) => id);

  it('is the story’s general when American', () => {
    expect(found('صرح الجنرال الأمريكي ميلي للصحافة بأن التمرين ناجح.')).toEqual(['mark-milley']);
    expect(found("Le général américain Milley a déclaré que l'exercice était réussi.")).toEqual(['mark-milley']);
  });

  it('is another general with another demonym', () => {
    expect(found('صرح الجنرال الجزائري ميلي للصحافة.')).toEqual([]);
    expect(found('Le général algérien Milley a déclaré.')).toEqual([]);
  });

  it('is another man when an Arabic apposition names him by his kin or calling (review 17, R9)', () => {
    expect(found('الجنرال الأمريكي لانجلي، جد العائلة، حارب في الحرب الأهلية.')).toEqual([]);
    expect(found('الجنرال لانجلي، مؤسس المدينة، قاد فرقة في حرب الاستقلال.')).toEqual([]);
    expect(found('الجنرال الأمريكي لانجلي، قائد أفريكوم، زار الرباط.')).toContain('michael-langley');
  });
});

describe('arabicAnotherBearer (review 17, R9)', () => {
  const at = (text: string, name: string): boolean => arabicAnotherBearer(text, text.indexOf(name) + name.length, CUE);
  it('reads kin, a founder or a civil calling in the apposition after the name', () => {
    expect(at('الجنرال الأمريكي لانجلي، جد العائلة، حارب في الحرب الأهلية.', 'لانجلي')).toBe(true);
    expect(at('الجنرال أندرسون (والد المغني) توفي عام 1950.', 'أندرسون')).toBe(true);
  });
  it('not a rank, an office, a relative clause, nor words without a comma', () => {
    expect(at('الجنرال لانجلي، قائد القيادة الأمريكية في إفريقيا، يزور الرباط.', 'لانجلي')).toBe(false);
    expect(at('الجنرال لانجلي جد في عمله.', 'لانجلي')).toBe(false);
    expect(at('الجنرال لانجلي، الذي التقى ابن الوزير، غادر.', 'لانجلي')).toBe(false);
  });
});
