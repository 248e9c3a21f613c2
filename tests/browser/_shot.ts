import { launchChromium, recordOffsiteRequests, serveStatic, waitForMapReady } from '/work/main/tests/browser/harness';

const server = await serveStatic('/work/main/dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const off = recordOffsiteRequests(page);
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(server.url);
const t0 = Date.now();
await waitForMapReady(page).catch((e) => console.log('not ready', e.message));
console.log('ready ms', Date.now() - t0, 'offsite', off);
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/shot.png' });
await browser.close();
await server.close();
