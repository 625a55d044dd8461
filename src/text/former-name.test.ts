import { describe, expect, it } from 'vitest';
import { formerName, formerNames } from './former-name';
import { FORMER_NAME_WORDS } from './former-name-words';
import { buildMatcher, createScanState } from './matcher';
import type { Pack } from './pack-types';
import bundled from '../pack/bundled-pack.json';

const NAMES = formerNames(FORMER_NAME_WORDS);

/** formerName at the last `name` of the text. */
const former = (text: string, name: string): boolean => {
  const at = text.lastIndexOf(name);
  return formerName(text, at, at + name.length, NAMES);
};

describe('formerName: a company’s old name after “formerly known as”', () => {
  it('reads the name after the phrase right after a company’s noun, in three languages', () => {
    expect(former('APA Corp., the Houston producer formerly known as Apache, slipped 2.8%.', 'Apache')).toBe(true);
    expect(former('Shares of APA, the driller formerly known as Apache, rose 3%.', 'Apache')).toBe(true);
    expect(former('Le pétrolier APA, anciennement Apache, a réduit ses forages.', 'Apache')).toBe(true);
    expect(former('La société APA, anciennement connue sous le nom d’Apache, publie ses comptes.', 'Apache')).toBe(
      true,
    );
    expect(former('Le producteur APA, anciennement appelé « Apache », recule.', 'Apache')).toBe(true);
    expect(former('Énergie : le producteur américain APA, anciennement appelé Apache, recule.', 'Apache')).toBe(true);
    expect(former('أعلنت شركة APA، المعروفة سابقا باسم أباتشي، خفض ميزانيتها.', 'أباتشي')).toBe(true);
    expect(former('تراجع سهم منتج النفط المعروف سابقاً باسم أباتشي.', 'أباتشي')).toBe(true);
    // The word before the name is lowered before its look-up, whatever its first letter's case.
    expect(former('THE PRODUCER FORMERLY KNOWN AS APACHE', 'APACHE')).toBe(true);
    expect(former('Le producteur APA, Anciennement Apache, recule.', 'Apache')).toBe(true);
    expect(former('Le producteur APA, ANCIENNEMENT APPELÉ Apache, recule.', 'Apache')).toBe(true);
  });

  it('leaves a name after no company’s noun right before the phrase (review 22a)', () => {
    expect(former('In Mali, the mercenaries formerly known as Wagner wear new badges.', 'Wagner')).toBe(false);
    expect(former('عناصر المجموعة المعروفة سابقا باسم فاغنر غادروا كيدال.', 'فاغنر')).toBe(false);
    expect(former('Boeing, the company, delivered the Apache to Morocco.', 'Apache')).toBe(false);
    // Three words between: the company is not the phrase's head.
    expect(former('The company sold its stake to Moroccan troops formerly known as Apache.', 'Apache')).toBe(false);
    // A company elsewhere in the sentence: shares, « la société d'analyse », بنك، علامة (a sign).
    expect(former('Boeing shares rose, and troops deployed in the territory formerly known as Sahara.', 'Sahara')).toBe(
      false,
    );
    expect(former("Selon la société d'analyse, la milice anciennement appelée « Wagner » recule.", 'Wagner')).toBe(
      false,
    );
    expect(former('وقال مسؤول في بنك محلي إن المرتزقة المعروفين سابقا باسم فاغنر يحرسون المناجم.', 'فاغنر')).toBe(
      false,
    );
    expect(former('وفي علامة على تطور الموقف، أعلنت القوات المعروفة سابقا باسم فاغنر انسحابها.', 'فاغنر')).toBe(false);
  });

  it('leaves verbs of naming and leading, and adverbs alone (review 22a)', () => {
    expect(former('The defense company said it had previously named Langley to its board.', 'Langley')).toBe(false);
    expect(former("L'entreprise de défense a autrefois nommé Langley à son conseil.", 'Langley')).toBe(false);
    expect(former('Fitch, the ratings firm that previously called Morocco a stable credit.', 'Morocco')).toBe(false);
    expect(former('The company said Morocco would once again field the launchers called HIMARS.', 'HIMARS')).toBe(
      false,
    );
    expect(former("Shares of Vectrus, formerly AFRICOM's largest contractor, fell.", 'AFRICOM')).toBe(false);
    expect(former('Le PDG du constructeur, qui dirigeait autrefois Africom, était à Rabat.', 'Africom')).toBe(false);
    expect(
      former("Cette entreprise, dont le directeur parlait autrefois au nom d'Africom, vend des drones.", 'Africom'),
    ).toBe(false);
    expect(former('قال رئيس الشركة، الذي زار سابقا المغرب مرتين، إن الصفقة قريبة.', 'المغرب')).toBe(false);
    expect(former('انضم إلى الشركة بعد أن كان سابقا متحدثا باسم أفريكوم.', 'أفريكوم')).toBe(false);
    expect(former('The explorer once known as Apache now trades as APA.', 'Apache')).toBe(false);
  });

  it('leaves a longer name: no company’s old name is Spanish Sahara or Apache Longbow (review 22a)', () => {
    const longer = (text: string, name: string): boolean => {
      const at = text.indexOf(name);
      return formerName(text, at, at + name.length, NAMES);
    };
    expect(longer('The company formerly known as Spanish Sahara Mining sold its stake.', 'Spanish Sahara')).toBe(false);
    expect(longer('La société anciennement appelée Apache Longbow Services ferme.', 'Apache Longbow')).toBe(false);
    // The one-word name in the same place is read.
    expect(longer('The company formerly known as Sahara Mining sold its stake.', 'Sahara')).toBe(true);
  });
});

