/** Shared helpers of the browser cases: data lookups, pixel checks, journeys. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import type { BrowserContextOptions, Page } from 'playwright-core';
import {
  colorDistance,
  hexToRgb,
  mapPixels,
  mapPoint,
  type Rgb,
  recordOffsiteRequests,
  viewAt,
  waitForMapReady,
} from './harness';

export interface CaseContext {
  page: Page;
  url: string;
  screenshot(name: string): Promise<void>;
}

export interface BrowserCase {
  name: string;
  viewport?: { width: number; height: number };
  /** Extra browser-context options, e.g. a granted geolocation or a touch screen. */
  context?: BrowserContextOptions;
  /** For cases that load the site several times; the default is run.ts's CASE_TIMEOUT_MS. */
  timeoutMs?: number;
  run(context: CaseContext): Promise<void>;
}

export const GEO = join(import.meta.dirname, '..', '..', 'geo');
export const SHOTS_DIR = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
export function layer(file: string): FeatureCollection {
  return JSON.parse(readFileSync(join(GEO, file), 'utf8')) as FeatureCollection;
}
export function featureById(file: string, id: string) {
  const feature = layer(file).features.find((f) => f.properties?.id === id);
  if (!feature) throw new Error(`${file}: no ${id}`);
  return feature;
}
/** A point surely inside a polygon feature (not just its centroid). */
export function inside(file: string, id: string): Position {
  return turf.pointOnFeature(featureById(file, id)).geometry.coordinates;
}
export function vertexOf(file: string, id: string, index: number): Position {
  const geometry = featureById(file, id).geometry as LineString | MultiLineString;
  const coords = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  return coords[Math.floor(index * coords.length)] as Position;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * One check of a case that shares its page load with other checks: a failure (an assertion or a
 * timeout) is reported under the check's name.
 */
export async function step(name: string, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    throw new Error(`[${name}] ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function open(page: Page, url: string): Promise<string[]> {
  const offsite = recordOffsiteRequests(page);
  await page.goto(url);
  await waitForMapReady(page);
  return offsite;
}

/** The centre pixel of the map after moving to a point, compared with an expected colour. */
export async function expectColorAt(
  page: Page,
  at: Position,
  zoom: number,
  expected: Rgb,
  label: string,
): Promise<void> {
  const [lon = 0, lat = 0] = at;
  await viewAt(page, lon, lat, zoom);
  const { x, y } = await mapPoint(page, lon, lat);
  const pixels = await mapPixels(page, x, y, 1);
  const best = Math.min(...pixels.map((p) => colorDistance(p, expected)));
  assert(
    best <= 24,
    `${label}: expected about rgb(${expected}) at ${lon},${lat}, saw rgb(${pixels[4]}) (off by ${best})`,
  );
}

/** Some pixel in a box has the colour: for thin lines drawn with antialiasing. */
export async function expectColorNear(
  page: Page,
  at: Position,
  zoom: number,
  color: string,
  label: string,
  radius = 4,
): Promise<void> {
  const [lon = 0, lat = 0] = at;
  await viewAt(page, lon, lat, zoom);
  const { x, y } = await mapPoint(page, lon, lat);
  const pixels = await mapPixels(page, x, y, radius);
  const best = Math.min(...pixels.map((p) => colorDistance(p, hexToRgb(color))));
  assert(best <= 30, `${label}: no pixel near ${color} around ${lon},${lat} (closest off by ${best})`);
}

/** Pixels of the central map area, to compare two renderings of the same view. */
export async function centralPixels(page: Page): Promise<Rgb[]> {
  const box = await page.locator('#map').boundingBox();
  assert(box, 'map has no box');
  const cx = Math.floor(box.width / 2);
  const cy = Math.floor(box.height / 2);
  return mapPixels(page, cx, cy, Math.floor(Math.min(cx, cy) * 0.9));
}

export const isDark = ([r, g, b]: Rgb) => 0.3 * r + 0.59 * g + 0.11 * b < 80;

/** Dark pixels in `a` that are not dark in `b`: label text (#2b2b2b), not the grey district borders. */
export function newDarkPixels(a: Rgb[], b: Rgb[]): number {
  return a.filter((pixel, i) => isDark(pixel) && !isDark(b[i] ?? [255, 255, 255])).length;
}

export async function idle(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { planViewer: { idle(): Promise<void> } }).planViewer.idle());
}

/** Pixels of district label text, found by drawing the same view without the district layer. */
export async function labelPixels(page: Page): Promise<number> {
  await viewAt(page, 121.45, 31.2, 10);
  // Fonts arrive asynchronously: a second idle after the first lets late glyphs draw.
  await page.waitForTimeout(500);
  await idle(page);
  const withLabels = await centralPixels(page);
  await page.click('[data-testid="toggle-base-districts"]');
  await idle(page);
  const withoutLabels = await centralPixels(page);
  await page.click('[data-testid="toggle-base-districts"]');
  await idle(page);
  return newDarkPixels(withLabels, withoutLabels);
}

export async function panelText(page: Page): Promise<string> {
  return ((await page.locator('[data-testid="feature-panel"]').textContent()) ?? '').replace(/\s+/g, ' ');
}

/**
 * The opened district fills the part of the map the user sees: on a phone, above the half-open
 * sheet (the fit once took the whole window's half for the sheet and left the district a speck).
 */
async function assertDistrictFramed(page: Page, slug: string): Promise<void> {
  const districts = JSON.parse(readFileSync(join('geo', 'base-districts.geojson'), 'utf8')) as FeatureCollection;
  const district = districts.features.find((f) => f.properties?.id === slug);
  assert(district, `no district ${slug} in geo/`);
  const [west, south, east, north] = turf.bbox(district) as [number, number, number, number];
  const box = await page.evaluate(
    ([w, s, e, n]) => {
      const viewer = (
        window as unknown as { planViewer: { project(lon: number, lat: number): { x: number; y: number } } }
      ).planViewer;
      const map = document.getElementById('map')?.getBoundingClientRect();
      const sheet = document.getElementById('side-panel')?.getBoundingClientRect();
      const topLeft = viewer.project(w, n);
      const bottomRight = viewer.project(e, s);
      // The sheet hides the map only where it lies over it (on a phone); beside it on a desktop.
      const seenBottom = sheet && map && sheet.top > map.top + 50 ? Math.min(map.bottom, sheet.top) : map?.bottom;
      return {
        ...topLeft,
        right: bottomRight.x,
        bottom: bottomRight.y,
        mapTop: map?.top ?? 0,
        seenBottom: seenBottom ?? 0,
      };
    },
    [west, south, east, north] as [number, number, number, number],
  );
  const seenHeight = box.seenBottom - box.mapTop;
  const top = box.mapTop + box.y;
  const bottom = box.mapTop + box.bottom;
  assert(
    top >= box.mapTop - 5 && bottom <= box.seenBottom + 5 && box.bottom - box.y > seenHeight * 0.4,
    `district ${slug} drawn from y ${Math.round(top)} to ${Math.round(bottom)}; the map is seen from ${Math.round(box.mapTop)} to ${Math.round(box.seenBottom)}`,
  );
}

export async function citizenJourney({ page, url, screenshot }: CaseContext, suffix = 'desktop'): Promise<void> {
  await page.goto(`${url}#district=songjiang&lang=en`);
  await waitForMapReady(page);
  await page.waitForSelector('[data-testid="district-summary"]');
  const summary = (await page.locator('[data-testid="district-summary"]').textContent()) ?? '';
  assert(summary.includes('Songjiang New Town') && summary.includes('residents'), `summary: ${summary}`);
  const items = await page.locator('.district-item').allTextContents();
  assert(items.includes('Line 9') && items.includes('Chenshan Botanical Garden'), `items: ${items.join(', ')}`);
  await assertDistrictFramed(page, 'songjiang');
  await screenshot(`citizen-en-${suffix}`);
  await page.click('[data-testid="lang-switch"]');
  // The panel redraws in Chinese: wait for that, not for a fixed time (the assertion below says what is wrong).
  await page
    .waitForFunction(() => document.querySelector('[data-testid="district-name"]')?.textContent === '松江区', null, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  const name = (await page.locator('[data-testid="district-name"]').textContent()) ?? '';
  assert(name === '松江区', `district name in Chinese: ${name}`);
  assert(page.url().includes('lang=zh') && page.url().includes('district=songjiang'), `URL: ${page.url()}`);
  await screenshot(`citizen-zh-${suffix}`);
}
