/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, or a leading tab or carriage return)
 * gets a leading apostrophe, so data opened in Excel or LibreOffice shows as text and never runs.
 * Numbers stay numbers.
 */
function neutralised(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Opens a CSV file: Excel reads the file as UTF-8 (so Chinese shows) only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; null is empty.
 * Every CSV the app writes comes from here, so every one starts with the UTF-8 byte-order mark.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cell = (value: unknown) => {
    const text = neutralised(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${UTF8_BOM}${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
