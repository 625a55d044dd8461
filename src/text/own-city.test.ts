import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { buildMatcher, createPageState } from './matcher';
import { normalise } from './normalise';
import { OwnCity } from './own-city';
import type { Pack } from './pack-types';
import { decidePage } from './page-evidence';
import { COUNTRY_TABLE } from './country-table';

const own = new OwnCity(COUNTRY_TABLE);
const at = (text: string, name: string, from = 0): [number, number] => {
  const i = text.indexOf(name, from);
  return [i, i + name.length];
};
const named = (text: string, from = 0): boolean => own.named('rabat', text, ...at(text, 'Rabat', from));
/** The matcher's folded reading of a text, as strong() is given it. */
const folded = (text: string) => {
  const n = normalise(text);
  const chars = Uint16Array.from({ length: n.text.length }, (_, i) => n.text.charCodeAt(i));
  return { chars, starts: n.starts, length: chars.length };
};
const strong = (text: string, name = 'Rabat'): boolean => own.strong('rabat', text, ...at(text, name), folded(text));

describe('OwnCity.named: the country beside the city', () => {
  it('reads its country’s appositive after it or possessive before it, in all three languages', () => {
    expect(named('My summer started in Rabat, the Moroccan capital: the Kasbah at dawn.')).toBe(true);
    expect(named('Rabat, la capitale marocaine, accueille la conférence.')).toBe(true);
    expect(named('Rabat, capital of Morocco, hosted the talks.')).toBe(true);
    expect(named('If you only have time for one: Morocco’s Rabat for a city, Malta’s for an afternoon.')).toBe(true);
    expect(
      own.named(
        'rabat',
        'ركبنا القطار إلى الرباط، العاصمة المغربية، حيث صومعة حسان.',
        ...at('ركبنا القطار إلى الرباط، العاصمة المغربية', 'الرباط'),
      ),
    ).toBe(true);
  });

  it('reads its country closing its address, after a comma or in brackets (fix21b)', () => {
    expect(named('Make sure you have Rabat, Morocco, and not Rabat on Malta.')).toBe(true);
    expect(named('Vol pour Rabat (Maroc) via Paris, pas pour Malte.')).toBe(true);
    expect(
      own.named('rabat', 'احجز إلى الرباط، المغرب وليس مالطا.', ...at('احجز إلى الرباط، المغرب وليس مالطا.', 'الرباط')),
    ).toBe(true);
    // Its namesake's address, or a list that goes on to other places, is no address of the city.
    expect(named('The catacombs are in Rabat, Malta, near Mdina.')).toBe(false);
    expect(named('Rabat, Gozo is the old name of Victoria.')).toBe(false);
    expect(named('Rabat (Malte) est à côté de Mdina.')).toBe(false);
    expect(named('Rabat, Moroccan-style tiles and Maltese lace fill the shop.')).toBe(false);
    // Nor a country opening a clause of its own (rev21b); a verb after the address keeps it.
    expect(named('In Malta we walked from Mdina to Rabat, Morocco being our next stop after Valletta.')).toBe(false);
    expect(named('Rabat, Morocco having no beach nearby, we drove on to Mdina.')).toBe(false);
    expect(named('Travel tip: Rabat, Morocco is not Rabat, Malta.')).toBe(true);
  });

  it('does not read another country’s capital, a list or a town without its country', () => {
    expect(named('Rabat, the Maltese town, sits beside Mdina.')).toBe(false);
    expect(named('Rabat, Valletta and Mdina are an easy day.')).toBe(false);
    expect(named('Malta’s Rabat is a short bus ride away.')).toBe(false);
    expect(named('Rabat, the capital of Malta’s old Mdina district, has catacombs.')).toBe(false);
    expect(own.named('morocco', 'Morocco, the kingdom.', 0, 7)).toBe(false);
  });
});

