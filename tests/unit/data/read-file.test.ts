import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { type ReadChoices, readUserFile } from '../../../src/data/read-file';
import { makeXlsx } from './make-xlsx';

const parseXml = (text: string) =>
  new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml') as unknown as Document;
const read = (name: string, bytes: Uint8Array | string, choices: ReadChoices = {}) =>
  readUserFile(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, choices, { parseXml });

describe('readUserFile: tables as people have them', () => {
  it('reads a GB18030 CSV from Chinese Excel with its Chinese names and says how it read it', async () => {
    const result = await read('站点.csv', readFileSync('tests/fixtures/import/gb18030-places.csv'));
    expect(result.table).toMatchObject({ encoding: 'gb18030', delimiter: ',', choice: { lon: 1, lat: 2 } });
    expect(result.ok && result.collection.features.map((f) => f.properties)).toEqual([
      { 名称: '人民广场', 备注: '市中心' },
      { 名称: '徐家汇', 备注: '商圈；地铁站' },
    ]);
  });

  it('re-reads with the encoding the user picks (here a wrong one: names garble, coordinates survive)', async () => {
    const bytes = readFileSync('tests/fixtures/import/gb18030-places.csv');
    const wrong = await read('站点.csv', bytes, { encoding: 'utf-8' });
    expect(wrong.table?.encoding).toBe('utf-8');
    // The header garbles, so the coordinate columns are found by their values instead.
    expect(wrong.ok && wrong.collection.features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: [121.4737, 31.2304],
    });
    expect(wrong.ok && Object.keys(wrong.collection.features[0]?.properties ?? {}).join()).toContain('\uFFFD');
  });

  it('reads UTF-16 (LE, with its mark, as Excel’s "Unicode text" saves) tab-separated', async () => {
    const text = '\uFEFF名称\t经度\t纬度\r\n外滩\t121.49\t31.24\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    const result = await read('bund.txt', bytes);
    expect(result.table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(result.ok && result.collection.features[0]).toMatchObject({
      properties: { 名称: '外滩' },
      geometry: { type: 'Point', coordinates: [121.49, 31.24] },
    });
  });

  it('reads semicolon and pipe files (European Excel, database dumps)', async () => {
    for (const delimiter of [';', '|']) {
      const result = await read(
        'p.csv',
        `name${delimiter}longitude${delimiter}latitude\nA${delimiter}121.4${delimiter}31.2\n`,
      );
      expect(result.ok && result.collection.features[0]?.geometry).toEqual({
        type: 'Point',
        coordinates: [121.4, 31.2],
      });
    }
  });

  it('reads WKT and "lon,lat" geometry columns; names the lines it skipped', async () => {
    const wkt = await read(
      'l.csv',
      'id,wkt\n1,"LINESTRING (121.4 31.2, 121.5 31.3)"\n2,"SRID=4326;POINT (121.4 31.2)"\n3,not wkt\n',
    );
    expect(wkt.ok && wkt.collection.features.map((f) => f.geometry.type)).toEqual(['LineString', 'Point']);
    expect(wkt.ok && wkt.skipped).toEqual([{ key: 'import.skipRow', values: { n: 4 } }]);
    const pairs = await read('amap.csv', 'name,location\n站,"121.47,31.23"\n');
    expect(pairs.ok && pairs.collection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [121.47, 31.23] });
  });

  it('takes the columns the user chose over its guess, and says which columns it found when none fit', async () => {
    const text = 'a,b,c\nP,31.2,121.4\n';
    const guessed = await read('x.csv', text);
    expect(guessed.table?.choice).toEqual({ lon: 2, lat: 1, geometry: null });
    const chosen = await read('x.csv', text, { columns: { lon: 2, lat: 1, geometry: null } });
    expect(chosen.ok && chosen.collection.features[0]?.properties).toEqual({ a: 'P' });
    const none = await read('x.csv', 'a,b\nx,y\n');
    expect(none).toMatchObject({
      ok: false,
      problem: { key: 'import.noCoordinateColumns', values: { columns: 'a, b' } },
      table: { columns: ['a', 'b'] },
    });
  });

  it('reads an Excel workbook: the first sheet, or the one the user picks', async () => {
    const workbook = makeXlsx([
      { name: '说明', rows: [['本表来自', '测试']] },
      {
        name: '站点',
        rows: [
          ['名称', '经度', '纬度', '客流'],
          ['人民广场', 121.4737, 31.2304, 12000],
        ],
      },
    ]);
    const first = await read('stations.xlsx', workbook);
    expect(first).toMatchObject({ ok: false, table: { sheets: ['说明', '站点'], sheet: '说明' } });
    const picked = await read('stations.xlsx', workbook, { sheet: '站点' });
    expect(picked.ok && picked.collection.features[0]).toMatchObject({
      properties: { 名称: '人民广场', 客流: 12000 },
      geometry: { coordinates: [121.4737, 31.2304] },
    });
    expect(await read('broken.xlsx', 'PK not really')).toEqual({ ok: false, problem: { key: 'import.notXlsx' } });
  });

  it('refuses what it cannot read with a reason', async () => {
    expect(await read('a.kmz', 'PK\u0003\u0004')).toEqual({ ok: false, problem: { key: 'import.kmz' } });
    expect(await read('a.xls', 'x')).toEqual({ ok: false, problem: { key: 'import.xls' } });
    expect(await read('empty.csv', 'lon,lat\n')).toMatchObject({ ok: false, problem: { key: 'import.noRows' } });
  });
});
