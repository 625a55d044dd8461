/**
 * The closed word lists of name-shape.ts (namesAnotherThing's reads): compiled data, not engine code. The
 * compiler puts them in the matcher's record as written (engine-words.ts), makeMatcher hands them to
 * shapeCountries; so page-matcher.js does not carry them. Marked pure, so that a bundle that never reads
 * them drops them.
 */

export interface NameShapeWords {
  organisationForms: readonly string[];
  tradeHeads: readonly string[];
  facilityNouns: readonly string[];
  eventNouns: readonly string[];
  brandHeads: readonly string[];
  compoundHeads: readonly string[];
}

export const NAME_SHAPE_WORDS: NameShapeWords = /* @__PURE__ */ (() => ({
  /**
   * Legal and organisational forms that close a company's or a body's name: the capitalised words
   * from the alias up to one of them are one other name (Sahara Group, Apache Corporation, Sahara
   * Power Group, Apache Software Foundation). A closed class, in English and French.
   */
  organisationForms: [
    'AG',
    'BV',
    'Co',
    'Company',
    'Corp',
    'Corporation',
    'Foundation',
    'Fondation',
    'GmbH',
    'Group',
    'Groupe',
    'Holding',
    'Holdings',
    'Inc',
    'Incorporated',
    'LLC',
    'Limited',
    'Ltd',
    'NV',
    'PLC',
    'Plc',
    'SA',
    'SARL',
    'SAS',
  ],
  /**
   * A travel trade's heads, which close a company's name the same way (Morocco Desert Trips, Maroc Atlas Tours:
   * blind18), but not in a hashtag, where they are its topic (#MoroccoTravel). Right after the name only after a
   * company's sign (name-shape.ts: COMPANY_BEFORE) or another pack name (Morocco Sahara Tours): else a title-case headline's verb or topic, "Gen. Langley Travels to
   * Morocco", "Morocco Travel: What You Need to Know", "Morocco Trips for Families" (rev18).
   */
  tradeHeads: ['Tours', 'Trips', 'Travel', 'Travels', 'Voyages', 'Excursions', 'Expeditions'],
  /**
   * Nouns of a facility or a place that close a name the same way: a place named after someone or
   * something (Langley Air Force Base, Langley Research Center, Washington County, Apache Junction's
   * neighbour Apache County). A closed class.
   */
  facilityNouns: [
    'Academy',
    'Airport',
    'Avenue',
    'Base',
    'Boulevard',
    'Bridge',
    'Center',
    'Centre',
    'College',
    'County',
    'District',
    'Field',
    'Hospital',
    'Park',
    'Road',
    'School',
    'Stadium',
    'Street',
    'Township',
    'University',
  ],
  /**
   * Nouns of a race or a sporting event that close an institution's name the same way: the event named after
   * it (Marine Corps Marathon, Air Force Marathon), not the institution. Right after the name only: a headline's
   * verb between says what the institution did ("U.S. Marines Win Relay"). Not after a place, whose race is
   * still the city's (the Rabat Marathon), nor after an event's name, whose race is held within it (the African
   * Lion Relay).
   */
  eventNouns: ['Marathon', 'Ultramarathon', 'Relay', 'Triathlon', 'Regatta'],
  /**
   * The nouns that head a brand, a paper or a federation opened by a country's acronym (USA Today, USA
   * Network, USA Gymnastics): a sport, a medium, a day. Any other capitalised word after the acronym is as
   * often a sentence-case headline's verb ("USA Confirms new arms sale"), a date (« les USA Mardi ») or
   * another name's word (« Maroc-USA Défense »): the country.
   */
  brandHeads: [
    ...['Today', 'Network', 'Weekend', 'Radio', 'Magazine', 'Channel'],
    ...['Athletics', 'Baseball', 'Basketball', 'Boxing', 'Cricket', 'Cycling', 'Fencing', 'Football', 'Golf'],
    ...['Gymnastics', 'Hockey', 'Judo', 'Lacrosse', 'Rowing', 'Rugby', 'Sailing', 'Soccer', 'Softball'],
    ...['Swimming', 'Taekwondo', 'Tennis', 'Triathlon', 'Volleyball', 'Weightlifting', 'Wrestling'],
  ],
  /**
   * Nouns a compound of two people or parties stands before (the Milley-Bourita talks, la rencontre
   * Langley-Bourita reads the other way round): the hyphened word is then the other side's name.
   */
  compoundHeads: [
    ...['talks', 'meeting', 'meetings', 'summit', 'call', 'visit', 'axis', 'feud', 'ties', 'deal', 'pact', 'accord'],
    ...['agreement', 'partnership', 'rift', 'split', 'handover', 'relationship', 'channel', 'meet'],
    ...['entretien', 'entretiens', 'rencontre', 'réunion', 'entrevue', 'sommet', 'axe', 'tête-à-tête'],
  ],
}))();
