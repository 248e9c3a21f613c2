import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * A static server for dist/ on 127.0.0.1: what any web host would do, nothing more. A path missing
 * from `root` is looked for in `behind` (the benchmark's reference pages read the app's tiles).
 */
export async function serveStatic(
  root: string,
  behind: readonly string[] = [],
): Promise<{ url: string; close: () => Promise<void> }> {
  const bases = [root, ...behind].map((dir) => resolve(dir));
  const find = (path: string): string | null => {
    for (const base of bases) {
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) return null;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (existsSync(file)) return file;
    }
    return null;
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = find(path);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

/** Every request a page makes that does not go to this machine. */
export function recordOffsiteRequests(page: Page): string[] {
  const offsite: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (!local && !['data:', 'blob:'].includes(url.protocol)) offsite.push(request.url());
  });
  return offsite;
}

export async function waitForMapReady(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForSelector('body[data-map-ready="true"]', { timeout: timeoutMs });
}

/** Page position of a WGS84 point, for mouse clicks. */
export async function pagePoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const inMap = await page.evaluate(
    ([x, y]) =>
      (
        window as unknown as { planViewer: { project(a: number, b: number): { x: number; y: number } } }
      ).planViewer.project(x, y),
    [lon, lat] as const,
  );
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('map element has no box');
  return { x: box.x + inMap.x, y: box.y + inMap.y };
}

type Hook = {
  planViewer: {
    project(lon: number, lat: number): { x: number; y: number };
    jumpTo(lon: number, lat: number, zoom: number): void;
    idle(): Promise<void>;
  };
};

/** Moves the camera and waits until MapLibre and deck.gl have drawn everything. */
export async function viewAt(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(
    async ([x, y, z]) => {
      const hook = (window as unknown as Hook).planViewer;
      hook.jumpTo(x, y, z);
      await hook.idle();
    },
    [lon, lat, zoom] as const,
  );
}

export type Rgb = [number, number, number];

/**
 * Real pixels of the map canvas (or another map's, e.g. the split view's) in a square of side 2r+1
 * around (x, y) in map CSS pixels. The canvas keeps its drawing buffer, so a 2D copy reads what is on screen.
 */
export async function mapPixels(
  page: Page,
  x: number,
  y: number,
  r = 0,
  canvasSelector = '#map canvas',
): Promise<Rgb[]> {
  // RGB bytes cross as one base64 string: nested arrays of a large square take Playwright seconds.
  const encoded = await page.evaluate(
    ([cx, cy, radius, selector]) => {
      const canvas = document.querySelector(selector) as HTMLCanvasElement;
      const scale = canvas.width / canvas.clientWidth;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(canvas, 0, 0);
      const size = 2 * radius + 1;
      const px = Math.round((cx - radius) * scale);
      const py = Math.round((cy - radius) * scale);
      if (px < 0 || py < 0 || px + size > copy.width || py + size > copy.height) {
        throw new Error(`pixel box at ${cx},${cy} is outside the map canvas`);
      }
      const data = context.getImageData(px, py, size, size).data;
      let binary = '';
      for (let i = 0; i < data.length; i += 4) {
        binary += String.fromCharCode(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0);
      }
      return btoa(binary);
    },
    [x, y, r, canvasSelector] as const,
  );
  const bytes = Buffer.from(encoded, 'base64');
  const out: Rgb[] = [];
  for (let i = 0; i < bytes.length; i += 3) out.push([bytes[i] ?? 0, bytes[i + 1] ?? 0, bytes[i + 2] ?? 0]);
  return out;
}

/** Map-relative pixel of a WGS84 point. */
export async function mapPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(([x, y]) => (window as unknown as Hook).planViewer.project(x, y), [lon, lat] as const);
}

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** What a fill of `color` at `opacity` over `under` looks like on screen. */
export function blend(color: string, opacity: number, under: string): Rgb {
  const top = hexToRgb(color);
  const bottom = hexToRgb(under);
  return top.map((c, i) => Math.round(c * opacity + (bottom[i] ?? 0) * (1 - opacity))) as Rgb;
}

export function colorDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}
