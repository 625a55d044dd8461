import { describe, expect, it } from 'vitest';
import { buildMatcher } from './matcher';
import {
  caseTellsNothing,
  LOWER_NAME,
  LOWER_WORD_FORM,
  lowerCaseForm,
  NOT_LOWER,
  directionOfName,
  inTitleCase,
  lowerCaseCommonNoun,
  namesAnotherThing,
  type NamedKind,
  partOfLongerName,
  shapeCountries,
  shapeSaysOther,
} from './name-shape';
import { COUNTRY_TABLE } from './country-table';
import { NAME_SHAPE_WORDS } from './name-shape-words';
import { FORMER_NAME_WORDS } from './former-name-words';
import { QUOTED_PRODUCT_WORDS } from './quoted-product-words';
import { ENGINE_WORDS, recordWords } from './engine-words';
import { testEntity as entity, testPack } from './test-entity';

const COUNTRY_WORDS = shapeCountries(
  COUNTRY_TABLE,
  NAME_SHAPE_WORDS,
  FORMER_NAME_WORDS,
  QUOTED_PRODUCT_WORDS,
  recordWords(ENGINE_WORDS).press,
);

/** The first occurrence of `name` in the text (or the one at `at`), as [start, end). */
const span = (text: string, name: string, at = text.indexOf(name)): [number, number] => [at, at + name.length];

/** partOfLongerName for the first `name`, with `packNames` the words the pack also knows. */
const longer = (text: string, name: string, packNames: string[] = []): boolean => {
  const starts = new Set(packNames.map((n) => text.indexOf(n)));
  const ends = new Set(packNames.map((n) => text.indexOf(n) + n.length));
  return partOfLongerName(text, ...span(text, name), (o) => starts.has(o) || ends.has(o), COUNTRY_WORDS);
};

const common = (text: string, name: string, at?: number): boolean => lowerCaseCommonNoun(text, ...span(text, name, at));

describe('partOfLongerName', () => {
  it('takes a capitalised word right after the name for part of a longer name', () => {
    expect(longer('Police raided a farm near China Spring, a village in Texas.', 'China')).toBe(true);
    expect(longer('Les actions de Maroc Chimie ont grimpé hier.', 'Maroc')).toBe(true);
    expect(longer('The council of Apache Junction voted on Monday.', 'Apache')).toBe(true);
    expect(longer('Crowds filled Washington Square on Sunday night.', 'Washington')).toBe(true);
  });

  it('takes a capitalised word right before the name, not at a sentence start, for a given name', () => {
    // A place after its preposition is the name's scene, not its first word.
    expect(longer('In Bamako Wagner fighters still guard the palace.', 'Wagner')).toBe(false);
    expect(longer('The new hangar at Salé Apache crews use was finished in March.', 'Apache')).toBe(false);
    expect(longer('The fans of Daniel Rabat cheered.', 'Rabat')).toBe(true);
    expect(longer('Goalkeeper Daniel Rabat kept a clean sheet.', 'Rabat')).toBe(true);
    expect(longer('Le contrat revient à Sofra Maroc, selon la presse.', 'Maroc')).toBe(true);
  });

  it('reads nothing into sentence starts, titles, directions, demonyms, dates or pack names', () => {
    expect(longer('Yesterday Morocco said no.', 'Morocco')).toBe(false);
    expect(longer('It rained. Then Morocco said no.', 'Morocco')).toBe(false);
    expect(longer('talks with President Trump and King Mohammed', 'Trump')).toBe(false);
    expect(longer('rebels in Northern Mali and the Central Sahel attacked', 'Sahel')).toBe(false);
    expect(longer('troops of the Russian Wagner group', 'Wagner')).toBe(false);
    expect(longer('a rally of Sahrawi Polisario supporters', 'Polisario')).toBe(false);
    expect(longer('officials in Morocco Tuesday said', 'Morocco')).toBe(false);
    expect(longer('the new Africa Command Commander spoke', 'Africa Command')).toBe(false);
    expect(longer('U.S. Air Force General Dagvin Anderson took command', 'General Dagvin Anderson')).toBe(false);
    expect(longer('the envoy flew to Rabat Morocco on a visit', 'Rabat', ['Morocco'])).toBe(false);
    // A one-letter slip in a title or a direction still qualifies.
    expect(longer("Morocco's plan for Westen Sahara offers a parliament", 'Sahara')).toBe(false);
    expect(longer('a visit by Presdent Trump to the region', 'Trump')).toBe(false);
    expect(longer('the envoy flew to Rabat Morocco on a visit', 'Morocco', ['Rabat'])).toBe(false);
  });

  it('takes given names with a demonym-like ending for given names', () => {
    for (const given of ['Hassan', 'Othman', 'Ayman', 'Ryan', 'Mehdi', 'Sami'])
      expect(longer(`The club signed winger ${given} Rabat last week.`, 'Rabat')).toBe(true);
  });

  it('knows demonyms by a closed list, hyphenated ones by their last part', () => {
    expect(longer('a patrol of Chinese Apache pilots', 'Apache')).toBe(false);
    expect(longer('recruits of a Burkinabe Wagner unit', 'Wagner')).toBe(false);
    expect(longer('the new Franco-Moroccan Rabat office', 'Rabat')).toBe(false);
    expect(longer('drought across the African Sahel this year', 'Sahel')).toBe(false);
  });

  it('reads a compound adjective ending in lower case as a qualifier: support or origin (blind14)', () => {
    expect(longer('the conflict with the Algeria-backed Polisario Front', 'Polisario Front')).toBe(false);
    expect(longer('Rabat accuses the Algerian-supported Polisario of lying', 'Polisario')).toBe(false);
    expect(longer('reports on Kremlin-linked Wagner fighters', 'Wagner')).toBe(false);
    expect(longer('the club signed striker Jean-Marc Rabat', 'Rabat')).toBe(true);
  });

  it('reads long slips of a title as the title, short ones as given names', () => {
    expect(longer('a speech by Govenor Anderson in the capital', 'Anderson')).toBe(false);
    expect(longer('a memo by Commandder Anderson in the capital', 'Anderson')).toBe(false);
    expect(longer('the singer Marina Rabat gave a concert', 'Rabat')).toBe(true);
    expect(longer('the cyclist Marin Rabat won a stage', 'Rabat')).toBe(true);
    expect(longer('the painter Justine Rabat opened a show', 'Rabat')).toBe(true);
    expect(longer('the actress Martine Rabat opened a show', 'Rabat')).toBe(true);
  });

  it('does not join across a possessive, a hyphen, a comma or a quote', () => {
    expect(longer("the talks of Morocco's Foreign Ministry ended", 'Morocco')).toBe(false);
    expect(longer('on the Morocco-Algeria border, troops', 'Morocco')).toBe(false);
    expect(longer('in Morocco, Algeria and Tunisia', 'Morocco')).toBe(false);
    expect(longer('the «Morocco» Pavilion', 'Morocco')).toBe(false);
  });

  it('reads nothing into a chain of capitalised words after the name (a title or a longer name)', () => {
    expect(longer('said Morocco Foreign Minister Nasser Bourita on a visit', 'Morocco')).toBe(false);
  });

  it('reads nothing into title case, acronyms or lower-case words', () => {
    expect(longer('Morocco Buys Apache Helicopters From US', 'Apache')).toBe(false);
    expect(longer('Rabat Welcomes Its Newest Apache Helicopters', 'Apache')).toBe(false);
    expect(longer('the AFRICOM Commander spoke', 'AFRICOM')).toBe(false);
    expect(longer('Apache helicopters flew over Morocco today.', 'Apache')).toBe(false);
  });
});

