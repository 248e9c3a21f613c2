/** Key zones as areas beyond the district outlines: 小洋山 in the Lingang special area; the Hangzhou Bay shore. */
import type { LineString } from 'geojson';
import type { Page } from 'playwright-core';
import { colorDistance, mapPixels, mapPoint, type Rgb, viewAt } from '../harness';
import { assert, type BrowserCase, featureById, idle, open } from '../helpers';

async function pixelsAt(page: Page, lon: number, lat: number, r: number): Promise<Rgb[]> {
  const { x, y } = await mapPoint(page, lon, lat);
  return mapPixels(page, x, y, r);
}

/** How many pixels of the square changed by more than a just-visible step between two readings. */
const changed = (a: Rgb[], b: Rgb[]) => a.filter((p, i) => colorDistance(p, b[i] ?? p) >= 6).length;

export const ZONES_CASES: BrowserCase[] = [
  {
    name: 'the Lingang special area is painted on 小洋山, and the Hangzhou Bay shore is drawn along the coast',
    async run({ page, url, screenshot }) {
      await open(page, `${url}#lang=zh`);
      // On the island, away from its generalised shore: the key-areas fill comes and goes with its toggle.
      await viewAt(page, 122.07, 30.625, 11);
      const islandOn = await pixelsAt(page, 122.07, 30.625, 2);
      await screenshot('zones-xiaoyangshan');
      await page.click('[data-testid="toggle-key-areas"]');
      await idle(page);
      const islandOff = await pixelsAt(page, 122.07, 30.625, 2);
      assert(changed(islandOn, islandOff) >= 20, 'the Lingang fill is painted on 小洋山');
      // A vertex in the middle of the drawn shore, in Fengxian.
      const shore = featureById('water-bodies.geojson', 'hangzhou-bay-north-shore').geometry as LineString;
      const [lon = 0, lat = 0] = shore.coordinates[Math.floor(shore.coordinates.length / 2)] ?? [];
      await viewAt(page, lon, lat, 12);
      const shoreOff = await pixelsAt(page, lon, lat, 4);
      await page.click('[data-testid="toggle-water-bodies"]');
      await idle(page);
      const shoreOn = await pixelsAt(page, lon, lat, 4);
      await screenshot('zones-hangzhou-bay-shore');
      assert(changed(shoreOff, shoreOn) >= 5, 'the shore line is drawn where the outline meets the sea');
    },
  },
];
