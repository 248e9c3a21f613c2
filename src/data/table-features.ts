import type { Geometry } from 'geojson';
import { parse as parseWkt } from 'wellknown';
import {
  checkCollection,
  IMPORT_LIMITS,
  type ImportOutcome,
  type ImportProblem,
  type Properties,
  refuse,
} from './import-file';
import { type Cell, type ColumnChoice, cellNumber, cellPair, type Table } from './table';

function propertyValue(cell: Cell): string | number | boolean | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell === null || typeof cell === 'number' || typeof cell === 'boolean' ? cell : String(cell);
}

function geometryOf(row: readonly Cell[], choice: ColumnChoice): Geometry | null {
  if (choice.geometry !== null) {
    const cell = row[choice.geometry] ?? null;
    const pair = cellPair(cell);
    if (pair) return { type: 'Point', coordinates: pair };
    try {
      return typeof cell === 'string' ? (parseWkt(cell.replace(/^\s*SRID=\d+;/i, '')) as Geometry | null) : null;
    } catch {
      return null;
    }
  }
  const lon = cellNumber(row[choice.lon ?? -1] ?? null);
  const lat = cellNumber(row[choice.lat ?? -1] ?? null);
  return lon === null || lat === null ? null : { type: 'Point', coordinates: [lon, lat] };
}

/**
 * One feature per row, its geometry from the chosen columns and its properties from the others;
 * a row without a readable position is skipped and named by its line in the file.
 */
export function tableToCollection(table: Table, choice: ColumnChoice): ImportOutcome {
  if (table.rows.length === 0) return refuse('import.noRows');
  if (table.rows.length > IMPORT_LIMITS.features)
    return refuse('import.tooManyFeatures', { count: table.rows.length, limit: IMPORT_LIMITS.features });
  const usable = choice.geometry !== null || (choice.lon !== null && choice.lat !== null);
  if (!usable) return refuse('import.noCoordinateColumns', { columns: table.columns.slice(0, 8).join(', ') });
  const used = new Set([choice.lon, choice.lat, choice.geometry]);
  const skipped: ImportProblem[] = [];
  const features: { type: 'Feature'; properties: Properties; geometry: Geometry }[] = [];
  table.rows.forEach((row, index) => {
    const geometry = geometryOf(row, choice);
    // Line numbers as a spreadsheet shows them: the header is line 1.
    if (!geometry) skipped.push({ key: 'import.skipRow', values: { n: index + 2 } });
    else {
      const properties: Properties = {};
      table.columns.forEach((name, i) => {
        if (!used.has(i)) properties[name] = propertyValue(row[i] ?? null);
      });
      features.push({ type: 'Feature', properties, geometry });
    }
  });
  const first = features[0]?.geometry;
  if (first?.type === 'Point' && choice.geometry === null && choice.lat !== null) {
    if (features.every((f) => looksSwapped(f.geometry)))
      return refuse('import.swappedColumns', {
        lat: table.columns[choice.lat] ?? '',
        value: String(first.coordinates[1]),
      });
  }
  return checkCollection({ type: 'FeatureCollection', features }, { skipped });
}

/** A point read from two columns whose "latitude" is beyond ±90° but whose "longitude" could be one. */
function looksSwapped(geometry: Geometry): boolean {
  if (geometry.type !== 'Point') return false;
  const [lon = 0, lat = 0] = geometry.coordinates;
  return Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
}