describe('a capitalised article after a colon (redteam17 class 1)', () => {
  it('reads it as the start of a kicker, an answer or a post, not a longer name', () => {
    expect(longer('Défense : Le Maroc acquiert des HIMARS.', 'Maroc')).toBe(false);
    expect(longer('Diplomatie : Les États-Unis approuvent la vente.', 'États-Unis')).toBe(false);
    expect(longer('Exclusive: The Polisario Front rejects the new UN plan.', 'Polisario Front')).toBe(false);
    expect(longer('Posté par Karim : La Chine livre des drones.', 'Chine')).toBe(false);
    expect(longer('Q: The Sahel is unstable, why?', 'Sahel')).toBe(false);
  });

  it('keeps the same name joined to a capitalised word that is no article, or without a colon', () => {
    expect(longer('Lineup: Daniel Rabat starts in goal for the visitors.', 'Rabat')).toBe(true);
    expect(longer('Midfielder Youssef Rabat signed, says The Rabat Weekly.', 'Rabat', ['Rabat'])).toBe(true);
    expect(longer('Ils ont dîné au Le Maroc, un restaurant de Lyon.', 'Maroc')).toBe(true);
  });
});

describe('the gap between two words of a name', () => {
  // The page passes each tab or line break as one space; the scan CLI collapses a run to one.
  const gaps = [' ', '   ', '\u00a0', ' \u00a0 '];
  const shape = (text: string, name: string): boolean =>
    shapeSaysOther(text, ...span(text, name), () => false, COUNTRY_WORDS);

  it('joins the words across any run of spaces or no-break spaces, both ways', () => {
    for (const gap of gaps) {
      expect(shape(`Le groupe Maroc${gap}Chimie ouvre une usine.`, 'Maroc')).toBe(true);
      expect(longer(`Le groupe Maroc${gap}Chimie ouvre une usine.`, 'Maroc')).toBe(true);
      expect(shape(`A transfer sent striker Karim${gap}Rabat to the club.`, 'Rabat')).toBe(true);
      expect(longer(`A transfer sent striker Karim${gap}Rabat to the club.`, 'Rabat')).toBe(true);
    }
  });

  it('decides alike for every gap where the other rules say no', () => {
    for (const gap of gaps) {
      expect(shape(`troops of the Russian${gap}Wagner group`, 'Wagner')).toBe(false);
      expect(shape(`officials in Morocco${gap}Tuesday said`, 'Morocco')).toBe(false);
      expect(shape(`It rained.${gap}Morocco${gap}said no.`, 'Morocco')).toBe(false);
    }
  });

  it('does not join across punctuation in the gap', () => {
    expect(shape('Le groupe Maroc , Chimie ouvre une usine.', 'Maroc')).toBe(false);
    expect(shape('Le groupe Maroc - Chimie ouvre une usine.', 'Maroc')).toBe(false);
  });
});

describe('inTitleCase', () => {
  it('tells a title-case heading from a sentence with names in it', () => {
    const heading = 'Morocco Buys Apache Helicopters from the US';
    expect(inTitleCase(heading, ...span(heading, 'Apache'))).toBe(true);
    const sentence = 'China Spring, a village near Waco in McLennan County, Texas';
    expect(inTitleCase(sentence, ...span(sentence, 'China'))).toBe(false);
  });

  it('reads only the sentence of the mention', () => {
    const text = 'The Town Hall Of Washington Opens Today.\nPolice near China Spring said a small crowd came.';
    expect(inTitleCase(text, ...span(text, 'China'))).toBe(false);
    expect(inTitleCase(text, ...span(text, 'Washington'))).toBe(true);
  });
});

describe('shapeSaysOther: an acronym modifying the name after it', () => {
  const shape = (text: string, name: string): boolean =>
    shapeSaysOther(text, ...span(text, name), () => false, COUNTRY_WORDS);

  it('reads "the US" before a capitalised name as its modifier, not before a date or a verb (blind14)', () => {
    expect(shape('Morocco buys rockets through the US Foreign Military Sales programme.', 'the US')).toBe(true);
    expect(shape('Ships of the US Sixth Fleet docked.', 'the US')).toBe(true);
    expect(shape('Morocco signed with the U.S. The drills began in May.', 'the U.S.')).toBe(false);
    expect(shape('Morocco hosts the drills, and the US sends most of the troops.', 'the US')).toBe(false);
    expect(shape('Morocco and the US Monday signed a deal.', 'the US')).toBe(false);
  });
});

