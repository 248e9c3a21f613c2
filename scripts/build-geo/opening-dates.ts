/**
 * Checks of the metro lines' opening dates against citable pages: the shared check file, and this
 * repository's own checks (data/metro-opening-dates-check.csv) for the lines that one left open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/data/table';
import { DATA_DIR } from './data-files';
import { readSourceCsv } from './io';

const SHARED_CHECK = 'rail/metro-opening-dates-check.csv';
const OWN_CHECK = 'metro-opening-dates-check.csv';

export interface DateCheck {
  date: string;
  result: string;
  /** The pages that say so, and the file the check is kept in. */
  source: string;
}

const isDate = (text: string | undefined) => /^\d{4}-\d{2}-\d{2}$/.test(text ?? '');

/** The checked opening date of each line (Chinese name) that has one: this repository's check before the shared one. */
export function openingDateChecks(): Map<string, DateCheck> {
  const shared = readSourceCsv(SHARED_CHECK).map((row) => ({
    line: row.line_zh ?? '',
    date: row.checked_date ?? '',
    result: row.check_result ?? '',
    source: `${row['check_source (stored page in search tool pages corpus)'] ?? ''}, via shared/geo-sources/${SHARED_CHECK}`,
  }));
  const own = parseCsv(
    readFileSync(join(DATA_DIR, OWN_CHECK), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n'),
  ).map((row) => ({
    line: row.line_zh ?? '',
    date: row.checked_date ?? '',
    result: row.check_result ?? '',
    source: `${row.check_source ?? ''}, via scripts/build-geo/data/${OWN_CHECK}`,
  }));
  const checks = new Map<string, DateCheck>();
  for (const row of [...shared, ...own]) {
    if (isDate(row.date)) checks.set(row.line, { date: row.date, result: row.result, source: row.source });
  }
  return checks;
}
