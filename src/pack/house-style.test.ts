/** Gate: every Arabic and French text of the bundled pack follows the house style (README). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../text/pack-types';
import { houseStyleIssues } from './house-style';

const pack = JSON.parse(readFileSync(new URL('./bundled-pack.json', import.meta.url), 'utf8')) as Pack;

function oneFact(text: { ar?: string; fr?: string }): Pack {
  return {
    id: 'p',
    version: '1',
    title: 't',
    updated: '2026-01-01',
    entities: [
      {
        id: 'e',
        category: 'place',
        names: { en: 'e' },
        aliases: {},
        summary: { en: 's' },
        facts: [{ text, date: '2020', sources: [] }],
      },
    ],
  };
}

describe('house style', () => {
  it('the bundled pack follows it', () => {
    expect(houseStyleIssues(pack)).toEqual([]);
  });

  it('catches French spacing, quotes, thousands and the listed wrong terms', () => {
    const issues = (fr: string) => houseStyleIssues(oneFact({ fr })).length;
    expect(issues('Il est venu ; il est reparti.')).toBe(1);
    expect(issues('Il est venu\u202f; il est reparti.')).toBe(0);
    expect(issues('Trois pays : le Mali.')).toBe(1);
    expect(issues('un « poste » virtuel')).toBe(1);
    expect(issues('un «\u202fposte\u202f» virtuel')).toBe(0);
    expect(issues('plus de 10 000 militaires')).toBe(1);
    expect(issues('confirmé par vote à main levée')).toBe(1);
  });

  it('catches Arabic spellings and punctuation outside the house style', () => {
    const issues = (ar: string) => houseStyleIssues(oneFact({ ar })).length;
    expect(issues('في القارة الأفريقية')).toBe(1);
    expect(issues('في القارة الإفريقية')).toBe(0);
    expect(issues('الجيش الأميركي')).toBe(1);
    expect(issues('تونس, والمغرب')).toBe(1);
    expect(issues('مساحتها 2,381,741 كيلومتراً')).toBe(0);
  });
});
