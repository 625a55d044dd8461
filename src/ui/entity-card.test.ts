// @vitest-environment happy-dom
/** The card in two tenses: what held on the page's day, apart from what changed since. */
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Entity, Fact } from '../text/pack-types';

// UI strings: the key and its substitutions, so the test reads what the card asked for.
vi.mock('../shared/browser', () => ({
  default: { i18n: { getMessage: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' ') } },
}));
const { EntityCard } = await import('./EntityCard');

const src = [{ title: 's', url: 'https://example.org/a' }];
const fact = (en: string, time: Partial<Fact>): Fact => ({ text: { en }, sources: src, ...time });
const milley: Entity = {
  id: 'mark-milley',
  category: 'person',
  names: { en: 'Mark Milley' },
  aliases: { en: ['Mark Milley'] },
  summary: { en: 'US general' },
  facts: [
    fact('Chairman of the Joint Chiefs', { from: '2019-10-01', until: '2023-09-30' }),
    fact('Caine became Chairman', { date: '2025-04-11' }),
  ],
};

function card(pageDay: string | null): HTMLElement {
  const root = document.createElement('div');
  render(h(EntityCard, { entity: milley, lang: 'en', personal: false, updated: '2026-02-03', pageDay }), root);
  return root;
}

describe('EntityCard at a page date', () => {
  it('shows a state that ended before the page with its end, and later facts apart', () => {
    const root = card('2024-02-20');
    const then = root.querySelector('.glossa-then')!;
    expect(then.querySelector('.glossa-tense')?.textContent).toBe('cardThen 2024-02-20');
    expect(then.querySelector('time')?.textContent).toBe('cardRelSpan 2019-10-01 2023-09-30');
    expect(root.querySelector('.glossa-since')?.textContent).toContain('2025-04-11');
    expect(then.textContent).not.toContain('Caine');
  });

  it("shows a state that ended after the page as the page knew it: held, its end under 'since'", () => {
    const root = card('2022-01-10');
    expect(root.querySelector('.glossa-then time')?.textContent).toBe('cardRelSince 2019-10-01');
    const since = [...root.querySelectorAll('.glossa-since li')].map((li) => li.textContent);
    expect(since[0]).toContain('2023-09-30');
    expect(since[0]).toContain('cardEnded');
  });

  it('shows every fact in one list without a page date', () => {
    const root = card(null);
    expect(root.querySelector('.glossa-then')).toBeNull();
    expect(root.querySelectorAll('.glossa-fact')).toHaveLength(2);
  });
});
