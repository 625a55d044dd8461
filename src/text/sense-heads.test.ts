import { describe, expect, it } from 'vitest';
import { ACCEPT, REJECT, UNDECIDED } from './context';
import { buildMatcher, createPageState } from './matcher';
import { foldString, normalise } from './normalise';
import { BesideHeads, MAX_BEFORE, SenseHeads } from './sense-heads';
import { SENSE_HEADS } from './sense-head-words';
import bundled from '../pack/bundled-pack.json';
import type { Pack } from './pack-types';
import { bundledMatcher, pageMentions } from '../pack/bundled-test-pack';

const heads = new SenseHeads(SENSE_HEADS);

/** The entity whose word governs the first occurrence of `name` in `text` (starting at its written token). */
function head(text: string, name: string): string | null {
  const folded = normalise(text).text;
  const s = folded.indexOf(foldString(name));
  if (s < 0) throw new Error(`${name} not in ${text}`);
  const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
  return heads.headOf(chars, chars.length, s, s + foldString(name).length);
}

describe('SenseHeads', () => {
  it('reads the word that governs the name before it, the nearest first', () => {
    expect(head('Lorries cross the Sahara in four days.', 'Sahara')).toBe('sahara-desert');
    expect(head('Paris weighs in on the dispute over the Sahara.', 'Sahara')).toBe('western-sahara');
    expect(head('Le dossier du Sahara reste ouvert.', 'Sahara')).toBe('western-sahara');
    expect(head('Ils ont dormi au cœur du Sahara.', 'Sahara')).toBe('sahara-desert');
    // The nearest word wins: the heart of the file is the file.
    expect(head('au cœur du dossier du Sahara', 'Sahara')).toBe('western-sahara');
  });

  it("reads the noun of a copula's predicate, before any preposition (redteam17 class 7)", () => {
    expect(head("The Moroccan Sahara is the kingdom's top priority, the minister said.", 'Moroccan Sahara')).toBe(
      'western-sahara',
    );
    expect(head('Le Sahara marocain reste la priorité absolue du royaume.', 'Sahara marocain')).toBe('western-sahara');
    expect(head('Pour le palais, le Sahara est une question existentielle.', 'Sahara')).toBe('western-sahara');
    expect(head('Le Sahara marocain est une mer de dunes dorées.', 'Sahara marocain')).toBeNull();
    expect(head('The Sahara is a sea of dunes.', 'Sahara')).toBeNull();
    // The head after a preposition governs another noun: the heart is the dispute's.
    expect(head('The Sahara is at the heart of the dispute.', 'Sahara')).toBeNull();
    expect(head('Le Sahara est au cœur du conflit.', 'Sahara')).toBeNull();
    // Not past a comma, and a copula's subject is no predicate: "the priority is the Sahara".
    expect(head('The Sahara, is it a priority?', 'Sahara')).toBeNull();
    expect(head('Our first stop this season is the Sahara.', 'Sahara')).toBeNull();
  });

  it('reads what lies south or north of the Sahara as the desert (blind15)', () => {
    expect(head('une bande semi-aride de 6 000 km au sud du Sahara, de l’Atlantique à la mer Rouge', 'Sahara')).toBe(
      'sahara-desert',
    );
    expect(head('Malaria kills more children south of the Sahara than anywhere else.', 'Sahara')).toBe('sahara-desert');
    expect(head('يعتمد سكان أفريقيا جنوب الصحراء على الزراعة', 'الصحراء')).toBe('sahara-desert');
    // A nearer word of the conflict still wins, and a direction in another clause says nothing.
    expect(head('au sud, le dossier du Sahara reste ouvert', 'Sahara')).toBe('western-sahara');
    expect(head('Il vit au sud. Le Sahara fascine.', 'Sahara')).toBeNull();
    // Only right before of/du and the bare name: not Morocco's south and the Sahara, nor a longer name.
    expect(head("Morocco's south and the Sahara", 'Sahara')).toBeNull();
    expect(head('Laayoune, in the south of the Moroccan Sahara, hosts a consulate.', 'Moroccan Sahara')).toBeNull();
    expect(head('Dakhla, dans le sud du Sahara marocain, accueille un consulat.', 'Sahara marocain')).toBeNull();
    expect(head('تقع الداخلة في جنوب الصحراء المغربية', 'الصحراء')).toBeNull();
  });

  it('allows Arabic proclitics and the article on the governing word', () => {
    expect(head('صار المعبر رمزا لنزاع الصحراء منذ سنوات', 'الصحراء')).toBe('western-sahara');
    expect(head('أكد الوزير دعم بلاده لمغربية الصحراء', 'الصحراء')).toBe('western-sahara');
    expect(head('تمتد الكثبان في أعماق الصحراء', 'الصحراء')).toBe('sahara-desert');
    expect(head('يعبر الرحالة الصحراء على الجمال', 'الصحراء')).toBe('sahara-desert');
    // يعبر عن: expresses, not crosses.
    expect(head('يعبر عن رأيه في الصحراء', 'الصحراء')).toBeNull();
  });

  it('reads the word after a Latin name (a compound), not the adjective after an Arabic one', () => {
    expect(head('Washington is the capital that matters on the Sahara file.', 'Sahara')).toBe('western-sahara');
    expect(head('Sahara dust reached Madrid on Tuesday.', 'Sahara')).toBe('sahara-desert');
    expect(head('زار السياح الصحراء المغربية في الربيع', 'الصحراء')).toBeNull();
    // A comma ends the compound: the word after it belongs to the next clause.
    expect(head('They saw the Sahara, dust and all.', 'Sahara')).toBeNull();
  });

  it('reads the verb of a relative clause on the name', () => {
    expect(head('Il aimait le Sahara, qu’il parcourait chaque hiver.', 'Sahara')).toBe('sahara-desert');
    expect(head('the Sahara, which they crossed in a week', 'Sahara')).toBe('sahara-desert');
    expect(head('le Sahara, que revendique Rabat', 'Sahara')).toBeNull();
  });

  it('stops at the end of the clause and after MAX_BEFORE words', () => {
    expect(head('The dispute is old, but the Sahara is still beautiful.', 'Sahara')).toBeNull();
    const far = ['crossing', ...Array<string>(MAX_BEFORE).fill('word'), 'Sahara'].join(' ');
    expect(head(far, 'Sahara')).toBeNull();
    const near = ['crossing', ...Array<string>(MAX_BEFORE - 1).fill('word'), 'Sahara'].join(' ');
    expect(head(near, 'Sahara')).toBe('sahara-desert');
  });

  it('accepts for the entity whose word it is, rejects for its rival, and knows nothing otherwise', () => {
    const folded = normalise('They crossed the Sahara.').text;
    const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
    const s = folded.indexOf('sahara');
    expect(heads.verdict('sahara-desert', chars, chars.length, s, s + 6)).toBe(ACCEPT);
    expect(heads.verdict('western-sahara', chars, chars.length, s, s + 6)).toBe(REJECT);
    const plain = normalise('They talked of the Sahara.').text;
    const p = Uint16Array.from(plain, (c) => c.charCodeAt(0));
    expect(heads.verdict('sahara-desert', p, p.length, plain.indexOf('sahara'), plain.indexOf('sahara') + 6)).toBe(
      UNDECIDED,
    );
    expect(heads.has('western-sahara')).toBe(true);
    expect(heads.has('africom')).toBe(false);
  });

  it('rejects a word listed for two rival entities', () => {
    expect(() => new SenseHeads({ a: ['dune'], b: ['Dune'] })).toThrow(/dune/i);
  });
});