describe('lowerCaseCommonNoun', () => {
  it('takes a lower-case name for a common noun where the writer capitalises names', () => {
    expect(common('The atlas had a spine of dark green morocco, said a dealer in London.', 'morocco')).toBe(true);
    expect(common('Binders call goatskin "morocco" because it came through North Africa.', 'morocco')).toBe(true);
  });

  it('reads nothing into text written all in lower case, or a sentence that starts in lower case', () => {
    expect(common('on est à rabat depuis hier, gros dispositif de sécurité', 'rabat')).toBe(false);
    expect(common('vive le sahara marocain de Tanger à Lagouira', 'sahara')).toBe(false);
    expect(common('We landed in morocco last night. what a trip', 'morocco')).toBe(false);
  });

  it('reads nothing into hashtags, handles, paths and domains', () => {
    expect(common('Photos from our trip to Fes #morocco #travel', 'morocco')).toBe(false);
    expect(common('Follow @morocco for News from Rabat.', 'morocco')).toBe(false);
    expect(common('Read it on visit.morocco.com today, says Paris.', 'morocco')).toBe(false);
  });

  it('needs the whole mention in lower case', () => {
    expect(common('The volumes were bound in Morocco by a London binder.', 'Morocco')).toBe(false);
  });
});

describe('lowerCaseForm', () => {
  const form = (text: string, name: string): number => lowerCaseForm(text, ...span(text, name), COUNTRY_WORDS);

  it('reads a distinctive name written in lower case as that name', () => {
    expect(form("Des hommes d'ex-wagner patrouillent à Tessit.", 'ex-wagner')).toBe(LOWER_NAME);
    expect(form('Retour de mission dans le sahel, entre Gao et Ménaka.', 'sahel')).toBe(LOWER_NAME);
    expect(form('Les marines, arrivés par la mer à Agadir, ont rejoint le dispositif.', 'marines')).toBe(LOWER_NAME);
  });

  it('an ordinary word, or a noun after its capitalised qualifier, as a word', () => {
    expect(form('The tow truck came at noon.', 'tow')).toBe(LOWER_WORD_FORM);
    expect(form('The hospital stood far from Amizmiz.', 'far')).toBe(LOWER_WORD_FORM);
    expect(form('A spine of half morocco.', 'morocco')).toBe(LOWER_WORD_FORM);
    expect(form('Moroccan marines trained off Al Hoceima.', 'marines')).toBe(LOWER_WORD_FORM);
  });

  it("a plural common noun without its article or before a nationality's adjective, and a work performed", () => {
    expect(form('Most navies keep marines as naval infantry.', 'marines')).toBe(LOWER_WORD_FORM);
    expect(form('Les marines marocaine et américaine ont manœuvré.', 'marines')).toBe(LOWER_WORD_FORM);
    expect(form('Les marines russe et chinoise ont manœuvré.', 'marines')).toBe(LOWER_WORD_FORM);
    expect(form('The marines landed near Tan-Tan.', 'marines')).toBe(LOWER_NAME);
    expect(form('Les marines américains ont débarqué à Agadir.', 'marines')).toBe(LOWER_NAME);
    expect(form('Le baryton a chanté wagner à Moscou.', 'wagner')).toBe(LOWER_WORD_FORM);
    expect(form('The orchestra conducted wagner in Bamako.', 'wagner')).toBe(LOWER_WORD_FORM);
    expect(form('On dit que wagner paie mieux.', 'wagner')).toBe(LOWER_NAME);
  });

  it('not a lower-case form when capitalised or in an address', () => {
    expect(form('Les Marines ont débarqué.', 'Marines')).toBe(NOT_LOWER);
    expect(form('voir wagner.ru pour la suite', 'wagner')).toBe(NOT_LOWER);
  });
});

describe('caseTellsNothing', () => {
  const blind = (text: string, name: string, cased = ['Rabat', 'RABAT']): boolean =>
    caseTellsNothing(text, ...span(text, name), cased);

  it('lets a capitalised name match in lower case where the writer capitalises nothing', () => {
    expect(blind('train supprimé de rabat à tanger ce soir, on attend toujours des infos', 'rabat')).toBe(true);
    expect(blind('on est à rabat depuis hier. gros dispositif de sécurité', 'rabat')).toBe(true);
  });

  it('not where the sentence starts with a capital or a name is capitalised', () => {
    expect(blind('Le rabat de l’enveloppe se colle mal par temps humide.', 'rabat')).toBe(false);
    expect(blind('vive le rabat de Tanger à Lagouira', 'rabat')).toBe(false);
  });

  it('never for acronyms, mixed case or addresses', () => {
    expect(blind('on a pris la tow hier soir', 'tow', ['TOW'])).toBe(false);
    expect(blind('on est à Rabat depuis hier', 'Rabat')).toBe(false);
    expect(blind('voir rabat.ma pour les horaires', 'rabat')).toBe(false);
  });
});

