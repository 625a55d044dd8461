import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { buildMatcher } from './matcher';
import { testEntity, testPack } from './test-entity';

describe('initials between the words of a name', () => {
  it('reads single-letter initials after a word as nothing', () => {
    expect(normalise('Gen. Dagvin R. M. Anderson took over').text).toBe('gen. dagvin anderson took over');
    expect(normalise('الجنرال داجفين ر. م. أندرسون').text).toBe('الجنرال داجفين اندرسون');
    expect(normalise('Mark A. Milley').text).toBe('mark milley');
  });

  it('keeps joined initials and a letter opening a sentence', () => {
    expect(normalise('the U.S. Army and R.M. Anderson').text).toBe('the u.s. army and r.m. anderson');
    expect(normalise('It ended. A. Smith wrote').text).toBe('it ended. a. smith wrote');
    expect(normalise('No. 5 and 12 B. Street').text).toBe('no. 5 and 12 b. street');
  });

  it('drops initials after the loop as if at their space: runs of spaces, marks, later text in place', () => {
    const n = normalise('Dagvin R.  M.\u0301  Anderson and U.S. B. Co');
    expect(n.text).toBe('dagvin anderson and u.s. b. co');
    // the space kept before the initials spans them and the run of spaces after the last one
    expect([n.starts[6], n.ends[6]]).toEqual([6, 16]);
    expect([n.starts[7], n.ends[7]]).toEqual([16, 17]);
    expect(n.starts[n.text.length - 1]).toBe(38);
  });

  it('keeps the offset map exact: the name’s span covers its initials', () => {
    const text = 'Gen. Dagvin R. M. Anderson took over';
    const m = buildMatcher([testPack([testEntity({ id: 'da', aliases: { en: ['Dagvin Anderson'] } })])]);
    expect(m.find(text).map((x) => x.text)).toEqual(['Dagvin R. M. Anderson']);
    const ar = buildMatcher([testPack([testEntity({ id: 'da', aliases: { ar: ['داجفين أندرسون'] } })])]);
    expect(ar.find('تسلم داجفين ر. م. أندرسون القيادة').map((x) => x.text)).toEqual(['داجفين ر. م. أندرسون']);
  });
});