describe('sense heads in the engine', () => {
  const decided = (parts: readonly string[]): string[] => pageMentions(...parts);

  it('decides each mention of a mixed page by its own governing word, whatever the page says', () => {
    expect(
      decided([
        'Le dossier du Sahara sera discuté à New York en octobre.',
        'Pendant ce temps, des marcheurs ont traversé le Sahara avec leurs guides.',
      ]),
    ).toEqual(['Sahara=western-sahara', 'Sahara=sahara-desert']);
    expect(decided(['تعبر القوافل الصحراء منذ قرون.', 'ويبقى ملف الصحراء حاضرا في كل نقاش سياسي في الرباط.'])).toEqual([
      'الصحراء=sahara-desert',
      'الصحراء=western-sahara',
      'الرباط=rabat',
    ]);
  });

  it('leaves a name of one sense alone to its own rule, whatever the rival word governing it', () => {
    // قلب is a desert word, but the Southern Provinces are only the territory's name: its window
    // (no word either way here) leaves it to the page, no rejected vote.
    const found = bundledMatcher.find(
      'افتتحت الوزارة مستشفى جامعيا في قلب الأقاليم الجنوبية هذا الخريف',
      createPageState(),
    );
    expect(found.map((m) => [m.text, m.entityId, m.sense])).toEqual([
      ['الأقاليم الجنوبية', 'western-sahara', 'pending'],
    ]);
  });

  it('gives a shared name its window rejects for one sense and leaves open to the other sense', () => {
    // زاكورة vetoes the territory; the desert's own rule has no word here.
    expect(decided(['يفضل المرشدون زيارة الصحراء المغربية قرب زاكورة في الربيع'])).toEqual([
      'الصحراء المغربية=sahara-desert',
    ]);
  });

  it('reads the rival rule both ways, whichever sense the pack lists first', () => {
    // Two rivals sharing "Sahara": one with a veto word and one without a word either way here.
    const entity = (id: string, vetoes: string[]): Pack['entities'][number] => ({
      id,
      category: 'place',
      names: {},
      aliases: { en: [{ text: 'Sahara', context: { requires: ['zzrequired'], vetoes } }] },
      summary: {},
      facts: [],
    });
    const found = (first: Pack['entities'][number], second: Pack['entities'][number]): string[][] =>
      buildMatcher([{ ...(bundled as unknown as Pack), entities: [first, second] }])
        .find('A photographer from Lyon spent May in the Sahara.', createPageState())
        .map((m) => [m.entityId, m.sense!]);
    const territory = entity('western-sahara', ['Lyon']);
    const desert = entity('sahara-desert', ['Lyon']);
    const open = (e: Pack['entities'][number]): Pack['entities'][number] => ({
      ...e,
      aliases: { en: [{ text: 'Sahara', context: { requires: ['zzrequired'] } }] },
    });
    // Rejected first: the second is accepted where it comes (a place's accepted sense is general).
    expect(found(territory, open(desert))).toEqual([
      ['western-sahara', 'rejected'],
      ['sahara-desert', 'general'],
    ]);
    // Pending first: the rejection that follows turns it into an accepted match.
    expect(found(open(territory), desert)).toEqual([
      ['western-sahara', 'general'],
      ['sahara-desert', 'rejected'],
    ]);
  });
});

