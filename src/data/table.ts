import Papa from 'papaparse';

/** A cell as a CSV gives it (text) or a workbook does (number, boolean, date, empty). */
export type Cell = string | number | boolean | Date | null;

/** A table with a header row: column names unique and never empty. */
export interface Table {
  columns: string[];
  rows: Cell[][];
}

/** Which columns hold the geometry: longitude and latitude, or one column of WKT or "lon,lat" text. */
export interface ColumnChoice {
  lon: number | null;
  lat: number | null;
  geometry: number | null;
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Names made unique and non-empty, so every column can be a property and a choice in a list. */
function headerNames(cells: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = String(cell ?? '').trim() || `#${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** A header row and its data rows; rows with nothing in them are dropped. */
export function toTable(rows: readonly (readonly Cell[])[]): Table {
  const filled = rows.filter((row) => row.some((cell) => cell !== null && String(cell).trim() !== ''));
  const [header = [], ...data] = filled;
  return { columns: headerNames(header), rows: data.map((row) => [...row]) };
}

/** CSV, TSV or semicolon/pipe-separated text; Papaparse sniffs the delimiter and handles quoting. */
export function parseDelimited(text: string): Table & { delimiter: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [...DELIMITERS],
    skipEmptyLines: 'greedy',
  });
  return { ...toTable(parsed.data), delimiter: parsed.meta.delimiter };
}

/** A comma-separated file as one record per row, keyed by the header's names (for build scripts). */
export function parseCsv(text: string): Record<string, string>[] {
  const { columns, rows } = parseDelimited(text);
  return rows.map((row) => Object.fromEntries(columns.map((name, i) => [name, String(row[i] ?? '')])));
}

/**
 * Column names as people write them, in either language, with units, datums or brackets around:
 * "经度(GCJ02)", "Longitude [deg]", "lng_wgs84", "X坐标", "POINT_X".
 */
function bareName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/wgs-?84|gcj-?02|bd-?09|gcj|bd|°|deg(rees)?/g, '')
    .replace(/[\s_\-.:：/]/g, '');
}

const LON_NAMES = new Set([
  'lon',
  'lng',
  'long',
  'longitude',
  'x',
  '经度',
  '东经',
  'x坐标',
  '坐标x',
  'pointx',
  '经度坐标',
]);
const LAT_NAMES = new Set(['lat', 'latitude', 'y', '纬度', '北纬', 'y坐标', '坐标y', 'pointy', '纬度坐标']);
const GEOMETRY_NAMES = new Set([
  'wkt',
  'geometry',
  'geom',
  'thegeom',
  'shape',
  'wktgeom',
  '几何',
  '空间信息',
  'location',
  'lnglat',
  'lonlat',
  '坐标',
  '经纬度',
  '经纬度坐标',
]);

const WKT_START = /^\s*(?:SRID=\d+;\s*)?(?:MULTI)?(?:POINT|LINESTRING|POLYGON)\b/i;
const PAIR = /^\s*(-?\d+(?:\.\d+)?)\s*[,，\s]\s*(-?\d+(?:\.\d+)?)\s*$/;

/** A number written in a cell, or null: "121.47", " 31.2 ", 121.47 (a workbook number). */
export function cellNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string' || cell.trim() === '') return null;
  const value = Number(cell.trim().replace(/°$/, ''));
  return Number.isFinite(value) ? value : null;
}

/** "121.47,31.23" (AMap's location field) as a position, or null. */
export function cellPair(cell: Cell): [number, number] | null {
  const match = typeof cell === 'string' ? PAIR.exec(cell) : null;
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export function looksLikeWkt(cell: Cell): boolean {
  return typeof cell === 'string' && WKT_START.test(cell);
}

/** Whether a share (most, by default) of a column's first filled cells pass a test. */
function mostly(table: Table, column: number, test: (cell: Cell) => boolean, share = 0.8): boolean {
  const cells = table.rows
    .slice(0, 50)
    .map((row) => row[column] ?? null)
    .filter((cell) => cell !== null && String(cell).trim() !== '');
  return cells.length > 0 && cells.filter(test).length >= cells.length * share;
}

const inRange = (low: number, high: number) => (cell: Cell) => {
  const value = cellNumber(cell);
  return value !== null && value >= low && value <= high;
};

/**
 * The geometry columns a table most likely has: by their names first, then by what they hold (WKT
 * text, "lon,lat" pairs, or two number columns in the longitude and latitude ranges of China).
 */
export function guessColumns(table: Table): ColumnChoice {
  const names = table.columns.map(bareName);
  const byName = (set: Set<string>) => {
    const index = names.findIndex((name) => set.has(name));
    return index < 0 ? null : index;
  };
  const all = table.columns.map((_, i) => i);
  const byValue = (test: (cell: Cell) => boolean, except: number | null = null) =>
    all.find((i) => i !== except && mostly(table, i, test)) ?? null;
  const lon = byName(LON_NAMES);
  const lat = byName(LAT_NAMES);
  if (lon !== null && lat !== null) return { lon, lat, geometry: null };
  const holdsGeometry = (cell: Cell) => looksLikeWkt(cell) || cellPair(cell) !== null;
  const named = byName(GEOMETRY_NAMES);
  const geometry =
    named !== null && mostly(table, named, holdsGeometry, 0.5)
      ? named
      : (byValue(looksLikeWkt) ?? byValue((cell) => cellPair(cell) !== null));
  if (geometry !== null) return { lon: null, lat: null, geometry };
  const lonByValue = lon ?? byValue(inRange(73, 136), lat);
  const latByValue = lat ?? byValue(inRange(3, 54), lonByValue);
  return { lon: lonByValue, lat: latByValue, geometry: null };
}
