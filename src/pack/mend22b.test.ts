/**
 * mend22b: the regressions review 22b found in fix22b's rules, with the improvements they keep.
 * - The frame: only a country whose own army bears the title frames a page (own-countries.ts: frames);
 *   a name of the story's in the text, before or after, cancels it.
 * - A country inside a unit's name: only a unit's opening word, after the United States (name-shape.ts).
 * - Dated titles: only a verb that governs the title; the declaration's own places (dated-names.ts).
 * - The exercise's species vetoes: words a drill's page does not use (the pack).
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: the frame of a country whose army bears the title', () => {
  it("keeps the FAR on a page opening with Morocco's neighbours or partners", () => {
    expect(count('far-morocco', "Spain's defence minister visited Ceuta.", 'The FAR will drill near Dakhla.')).toBe(1);
    expect(count('far-morocco', 'Madrid, 12 March — Spain and the FAR began a naval exercise.')).toBe(1);
    expect(count('far-morocco', 'Paris, 3 juin : Dassault espère vendre des Rafale aux Forces armées royales.')).toBe(
      1,
    );
    expect(count('far-morocco', 'Algeria accused the Royal Armed Forces of firing on a convoy near Mahbes.')).toBe(1);
    expect(count('far-morocco', 'Le Sénégal a envoyé 200 parachutistes.', 'Les FAR ont sauté près de Tan-Tan.')).toBe(
      1,
    );
    expect(count('far-morocco', 'في الجزائر، اتهمت وزارة الدفاع القوات المسلحة الملكية بقصف قافلة قرب المحبس.')).toBe(
      1,
    );
  });

  it("reads the FAR's home ground in its text, or the story named earlier on the page, as the story's", () => {
    expect(
      count('far-morocco', "Thailand's navy led the drill.", 'The Royal Armed Forces then drilled near Dakhla.'),
    ).toBe(1);
    expect(
      count('far-morocco', 'En Thaïlande, on suit le conflit.', 'Les FAR ont fermé le passage de Guerguerat.'),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        "Thailand's navy led the drill.",
        'Morocco sent observers.',
        'The FAR sent two frigates to the drill.',
      ),
    ).toBe(1);
    expect(
      count('far-morocco', "Thailand's navy led the drill.", 'The Royal Armed Forces then drilled near Pattani.'),
    ).toBe(0);
  });

  it("reads the title as the framing country's army, unless the story's names are in its text", () => {
    expect(count('far-morocco', "Cuba's army chief reviewed troops.", 'The FAR paraded in Havana.')).toBe(0);
    expect(count('far-morocco', 'En Thaïlande, les Forces armées royales ont défilé devant le roi.')).toBe(0);
    expect(
      count('far-morocco', "Cambodia's king spoke.", 'The Royal Armed Forces and U.S. Marines trained in Kampot.'),
    ).toBe(1);
    expect(
      count('far-morocco', "Cambodia's king spoke.", 'The Royal Armed Forces joined African Lion this year.'),
    ).toBe(1);
  });
});

describe('bundled pack: the United States before a unit and a headline verb', () => {
  it('keeps the country before a modal, a past tense or an adverb', () => {
    expect(count('united-states', 'United States Will Send Troops to Morocco for African Lion')).toBe(1);
    expect(count('united-states', 'Why the United States Sent Troops to Morocco')).toBe(1);
    expect(count('united-states', 'The United States Never Sent Troops to Western Sahara, Officials Say')).toBe(1);
    expect(count('morocco', 'Morocco Will Deploy Brigade Near Algerian Border')).toBe(1);
    expect(count('morocco', 'Algeria Says Morocco Deployed Troops Near Border')).toBe(1);
  });

  it("reads it as a modifier before a unit's opening word", () => {
    expect(count('united-states', 'United States Sixth Fleet ships docked in Casablanca.')).toBe(0);
    expect(count('united-states', 'The United States Marine Band played in Rabat.')).toBe(0);
    expect(count('united-states', 'The United States Colored Troops fought for the Union.')).toBe(0);
  });
});

describe('bundled pack: a dated title signed elsewhere', () => {
  it('keeps the declaration signed at its own places, or beside another deal signed elsewhere', () => {
    expect(
      count(
        'us-recognition-western-sahara',
        'The Tripartite Declaration was signed in Morocco by Kushner, with the US recognition of the Sahara.',
      ),
    ).toBe(1);
    expect(
      count(
        'us-recognition-western-sahara',
        'La déclaration tripartite entre le Maroc, Israël et les États-Unis a été signée à Dar al-Makhzen, le palais royal.',
      ),
    ).toBe(1);
    expect(
      count(
        'us-recognition-western-sahara',
        'The Tripartite Declaration paved the way for a defence pact that Israel and Morocco signed in Rabat in 2021.',
      ),
    ).toBe(1);
    expect(
      count(
        'us-recognition-western-sahara',
        'The US recognition of Moroccan sovereignty was followed by an arms deal signed in Washington in 2021.',
      ),
    ).toBe(1);
    expect(
      count(
        'treaty-of-friendship-1786',
        "Le traité de paix et d'amitié entre le Maroc et les États-Unis est toujours en vigueur ; un accord de libre-échange a été signé à Washington en 2004.",
      ),
    ).toBe(1);
  });

  it('reads the title governed by a signing elsewhere as another event', () => {
    expect(
      count(
        'us-recognition-western-sahara',
        'Historians argue over the Tripartite Declaration that Spain, Morocco and Mauritania signed in November 1975.',
      ),
    ).toBe(0);
    expect(
      count('us-recognition-western-sahara', 'The Tripartite Agreement signed in Madrid in 1975 split the territory.'),
    ).toBe(0);
  });
});

describe("bundled pack: the exercise's species vetoes", () => {
  it('keeps the exercise with troops beside a region, a unit or a park named like the species', () => {
    expect(
      count(
        'african-lion',
        'Pendant African Lion, soldats ghanéens et américains ont manœuvré dans les savanes du Ghana.',
      ),
    ).toBe(1);
    expect(
      count('african-lion', "Senegal's Panthera paratroopers jumped during African Lion, with U.S. Marines."),
    ).toBe(1);
    expect(count('african-lion', 'During African Lion, troops avoided the park the IUCN lists as protected.')).toBe(1);
    expect(
      count('african-lion', "Lors d'African Lion, des vétérinaires militaires ont vacciné des brebis femelles."),
    ).toBe(1);
  });

  it('reads the species by its taxonomy, its females and its prey', () => {
    expect(count('african-lion', 'In Senegal, the African Lion (Panthera leo) survives only in Niokolo-Koba.')).toBe(0);
    expect(count('african-lion', 'Au Ghana, les femelles du Lion africain chassent en groupe dans le pays.')).toBe(0);
    expect(
      count('african-lion', "Dans les savanes du Ghana, le Lion d'Afrique a presque disparu, faute de proies."),
    ).toBe(0);
  });
});
