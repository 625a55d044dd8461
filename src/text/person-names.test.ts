import { describe, expect, it } from 'vitest';
import { COUNTRY_TABLE } from './country-table';
import { nisbaOf } from './foreign-qualifier';
import { foldString } from './normalise';
import { OWN_DEMONYMS, rankDemonymVariants } from './person-names';

describe('rankDemonymVariants (red team 17, class N)', () => {
  it('writes the story people’s demonym after an opening rank, as French and Arabic do', () => {
    expect(rankDemonymVariants(foldString('الجنرال ميلي'))).toContain(foldString('الجنرال الأمريكي ميلي'));
    expect(rankDemonymVariants(foldString('général Milley'))).toContain(foldString('général américain Milley'));
  });

  it('leaves a name without a rank alone', () => {
    expect(rankDemonymVariants(foldString('مارك ميلي'))).toEqual([foldString('مارك ميلي')]);
  });

  it('writes the United States’ demonyms as countries.ts lists them', () => {
    const us = COUNTRY_TABLE.find((c) => c.code === 'us')!;
    const arabic = us.arNames.map(nisbaOf).filter((n): n is string => n !== null);
    const derived = new Set([...us.frDemonyms, ...arabic.map((n) => `ال${n}`)].map((w) => foldString(w)));
    expect(new Set(OWN_DEMONYMS)).toEqual(derived);
  });
});
