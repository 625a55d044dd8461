import { describe, expect, it } from 'vitest';
import type { CorpusPassage } from './passage';
import { renderReport } from './report';
import { scorePassage } from './score';

function passage(
  id: string,
  split: 'dev' | 'test' | 'holdout',
  text: string,
  mentions: Record<string, number>,
): CorpusPassage {
  return {
    id,
    alias: 'Apache',
    sense: 'other',
    kind: 'software',
    seenAt: ['https://example.org/'],
    text,
    mentions,
    file: 'f.json',
    lang: 'en',
    split,
  };
}

describe('renderReport', () => {
  const fp = passage('en-apache-001', 'test', 'The Apache web server.', {});
  const miss = passage('en-apache-002', 'dev', 'Washington bought Apache helicopters.', {
    'ah-64-apache': 1,
    'united-states': 1,
  });
  const results = [
    {
      passage: fp,
      scores: scorePassage(fp.mentions, [{ id: 'ah-64-apache', matches: [{ start: 4, end: 10, text: 'Apache' }] }]),
    },
    {
      passage: miss,
      scores: scorePassage(miss.mentions, [
        { id: 'ah-64-apache', matches: [{ start: 18, end: 37, text: 'Apache helicopters' }] },
      ]),
    },
  ];
  const report = renderReport(results, ['united-states']);

  it('gives precision and recall per language and split, and without entities absent from the pack', () => {
    expect(report).toContain('| en | dev | 1 | 2 | 1 | 1 | 0 | 1 | 100.0 % | 50.0 % |');
    expect(report).toContain('| en | test | 1 | 0 | 1 | 0 | 1 | 0 | 0.0 % | 100.0 % |');
    expect(report).toContain('| en | dev | 1 | 1 | 1 | 0 | 0 | 100.0 % | 100.0 % |');
    expect(report).toContain('absent from the pack (every mention is a miss): united-states');
  });

  it('lists each false positive and each miss with its passage id and the matches marked', () => {
    expect(report).toContain('## False positives (1)');
    expect(report).toContain(
      '`en-apache-001` (test, alias Apache, other/software) **ah-64-apache**: expected 0, found 1',
    );
    expect(report).toContain('> The «Apache» web server.');
    expect(report).toContain('## Misses (1)');
    expect(report).toContain(
      '`en-apache-002` (dev, alias Apache, other/software) **united-states**: expected 1, found 0',
    );
  });

  it('keeps the holdout split sealed: its figures per language, but no entity rows and no passages', () => {
    const sealed = passage('en-hold-001', 'holdout', 'The Apache Software Foundation.', {});
    const withHoldout = renderReport(
      [
        ...results,
        {
          passage: sealed,
          scores: scorePassage(sealed.mentions, [
            { id: 'ah-64-apache', matches: [{ start: 4, end: 10, text: 'Apache' }] },
          ]),
        },
      ],
      [],
    );
    expect(withHoldout).toContain('| en | holdout | 1 | 0 | 1 | 0 | 1 | 0 | 0.0 % | 100.0 % |');
    expect(withHoldout).not.toContain('en-hold-001');
    expect(withHoldout).not.toContain('Software Foundation');
    expect(withHoldout).not.toMatch(/\| ah-64-apache \| en \| holdout \|/);
    expect(withHoldout).toContain('## False positives (1)');
  });

  it('counts other-sense passages the engine fired on', () => {
    expect(report).toMatch(/\| en \| test \| 1 \| 1 \|/);
  });
});
