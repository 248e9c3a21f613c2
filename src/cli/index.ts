/**
 * Command line over the same pure modules the app uses.
 *   npm run --silent cli -- query "<text>" [--json] [--limit N]
 */
import { resolve } from 'node:path';
import { createSearchEngine, type SearchOutcome } from '../content/search';
import { englishTitle } from '../content/section-titles';
import { coverageCommand, coverageTable, nearestCommand, nearestTable } from './analysis-commands';
import { loadRepository } from './load';
import { targetsCommand, targetsTable } from './targets-command';
import { UsageError } from './usage-error';

const USAGE = `usage: npm run --silent cli -- <command> [options]

commands:
  query "<text>" [--json] [--limit N] [--plan ID,...]
                                        places of the city (districts, towns, stations, streets, parks, water),
                                        plan places and plan passages for the text (Chinese or English), best first;
                                        --plan keeps passages of those plans (p12-proposal, p12-outline,
                                        p12-info, p13-smart, p14)
  coverage --facilities <rail-stations|parks|industrial-parks|osm-parks|osm-parks-0.3ha|osm-parks-1ha|
                        osm-stations|osm-industrial> --radius <m> --by <districts|new-towns>
           [--facilities-file my.geojson] [--areas-file my.geojson]
           [--status operating,under-construction,planned] [--json]
                                        share of each area (and its people) within reach of the facilities;
                                        osm-* is every mapped feature of the class (OpenStreetMap); a file of
                                        your own (GeoJSON, WGS84) replaces --facilities or --by
  nearest --lon <x> --lat <y> [--with osm|plans] [--json]
                                        the nearest station, park and industrial park: of every mapped one
                                        (osm, default) or of those the plans name
  targets [--json]                      the plans' measurable spatial targets against the map's measures

options:
  --json       print JSON instead of a table
  --limit N    at most N results (default 20, 1–500)`;

interface Options {
  json: boolean;
  limit: number;
  positional: string[];
  /** Named options with a value, e.g. --radius 800. */
  values: Map<string, string>;
}

const VALUE_OPTIONS = [
  '--plan',
  '--facilities',
  '--facilities-file',
  '--areas-file',
  '--radius',
  '--by',
  '--status',
  '--lon',
  '--lat',
  '--with',
];

export function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, limit: 20, positional: [], values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (VALUE_OPTIONS.includes(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      options.values.set(arg.slice(2), value);
    } else if (arg === '--json') options.json = true;
    else if (arg === '--limit') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1 || value > 500)
        throw new UsageError('--limit needs a whole number from 1 to 500');
      options.limit = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.positional.push(arg);
  }
  return options;
}

export function queryJson({ results, terms, plans, suggestions }: SearchOutcome) {
  return {
    terms,
    plans,
    suggestions,
    places: results.flatMap((r) =>
      r.kind === 'city'
        ? [
            {
              name_zh: r.city.name_zh,
              name_en: r.city.name_en,
              kind: r.city.kind,
              district: r.city.district?.en ?? null,
              coords: r.city.coords,
              ...(r.city.feature ? { feature: r.city.feature } : {}),
              score: r.score,
            },
          ]
        : [],
    ),
    features: results.flatMap((r) =>
      r.kind === 'place'
        ? [
            {
              id: r.place.id,
              name_zh: r.place.name_zh,
              name_en: r.place.name_en,
              features: r.place.targets.map((t) => `${t.layerId}/${t.featureId}`),
              score: r.score,
            },
          ]
        : [],
    ),
    passages: results.flatMap((r) =>
      r.kind === 'passage'
        ? [
            {
              file: r.passage.plan.file,
              plan: r.passage.plan.id,
              plan_title: r.passage.plan.short,
              section: r.passage.section.number,
              section_id: r.passage.section.id,
              paragraph_id: r.passage.paragraph.id,
              title: r.passage.section.title,
              title_en: englishTitle(r.passage.section.id) ?? null,
              text: r.passage.paragraph.title
                ? `${r.passage.paragraph.title} ${r.passage.paragraph.text}`
                : r.passage.paragraph.text,
              score: r.score,
            },
          ]
        : [],
    ),
  };
}

function table(result: ReturnType<typeof queryJson>): string {
  const lines = ['PLACES'];
  for (const p of result.places) {
    lines.push(
      `  ${p.name_zh}  ${p.name_en}  (${p.kind}${p.district ? `, ${p.district}` : ''}; ${p.coords.join(', ')})`,
    );
  }
  if (result.places.length === 0) lines.push('  (none)');
  lines.push('FEATURES');
  for (const f of result.features) lines.push(`  ${f.name_zh}  ${f.name_en}  (${f.features.join(', ')})`);
  if (result.features.length === 0) lines.push('  (none)');
  lines.push('PASSAGES');
  for (const p of result.passages) {
    lines.push(`  ${p.plan_title.en} (${p.plan}) §${p.section} ${p.title}`);
    lines.push(`    ${p.text.length > 90 ? `${p.text.slice(0, 90)}…` : p.text}`);
  }
  if (result.passages.length === 0) lines.push('  (none)');
  if (result.suggestions.length > 0) lines.push(`TRY: ${result.suggestions.join(' / ')}`);
  return lines.join('\n');
}

export function run(argv: string[]): { code: number; out: string; err: string } {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === 'help')
      return { code: command ? 0 : 2, out: command ? USAGE : '', err: command ? '' : USAGE };
    const options = parseArgs(rest);
    if (command === 'query') {
      const text = options.positional.join(' ').trim();
      if (!text) throw new UsageError('query needs some text');
      const { index, city } = loadRepository();
      const plans = options.values.get('plan')?.split(',').filter(Boolean);
      const known = new Set(index.passages.map((p) => p.plan.id));
      const unknown = plans?.filter((plan) => !known.has(plan)) ?? [];
      if (unknown.length > 0)
        throw new UsageError(`unknown plan ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
      const result = queryJson(createSearchEngine(index, city).search(text, { limit: options.limit, plans }));
      return { code: 0, out: options.json ? JSON.stringify(result, null, 2) : table(result), err: '' };
    }
    if (command === 'coverage') {
      const result = coverageCommand(options.values, loadRepository().layers);
      return { code: 0, out: options.json ? JSON.stringify(result, null, 2) : coverageTable(result), err: '' };
    }
    if (command === 'nearest') {
      const result = nearestCommand(options.values, loadRepository().layers);
      return { code: 0, out: options.json ? JSON.stringify(result, null, 2) : nearestTable(result), err: '' };
    }
    if (command === 'targets') {
      const { layers, index } = loadRepository();
      const rows = targetsCommand(layers, index);
      return { code: 0, out: options.json ? JSON.stringify(rows, null, 2) : targetsTable(rows), err: '' };
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, out: '', err: `error: ${error.message}\n\n${USAGE}` };
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const result = run(process.argv.slice(2));
  if (result.out) console.log(result.out);
  if (result.err) console.error(result.err);
  process.exitCode = result.code;
}
