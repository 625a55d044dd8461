import { describe, expect, it } from 'vitest';
import bundled from '../pack/bundled-pack.json';
import { buildMatcher, createPageState } from './matcher';
import { foldString } from './normalise';
import { decidePage } from './page-evidence';
import type { Pack } from './pack-types';
import { crossedSeats, seatVariants } from './seat-variants';

const variants = (alias: string): string[] => seatVariants(foldString(alias));

describe('seatVariants', () => {
  it('writes a seat after a separate preposition with each other one', () => {
    const v = variants('السفارة الأمريكية في الرباط');
    for (const form of [
      'السفارة الأمريكية لدى الرباط',
      'السفارة الأمريكية بالرباط',
      'السفارة الأمريكية بالعاصمة الرباط',
    ])
      expect(v).toContain(foldString(form));
    expect(v).toContain(foldString('السفارة الأمريكية في العاصمة الرباط'));
  });

  it('reads an attached ب or لل as the seat, and writes ل before the article as لل', () => {
    expect(variants('السفارة الأمريكية بالمغرب')).toContain(foldString('السفارة الأمريكية لدى المغرب'));
    expect(variants('السفارة الأمريكية بالمغرب')).toContain(foldString('السفارة الأمريكية للمغرب'));
    expect(variants('القيادة الأمريكية لإفريقيا')).toContain(foldString('القيادة الأمريكية الخاصة بإفريقيا'));
  });

  it('offers the capital noun only before a name with the article', () => {
    expect(variants('القيادة الأمريكية في إفريقيا')).not.toContain(foldString('القيادة الأمريكية بالعاصمة إفريقيا'));
  });

  it('leaves a name without a seat, or a ب that is the word’s own, alone', () => {
    expect(variants('مناورات الأسد الإفريقي')).toEqual([foldString('مناورات الأسد الإفريقي')]);
    expect(variants('قاعدة جوية بنجرير')).toEqual([foldString('قاعدة جوية بنجرير')]);
    expect(variants('في الرباط')).toEqual([foldString('في الرباط')]);
  });
});

describe('the seat in the bundled pack (red team 17, class J)', () => {
  const matcher = buildMatcher([bundled as unknown as Pack]);
  const found = (text: string): string[] => decidePage(matcher.find(text, createPageState()), (_m, id) => id).sort();

  it('counts the embassy once, not its seat again', () => {
    expect(found('أعلنت السفارة الأمريكية لدى الرباط تعيين ملحق عسكري جديد.')).toEqual(['us-embassy-morocco']);
    expect(found('نظمت السفارة الأمريكية بالعاصمة الرباط ندوة حول ريادة الأعمال.')).toEqual(['us-embassy-morocco']);
    expect(found('قالت سفارة الولايات المتحدة في العاصمة الرباط إن القنصلية تعمل بشكل عادي.')).toEqual([
      'us-embassy-morocco',
    ]);
    expect(found('أعلنت سفارة الولايات المتحدة لدى المغرب عن برنامج منح.')).toEqual(['us-embassy-morocco']);
    expect(found('أصدرت القيادة الأمريكية الخاصة بإفريقيا بيانا حول التمرين.')).toEqual(['africom']);
  });

  it('still counts a seat that is no part of the story’s names', () => {
    expect(found('أعلنت السفارة الأمريكية في العاصمة المغربية عن مسابقة للشباب.')).toEqual(['us-embassy-morocco']);
    expect(found('افتتح مكتب الاتصال الإسرائيلي بالعاصمة الرباط مقرا جديدا.')).toEqual(['rabat']);
    expect(found('أعلنت السفارة الفرنسية لدى المغرب عن منح للدراسة.')).toEqual(['morocco']);
    expect(found('عقدت القيادة الأمريكية الخاصة بأوروبا اجتماعا لقادة الأساطيل.')).toEqual([]);
  });
});

describe('crossedSeats (blind20)', () => {
  const crossed = (aliases: string[]): Map<string, string[]> => crossedSeats(aliases.map((a) => foldString(a)));

  it('joins every head of the name to every seat, with the preposition a writer may swap', () => {
    const c = crossed(['U.S. Embassy', 'American Embassy', 'U.S. Embassy in Rabat', 'American Embassy Rabat']);
    const made = [...c.values()].flat();
    for (const name of ['American Embassy in Rabat', 'American Embassy at Rabat', 'U.S. Embassy at Rabat'])
      expect(made).toContain(foldString(name));
    // each belongs to the seat alias whose place it takes, and none repeats an alias
    expect(c.get(foldString('U.S. Embassy in Rabat'))).toContain(foldString('American Embassy in Rabat'));
    expect(made).not.toContain(foldString('U.S. Embassy in Rabat'));
    expect(new Set(made).size).toBe(made.length);
  });

  it('swaps à for de in French, and leaves a head with no seat of its own alone', () => {
    const c = crossed([
      'ambassade américaine',
      'ambassade US',
      'ambassade américaine au Maroc',
      'ambassade US à Rabat',
    ]);
    const made = [...c.values()].flat();
    for (const name of ['ambassade américaine à Rabat', 'ambassade américaine de Rabat', 'ambassade US au Maroc'])
      expect(made).toContain(foldString(name));
    expect([...crossed(['ambassade des USA', 'ambassade US', 'ambassade US à Rabat']).values()].flat()).not.toContain(
      foldString('ambassade des USA à Rabat'),
    );
    expect(crossed(['AFRICOM', 'U.S. Africa Command']).size).toBe(0);
  });

  it('takes a seat without its preposition only for a place some seat names with one', () => {
    const made = [...crossed(['Wagner', 'Wagner Group', 'Wagner mercenaries', 'Wagner in Mali']).values()].flat();
    expect(made).not.toContain(foldString('Wagner Group mercenaries'));
    expect(crossed(['Wagner', 'Wagner Group']).size).toBe(0);
  });
});

describe('the embassy with its seat in the bundled pack (blind20)', () => {
  const matcher = buildMatcher([bundled as unknown as Pack]);
  const found = (text: string): string[] => decidePage(matcher.find(text, createPageState()), (_m, id) => id).sort();

  it('counts the embassy once, whichever head and seat the page joins', () => {
    for (const text of [
      'His last assignment was as defense attaché at the American Embassy in Rabat.',
      'The US Embassy at Rabat issued a security alert on Friday.',
      'Visa interviews at the American Embassy in Morocco resumed on Monday.',
      "Il a été attaché de défense à l'ambassade des USA à Rabat.",
      "L'ambassade américaine de Rabat a publié une alerte de sécurité.",
    ])
      expect(found(text), text).toEqual(['us-embassy-morocco']);
  });

  it('still counts Rabat beside another country’s embassy, and no embassy of ours elsewhere', () => {
    expect(found('The British Embassy in Rabat will be closed on Monday.')).toEqual(['rabat']);
    expect(found("L'ambassade de France à Rabat sera fermée lundi.")).toEqual(['rabat']);
    expect(found('After Rabat, his next posting was the American Embassy in Tunis.')).toEqual(['rabat']);
  });
});
