import { ANALYSIS_CASES } from './cases/analysis';
import { BASEMAP_CASES } from './cases/basemap';
import { GAZETTEER_CASES } from './cases/gazetteer';
import { JOURNEYS_CASES } from './cases/journeys';
import { MAP_CASES } from './cases/map';
import { OFFLINE_CASES } from './cases/offline';
import { PANEL_CASES } from './cases/panels';
import { PLACES_CASES } from './cases/places';
import { SEARCH_CASES } from './cases/search';
import { SHEETS_CASES } from './cases/sheets';
import { TARGETS_CASES } from './cases/targets';
import { TEXT_CASES } from './cases/text';
import { TIME_CASES } from './cases/time';
import type { BrowserCase } from './helpers';

/** Every browser case, in the order they run. */
export const CASES: BrowserCase[] = [
  ...MAP_CASES,
  ...BASEMAP_CASES,
  ...TEXT_CASES,
  ...SEARCH_CASES,
  ...GAZETTEER_CASES,
  ...ANALYSIS_CASES,
  ...TARGETS_CASES,
  ...JOURNEYS_CASES,
  ...TIME_CASES,
  ...PANEL_CASES,
  ...PLACES_CASES,
  ...SHEETS_CASES,
  ...OFFLINE_CASES,
];
