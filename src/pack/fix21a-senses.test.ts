/**
 * fix21a: pack data for classes of the seventh blind sample (session 21).
 * - The Atlas (Barbary) lion, a population of the African lion: its names are other-sense phrases of the
 *   exercise (a vote on the page) and vetoes in its window, in three languages; the football team's plural
 *   nickname (« les Lions de l'Atlas ») is no veto, since its match reports stand beside the exercise's news.
 * - A work's quoted title on a live blog whose other item names the helicopter (quoted-product.ts).
 * - A resort named for the desert, by what it does: opens, closes, reopens (venue-verb.ts).
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: the Atlas lion is the animal (fr-blind21-052)', () => {
  it('reads a zoo page of the Atlas lion as the species, the Moroccan words elsewhere on the page', () => {
    const zoo = [
      'Zoo de Rabat : un lionceau de l’Atlas présenté au public',
      'Le lion de l’Atlas, ou lion de Barbarie, est une population du lion africain qui vivait dans les montagnes.',
      'Le parc zoologique de Rabat compte une quarantaine de ces grands félins ; le Maroc en prête à des zoos partenaires.',
    ];
    expect(count('african-lion', ...zoo)).toBe(0);
    expect(
      count('african-lion', 'The Barbary lion is a population of the African lion that once lived in Morocco.'),
    ).toBe(0);
    expect(count('african-lion', 'يعد أسد الأطلس فرعا من الأسد الإفريقي عاش في جبال المغرب.')).toBe(0);
  });

  it('keeps the exercise, beside the football team’s nickname too', () => {
    expect(count('african-lion', 'Le Lion africain 2024 s’est achevé à Tan-Tan avec les forces armées royales.')).toBe(
      1,
    );
    expect(
      count(
        'african-lion',
        'Les Lions de l’Atlas ont battu la Zambie, pendant que les manœuvres du Lion africain se poursuivaient à Tan-Tan.',
      ),
    ).toBe(1);
    expect(count('african-lion', 'African Lion 2025 opened in Agadir with troops from forty nations.')).toBe(1);
  });
});

describe('bundled pack: a film’s quoted title on a mixed live blog (fr-blind21-047)', () => {
  it('counts the helicopter item, not the film item', () => {
    const blog = [
      '10:45 — Défense : les hélicoptères Apache de l’armée de l’air ont volé en formation au-dessus de Khouribga.',
      '13:30 — Culture : le cinéma Renaissance programme ce soir « Apaches », le film de Romain Quirot. Séance à 21 h.',
    ];
    expect(count('ah-64-apache', ...blog)).toBe(1);
    expect(
      count('ah-64-apache', 'Baptisé « Apache », l’hélicoptère d’attaque de Boeing équipe les Forces armées royales.'),
    ).toBe(1);
  });
});

describe('bundled pack: a resort named for the desert (en-blind21-010)', () => {
  it('is the resort where it opens, closes and reopens, and its other mentions go with it', () => {
    const resort =
      'The Sahara opened on the north end of the Las Vegas Strip in October 1952, with camels on the sign. ' +
      'After the Sahara closed in 2011 the property reopened under another name. Today the Sahara anchors the corner.';
    expect(count('sahara-desert', resort)).toBe(0);
  });

  it('keeps the desert, which opens out and closes in', () => {
    expect(count('sahara-desert', 'Beyond the last oasis the Sahara opened out into a plain of dunes and sand.')).toBe(
      1,
    );
  });
});
