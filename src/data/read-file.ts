import { decodeText, type TextEncoding } from './decode';
import { IMPORT_LIMITS, type ImportOptions, type ImportOutcome, importText, refuse } from './import-file';
import { type ColumnChoice, guessColumns, parseDelimited, type Table } from './table';
import { tableToCollection } from './table-features';

/** The choices a user can change after a first reading; left out, the reader decides. */
export interface ReadChoices {
  encoding?: TextEncoding;
  sheet?: string;
  columns?: ColumnChoice;
}

/** How a table was read, for the form to show and let the user change. */
export interface TableReading {
  columns: string[];
  choice: ColumnChoice;
  encoding?: TextEncoding;
  delimiter?: string;
  sheets?: string[];
  sheet?: string;
}

export type ReadOutcome = ImportOutcome & { table?: TableReading };

const TABLE_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'tab']);

function fromTable(table: Table, choices: ReadChoices, reading: Omit<TableReading, 'columns' | 'choice'>): ReadOutcome {
  const choice = choices.columns ?? guessColumns(table);
  return { ...tableToCollection(table, choice), table: { ...reading, columns: table.columns, choice } };
}

/**
 * Reads a user's file, whatever it is: GeoJSON, KML, GPX, a CSV/TSV in any usual encoding and
 * delimiter, or an Excel workbook (its reader loads only when a workbook arrives).
 */
export async function readUserFile(
  fileName: string,
  bytes: Uint8Array,
  choices: ReadChoices,
  options: ImportOptions,
): Promise<ReadOutcome> {
  if (bytes.length > IMPORT_LIMITS.bytes) return refuse('import.tooLarge');
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (extension === 'kmz') return refuse('import.kmz');
  if (extension === 'xls') return refuse('import.xls');
  if (extension === 'xlsx') {
    const { readWorkbook } = await import('./xlsx');
    let sheets: Awaited<ReturnType<typeof readWorkbook>>['sheets'];
    try {
      ({ sheets } = await readWorkbook(bytes.slice().buffer));
    } catch {
      return refuse('import.notXlsx');
    }
    const sheet = sheets.find((s) => s.name === choices.sheet) ?? sheets[0];
    if (!sheet) return refuse('import.noRows');
    return fromTable(sheet.table, choices, { sheets: sheets.map((s) => s.name), sheet: sheet.name });
  }
  const { text, encoding } = decodeText(bytes, choices.encoding);
  if (TABLE_EXTENSIONS.has(extension)) {
    const { delimiter, ...table } = parseDelimited(text);
    return fromTable(table, choices, { encoding, delimiter });
  }
  return importText(fileName, text, options);
}