describe('the matcher with name shapes', () => {
  const pack = testPack([
    entity({ id: 'morocco', aliases: { en: ['Morocco'] }, otherSenses: { en: ['Morocco leather'] } }),
    entity({ id: 'china', aliases: { en: [{ text: 'China', caseSensitive: true }] } }),
    entity({ id: 'africom', category: 'organization', aliases: { en: ['Africom'] } }),
    entity({ id: 'polisario-front', category: 'organization', aliases: { fr: ['Polisario'] } }),
    entity({
      id: 'rabat',
      aliases: {
        en: [{ text: 'Rabat', caseSensitive: true, context: { vetoes: ['goalkeeper'], weights: { embassy: 5 } } }],
      },
    }),
  ]);
  const m = buildMatcher([pack]);
  const found = (text: string): string[] => m.find(text).map((x) => `${x.entityId}:${x.text}`);

  it('rejects an alias without a rule outright, and lets an alias with a rule be outweighed', () => {
    expect(found('The first Morocco Mall opened in Casablanca.')).toEqual([]);
    expect(found('The book was bound in green morocco in London.')).toEqual([]);
    expect(found('The talks were held in Morocco last week.')).toEqual(['morocco:Morocco']);
    expect(found('Youssef Rabat signed for the club on Friday.')).toEqual(['rabat:Rabat']); // sentence start
    expect(found('Midfielder Youssef Rabat signed for the club.')).toEqual([]);
    expect(found('The embassy said Youssef Rabat had a visa.')).toEqual(['rabat:Rabat']);
  });

  it('reads a lower-case name the pack knows in one sense only as that name, not a common noun (fix21b)', () => {
    // French press writes the front in lower case, often between guillemets.
    expect(found("L'ONU demande au « polisario » de recevoir la MINURSO à Rabouni.")).toEqual([
      'polisario-front:polisario',
    ]);
    expect(found('Le Conseil de sécurité appelle le polisario à revenir à Genève.')).toEqual([
      'polisario-front:polisario',
    ]);
    // A name with another sense (the leather) is still a common noun in lower case, quoted or not.
    expect(found('Les relieurs de Londres appellent « morocco » notre maroquin.')).toEqual([]);
    expect(found('The book was bound in green morocco in London.')).toEqual([]);
  });

  it('counts a name after a capitalised article that opens a kicker (redteam17 class 1)', () => {
    expect(found('Défense : Le Morocco Club rouvre.')).toEqual([]);
    expect(found('Analysis: the Morocco talks resume on Monday.')).toEqual(['morocco:Morocco']);
    expect(found('Exclusive: The Morocco talks resume on Monday.')).toEqual(['morocco:Morocco']);
    expect(found('Midfielder The Rabat joined the club.')).toEqual([]);
  });

  it('reads a lower-case case-sensitive name where case tells nothing, by its context or the page', () => {
    expect(found('devant l’embassy de rabat ce matin')).toEqual(['rabat:rabat']);
    expect(found('Le rabat de l’enveloppe se colle mal, dit l’embassy.')).toEqual([]);
    // No rule: pending, counted only on a page about the story.
    expect(found('on est allés en china hier')).toEqual([]);
    expect(found('on est allés en china hier avec l’africom')).toEqual(['china:china', 'africom:africom']);
    expect(found('On est allés en China hier avec l’Africom.')).toEqual(['china:China', 'africom:Africom']);
  });
});

