import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { type LayerFeature, makeFeature } from './feature';
import { WATERFRONT_SEGMENTS, type WaterfrontSegmentSpec } from './hand-drawn/waterfront';
import { cite, readSourceGeoJson } from './io';
import { sharedBorderMidline } from './shared-border';

const WATER = 'water/rivers-lakes.wdb2-gshhg.approx.wgs84.geojson';
const DISTRICTS_CITE = cite(
  'boundaries/shanghai-districts.geoboundaries-osm.wgs84.geojson',
  'geoBoundaries CHN ADM3 from OSM',
);
const GSHHG_CITE = cite(WATER, 'GSHHG 2.3.7 / WDBII');

/** Districts across the Huangpu from Pudong where their border is the river's centre line. */
const WEST_BANK = ['baoshan', 'yangpu', 'hongkou', 'huangpu', 'xuhui'];

export interface RiverLines {
  features: LayerFeature[];
  huangpu: Position[];
  suzhou: Position[];
}

function gshhgLine(nameStart: string): Position[] {
  const feature = readSourceGeoJson(WATER).features.find((f) =>
    String((f.properties as { name: string }).name).startsWith(nameStart),
  );
  if (feature?.geometry.type !== 'LineString') throw new Error(`${WATER}: no line ${nameStart}`);
  return feature.geometry.coordinates;
}

function sliceLine(line: Position[], from: Position, to: Position): Position[] {
  return turf.lineSlice(turf.point(from), turf.point(to), turf.lineString(line)).geometry.coordinates;
}

export function buildRiverLines(districts: Map<string, Polygon | MultiPolygon>): RiverLines {
  const pudong = districts.get('pudong');
  if (!pudong) throw new Error('districts: Pudong missing');
  const westBank = WEST_BANK.map((slug) => districts.get(slug)).filter((d) => d !== undefined);
  let central = sharedBorderMidline(pudong, westBank, 150);
  // Pudong's ring runs anticlockwise; the river is described from source to mouth.
  if ((central[0]?.[1] ?? 0) > (central.at(-1)?.[1] ?? 0)) central = central.reverse();
  const centralStart = central[0] as Position;
  const centralEnd = central.at(-1) as Position;

  const upperSource = gshhgLine('黄浦江（上游');
  const upper = sliceLine(upperSource, upperSource[0] as Position, centralStart);
  const lowerSource = gshhgLine('黄浦江（下游');
  const mouth = sliceLine(lowerSource, centralEnd, lowerSource.at(-1) as Position);
  const suzhou = gshhgLine('吴淞江');

  const mouthLengthM = turf.length(turf.lineString(mouth.length > 1 ? mouth : [centralEnd, centralEnd]), {
    units: 'meters',
  });
  const features = [
    makeFeature(
      {
        id: 'huangpu-upper',
        name_zh: '黄浦江（上游）',
        name_en: 'Huangpu River (upper reach)',
        layer: 'river-lines',
        source: GSHHG_CITE,
        accuracy: 'approximate',
        licence: 'LGPL-3.0 / public domain',
        note: 'WDBII small-scale centre line (median 250–650 m off), cut where the derived central stretch begins',
        river: 'huangpu',
      },
      { type: 'LineString', coordinates: upper },
    ),
    makeFeature(
      {
        id: 'huangpu-central',
        name_zh: '黄浦江（中心城段）',
        name_en: 'Huangpu River (central city)',
        layer: 'river-lines',
        source: DISTRICTS_CITE,
        accuracy: 'derived',
        licence: 'ODbL-1.0',
        note: 'Midline of the shared borders of Pudong and Baoshan/Yangpu/Hongkou/Huangpu/Xuhui, which follow the river centre line',
        river: 'huangpu',
      },
      { type: 'LineString', coordinates: central },
    ),
    ...(mouthLengthM < 100
      ? []
      : [
          makeFeature(
            {
              id: 'huangpu-mouth',
              name_zh: '黄浦江（吴淞口段）',
              name_en: 'Huangpu River (Wusongkou reach)',
              layer: 'river-lines',
              source: GSHHG_CITE,
              accuracy: 'approximate',
              licence: 'LGPL-3.0 / public domain',
              note: 'WDBII small-scale centre line from the end of the derived stretch to the Yangtze',
              river: 'huangpu',
            },
            { type: 'LineString', coordinates: mouth },
          ),
        ]),
    makeFeature(
      {
        id: 'suzhou-creek',
        name_zh: '苏州河（吴淞江）',
        name_en: 'Suzhou Creek (Wusong River)',
        layer: 'river-lines',
        source: GSHHG_CITE,
        accuracy: 'approximate',
        licence: 'LGPL-3.0 / public domain',
        note: 'WDBII small-scale centre line (median 250–650 m off); no open source has the banks',
        river: 'suzhou',
      },
      { type: 'LineString', coordinates: suzhou },
    ),
  ];
  const huangpu =
    mouthLengthM < 100 ? [...upper.slice(0, -1), ...central] : [...upper.slice(0, -1), ...central, ...mouth.slice(1)];
  return { features, huangpu, suzhou };
}

function unionAll(shapes: (Polygon | MultiPolygon)[]): Feature<Polygon | MultiPolygon> | null {
  if (shapes.length === 0) return null;
  if (shapes.length === 1) return turf.feature(shapes[0] as Polygon | MultiPolygon);
  return turf.union(turf.featureCollection(shapes.map((s) => turf.feature(s))));
}

export function buildWaterfrontSegments(
  rivers: RiverLines,
  districts: Map<string, Polygon | MultiPolygon>,
): LayerFeature[] {
  return WATERFRONT_SEGMENTS.map((spec: WaterfrontSegmentSpec) => {
    const river = spec.river === 'huangpu' ? rivers.huangpu : rivers.suzhou;
    const stretch: LineString = {
      type: 'LineString',
      coordinates: sliceLine(river, spec.from, spec.to),
    };
    const strip = turf.buffer(stretch, spec.widthM, {
      units: 'meters',
      steps: 6,
    });
    const banks = unionAll(spec.banks.map((slug) => districts.get(slug)).filter((d) => d !== undefined));
    const shape = strip && banks ? turf.intersect(turf.featureCollection([strip, banks])) : null;
    if (!shape) throw new Error(`waterfront segment ${spec.id}: empty after clipping to its banks`);
    const lengthKm = turf.length(turf.feature(stretch), {
      units: 'kilometers',
    });
    return makeFeature(
      {
        id: spec.id,
        name_zh: spec.name_zh,
        name_en: spec.name_en,
        layer: 'waterfront-segments',
        source: `hand-drawn ends (${spec.endsFrom}) on the river line; banks from ${DISTRICTS_CITE}`,
        accuracy: 'approximate',
        licence: 'ODbL-1.0',
        note: `Strip ${spec.widthM} m each side of the river between hand-picked ends, clipped to the bank districts`,
        segment_kind: spec.kind,
        river: spec.river,
        river_length_km: Math.round(lengthKm * 10) / 10,
      },
      shape.geometry,
    );
  });
}
