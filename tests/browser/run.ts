/**
 * Browser tests: the built site (dist/) in Debian's Chromium with software WebGL. Each case gets a
 * fresh page; screenshots go to artifacts/screenshots/. Ends with "N passed, N failed".
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './cases';
import { launchChromium, serveStatic } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'artifacts', 'screenshots');
const CASE_TIMEOUT_MS = 120_000;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function main(): Promise<number> {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ is missing: run `npm run build` first');
    return 2;
  }
  mkdirSync(SHOTS, { recursive: true });
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const filter = args.find((arg, i) => !arg.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  const queue = CASES.filter((c) => !filter || c.name.includes(filter));
  const times: [string, number][] = [];
  const suiteStarted = Date.now();
  // One case at a time by default: on two cores software WebGL is CPU-bound, and two cases side by
  // side measured no faster in total (each ran twice as slowly). More cores: BROWSER_WORKERS=n.
  const workers = Math.max(1, Number(process.env.BROWSER_WORKERS ?? 1) || 1);
  const runNext = async (): Promise<void> => {
    for (let testCase = queue.shift(); testCase; testCase = queue.shift()) {
      const context = await browser.newContext({
        viewport: testCase.viewport ?? { width: 1280, height: 800 },
        // Each fresh context would install the service worker and save the whole app (~9 MB) while
        // the case runs: only the offline case, which tests that copy, lets it.
        serviceWorkers: 'block',
        ...testCase.context,
      });
      const page = await context.newPage();
      const started = Date.now();
      try {
        let timer: NodeJS.Timeout | undefined;
        const limit = testCase.timeoutMs ?? CASE_TIMEOUT_MS;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${limit / 1000} s`)), limit);
        });
        await Promise.race([
          testCase.run({
            page,
            url: server.url,
            screenshot: async (name) => {
              await page.screenshot({ path: join(SHOTS, `${name}.png`) });
            },
          }),
          timeout,
        ]).finally(() => clearTimeout(timer));
        passed++;
        times.push([testCase.name, Date.now() - started]);
        console.log(`ok    ${testCase.name} (${seconds(Date.now() - started)} s)`);
      } catch (error) {
        failed++;
        times.push([testCase.name, Date.now() - started]);
        console.log(`FAIL  ${testCase.name} (${seconds(Date.now() - started)} s)`);
        console.log(`      ${error instanceof Error ? error.message : String(error)}`);
        await page.screenshot({ path: join(SHOTS, `failed-${passed + failed}.png`) }).catch(() => undefined);
      } finally {
        await context.close();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, runNext));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('slowest cases:');
  for (const [name, ms] of times.sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`${seconds(ms).padStart(7)} s  ${name.slice(0, 100)}`);
  }
  console.log(`browser cases took ${seconds(Date.now() - suiteStarted)} s`);
  console.log(`screenshots: ${SHOTS}`);
  console.log(`${passed} passed, ${failed} failed`);
  if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ passed, failed }));
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
