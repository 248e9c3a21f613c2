/** "What is planned here?": the point report from a link, a right-click, the map centre, the user's position, a finger. */
import type { Page } from 'playwright-core';
import { pagePoint, viewAt, waitForMapReady } from '../harness';
import { assert, type BrowserCase, featureById, idle, step } from '../helpers';

const PHONE = { width: 390, height: 844 };
const QINGPU_NEW_TOWN = [121.1, 31.15] as const;
const PEOPLES_SQUARE = [121.4737, 31.2304] as const;

async function openAt(page: Page, hash: string): Promise<void> {
  await page.goto(hash);
  await waitForMapReady(page);
  await page.waitForSelector('body[data-content-ready="true"]');
  await page.waitForSelector('[data-testid="point-report"]');
}

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');

/** The report's point as the URL holds it. */
function urlPoint(page: Page): [number, number] {
  const at = new URL(page.url()).hash.match(/at=([\d.]+),([\d.]+)/);
  assert(at, `no at= in ${page.url()}`);
  return [Number(at[1]), Number(at[2])];
}

/** Waits until an element's CSS transitions (a drawer sliding in, a sheet growing) have ended. */
async function settled(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector(s)?.getAnimations().length === 0, selector);
}

export const POINT_REPORT_CASES: BrowserCase[] = [
  {
    name: 'point report: #at= inside Qingpu New Town names it and quotes the 14th plan, in English and Chinese; a bad point gets a notice; a right-click opens it there with a pin; “What is here?” asks about the centre; “My location” opens it at a granted position, a refusal says so',
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    context: {
      geolocation: { longitude: PEOPLES_SQUARE[0], latitude: PEOPLES_SQUARE[1] },
      permissions: ['geolocation'],
    },
    async run({ page, url, screenshot }) {
      await openAt(page, `${url}#at=${QINGPU_NEW_TOWN.join(',')}&lang=en`);
      await step('#at= inside Qingpu New Town names it and quotes the 14th plan, in English and Chinese', async () => {
        const inside = await text(page, '[data-testid="point-report"] [data-relation="inside"]');
        assert(inside.includes('Qingpu New Town'), `inside: ${inside.slice(0, 300)}`);
        assert(inside.includes('14th plan'), `no 14th-plan quote: ${inside.slice(0, 400)}`);
        assert(inside.includes('青浦新城'), 'the quoted sentence names the town in the plan’s words');
        assert(inside.includes('Where exactly: approximate'), `where exactly: ${inside.slice(0, 300)}`);
        assert(await page.locator('[data-testid="report-pin"]').isVisible(), 'a pin marks the point');
        await idle(page);
        await screenshot('report-en-desktop');
        await page.click('[data-testid="lang-switch"]');
        await page.waitForFunction(() =>
          document.querySelector('[data-testid="report-title"]')?.textContent?.includes('这里'),
        );
        const zh = await text(page, '[data-testid="point-report"] [data-relation="inside"]');
        assert(zh.includes('此处位于') && zh.includes('十四五规划纲要'), `zh: ${zh.slice(0, 300)}`);
        await screenshot('report-zh-desktop');
      });
      await step('a point off the map is named in the usual notice, and the app carries on', async () => {
        await page.evaluate(() => {
          location.hash = '#at=200,31.2&lang=en';
        });
        await page.waitForSelector('.notice');
        const notice = await text(page, '.notice');
        assert(notice.includes('已忽略') && notice.includes(': at'), `notice in the language in use: ${notice}`);
      });
      await step(
        'a right-click on the map opens the report there with a pin; “What is here?” asks about the centre',
        async () => {
          await page.evaluate(() => {
            location.hash = '#view=121.34900,31.15500,14.00&lang=zh';
          });
          await page.waitForSelector('html[lang="zh-CN"]');
          await idle(page);
          const qibao = await pagePoint(page, 121.349, 31.155);
          await page.mouse.click(qibao.x, qibao.y, { button: 'right' });
          await page.waitForSelector('[data-testid="point-report"]');
          const [lon, lat] = urlPoint(page);
          assert(Math.abs(lon - 121.349) < 0.0005 && Math.abs(lat - 31.155) < 0.0005, `at=${lon},${lat}`);
          const report = await text(page, '[data-testid="point-report"]');
          assert(report.includes('七宝') && report.includes('9号线'), `report: ${report.slice(0, 400)}`);
          assert(
            report.includes('所在区: 闵行区') || report.includes('所在区：闵行区'),
            `district: ${report.slice(0, 120)}`,
          );
          await page.click('[data-testid="point-report"] .close');
          await viewAt(page, ...PEOPLES_SQUARE, 14);
          await page.click('[data-testid="what-is-here"]');
          await page.click('[data-testid="aim-ask"]');
          await page.waitForFunction(() => /[#&]at=121\.47/.test(location.hash));
          const [clon, clat] = urlPoint(page);
          assert(
            Math.abs(clon - PEOPLES_SQUARE[0]) < 0.001 && Math.abs(clat - PEOPLES_SQUARE[1]) < 0.001,
            `centre ${clon},${clat}`,
          );
          assert((await text(page, '[data-testid="point-report"]')).includes('人民公园'), 'People’s Park is nearby');
          await page.click('[data-testid="point-report"] .close');
        },
      );
      await step('“My location” opens the report at a granted position; a refusal says so', async () => {
        await page.click('[data-testid="lang-switch"]');
        await page.waitForSelector('html[lang="en"]');
        await page.click('[data-testid="my-location"]');
        await page.waitForSelector('[data-testid="point-report"]');
        const [lon, lat] = urlPoint(page);
        assert(
          Math.abs(lon - PEOPLES_SQUARE[0]) < 1e-4 && Math.abs(lat - PEOPLES_SQUARE[1]) < 1e-4,
          `at=${lon},${lat}`,
        );
        const report = await text(page, '[data-testid="point-report"]');
        assert(report.includes("People's Park") && report.includes('Line 1'), `report: ${report.slice(0, 400)}`);
        await idle(page);
        await screenshot('report-my-location-en');
        await page.context().clearPermissions();
        await page.click('[data-testid="my-location"]');
        // The earlier notice (the point off the map) may still be shown: look at every notice.
        await page.waitForFunction(() => document.querySelector('.notices')?.textContent?.includes('refused'));
      });
    },
  },
  {
    name: 'phone: the map fills the width and comes first; the Layers button is on the first screen and opens the drawer with the legend; the report is a bottom sheet',
    viewport: PHONE,
    async run({ page, url, screenshot }) {
      await page.goto(`${url}#lang=en`);
      await waitForMapReady(page);
      await step(
        'the map fills the width and comes first; the Layers button opens the drawer with the legend',
        async () => {
          const button = await page.locator('[data-testid="open-layers"]').boundingBox();
          assert(button && button.y + button.height <= PHONE.height, `Layers button at ${JSON.stringify(button)}`);
          const map = await page.locator('#map').boundingBox();
          assert(
            map && map.width >= 380 && map.y < 120 && map.height > 450,
            `the map fills the width and comes first: ${JSON.stringify(map)}`,
          );
          assert(!(await page.locator('[data-testid="toggle-rail-lines"]').isVisible()), 'drawer starts closed');
          await page.click('[data-testid="open-layers"]');
          await settled(page, '#layer-panel');
          for (const id of ['legend-error-radius', 'toggle-key-areas']) {
            const box = await page.locator(`[data-testid="${id}"]`).boundingBox();
            assert(
              box && box.y >= 0 && box.y + box.height <= PHONE.height,
              `${id} not on screen: ${JSON.stringify(box)}`,
            );
          }
          await page.locator('[data-testid="toggle-rail-lines"]').scrollIntoViewIfNeeded();
          assert(
            await page.locator('[data-testid="toggle-rail-lines"]').isVisible(),
            'rail lines further down the drawer',
          );
          await screenshot('phone-layers-en');
          await page.keyboard.press('Escape');
          await settled(page, '#layer-panel');
          assert(!(await page.locator('[data-testid="toggle-rail-lines"]').isVisible()), 'Escape closes the drawer');
        },
      );
      await step('the report is a bottom sheet', async () => {
        await page.evaluate(() => {
          location.hash = '#at=121.93,30.9&lang=en';
        });
        await page.waitForSelector('body[data-content-ready="true"]');
        await page.waitForSelector('[data-testid="point-report"] [data-relation="inside"]');
        await settled(page, '#side-panel');
        assert((await page.getAttribute('#side-panel', 'data-sheet')) === 'half', 'the report pulls the sheet up');
        assert((await text(page, '[data-relation="inside"]')).includes('Nanhui New Town'), 'Nanhui New Town listed');
        await idle(page);
        await screenshot('report-phone-en');
        await page.click('[data-testid="sheet-full"]');
        await settled(page, '#side-panel');
        const sheet = await page.locator('#side-panel').boundingBox();
        assert(sheet && sheet.height > 700, `full sheet: ${JSON.stringify(sheet)}`);
        await page.focus('[data-testid="sheet-grip"]');
        await page.keyboard.press('ArrowDown');
        assert((await page.getAttribute('#side-panel', 'data-sheet')) === 'half', 'arrow keys resize the sheet');
        await page.click('[data-testid="lang-switch"]');
        await page.waitForSelector('html[lang="zh-CN"]');
        await settled(page, '#side-panel');
        await screenshot('report-phone-zh');
      });
    },
  },
  {
    name: 'phone: a finger on several dots opens the report, on a lone station selects it; a long press asks about its point; “What is here?” aims with a cross',
    viewport: PHONE,
    context: { hasTouch: true, isMobile: true },
    async run({ page, url, screenshot }) {
      await page.goto(`${url}#view=121.47370,31.23040,12.50&lang=en`);
      await waitForMapReady(page);
      const square = await pagePoint(page, ...PEOPLES_SQUARE);
      await page.touchscreen.tap(square.x, square.y);
      await page.waitForSelector('[data-testid="point-report"]');
      await page.click('[data-testid="point-report"] .close');
      await page.click('[data-testid="sheet-peek"]');
      const station = featureById('rail-stations.geojson', 'station-310100024546012').geometry;
      assert(station.type === 'Point', 'Qibao station is a point');
      const [lon = 0, lat = 0] = station.coordinates;
      await viewAt(page, lon, lat, 15);
      const dot = await pagePoint(page, lon, lat);
      await page.touchscreen.tap(dot.x, dot.y);
      await page.waitForSelector('[data-testid="feature-name"]');
      assert((await text(page, '[data-testid="feature-name"]')) === 'Qibao', 'the station is selected');
      const lines = await text(page, '.attributes');
      assert(lines.includes('Line 9') && !lines.includes('号线'), `the station's lines in English: ${lines}`);
      assert(
        !(await page.locator('[data-testid="open-shortcuts"]').isVisible()),
        'no shortcuts button on a touch screen',
      );
      await page.click('[data-testid="sheet-peek"]');
      const cdp = await page.context().newCDPSession(page);
      const touch = { x: dot.x + 60, y: dot.y - 60 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [touch] });
      await page.waitForTimeout(800);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForSelector('[data-testid="point-report"]');
      assert((await text(page, '[data-testid="point-report"]')).includes('Qibao'), 'Qibao station is nearby');
      await step(
        '“What is here?” shows a cross and says how to aim; a tap on a station asks about its place',
        async () => {
          await page.click('[data-testid="point-report"] .close');
          await page.click('[data-testid="sheet-peek"]');
          await page.click('[data-testid="what-is-here"]');
          const cross = await page.locator('.aim-cross').boundingBox();
          const map = await page.locator('#map').boundingBox();
          assert(
            cross &&
              map &&
              Math.abs(cross.x + cross.width / 2 - (map.x + map.width / 2)) < 2 &&
              Math.abs(cross.y + cross.height / 2 - (map.y + map.height / 2)) < 2,
            `the cross marks the map's centre: ${JSON.stringify({ cross, map })}`,
          );
          const bar = await page.locator('[data-testid="aim-bar"]').boundingBox();
          const sheet = await page.locator('#side-panel').boundingBox();
          assert(bar && sheet && bar.y + bar.height < sheet.y, 'the aim bar is above the sheet');
          assert((await text(page, '[data-testid="aim-bar"]')).includes('tap the place'), 'the bar says how to aim');
          await screenshot('aim-phone-en');
          await page.touchscreen.tap(dot.x, dot.y);
          await page.waitForSelector('[data-testid="point-report"]');
          assert(!(await page.locator('.aim-cross').isVisible()), 'the cross goes once asked');
          const [alon, alat] = urlPoint(page);
          assert(
            Math.abs(alon - lon) < 5e-4 && Math.abs(alat - lat) < 5e-4,
            `asked about the tapped station: ${alon},${alat}`,
          );
        },
      );
    },
  },
];