describe('OwnCity.strong: its sights in its paragraph', () => {
  it('reads the Hassan Tower, the Oudayas or the Chellah in its paragraph', () => {
    expect(strong("Train jusqu'à Rabat. Le contraste est total : la médina, la tour Hassan et les Oudayas.")).toBe(
      true,
    );
    expect(strong('We took the train to Rabat, for the Hassan Tower and the Chellah at dusk.')).toBe(true);
  });

  it('does not read a sight of another paragraph', () => {
    expect(strong('Bus to Rabat and the catacombs.\nLater, the Hassan Tower.')).toBe(false);
    expect(strong('Rabat in Malta has catacombs.')).toBe(false);
  });

  it('reads its country named in its sentence, in English and French', () => {
    expect(strong('The minister was in Rabat for talks with his counterpart from Morocco.')).toBe(true);
    expect(strong('The minister was in Rabat on Tuesday for talks with his Moroccan counterpart.')).toBe(true);
    expect(strong('À Rabat, le gouvernement a présenté le plan du Maroc pour ses ports.')).toBe(true);
  });

  it('not its country in another sentence of the paragraph, nor المغرب (also the sunset prayer)', () => {
    expect(strong('In the afternoon we crossed to Rabat. The name comes from Morocco’s Arabic.')).toBe(false);
    expect(
      own.strong(
        'rabat',
        'الجلوس في المسجد بين المغرب والعشاء ضرب من الرباط.',
        ...at('الجلوس في المسجد بين المغرب والعشاء ضرب من الرباط.', 'الرباط'),
        folded('الجلوس في المسجد بين المغرب والعشاء ضرب من الرباط.'),
      ),
    ).toBe(false);
  });
});

describe('OwnCity.strong: its country in its sentence as a word of its own, outside a namesake’s frame', () => {
  it('reads Morocco, Moroccan, marocaine in the sentence', () => {
    expect(strong('The foreign minister flew to Rabat for talks with his counterpart from Morocco.')).toBe(true);
    expect(strong('À Rabat, la délégation marocaine a présenté son plan.')).toBe(true);
  });

  it('not a compound, nor a sentence that compares the towns (rev18)', () => {
    expect(strong('A Moroccan-owned bakery opened in Rabat last year.')).toBe(false);
    expect(strong('Rabat, not to be confused with the Moroccan capital, is home to the catacombs.')).toBe(false);
    expect(strong('Rabat, a quiet town, shares its name with the capital of Morocco.')).toBe(false);
    expect(strong('Rabat, homonyme de la capitale du Maroc, abrite les catacombes Saint-Paul.')).toBe(false);
  });
});

describe('OwnCity.namesakeNear: a namesake’s place in its paragraph', () => {
  const near = (text: string, ...votes: string[]): boolean =>
    own.namesakeNear(
      'rabat',
      text,
      ...at(text, 'Rabat'),
      votes.map((v) => ({ start: text.indexOf(v), text: v })),
    );

  it('reads a vote in its paragraph that is not the city’s own name', () => {
    expect(
      near("Le matin, bus jusqu'à Mdina. Juste à côté, la petite ville de Rabat abrite des catacombes.", 'Mdina'),
    ).toBe(true);
    expect(near('Rabat - The main street will close on Sunday. Buses will go through Mtarfa.', 'Mtarfa')).toBe(true);
  });

  it('not where the paragraph names the city’s country (rev18)', () => {
    const accord =
      'Le Maroc et Malte ont signé un accord à La Valette. La prochaine réunion aura lieu à Rabat en mars.';
    expect(near(accord, 'La Valette')).toBe(false);
    expect(near('Rabat, a town that shares its name with Morocco’s capital, lies beside Mdina.', 'Mdina')).toBe(true);
  });

  it('not a vote of another paragraph, nor a club named after the city', () => {
    expect(near('We stayed in Rabat.\nThe next day, Gozo.', 'Gozo')).toBe(false);
    expect(near('Le FAR de Rabat a gagné ; la fête a duré toute la nuit à Rabat.', 'FAR de Rabat')).toBe(false);
  });
});

