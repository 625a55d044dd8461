// @vitest-environment happy-dom
/**
 * Head and byline markup in the shapes real news sites use (written for these tests: a WordPress
 * SEO plugin's @graph, a wire service's meta tags, Arabic and French outlets' bylines).
 */
import { describe, expect, it } from 'vitest';
import { readPageDate } from './page-date';

const TODAY = '2026-12-06';

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html>${html}</html>`, 'text/html');
}

describe('readPageDate', () => {
  it('prefers JSON-LD in a WordPress-style @graph over the meta tags', () => {
    const d = doc(`<head>
      <meta property="article:published_time" content="2024-02-21T06:00:00+00:00">
      <meta property="article:modified_time" content="2025-01-03T12:00:00+00:00">
      <script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","@id":"https://news.example/p/#webpage","datePublished":"2024-02-20T22:10:00+00:00","dateModified":"2025-01-03T12:00:00+00:00"},
        {"@type":"ImageObject","@id":"https://news.example/#logo","datePublished":"2018-01-01"},
        {"@type":"NewsArticle","isPartOf":{"@id":"https://news.example/p/#webpage"},"datePublished":"2024-02-20T22:10:00+00:00"}
      ]}</script></head><body><p>Text</p></body>`);
    expect(readPageDate(d, 'https://news.example/p/', TODAY)).toEqual({ day: '2024-02-20', source: 'json-ld' });
  });

  it('skips malformed and future JSON-LD and goes on to the meta tags', () => {
    const d = doc(`<head>
      <script type="application/ld+json">{ this is not json }</script>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-05-01"}</script>
      <meta name="parsely-pub-date" content="2024-02-20T09:12:44Z"></head><body></body>`);
    expect(readPageDate(d, 'https://wire.example/world/x', TODAY)).toEqual({ day: '2024-02-20', source: 'meta' });
  });

  it.each([
    ['<meta property="og:article:published_time" content="2024-02-20T11:02:00+01:00">'],
    ['<meta name="sailthru.date" content="2024-02-20 11:02:00">'],
    ['<meta name="dc.date" content="2024-02-20">'],
    ['<meta name="DC.date.issued" content="2024-02-20">'],
    ['<meta itemprop="datePublished" content="2024-02-20T11:02:00+01:00">'],
  ])('reads %s', (meta) => {
    expect(readPageDate(doc(`<head>${meta}</head><body></body>`), 'https://x.example/a', TODAY)).toEqual({
      day: '2024-02-20',
      source: 'meta',
    });
  });

  it('never takes a modification date for the publication date', () => {
    const d = doc(`<head><meta property="article:modified_time" content="2025-06-01T00:00:00Z">
      <meta property="og:updated_time" content="2025-06-01T00:00:00Z"></head><body><p>No date here.</p></body>`);
    expect(readPageDate(d, 'https://x.example/a', TODAY)).toBeNull();
  });

  it('reads a <time datetime> in the article header, not one in the body', () => {
    const d = doc(`<head><title>Le Maroc et l'Africom</title></head><body>
      <article><header><h1>Exercice African Lion</h1>
        <p class="meta">Par la rédaction · <time datetime="2024-02-20T08:00:00+01:00">20 février 2024</time></p></header>
        <p>Le premier exercice a eu lieu le <time datetime="2004-01-01">1er janvier 2004</time>.</p></article></body>`);
    expect(readPageDate(d, 'https://journal.example/maroc/africom', TODAY)).toEqual({
      day: '2024-02-20',
      source: 'time',
    });
  });

  it('ignores a <time> that sits only in the body', () => {
    const d = doc(
      `<body><main><p>The first edition ran in <time datetime="2004-03-10">March 2004</time>.</p></main></body>`,
    );
    expect(readPageDate(d, 'https://x.example/a', TODAY)).toBeNull();
  });

  it('falls back to the date in the URL path', () => {
    const d = doc(`<head><title>x</title></head><body><p>Body</p></body>`);
    expect(readPageDate(d, 'https://www.example-news.com/world/2024/02/20/general-in-rabat/', TODAY)).toEqual({
      day: '2024-02-20',
      source: 'url',
    });
  });

  it('reads an Arabic byline with a month name as the last resort', () => {
    const d = doc(`<body dir="rtl"><div class="article-meta"><span>الرباط - هيئة التحرير</span>
      <span>الثلاثاء ٢٠ فبراير ٢٠٢٤ - ١٠:٣٠</span></div><div class="content"><p>نص المقال</p></div></body>`);
    expect(readPageDate(d, 'https://ar.example.ma/politique/123456.html', TODAY)).toEqual({
      day: '2024-02-20',
      source: 'byline',
    });
  });

  it('reads a French byline', () => {
    const d = doc(`<body><div class="byline">Par A. B. — Publié le 1er mars 2024 à 10h05</div></body>`);
    expect(readPageDate(d, 'https://fr.example/article', TODAY)).toEqual({ day: '2024-03-01', source: 'byline' });
  });

  it('does not read the body text as a byline', () => {
    const long = 'Le 20 février 2024, le général a visité Rabat. '.repeat(10);
    const d = doc(`<body><div class="post-meta">${long}</div></body>`);
    expect(readPageDate(d, 'https://fr.example/article', TODAY)).toBeNull();
  });

  it('is null for a page that states no date (read as today)', () => {
    expect(readPageDate(doc('<head></head><body><p>AFRICOM</p></body>'), 'https://x.example/', TODAY)).toBeNull();
  });
});
