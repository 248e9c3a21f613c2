/** Sheets people hand on: the PDF of a view and of a district's plan, Share/Embed, a layer's data. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { parseCsv } from '../../../src/data/table';
import type { Box } from '../../../src/map/print-layout';
import { overlaps, pngSheet, sheetLayout } from '../../../src/map/sheet-layout';
import { THEME } from '../../../src/registry/theme';
import { assert, type BrowserCase, layer, open, SHOTS_DIR, step } from '../helpers';
import { decodeQr, readPdf } from '../pdf-reader';

/** Fine enough for jsQR to see each module of a long link's code (about 0.4 mm). */
const PX_PER_MM = 10;

async function download(page: Page, click: () => Promise<void>, timeout = 150_000): Promise<Download> {
  const waiting = page.waitForEvent('download', { timeout });
  await click();
  return waiting;
}

/** The pixels of one box of a rendered page, for jsQR. */
function crop(
  pixels: Uint8ClampedArray,
  width: number,
  box: Box,
  scale = PX_PER_MM,
): { data: Uint8ClampedArray; w: number; h: number } {
  const x0 = Math.floor(box.x * scale);
  const y0 = Math.floor(box.y * scale);
  const w = Math.ceil(box.w * scale);
  const h = Math.ceil(box.h * scale);
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++)
    data.set(pixels.subarray(((y0 + y) * width + x0) * 4, ((y0 + y) * width + x0 + w) * 4), y * w * 4);
  return { data, w, h };
}

/** The view a link opens, as its parameters: the same view whatever order they come in. */
const viewOf = (href: string) => [...new URLSearchParams(new URL(href).hash.slice(1)).entries()].sort().join('&');

async function checkSheetPage(
  bytes: Uint8Array,
  layout: ReturnType<typeof sheetLayout>,
  expectedUrl: string,
  shot: string,
  mustSay: readonly string[],
): Promise<string> {
  const pdf = await readPdf(bytes);
  const { items, all } = await pdf.text(1);
  for (const word of mustSay) assert(all.includes(word), `PDF page 1 lacks “${word}”: ${all.slice(0, 300)}`);
  // Every word printed (legend, title, facts, credits) stands outside the map frame.
  const onMap = items.filter((i) => i.str.trim() && overlaps({ x: i.x, y: i.y - 1, w: 0.5, h: 1 }, layout.map));
  assert(onMap.length === 0, `text inside the map frame: ${onMap.map((i) => i.str).join(' | ')}`);
  const image = await pdf.render(1, PX_PER_MM);
  writeFileSync(join(SHOTS_DIR, `${shot}.png`), image.png);
  const qr = crop(image.pixels, image.width, layout.qr);
  const decoded = decodeQr(qr.data, qr.w, qr.h);
  assert(decoded !== null && viewOf(decoded) === viewOf(expectedUrl), `QR reads ${decoded}, expected ${expectedUrl}`);
  // The map fills its frame: many colours inside it, none of them the page's plain white throughout.
  const frame = crop(image.pixels, image.width, layout.map);
  const colours = new Set<string>();
  let white = 0;
  for (let i = 0; i < frame.data.length; i += 4 * 97) {
    colours.add(`${frame.data[i]},${frame.data[i + 1]},${frame.data[i + 2]}`);
    if ((frame.data[i] ?? 0) > 250 && (frame.data[i + 1] ?? 0) > 250 && (frame.data[i + 2] ?? 0) > 250) white++;
  }
  assert(colours.size > 30, `the map frame has only ${colours.size} colours`);
  assert(white < (frame.data.length / (4 * 97)) * 0.3, 'the map frame is mostly blank paper');
  await pdf.close();
  return all;
}

