import type { Page } from 'playwright-core';
import { median } from './stats';

/**
 * Where a first load's time goes, from the page's own clock: the app's performance marks (see
 * src/main.ts, src/app/load-data.ts), resource timing (scripts, layer files, fonts) and long tasks.
 * Each phase in ms since navigation start; `_ms` figures are durations.
 */
export type Breakdown = Record<string, number>;

/** Starts counting long tasks before the page's scripts run. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: [number, number][] = [];
    (window as unknown as { benchLongTasks: typeof seen }).benchLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

interface PageTimes {
  marks: Record<string, number>;
  resources: { path: string; start: number; end: number }[];
  longTasks: [number, number][];
}

export async function readBreakdown(page: Page): Promise<Breakdown> {
  // Only plain data crosses: the page's clock readings, worked out here.
  const times: PageTimes = await page.evaluate(() => ({
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime])),
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      path: new URL(r.name).pathname,
      start: r.startTime,
      end: r.responseEnd,
    })),
    longTasks: (window as unknown as { benchLongTasks?: [number, number][] }).benchLongTasks ?? [],
  }));
  const at = (name: string) => times.marks[`app:${name}`] ?? Number.NaN;
  const ready = at('ready');
  const before = times.resources.filter((r) => r.start < ready);
  const of = (pattern: RegExp) => before.filter((r) => pattern.test(r.path));
  const lastEnd = (list: PageTimes['resources']) => Math.max(0, ...list.map((r) => r.end));
  const entry = of(/\/assets\/index-[^/]+\.js$/)[0];
  const fonts = of(/\.woff2?$/);
  return {
    scripts_loaded: lastEnd(of(/\.js$/).filter((r) => r.start < (entry?.end ?? 0))),
    modules_evaluated: at('modules-evaluated'),
    script_evaluation_ms: at('modules-evaluated') - (entry?.end ?? Number.NaN),
    map_created: at('map-created'),
    panels_mounted: at('panels-mounted'),
    panels_ms: at('panels-mounted') - at('map-created'),
    layer_files_fetched: lastEnd(of(/\.geojson$/)),
    layers_parsed: at('layers-parsed'),
    style_loaded: at('style-loaded'),
    layers_set: at('layers-set'),
    fonts_loaded: lastEnd(fonts),
    font_files: fonts.length,
    ready,
    first_tiles_to_idle_ms: ready - at('layers-set'),
    main_thread_long_tasks_ms: times.longTasks
      .filter(([start]) => start < ready)
      .reduce((sum, [, duration]) => sum + duration, 0),
  };
}

/** The median of each phase over several loads. */
export function medianBreakdown(runs: readonly Breakdown[]): Breakdown {
  const keys = Object.keys(runs[0] ?? {});
  return Object.fromEntries(keys.map((key) => [key, Math.round(median(runs.map((run) => run[key] ?? Number.NaN)))]));
}