describe('namesAnotherThing', () => {
  /** namesAnotherThing for the first `name`, with `packNames` the names the pack also knows. */
  const thing = (text: string, name: string, packNames: string[] = []): boolean => {
    const edges = new Set(packNames.flatMap((n) => [text.indexOf(n), text.indexOf(n) + n.length]));
    return namesAnotherThing(text, ...span(text, name), (o) => edges.has(o), COUNTRY_WORDS);
  };

  it('reads a full name joined by a hyphen to a capitalised word as a longer name (redteam16 class 11)', () => {
    const org = (text: string, name: string, packNames: string[] = []): boolean => {
      const edges = new Set(packNames.flatMap((n) => [text.indexOf(n), text.indexOf(n) + n.length]));
      return namesAnotherThing(text, ...span(text, name), (o) => edges.has(o), COUNTRY_WORDS, '', 'organisation');
    };
    expect(thing('Mark Milley-Jones scored the winner for Bury in the 89th minute.', 'Mark Milley')).toBe(true);
    expect(org('Le groupe Wagner-Auto de Colmar recrute un mécanicien.', 'groupe Wagner')).toBe(true);
    // a compound of two people before its noun, or a ranked official: the other side's name (review16b finding 1)
    expect(thing('Mark Milley-Bourita talks in Rabat covered the African Lion exercise.', 'Mark Milley')).toBe(false);
    expect(thing('Gen. Michael Langley-Hammouchi meeting on counter-terrorism ended.', 'Michael Langley')).toBe(false);
    expect(thing('The Michael Langley-Akhannouch meeting was brief.', 'Michael Langley')).toBe(false);
    expect(thing('General Mark Milley-Biden talks were not on the agenda.', 'Mark Milley')).toBe(false);
    expect(thing('Le général Michael Langley-Bourita a rencontré ses homologues.', 'Michael Langley')).toBe(false);
    expect(thing('La Michael Langley-Bourita rencontre a eu lieu à Rabat.', 'Michael Langley')).toBe(false);
    expect(thing('Le général Michael Langley-Bourita a rencontré ses homologues.', 'général Michael Langley')).toBe(
      false,
    );
    // a lower-case compound, a one-word name, a pack name, a country or an institution after the hyphen: no longer name
    expect(thing('Gen. Mark Milley-era planning at the Pentagon.', 'Mark Milley')).toBe(false);
    expect(org('Wagner-linked militias were accused of abuses near Moura.', 'Wagner')).toBe(false);
    expect(thing('Tensions rose along the Morocco-Algeria border.', 'Morocco')).toBe(false);
    expect(thing('Russia-Africa summit delegates met in Sochi.', 'Russia')).toBe(false);
    expect(org('The Wagner Group-Africa Corps handover in Mali took months.', 'Wagner Group', ['Africa Corps'])).toBe(
      false,
    );
    expect(org('The Polisario Front-Algeria axis worries Rabat.', 'Polisario Front')).toBe(false);
    expect(org('The Joint Chiefs of Staff-Pentagon split widened.', 'Joint Chiefs of Staff')).toBe(false);
  });

  it('reads a Maltese article joined by a hyphen as another place’s name, only before a place (blind14, review14b 3)', () => {
    const place = (text: string, name: string): boolean =>
      namesAnotherThing(text, ...span(text, name), () => false, COUNTRY_WORDS, '', 'place');
    expect(place('The show fills the gardens in Ir-Rabat every August.', 'Rabat')).toBe(true);
    expect(place('Il-Rabat was quiet.', 'Rabat')).toBe(true);
    expect(place('the US-Morocco Strategic Dialogue', 'Morocco')).toBe(false);
    expect(place('the Franco-Moroccan pact and Pro-Rabat voices', 'Rabat')).toBe(false);
    expect(place('The bus stops in Triq tar-Rabat.', 'Rabat')).toBe(true);
    expect(place('Ex-Rabat officials met in Tindouf.', 'Rabat')).toBe(false);
    expect(place('Pro-Moscow and Co-Rabat voices', 'Moscow')).toBe(false);
    expect(place('a Nur-Rabat meeting', 'Rabat')).toBe(false);
    // Not an organisation's name: Ex-Wagner fighters are Wagner's, Ex-AFRICOM commanders AFRICOM's.
    expect(thing('Ex-Wagner fighters now serve in Russia’s Africa Corps in Mali.', 'Wagner')).toBe(false);
    expect(thing('It-Wagner is no article before an organisation.', 'Wagner')).toBe(false);
    expect(thing('Ex-AFRICOM commander Stephen Townsend spoke in Rabat.', 'AFRICOM')).toBe(false);
    expect(thing('The report quoted Ex-Polisario fighters in Tindouf.', 'Polisario')).toBe(false);
  });

  it('reads a press word closing the run, or a quoted title, as a publication (press-title.ts)', () => {
    expect(thing('According to Morocco World News, the drills ended.', 'Morocco')).toBe(true);
    expect(thing('The Moscow Times reported it first.', 'Moscow')).toBe(true);
    expect(thing('وكشف مصدر في تصريحات خاصة لـ"المغرب اليوم" عن خطة', 'المغرب')).toBe(true);
    expect(thing('Morocco signed, The Times said.', 'Morocco')).toBe(false);
  });

  it('reads a version or a section number after the name as software or a regulation', () => {
    expect(thing('The portal runs on Apache 2.4 behind a proxy.', 'Apache')).toBe(true);
    expect(thing('Apache 2.4.58 fixes a flaw in mod_http2.', 'Apache')).toBe(true);
    expect(thing('The contract cites FAR 52.225-13 on foreign purchases.', 'FAR')).toBe(true);
    expect(thing('The award followed FAR Part 15 and its supplement.', 'FAR')).toBe(true);
    expect(thing('See FAR subpart 15.4 for pricing.', 'FAR')).toBe(true);
    expect(thing('Le serveur Apache 2.4 reste le plus répandu.', 'Apache')).toBe(true);
  });

  it('keeps amounts, years, variants and plain words after the name', () => {
    expect(thing('Exports to Morocco 2.5 million tonnes higher', 'Morocco')).toBe(false);
    expect(thing('Exports to Morocco 1.5 % higher', 'Morocco')).toBe(false);
    expect(thing('Troops gathered for African Lion 2024 in Agadir.', 'African Lion')).toBe(false);
    expect(thing('Morocco ordered the TOW 2A in 2019.', 'TOW')).toBe(false);
    expect(thing('The FAR took delivery of the launchers.', 'FAR')).toBe(false);
    expect(thing('Apache helicopters landed.', 'Apache')).toBe(false);
  });

  it('reads an organisational form closing the capitalised run after the name as a company or a body', () => {
    expect(thing('Sahara Group signed a gas deal in Rabat.', 'Sahara')).toBe(true);
    expect(thing("Sahara Group's annual report came out.", 'Sahara')).toBe(true);
    expect(thing('The Sahara Power Group runs plants near Lagos.', 'Sahara')).toBe(true);
    expect(thing('Apache Corporation sold part of its acreage.', 'Apache')).toBe(true);
    expect(thing('built with Apache Software Foundation tools', 'Apache')).toBe(true);
    expect(thing('Les statuts de la Maroc Holding SA ont changé.', 'Maroc')).toBe(true);
  });

  it('reads a travel trade’s head closing the run as a company (Morocco Desert Trips), not a noun after a stop', () => {
    expect(thing('Our trek was booked through Morocco Desert Trips.', 'Morocco')).toBe(true);
    expect(thing('Morocco Atlas Travel refunded the excursion.', 'Morocco')).toBe(true);
    expect(thing("L'agence Maroc Atlas Tours propose des randonnées.", 'Maroc')).toBe(true);
    expect(thing('Réservé auprès de Maroc Désert Voyages.', 'Maroc')).toBe(true);
    expect(thing('We spent ten days in Morocco. Tours of the medina start at nine.', 'Morocco')).toBe(false);
    expect(thing('Travel advice for Morocco: Trips to the south need no permit.', 'Morocco')).toBe(false);
    expect(thing('Follow #Morocco Travel for tips.', 'Morocco')).toBe(false); // a hashtag's topic, spaced
  });

  it('right after the name, a trade head is a company only after a company’s sign (rev18)', () => {
    expect(thing('Gen. Langley Travels to Morocco for African Lion', 'Langley')).toBe(false);
    expect(thing('Gen. Milley Travels to Morocco to Meet Moroccan Army Chiefs', 'Milley')).toBe(false);
    expect(thing('US Marines Travel to Tan-Tan for African Lion', 'US Marines')).toBe(false);
    expect(thing('Morocco Travel: What You Need to Know Before Visiting Marrakech', 'Morocco')).toBe(false);
    expect(thing('Morocco Trips for Families: Five Itineraries', 'Morocco')).toBe(false);
    expect(thing('Morocco Desert Trips offers camel rides from Merzouga.', 'Morocco')).toBe(true);
    expect(thing("L'agence Maroc Voyages propose des circuits dans le désert.", 'Maroc')).toBe(true);
    expect(thing('We booked the tour through Maroc Voyages, a small agency in Fes.', 'Maroc')).toBe(true);
    expect(thing('Morocco Sahara Tours runs two-day trips from Marrakech.', 'Sahara', ['Morocco'])).toBe(true);
    expect(thing('Morocco Sahara Tours runs two-day trips from Marrakech.', 'Sahara')).toBe(false);
  });

  it('reads a facility noun closing the run as a place named after someone or something', () => {
    expect(thing('F-22s flew in from Langley Air Force Base in Hampton.', 'Langley')).toBe(true);
    expect(thing('Langley Research Center will build a wind tunnel.', 'Langley')).toBe(true);
    expect(thing('voters in Washington County said', 'Washington')).toBe(true);
    expect(thing('Langley Township council met.', 'Langley')).toBe(true);
  });

  it('reads on through a form followed by more of the name, to the form that closes it', () => {
    expect(thing('The Moscow School District board meets Tuesday.', 'Moscow')).toBe(true);
    expect(thing('The Moscow Food Co-op board met.', 'Moscow')).toBe(true);
    // A title after the form ends the run: no other name.
    expect(thing('Rabat Group Captain Smith spoke.', 'Rabat')).toBe(false);
    // A run the reach cannot close.
    expect(thing('The Moscow School Board Election Results', 'Moscow')).toBe(false);
    expect(thing('Apache Co-pilots flew the mission.', 'Apache')).toBe(false);
  });

  it('reads a race’s noun closing an institution’s run as the event named after it, not after a place (fix22)', () => {
    const org = (text: string, name: string, kind: 'organisation' | 'place' = 'organisation'): boolean =>
      namesAnotherThing(text, ...span(text, name), () => false, COUNTRY_WORDS, '', kind);
    expect(org('Marine Corps Marathon: Dana Pruitt 3:12:44, Luis Ortega 3:31:09.', 'Marine Corps')).toBe(true);
    expect(org('She qualified for Boston at the Marine Corps Marathon last fall.', 'Marine Corps')).toBe(true);
    expect(org("The Marine Corps Marathon's lottery opens Wednesday.", 'Marine Corps')).toBe(true);
    // The institution itself, a race noun further on, or a title-case headline that reads on.
    expect(org('The Marine Corps said its Marines would run the race in Arlington.', 'Marine Corps')).toBe(false);
    expect(org('Marine Corps Race Team Wins Again', 'Marine Corps')).toBe(false);
    expect(org('Marine Corps Marathon Draws Record Field', 'Marine Corps')).toBe(false);
    // "Race" is no event's noun here: a program's or a headline's metaphor.
    expect(org('The AFRICOM Race to Excellence program rewarded three units.', 'AFRICOM')).toBe(false);
    // A city's race still names the city.
    expect(org('The Rabat Marathon closed the corniche on Sunday.', 'Rabat', 'place')).toBe(false);
  });

  it('reads the race’s noun right after an institution only, not after a headline’s verb (review 22a)', () => {
    const org = (text: string, name: string, kind: 'organisation' | 'other' = 'organisation'): boolean =>
      namesAnotherThing(text, ...span(text, name), () => false, COUNTRY_WORDS, '', kind);
    expect(org('U.S. Marines Win Relay at African Lion Games', 'Marines')).toBe(false);
    expect(org('AFRICOM Wins Regatta off Agadir as Moroccan Navy Looks On', 'AFRICOM')).toBe(false);
    expect(org('Moroccan Army, US Marines Finish Marathon', 'Marines')).toBe(false);
    expect(org("In Rabat, the FAR Regatta opened the navy's week.", 'FAR')).toBe(true);
    // The institution's own team in a race (review 22a).
    expect(org('The Marine Corps Relay team, with two Moroccan officers, won in Agadir.', 'Marine Corps')).toBe(false);
    expect(org('AFRICOM Relay team wins African Lion sports day in Tan-Tan.', 'AFRICOM')).toBe(false);
    expect(org('Marines Relay teams lined up at dawn.', 'Marines')).toBe(false);
    // An exercise's race is held within it: the African Lion Relay is still the exercise's.
    expect(
      org("Troops ran the African Lion Relay across Tan-Tan on the exercise's last day.", 'African Lion', 'other'),
    ).toBe(false);
  });

  it('reads a firm’s noun right before the capitalised name as the firm’s name', () => {
    expect(thing('Le fournisseur est le groupe Sahara, une société nigériane.', 'Sahara')).toBe(true);
    expect(thing('La marque Sahara a ouvert une boutique.', 'Sahara')).toBe(true);
    expect(thing('The energy firm Sahara opened a depot in Ghana.', 'Sahara')).toBe(true);
    expect(thing('Les mercenaires du groupe Wagner ont quitté le Mali.', 'Wagner', ['groupe Wagner'])).toBe(false);
    expect(thing('the mercenary group Wagner left Mali', 'Wagner')).toBe(false);
    expect(thing('une société de sécurité au Sahara', 'Sahara')).toBe(false);
  });

  it('reads a program’s noun right before the name as the software’s name (fr-blind15-056)', () => {
    expect(thing('Depuis la mise à jour, le service Apache s’arrête vers 3 h du matin.', 'Apache')).toBe(true);
    expect(thing('Installez le serveur Apache puis activez le module PHP.', 'Apache')).toBe(true);
    expect(thing('the web server Apache answered with a 500', 'Apache')).toBe(true);
    expect(thing('les hélicoptères Apache que le Maroc vient de recevoir', 'Apache')).toBe(false);
    expect(thing('Le Maroc a mis en service ses Apache à Salé.', 'Apache')).toBe(false);
  });

  it('reads a colour’s noun right before the name as a product’s colour (fr-blind16-030)', () => {
    expect(thing('Peinture acrylique mate, coloris Sahara (beige sablé), pot de 2,5 L.', 'Sahara')).toBe(true);
    expect(thing('Enduit de façade taloché, teinte Sahara, sac de 25 kg.', 'Sahara')).toBe(true);
    expect(thing('Canapé en velours, couleur Sahara, pieds en chêne.', 'Sahara')).toBe(true);
    expect(thing('The hatchback now comes in the colour Sahara, a warm beige.', 'Sahara')).toBe(true);
    expect(thing('Matt emulsion in the shade Sahara covers 13 square metres a litre.', 'Sahara')).toBe(true);
    // The English nouns are verbs too: without a determiner, no colour.
    expect(thing('Old grudges still colour Morocco’s ties with Algeria.', 'Morocco')).toBe(false);
    expect(thing('Envoys hope to finish Western Sahara talks by spring.', 'Western Sahara')).toBe(false);
    expect(thing('Trees shade Rabat’s avenues in summer.', 'Rabat')).toBe(false);
    expect(thing('La couleur du Sahara change avec la lumière.', 'Sahara')).toBe(false);
    expect(thing('Les Apache, aux couleurs des FAR, ont survolé Salé.', 'Apache')).toBe(false);
  });

  it('reads a state’s institution after a place as the place’s modifier (en-blind15-007)', () => {
    const of = (text: string, name: string): boolean =>
      namesAnotherThing(text, ...span(text, name), () => false, COUNTRY_WORDS, '', 'place');
    expect(of('Geronimo’s band surrendered to the United States Army in 1886.', 'United States')).toBe(true);
    expect(of('The United States Navy destroyer docked in Casablanca.', 'United States')).toBe(true);
    expect(of('The United States Air Force flew the F-16s in.', 'United States')).toBe(true);
    expect(of('United States Congress Clears Arms Sale to Morocco', 'United States')).toBe(true);
    expect(of('the United States Constitution', 'United States')).toBe(true);
    // The country as a noun: the word after it is no institution of its.
    expect(of('Morocco bought the tanks from the United States in 2019.', 'United States')).toBe(false);
    expect(of('The United States and Morocco signed the deal.', 'United States')).toBe(false);
    expect(of('The United States Monday signed the deal.', 'United States')).toBe(false);
    expect(of('the United States Army-style drills', 'United States')).toBe(true);
    expect(of('the United States Armyworm outbreak', 'United States')).toBe(false);
    // Not a place: the rule is the country’s.
    expect(namesAnotherThing('Wagner Army units', 0, 6, () => false, COUNTRY_WORDS, '', 'organisation')).toBe(false);
  });

  it('keeps an organisation described by a firm’s noun, and a number after a place', () => {
    const of = (text: string, name: string, kind: NamedKind): boolean =>
      namesAnotherThing(text, ...span(text, name), () => false, COUNTRY_WORDS, '', kind);
    expect(of('the private military company Wagner deployed to Mali', 'Wagner', 'organisation')).toBe(false);
    expect(of('la société Wagner a remplacé les soldats français', 'Wagner', 'organisation')).toBe(false);
    expect(of('the energy firm Sahara opened a depot', 'Sahara', 'place')).toBe(true);
    expect(of('Exports reached Morocco 2.5 years later', 'Morocco', 'place')).toBe(false);
    expect(of('Rabat 12.05.2024 – Les Forces armées royales', 'Rabat', 'place')).toBe(false);
    expect(of('Morocco Part 2 of the series', 'Morocco', 'place')).toBe(false);
    expect(of('The portal runs on Apache 2.4 behind a proxy.', 'Apache', 'other')).toBe(true);
    expect(of('The award followed FAR Part 15 and its supplement.', 'FAR', 'organisation')).toBe(true);
  });

  it('keeps runs that are pack names, go on past the form, or hold a title or a date', () => {
    expect(thing('The Wagner Group left Mali.', 'Wagner', ['Wagner Group'])).toBe(false);
    expect(thing('Morocco Group Captain Alami flew in.', 'Morocco')).toBe(false);
    expect(thing('Sahara Minister Group talks stalled.', 'Sahara')).toBe(false);
    expect(thing('Officials in Morocco Tuesday Group said', 'Morocco')).toBe(false);
    expect(thing('Morocco Buys Apache Helicopters From Boeing Group', 'Apache')).toBe(false);
    expect(thing('Sahara, Group of Friends', 'Sahara')).toBe(false);
    expect(thing('the Sahel Co-operation Council met', 'Sahel')).toBe(false);
  });

  it('rejects the name in the matcher even where story words surround it', () => {
    const pack = testPack([
      entity({ id: 'morocco', aliases: { en: ['Morocco'] } }),
      entity({
        id: 'far',
        category: 'organization',
        aliases: { en: [{ text: 'FAR', caseSensitive: true, context: { weights: { morocco: 5 } } }] },
      }),
    ]);
    const found = (text: string): string[] =>
      buildMatcher([pack])
        .find(text)
        .map((x) => `${x.entityId}:${x.text}`);
    expect(found('Morocco bought missiles under FAR 15.404 rules.')).toEqual(['morocco:Morocco']);
    expect(found('Morocco said the FAR bought missiles.')).toEqual(['morocco:Morocco', 'far:FAR']);
  });

  it('reads a year not the entity’s own after a dated name (dated-names.ts)', () => {
    const text = 'the Joint Declaration issued on 4 February 2022';
    const at = text.indexOf('Joint Declaration');
    const end = at + 'Joint Declaration'.length;
    expect(namesAnotherThing(text, at, end, () => false, COUNTRY_WORDS, 'us-recognition-western-sahara')).toBe(true);
    expect(namesAnotherThing(text, at, end, () => false, COUNTRY_WORDS, 'morocco')).toBe(false);
  });
});

