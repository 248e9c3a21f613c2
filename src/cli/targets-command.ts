import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TargetMeasures } from '../analysis/targets';
import type { LinkIndex } from '../content/links';
import { targetRows, targetSentence } from '../content/plan-targets';
import type { NodeFeature } from './load';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The plans' targets with the map's measures, as `cli -- targets` prints them. */
export function targetsCommand(layers: Map<string, NodeFeature[]>, index: LinkIndex) {
  const measures = JSON.parse(
    readFileSync(join(ROOT, 'public', 'osm-classes', 'target-measures.json'), 'utf8'),
  ) as TargetMeasures;
  const props = new Map(
    [...layers].map(([id, features]) => [id, new Map(features.map((f) => [String(f.properties.id), f.properties]))]),
  );
  return targetRows(index, measures, props).map(({ spec, passage, measured }) => ({
    id: spec.id,
    plan: spec.planId,
    section: passage?.section.number ?? null,
    paragraph_id: passage?.paragraph.id ?? null,
    sentence: passage ? targetSentence(passage.paragraph.text, spec.phrase) : null,
    target: spec.target,
    testable: !spec.reason,
    measured,
    method: spec.method ?? null,
    data: spec.data ?? null,
    uncertainty: spec.uncertainty ?? null,
    reason: spec.reason ?? null,
    by_area: spec.breakdown?.(measures) ?? null,
  }));
}

export function targetsTable(rows: ReturnType<typeof targetsCommand>): string {
  return rows
    .flatMap((r) => [
      `${r.target.zh} · ${r.target.en}  [${r.plan} §${r.section ?? '?'}]`,
      `  ${r.sentence ?? '(passage not found)'}`,
      ...(r.testable
        ? [
            `  measured: ${r.measured?.en ?? '—'}`,
            `  method: ${r.method?.en ?? ''}`,
            `  data: ${r.data?.en ?? ''}`,
            `  uncertainty: ${r.uncertainty?.en ?? ''}`,
            ...(r.by_area
              ? [
                  `  ${r.by_area.head.map((h) => h.en).join(' | ')}`,
                  ...r.by_area.rows.map((row) => `    ${row.name.en.padEnd(18)} ${row.values.join('  ')}`),
                ]
              : []),
          ]
        : [`  not testable here: ${r.reason?.en ?? ''}`]),
      '',
    ])
    .join('\n');
}