describe('the matcher and the page: one strong mention on a mixed page', () => {
  const matcher = buildMatcher([bundled as Pack]);
  const count = (...blocks: string[]): number => {
    const state = createPageState();
    const found = decidePage(
      blocks.flatMap((b) => matcher.find(b, state)),
      (_m, id) => id,
    );
    return found.filter((id) => id === 'rabat').length;
  };

  it('keeps the Moroccan Rabat named by its country or sights where the page also visits Malta’s', () => {
    expect(
      count(
        'Rabat in Malta is a short bus ride from Valletta, and its catacombs are worth an afternoon.',
        'Rabat, the Moroccan capital, is another matter: allow two days for the Hassan Tower.',
      ),
    ).toBe(1);
    expect(
      count('From Mdina it is five minutes to Rabat.', 'Then we took the train to Rabat, for the Chellah at dusk.'),
    ).toBe(1);
    expect(count('If you only have time for one: Morocco’s Rabat for a city, Malta’s for an afternoon.')).toBe(1);
    // Its address names its country: it outweighs Malta in its window (blind21).
    expect(count('When you book, make sure you have Rabat, Morocco, and not Rabat on Malta, next to Mdina.')).toBe(1);
    expect(count('The catacombs are in Rabat, Malta, next to Mdina.')).toBe(0);
  });

  it('reads a Maltese place anywhere on the page as Malta’s, unless the city’s own sentence names Morocco', () => {
    expect(
      count(
        'We based ourselves in Rabat for three nights: cheaper than the walled town, and the buses leave from the square.',
        'In the evening walk up to Mdina.',
      ),
    ).toBe(0);
    expect(
      count(
        "Malte en trois jours. Le matin, bus jusqu'à Mdina, l'ancienne capitale fortifiée. Juste à côté, la petite ville de Rabat abrite des catacombes.",
      ),
    ).toBe(0);
    expect(
      count(
        'The transport minister opened the new car park beside Mdina on Friday.',
        'The foreign minister flew to Rabat on Monday for talks on migration with his counterpart from Morocco.',
      ),
    ).toBe(1);
    expect(
      count(
        'Rabat - The council will close the main street on Sunday; buses will be diverted through Mtarfa.',
        'The foreign minister was in Rabat on Tuesday for talks with his Moroccan counterpart.',
      ),
    ).toBe(1);
  });

  it('keeps Morocco’s Rabat on a page of Morocco and Malta, beside their capital (rev18)', () => {
    const accord = [
      'Le Maroc et Malte ont signé un accord à La Valette.',
      'La prochaine réunion aura lieu à Rabat en mars.',
    ];
    expect(count(...accord)).toBe(1);
    expect(count(accord.join(' '))).toBe(1);
    expect(
      count(
        'Malta and Morocco signed a fisheries accord in Valletta on Monday.',
        'The next round of talks will be held in Rabat in March.',
      ),
    ).toBe(1);
    expect(
      count(
        'The conference, held in Valletta, heard from delegations of Morocco, Tunisia and Libya.',
        'Rabat pledged to host the next session.',
      ),
    ).toBe(1);
    // Without Morocco on the page, Malta's capital still says Malta's town.
    expect(
      count('Our second base was Rabat, a short walk from the old gate.', 'The next morning, the bus to Valletta.'),
    ).toBe(0);
  });

  it('reads Morocco named to tell the towns apart as Malta’s Rabat, not Morocco’s (rev18)', () => {
    expect(
      count(
        'Things to do in Mdina and Rabat',
        'Rabat, a quiet town of 11,000 people just outside the walls, shares its name with the capital of Morocco.',
      ),
    ).toBe(0);
    expect(
      count(
        'Mdina and Rabat: a walking guide',
        "Rabat, not to be confused with the Moroccan capital, is home to St Paul's Catacombs.",
      ),
    ).toBe(0);
    expect(count('Mdina et Rabat', 'Rabat, homonyme de la capitale du Maroc, abrite les catacombes Saint-Paul.')).toBe(
      0,
    );
    expect(
      count(
        'Sliema, Gozo and Rabat top the list of Maltese towns with rising rents; a Moroccan-owned bakery opened in Rabat last year.',
      ),
    ).toBe(0);
  });

  it('still withdraws Malta’s Rabat and keeps a Malta-only page empty', () => {
    expect(
      count('Day trips from Valletta: Mdina and Rabat make an easy morning.', 'In the afternoon, the Blue Grotto.'),
    ).toBe(0);
    expect(count('Rabat, Malta: the bus from Valletta stops by the catacombs near the Hassan Tower café.')).toBe(0);
  });
});

describe('the matcher and a text decided alone', () => {
  const matcher = buildMatcher([bundled as Pack]);
  const rabats = (text: string): number => matcher.find(text).filter((m) => m.entityId === 'rabat').length;

  it('looks for sights once the text votes against the city, and keeps the mention they name', () => {
    expect(
      rabats('From Mdina it is five minutes to Rabat. Then we took the train to Rabat, for the Chellah at dusk.'),
    ).toBe(1);
    expect(
      rabats('From Mdina it is five minutes to Rabat. Then we took the train to Rabat, for the beach at dusk.'),
    ).toBe(0);
  });
});