describe('directionOfName', () => {
  const direction = (text: string, name: string): boolean => directionOfName(text, ...span(text, name));

  it('reads a lower-case compass word before a capitalised name as a part of the place', () => {
    expect(
      direction('Rock art is common across the western Sahara, from Mauritania to the Tassili.', 'western Sahara'),
    ).toBe(true);
    expect(direction('Dust from the southern Provinces reached Madrid.', 'southern Provinces')).toBe(true);
  });

  it('keeps the name where the writer capitalises it, capitalises nothing, or writes it all in lower case', () => {
    expect(direction('The UN envoy for Western Sahara met Polisario leaders.', 'Western Sahara')).toBe(false);
    expect(direction('les gens du western Sahara disent non', 'western Sahara')).toBe(false);
    expect(direction('Rock art is common across the western sahara, says Mauritania.', 'western sahara')).toBe(false);
    expect(direction('Jihadists gained ground in the central Sahel, says Mali.', 'central Sahel')).toBe(false);
  });

  it('leaves the place to the name inside it, decided by its governing word (sense-heads.ts)', () => {
    const pack = testPack([
      entity({
        id: 'western-sahara',
        aliases: { en: ['Western Sahara', { text: 'Sahara', context: { requires: ['Polisario'] } }] },
      }),
      entity({ id: 'sahara-desert', aliases: { en: [{ text: 'Sahara', context: { requires: ['dunes'] } }] } }),
    ]);
    const found = (text: string): string[] =>
      buildMatcher([pack])
        .find(text)
        .map((x) => `${x.entityId}:${x.text}`);
    expect(found('Rock art is common across the western Sahara, says Mauritania.')).toEqual(['sahara-desert:Sahara']);
    expect(found('Morocco rejects the dispute over western Sahara, says Rabat.')).toEqual(['western-sahara:Sahara']);
  });
});

