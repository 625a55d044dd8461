/**
 * The word lists of address-shape.ts (AddressShape): compiled data, not engine code. The compiler puts
 * them in the matcher's record (matcher-compile.ts, Compiled.words) and makeMatcher hands them to
 * AddressShape, which builds its sets once; so the page's engine (page-matcher.js) does not carry them.
 * Each list is written as the engine reads it; the compiler folds those AddressShape reads folded
 * (all but READ_AS_WRITTEN), so that the page folds none of them. Marked
 * pure (the lists are built with split and spreads), so that a bundle that never reads them drops them.
 */
import { CITY_SIGN_WORDS } from './city-sign-words';

export const ADDRESS_WORDS = /* @__PURE__ */ (() => ({
  /** CitySigns' lists (city-sign-words.ts), which AddressShape hands it. */
  ...CITY_SIGN_WORDS,
  /**
   * US states and Canadian provinces (English and French names). Not Georgia, also a country's name, nor
   * Washington, also a capital (Beijing, Washington and Moscow): their abbreviations only.
   */
  stateNames: [
    ...['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida'],
    ...['Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland'],
    ...['Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada'],
    ...['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio'],
    ...['Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee'],
    ...['Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming'],
    ...['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Nova Scotia', 'Ontario', 'Quebec', 'Québec'],
    ...['Saskatchewan', 'Newfoundland', 'Caroline du Nord', 'Caroline du Sud', 'Virginie', 'Floride'],
    ...['Californie', 'Louisiane', 'Pennsylvanie'],
  ],
  /** Postal codes (upper case as written) and AP abbreviations. */
  stateAbbreviations: [
    ...'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND'.split(
      ' ',
    ),
    ...'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY ON QC BC AB MB NS NB SK'.split(' '),
    ...['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.'],
    ...['La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.'],
    ...['N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.'],
    ...['W.Va.', 'Wis.', 'Wyo.', 'Ont.', 'Que.'],
  ],
  /** Gazetteer nouns: a place so described is a small town, not a country or a capital. */
  townNouns: ['town', 'village', 'township', 'hamlet', 'borough', 'commune', 'bourg', 'bourgade', 'بلدة', 'قرية'],
  /** Also a city, which a country is not. */
  cityNouns: ['city', 'ville', 'مدينة'],
  /** Words that may stand between "a" and the gazetteer noun (a small town, une petite commune). */
  townAdjectives: ['small', 'tiny', 'little', 'rural', 'sleepy', 'petite', 'petit', 'modeste'],
  indefinite: ['a', 'an', 'une', 'un'],
  /** A definite article before a gazetteer noun in apposition (the town Rabat). */
  the: ['the'],
  of: ['of', 'de', 'd'],
  /** Words that coordinate a list (Washington, Morocco and Israel): the name before them is one of its items. */
  conjunctions: ['and', 'or', 'nor', 'et', 'ou', 'ni', '&'],
  /** Verbs and nouns of visiting, right before the name: the city is where one goes (visited Washington). */
  visits: [
    ...['visit', 'visits', 'visited', 'visiting', 'toured', 'reached', 'visité', 'visite', 'rejoint'],
    ...['زار', 'يزور', 'تزور', 'زيارة', 'وصل', 'وصلت', 'يصل', 'بلغ'],
  ],
  /**
   * Arabic verbs of visiting and arriving: a verb-first clause names its subject before its object
   * (زار وزير الخارجية واشنطن, سافر الوزير إلى واشنطن), so the verb governs a name up to ARABIC_REACH
   * words after it (travel verbs of `travel` through إلى).
   */
  arabicVisits: ['زار', 'يزور', 'تزور', 'زارت', 'وصل', 'وصلت', 'يصل', 'تصل'],
  /** Prepositions of direction; with a word of travel before them, the city is where one goes (flew to Washington). */
  towards: ['to', 'into', 'vers', 'a', 'pour', 'إلى', 'الى'],
  /** Words of travel (not "reports to Moscow", "closer to Beijing": those are the government). */
  travel: [
    ...['flew', 'fly', 'flies', 'flying', 'flight', 'flights', 'travel', 'travels', 'travelled', 'traveled'],
    ...['trip', 'trips', 'journey', 'visit', 'moved', 'move', 'moving', 'went', 'go', 'goes', 'going', 'came'],
    ...['come', 'comes', 'coming', 'returned', 'return', 'headed', 'heading', 'home', 'back', 'relocated'],
    ...['rendu', 'rendue', 'rendre', 'rend', 'voyage', 'retour', 'arrivé', 'arrivée', 'venu', 'venue', 'parti'],
    ...['partie', 'vol', 'déménagé', 'installé', 'installée', 'visite'],
    ...['سافر', 'سافرت', 'يسافر', 'توجه', 'توجهت', 'يتوجه', 'عاد', 'عادت', 'يعود', 'رحلة', 'زيارة', 'انتقل'],
    ...['وصل', 'وصلت', 'رحلات', 'العودة', 'عودته'],
  ],
  /** Prepositions that open a route (from Moscow to Beijing, de Moscou à Pékin). */
  from: ['from', 'de', 'depuis'],
  /** Prepositions that close it. */
  to: ['to', 'a', 'jusqu', "jusqu'a", 'jusqu’a'],
  /** Verbs that join two places as a line's ends (the train links Moscow to Beijing, relie Moscou à Pékin). */
  links: [
    'link',
    'links',
    'linking',
    'linked',
    'connects',
    'connecting',
    'connected',
    'relie',
    'relient',
    'reliant',
    'reliait',
  ],
  /**
   * Nouns of a way of travelling: before a route or a destination they make it one (the train from
   * Moscow to Beijing, the sleeper to Beijing, le trajet de Moscou à Pékin). Not "line", "ligne" or "road",
   * which a government has to another (a direct line to Washington).
   */
  routeNouns: [
    ...['train', 'trains', 'sleeper', 'railway', 'rail', 'bus', 'buses', 'coach', 'ferry', 'drive', 'ride', 'route'],
    ...['trajet', 'liaison', 'itinéraire', 'parcours', 'autocar', 'express'],
  ],
  /** Capitals whose name is also a US state's: after a town and a comma, the state (Pullman, Washington). */
  stateNamedCapitals: ['washington'],
  /** Prepositions after which "Town, Washington" is a town and its state, not a person and the government. */
  townPrepositions: ['in', 'at', 'from', 'near', 'outside', 'to', 'around', 'à'],
  /** Conjunctions that carry a list on after a comma. */
  listConjunctions: ['and', 'or', 'et', 'ou'],
  /** Place prepositions (Arabic ب is a proclitic, read on the name itself). */
  places: ['in', 'at', 'a', 'en', 'في'],
  /** The people who speak for a government: "officials in Washington" is the government. */
  spokespeople: [
    ...['officials', 'sources', 'diplomats', 'policymakers', 'lawmakers', 'administration', 'leaders', 'circles'],
    ...['responsables', 'diplomates', 'sources', 'dirigeants', 'milieux', 'cercles', 'décideurs'],
    ...['مسؤولون', 'مسؤولين', 'المسؤولين', 'مصادر', 'دوائر', 'أوساط', 'الدوائر', 'الأوساط', 'دبلوماسيون'],
    ...['دبلوماسيين', 'صناع', 'القرار'],
  ],
  /**
   * What a city holds, before the place preposition: its media, people, streets and buildings
   * ("newspapers in Washington", "reporters in Washington", وسائل إعلام في واشنطن, les journaux de
   * Washington is the venue rule's). There the capital is the city, whatever the window's story words.
   */
  located: [
    ...['media', 'newspapers', 'papers', 'press', 'reporters', 'journalists', 'correspondent', 'correspondents'],
    ...['residents', 'locals', 'streets', 'museums', 'hotels', 'restaurants', 'universities', 'bookshops'],
    ...['crowds', 'tourists', 'shops', 'cafés', 'cafes', 'hospitals', 'schools', 'traffic', 'weather'],
    ...['temperatures', 'températures', 'snow', 'neige', 'visitors', 'visiteurs', 'skyline', 'sights'],
    ...['médias', 'journaux', 'journalistes', 'correspondant', 'habitants', 'rues', 'musées', 'hôtels'],
    ...['restaurants', 'universités', 'librairies', 'touristes', 'foules', 'hôpitaux', 'écoles', 'météo'],
    ...['إعلام', 'الإعلام', 'صحف', 'الصحف', 'صحفيون', 'صحفيين', 'مراسل', 'مراسلو', 'سكان', 'شوارع', 'فنادق'],
    ...['جامعات', 'متاحف', 'مطاعم', 'مستشفيات', 'مدارس', 'السياح', 'سياح'],
    // its researchers, students; not فرق (also a government's teams: فرق من واشنطن لتدريب الجنود, mend19ar)
    ...['باحثين', 'باحثون', 'أكاديميين', 'أكاديميون', 'طلاب', 'طلبة'],
  ],
  /** Arabic prepositions of where people are or come from: باحثين من واشنطن، طلاب في واشنطن. */
  peopleFrom: ['من', 'في'],
  /**
   * Events held in a city, before the place preposition: "an AFRICOM course in Washington", « un
   * colloque à Washington », مؤتمر أمني بواشنطن (an Arabic adjective may stand between). The city, as
   * for `located`; only there (a city's possessive or frame reads `located` alone).
   */
  held: [
    ...['conference', 'conferences', 'course', 'courses', 'seminar', 'seminars', 'workshop', 'workshops'],
    ...['symposium', 'forum', 'exhibition', 'fair', 'festival', 'concert', 'summit', 'gala', 'training'],
    ...['conférence', 'colloque', 'séminaire', 'stage', 'formation', 'salon', 'exposition', 'festival'],
    ...['concert', 'sommet', 'forum', 'atelier'],
    ...['مؤتمر', 'ندوة', 'دورة', 'ورشة', 'معرض', 'مهرجان', 'قمة', 'منتدى', 'حفل', 'تدريب'],
  ],
  /** The agent of a passive, before a capital: paid and equipped by Washington, financé par Moscou. */
  by: ['by', 'par'],
  /**
   * Participles whose agent is a government (backed by Washington, financé par Moscou), beside `acts` and
   * `pressures`; a closed list, since a motion's "by" (stopped by Washington, passed by) names a place.
   * French ones in every agreement (soutenu, soutenue, soutenus, soutenues).
   */
  agentParticiples: [
    ...['backed', 'funded', 'financed', 'bankrolled', 'sponsored', 'paid', 'armed', 'equipped', 'trained'],
    ...['supported', 'approved', 'endorsed', 'sanctioned', 'condemned', 'criticised', 'criticized', 'imposed'],
    ...['brokered', 'mediated', 'hosted', 'vetoed', 'blocked', 'ordered', 'authorised', 'authorized', 'issued'],
    ...['recognised', 'recognized', 'rejected', 'signed', 'sold', 'supplied', 'provided', 'delivered', 'sent'],
    ...[
      ...['soutenu', 'financé', 'appuyé', 'armé', 'sanctionné', 'approuvé', 'condamné', 'critiqué', 'imposé'],
      ...['négocié', 'équipé', 'formé', 'parrainé', 'payé', 'signé', 'reconnu', 'rejeté', 'livré', 'fourni'],
      ...['vendu', 'envoyé', 'décidé', 'annoncé', 'dénoncé', 'salué', 'exigé', 'autorisé', 'bloqué'],
    ].flatMap((w) => [w, `${w}e`, `${w}s`, `${w}es`]),
  ],
  /**
   * The seats and bodies of a government: in the clause after ", where", they make it the government's
   * (in Washington, where the Pentagon weighed…), as do its acts (`acts`, `pressures`) and its people.
   */
  governmentNouns: [
    ...['administration', 'government', 'pentagon', 'congress', 'senate', 'kremlin', 'department'],
    ...['ministry', 'recognition', 'decision', 'decided', 'policy', 'weighed', 'debated', 'approved'],
    ...['gouvernement', 'pentagone', 'congrès', 'sénat', 'kremlin', 'ministère', 'département'],
    ...['reconnaissance', 'décision', 'politique', 'الإدارة', 'الحكومة', 'البنتاغون', 'الكونغرس', 'الكرملين'],
    ...['الخارجية', 'وزارة', 'الاعتراف', 'القرار'],
  ],
  /**
   * Of what a city holds, what a government may own or speak through: after its possessive or as its
   * frame's subject it stays the government's ("Moscow's media offensive", "Beijing's port in Djibouti", « À
   * Washington, le Congrès a voté »).
   */
  stateHeld: [
    ...['media', 'press', 'papers', 'newspapers', 'journalists', 'correspondent', 'correspondents', 'port'],
    ...['harbour', 'médias', 'presse', 'journaux', 'journalistes', 'correspondant', 'congrès', 'congress'],
  ],
  /** Determiners before a noun that opens a clause (À Pékin, le marathon…). */
  determiners: ['the', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'its', 'ses', 'sa', 'son'],
  /**
   * Nouns of a city's venues, events, services and growers, before "of"/"de" and the capital: "the Palace
   * of Exhibitions of Algiers", « Foire internationale d'Alger », « les producteurs de Washington ». A
   * government has none of these. (In Arabic the noun governs the name directly: arabic-shape.ts, cityPart.)
   */
  venues: [
    ...['palace', 'museum', 'university', 'stadium', 'airport', 'port', 'harbour', 'station', 'stations'],
    ...['metro', 'tramway', 'theatre', 'opera', 'hospital', 'mosque', 'cathedral', 'park', 'zoo', 'marathon'],
    ...['festival', 'bay', 'casbah', 'kasbah', 'medina', 'mayor', 'suburbs', 'streets', 'exhibitions'],
    ...['palais', 'foire', 'salon', 'musée', 'université', 'stade', 'aéroport', 'gare', 'métro', 'théâtre'],
    ...['opéra', 'hôpital', 'mosquée', 'cathédrale', 'parc', 'baie', 'médina', 'wilaya', 'wali', 'maire'],
    ...['mairie', 'banlieue', 'rues', 'expositions', 'congrès', 'conservatoire', 'bibliothèque', 'library'],
    ...['museums', 'subway', 'underground', 'airports', 'parks', 'musées', 'stades'],
    // its farms and growers, a state's as a city's (les producteurs de Washington: the state's, fr-blind21-054)
    ...['growers', 'farmers', 'producers', 'orchards', 'vineyards', 'winemakers', 'producteurs', 'agriculteurs'],
    ...['arboriculteurs', 'vergers', 'vignobles', 'vignerons', 'viticulteurs', 'éleveurs'],
  ],
  /**
   * Venue nouns that are also adjectives or verbs: a venue only when capitalised, as in a name ("the
   * International Fair of Algiers"), not "it would only be fair of Washington" (review14b, finding 5).
   */
  venueAlsoWords: ['fair'],
  /** Words inside a venue's name between its noun and the capital. */
  venueJoiners: [
    ...['of', 'the', 'de', 'des', 'du', 'la', 'le', 'les', 'international', 'internationale', 'national'],
    ...['nationale', 'grand', 'grande', 'central', 'centrale'],
  ],
  /**
   * Verbs of a government's acts (say, decide, approve, recognise, warn…) in the forms news uses with a
   * capital for subject: right after it in English and French (Washington approved, Washington a
   * reconnu, Pékin encourage), right before or after it in Arabic (رحبت واشنطن، واشنطن تعترف).
   */
  acts: [
    ...['said', 'says', 'announced', 'announces', 'approved', 'approves', 'decided', 'decides', 'recognised'],
    ...['recognized', 'recognises', 'recognizes', 'urged', 'urges', 'warned', 'warns', 'wants', 'wanted'],
    ...['insisted', 'insists', 'accused', 'accuses', 'signed', 'agreed', 'rejected', 'rejects', 'backed', 'backs'],
    ...['supports', 'supported', 'condemned', 'condemns', 'welcomed', 'welcomes', 'imposed', 'pledged'],
    ...['encouraged', 'encourages', 'pressed', 'demanded', 'demands', 'threatened', 'threatens', 'sees', 'views'],
    ...['undertook', 'undertakes', 'promised', 'promises', 'vowed', 'vows', 'pledges', 'committed'],
    ...['annonce', 'approuve', 'reconnaît', 'reconnait', 'décide', 'encourage', 'soutient', 'dénonce', 'exige'],
    ...['menace', 'presse', 'souhaite', 'veut', 'insiste', 'accuse', 'estime', 'considère', 'salue', 'condamne'],
    ...['annoncé', 'approuvé', 'reconnu', 'décidé', 'encouragé', 'soutenu', 'dénoncé', 'exigé', 'menacé'],
    ...['signé', 'salué', 'condamné', 'accusé', 'averti', 'donné', 'imposé', 'promis', 'rejeté'],
    ...['أعلنت', 'قالت', 'قررت', 'وافقت', 'رحبت', 'أكدت', 'دعت', 'طالبت', 'حذرت', 'اعترفت', 'تعترف', 'تدعم'],
    ...['ترحب', 'تؤكد', 'تدعو', 'تطالب', 'تحذر', 'تعلن', 'ترفض', 'رفضت', 'وقعت', 'أدانت', 'تدين', 'تعتبر'],
    // What a government gives, sends, sells or seeks (Pékin fournit du matériel, Moscow sends instructors).
    ...['sends', 'sent', 'supplies', 'supplied', 'sells', 'sold', 'arms', 'funds', 'funded', 'finances'],
    ...['financed', 'provides', 'provided', 'delivers', 'delivered', 'seeks', 'sought'],
    ...['fears', 'feared', 'opposes', 'opposed', 'denies', 'denied', 'deploys', 'deployed', 'recalled'],
    ...['fournit', 'livre', 'vend', 'arme', 'finance', 'envoie', 'cherche', 'craint'],
    ...['refuse', 'rejette', 'nie', 'dément', 'courtise', 'déploie', 'redoute', 'mise', 'fourni', 'livré'],
    ...['vendu', 'envoyé', 'refusé', 'rappelé', 'déployé'],
    // It renews or restates its stance (Washington renouvelle son soutien: blind15).
    ...['renews', 'renewed', 'reaffirms', 'reaffirmed', 'reiterates', 'reiterated', 'restates', 'restated'],
    ...['renouvelle', 'réaffirme', 'réitère', 'renouvelé', 'réaffirmé', 'réitéré', 'maintient'],
    ...['جددت', 'تجدد', 'جدد', 'يجدد'],
    ...['تزود', 'زودت', 'ترسل', 'أرسلت', 'تبيع', 'باعت', 'تقدم', 'قدمت', 'تسعى', 'سعت', 'تخشى', 'تدرس'],
    ...['تعتزم', 'تنفي', 'نفت', 'تسحب', 'سحبت', 'تنشر', 'نشرت', 'تستغل'],
  ],
  /**
   * Verbs whose object is a government, right before the capital: pressure, blame, courtship,
   * exclusion (urged Washington, accused Moscow, pushing Washington out, courtise Moscou, évincent
   * Washington). A city is visited, left or reached (`visits`, `travel`), not urged or courted.
   */
  pressures: [
    ...['urged', 'urges', 'urging', 'pressed', 'pressing', 'pressured', 'pressuring', 'warned', 'warns'],
    ...['warning', 'accused', 'accuses', 'accusing', 'courted', 'courts', 'courting', 'pushing', 'pushed'],
    ...['push', 'pushes', 'squeezing', 'squeezed', 'crowding', 'crowded', 'edging', 'edged', 'driving'],
    ...['forcing', 'forced', 'isolating', 'isolated', 'snubbed', 'snubbing', 'rebuked', 'criticised'],
    ...['criticized', 'blamed', 'blames', 'lobbied', 'lobbying', 'persuade', 'persuaded', 'convince'],
    ...['convinced', 'reassure', 'reassured', 'reassuring', 'defied', 'defying', 'challenged', 'challenging'],
    ...['exhorte', 'exhortent', 'pressent', 'accusent', 'courtisent', 'pousse', 'poussent', 'chasse'],
    ...['chassent', 'évince', 'évincent', 'ménage', 'ménagent', 'défie', 'défient', 'rassure', 'rassurent'],
    ...['critique', 'critiquent', 'courtiser', 'pousser', 'évincer', 'presser'],
  ],
  /** Seats of government named for the government, besides capitals (the Kremlin), folded. */
  seats: ['Kremlin', 'the Kremlin', 'le Kremlin', 'الكرملين'],
  /**
   * Words of a relation between states, right before the preposition that governs the capital: the
   * capital is the other party's government (se rapprochant de Moscou, rapprochement avec Moscou,
   * pivoted to Moscow, closer ties with Beijing, التقارب مع موسكو). A city is visited, not courted.
   */
  relations: [
    ...['rapprochant', 'rapproché', 'rapprochée', 'rapprochés', 'rapprochées', 'rapprocher', 'rapproche'],
    ...['rapprochent', 'rapprochement', 'alignement', 'aligné', 'alignée', 'alignés', 'liens', 'partenariat'],
    ...['pivot', 'pivoted', 'pivoting', 'pivots', 'tilt', 'tilted', 'tilting', 'ties'],
    ...['alignment', 'aligned', 'aligning', 'aligns', 'partnership', 'relations', 'alliance', 'allied', 'sided'],
    ...['التقارب', 'العلاقات', 'التحالف', 'الشراكة', 'التعاون'],
  ],
  /**
   * Words of a dealing with a state, before "with" / avec / مع only (tension with Beijing, talks with
   * Moscow, la crise avec Alger, الأزمة مع الجزائر): "the Washington agreement" may be the city's.
   */
  dealings: [
    ...['tension', 'tensions', 'dispute', 'disputes', 'rift', 'crisis', 'conflict', 'talks', 'negotiations'],
    ...['deal', 'agreement', 'crise', 'conflit', 'brouille', 'dialogue', 'négociations', 'accord', 'différend'],
    ...['التوتر', 'الأزمة', 'الخلاف', 'المفاوضات', 'الحوار', 'اتفاق'],
  ],
  with: ['with', 'avec', 'مع'],
  /**
   * What a government decides, holds or gives, governing the capital: in an Arabic construct (قرار واشنطن),
   * before de (la décision de Washington) or after its possessive (Moscow's decision).
   */
  stanceNouns: [
    ...['decision', 'stance', 'position', 'policy', 'support', 'recognition', 'response', 'backing', 'pressure'],
    'push',
    ...['décision', 'politique', 'soutien', 'reconnaissance', 'réponse', 'appui', 'pression', 'revirement'],
    ...['قرار', 'موقف', 'سياسة', 'دعم', 'اعتراف', 'ضغوط'],
  ],
  /** The prepositions between a relation's word and its party (de, avec, with, to, مع). */
  relationPreps: ['de', 'd', 'avec', 'with', 'to', 'towards', 'toward', 'vers', 'مع'],
  /** The stances a government holds, within STANCE_REACH words of its copula. */
  stances: [
    ...['breach', 'violation', 'committed', 'determined', 'opposed', 'prepared', 'willing', 'unwilling'],
    ...['engagé', 'engagée', 'opposé', 'opposée', 'déterminé', 'déterminée', 'hostile', 'favorable', 'attaché'],
  ],
}))();

/** The lists as the record carries them. */
export type AddressWords = { readonly [K in keyof typeof ADDRESS_WORDS]: readonly string[] };

/**
 * The lists AddressShape matches as written (state names and abbreviations, the small words of an
 * address); the record carries the others folded (engine-words.ts: recordWords).
 */
export const READ_AS_WRITTEN: readonly (keyof AddressWords)[] = [
  'stateNames',
  'stateAbbreviations',
  'townAdjectives',
  'indefinite',
  'the',
  'of',
  'conjunctions',
  'stateNamedCapitals',
  'townPrepositions',
  'listConjunctions',
  'by',
  'determiners',
  'venueAlsoWords',
  'sightTriggers',
  'sightPairFirsts',
  'seatSightVerbs',
  'seatCopulas',
  'seatReported',
  'seatAuxiliaries',
  'seatPerfect',
  'seatAdverbs',
  'seatReflexive',
  'seatIrregular',
  'seatNotVerbs',
  'seatPrepositions',
];
