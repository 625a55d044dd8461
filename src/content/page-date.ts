/**
 * The page's publication date, read from its markup in the order news sites are most reliable
 * about it: JSON-LD, then meta tags, then a `<time>` in the article's header or byline, then the
 * URL, then a visible byline with a month name. The first candidate that parses to a plausible day
 * wins; later ones are never consulted, so a "last updated" further down cannot override it.
 */
import {
  datePublishedFromJsonLd,
  dayFromUrlPath,
  isPlausiblePublicationDay,
  parseStatedDay,
  type IsoDay,
} from '../text/page-date';

export type PageDateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'byline';

export interface PageDate {
  day: IsoDay;
  source: PageDateSource;
}

/** Meta tags that state the publication (not modification) time, by attribute and name. */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[name="sailthru.date"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
].join(',');

/** Where a news page puts its own date: the article's header, a byline, or a dateline. */
const BYLINE_SCOPE =
  'article header, header, [class*="byline" i], [class*="dateline" i], [class*="article-meta" i], [class*="post-meta" i], [class*="entry-meta" i]';

/** Byline text is short; a long element is the article body, whose dates are events, not the page's. */
const MAX_BYLINE_CHARS = 200;

function firstDay(candidates: Iterable<string | null | undefined>, today: IsoDay): IsoDay | null {
  for (const c of candidates) {
    if (!c) continue;
    const d = parseStatedDay(c);
    if (d && isPlausiblePublicationDay(d, today)) return d;
  }
  return null;
}

function* jsonLdCandidates(doc: Document): Generator<string | null> {
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]'))
    yield datePublishedFromJsonLd(s.textContent ?? '');
}

function* metaCandidates(doc: Document): Generator<string | null> {
  for (const m of doc.querySelectorAll(META_SELECTORS)) yield m.getAttribute('content');
}

function* timeCandidates(doc: Document): Generator<string | null> {
  const times = doc.querySelectorAll(
    `:is(${BYLINE_SCOPE}) time[datetime], time[itemprop="datePublished"], time[pubdate]`,
  );
  for (const t of times) yield t.getAttribute('datetime');
}

function* bylineCandidates(doc: Document): Generator<string | null> {
  for (const el of doc.querySelectorAll(BYLINE_SCOPE)) {
    const text = el.textContent ?? '';
    if (text.length <= MAX_BYLINE_CHARS) yield text;
  }
}

/** The page's publication day, or null when the page does not state one (read it as today). */
export function readPageDate(doc: Document, url: string, today: IsoDay): PageDate | null {
  const steps: [PageDateSource, () => Iterable<string | null>][] = [
    ['json-ld', () => jsonLdCandidates(doc)],
    ['meta', () => metaCandidates(doc)],
    ['time', () => timeCandidates(doc)],
    ['url', () => [dayFromUrlPath(url)]],
    ['byline', () => bylineCandidates(doc)],
  ];
  for (const [source, candidates] of steps) {
    const d = firstDay(candidates(), today);
    if (d) return { day: d, source };
  }
  return null;
}

/**
 * The page's day, read once on first use (a card or the popup asks; most pages are never asked)
 * and again only when the URL changed (a single-page app's navigation is another article).
 */
export function memoPageDate(doc: Document, url: () => string): () => IsoDay | null {
  let readFor: string | null = null;
  let day: IsoDay | null = null;
  return () => {
    const now = url();
    if (readFor !== now) {
      readFor = now;
      day = readPageDate(doc, now, new Date().toISOString().slice(0, 10))?.day ?? null;
    }
    return day;
  };
}
