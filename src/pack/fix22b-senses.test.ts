/**
 * fix22b: another country's army named by a generic title on a page that country frames (en-lex22-045:
 * Thailand's Royal Armed Forces; fr-lex22-051: Rwanda's former FAR). A text opening with another
 * country as its place frames the page; a later generic title in a text naming none of the story's
 * countries is that country's (foreign-qualifier.ts: ForeignRule.frames). The story's FAR beside a partner
 * country named first, or with Morocco or the United States named, stays.
 * - The United States inside a unit's or a band's name (en-lex22-014: the United States Colored Troops):
 *   a modifier, as in "US Navy" (name-shape.ts: UNIT_AT); a title-case headline's verb after it is not.
 * - The African lion as the species (fr-lex22-017): its taxonomy, its IUCN status, its prides' females and
 *   savannas are vetoes in the exercise's window (pack data).
 */
import { describe, expect, it } from 'vitest';
import { pageCount as count } from './bundled-test-pack';

describe('bundled pack: a generic army title on a page framed by another country', () => {
  it("reads it as that country's army", () => {
    expect(
      count(
        'far-morocco',
        'Thailand marks Armed Forces Day on 18 January.',
        'The Royal Armed Forces hold a parade in Bangkok.',
      ),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        "Cambodia's army chief retired on Monday.",
        'The Royal Armed Forces have been led by a general close to the prime minister since 2009, and the air force is small.',
      ),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        'In Phnom Penh, veterans laid wreaths at the Independence Monument.',
        'The Royal Armed Forces paraded military trucks and a few old tanks.',
      ),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        'Brunei celebrates its national day in February.',
        'The Royal Armed Forces lead the march past the sultan.',
      ),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        'Rwanda, 1994. The RPF took Kigali in July.',
        'The FAR fled west with their weapons, and the militias followed them into the camps.',
      ),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        'Au Rwanda, la guerre civile commence en octobre 1990.',
        "Les FAR reçoivent alors l'appui de conseillers militaires étrangers.",
      ),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        "En Thaïlande, l'armée a pris le pouvoir en 2014.",
        "Les Forces armées royales contrôlent encore une partie de l'économie.",
      ),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        'Thaïlande : le roi reçoit le serment des soldats.',
        'Les Forces armées royales défilent à Bangkok devant le palais.',
      ),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        'Bangkok — Troops lined the avenue before dawn.',
        'The Royal Armed Forces marked their day with a flypast by the air force.',
      ),
    ).toBe(0);
    expect(
      count('far-morocco', 'Kigali, avril 1994.', 'Les FAR et les milices dressent des barrages dans toute la ville.'),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        'Thailand is a constitutional monarchy.',
        'Its Royal Armed Forces have staged a dozen coups since 1932.',
      ),
    ).toBe(0);
    expect(
      count(
        'far-morocco',
        'Laos, Thailand, Cambodia: three armies.',
        'In Bangkok the Royal Armed Forces still answer to the palace.',
      ),
    ).toBe(0);
  });

  it("keeps the story's army beside a partner named first, or with the story's countries named", () => {
    expect(count('far-morocco', 'In Morocco, the Royal Armed Forces answer to the king.')).toBe(1);
    expect(
      count(
        'far-morocco',
        'Thailand and Morocco are both kingdoms.',
        'In Morocco, the Royal Armed Forces answer to the king.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        'Senegal sent paratroopers this year.',
        'The FAR and the US Marines jumped together near Tan-Tan.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        'Ghana joined the exercise for the first time.',
        'The Royal Armed Forces hosted the Ghanaian officers at Cap Draa, with U.S. Marines.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        "Le Sénégal a envoyé une compagnie à l'exercice.",
        'Les FAR et les Marines américains ont sauté près de Tan-Tan.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        'Tunisia and Senegal also take part in African Lion.',
        'The Royal Armed Forces host most of the field training near Tan-Tan, alongside Moroccan gendarmes.',
      ),
    ).toBe(1);
    expect(count('far-morocco', 'The Royal Armed Forces received their first Apache helicopters on Monday.')).toBe(1);
    expect(count('far-morocco', 'Les FAR ont reçu leurs premiers hélicoptères Apache lundi à Salé.')).toBe(1);
    expect(count('far-morocco', 'Les Forces armées royales ont reçu lundi leurs premiers hélicoptères Apache.')).toBe(
      1,
    );
    expect(
      count(
        'far-morocco',
        'Algeria protested the exercise.',
        'The Royal Armed Forces said the drills near the border were routine, and Moroccan officials declined to comment.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        "Mauritania's president visited the border post.",
        'Moroccan troops of the Royal Armed Forces guard the Guerguerat crossing.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        'Washington approved the sale of HIMARS launchers.',
        'The Royal Armed Forces will receive eighteen of them.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        'Le Mali et le Niger ont quitté la Cédéao.',
        'Au Maroc, les Forces armées royales renforcent la surveillance du mur.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        "Nigeria's army chief visited Rabat in May.",
        'He toured a training school of the Royal Armed Forces in Kénitra with Moroccan officers.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        "L'Égypte achète des Rafale. Le Maroc, lui, mise sur les Apache.",
        'Les FAR en ont commandé vingt-quatre.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        'France trained the officers of the Royal Armed Forces after 1956, when Morocco became independent.',
      ),
    ).toBe(1);
    expect(
      count(
        'far-morocco',
        'Cap Draa, Morocco — The FAR and U.S. Marines fired HIMARS rockets on Thursday.',
        "Senegal's observers watched from the ridge.",
      ),
    ).toBe(1);
    expect(count('far-morocco', "The FAR's Apache fleet grew to twelve this spring, Rabat said.")).toBe(1);
  });
});