describe('matcher (bundled pack): a company’s former name on a page of the helicopter', () => {
  const m = buildMatcher([bundled as unknown as Pack]);
  const apaches = (text: string): number =>
    m.find(text, createScanState()).filter((x) => x.entityId === 'ah-64-apache').length;

  it('counts the helicopters and not the oil company’s old name', () => {
    const page =
      'Energy and defense movers\n\nAPA Corp., the Houston producer formerly known as Apache, slipped 2.8%.\n\n' +
      'In defense, Boeing said it had handed over the last of the Apache helicopters ordered by Morocco.';
    expect(apaches(page)).toBe(1);
    expect(
      apaches(
        'Bourse\n\nLe pétrolier APA, anciennement Apache, recule.\n\nBoeing a livré au Maroc deux hélicoptères Apache.',
      ),
    ).toBe(1);
  });

  const count = (text: string, id: string): number =>
    m.find(text, createScanState()).filter((x) => x.entityId === id).length;

  it('keeps an organisation’s own old name, whatever noun the press gives it (review 22a)', () => {
    const wagner = (text: string): number => count(text, 'wagner-group');
    expect(wagner("Russia's Africa Corps, the private military company formerly known as Wagner, took over.")).toBe(1);
    expect(wagner('The Kremlin-backed firm formerly known as Wagner still runs gold mines in Mali.')).toBe(1);
    expect(wagner("L'Africa Corps, la société militaire anciennement appelée Wagner, sécurise la junte au Mali.")).toBe(
      1,
    );
    expect(wagner('تولت الشركة العسكرية الروسية الخاصة المعروفة سابقا باسم فاغنر حماية المجلس العسكري في مالي.')).toBe(
      1,
    );
  });

  it('keeps a territory’s or a helicopter’s longer old name (review 22a)', () => {
    expect(
      count(
        'OCP, the state phosphate company, mines Bou Craa in Western Sahara, formerly known as Spanish Sahara.',
        'western-sahara',
      ),
    ).toBe(2);
    expect(
      count(
        'Le constructeur Boeing a livré au Maroc les hélicoptères autrefois appelés Apache Longbow, désormais AH-64E.',
        'ah-64-apache',
      ),
    ).toBe(2);
  });

  it('still counts a name after the phrase when no company is named before it', () => {
    const wagner = m
      .find(
        'In Mali, the mercenaries formerly known as Wagner now wear the badge of the Africa Corps.',
        createScanState(),
      )
      .filter((x) => x.entityId === 'wagner-group');
    expect(wagner.length).toBe(1);
  });
});
