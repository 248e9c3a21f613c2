/**
 * "One river, one creek" (14th plan §7.3): the Huangpu and Suzhou Creek from OpenStreetMap — the
 * centre lines from the waterways, the water itself from the riverbank polygons they run through.
 */
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { type LayerFeature, makeFeature } from './feature';
import { samplePath } from './measure';
import { citeOsm2025, OSM_2025, osmFeatures, pathsOf } from './osm2025';

/** OSM ways of the Huangpu (source at Mishidu to the Yangtze) and of the Wusong River/Suzhou Creek. */
const HUANGPU_WAYS = ['47088277', '262965848'];
const SUZHOU_WAYS = [
  '1100067310',
  '12103159',
  '401155654',
  '128722054',
  '128722051',
  '128722052',
  '49206417',
  '1005345489',
];

/**
 * The central-city stretch lies inside the Outer Ring: from Xupu Bridge upstream to the Outer Ring
 * tunnel near Wusongkou, where OSM's 外环高速 crosses the river line (roads/ expressways file).
 */
const CENTRAL_FROM: Position = [121.4641, 31.1293];
const CENTRAL_TO: Position = [121.5008, 31.3788];

/** Simplification tolerance for the water polygons: 0.0001° ≈ 10 m, a quarter of the narrowest creek width. */
const WATER_SIMPLIFY_DEG = 0.0001;

export interface RiverLines {
  features: LayerFeature[];
  huangpu: Position[];
  suzhou: Position[];
}

/** Joins OSM ways into one path, in the order given (each starts where the previous ended). */
function chainWays(ids: string[]): Position[] {
  const byId = new Map(osmFeatures(OSM_2025.waterways).map((f) => [f.properties.osm_id, f]));
  const path: Position[] = [];
  for (const id of ids) {
    const way = byId.get(id);
    if (!way) throw new Error(`${OSM_2025.waterways}: no way ${id}`);
    const coords = pathsOf(way.geometry)[0] ?? [];
    const last = path.at(-1);
    if (last && turf.distance(last, coords[0] as Position, { units: 'meters' }) > 1) {
      throw new Error(`waterway ${id} does not start where the previous way ended`);
    }
    path.push(...(last ? coords.slice(1) : coords));
  }
  return path;
}

function slice(line: Position[], from: Position, to: Position): Position[] {
  return turf.lineSlice(turf.point(from), turf.point(to), turf.lineString(line)).geometry.coordinates;
}

const riverProps = (id: string, name_zh: string, name_en: string, ways: string[], note: string, river: string) => ({
  id,
  name_zh,
  name_en,
  layer: 'river-lines',
  source: citeOsm2025(OSM_2025.waterways, ways),
  accuracy: 'surveyed' as const,
  licence: 'ODbL-1.0',
  note,
  river,
});

export function buildRiverLines(): RiverLines {
  const huangpu = chainWays(HUANGPU_WAYS);
  const suzhou = chainWays(SUZHOU_WAYS);
  const from = turf.nearestPointOnLine(turf.lineString(huangpu), CENTRAL_FROM).geometry.coordinates;
  const to = turf.nearestPointOnLine(turf.lineString(huangpu), CENTRAL_TO).geometry.coordinates;
  const ends = [huangpu[0] as Position, huangpu.at(-1) as Position];
  const cutNote = 'OSM centre line (waterway=river), cut';
  const features = [
    makeFeature(
      riverProps(
        'huangpu-upper',
        '黄浦江（上游）',
        'Huangpu River (upper reach)',
        HUANGPU_WAYS,
        `${cutNote} from its source at Mishidu to Xupu Bridge`,
        'huangpu',
      ),
      { type: 'LineString', coordinates: slice(huangpu, ends[0] as Position, from) },
    ),
    makeFeature(
      riverProps(
        'huangpu-central',
        '黄浦江（中心城段）',
        'Huangpu River (central city)',
        HUANGPU_WAYS,
        `${cutNote} from Xupu Bridge to the Outer Ring crossing near Wusongkou`,
        'huangpu',
      ),
      { type: 'LineString', coordinates: slice(huangpu, from, to) },
    ),
    makeFeature(
      riverProps(
        'huangpu-mouth',
        '黄浦江（吴淞口段）',
        'Huangpu River (Wusongkou reach)',
        HUANGPU_WAYS,
        `${cutNote} from the Outer Ring crossing to the Yangtze`,
        'huangpu',
      ),
      { type: 'LineString', coordinates: slice(huangpu, to, ends[1] as Position) },
    ),
    makeFeature(
      riverProps(
        'suzhou-creek',
        '苏州河（吴淞江）',
        'Suzhou Creek (Wusong River)',
        SUZHOU_WAYS,
        'OSM centre lines of 吴淞江 from the Kunshan border and of 苏州河 to the Garden Bridge, joined',
        'suzhou',
      ),
      { type: 'LineString', coordinates: suzhou },
    ),
  ];
  return { features, huangpu, suzhou };
}