describe("bundled pack: the United States inside a unit's name", () => {
  it('reads it as a modifier of the unit', () => {
    expect(count('united-states', 'He served with the 54th Regiment of the United States Colored Troops.')).toBe(0);
    expect(count('united-states', 'The United States Colored Troops numbered 175 regiments by 1865.')).toBe(0);
    expect(count('united-states', 'She plays clarinet in the United States Marine Band.')).toBe(0);
    expect(count('united-states', 'The United States Sixth Fleet is based in Naples.')).toBe(0);
    expect(count('united-states', 'He commanded a squadron of the United States Pacific Fleet.')).toBe(0);
    expect(count('united-states', 'Veterans of the United States Colored Infantry are buried here.')).toBe(0);
    expect(count('united-states', 'The First United States Volunteer Cavalry was raised in 1898.')).toBe(0);
    expect(count('united-states', 'A captain of the United States Horse Artillery wrote the letter.')).toBe(0);
    expect(
      count('united-states', 'Records of the United States Colored Cavalry are kept in the National Archives.'),
    ).toBe(0);
    expect(count('united-states', 'The United States Naval Band played at the ceremony.')).toBe(0);
    expect(count('united-states', 'The United States Marine Corps and the FAR trained at Tan-Tan.')).toBe(0);
    expect(count('united-states', 'The United States Africa Command trained with Moroccan troops.')).toBe(0);
    expect(count('united-states', 'The United States Army trained in Morocco.')).toBe(0);
    expect(count('united-states', 'The United States Colored Troops fought at Nashville, Tennessee.')).toBe(0);
    expect(count('united-states', 'A monument honours the men of the United States Colored Heavy Artillery.')).toBe(0);
  });

  it("keeps the country before a headline's verb or a weekday", () => {
    expect(count('united-states', 'The United States Deploys Troops to Morocco for African Lion')).toBe(1);
    expect(count('united-states', 'The United States Sends Apache Helicopters to Morocco')).toBe(1);
    expect(count('united-states', 'Why the United States Needs Morocco')).toBe(1);
    expect(count('united-states', 'The United States Tuesday approved the sale of HIMARS to Morocco.')).toBe(1);
    expect(count('united-states', 'Morocco and the United States signed a roadmap in 2020.')).toBe(1);
    expect(count('united-states', 'In the United States, Moroccan Troops Train at Fort Bliss')).toBe(1);
    expect(count('united-states', 'The United States Welcomes Moroccan Officers to Its War College')).toBe(1);
    expect(count('united-states', 'Between the United States and Morocco, the friendship is old.')).toBe(1);
    expect(count('united-states', 'The United States Thanks Morocco for Its Support')).toBe(1);
    expect(count('united-states', 'The United States Recognizes Moroccan Sovereignty Over Western Sahara')).toBe(1);
    expect(count('united-states', 'The United States Monday said it would keep troops in Morocco.')).toBe(1);
    expect(count('united-states', 'Morocco Hosts United States Troops at Cap Draa')).toBe(1);
    expect(count('united-states', 'The United States Stands With Morocco, Says Envoy')).toBe(1);
    expect(count('united-states', 'Morocco Buys United States Weapons')).toBe(1);
    expect(count('united-states', 'For the United States Morocco Matters More Than Ever')).toBe(1);
    expect(count('united-states', 'The United States Will Send More Troops, Officials Say')).toBe(1);
    expect(count('united-states', 'Is the United States Ready to Sell More Arms to Morocco?')).toBe(1);
  });
});