describe('namesAnotherThing: a country inside a brand, a team or a holding (redteam17 class 5)', () => {
  const place = (text: string, name: string, packNames: string[] = []): boolean => {
    const edges = new Set(packNames.flatMap((n) => [text.indexOf(n), text.indexOf(n) + n.length]));
    return namesAnotherThing(text, ...span(text, name), (o) => edges.has(o), COUNTRY_WORDS, '', 'place');
  };
  const thing = (text: string, name: string): boolean =>
    namesAnotherThing(text, ...span(text, name), () => false, COUNTRY_WORDS);
  it("reads a country's acronym opening a two-word name, and Team before it", () => {
    expect(place('USA Today ranked the bakery among the ten best in the Midwest.', 'USA')).toBe(true);
    expect(place("USA Today's best-seller list included the new thriller.", 'USA')).toBe(true);
    expect(place('USA Gymnastics announced its world championships squad.', 'USA')).toBe(true);
    expect(place('The USA Network series was renewed for a fifth season.', 'USA')).toBe(true);
    expect(place('Team USA won gold in the 4x100 relay.', 'USA')).toBe(true);
  });
  it('keeps the country: a pack name, a title or a date after it, a title-case line, no capital', () => {
    expect(place('The USA and Morocco renewed their free trade accord.', 'USA')).toBe(false);
    expect(place('USA and Morocco signed the open-skies agreement.', 'USA', ['Morocco'])).toBe(false);
    expect(place('The USA Morocco talks ended early.', 'USA', ['Morocco'])).toBe(false);
    expect(place('USA President Trump spoke.', 'USA')).toBe(false);
    expect(place('Morocco Buys Arms From USA Again', 'USA')).toBe(false);
    expect(place('The team from the USA won.', 'USA')).toBe(false);
  });
  it('keeps the country before a sentence-case headline verb, a date or another word (review17 R2)', () => {
    expect(place('USA Deploys troops to Tan-Tan for African Lion drills.', 'USA')).toBe(false);
    expect(place('Morocco and USA Sign defence roadmap in Rabat.', 'USA')).toBe(false);
    expect(place('Why the USA Matters to Morocco’s defence plans.', 'USA')).toBe(false);
    expect(place('Les USA Mardi ont signé un accord avec le Maroc.', 'USA')).toBe(false);
    expect(place('Le partenariat Maroc-USA Défense a été signé à Rabat.', 'USA')).toBe(false);
    expect(place('USA Rugby named a new coach for the sevens.', 'USA')).toBe(true);
    expect(place('USA Today a publié un classement des plages.', 'USA')).toBe(true);
  });
  it('reads a holding named "of Companies" after an organisation', () => {
    expect(thing('The Wagner Group of Companies, a Texas builder, broke ground.', 'Wagner Group')).toBe(true);
    expect(thing('The Wagner Group of fighters left Mali.', 'Wagner Group')).toBe(false);
  });
});

