import { buildDistricts, buildLand, buildRoads, buildSea, districtGeometries } from './base';
import { buildWaterfrontSegments } from './corridors';
import type { LayerFeature } from './feature';
import { buildNewTowns, buildNewTowns12 } from './new-towns';
import { applyChineseNotes } from './notes-zh';
import { buildParks } from './parks';
import { buildPlaceLayers } from './places/build-places';
import { buildRailLines, buildStations } from './rail';
import { buildBaseWater, buildRiverLines } from './rivers';
import { assignStationDistricts } from './station-districts';

/** Every layer, built in memory from shared/geo-sources, keyed by layer id; every note with its Chinese. */
export function buildAllLayers(): Map<string, LayerFeature[]> {
  const layers = buildLayers();
  assignStationDistricts(layers);
  applyChineseNotes(layers);
  return layers;
}

function buildLayers(): Map<string, LayerFeature[]> {
  const districts = buildDistricts();
  const shapes = districtGeometries(districts);
  const rivers = buildRiverLines();
  const stations = buildStations();
  const newTowns = buildNewTowns(shapes);
  const places = buildPlaceLayers(shapes);
  const place = (id: string) => places.get(id) ?? [];
  return new Map<string, LayerFeature[]>([
    ['base-sea', buildSea()],
    ['base-land', buildLand()],
    ['base-districts', districts],
    ['base-water', buildBaseWater(rivers)],
    ['base-roads', buildRoads()],
    ['parks', buildParks()],
    ['industrial-parks', place('industrial-parks')],
    ['water-bodies', place('water-bodies')],
    ['key-areas', place('key-areas')],
    ['facilities', place('facilities')],
    ['intercity-rail', place('intercity-rail')],
    ['gateways', place('gateways')],
    ['new-towns-12th', buildNewTowns12(newTowns)],
    ['new-towns', newTowns],
    ['waterfront-segments', buildWaterfrontSegments(rivers, shapes)],
    ['river-lines', rivers.features],
    ['rail-lines', buildRailLines(stations)],
    ['rail-stations', stations],
  ]);
}

/** The exact text written to geo/<file>: one line of JSON and a newline. */
export function serialiseLayer(layerId: string, features: LayerFeature[]): string {
  return `${JSON.stringify({ type: 'FeatureCollection', layer: layerId, features })}\n`;
}
