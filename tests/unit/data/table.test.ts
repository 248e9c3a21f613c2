import { describe, expect, it } from 'vitest';
import { guessColumns, parseDelimited, type Table } from '../../../src/data/table';
import { tableToCollection } from '../../../src/data/table-features';

const header = (...columns: string[]): Table => ({ columns, rows: [] });

describe('parseDelimited', () => {
  it('sniffs comma, semicolon, tab and pipe', () => {
    for (const delimiter of [',', ';', '\t', '|']) {
      const text = `${['name', 'longitude', 'latitude'].join(delimiter)}\n${['A', '121.4', '31.2'].join(delimiter)}`;
      expect(parseDelimited(text)).toEqual({
        columns: ['name', 'longitude', 'latitude'],
        rows: [['A', '121.4', '31.2']],
        delimiter,
      });
    }
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields; drops blank lines', () => {
    const table = parseDelimited('name;text\r\n"Song; Jiang";"He said ""hi""\nthen left"\r\n\r\n');
    expect(table.rows).toEqual([['Song; Jiang', 'He said "hi"\nthen left']]);
  });

  it('names empty and repeated header cells so each column can be chosen', () => {
    expect(parseDelimited('x,,x\n1,2,3').columns).toEqual(['x', '#2', 'x (2)']);
  });
});

describe('guessColumns', () => {
  it('recognises coordinate columns by their usual names in both languages', () => {
    const cases: [string[], [number, number]][] = [
      [
        ['名称', '经度', '纬度'],
        [1, 2],
      ],
      [
        ['name', 'lng', 'lat'],
        [1, 2],
      ],
      [
        ['lat', 'lon'],
        [1, 0],
      ],
      [
        ['Longitude (WGS84)', 'Latitude (WGS84)'],
        [0, 1],
      ],
      [
        ['lng_gcj02', 'lat_gcj02'],
        [0, 1],
      ],
      [
        ['东经', '北纬'],
        [0, 1],
      ],
      [
        ['X坐标', 'Y坐标'],
        [0, 1],
      ],
      [
        ['POINT_X', 'POINT_Y'],
        [0, 1],
      ],
      [
        ['经度(°)', '纬度(°)'],
        [0, 1],
      ],
      [
        ['x', 'y'],
        [0, 1],
      ],
    ];
    for (const [columns, [lon, lat]] of cases)
      expect(guessColumns(header(...columns)), columns.join(',')).toEqual({ lon, lat, geometry: null });
  });

  it('finds a WKT or "lon,lat" column by name or by what it holds', () => {
    expect(guessColumns({ columns: ['id', 'WKT'], rows: [['1', 'POINT (121 31)']] }).geometry).toBe(1);
    expect(guessColumns({ columns: ['id', 'shape'], rows: [['1', 'LINESTRING (121 31, 122 31)']] }).geometry).toBe(1);
    expect(guessColumns({ columns: ['名称', 'location'], rows: [['站', '121.47,31.23']] }).geometry).toBe(1);
    // A column called "location" that holds district names is not a geometry column.
    expect(guessColumns({ columns: ['location'], rows: [['Xuhui']] }).geometry).toBeNull();
  });

  it('falls back to two number columns in China’s longitude and latitude ranges', () => {
    const table = { columns: ['名称', 'A', 'B'], rows: [['站', '31.23', '121.47']] };
    expect(guessColumns(table)).toEqual({ lon: 2, lat: 1, geometry: null });
    expect(guessColumns({ columns: ['a', 'b'], rows: [['x', 'y']] })).toEqual({ lon: null, lat: null, geometry: null });
  });
});

describe('tableToCollection', () => {
  const table = (columns: string[], ...rows: string[][]): Table => ({ columns, rows });

  it('says the columns look swapped when every "latitude" is a longitude, and names the column', () => {
    const swapped = table(['name', 'lat', 'lon'], ['A', '121.47', '31.23'], ['B', '121.5', '31.2']);
    const outcome = tableToCollection(swapped, guessColumns(swapped));
    expect(outcome).toMatchObject({
      ok: false,
      problem: { key: 'import.swappedColumns', values: { lat: 'lat', value: '121.47' } },
    });
  });

  it('reads the same rows when the columns are chosen the right way round', () => {
    const swapped = table(['name', 'lat', 'lon'], ['A', '121.47', '31.23']);
    const outcome = tableToCollection(swapped, { lon: 1, lat: 2, geometry: null });
    expect(outcome.ok && outcome.collection.features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: [121.47, 31.23],
    });
  });
});