function polygonsOf(shape: Polygon | MultiPolygon): Position[][][] {
  return shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
}

/**
 * The OSM water polygons (riverbank, water) a river's centre line runs through: sampled every
 * 50 m, so a polygon only counts when the river itself passes through it, not a pond on its bank.
 */
export function riverWater(line: Position[]): { polygons: Position[][][]; ids: string[] } {
  const samples = samplePath(line, 50).map((p) => turf.point(p));
  const found: { polygons: Position[][][]; ids: string[] } = { polygons: [], ids: [] };
  for (const f of osmFeatures(OSM_2025.water)) {
    if (!['riverbank', 'water'].includes(f.properties.fclass)) continue;
    const shape = f.geometry as Polygon | MultiPolygon;
    const [w, s, e, n] = turf.bbox(shape);
    const candidates = samples.filter(
      ({
        geometry: {
          coordinates: [x = 0, y = 0],
        },
      }) => x >= w && x <= e && y >= s && y <= n,
    );
    if (!candidates.some((p) => turf.booleanPointInPolygon(p, shape))) continue;
    const simplified = turf.simplify(turf.feature(shape), { tolerance: WATER_SIMPLIFY_DEG, highQuality: true });
    found.polygons.push(...polygonsOf(simplified.geometry as Polygon | MultiPolygon));
    found.ids.push(f.properties.osm_id);
  }
  return found;
}

/**
 * Neighbouring OSM pieces share or overlap their seams, and parts that share a seam make an invalid
 * multipolygon; growing each piece by 2 m (well under the 10 m simplification) closes the seams.
 */
const SEAM_M = 2;

function unionParts(polygons: Position[][][]): Polygon | MultiPolygon {
  const grown = polygons.flatMap((p) => turf.buffer(turf.polygon(p), SEAM_M, { units: 'meters', steps: 2 }) ?? []);
  const merged = turf.union(turf.featureCollection(grown));
  if (!merged) throw new Error('river water: union of the OSM polygons is empty');
  return turf.simplify(merged, { tolerance: WATER_SIMPLIFY_DEG / 4 }).geometry;
}

/** The base map's water: the Huangpu and Suzhou Creek as areas, and Dianshan Lake. */
export function buildBaseWater(rivers: RiverLines): LayerFeature[] {
  const lake = osmFeatures(OSM_2025.water).find((f) => f.properties.name === '淀山湖');
  if (!lake) throw new Error(`${OSM_2025.water}: no 淀山湖`);
  const lakeShape = turf.simplify(turf.feature(lake.geometry), { tolerance: WATER_SIMPLIFY_DEG, highQuality: true });
  const water = (id: string, name_zh: string, name_en: string, line: Position[]) => {
    const { polygons, ids } = riverWater(line);
    return makeFeature(
      {
        id,
        name_zh,
        name_en,
        layer: 'base-water',
        source: citeOsm2025(OSM_2025.water, ids),
        accuracy: 'surveyed' as const,
        licence: 'ODbL-1.0',
        note: `The ${ids.length} OSM riverbank/water polygons the river's centre line runs through, simplified ${WATER_SIMPLIFY_DEG}° (≈10 m), grown ${SEAM_M} m to join their seams`,
      },
      unionParts(polygons),
    );
  };
  return [
    water('water-huangpu-river', '黄浦江', 'Huangpu River', rivers.huangpu),
    water('water-suzhou-creek', '苏州河（吴淞江）', 'Suzhou Creek (Wusong River)', rivers.suzhou),
    makeFeature(
      {
        id: 'dianshan-lake',
        name_zh: '淀山湖',
        name_en: 'Dianshan Lake',
        layer: 'base-water',
        source: citeOsm2025(OSM_2025.water, [lake.properties.osm_id]),
        accuracy: 'surveyed',
        licence: 'ODbL-1.0',
        note: `OSM lake polygon, simplified ${WATER_SIMPLIFY_DEG}° (≈10 m)`,
      },
      lakeShape.geometry,
    ),
  ];
}
