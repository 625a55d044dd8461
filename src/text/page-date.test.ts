import { describe, expect, it } from 'vitest';
import { datePublishedFromJsonLd, dayFromUrlPath, isPlausiblePublicationDay, parseStatedDay } from './page-date';

describe('parseStatedDay', () => {
  it.each([
    ['2024-02-20', '2024-02-20'],
    ['2024-02-20T08:15:00Z', '2024-02-20'],
    // Kept as stated: late evening in New York is still the 20th, though it is the 21st in UTC.
    ['2024-02-20T23:30:00-05:00', '2024-02-20'],
    ['2024-02-20 09:41:07', '2024-02-20'],
    ['20240220', '2024-02-20'],
    ['20240220T101500', '2024-02-20'],
    ['February 20, 2024', '2024-02-20'],
    ['Feb. 20, 2024 10:02 AM ET', '2024-02-20'],
    ['Published 20 February 2024', '2024-02-20'],
    ['mardi 20 février 2024 à 11h02', '2024-02-20'],
    ['Publié le 1er mars 2024', '2024-03-01'],
    ['20 août 2025', '2025-08-20'],
    ['الثلاثاء 20 فبراير 2024', '2024-02-20'],
    ['٢٠ فبراير ٢٠٢٤', '2024-02-20'],
    ['20 شباط/فبراير 2024', '2024-02-20'],
    ['15 أغسطس 2025', '2025-08-15'],
    ['3 أبريل 2024', '2024-04-03'],
    ['الأربعاء 21 غشت 2024', '2024-08-21'],
    ['9 تشرين الأول 2023', '2023-10-09'],
  ])('%s → %s', (input, day) => {
    expect(parseStatedDay(input)).toBe(day);
  });

  it.each([
    '',
    'yesterday',
    '2024-02-31',
    '2024-13-01',
    '1789-07-14',
    '31 févr. 2024',
    '20 Smarch 2024',
    'NaN-NaN-NaN',
  ])('rejects %j', (input) => {
    expect(parseStatedDay(input)).toBeNull();
  });
});

describe('isPlausiblePublicationDay', () => {
  it('accepts today and the next day (stated days are not converted between zones)', () => {
    expect(isPlausiblePublicationDay('2026-12-06', '2026-12-06')).toBe(true);
    expect(isPlausiblePublicationDay('2026-12-07', '2026-12-06')).toBe(true);
  });
  it('rejects a future day', () => {
    expect(isPlausiblePublicationDay('2026-12-08', '2026-12-06')).toBe(false);
    expect(isPlausiblePublicationDay('2031-01-01', '2026-12-06')).toBe(false);
  });
});

describe('dayFromUrlPath', () => {
  it.each([
    ['https://www.example-news.com/world/africa/2024/02/20/us-general-visits-rabat/', '2024-02-20'],
    ['https://example.ma/2024/2/9/article.html', '2024-02-09'],
    ['https://blog.example.org/posts/2024-02-20-african-lion-begins', '2024-02-20'],
  ])('%s → %s', (url, day) => {
    expect(dayFromUrlPath(url)).toBe(day);
  });
  it.each([
    'https://example.com/article/123456',
    'https://example.com/world?date=2024/02/20',
    'https://example.com/2024/02/',
    'https://example.com/2024/02/31/x',
    'not a url',
  ])('none in %s', (url) => {
    expect(dayFromUrlPath(url)).toBeNull();
  });
});

describe('datePublishedFromJsonLd', () => {
  it('reads a plain NewsArticle', () => {
    expect(
      datePublishedFromJsonLd(
        '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-02-20T10:00:00+01:00"}',
      ),
    ).toBe('2024-02-20T10:00:00+01:00');
  });
  it('finds the article inside @graph, over an image that carries its own upload date', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'ImageObject', datePublished: '2019-05-01' },
        { '@type': 'WebSite', name: 'Example' },
        { '@type': ['Article', 'NewsArticle'], datePublished: '2024-02-20' },
      ],
    });
    expect(datePublishedFromJsonLd(graph)).toBe('2024-02-20');
  });
  it('reads a top-level array', () => {
    expect(
      datePublishedFromJsonLd('[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","datePublished":"2024-03-01"}]'),
    ).toBe('2024-03-01');
  });
  it('falls back to any datePublished when no node is article-like', () => {
    expect(datePublishedFromJsonLd('{"@type":"VideoObject","datePublished":"2024-01-05"}')).toBe('2024-01-05');
  });
  it('survives malformed JSON and cycles of shape', () => {
    expect(datePublishedFromJsonLd('{"@type": "NewsArticle", datePublished: 2024}')).toBeNull();
    expect(datePublishedFromJsonLd('{"@type":"NewsArticle","datePublished":20240220}')).toBeNull();
  });
});
