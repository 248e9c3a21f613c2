/** Offline after the first visit: the service worker's copy opens the map, a passage and a district, and makes a PDF. */

import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { THEME } from '../../../src/registry/theme';
import { blend, waitForMapReady } from '../harness';
import { assert, type BrowserCase, expectColorAt, inside, step } from '../helpers';
import { readPdf } from '../pdf-reader';

/** Page loads on a busy machine with software WebGL can take a minute. */
const LOAD_MS = 120_000;

export const OFFLINE_CASES: BrowserCase[] = [
  {
    name: 'offline after the first visit: the map and a plan passage load from the saved copy, a district opens, and a first PDF is made',
    // Two page loads in one case: the first visit, then one offline.
    timeoutMs: 300_000,
    // The one case that lets the service worker in (run.ts blocks it elsewhere).
    context: { serviceWorkers: 'allow' },
    async run({ page, url, screenshot }) {
      // The first visit on a phone: the "saved on this device" notice must not cover the panel.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${url}#lang=en`);
      await waitForMapReady(page, LOAD_MS);
      await step('on a phone the “saved” notice sits over the title, not over the panel or the search', async () => {
        const notice = page.locator('.app-status .status-line').first();
        await notice.waitFor({ timeout: LOAD_MS });
        const box = await notice.boundingBox();
        const boxes = await Promise.all(
          ['#side-panel', '[data-testid="search"]', '[data-testid="lang-switch"]'].map((s) =>
            page.locator(s).boundingBox(),
          ),
        );
        for (const other of boxes) {
          const apart =
            box &&
            other &&
            (box.x + box.width <= other.x ||
              other.x + other.width <= box.x ||
              box.y + box.height <= other.y ||
              other.y + other.height <= box.y);
          assert(apart, `the notice ${JSON.stringify(box)} overlaps ${JSON.stringify(other)}`);
        }
        await screenshot('saved-notice-phone-en');
      });
      await page.setViewportSize({ width: 1280, height: 800 });
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

      // Offline, a fresh load of a passage's link: the map and the passage come from the saved copy.
      await page.goto('about:blank');
      await page.goto(`${url}#clause=p14/10.2.1&lang=zh`);
      await waitForMapReady(page, LOAD_MS);
      await step('the map opens offline from the saved copy', async () => {
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
      });
      await step('a plan passage opens offline, with its Chinese font', async () => {
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
      });

      // A district link followed in the open app: its view and its PDF, still offline.
      await page.goto(`${url}#district=songjiang&lang=en`);
      await page.waitForSelector('[data-testid="district-summary"]');
      const summary = (await page.locator('[data-testid="district-summary"]').textContent()) ?? '';
      assert(summary.includes('Songjiang New Town'), `district summary offline: ${summary}`);
      await screenshot('offline-district-en');
      // The first PDF made offline: its Chinese font (1.5 MB) comes from the precache, never fetched online.
      const waiting = page.waitForEvent('download', { timeout: 150_000 });
      const failed = page
        .waitForSelector('[data-testid="export-status"].failed', { state: 'attached', timeout: 150_000 })
        .then(async (status) => `no PDF offline: ${await status.textContent()}`);
      await page.click('[data-testid="district-pdf"]');
      const made = await Promise.race([waiting, failed]);
      assert(typeof made !== 'string', String(made));
      const sheet = new Uint8Array(readFileSync(await (made as Download).path()));
      const pdf = await readPdf(sheet);
      const sheetText = (await pdf.text(1)).all;
      await pdf.close();
      assert(sheetText.includes('Songjiang'), `offline district PDF: ${sheetText.slice(0, 200)}`);
      // The overview basemap zooms (8-10) are saved with the app; closer tiles only once seen online.
      const unseenTile = /\/tiles\/basemap\/(1[1-9])\//;
      const fromSite = failedRequests.filter((request) => request.startsWith(url) && !unseenTile.test(request));
      assert(fromSite.length === 0, `requests to the site failed offline: ${fromSite.join(', ')}`);
    },
  },
];
