import { DRAWN_ELSEWHERE } from './elsewhere';
import { FACILITIES } from './facilities';
import { GATEWAYS } from './gateways';
import { INDUSTRIAL_BASES } from './industrial';
import { KEY_AREAS } from './key-areas';
import { readOwnOutlines, withOwnOutline } from './own-outlines';
import { withPlacements } from './placements';
import { RAIL } from './rail';
import type { PlaceRecord } from './types';
import { WATER } from './water';

/**
 * Every concrete place the five plans name, one record each (the 13 catalogue industrial parks are
 * added from their CSV by the build). Categories and programmes ("社区公园", "千座公园计划") are not here.
 */
const OUTLINES = readOwnOutlines();

export const PLACE_RECORDS: readonly PlaceRecord[] = withPlacements(
  [...KEY_AREAS, ...GATEWAYS, ...RAIL, ...FACILITIES, ...WATER, ...INDUSTRIAL_BASES, ...DRAWN_ELSEWHERE].map((record) =>
    withOwnOutline(record, OUTLINES),
  ),
);
