/**
 * A name alone in a table cell (issue 16, fix13): a page's table writes each cell as its own block,
 * so the sunset prayer's cell (المغرب | 6:10 م) has no words of its own to settle it. The engine
 * leaves it pending (src/text/arabic-shape.ts, `alone`), and the whole page decides it, on the page
 * exactly as the scan CLI decides it for the same HTML: a timetable counts nothing, a story page
 * counts it. The story page also writes a name as a hashtag with underscores.
 */
import { expect, it } from 'vitest';
import { cliView as cli, paintedTexts, paintEveryMention } from './harness/as-the-cli';
import { describeInBrowsers } from './harness/suite';
import { highlightTexts, pageEntities, settledAfter } from './harness/page-probes';

const TIMETABLE = [
  ['الفجر', '4:21 ص'],
  ['الظهر', '11:59 ص'],
  ['العصر', '3:29 م'],
  ['المغرب', '6:10 م'],
  ['العشاء', '7:28 م'],
]
  .map(([prayer, time]) => `<tr><td>${prayer}</td><td>${time}</td></tr>`)
  .join('');

/** An Arabic page: a heading, these paragraphs, then the timetable. */
const arabicPage = (...paragraphs: string[]): string =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مواقيت</title></head><body>` +
  `<h1>مواقيت الصلاة اليوم</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}` +
  `<table><tr><th>الصلاة</th><th>الموعد</th></tr>${TIMETABLE}</table></body></html>`;

describeInBrowsers(
  'on the page: a name alone in a table cell, decided by the whole page as the CLI decides it',
  (get) => {
    paintEveryMention(get);

    it('counts and paints nothing on a prayer timetable', async () => {
      const { browser, server } = get();
      const html = arabicPage('تختلف المواعيد دقيقة أو دقيقتين بين أحياء المدينة.');
      expect(cli(html).counts).toEqual({});
      server.setPage('/cell-timetable.html', html);
      const { page: tab, tabId } = await browser.openTab(`${server.origin}/cell-timetable.html`);
      await settledAfter(browser, tabId);
      expect(await pageEntities(browser, tabId)).toEqual({});
      expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual([]);
      await tab.close();
    });

    it('counts the cell on a story page, and a hashtag with underscores, with the CLI’s counts and ranges', async () => {
      const { browser, server } = get();
      const html = arabicPage('وصل قائد أفريكوم إلى الرباط لبحث التعاون مع #القوات_المسلحة_الملكية قبل المناورات.');
      const expected = cli(html);
      expect(expected.counts).toMatchObject({ africom: 1, 'far-morocco': 1, morocco: 1 });
      server.setPage('/cell-story.html', html);
      const { page: tab, tabId } = await browser.openTab(`${server.origin}/cell-story.html`);
      await settledAfter(browser, tabId);
      expect(await pageEntities(browser, tabId)).toEqual(expected.counts);
      expect(paintedTexts(await tab.evaluate(highlightTexts))).toEqual(expected.texts);
      await tab.close();
    });
  },
);
