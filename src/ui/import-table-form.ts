import { html, nothing } from 'lit-html';
import { TEXT_ENCODINGS, type TextEncoding } from '../data/decode';
import type { ReadChoices, TableReading } from '../data/read-file';
import type { ColumnChoice } from '../data/table';
import { type Lang, type StringKey, t } from '../i18n/strings';

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030 / GBK',
};

const DELIMITER_NAMES: Record<string, StringKey> = {
  ',': 'import.delimiter.comma',
  ';': 'import.delimiter.semicolon',
  '\t': 'import.delimiter.tab',
  '|': 'import.delimiter.pipe',
};

/**
 * How a table was read, each choice changeable: the encoding (with the detected one named), the
 * sheet of a workbook, and the geometry columns. A change reads the file again with it.
 */
export function tableForm(
  reading: TableReading,
  detected: TextEncoding | undefined,
  lang: Lang,
  reread: (choices: ReadChoices) => void,
) {
  const columns = (role: keyof ColumnChoice) => (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    const column = value === '' ? null : Number(value);
    const choice: ColumnChoice = { ...reading.choice, [role]: column };
    reread({ columns: role === 'geometry' || column === null ? choice : { ...choice, geometry: null } });
  };
  const columnSelect = (role: keyof ColumnChoice, label: string) =>
    html`<label class="import-choice"
      >${label}
      <select data-testid="import-${role}" @change=${columns(role)}>
        <option value="" .selected=${reading.choice[role] === null}>${t('import.noColumn', lang)}</option>
        ${reading.columns.map((name, i) => html`<option value=${i} .selected=${reading.choice[role] === i}>${name}</option>`)}
      </select></label
    >`;
  const encoding = reading.encoding;
  return html`<div class="import-table" data-testid="import-table">
    ${
      encoding
        ? html`<label class="import-choice"
            >${t('import.readAs', lang)}
            <select
              data-testid="import-encoding"
              @change=${(event: Event) => reread({ encoding: (event.target as HTMLSelectElement).value as TextEncoding })}
            >
              ${TEXT_ENCODINGS.map(
                (name) =>
                  html`<option value=${name} .selected=${name === encoding}>${ENCODING_NAMES[name]}${name === detected ? t('import.detected', lang) : ''}</option>`,
              )}
            </select></label
          >${
            reading.delimiter
              ? html`<span class="import-choice"
                  >${t('import.delimiter', lang)}
                  <span data-testid="import-delimiter"
                    >${DELIMITER_NAMES[reading.delimiter] ? t(DELIMITER_NAMES[reading.delimiter] as StringKey, lang) : reading.delimiter}</span
                  ></span
                >`
              : nothing
          }`
        : nothing
    }
    ${
      reading.sheets && reading.sheets.length > 1
        ? html`<label class="import-choice"
            >${t('import.sheet', lang)}
            <select
              data-testid="import-sheet"
              @change=${(event: Event) => reread({ sheet: (event.target as HTMLSelectElement).value })}
            >
              ${reading.sheets.map((name) => html`<option value=${name} .selected=${name === reading.sheet}>${name}</option>`)}
            </select></label
          >`
        : nothing
    }
    ${columnSelect('lon', t('import.lonColumn', lang))} ${columnSelect('lat', t('import.latColumn', lang))}
    ${columnSelect('geometry', t('import.geometryColumn', lang))}
  </div>`;
}