describe('lowerCaseCommonNoun: a material named by its colour, share or grain (redteam17 class 4)', () => {
  it('reads the leather in a line that names nothing else', () => {
    expect(common('Bound in full red morocco, gilt spine, all edges gilt.', 'morocco')).toBe(true);
    expect(common('First edition, contemporary green morocco, marbled endpapers.', 'morocco')).toBe(true);
    expect(common('Half morocco over marbled boards, raised bands.', 'morocco')).toBe(true);
  });
  it('keeps the country without such an adjective, and a capitalised name after one', () => {
    expect(common('Trips to north morocco are cheap.', 'morocco')).toBe(false);
    expect(common('We flew to morocco last week.', 'morocco')).toBe(false);
    expect(common('A tour of the red Morocco cities.', 'Morocco')).toBe(false);
  });
});

describe('namesAnotherThing: a federation of a continent (redteam17 class 3)', () => {
  const place = (text: string, name: string): boolean =>
    namesAnotherThing(text, ...span(text, name), () => false, COUNTRY_WORDS, '', 'place');
  it('reads a United States of Europe or of Africa as another union', () => {
    expect(place("Les États-Unis d'Europe, rêve de Victor Hugo, restent une utopie.", 'États-Unis')).toBe(true);
    expect(place('Some federalists still dream of a United States of Europe.', 'United States')).toBe(true);
    expect(place("Kadhafi prônait des États-Unis d'Afrique.", 'États-Unis')).toBe(true);
  });
  it('keeps the United States before anything else', () => {
    expect(place("Les États-Unis d'abord, a répété le candidat.", 'États-Unis')).toBe(false);
    expect(place('The United States of today is wary of new wars.', 'United States')).toBe(false);
    expect(place('The United States and Europe disagree.', 'United States')).toBe(false);
  });
  it('keeps the United States leaving or trading from a continent, or a region of it (review17 R4)', () => {
    expect(place("Le retrait des États-Unis d'Afrique de l'Ouest profite à la Russie.", 'États-Unis')).toBe(false);
    expect(place("Le départ des États-Unis d'Afrique inquiète le Maroc.", 'États-Unis')).toBe(false);
    expect(place("L'éviction des États-Unis d'Afrique centrale profite à Wagner.", 'États-Unis')).toBe(false);
    expect(place("Les importations des États-Unis d'Asie ont chuté.", 'États-Unis')).toBe(false);
    expect(place("Le projet des États-Unis d'Afrique n'a jamais vu le jour.", 'États-Unis')).toBe(true);
    expect(place("L'idée des États-Unis d'Europe revient chez les fédéralistes.", 'États-Unis')).toBe(true);
  });
});