describe('BesideHeads', () => {
  const beside = new BesideHeads({
    apache: [
      ['peoples', 'warrior', 'chief', 'chef', 'county', 'fondation', 'guerrier'],
      ['pilots', 'pilot', 'escadrille', 'squadron', "squadron's", 'flotte', 'regiment', 'base', 'bataillon', 'unit'],
    ],
  });
  const other = (text: string, name = 'Apache'): boolean => {
    const folded = normalise(text).text;
    const s = folded.indexOf(foldString(name));
    const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
    return beside.otherSense('apache', chars, chars.length, s, s + foldString(name).length);
  };

  it('reads a noun of another sense right after the name, or after a coordinated name, or right before it', () => {
    expect(other('an Apache warrior on horseback')).toBe(true);
    expect(other('the later Apache and Yavapai peoples of the region')).toBe(true);
    expect(other('Apache County, Arizona')).toBe(true);
    expect(other('La fondation Apache a publié la version 4.0.')).toBe(true);
    expect(other('Figurine guerrier Apache à cheval')).toBe(true);
  });

  it('leaves the story noun beside it, and nouns further away', () => {
    expect(other('Moroccan Apache pilots finished training.')).toBe(false);
    expect(other('the chief Apache pilot of the squadron')).toBe(false);
    expect(other("L'escadrille Apache sera basée à Salé.")).toBe(false);
    expect(other('The Apache, a warrior of the skies')).toBe(false);
    expect(other('the Apache and the Black Hawk')).toBe(false);
    // A story noun within two words after the other's: the crews (review19).
    expect(other('Apache chief warrant pilots flew at dawn')).toBe(false);
    expect(other('Apache warrior pilot training')).toBe(false);
    expect(other('Apache chief of the tribe')).toBe(true);
    expect(beside.has('apache')).toBe(true);
    expect(beside.has('sahara-desert')).toBe(false);
  });

  it("reads the compound or complement after the other sense's noun, and a possessive owner (review20)", () => {
    // Ranks and units of the crews: the compound's noun, the name's complement, the owner before it.
    expect(other('the Apache chief warrant pilots of the unit')).toBe(false);
    expect(other("Le chef Apache de l'escadrille a présenté l'appareil.")).toBe(false);
    expect(other('Le chef Apache de la flotte a présenté l’appareil.')).toBe(false);
    expect(other("the squadron's Apache chief briefed the crews")).toBe(false);
    expect(other('the Apache chief of the squadron')).toBe(false);
    // The tribe's chiefs: the complement names the band, the story noun is in another clause or phrase.
    expect(other('Le chef apache de la bande des Chokonens refusa.')).toBe(true);
    expect(other('Fils d’un chef Apache des montagnes Chiricahua')).toBe(true);
    expect(other('the Apache chief of the Mimbres band')).toBe(true);
    expect(other("the Apache chief's pilots of old")).toBe(true);
    expect(other('the Apache chief attacked the escadrille')).toBe(true);
    expect(other("the tribe's Apache chief")).toBe(true);
    expect(other('guerrier Apache pilots')).toBe(false);
  });

  it("reads a rank's complement only, without a bare article, of a unit gathering no one else (mend20)", () => {
    // The crews' units and ranks are kept.
    expect(other('the Apache chief of the squadron briefed the crews')).toBe(false);
    expect(other("Le chef Apache du bataillon a présenté l'appareil.")).toBe(false);
    expect(other("Le chef Apache d'escadrille a présenté les appareils.")).toBe(false);
    // A bare article after the noun opens another phrase: another clause's subject.
    expect(other('the Apache chief the cavalry regiment could never corner')).toBe(true);
    expect(other('the Apache chief the regiment pursued')).toBe(true);
    // Other nouns than the rank take no complement of the crews: a tribe's warriors, lands, dances.
    expect(other('Apache warrior of the regiment area')).toBe(true);
    expect(other('Apache chief warrant pilots')).toBe(false);
    expect(other('Le guerrier Apache de la base de la réserve')).toBe(true);
    // In French the complement opens with « de »: not a verb after the chief's name.
    expect(other('Le chef Apache Victorio base ses guerriers dans la sierra.')).toBe(true);
    // A unit named by others it gathers, or by a place: the scouts', the agency's.
    expect(other("Alchesay, chef apache de l'escadron d'éclaireurs, reçut une décoration.")).toBe(true);
    expect(other('Le chef Apache de la base de San Carlos négocia.')).toBe(true);
    expect(other('the Apache chief of the squadron of scouts')).toBe(true);
    // Only an owner written as the story's possessive: not a regiment's or a unit's chief of scouts.
    expect(other("the regiment's Apache chief of scouts")).toBe(true);
    expect(other("The unit's Apache chief of scouts, Chato")).toBe(true);
    expect(other('the squadron’s Apache chief retired')).toBe(false);
  });

  it('keeps the earlier cases', () => {
    expect(beside.has('sahara-desert')).toBe(false);
  });

  it('reads "scouts" before its object or an adverb of motion as the name’s verb, not a people’s noun (fix21b)', () => {
    const scouts = new BesideHeads({ apache: [['scouts', 'wars'], ['pilots']] });
    const read = (text: string): boolean => {
      const folded = normalise(text).text;
      const s = folded.indexOf('apache');
      const chars = Uint16Array.from(folded, (c) => c.charCodeAt(0));
      return scouts.otherSense('apache', chars, chars.length, s, s + 6);
    };
    expect(read('The Apache scouts the route ahead of the convoy.')).toBe(false);
    expect(read('Each Apache scouts ahead of the armored columns.')).toBe(false);
    expect(read('An Apache scouts forward while the second covers it.')).toBe(false);
    // The people: their own verb after the noun; and a plural noun before a reduced relative stays a noun.
    expect(read('Apache scouts led the army columns in the 1880s.')).toBe(true);
    expect(read('Chatto led a company of Apache scouts in 1883.')).toBe(true);
    expect(read('The Apache wars the army waged lasted until 1886.')).toBe(true);
  });
});

