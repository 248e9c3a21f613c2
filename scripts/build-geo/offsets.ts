/**
 * How far each rebuilt layer lies from its open reference, as medians in metres: printed by
 * `npm run build:geo` and held to thresholds by the unit tests.
 */
import type { Position } from 'geojson';
import { edgeOffsetM, edgePaths } from './boundary-edges';
import type { LayerFeature } from './feature';
import { NEW_TOWN_OUTLINES } from './hand-drawn/new-towns';
import { median, medianOffsetM, Reference, samplePath } from './measure';
import { OSM_2025, osmFeatures, pathsOf, readCached } from './osm2025';

const LAND = 'water/land.geomaps-coastline-1m.wgs84.geojson';

export interface OffsetRow {
  layer: string;
  feature: string;
  reference: string;
  medianM: number;
}

let water: { areas: Reference; land: Reference } | null = null;

/**
 * Distance (m) to water: every OSM water area (riverbank, water, reservoir, dock), and anything off
 * the land polygon of the base map (the Yangtze estuary, where the Huangpu ends, is not a water area).
 */
export function distanceToWaterM(p: Position): number {
  water ??= {
    areas: new Reference(
      osmFeatures(OSM_2025.water)
        .filter((f) => f.properties.fclass !== 'wetland')
        .map((f) => f.geometry),
    ),
    land: new Reference(readCached(LAND).features.map((f) => f.geometry)),
  };
  return water.land.distanceM(p) > 0 ? 0 : water.areas.distanceM(p);
}

/** River lines: points every 100 m, median distance to water (0 on the water). */
export function riverOffsets(rivers: LayerFeature[]): OffsetRow[] {
  return rivers.map((f) => ({
    layer: 'river-lines',
    feature: f.properties.id,
    reference: 'OSM water areas',
    medianM: Math.round(
      median(
        pathsOf(f.geometry)
          .flatMap((path) => samplePath(path, 100))
          .map(distanceToWaterM),
      ),
    ),
  }));
}

/** New towns: per edge along an OSM feature, the named feature's distance to the drawn boundary. */
export function newTownOffsets(towns: LayerFeature[]): OffsetRow[] {
  return towns.flatMap((town) => {
    const spec = NEW_TOWN_OUTLINES[town.properties.id.replace('new-town-', '')];
    if (!spec) return [];
    const rings =
      town.geometry.type === 'Polygon'
        ? town.geometry.coordinates
        : town.geometry.type === 'MultiPolygon'
          ? town.geometry.coordinates.flat()
          : [];
    const n = spec.edges.length;
    return spec.edges.flatMap((edge, i) => {
      const paths = edgePaths(edge);
      if (paths.length === 0) return [];
      const a = spec.corners[i] as Position;
      const b = spec.corners[(i + 1) % n] as Position;
      const offsets = rings.map((ring) => edgeOffsetM(paths, a, b, ring));
      return [
        {
          layer: 'new-towns',
          feature: `${town.properties.id} ${edge.text}`,
          reference: `OSM ${edge.names.join('/')}`,
          medianM: Math.min(...offsets),
        },
      ];
    });
  });
}

/** OSM-track rail lines: distance to the OSM railway ways. */
export function railOffsets(lines: LayerFeature[]): OffsetRow[] {
  const tracks = new Reference(osmFeatures(OSM_2025.railways).map((f) => f.geometry));
  return lines
    .filter((f) => f.properties.source.includes(OSM_2025.railways))
    .map((f) => ({
      layer: 'rail-lines',
      feature: f.properties.id,
      reference: 'OSM railway ways',
      medianM: Math.round(medianOffsetM(pathsOf(f.geometry), tracks)),
    }));
}

export function offsetReport(layers: Map<string, LayerFeature[]>): OffsetRow[] {
  return [
    ...riverOffsets(layers.get('river-lines') ?? []),
    ...newTownOffsets(layers.get('new-towns') ?? []),
    ...railOffsets(layers.get('rail-lines') ?? []),
  ];
}

export function layerMedians(rows: OffsetRow[]): { layer: string; features: number; medianM: number }[] {
  const layers = [...new Set(rows.map((r) => r.layer))];
  return layers.map((layer) => {
    const own = rows.filter((r) => r.layer === layer);
    return { layer, features: own.length, medianM: median(own.map((r) => r.medianM)) };
  });
}
