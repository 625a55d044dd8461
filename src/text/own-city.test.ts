import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { buildMatcher, createPageState } from './matcher';
import { normalise } from './normalise';
import { OwnCity } from './own-city';
import type { Pack } from './pack-types';
import { decidePage } from './page-evidence';

const own = new OwnCity();
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