describe('bundled pack: the African lion as the species', () => {
  it('reads its taxonomy, its IUCN status, its females and savannas as the animal', () => {
    expect(count('african-lion', "Le lion d'Afrique (Panthera leo) est classé vulnérable par l'UICN.")).toBe(0);
    expect(
      count(
        'african-lion',
        "Selon l'UICN, il resterait moins de 25 000 lions d'Afrique adultes ; le lion d'Afrique recule partout.",
      ),
    ).toBe(0);
    expect(count('african-lion', "Dans les savanes du Serengeti, le lion d'Afrique chasse en groupe.")).toBe(0);
    expect(
      count(
        'african-lion',
        "Les femelles du lion d'Afrique chassent ensemble, tandis que les mâles gardent le territoire.",
      ),
    ).toBe(0);
    expect(count('african-lion', 'The African lion (Panthera leo) is listed as vulnerable by the IUCN.')).toBe(0);
    expect(
      count(
        'african-lion',
        "Le Lion d'Afrique, Panthera leo leo, vit en troupes de quelques femelles et d'un ou deux mâles.",
      ),
    ).toBe(0);
    expect(count('african-lion', "Statut UICN du lion d'Afrique : vulnérable depuis 1996.")).toBe(0);
    expect(
      count(
        'african-lion',
        "Le documentaire suit une troupe de lions d'Afrique dans les savanes du Kenya ; le lion d'Afrique y apparaît affamé.",
      ),
    ).toBe(0);
    expect(count('african-lion', 'IUCN figures show the African lion has lost most of its range in West Africa.')).toBe(
      0,
    );
    expect(count('african-lion', "Panthera leo, le lion d'Afrique, est le seul félin social.")).toBe(0);
    expect(
      count(
        'african-lion',
        "Le lion d'Afrique a disparu d'Afrique du Nord ; le lion de l'Atlas n'existe plus qu'en captivité.",
      ),
    ).toBe(0);
    expect(count('african-lion', "Les femelles de lion d'Afrique mettent bas deux à quatre lionceaux.")).toBe(0);
    expect(count('african-lion', "L'UICN alerte : le lion d'Afrique a perdu 40 % de ses effectifs.")).toBe(0);
    expect(count('african-lion', 'The IUCN Red List classes the African lion as vulnerable.')).toBe(0);
  });

  it('keeps the exercise', () => {
    expect(count('african-lion', "L'exercice Lion d'Afrique s'est achevé à Tan-Tan avec des tirs de HIMARS.")).toBe(1);
    expect(count('african-lion', "Le Lion d'Afrique 2025 mobilise 10 000 militaires au Maroc et en Tunisie.")).toBe(1);
    expect(count('african-lion', "Les troupes marocaines et américaines ont clôturé le Lion d'Afrique à Agadir.")).toBe(
      1,
    );
    expect(count('african-lion', 'African Lion 2024 brought together troops from the United States and Morocco.')).toBe(
      1,
    );
    expect(
      count(
        'african-lion',
        "Des militaires sénégalais participent au Lion d'Afrique cette année, aux côtés des Forces armées royales.",
      ),
    ).toBe(1);
    expect(
      count(
        'african-lion',
        "Le Lion d'Afrique a réuni des soldats de vingt pays ; des femmes officiers y ont commandé des unités.",
      ),
    ).toBe(1);
    expect(count('african-lion', "Les manœuvres Lion d'Afrique ont eu lieu près de Tan-Tan, au cap Draa.")).toBe(1);
    expect(count('african-lion', "Lors du Lion d'Afrique, les Marines ont tiré des roquettes à Tan-Tan.")).toBe(1);
    expect(count('african-lion', "L'Africom organise chaque année l'exercice Lion d'Afrique au Maroc.")).toBe(1);
    expect(
      count('african-lion', "Le Lion d'Afrique 2023 a été l'occasion d'exercices de lutte contre les armes chimiques."),
    ).toBe(1);
    expect(
      count(
        'african-lion',
        "Dans les plaines de Tan-Tan, les blindés du Lion d'Afrique ont manœuvré toute la journée.",
      ),
    ).toBe(1);
    expect(
      count(
        'african-lion',
        'The African Lion exercise ended at Cap Draa with live-fire drills by U.S. and Moroccan troops.',
      ),
    ).toBe(1);
    expect(count('african-lion', 'African Lion 2025 opened in Agadir with troops from forty nations.')).toBe(1);
    expect(
      count(
        'african-lion',
        "L'exercice Lion d'Afrique, piloté par l'Africom, s'est tenu au Maroc, au Ghana et au Sénégal.",
      ),
    ).toBe(1);
    expect(
      count('african-lion', "Au Maroc, le Lion d'Afrique réunit chaque printemps des militaires de plusieurs pays."),
    ).toBe(1);
    expect(
      count('african-lion', "Des parachutistes ont sauté au-dessus du polygone de Tan-Tan pendant le Lion d'Afrique."),
    ).toBe(1);
    expect(
      count(
        'african-lion',
        "Lion d'Afrique 2024 : les exercices de tir réel ont eu lieu au cap Draa, près de Tan-Tan.",
      ),
    ).toBe(1);
  });
});
