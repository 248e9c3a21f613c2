import { A11Y_CASES } from './cases/a11y';
import { ANALYSIS_CASES } from './cases/analysis';
import { BASEMAP_CASES } from './cases/basemap';
import { IMPORT_CASES } from './cases/import';
import { JOURNEYS_CASES } from './cases/journeys';
import { KEYBOARD_CASES } from './cases/keyboard';
import { MAP_CASES } from './cases/map';
import { OFFLINE_CASES } from './cases/offline';
import { PANEL_CASES } from './cases/panels';
import { PLACES_CASES } from './cases/places';
import { POINT_REPORT_CASES } from './cases/point-report';
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
  ...ANALYSIS_CASES,
  ...IMPORT_CASES,
  ...TARGETS_CASES,
  ...JOURNEYS_CASES,
  ...TIME_CASES,
  ...PANEL_CASES,
  ...A11Y_CASES,
  ...KEYBOARD_CASES,
  ...PLACES_CASES,
  ...POINT_REPORT_CASES,
  ...SHEETS_CASES,
  ...OFFLINE_CASES,
];
