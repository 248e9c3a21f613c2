/**
 * The one palette. Every style function (plan layers, basemap, analysis overlay) takes a `Theme`,
 * as protomaps/basemaps passes one flavour to every layer function; no other file holds a colour.
 */
export interface Theme {
  background: string;
  sea: string;
  land: string;
  coast: string;
  district: string;
  districtBorder: string;
  districtHighlight: string;
  water: string;
  river: string;
  road: string;
  park: string;
  parkOutline: string;
  parkKinds: Record<string, string>;
  industrial: string;
  industrialOutline: string;
  newTown: string;
  newTownOutline: string;
  newTown12: string;
  newTown12Outline: string;
  waterfront: string;
  waterfrontKinds: Record<string, string>;
  waterfrontOutline: string;
  railFallback: string;
  /** A station dot's ring when its line names no colour. */
  stationOutlineFallback: string;
  keyArea: string;
  keyAreaKinds: Record<string, string>;
  gateway: string;
  intercityRail: string;
  facility: string;
  waterBody: string;
  station: string;
  highlight: string;
  /** What is selected: rings, outlines, the selected line. */
  selected: string;
  /** The white ring that lifts a dot off whatever is under it. */
  dotRing: string;
  /** A coverage run's uncovered area (drawn at 25 % over the map). */
  uncovered: string;
  label: string;
  labelHalo: string;
  fontStack: string;
  /** The OpenStreetMap ground under the plan layers: muted, so the plan layers stay the figure. */
  basemap: {
    water: string;
    waterway: string;
    park: string;
    forest: string;
    grass: string;
    industrial: string;
    commercial: string;
    transport: string;
    rail: string;
    subway: string;
    street: string;
    streetCasing: string;
    label: string;
    waterLabel: string;
    parkLabel: string;
    coverage: string;
  };
  /** The user's own drawing: measures, nearest lines, the report ring, legend keys without a colour. */
  analysis: {
    measure: string;
    nearestStation: string;
    nearestPark: string;
    nearestOther: string;
    legendNeutral: string;
  };
}

export const THEME: Theme = {
  background: '#dfe9ee',
  sea: '#b9d3e1',
  land: '#f3f1ea',
  coast: '#9fb8c6',
  district: 'rgba(255,255,255,0)',
  districtBorder: '#8a8478',
  districtHighlight: 'rgba(255, 200, 60, 0.35)',
  water: '#7fb2d6',
  river: '#2f7fc1',
  road: '#d6c9a8',
  park: '#6fb36a',
  parkOutline: '#3d7a3a',
  parkKinds: {
    'city-park': '#6fb36a',
    'country-park': '#9ccf76',
    'ring-park-belt': '#4f9a5f',
  },
  industrial: '#b36bd1',
  industrialOutline: '#6e3585',
  newTown: '#e4572e',
  newTownOutline: '#b8321a',
  newTown12: '#8e6bbf',
  newTown12Outline: '#5b3d8a',
  waterfront: '#27b0b8',
  waterfrontKinds: {
    corridor: '#b5e3e6',
    segment: '#27b0b8',
  },
  waterfrontOutline: '#137b81',
  railFallback: '#555555',
  stationOutlineFallback: '#333333',
  keyArea: '#c8741f',
  keyAreaKinds: {
    'key-area': '#c8741f',
    waterfront: '#27b0b8',
  },
  gateway: '#1f5fa8',
  intercityRail: '#6b4f2a',
  facility: '#c0397a',
  waterBody: '#2f7fc1',
  station: '#ffffff',
  highlight: '#ffcc00',
  selected: '#b8321a',
  dotRing: '#ffffff',
  uncovered: '#d7263d',
  label: '#2b2b2b',
  labelHalo: '#ffffff',
  fontStack: 'Noto Sans Regular',
  basemap: {
    water: '#b9d3e1',
    waterway: '#a3c4d8',
    park: '#d3e6c4',
    forest: '#c6dcb4',
    grass: '#dcebcf',
    industrial: '#e7e2e6',
    commercial: '#efe6e2',
    transport: '#e6e4de',
    rail: '#9b9a96',
    subway: '#b3b0bf',
    street: '#ffffff',
    streetCasing: '#d3c9b6',
    label: '#5f5a52',
    waterLabel: '#4d7a96',
    parkLabel: '#4f7a45',
    coverage: '#7d7360',
  },
  analysis: {
    measure: '#1a5fb4',
    nearestStation: '#c01c28',
    nearestPark: '#26a269',
    nearestOther: '#9141ac',
    legendNeutral: '#555555',
  },
};
