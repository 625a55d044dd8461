/**
 * Reading a publication date as a page states it. Pure string logic: the DOM side
 * (`src/content/page-date.ts`) finds the candidate strings, this decides what they say.
 *
 * A date is kept as written (the calendar day in the page's own time zone): "2024-02-20T23:30-05:00"
 * is 20 February, never converted to UTC, because the reader compares it with dated facts, not clocks.
 */
import { debug } from '../shared/debug-log';

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** Pages older than the web are not news pages; a year before this is a parsing accident. */
const EARLIEST_YEAR = 1990;

function day(y: number, m: number, d: number): IsoDay | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < EARLIEST_YEAR || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  // Date.UTC rolls 31 February over into March; a day that does not exist is not a date.
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Arabic-Indic and Eastern Arabic-Indic digits read as ASCII digits. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

// Machine dates: ISO 8601 calendar dates with or without a time, and the compact 20240220 form.
const ISO_DAY = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const COMPACT_DAY = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T|\s)/;

/** Month names as bylines write them, folded to lower case without diacritics. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      // English, full and abbreviated.
      ['january jan', 1],
      ['february feb', 2],
      ['march mar', 3],
      ['april apr', 4],
      ['may', 5],
      ['june jun', 6],
      ['july jul', 7],
      ['august aug', 8],
      ['september sep sept', 9],
      ['october oct', 10],
      ['november nov', 11],
      ['december dec', 12],
      // French (folded: février → fevrier, août → aout, décembre → decembre).
      ['janvier janv', 1],
      ['fevrier fevr', 2],
      ['mars', 3],
      ['avril avr', 4],
      ['mai', 5],
      ['juin', 6],
      ['juillet juil', 7],
      ['aout', 8],
      ['septembre', 9],
      ['octobre', 10],
      ['novembre', 11],
      ['decembre', 12],
      // Arabic: Egyptian/Gulf forms, Moroccan forms, and the Levantine (Syriac) month names.
      ['يناير كانون_الثاني', 1],
      ['فبراير فبرائر شباط', 2],
      ['مارس آذار اذار', 3],
      ['أبريل ابريل إبريل نيسان', 4],
      ['مايو ماي أيار ايار', 5],
      ['يونيو يونيه حزيران', 6],
      ['يوليو يوليوز يوليه تموز', 7],
      ['أغسطس اغسطس غشت آب اب', 8],
      ['سبتمبر شتنبر أيلول ايلول', 9],
      ['أكتوبر اكتوبر تشرين_الأول تشرين_الاول', 10],
      ['نوفمبر نونبر تشرين_الثاني', 11],
      ['ديسمبر دجنبر كانون_الأول كانون_الاول', 12],
    ] as const
  ).flatMap(([names, m]) => names.split(' ').map((n) => [fold(n.replace(/_/g, ' ')), m] as [string, number])),
);

/** Lower case without Latin accents or Arabic hamza/madda marks and tashkeel (NFKD splits أ into ا + hamza). */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .toLowerCase();
}

const MONTH_WORD = '([a-z]+\\.?|[\\u0621-\\u064a]+(?: [\\u0621-\\u064a]+)?)';
// "20 February 2024", "1er mars 2024", "٢٠ فبراير ٢٠٢٤", "20 شباط/فبراير 2024" (first name wins).
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:er)?\\s+${MONTH_WORD}(?:\\s*/\\s*[^\\s\\d]+)?,?\\s+(\\d{4})`);
// "February 20, 2024", "Feb. 20 2024".
const MONTH_DAY_YEAR = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`);

function monthOf(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  return MONTHS.get(w) ?? MONTHS.get(w.replace(/^ال/, ''));
}

/**
 * The calendar day a date string states, or null. Accepts ISO 8601 (with or without time and
 * offset), the compact `YYYYMMDD` form, and day–month–year or month–day–year with English, French
 * or Arabic month names, in ASCII or Arabic-Indic digits.
 */
export function parseStatedDay(text: string): IsoDay | null {
  const s = asciiDigits(text).trim();
  if (!s) return null;
  const iso = ISO_DAY.exec(s) ?? COMPACT_DAY.exec(s);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const f = fold(s);
  const dmy = DAY_MONTH_YEAR.exec(f);
  if (dmy) {
    const m = monthOf(dmy[2]!);
    if (m) return day(Number(dmy[3]), m, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(f);
  if (mdy) {
    const m = monthOf(mdy[1]!);
    if (m) return day(Number(mdy[3]), m, Number(mdy[2]));
  }
  return null;
}

/** A day the page can really have been published on: not in the future (one day of slack for
 * time zones, since the stated day is not converted) and not before the web. */
export function isPlausiblePublicationDay(d: IsoDay, today: IsoDay): boolean {
  const slack = new Date(`${today}T00:00:00Z`);
  slack.setUTCDate(slack.getUTCDate() + 1);
  return d <= slack.toISOString().slice(0, 10) && Number(d.slice(0, 4)) >= EARLIEST_YEAR;
}

/** `/2024/02/20/` or `/2024-02-20-…` in a URL's path (never its query: tracking parameters lie). */
export function dayFromUrlPath(url: string): IsoDay | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch (e) {
    debug('page date: URL', e);
    return null;
  }
  const slashed = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(path);
  if (slashed) return day(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const dashed = /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/.exec(path);
  if (dashed) return day(Number(dashed[1]), Number(dashed[2]), Number(dashed[3]));
  return null;
}

const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|Blog|WebPage|Review|LiveBlogPosting/;

/**
 * `datePublished` from one JSON-LD script's text: objects, arrays and `@graph` at any depth.
 * An article-like node (`NewsArticle`, `BlogPosting`, …) wins over any other node that carries the
 * property (an `ImageObject`'s upload date is not the article's). Malformed JSON gives null.
 */
export function datePublishedFromJsonLd(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    // A page's malformed JSON-LD is the page's problem: the next candidate is read.
    debug('page date: JSON-LD', e);
    return null;
  }
  let fallback: string | null = null;
  const seen = new Set<unknown>();
  const stack: unknown[] = [data];
  // Depth-first in document order: the first article-like node is the page's own.
  while (stack.length) {
    const node = stack.shift();
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      stack.unshift(...node);
      continue;
    }
    const rec = node as Record<string, unknown>;
    const published = rec['datePublished'];
    const value =
      typeof published === 'string'
        ? published
        : Array.isArray(published) && typeof published[0] === 'string'
          ? published[0]
          : null;
    if (value) {
      const type = rec['@type'];
      const types = Array.isArray(type) ? type.join(' ') : String(type ?? '');
      if (ARTICLE_TYPE.test(types)) return value;
      fallback ??= value;
    }
    stack.unshift(...Object.values(rec).filter((v) => v && typeof v === 'object'));
  }
  return fallback;
}
