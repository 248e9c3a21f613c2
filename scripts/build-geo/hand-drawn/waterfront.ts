import type { LineString } from 'geojson';
import { type Provenance, readHandDrawn } from './provenance';

/**
 * Waterfront segments the 14th plan names (§7.3 一江一河): scripts/build-geo/data/waterfront.geojson,
 * a line from each segment's start to its end. Where a segment ends at a bridge, the end is where
 * that road's OSM geometry crosses the river (`from_road`/`to_road`, the crossing nearest the point);
 * other ends are hand-picked points (road ends, creek mouths) projected onto the OSM river line. The
 * bank side comes from the districts the segment lies in.
 */
interface WaterfrontProps extends Provenance {
  id: string;
  name_zh: string;
  name_en: string;
  river: 'huangpu' | 'suzhou';
  kind: 'corridor' | 'segment';
  from_road?: string[] | null;
  to_road?: string[] | null;
  banks: string[];
  width_m: number;
}

export interface WaterfrontSegmentSpec {
  id: string;
  name_zh: string;
  name_en: string;
  river: 'huangpu' | 'suzhou';
  kind: 'corridor' | 'segment';
  /** Approximate ends on the river, [lon, lat] WGS84 (hints when a bridge road is given). */
  from: [number, number];
  to: [number, number];
  /** OSM road names (roads/ expressways file) whose river crossing is the end: a bridge or tunnel. */
  fromRoad?: string[];
  toRoad?: string[];
  /** Districts (slugs) on whose side the segment lies. */
  banks: string[];
  /** Half-width of the strip, metres. */
  widthM: number;
  /** What the ends are, in words (the feature's note). */
  endsFrom: string;
  /** How far a hand-picked end may be from the real one, metres. */
  handEndAccuracyM: number;
}

const lonLat = (p: number[] | undefined) => (p ?? []).slice(0, 2) as [number, number];

export const WATERFRONT_SEGMENTS: WaterfrontSegmentSpec[] = readHandDrawn<LineString, WaterfrontProps>(
  'waterfront.geojson',
).map(({ properties: p, geometry }) => ({
  id: p.id,
  name_zh: p.name_zh,
  name_en: p.name_en,
  river: p.river,
  kind: p.kind,
  from: lonLat(geometry.coordinates[0]),
  to: lonLat(geometry.coordinates[1]),
  ...(p.from_road ? { fromRoad: p.from_road } : {}),
  ...(p.to_road ? { toRoad: p.to_road } : {}),
  banks: p.banks,
  widthM: p.width_m,
  endsFrom: p.note,
  handEndAccuracyM: p.accuracy_m,
}));
