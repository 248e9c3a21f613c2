/** Accessibility: axe-core over every view, both languages, desktop and phone. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { waitForMapReady } from '../harness';
import { assert, type BrowserCase } from '../helpers';

// Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self')
// rightly refuses an injected <script> tag, and the test must not loosen it.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: string[];
  any: { message: string }[];
}
interface AxeRule {
  id: string;
  impact: string | null;
  nodes: AxeNode[];
}

/** Violations and "to review" items of one axe run, as lines naming the rule and the first elements. */
async function axe(
  page: Page,
  where: string,
  within = 'html',
): Promise<{ violations: string[]; incomplete: string[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(AXE_SOURCE);
    // tsx names inner functions with a __name helper that the page does not have.
    await page.evaluate('globalThis.__name = (f) => f');
  }
  const result = await page.evaluate(async (selector) => {
    const run = (window as unknown as { axe: { run(c: string, o: object): Promise<unknown> } }).axe.run;
    // WCAG 2.1 A and AA, the level public planning viewers are held to, and axe's best practices.
    return (await run(selector, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations', 'incomplete'],
    })) as { violations: AxeRule[]; incomplete: AxeRule[] };
  }, within);
  // Text over the map canvas, inside a chart, or beside an overlapping box (a toast over the credits):
  // axe cannot see through, so the test measures it as a person with a colour picker would, text
  // colour against the first opaque background behind it, and keeps the item only below 4.5:1.
  for (const rule of result.incomplete.filter((r) => r.id === 'color-contrast')) {
    const overImage = rule.nodes.filter((n) => /image node|overlap/.test(n.any[0]?.message ?? ''));
    const ratios = await page.evaluate(
      contrastOf,
      overImage.map((n) => n.target[0] ?? ''),
    );
    const short = overImage.filter((_, i) => (ratios[i] ?? 0) < 4.5);
    rule.nodes = rule.nodes.filter((n) => !overImage.includes(n) || short.includes(n));
  }
  result.incomplete = result.incomplete.filter((rule) => rule.nodes.length > 0);
  const describe = (rule: AxeRule) =>
    `${where}: ${rule.id} (${rule.impact}) ×${rule.nodes.length} at ${rule.nodes
      .slice(0, 3)
      .map((n) => `${n.target.join(' ')} (${n.any[0]?.message ?? ''})`)
      .join(', ')}`;
  return { violations: result.violations.map(describe), incomplete: result.incomplete.map(describe) };
}

/** WCAG contrast of each element's text colour (SVG: fill) against its first opaque background. */
function contrastOf(selectors: string[]): number[] {
  const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const [lr, lg, lb] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (lr ?? 0) + 0.7152 * (lg ?? 0) + 0.0722 * (lb ?? 0);
  };
  return selectors.map((selector) => {
    const element = document.querySelector(selector);
    if (!element) return 0;
    const style = getComputedStyle(element);
    const text = rgb(element instanceof SVGElement ? style.fill : style.color);
    let back: number[] = [255, 255, 255];
    for (let at: Element | null = element; at; at = at.parentElement) {
      const channels = rgb(getComputedStyle(at).backgroundColor);
      if (channels.length === 3 || (channels[3] ?? 0) >= 1) {
        back = channels.slice(0, 3);
        break;
      }
    }
    const [l1, l2] = [luminance(text), luminance(back)].sort((a, b) => b - a);
    return ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05);
  });
}

const TABS = ['plans', 'analysis', 'time', 'inview'] as const;

/**
 * The whole page (header, layer panel, map controls, feature tab), then each other tab's panel, in
 * English and then in Chinese (switched by the header button); then the district view. The plan
 * reader opens one clause with place links and figures: axe over a whole plan takes half a minute.
 */
async function everyView(page: Page, url: string, label: string): Promise<string[]> {
  const found: string[] = [];
  const check = async (where: string, within?: string) => {
    const { violations, incomplete } = await axe(page, `${label} ${where}`, within);
    found.push(...violations, ...incomplete.map((line) => `to review: ${line}`));
  };
  await page.goto(`${url}#lang=en&clause=p14/10.2.1`);
  await waitForMapReady(page);
  if (label === 'phone') {
    // A link to a passage pulls the sheet up so the passage is seen, not left under the map.
    await page.waitForSelector('#side-panel[data-sheet="half"] [data-clause="p14/10.2.1"]');
  }
  for (const lang of ['en', 'zh']) {
    await check(`${lang} page`);
    for (const tab of TABS) {
      await page.click(`[data-testid="tab-${tab}"]`);
      if (tab === 'plans') await page.waitForSelector('[data-testid="plan-picker"]');
      if (tab === 'time') await page.waitForSelector('[data-testid="timeline-on"]');
      if (tab === 'analysis') await page.waitForSelector('[data-testid="coverage-run"]');
      await check(`${lang} tab ${tab}`, `#tabpanel-${tab}`);
    }
    await page.click('[data-testid="tab-feature"]');
    if (lang === 'en') await page.click('[data-testid="lang-switch"]');
  }
  // The district view, chosen as a citizen would, without a second page load; on a phone the picker
  // is in the layer drawer.
  const openLayers = page.locator('[data-testid="open-layers"]');
  if (await openLayers.isVisible()) await openLayers.click();
  await page.selectOption('[data-testid="district-picker"]', 'songjiang');
  await page.waitForSelector('[data-testid="district-summary"]');
  await check('zh district', '#side-panel');
  await page.click('[data-testid="lang-switch"]');
  await page.waitForSelector('html[lang="en"]');
  await check('en district', '#side-panel');
  return found;
}

export const A11Y_CASES: BrowserCase[] = [
  {
    name: 'a11y: axe finds nothing on every tab, the layers and the district view, en and zh, desktop',
    timeoutMs: 180_000,
    async run({ page, url, screenshot }) {
      const found = await everyView(page, url, 'desktop');
      await screenshot('a11y-desktop');
      assert(found.length === 0, `axe:\n${found.join('\n')}`);
    },
  },
  {
    name: 'a11y: axe finds nothing on every tab, the layers and the district view, en and zh, phone',
    viewport: { width: 390, height: 844 },
    timeoutMs: 180_000,
    async run({ page, url, screenshot }) {
      const found = await everyView(page, url, 'phone');
      await screenshot('a11y-phone');
      assert(found.length === 0, `axe:\n${found.join('\n')}`);
    },
  },
];
