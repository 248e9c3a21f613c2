import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { checkCollection, importText, samplePoints, toWgs84 } from '../../../src/data/import-file';

// Quiet parser: xmldom reports to the console by default; the importer reads parsererror nodes or throws.
const parseXml = (text: string) =>
  new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml') as unknown as Document;
const read = (name: string, text: string) => importText(name, text, { parseXml });

describe('import', () => {
  it('reads GeoJSON, keeping sound features and naming the skipped ones', () => {
    const result = read(
      'a.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [121.4, 31.2] } },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1e9, 31.2] } },
          { type: 'Feature', properties: {}, geometry: null },
        ],
      }),
    );
    expect(result.ok && result.collection.features).toHaveLength(1);
    expect(result.ok && result.skipped).toEqual([
      'feature 2: coordinates outside ±180/±90 or malformed',
      'feature 3: no supported geometry',
    ]);
  });

  it('reads CSV with lon/lat, with 经度/纬度, and with WKT', () => {
    const lonLat = read('p.csv', 'name,lon,lat\n站,121.47,31.23\n');
    expect(lonLat.ok && lonLat.collection.features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: [121.47, 31.23],
    });
    const chinese = read('p.csv', '名称,经度,纬度\n站,121.47,31.23\n');
    expect(chinese.ok && chinese.collection.features[0]?.properties).toEqual({ 名称: '站' });
    const wkt = read('l.csv', 'id,wkt\n1,"LINESTRING (121.4 31.2, 121.5 31.3)"\n');
    expect(wkt.ok && wkt.collection.features[0]?.geometry.type).toBe('LineString');
    expect(read('x.csv', 'a,b\n1,2\n')).toMatchObject({
      ok: false,
      message: expect.stringContaining('no coordinate columns'),
    });
  });

  it('reads KML and GPX', () => {
    const kml = read(
      'a.kml',
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>P</name><Point><coordinates>121.4,31.2</coordinates></Point></Placemark></kml>',
    );
    expect(kml.ok && kml.collection.features[0]?.properties.name).toBe('P');
    const gpx = read(
      't.gpx',
      '<gpx><trk><trkseg><trkpt lat="31.2" lon="121.4"/><trkpt lat="31.3" lon="121.5"/></trkseg></trk></gpx>',
    );
    expect(gpx.ok && gpx.collection.features[0]?.geometry.type).toBe('LineString');
  });

  it('gives a clear message for broken, hostile or oversized input', () => {
    expect(read('a.geojson', '{"type": "Featu')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not valid JSON'),
    });
    expect(read('a.json', '[1,2,3]')).toMatchObject({ ok: false, message: expect.stringContaining('not a GeoJSON') });
    expect(read('a.kmz', 'PK\u0003\u0004')).toMatchObject({ ok: false, message: expect.stringContaining('KMZ') });
    const many = {
      type: 'FeatureCollection',
      features: Array.from({ length: 1_000_000 }, () => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [0, 0] },
      })),
    };
    expect(checkCollection(many)).toMatchObject({ ok: false, message: expect.stringContaining('too many features') });
  });

  it('keeps markup in properties as plain text and cuts what is too long', () => {
    const result = read(
      'x.geojson',
      JSON.stringify({
        type: 'Feature',
        properties: { name: '<img src=x onerror=alert(1)>', long: 'x'.repeat(10_000), nested: { a: 1 } },
        geometry: { type: 'Point', coordinates: [121, 31] },
      }),
    );
    const props = result.ok ? result.collection.features[0]?.properties : {};
    expect(props?.name).toBe('<img src=x onerror=alert(1)>');
    expect(String(props?.long).length).toBe(2000);
    expect(props?.nested).toBe('{"a":1}');
  });

  it('converts GCJ-02 to WGS84 by a few hundred metres in Shanghai', () => {
    const gcj = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: {},
          geometry: { type: 'Point' as const, coordinates: [121.4997, 31.2397] },
        },
      ],
    };
    const [x = 0, y = 0] = samplePoints(toWgs84(gcj, 'GCJ02'))[0] ?? [];
    expect(x).toBeCloseTo(121.4953, 3);
    expect(y).toBeCloseTo(31.2417, 3);
    expect(toWgs84(gcj, 'WGS84')).toBe(gcj);
  });

  it('never throws, whatever the bytes (fuzz)', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const pieces = [
      '{',
      '}',
      '[',
      ']',
      '"type"',
      ':',
      ',',
      '"Feature"',
      '"FeatureCollection"',
      '"features"',
      '"geometry"',
      '"coordinates"',
      '1e400',
      '-0',
      'null',
      '"Point"',
      '<',
      '>',
      'kml',
      '121.4',
      '\\u0000',
      '"',
    ];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from(
        { length: Math.floor(random() * 30) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      const name = ['a.geojson', 'a.csv', 'a.kml', 'a.gpx'][i % 4] ?? 'a.json';
      const result = read(name, text);
      expect(result.ok || result.message.length > 0).toBe(true);
    }
  });
});

describe('datum hint', () => {
  it('spots GCJ-02 station points against the map’s WGS84 stations and stays quiet for WGS84', async () => {
    const gcoord = (await import('gcoord')).default;
    const { datumHint } = await import('../../../src/data/datum-hint');
    const stations: [number, number][] = [
      [121.3807, 31.1131],
      [121.4759, 31.2331],
      [121.5027, 31.2379],
      [121.4367, 31.1953],
      [121.4456, 31.2469],
    ];
    const gcj = stations.map((p) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as [number, number]);
    expect(datumHint(gcj, stations)?.datum).toBe('GCJ02');
    expect(datumHint(stations, stations)).toBeNull();
  });

  it('does not call plain WGS84 points near the dense Huangpu stations BD-09 or GCJ-02', async () => {
    const { datumHint } = await import('../../../src/data/datum-hint');
    const { readFileSync } = await import('node:fs');
    const stations = (
      JSON.parse(readFileSync('geo/rail-stations.geojson', 'utf8')) as {
        features: { geometry: { type: string; coordinates: [number, number] } }[];
      }
    ).features
      .filter((f) => f.geometry.type === 'Point')
      .map((f) => f.geometry.coordinates);
    // Threes of WGS84 points on a 250 m grid over Huangpu, where stations are dense enough that a
    // shifted copy of almost any point lands near some station.
    const grid: [number, number][] = [];
    for (let lon = 121.465; lon <= 121.5; lon += 0.0025)
      for (let lat = 31.215; lat <= 31.245; lat += 0.0025) grid.push([lon, lat]);
    const triples = grid.flatMap((a, i) =>
      i % 7 === 0 ? [[a, grid[(i + 5) % grid.length], grid[(i + 11) % grid.length]]] : [],
    );
    const wrong = triples.filter((t) => datumHint(t as [number, number][], stations) !== null);
    expect(wrong).toEqual([]);
  });
});
