/** The build's side of the point check: the reference files, the curated pairs and anchors, the report. */

import { dataError, readDataFile } from '../data-files';
import type { LayerFeature } from '../feature';
import { readSourceGeoJson } from '../io';
import { osmFeatures } from './osm-files';
import {
  type Anchor,
  type CheckedPlace,
  type NamedReference,
  pointAt,
  type RejectedPair,
  type Verification,
  verifyPlaces,
} from './verify-points';

const REFERENCE_FILES: [string, string][] = [
  ['osm-2025/places.osm-geofabrik-20250318.wgs84.geojson', 'OSM places'],
  ['osm-2025/industrial-commercial-landuse.osm-geofabrik-20250318.wgs84.geojson', 'OSM land use'],
  ['osm-2025/green-areas.osm-geofabrik-20250318.wgs84.geojson', 'OSM green areas'],
  ['osm-2025/transport-areas.osm-geofabrik-20250318.wgs84.geojson', 'OSM transport areas'],
  ['osm-2025/water-areas.osm-geofabrik-20250318.wgs84.geojson', 'OSM water areas'],
  ['rail/railway-stations-train.osm-omap-geodb-20250124.wgs84.geojson', 'OSM railway stations'],
];

const POI_REFERENCE = 'OSM points of interest';

export function readPointChecks(): {
  rejected: RejectedPair[];
  anchors: Record<string, Anchor>;
  links: Record<string, string[]>;
} {
  return readDataFile('point-checks.json');
}

export function referenceFeatures(stations: LayerFeature[]): NamedReference[] {
  const fromFiles = REFERENCE_FILES.flatMap(([path, from]) =>
    readSourceGeoJson(path)
      .features.filter((f) => f.geometry && typeof f.properties?.name === 'string' && f.properties.name.trim())
      .map((f) => ({
        name: String(f.properties?.name).trim(),
        from,
        geometry: f.geometry,
        fclass: String(f.properties?.fclass ?? ''),
      })),
  );
  const poi = osmFeatures('poi-areas').map((f) => ({
    name: String(f.properties.name),
    from: POI_REFERENCE,
    geometry: f.geometry,
    fclass: String(f.properties.fclass ?? ''),
  }));
  const metro = stations.map((s) => ({ name: s.properties.name_zh, from: 'metro stations', geometry: s.geometry }));
  return [...fromFiles, ...poi, ...metro];
}

/** The hand-placed points of a layer: approximate points with a radius. */
export function checkedPlaces(features: LayerFeature[]): CheckedPlace[] {
  return features.flatMap((f) => {
    const at = pointAt(f.geometry);
    const p = f.properties as LayerFeature['properties'] & { accuracy_m?: number; aliases_zh?: string[] };
    if (!at || p.accuracy !== 'approximate' || !p.accuracy_m) return [];
    return [
      {
        id: p.id,
        name_zh: p.name_zh,
        names: [p.name_zh, ...(p.aliases_zh ?? [])],
        at,
        accuracy_m: p.accuracy_m,
        note: p.note ?? '',
      },
    ];
  });
}

export function verifyLayers(layers: Map<string, LayerFeature[]>): Map<string, Verification> {
  const { rejected, anchors, links } = readPointChecks();
  const references = referenceFeatures(layers.get('rail-stations') ?? []);
  const result = new Map<string, Verification>();
  const checked = new Set<string>();
  for (const [layerId, features] of layers) {
    const places = checkedPlaces(features);
    for (const place of places) checked.add(place.id);
    if (places.length) result.set(layerId, verifyPlaces(places, references, rejected, anchors, links));
  }
  // A place drawn as an area since keeps no link or anchor: a stale entry would check nothing.
  const stale = [...Object.keys(links), ...Object.keys(anchors)].filter((id) => !checked.has(id));
  if (stale.length) throw dataError('point-checks.json', stale.join(', '), 'is no hand-placed point (remove it)');
  return result;
}

export function pointCheckReport(verified: Map<string, Verification>): string[] {
  const lines = ['hand-placed points        checked  within radius  outside  no reference  anchors ok'];
  for (const [layerId, v] of verified) {
    const within = v.checks.filter((c) => c.within).length;
    const anchorsOk = v.anchors.filter((a) => a.within).length;
    lines.push(
      `${layerId.padEnd(24)}${String(v.checks.length).padStart(9)}${String(within).padStart(15)}${String(v.checks.length - within).padStart(9)}${String(v.unreferenced.length).padStart(14)}${`${anchorsOk}/${v.anchors.length}`.padStart(12)}`,
    );
  }
  const searched = [
    ...REFERENCE_FILES.filter(([path]) => !path.includes('places')).map(([, from]) => from),
    POI_REFERENCE,
  ];
  for (const [layerId, v] of verified) {
    const points = v.checks.length + v.unreferenced.length;
    lines.push(
      `  ${layerId}: ${points - v.outlineExists.length} of ${points} points have no outline of their own name in ${searched.join(', ')}`,
    );
    for (const o of v.outlineExists)
      lines.push(`    ${o.id}: an outline of the same name exists, ${o.reference}; see whether it is the place`);
  }
  const rejected = [...verified.values()].flatMap((v) => v.rejected);
  for (const r of rejected) lines.push(`  rejected as a different place: ${r.place} ≠ ${r.reference} (${r.why})`);
  for (const failure of [...verified.values()].flatMap((v) => v.failures)) lines.push(`  FAIL ${failure}`);
  return lines;
}
