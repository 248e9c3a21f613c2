/** The map and the panels with the keyboard alone: real key presses, no clicks on the map. */
import { viewAt, waitForMapReady } from '../harness';
import { assert, type BrowserCase, inside } from '../helpers';

type Hook = { planViewer: { idle(): Promise<void> } };
const idle = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as Hook).planViewer.idle());
const camera = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const [lon = '0', lat = '0', zoom = '0'] =
      new URLSearchParams(location.hash.slice(1)).get('view')?.split(',') ?? [];
    return { lon: Number(lon), lat: Number(lat), zoom: Number(zoom) };
  });

type Camera = { lon: number; lat: number; zoom: number };

/**
 * Waits until the URL's view meets `moved` (a key's camera move is written when it ends), then for
 * the map to draw; the assertion after it says what the camera did.
 */
async function cameraSettles(
  page: import('playwright-core').Page,
  moved: (view: Camera, from: Camera) => boolean,
  from: Camera,
): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!moved(await camera(page), from) && Date.now() < deadline) await page.waitForTimeout(50);
  await idle(page);
}

export const KEYBOARD_CASES: BrowserCase[] = [
  {
    name: 'keyboard: arrows pan, + zooms, Enter opens the feature at the centre, ? opens the help, Escape returns',
    async run({ page, url, screenshot }) {
      await page.goto(`${url}#lang=en`);
      await waitForMapReady(page);
      const [lon = 0, lat = 0] = inside('new-towns.geojson', 'new-town-songjiang');
      await viewAt(page, lon, lat, 11);
      await page.focus('#map canvas');
      const label = (await page.getAttribute('#map canvas', 'aria-label')) ?? '';
      assert(label.includes('Arrow keys'), `the focused map says how to use it: ${label}`);

      const start = await camera(page);
      await page.keyboard.press('ArrowRight');
      await cameraSettles(page, (view, from) => view.lon > from.lon + 0.001, start);
      const panned = await camera(page);
      assert(panned.lon > start.lon + 0.001, `ArrowRight pans east: ${start.lon} → ${panned.lon}`);
      await page.keyboard.press('ArrowLeft');
      await cameraSettles(page, (view, from) => view.lon < from.lon - 0.001, panned);
      await page.keyboard.press('+');
      await cameraSettles(page, (view, from) => view.zoom > from.zoom + 0.5, start);
      const zoomed = await camera(page);
      assert(zoomed.zoom > start.zoom + 0.5, `+ zooms in: ${start.zoom} → ${zoomed.zoom}`);

      // Back to a spot inside the new town, close enough that no rail line is within a few pixels.
      await viewAt(page, lon, lat, 14);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="feature-name"]');
      const name = (await page.locator('[data-testid="feature-name"]').textContent()) ?? '';
      assert(name.includes('Songjiang'), `Enter opens the new town at the centre: ${name}`);
      await page.waitForFunction(() =>
        (document.getElementById('live-region')?.textContent ?? '').includes('Selected'),
      );
      const focused = await page.evaluate(() => document.activeElement?.tagName);
      assert(focused === 'CANVAS', `the focus stays on the map: ${focused}`);

      await page.keyboard.press('?');
      const dialog = page.locator('[data-testid="shortcuts-dialog"]');
      await dialog.waitFor({ state: 'visible' });
      const help = (await dialog.textContent()) ?? '';
      assert(help.includes('Keyboard shortcuts') && help.includes('Zoom in'), `help lists the keys: ${help}`);
      const inDialog = await page.evaluate(() => !!document.activeElement?.closest('dialog'));
      assert(inDialog, 'the focus moves into the help');
      await screenshot('keyboard-help');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      const back = await page.evaluate(() => document.activeElement?.tagName);
      assert(back === 'CANVAS', `Escape closes the help and the focus returns to the map: ${back}`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="feature-name"]', { state: 'detached' });

      // The text alternative: the in-view list names what the map shows, and a choice selects it.
      await page.focus('[data-testid="tab-feature"]');
      await page.keyboard.press('End');
      const tab = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      assert(tab === 'tab-inview', `End moves to the last tab: ${tab}`);
      const list = page.locator('[data-testid="in-view"] [data-layer="new-towns"] button');
      await list.first().waitFor();
      const names = await list.allTextContents();
      assert(names.includes('Songjiang New Town'), `the new town is listed in view: ${names.join(', ')}`);
      await screenshot('keyboard-in-view');
      await page.keyboard.press('Tab');
      await list.filter({ hasText: 'Songjiang New Town' }).press('Enter');
      await page.waitForSelector('[data-testid="feature-name"]');
      const chosen = (await page.locator('[data-testid="feature-name"]').textContent()) ?? '';
      assert(chosen.includes('Songjiang'), `choosing it from the list opens it: ${chosen}`);
      const inPanel = await page.evaluate(() => document.activeElement?.id);
      assert(inPanel === 'tabpanel-feature', `the focus follows to the feature: ${inPanel}`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="feature-name"]', { state: 'detached' });
      const out = await page.evaluate(() => document.activeElement?.tagName);
      assert(out === 'CANVAS', `Escape closes the feature and the focus goes back to the map: ${out}`);
    },
  },
];
