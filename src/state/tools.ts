import type { FeatureCollection } from 'geojson';
import type { CoverageRow } from '../analysis/coverage';
import type { AreaSet } from '../analysis/inputs';
import type { TargetMeasures } from '../analysis/targets';
import type { SearchOutcome } from '../content/search';
import type { DatumChoice } from '../data/datum-hint';
import type { TextEncoding } from '../data/decode';
import type { Datum, ImportProblem } from '../data/import-file';
import type { ReadChoices, TableReading } from '../data/read-file';
import type { RailStatus } from '../registry/types';

/**
 * What the panels' tools hold between redraws, kept in the store like the rest of the state so a
 * panel is a view of the state alone: the app/ plugins (coverage worker, file import, search
 * engine, target measures, service worker) write their progress and results here.
 */

export interface CoverageForm {
  /** A plan layer, an OSM class or an imported layer id. */
  facilities: string;
  statuses: readonly RailStatus[];
  radiusM: number;
  /** Districts, new towns, the last drawn area, or an imported layer's polygons. */
  by: AreaSet | 'drawn' | `import-${string}`;
}

/** Columns the user can show or hide; the name and the share are always there. */
export const OPTIONAL_COLUMNS = ['area_km2', 'covered_km2', 'covered_population'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export type CoverageRun =
  | { state: 'running'; progress: number }
  | { state: 'done'; rows: readonly CoverageRow[]; planned?: readonly CoverageRow[] }
  | { state: 'failed'; message: string };

export interface CoverageState {
  form: CoverageForm;
  /** A run asked for (app/coverage.ts runs it); `request` makes a repeated one distinct. */
  request: { request: number; compare: boolean } | null;
  run: CoverageRun | null;
  sortBy: keyof CoverageRow;
  descending: boolean;
  /** The panel is narrow: by default the table shows the share and the people reached. */
  columns: readonly OptionalColumn[];
}

export const DEFAULT_COVERAGE: CoverageState = {
  form: { facilities: 'rail-stations', statuses: ['operating'], radiusM: 800, by: 'new-towns' },
  request: null,
  run: null,
  sortBy: 'share',
  descending: true,
  columns: ['covered_population'],
};

/** The PDF form's choices, kept while the page is open; a PDF request carries them. */
export interface PdfChoices {
  paper: 'a4' | 'a3';
  orientation: 'portrait' | 'landscape';
  /** 1:scale, or fit the current view. */
  scale: number | 'fit';
  dpi: 150 | 300;
  title: string;
}

export const DEFAULT_PDF: PdfChoices = { paper: 'a4', orientation: 'landscape', scale: 'fit', dpi: 150, title: '' };

/** The search box: what is typed, the plan filter, the engine's answer (app/search.ts) and the list. */
export interface SearchState {
  query: string;
  plan: string;
  /** 'idle' until first focus; the engine loads then, and is built again when the texts change. */
  engine: 'idle' | 'preparing' | 'ready';
  outcome: SearchOutcome | null;
  active: number;
  open: boolean;
}

export const DEFAULT_SEARCH: SearchState = {
  query: '',
  plan: '',
  engine: 'idle',
  outcome: null,
  active: -1,
  open: false,
};

/** A file being imported (app/imports-sync.ts reads it): kept so a changed encoding, sheet or column reads it again. */
export interface ImportSource {
  name: string;
  bytes: Uint8Array;
  choices: ReadChoices;
  /** The encoding found on the first reading, named as "detected" in the form. */
  detected?: TextEncoding;
  table?: TableReading;
}

export interface ImportPending {
  collection: FeatureCollection;
  skipped: readonly ImportProblem[];
  /** null while the datum check runs. */
  datum: DatumChoice | null;
}

export type ImportMessage =
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; problem: ImportProblem }
  | { kind: 'added'; name: string; count: number };

/** What the import plugin is asked to do next: read a file, read it again with other choices, or add it. */
export type ImportTask =
  | { kind: 'file'; file: File }
  | { kind: 'reread'; choices: ReadChoices }
  | { kind: 'confirm'; datum: Datum };

export interface ImportJob {
  source: ImportSource | null;
  pending: ImportPending | null;
  message: ImportMessage | null;
  /** The last task asked for; `request` makes a repeated one distinct. */
  task: { request: number; task: ImportTask } | null;
}

export const NO_IMPORT: ImportJob = { source: null, pending: null, message: null, task: null };

/** The plans' targets checked against the map: fetched when the section is first opened. */
export type TargetsLoad =
  | { state: 'idle' | 'loading' }
  | { state: 'ready'; measures: TargetMeasures }
  | { state: 'failed'; message: string };

/** What a typed-coordinate box could not read, by the box's test id: a string key and a detail. */
export interface TypedError {
  key: 'typedPointsError' | 'typedPointsTooFew';
  detail?: string;
}

/** Share and embed: the last copy's outcome and whether the embed code is shown. */
export interface ShareState {
  copied: 'link' | 'code' | 'failed' | null;
  embedOpen: boolean;
  /** A copy asked for (app/share.ts copies); `request` makes a repeated one distinct. */
  request: { what: 'link' | 'code'; request: number } | null;
}

/** The saved copy of the app (app/service-worker.ts): offline, just saved, or a new version waiting. */
export interface AppStatus {
  offline: boolean;
  savedForOffline: boolean;
  updateReady: boolean;
  /** The user asked to reload into the waiting version. */
  reload: boolean;
}

/** A file to save in the user's browser (app/downloads.ts saves it); nothing leaves the machine. */
export interface DownloadRequest {
  request: number;
  fileName: string;
  text: string;
  type: string;
}
