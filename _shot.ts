import { launchChromium, serveStatic, waitForMapReady } from './tests/browser/harness';

const server = await serveStatic('dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console:', m.text());
});
await page.goto(server.url + '#clause=p14/10.2.1');
await waitForMapReady(page);
await page.waitForSelector('body[data-content-ready="true"]');
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/reader.png' });
await page.fill('[data-testid="search"]', 'Suzhou');
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/search.png' });
await page.keyboard.press('Enter');
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/feature.png' });
await browser.close();
await server.close();
