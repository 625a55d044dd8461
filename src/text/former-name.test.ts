import { describe, expect, it } from 'vitest';
import { formerName } from './former-name';
import { buildMatcher, createScanState } from './matcher';
import type { Pack } from './pack-types';
import bundled from '../pack/bundled-pack.json';

/** formerName at the last `name` of the text. */
const former = (text: string, name: string): boolean => formerName(text, text.lastIndexOf(name));

describe('formerName: a company’s old name after “formerly known as”', () => {
  it('reads the name after the phrase in a clause about a company, in three languages', () => {
    expect(former('APA Corp., the Houston producer formerly known as Apache, slipped 2.8%.', 'Apache')).toBe(true);
    expect(former('The explorer once known as Apache now trades as APA.', 'Apache')).toBe(true);
    expect(former('Shares of APA (formerly Apache) rose.', 'Apache')).toBe(true);
    expect(former('Le pétrolier APA, anciennement Apache, a réduit ses forages.', 'Apache')).toBe(true);
    expect(former('La société APA, anciennement connue sous le nom d’Apache, publie ses comptes.', 'Apache')).toBe(
      true,
    );
    expect(former('Le producteur APA, anciennement appelé « Apache », recule.', 'Apache')).toBe(true);
    expect(former('أعلنت شركة APA، المعروفة سابقا باسم أباتشي، خفض ميزانيتها.', 'أباتشي')).toBe(true);
    expect(former('تراجع سهم منتج النفط المعروف سابقا باسم أباتشي.', 'أباتشي')).toBe(true);
  });

  it('leaves a renamed group, a name without the phrase, and the phrase after no company', () => {
    expect(former('In Mali, the mercenaries formerly known as Wagner wear new badges.', 'Wagner')).toBe(false);
    expect(former('Le groupe paramilitaire russe, anciennement Wagner, opère au Sahel.', 'Wagner')).toBe(false);
    expect(former('عناصر المجموعة المعروفة سابقا باسم فاغنر غادروا كيدال.', 'فاغنر')).toBe(false);
    expect(former('Boeing, the company, delivered the Apache to Morocco.', 'Apache')).toBe(false);
    expect(former('The firm sold helicopters such as Apache and Black Hawk.', 'Apache')).toBe(false);
    expect(former('La société a livré le nom de Apache à ses clients.', 'Apache')).toBe(false);
    // The company of another sentence says nothing of this one.
    expect(former('The company cut costs. The helicopter formerly known as Apache flew.', 'Apache')).toBe(false);
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
