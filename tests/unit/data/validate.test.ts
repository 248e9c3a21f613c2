import { describe, expect, it } from 'vitest';
import { loadLayer } from '../../../src/data/load-layer';
import { featureProblem, validateLayer } from '../../../src/data/validate';

const good = {
  type: 'Feature',
  properties: {
    id: 'a',
    name_zh: '甲',
    name_en: 'A',
    layer: 'test',
    source: 'fixture',
    accuracy: 'approximate',
    licence: 'CC0',
  },
  geometry: { type: 'Point', coordinates: [121.4, 31.2] },
};

function withGeometry(geometry: unknown) {
  return { ...good, geometry };
}

describe('featureProblem', () => {
  it('accepts a sound feature', () => {
    expect(featureProblem(good)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(featureProblem(null)).toBe('not an object');
    expect(featureProblem({ ...good, type: 'Thing' })).toBe('not a Feature');
    expect(featureProblem(withGeometry(null))).toBe('missing or unsupported geometry');
    expect(featureProblem(withGeometry({ type: 'Point', coordinates: [500, 31] }))).toBe('invalid coordinates');
    expect(featureProblem(withGeometry({ type: 'Polygon', coordinates: [[121, 31]] }))).toBe('invalid coordinates');
    expect(featureProblem(withGeometry({ type: 'LineString', coordinates: [] }))).toBe('invalid coordinates');
    expect(featureProblem({ ...good, properties: { ...good.properties, name_en: 7 } })).toBe(
      'property name_en missing',
    );
    expect(featureProblem({ ...good, properties: { ...good.properties, accuracy: 'exact' } })).toContain('accuracy');
  });
});

describe('validateLayer', () => {
  it('keeps the sound features and reports the others', () => {
    const { collection, problems } = validateLayer(
      { type: 'FeatureCollection', features: [good, { nope: true }, good] },
      'test',
    );
    expect(collection.features).toHaveLength(1);
    expect(problems).toEqual(['feature 1: not a Feature', 'feature 2: duplicate id a']);
  });

  it('throws a clear message for something that is not a collection', () => {
    expect(() => validateLayer([1, 2], 'test')).toThrow('test: not a GeoJSON FeatureCollection');
    expect(() => validateLayer({ type: 'FeatureCollection' }, 'test')).toThrow('no features array');
  });
});

describe('loadLayer', () => {
  const respond = (body: string, status = 200) =>
    (async () => new Response(body, { status })) as unknown as typeof fetch;

  it('loads a good file', async () => {
    const outcome = await loadLayer(
      'test',
      '/x',
      respond(JSON.stringify({ type: 'FeatureCollection', features: [good] })),
    );
    expect(outcome.ok && outcome.collection.features).toHaveLength(1);
  });

  it('turns HTTP errors, bad JSON, empty results and thrown errors into messages', async () => {
    expect(await loadLayer('t', '/x', respond('', 404))).toEqual({ ok: false, message: 't: HTTP 404' });
    expect(await loadLayer('t', '/x', respond('{oops'))).toEqual({
      ok: false,
      message: 't: the file is not valid JSON',
    });
    const allBad = await loadLayer('t', '/x', respond(JSON.stringify({ type: 'FeatureCollection', features: [{}] })));
    expect(allBad).toEqual({ ok: false, message: 't: no valid features (feature 0: not a Feature)' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await loadLayer('t', '/x', offline)).toEqual({ ok: false, message: 't: Failed to fetch' });
    expect(await loadLayer('t', undefined)).toEqual({ ok: false, message: 't: no data file in this build' });
  });
});
