/**
 * Review 20 (rev20enfr) on the bundled pack: the Philippine commission and the WIPO treaty told apart by
 * their own phrases, not by words that China news and history pages share (oath-takings in Hong Kong, gaokao
 * examinees, a book's copyright line, a handicap in the figurative sense).
 */
import { describe, expect, it } from 'vitest';
import { pageCount } from './bundled-test-pack';

describe('bundled pack: the PRC, China unless the commission is named by its own words (mend20)', () => {
  it('keeps China beside oath-takings, examinees, registrants and licensure of its own', () => {
    for (const page of [
      "Hong Kong's new legislators swore allegiance to the PRC at an oath-taking ceremony on Monday.",
      "More than 13 million examinees sat the gaokao, the PRC's national college entrance exam, this week.",
      'Foreign doctors seeking PRC licensure must pass a Chinese-language medical exam, officials announced.',
      'Company registrants in the PRC must now disclose their beneficial owners under the new rules.',
      'Cheating on board exams is a crime in the PRC, where medical boards now use facial recognition.',
      'Taiwan reported 20 PRC military aircraft near the island a day after the oath-taking of its new cabinet.',
      'The PRC coast guard fired water cannon at a Philippine boat, officials said, while 4,000 licensure exam passers took their oath in Manila.',
    ])
      expect(pageCount('china', page)).toBe(1);
  });
  it("rejects the commission by its name, its passers and topnotchers, its exams and its oath-takings' noun", () => {
    for (const page of [
      'The PRC released the list of passers of the nurses licensure examination on Friday.',
      'PRC: topnotchers of the 2025 civil engineering board exam come from Cebu and Davao.',
      'The PRC oathtaking for new accountants will be held at the SMX Convention Center.',
      'Professional Regulation Commission (PRC) chairperson said the nursing board exam will move online.',
    ])
      expect(pageCount('china', page)).toBe(0);
  });
});

describe('bundled pack: the 1786 treaty beside copyright and handicap words, the WIPO treaty by its phrases (mend20)', () => {
  it('keeps the 1786 treaty on history pages', () => {
    const treaty = 'treaty-of-friendship-1786';
    for (const page of [
      'Lacking a navy was a handicap for the young United States; in 1786 it signed the Treaty of Marrakesh with the sultan.',
      'Le manque de marine était un handicap pour les États-Unis ; en 1786 ils signèrent le traité de Marrakech avec le sultan.',
      'Le livre sur le traité de Marrakech de 1786 entre le Maroc et les États-Unis est protégé par le droit d’auteur.',
      'The Tangier American Legation, with full disability access, displays a copy of the Treaty of Marrakesh of 1786.',
      'Morocco and the United States: the Treaty of Peace and Friendship of 1786. (c) Copyright Morocco History Society.',
    ])
      expect(pageCount(treaty, page)).toBe(1);
  });
  it('rejects the WIPO treaty by its exceptions, its readers and its accessible copies', () => {
    const treaty = 'treaty-of-friendship-1786';
    for (const page of [
      'The United States joined the Marrakesh Treaty in 2019, creating copyright exceptions for people with print disabilities.',
      "Le Maroc a ratifié le traité de Marrakech, qui facilite l'accès aux livres pour les personnes handicapées.",
      'American libraries welcome the Marrakesh Treaty, which lets them share accessible books across borders.',
      'Le traité de Marrakech crée une exception au droit d’auteur pour les déficients visuels.',
    ])
      expect(pageCount(treaty, page)).toBe(0);
  });
});

describe("bundled pack: the Apache chief's ranks and units, not the tribe's in army history (mend20)", () => {
  const apache = 'ah-64-apache';
  it('keeps the tribe beside regiments, brigades and units of the army', () => {
    for (const page of [
      'The US Army spent years chasing the Apache chief the cavalry regiment could never corner.',
      "Alchesay, the 6th Cavalry regiment's Apache chief of scouts, received the Medal of Honor from the army.",
      "The program's Apache chief is played by a Navajo actor, and the army scenes were shot in Utah.",
      "Alchesay, chef apache de l'escadron d'éclaireurs, reçut une décoration de l'armée américaine.",
      'Le chef apache Victorio base ses guerriers dans la sierra, hors de portée de l’armée.',
      'Les langues apaches du programme scolaire sont enseignées près d’une base militaire.',
    ])
      expect(pageCount(apache, page)).toBe(0);
  });
  it("keeps the crews' chiefs by their rank, their unit and its possessive", () => {
    for (const page of [
      "Moroccan army aviation: the battalion's Apache chief of staff reviewed the helicopter fleet.",
      "L'armée marocaine a reçu ses AH-64E. Le chef Apache de l'escadron a présenté les hélicoptères.",
      "L'armée marocaine a reçu ses AH-64E. Le chef Apache du bataillon a présenté l'appareil.",
    ])
      expect(pageCount(apache, page)).toBeGreaterThan(0);
    expect(pageCount(apache, "Moroccan army aviation: the battalion's Apache chief of staff left.")).toBe(1);
  });
});
