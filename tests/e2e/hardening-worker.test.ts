/**
 * Hardening — the background may be stopped at any time (MV3). After a real stop:
 * - Chromium: the extension service worker is stopped through the DevTools protocol
 *   (`ServiceWorker.stopAllWorkers` on a CDP session), and the test checks it really went away
 *   (Playwright reports the worker closed) before going on;
 * - Firefox: the event page is suspended by Firefox itself, with its idle timeout shortened to
 *   1 s (`extensions.background.idle.timeout`), the same mechanism as in normal use after 30 s;
 *   the test waits until the background page is no longer among the extension's views.
 * Then: a new tab's badge is set (the background wakes on the content script's message), the
 * context menu items still exist, and a keyboard command is still relayed. No driver can press an
 * extension shortcut (they are browser-level accelerators), so the command is checked through the
 * relay the shortcut's listener calls: the `commands` listener itself is registered at top level
 * (src/background/index.ts), which the restart proves by the other listeners working.
 */
import { expect, it } from 'vitest';
import { pollUntil } from './harness/browsers';
import { describeInBrowsers } from './harness/suite';
import { badgeWhen, pageEntities } from './harness/page-probes';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * A call into a worker that is being stopped can hang rather than fail (seen on a loaded CI
 * machine): give it `ms`, then take `fallback`, so every wait below keeps its deadline.
 */
const answerWithin = <T>(p: Promise<T>, ms: number, fallback: T): Promise<T> =>
  Promise.race([p, sleep(ms).then(() => fallback)]);

describeInBrowsers(
  'hardening: background restarts',
  (get, name) => {
    it('after the background is stopped, the badge, context menu and commands still work', async () => {
      const { browser, server } = get();
      const first = await browser.openTab(`${server.origin}/seed-article.html`);
      const firstCounts = await pageEntities(browser, first.tabId);
      // Mentions are reported to the background slice by slice: wait for the final count.
      const badgeBefore = await badgeWhen(
        browser,
        first.tabId,
        (t) => t === String(Object.keys(firstCounts).length),
        'counted the first tab',
      );
      expect(Number(badgeBefore)).toBeGreaterThan(0);

      if (browser.driver.kind === 'playwright') {
        const ctx = browser.driver.context;
        const worker = ctx.serviceWorkers().find((w) => w.url().startsWith(browser.extensionOrigin))!;
        // A marker in the running worker's global scope: gone once the worker really restarted.
        await worker.evaluate(() => void ((globalThis as unknown as { __glossaMarker: number }).__glossaMarker = 1));
        // The extension's worker is not in a page's ServiceWorker domain (other storage partition):
        // close its target through the Target domain, which stops the worker.
        const cdp = await ctx.newCDPSession(first.page.raw as never);
        const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as unknown as {
          targetInfos: { targetId: string; type: string; url: string }[];
        };
        const target = targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.startsWith(browser.extensionOrigin),
        );
        expect(target, JSON.stringify(targetInfos.map((t) => [t.type, t.url]))).toBeDefined();
        await cdp.send('Target.closeTarget' as never, { targetId: target!.targetId } as never);
        // Gone: no longer listed, or no longer answering (within a second: the check below, that the
        // next worker is a fresh instance, is what proves the restart).
        const gone = async () =>
          !ctx.serviceWorkers().includes(worker) ||
          (await answerWithin(
            worker.evaluate(() => false).catch(() => true),
            1_000,
            true,
          ));
        await pollUntil(gone, 10_000, 'the service worker to stop');
        // Wake it (a page asks the background something) and check it is a fresh instance.
        await answerWithin(
          browser.callExtension('runtime.sendMessage', { type: 'glossa:ping-for-test' }).catch(() => undefined),
          5_000,
          undefined,
        );
        const fresh = await (async () => {
          const deadline = Date.now() + 5_000;
          for (;;) {
            const w = ctx.serviceWorkers().find((x) => x.url().startsWith(browser.extensionOrigin));
            const marker = w
              ? await answerWithin<number | string | undefined>(
                  w
                    .evaluate(() => (globalThis as unknown as { __glossaMarker?: number }).__glossaMarker)
                    .catch(() => 'gone'),
                  1_000,
                  'no answer',
                )
              : 'none';
            if (marker === undefined) return true;
            if (Date.now() > deadline) return `still the same worker (marker ${String(marker)})`;
            await sleep(200);
          }
        })();
        expect(fresh, 'the service worker was really stopped and restarted').toBe(true);
      } else {
        // Idle timeout is 1 s in this suite: wait, with nothing talking to the background, until
        // Firefox has suspended it (its page leaves the extension's views).
        const views = await browser.openExtensionPage('popup.html');
        await views.waitFor(
          () =>
            !(globalThis as unknown as { browser: { extension: { getViews(): Window[] } } }).browser.extension
              .getViews()
              .some((w) => w.location.pathname.includes('background')),
          undefined,
          15_000,
        );
        await views.close();
      }

      // Badge: a new tab's content script wakes the background, which sets the badge.
      const second = await browser.openTab(`${server.origin}/onpage-csp.html`);
      const secondCounts = await pageEntities(browser, second.tabId);
      const secondDistinct = String(Object.keys(secondCounts).length);
      expect(Number(secondDistinct)).toBeGreaterThan(0);
      await badgeWhen(browser, second.tabId, (t) => t === secondDistinct, `showed ${secondDistinct} after the restart`);
      // The first tab's badge survived (kept in storage.session / re-derived).
      expect(await browser.callExtension<string>('action.getBadgeText', { tabId: first.tabId })).toBe(badgeBefore);

      // Context menu items still registered: updating an item that does not exist fails.
      await expect(
        browser.callExtension('contextMenus.update', 'glossa-lookup', { enabled: true }),
      ).resolves.not.toThrow();
      await expect(
        browser.callExtension('contextMenus.update', 'glossa-add', { enabled: true }),
      ).resolves.not.toThrow();

      // Commands: still declared, and the relay reaches the tab.
      const commands = await browser.callExtension<{ name: string }[]>('commands.getAll');
      expect(commands.map((c) => c.name).sort()).toEqual(expect.arrayContaining(['next-mention', 'previous-mention']));
      const relay = await browser.callExtension<{ count: number }>(
        'tabs.sendMessage',
        second.tabId,
        { type: 'glossa:navigate', direction: 1 },
        { frameId: 0 },
      );
      expect(relay.count).toBeGreaterThan(0);
      await first.page.close();
      await second.page.close();
      void name;
    });
  },
  { firefoxPrefs: { 'extensions.background.idle.timeout': 1000 } },
);
