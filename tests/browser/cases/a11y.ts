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
async function axe(page: Page, where: string): Promise<{ violations: string[]; incomplete: string[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run;
    // WCAG 2.1 A and AA, the level public planning viewers are held to, and axe's best practices.
    return (await run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })) as { violations: AxeRule[]; incomplete: AxeRule[] };
  });
  const describe = (rule: AxeRule) =>
    `${where}: ${rule.id} (${rule.impact}) ×${rule.nodes.length} at ${rule.nodes
      .slice(0, 3)
      .map((n) => `${n.target.join(' ')} (${n.any[0]?.message ?? ''})`)
      .join(', ')}`;
  return { violations: result.violations.map(describe), incomplete: result.incomplete.map(describe) };
}

const TABS = ['feature', 'plans', 'analysis', 'time'] as const;

/** Every tab and the district view, in English and then in Chinese (switched by the header button). */
async function everyView(page: Page, url: string, label: string): Promise<string[]> {
  const found: string[] = [];
  const check = async (where: string) => {
    const { violations, incomplete } = await axe(page, `${label} ${where}`);
    found.push(...violations, ...incomplete.map((line) => `to review: ${line}`));
  };
  await page.goto(`${url}#lang=en`);
  await waitForMapReady(page);
  for (const lang of ['en', 'zh']) {
    for (const tab of TABS) {
      await page.click(`[data-testid="tab-${tab}"]`);
      if (tab === 'plans') await page.waitForSelector('[data-testid="plan-picker"]');
      if (tab === 'time') await page.waitForSelector('[data-testid="timeline-on"]');
      await check(`${lang} tab ${tab}`);
    }
    if (lang === 'en') await page.click('[data-testid="lang-switch"]');
  }
  await page.goto('about:blank');
  await page.goto(`${url}#district=songjiang&lang=en`);
  await waitForMapReady(page);
  await page.waitForSelector('[data-testid="district-summary"]');
  await check('en district');
  await page.click('[data-testid="lang-switch"]');
  await page.waitForSelector('html[lang="zh-CN"]');
  await check('zh district');
  return found;
}

export const A11Y_CASES: BrowserCase[] = [
  {
    name: 'a11y: axe finds nothing on every tab, the layers and the district view, en and zh, desktop',
    async run({ page, url, screenshot }) {
      const found = await everyView(page, url, 'desktop');
      await screenshot('a11y-desktop');
      assert(found.length === 0, `axe:\n${found.join('\n')}`);
    },
  },
  {
    name: 'a11y: axe finds nothing on every tab, the layers and the district view, en and zh, phone',
    viewport: { width: 390, height: 844 },
    async run({ page, url, screenshot }) {
      const found = await everyView(page, url, 'phone');
      await screenshot('a11y-phone');
      assert(found.length === 0, `axe:\n${found.join('\n')}`);
    },
  },
];
