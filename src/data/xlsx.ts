import readWorkbookSheets from 'read-excel-file/universal';
import { type Cell, type Table, toTable } from './table';

export interface Workbook {
  sheets: { name: string; table: Table }[];
}

/** The sheets of an Excel workbook (.xlsx), each as a table whose first row is the header. */
export async function readWorkbook(bytes: ArrayBuffer): Promise<Workbook> {
  const sheets = await readWorkbookSheets(bytes);
  // Cells are text, numbers, booleans, dates or empty (the library's types say Date's constructor).
  return { sheets: sheets.map(({ sheet, data }) => ({ name: sheet, table: toTable(data as unknown as Cell[][]) })) };
}
