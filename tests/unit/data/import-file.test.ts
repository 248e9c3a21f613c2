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
      { key: 'import.skipBadCoordinates', values: { n: 2 } },
      { key: 'import.skipNoGeometry', values: { n: 3 } },
    ]);
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

  it('shows a KML description’s HTML as clean text, links kept as text', () => {
    const result = read(
      'd.kml',
      `<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>P</name><description><![CDATA[<div><b>徐家汇</b> &amp; 商圈<br/>见 <a href="https://example.org/x">说明</a></div><table><tr><td>面积</td><td>2 km&#178;</td></tr></table>]]></description><Point><coordinates>121.43,31.19</coordinates></Point></Placemark></kml>`,
    );
    expect(result.ok && result.collection.features[0]?.properties.description).toBe(
      '徐家汇 & 商圈\n见 说明 (https://example.org/x)\n面积 2 km²',
    );
  });

  it('gives a clear message for broken, hostile or oversized input', () => {
    expect(read('a.geojson', '{"type": "Featu')).toEqual({ ok: false, problem: { key: 'import.notJson' } });
    expect(read('a.json', '[1,2,3]')).toEqual({ ok: false, problem: { key: 'import.notGeoJson' } });
    expect(read('a.kml', '<kml><Placemark>').ok).toBe(false);
    const many = {
      type: 'FeatureCollection',
      features: Array.from({ length: 1_000_000 }, () => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [0, 0] },
      })),
    };
    expect(checkCollection(many)).toEqual({
      ok: false,
      problem: { key: 'import.tooManyFeatures', values: { count: 1_000_000, limit: 500_000 } },
    });
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
      const name = ['a.geojson', 'a.json', 'a.kml', 'a.gpx'][i % 4] ?? 'a.json';
      const result = read(name, text);
      expect(result.ok || result.problem.key.startsWith('import.')).toBe(true);
    }
  });
});
