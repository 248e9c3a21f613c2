/** The OpenStreetMap basemap: water, green and street names at zoom 15, offline; the plain switch; coverage. */
import type { Page } from 'playwright-core';
import { THEME } from '../../../src/registry/theme';
import { STREET_COVERAGE } from '../../../src/style/basemap-schema';
import { colorDistance, hexToRgb, mapPixels, mapPoint, type Rgb, viewAt, waitForMapReady } from '../harness';
import { assert, type BrowserCase, expectColorAt, expectColorNear, idle, open, step } from '../helpers';

/** Only the base layers: the plan layers would cover the ground these cases look at. */
const BASE_ONLY = '#layers=base-sea,base-land,base-districts,base-roads&lang=en';
/** Inside OSM's Huangpu riverbank polygon (way 71118583), mid-river off the Bund. */
const HUANGPU_AT_BUND = [121.4895, 31.238];
/** Inside OSM's Century Park polygon (way 1919664). */
const CENTURY_PARK = [121.5513, 31.2165];
/** Nanjing Road East and its neighbours: inside the street coverage box. */
const PEOPLES_SQUARE = [121.478, 31.236];

async function renderedNames(page: Page, styleLayerId: string): Promise<string[]> {
  return page.evaluate(
    (id) => (window as unknown as { planViewer: { renderedNames(id: string): string[] } }).planViewer.renderedNames(id),
    styleLayerId,
  );
}

/** Pixels close to the basemap's label colour: names drawn by the basemap. */
function labelPixels(pixels: Rgb[]): number {
  const label = hexToRgb(THEME.basemap.label);
  return pixels.filter((pixel) => colorDistance(pixel, label) < 40).length;
}

/** A 241-px square in the middle of the map: enough for a few street names, cheap to read. */
async function middlePixels(page: Page): Promise<Rgb[]> {
  const box = await page.locator('#map').boundingBox();
  assert(box, 'map has no box');
  return mapPixels(page, Math.floor(box.width / 2), Math.floor(box.height / 2), 120);
}

async function pickBase(page: Page, value: string): Promise<void> {
  await page.selectOption('[data-testid="basemap-picker"]', value);
  await idle(page);
}

export const BASEMAP_CASES: BrowserCase[] = [
  {
    name: 'basemap: detailed by default with the street coverage outlined and noted; at zoom 15 the Huangpu has the water colour, Century Park the green, streets their names, all offline; plain on request (no names, no OSM water), kept in the URL and across a reload',
    // Several checks share one page load: more than one case's time.
    timeoutMs: 240_000,
    async run({ page, url, screenshot }) {
      const offsite = await open(page, `${url}${BASE_ONLY}`);
      await step('detailed by default, the street coverage outlined and noted', async () => {
        assert(
          (await page.locator('[data-testid="basemap-picker"]').inputValue()) === 'offline',
          'the detailed offline base is the default',
        );
        const note = (await page.locator('[data-testid="street-coverage-note"]').textContent()) ?? '';
        assert(note.includes('city centre'), `legend note: ${note}`);
        await expectColorNear(
          page,
          [STREET_COVERAGE.east, (STREET_COVERAGE.south + STREET_COVERAGE.north) / 2],
          13,
          THEME.basemap.coverage,
          'street coverage outline',
        );
        await screenshot('basemap-coverage-edge-z13');
        const hint = page.locator('[data-testid="street-coverage-hint"]');
        assert(!(await hint.isVisible()), 'no coverage hint where the view meets the streets');
        await viewAt(page, 121.93, 30.9, 14);
        assert(await hint.isVisible(), 'Lingang at zoom 14 says it has no base-map streets');
        await screenshot('basemap-outside-streets-z14');
      });
      await step(
        'at zoom 15 the Huangpu has the water colour, Century Park the green, streets their names',
        async () => {
          await expectColorAt(page, HUANGPU_AT_BUND, 15, hexToRgb(THEME.basemap.water), 'Huangpu at the Bund');
          await screenshot('basemap-bund-z15');
          await expectColorAt(page, CENTURY_PARK, 15, hexToRgb(THEME.basemap.park), 'Century Park');
          await viewAt(page, PEOPLES_SQUARE[0] ?? 0, PEOPLES_SQUARE[1] ?? 0, 15);
          // Fonts arrive asynchronously: a second idle lets late glyphs draw.
          await page.waitForTimeout(500);
          await idle(page);
          const names = await renderedNames(page, 'osm:street-label');
          assert(names.length >= 3 && names.every((name) => name !== ''), `street names drawn: ${names.join(', ')}`);
          const withNames = labelPixels(await middlePixels(page));
          await pickBase(page, 'plain');
          const withoutNames = labelPixels(await middlePixels(page));
          assert(
            withNames > 100 && withoutNames < withNames / 4,
            `label pixels: ${withNames} detailed, ${withoutNames} plain`,
          );
          await screenshot('basemap-peoples-square-plain');
        },
      );
      await step('plain on request: kept in the URL, no note, no OSM water, kept across a reload', async () => {
        assert(page.url().includes('base=plain'), `URL keeps the plain base: ${page.url()}`);
        assert((await page.locator('[data-testid="street-coverage-note"]').count()) === 0, 'note hidden on plain');
        const [lon = 0, lat = 0] = HUANGPU_AT_BUND;
        await viewAt(page, lon, lat, 15);
        const { x, y } = await mapPoint(page, lon, lat);
        const [plain] = await mapPixels(page, x, y);
        assert(
          plain && colorDistance(plain, hexToRgb(THEME.basemap.water)) > 10,
          `plain base has no OSM water: ${plain}`,
        );
        await page.reload();
        await waitForMapReady(page);
        assert(
          (await page.locator('[data-testid="basemap-picker"]').inputValue()) === 'plain',
          'plain base after reload',
        );
      });
      await step('all offline', async () => {
        assert(offsite.length === 0, `requests left localhost: ${offsite.join(', ')}`);
      });
    },
  },
  {
    name: 'basemap: an unreachable online base gives the offline one back with a notice; Tianditu without a key is not credited',
    async run({ page, url, screenshot }) {
      // The test machine has no internet: every OpenStreetMap tile request fails, as it would offline.
      await open(page, `${url}${BASE_ONLY}&base=osm`);
      await page.waitForFunction(() => /cannot be reached/.test(document.body.innerText), null, { timeout: 30_000 });
      await idle(page);
      assert(
        (await page.locator('[data-testid="basemap-picker"]').inputValue()) === 'offline',
        'the offline base is back',
      );
      assert(!page.url().includes('base=osm'), `URL no longer asks for the online base: ${page.url()}`);
      await screenshot('basemap-online-unreachable');
      await pickBase(page, 'tianditu');
      const hint = (await page.locator('[data-testid="basemap-needs-key"]').textContent()) ?? '';
      assert(hint.includes('Tianditu key'), `key hint: ${hint}`);
      const credits = (await page.locator('#attribution').textContent()) ?? '';
      assert(!credits.includes('Tianditu'), `no credit for a base not shown: ${credits}`);
    },
  },
];