export const SHEETS_CASES: BrowserCase[] = [
  {
    name: 'sheets of #district=songjiang&year=2010&lang=zh: the PDF reads back (district, year, OSM credit, QR, legend off the map); the district plan sheet; the A4 PNG has its legend beside the map, not on it, and shows Songjiang New Town',
    // Three sheets made in one page: two PDFs and a PNG.
    timeoutMs: 420_000,
    async run({ page, url }) {
      await open(page, `${url}#district=songjiang&year=2010&lang=zh`);
      await page.waitForSelector('[data-testid="district-name"]');
      await step('the PDF of the view reads back', async () => {
        await page.selectOption('[data-testid="pdf-paper"]', 'a4-portrait');
        const view = page.url();
        const started = Date.now();
        const sheet = await download(page, () => page.click('[data-testid="export-pdf"]'));
        const bytes = new Uint8Array(readFileSync(await sheet.path()));
        console.log(`      A4 portrait PDF, 150 dpi: ${bytes.length} bytes in ${Date.now() - started} ms`);
        assert(sheet.suggestedFilename().endsWith('.pdf'), `file name ${sheet.suggestedFilename()}`);
        const text = await checkSheetPage(bytes, sheetLayout('a4', 'portrait'), view, 'sheet-a4-portrait', [
          '松江区',
          '2010',
          'OpenStreetMap',
          '图例',
        ]);
        assert(/1:[\d ]+/.test(text), `no scale on the sheet: ${text.slice(0, 200)}`);
      });
      await step('the district plan sheet reads back', async () => {
        const started = Date.now();
        const district = await download(page, () => page.click('[data-testid="district-pdf"]'));
        const districtBytes = new Uint8Array(readFileSync(await district.path()));
        console.log(`      district plan sheet: ${districtBytes.length} bytes in ${Date.now() - started} ms`);
        await checkSheetPage(districtBytes, sheetLayout('a4', 'portrait'), page.url(), 'sheet-district', [
          '松江区',
          '2010',
        ]);
        const pdf = await readPdf(districtBytes);
        assert(pdf.pages === 2, `district sheet has ${pdf.pages} pages`);
        const second = (await pdf.text(2)).all;
        for (const word of ['规划原文', '松江新城', '实测', '§'])
          assert(second.includes(word), `district sheet page 2 lacks “${word}”: ${second.slice(0, 300)}`);
        writeFileSync(join(SHOTS_DIR, 'sheet-district-page2.png'), (await pdf.render(2, 4)).png);
        await pdf.close();
      });
      await step('the A4 PNG has its legend beside the map and shows Songjiang New Town', async () => {
        const started = Date.now();
        const file = await download(page, () => page.click('[data-testid="export-a4"]'));
        const png = readFileSync(await file.path());
        console.log(`      A4 PNG: ${png.length} bytes in ${Date.now() - started} ms`);
        writeFileSync(join(SHOTS_DIR, 'sheet-png-a4-zh.png'), png);
        const sheet = pngSheet('a4');
        const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        assert(w === sheet.width && h === sheet.height, `PNG is ${w}×${h}`);
        const map = sheet.px(sheet.layout.map);
        const legend = sheet.px(sheet.layout.legend);
        assert(!overlaps(map, legend), 'the legend box lies outside the map frame');
        const newTown = [THEME.newTown, THEME.newTownOutline, THEME.newTown12, THEME.newTown12Outline];
        const seen = await page.evaluate(
          async ({ base64, map, legend, newTown }) => {
            const image = new Image();
            image.src = `data:image/png;base64,${base64}`;
            await image.decode();
            const canvas = document.createElement('canvas');
            [canvas.width, canvas.height] = [image.width, image.height];
            const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
            ctx.drawImage(image, 0, 0);
            // No named functions in here: the test runner's transform would wrap them in a helper the page lacks.
            const towns = newTown.map((hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)));
            const inMap = ctx.getImageData(map.x, map.y, map.w, map.h).data;
            const colours = new Set<string>();
            let [white, town] = [0, 0];
            for (let i = 0; i < inMap.length; i += 4) {
              const [r = 0, g = 0, b = 0] = inMap.subarray(i, i + 3);
              if (i % (4 * 53) === 0) colours.add(`${r >> 3},${g >> 3},${b >> 3}`);
              if (r > 250 && g > 250 && b > 250) white++;
              if (towns.some(([tr = 0, tg = 0, tb = 0]) => Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 40))
                town++;
            }
            const inLegend = ctx.getImageData(legend.x, legend.y, legend.w, legend.h).data;
            let ink = 0;
            for (let i = 0; i < inLegend.length; i += 4) if ((inLegend[i] ?? 255) < 90) ink++;
            return { colours: colours.size, white: white / (inMap.length / 4), town, ink };
          },
          { base64: png.toString('base64'), map, legend, newTown },
        );
        // The frame is map (many colours, little blank paper), the legend is drawn in its own box.
        assert(seen.colours > 30 && seen.white < 0.3, `map frame: ${JSON.stringify(seen)}`);
        assert(seen.ink > 500, `no legend text in the legend box: ${JSON.stringify(seen)}`);
        // Songjiang New Town's outline and fill are on the sheet, not hidden under anything.
        assert(seen.town > 2000, `Songjiang New Town not visible in the frame: ${JSON.stringify(seen)}`);
      });
    },
  },
  {
    name: 'sheets: Share copies the URL, Embed gives an iframe of a minimal view, a layer downloads as GeoJSON and CSV',
    async run({ page, url, screenshot }) {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
      await open(page, `${url}#lang=en&status=operating`);
      await page.click('[data-testid="share"]');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="share-status"]')?.textContent?.includes('copied'),
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert(copied === page.url(), `clipboard has ${copied}, page is ${page.url()}`);

      await page.click('[data-testid="embed"]');
      const snippet = await page.inputValue('[data-testid="embed-code"]');
      const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
      assert(snippet.startsWith('<iframe') && src.includes('embed=1') && src.includes('status=operating'), snippet);

      // A layer's data, the filter applied: only the operating lines, as GeoJSON and as CSV.
      const expected = layer('rail-lines.geojson')
        .features.filter((f) => f.properties?.status === 'operating')
        .map((f) => String(f.properties?.id))
        .sort();
      await page.click('[data-testid="download-rail-lines"] summary');
      const geojson = await download(page, () => page.click('[data-testid="download-rail-lines-geojson"]'));
      const collection = JSON.parse(readFileSync(await geojson.path(), 'utf8'));
      const ids = collection.features.map((f: { properties: { id: string } }) => f.properties.id).sort();
      assert(JSON.stringify(ids) === JSON.stringify(expected), `GeoJSON ids ${ids}`);
      assert(String(collection.attribution).includes('OpenStreetMap'), 'GeoJSON carries its attribution');
      const csv = await download(page, () => page.click('[data-testid="download-rail-lines-csv"]'));
      const text = readFileSync(await csv.path(), 'utf8');
      assert(text.startsWith('\uFEFF'), 'the CSV starts with a UTF-8 byte-order mark');
      const rows = parseCsv(text);
      assert(JSON.stringify(rows.map((r) => r.id).sort()) === JSON.stringify(expected), 'CSV rows are the same lines');
      assert(
        rows.every((r) => r.licence && r.source && /^(MULTI)?LINESTRING \(/.test(r.wkt ?? '')),
        'CSV has licence, source, WKT',
      );

      await page.locator('section.export').screenshot({ path: join(SHOTS_DIR, 'export-panel.png') });
      await open(page, src);
      await page.waitForSelector('[data-testid="embed-legend"]');
      const map = await page.locator('#map canvas').first().boundingBox();
      assert(map && map.height > 600 && map.width > 1200, `the map fills the embedded page: ${JSON.stringify(map)}`);
      const panels = await page.evaluate(() =>
        ['layer-panel', 'side-panel', 'header'].map(
          (id) => (document.getElementById(id)?.offsetParent ?? null) !== null,
        ),
      );
      assert(
        panels.every((shown) => !shown),
        `panels shown in embed mode: ${panels}`,
      );
      await page.click('[data-testid="embed-legend"]');
      assert(await page.isVisible('#embed-legend-list'), 'the legend opens');
      assert(await page.isVisible('[data-testid="attribution"]'), 'credits stay in embed mode');
      await screenshot('embed');
    },
  },
];
