import type { ForeignRule } from './foreign-qualifier';

/** Per entity, its rule (the record's `ownCountries`). */
export type OwnCountries = Readonly<Record<string, ForeignRule>>;

/**
 * Per entity of the bundled pack: the countries that are its own (codes of country-table.ts) and the
 * qualifier shapes that mark another country's namesake (foreign-qualifier.ts). The story's
 * countries (the United States, Morocco) are own for every entity listed; an entity not listed is
 * never checked. Locative qualifiers (`at`) only where the entity does not act abroad: AFRICOM,
 * the Marines or the Africa Corps in Niger are the story's own; an embassy or a joint staff in
 * another capital is not.
 */
/** The story's countries (the United States, Morocco): own to every entity listed here. */
export const STORY_COUNTRIES: readonly string[] = ['us', 'ma'];
/**
 * The pack's entities that place a page in the story (its countries, the territory, the exercise, the
 * US forces in it): a page that names one is the story's, whatever country it opens with.
 */
export const STORY_IDS: readonly string[] = [
  'united-states',
  'morocco',
  'rabat',
  'western-sahara',
  'polisario-front',
  'african-lion',
  'africom',
  'us-marine-corps',
  'us-embassy-morocco',
];
const INSTITUTION: ForeignRule['relations'] = ['before', 'nameBefore', 'after', 'of'];
/** The Sahel's own states, the belt from the Atlantic to the Red Sea. */
const SAHEL_STATES = ['sn', 'gm', 'mr', 'ml', 'bf', 'ne', 'ng', 'td', 'sd', 'er', 'cm'];
/** The Sahara's states, from the Atlantic to the Red Sea (Morocco and Western Sahara are own). */
const SAHARA_STATES = ['dz', 'tn', 'ly', 'eg', 'mr', 'ml', 'ne', 'td', 'sd'];

/** The FAR's usual ground in Morocco and the territory, one word each (Tan-Tan is two folded words). */
const FAR_HOME = [
  'Dakhla',
  'Guerguerat',
  'Mahbes',
  'Tifariti',
  'Amgala',
  'Laayoune',
  'Laâyoune',
  'Smara',
  'Benguerir',
  'Agadir',
  'Kénitra',
  'Haouz',
  'الداخلة',
  'الكركرات',
  'المحبس',
  'تيفاريتي',
  'أمغالا',
  'العيون',
  'السمارة',
  'طانطان',
  'بنجرير',
];

/**
 * Compiled data, not engine code: the compiler puts it in the matcher's record (engine-words.ts), and
 * makeMatcher compiles each rule from there, so page-matcher.js does not carry it. Marked pure, so that a
 * bundle that never reads it drops it.
 */
export const OWN_COUNTRIES: OwnCountries = /* @__PURE__ */ (() => {
  const STORY = [...STORY_COUNTRIES];
  return {
    africom: { own: STORY, relations: ['before', 'after', 'of'] },
    'joint-chiefs-of-staff': { own: STORY, relations: [...INSTITUTION, 'at'] },
    // المارينز is a plural of men: a plural nisba after it qualifies it (المارينز البريطانيون).
    'us-marine-corps': { own: STORY, relations: [...INSTITUTION, 'afterPlural'] },
    'us-embassy-morocco': { own: STORY, relations: ['before', 'after', 'of', 'at'] },
    // An army at home: a generic title (Royal Armed Forces, les FAR) on a page framed by a country whose
    // army bears it too is that country's: Thailand's, Cambodia's, Malaysia's, Brunei's royal forces,
    // Rwanda's former FAR, Cuba's FAR.
    // Its usual ground (the pack's context places) says the page is the story's after all.
    'far-morocco': {
      own: STORY,
      relations: INSTITUTION,
      frames: ['th', 'kh', 'my', 'bn', 'rw', 'cu'],
      home: FAR_HOME,
    },
    // Russia's; the German Afrika Korps is a namesake.
    'africa-corps': { own: [...STORY, 'ru'], relations: ['before', 'after'] },
    // Russia's (Russia's Wagner mercenaries: the group only). No qualifier shape: the group acts abroad, and
    // "Syrian Wagner recruits", « Wagner malien » are the story's.
    'wagner-group': { own: [...STORY, 'ru'], relations: [] },
    // Spanish Sahara was the territory's colonial name.
    // A desert located from another country's place (الصحراء شمال الرياض) is that country's; Mauritania's north
    // and Algeria's west may be the territory itself.
    'western-sahara': {
      own: [...STORY, 'es', 'eh'],
      relations: ['before', 'after', 'of', 'side'],
      beside: ['mr', 'dz'],
    },
    // The desert: a Saharan country's Sahara (Algerian, nigérien, الليبية) is it, but for the territory's
    // own; another country's is another desert (the Australian desert, الصحراء السعودية).
    'sahara-desert': {
      own: [...STORY, 'es', 'eh'],
      relations: ['before', 'after', 'of', 'side'],
      means: 'this',
      spans: SAHARA_STATES,
    },
    // A Sahel in Kuwait or Oman (منطقة الساحل بالكويت) is a district there; a conference on the Sahel
    // in Paris is not: `within`, a country's name only.
    sahel: { own: [...STORY, ...SAHEL_STATES], relations: ['before', 'after', 'of', 'within'] },
    // Rabat, Malta. Not `at`: the envoy of Rabat in Paris is Rabat acting abroad; "Rabat (Malte)" is
    // an address, read by address-shape.ts.
    rabat: { own: STORY, relations: ['after', 'of'] },
    // French and Spanish Morocco were Morocco under the protectorates.
    morocco: { own: [...STORY, 'fr', 'es'], relations: ['after'] },
    // الولايات المتحدة المكسيكية, the United States of Brazil.
    'united-states': { own: STORY, relations: ['after', 'of'] },
    'us-recognition-western-sahara': { own: STORY, relations: ['before', 'nameBefore'] },
    'treaty-of-friendship-1786': { own: STORY, relations: ['before', 'with'] },
    'michael-langley': { own: STORY, relations: ['before', 'after'] },
    'dagvin-anderson': { own: STORY, relations: ['before', 'after'] },
    'mark-milley': { own: STORY, relations: ['before', 'after'] },
  };
})();
