/**
 * The word lists of city-signs.ts (CitySigns): compiled data, not engine code. They travel with
 * AddressShape's lists (address-words.ts spreads them in), so the compiler puts them in the matcher's
 * record folded, the trigger lists as written (READ_AS_WRITTEN), and page-matcher.js does not carry
 * them. Marked pure, so that a bundle that never reads them drops them.
 */
import { foldString } from './normalise';
import { SEAT_VERB_WORDS } from './seat-verb-words';

export const CITY_SIGN_WORDS = /* @__PURE__ */ (() => {
  /** Weather words (a bulletin's); two distinct in a sentence, one near the name, make it a bulletin. */
  const weather = [
    ...['weather', 'forecast', 'forecasts', 'snow', 'showers', 'rain', 'sunny', 'cloudy', 'highs', 'lows'],
    ...['temperatures', 'temperature', 'thunderstorms', 'drizzle', 'frost', 'humidity', 'heatwave'],
    ...['météo', 'prévisions', 'averses', 'pluie', 'pluies', 'neige', 'ensoleillé', 'nuageux', 'couvert', 'ciel'],
    ...['maximales', 'minimales', 'températures', 'orages', 'orageuses', 'canicule', 'vents', 'brouillard'],
    // Arabic without its article (read without it: arabicBare).
    ...['طقس', 'أرصاد', 'أمطار', 'ثلوج', 'رياح', 'غائم', 'مشمس', 'حرارة', 'عظمى', 'صغرى', 'زخات'],
  ];
  /** A visitor's words and a sight's common nouns: for the Kremlin only (a capital has museums of its own). */
  const sightWords = [
    ...['Armoury', 'Armory', 'cathedrals', 'cathedral', 'tourists', 'tourist', 'sightseeing', 'museum', 'tour'],
    // The fortress itself: its walls, towers, bricks and tickets (travel and history pages, blind20).
    ...['walls', 'wall', 'towers', 'fortress', 'citadel', 'tickets', 'visitors', 'brick', 'bricks', 'rebuilt'],
    ...['cathédrale', 'cathédrales', 'touristes', 'musée', 'visitent', 'murailles', 'muraille', 'remparts'],
    ...['forteresse', 'citadelle', 'billets', 'visiteurs', 'briques', 'rebâti'],
    ...['كاتدرائية', 'كاتدرائيات', 'سياح', 'متحف', 'سفر', 'سور', 'أسوار', 'أبراج', 'قصور', 'حصن', 'قلعة', 'تذاكر'],
    ...['زوار', 'طوب', 'برج', 'برجا', 'سياحي', 'سياحية', 'سياحة'],
  ];
  /** A building's signs, which back a weak sight word: built, a century, stands at (شيدت في القرن، يقع). */
  const sightSupport = [
    ...['شيدت', 'شيد', 'قرن', 'يقع', 'تقع', 'ويقع', 'وتقع', 'ترميم', 'زرنا', 'جولة', 'أبوابه', 'أبوابها'],
  ];
  /** Moscow's named sights: for a capital too (À Moscou, la place Rouge…). */
  const sightNames = ['Bolshoi', 'Bolchoï', 'Saint-Basile', 'بولشوي'];
  /** Sights of two words, joined by a space (Red Square, but not the Red Army nor red lines). */
  const sightPairs = [
    ...['red square', 'place rouge', 'st basil', 'saint basil', 'الساحة الحمراء', 'alexander garden'],
    ...['tsar bell', 'tsar cannon', 'cathedral square'],
    ...['jardin alexandre', 'حديقة ألكسندر', 'مدفع القيصر', 'جرس القيصر'],
  ];
  return {
    /** seatVerb's lists (seat-verb-words.ts), which CitySigns hands it; as written (READ_AS_WRITTEN). */
    ...SEAT_VERB_WORDS,
    weather,
    sightWords,
    sightSupport,
    sightNames,
    sightPairs,
    /**
     * The words that may start a sentence's verdict, as written in lower case and folded: a word of the
     * text is folded only when its lower case is one of these (most sentences have none). As written.
     */
    sightTriggers: [
      ...weather,
      ...sightWords,
      ...sightSupport,
      ...sightNames,
      ...sightPairs.map((w) => w.split(' ')[1]!),
    ].flatMap((w) => [w.toLowerCase(), foldString(w)]),
    /** The first words of the pairs as written: their first letters may start a verdict too. */
    sightPairFirsts: sightPairs.map((w) => w.split(' ')[0]!),
    /** Particles that open a clause, after which the name is its subject (أن الكرملين يرد). */
    clauseOpeners: ['أن', 'إن', 'ان', 'لكن', 'بينما', 'كما', 'لأن', 'حيث', 'فيما'],
    /** Words in ي after the name that are no act of the government: the building's verbs, a day, a month. */
    notHis: [
      ...['يقع', 'يضم', 'يفتح', 'يغلق', 'يطل', 'يعود', 'يحتوي', 'يمتد', 'يحيط', 'يعد', 'يبلغ'],
      ...['يوم', 'يومي', 'يومين', 'يونيو', 'يوليو', 'يناير'],
    ],
    /**
     * A government's measures and acts `acts` lacks, read anywhere in the sentence: a ban on tourist visas,
     * حظر السفر, « le Kremlin interdit aux touristes… », Moscow hosted ministers.
     */
    seatActs: [
      'متحدث',
      ...['spokesman', 'spokeswoman', 'porte-parole'],
      ...['ban', 'bans', 'banned', 'rules', 'eased', 'suspended', 'ordered', 'hosted', 'sanctions', 'visa', 'visas'],
      ...['announcing', 'interdit', 'interdire', 'suspendu', 'suspend', 'annoncer', 'annonce', 'sanctions'],
      ...['حظر', 'فرض', 'فرضت', 'تأشيرة', 'تأشيرات', 'عقوبات'],
    ],
    /** seatActs that are a government's measures or people, not verbs: the seat's wherever they stand. */
    seatMeasures: [
      ...['spokesman', 'spokeswoman', 'porte-parole', 'ban', 'bans', 'sanctions', 'visa', 'visas', 'interdit'],
    ],
    /** Auxiliaries of a passive right before an act: "tickets … are sold", « les billets sont vendus ». */
    passives: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'est', 'sont', 'été', 'fut', 'furent'],
    /**
     * A relation or dealing named beside a hyphen compound of two capitals, or of the Kremlin and a person:
     * the governments' (the Moscow-Haftar alliance, the Kremlin-Prigozhin feud).
     */
    compoundRelations: [
      ...['axis', 'alliance', 'ties', 'relations', 'talks', 'partnership', 'pact', 'deal', 'summit', 'rapprochement'],
      ...['feud', 'rift', 'standoff', 'clash', 'dispute', 'row', 'meeting', 'agreement', 'channel', 'line'],
      ...['axe', 'alliance', 'relations', 'liens', 'entente', 'accord', 'partenariat', 'pacte', 'sommet'],
      ...['bras', 'différend', 'brouille', 'rencontre', 'conflit', 'rupture'],
    ],
    /**
     * An event named by its city: in Arabic right before it (نهائي موسكو), or before its de/of (la finale de
     * Moscou, the final of Moscow); an English or French one right before it is another phrase's end
     * ("Before the Olympics Moscow had sent…").
     */
    eventsBefore: [
      ...['final', 'finale', 'derby', 'JO', 'Jeux', 'olympiques', 'Olympics', 'Games', 'marathon', 'tournoi'],
      ...['نهائي', 'ديربي', 'أولمبياد'],
    ],
  };
})();

/** The lists as the record carries them. */
export type CitySignWords = { readonly [K in keyof typeof CITY_SIGN_WORDS]: readonly string[] };
