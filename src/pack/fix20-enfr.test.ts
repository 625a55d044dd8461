/**
 * Review 20 (fix20-enfr) on the bundled pack: two namesakes told apart by their own register. The
 * Philippine Professional Regulation Commission (PRC) runs licensure exams and oath-takings; the WIPO
 * Marrakesh Treaty of 2013 is written about with disability and copyright words, not only blind readers.
 */
import { describe, expect, it } from 'vitest';
import { pageCount, pageMentions } from './bundled-test-pack';

describe('bundled pack: the PRC of licensure exams (en-blind19-062)', () => {
  it('reads the exams, their passers and oath-takings as the Philippine commission', () => {
    expect(pageCount('china', 'The PRC released the list of passers of the nurses licensure examination.')).toBe(0);
    expect(pageCount('china', 'The PRC oathtaking for new engineers will be online.')).toBe(0);
    expect(pageCount('china', 'PRC registrants must bring two photos to the office in Cebu.')).toBe(0);
  });
  it('keeps the PRC as China, exams of its own included', () => {
    expect(pageCount('china', 'The PRC opened its first overseas military base in Djibouti in 2017.')).toBe(1);
    expect(pageCount('china', 'Exam cheating in the PRC led the ministry to fly drones over test centres.')).toBe(1);
  });
});

describe('bundled pack: the WIPO treaty by its disability and copyright words (en-blind19-072)', () => {
  it('rejects the 2013 treaty in a title that names its exceptions, beside the 1786 one', () => {
    const page = [
      'Print disabilities and copyright exceptions: the Marrakesh Treaty at ten',
      'It should not be confused with the 1786 Treaty of Marrakesh between Morocco and the young republic.',
    ];
    expect(pageMentions(...page)).toEqual(['Treaty of Marrakesh=treaty-of-friendship-1786', 'Morocco=morocco']);
    expect(pageCount('treaty-of-friendship-1786', 'Le traité de Marrakech crée une exception au droit d’auteur.')).toBe(
      0,
    );
  });
  it('keeps the 1786 treaty', () => {
    expect(
      pageCount('treaty-of-friendship-1786', 'The Marrakesh Treaty of 1786 was signed with Sultan Mohammed III.'),
    ).toBe(1);
  });
});
