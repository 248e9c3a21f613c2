/** Offline after the first visit: the service worker's copy opens the map, a passage and a district. */

import { THEME } from '../../../src/registry/theme';
import { blend, waitForMapReady } from '../harness';
import { assert, type BrowserCase, expectColorAt, inside } from '../helpers';

/** Page loads on a busy machine with software WebGL can take a minute. */
const LOAD_MS = 120_000;

export const OFFLINE_CASES: BrowserCase[] = [
  {
    name: 'offline after the first visit: map, a plan passage and a district open from the saved copy',
    // Four page loads in one case: the first visit, then three offline.
    timeoutMs: 480_000,
    // The one case that lets the service worker in (run.ts blocks it elsewhere).
    context: { serviceWorkers: 'allow' },
    async run({ page, url, screenshot }) {
      await page.goto(url);
      await waitForMapReady(page, LOAD_MS);
      // The first visit installs the service worker, which saves the app before it takes charge.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
        }
      });
      const failedRequests: string[] = [];
      // A tile still loading when the test moves to the next page is aborted by that navigation, not
      // missing offline: only real failures count.
      page.on('requestfailed', (request) => {
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(request.url());
      });
      await page.context().setOffline(true);

      await page.reload();
      await waitForMapReady(page, LOAD_MS);
      await page.waitForSelector('[data-testid="offline-notice"]');
      const failedLayers = await page.locator('.layer-status.failed').count();
      assert(failedLayers === 0, `${failedLayers} layers failed offline`);
      await expectColorAt(
        page,
        inside('new-towns.geojson', 'new-town-qingpu'),
        13,
        blend(THEME.newTown, 0.3, THEME.land),
        'new town offline',
      );
      await screenshot('offline-map');

      await page.goto('about:blank');
      await page.goto(`${url}#clause=p14/10.2.1&lang=zh`);
      await waitForMapReady(page, LOAD_MS);
      await page.waitForSelector('[data-clause="p14/10.2.1"]');
      const heading = (await page.locator('#clause-p14\\/10\\.2\\.1').textContent()) ?? '';
      assert(heading.includes('分类指导推进新城建设'), `passage heading offline: ${heading}`);
      // Every font face the passage asked for came from the saved copy, none failed.
      const faces = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].map((face) => `${face.family}:${face.status}`);
      });
      assert(
        faces.some((f) => f.includes('Noto Sans SC') && f.endsWith(':loaded')),
        `no Chinese font loaded offline: ${faces.join(', ')}`,
      );
      assert(
        !faces.some((f) => f.endsWith(':error')),
        `fonts failed offline: ${faces.filter((f) => f.endsWith(':error'))}`,
      );
      const notice = (await page.locator('[data-testid="offline-notice"]').textContent()) ?? '';
      assert(notice.includes('离线'), `offline notice in Chinese: ${notice}`);
      await screenshot('offline-passage-zh');

      await page.goto('about:blank');
      await page.goto(`${url}#district=songjiang&lang=en`);
      await waitForMapReady(page, LOAD_MS);
      await page.waitForSelector('[data-testid="district-summary"]');
      const summary = (await page.locator('[data-testid="district-summary"]').textContent()) ?? '';
      assert(summary.includes('Songjiang New Town'), `district summary offline: ${summary}`);
      await screenshot('offline-district-en');
      // The overview basemap zooms (8-10) are saved with the app; closer tiles only once seen online.
      const unseenTile = /\/tiles\/basemap\/(1[1-9])\//;
      const fromSite = failedRequests.filter((request) => request.startsWith(url) && !unseenTile.test(request));
      assert(fromSite.length === 0, `requests to the site failed offline: ${fromSite.join(', ')}`);
    },
  },
];