describe('head nouns beside a name in the engine (blind19)', () => {
  const decided = (page: string): string[] => pageMentions(...page.split('\n'));

  it("rejects the other sense on a page whose story evidence would have made it the helicopter's", () => {
    const en = [
      'Boeing builds the AH-64 Apache attack helicopter in Mesa.',
      'The museum covers the later Apache and Yavapai peoples of the region.',
      'Apache warrior on horseback, 54 mm figure',
    ].join('\n');
    expect(decided(en)).toEqual(['AH-64 Apache=ah-64-apache']);
    const fr = [
      'La fondation Apache a publié la version 4.0.',
      'Le Maroc réceptionne ses premiers hélicoptères Apache.',
    ];
    expect(decided(fr.join('\n'))).toEqual(['Maroc=morocco', 'hélicoptères Apache=ah-64-apache']);
  });

  it("keeps « hélicoptère de guerre Apache »: war is the helicopter's kind, no people (review19)", () => {
    expect(decided("Un hélicoptère de guerre Apache a survolé Agadir avec l'armée marocaine.")).toEqual([
      'Apache=ah-64-apache',
      'armée marocaine=far-morocco',
    ]);
  });

  it('keeps the crews named by nouns both senses use: band, leader, scout, women, culture (review19)', () => {
    const page = [
      'AH-64E Apache helicopters joined the FAR.',
      'The Apache band of brothers, as the crews call themselves, trained in Fort Novosel.',
      'The Apache women and men of the unit earned their wings.',
    ].join('\n');
    expect(decided(page).filter((d) => d.endsWith('=ah-64-apache'))).toHaveLength(3);
  });

  it("keeps the crews' ranks and units after « chief », and rejects the chief in another clause (review20)", () => {
    const en = [
      "Morocco's first AH-64E helicopters arrived at Salé.",
      "The squadron's Apache chief warrant officers trained for two years in Arizona.",
    ].join('\n');
    expect(decided(en)).toContain('Apache=ah-64-apache');
    const fr = [
      "Le Maroc a reçu ses hélicoptères d'attaque AH-64E.",
      "Le chef Apache de l'escadrille a présenté les appareils aux journalistes.",
    ].join('\n');
    expect(decided(fr)).toContain('Apache=ah-64-apache');
    const history = [
      'Boeing builds the AH-64 Apache attack helicopter in Mesa.',
      'The Apache chief attacked the cavalry regiment at the pass in 1862.',
      'Le chef apache de la bande des Chokonens refusa de livrer ses guerriers.',
    ].join('\n');
    expect(decided(history)).toEqual(['AH-64 Apache=ah-64-apache']);
  });

  it('keeps the helicopter named by a story noun beside it', () => {
    const en = 'Moroccan Apache pilots finished training. The first Apache squadron will be based at Salé.';
    expect(decided(en)).toEqual(['Apache=ah-64-apache', 'Apache=ah-64-apache']);
  });
});
