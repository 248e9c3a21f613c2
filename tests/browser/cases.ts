import { ANALYSIS_CASES } from './cases/analysis';
import { JOURNEYS_CASES } from './cases/journeys';
import { MAP_CASES } from './cases/map';
import { OFFLINE_CASES } from './cases/offline';
import { TEXT_CASES } from './cases/text';
import { TIME_CASES } from './cases/time';
import type { BrowserCase } from './helpers';

/** Every browser case, in the order they run. */
export const CASES: BrowserCase[] = [
  ...MAP_CASES,
  ...TEXT_CASES,
  ...ANALYSIS_CASES,
  ...JOURNEYS_CASES,
  ...TIME_CASES,
  ...OFFLINE_CASES,
];
