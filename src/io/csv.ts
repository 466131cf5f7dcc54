/**
 * Writing CSV (CSV 写出): the one place where dudao turns cells into CSV text, used by every CSV
 * it writes (the assessment, variation, preschool and ledger CSVs of `report/csv.ts`, the
 * template of `io/compulsory-csv.ts`, and through them the command line). Fields are quoted as
 * RFC 4180 requires and lines end with CRLF.
 *
 * Safe in a spreadsheet (CSV injection, 公式注入): a text cell that begins with `=`, `+`, `-`,
 * `@`, a tab or a carriage return would be read by Excel, WPS or LibreOffice as a formula
 * (`=HYPERLINK(…)` becomes a link, `@SUM(A1)` a calculation). Following OWASP's CSV-injection
 * guidance, such a cell is written with a single quote `'` in front, then quoted as RFC 4180
 * requires, so a spreadsheet shows it as text. Numbers are not touched: a cell is text or a
 * number by its type ({@link WorkbookCell}), never by its look, so a shortfall of `-3.5` that
 * dudao computed stays `-3.5`, while a school named `-3.5` is written `'-3.5`.
 * @module
 */
import { expectKind, optionsOf, wrongKind } from '../guard.js';
import type { WorkbookCell } from './table.js';

// OWASP: cells starting with = + - @, tab (0x09) or carriage return (0x0D) are read as formulas.
const FORMULA_START = /^[=+\-@\t\r]/;
// RFC 4180 quotes fields with a comma, a quote or a line break; we also quote tabs and
// leading or trailing white space, which some readers would otherwise trim or split on.
const NEEDS_QUOTES = /[",\r\n\t]|^\s|\s$/;
// The text of a number cell as dudao writes it: optional minus, digits, optional decimals.
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** The line end RFC 4180 prescribes. */
const CRLF = '\r\n';

/**
 * Writes one text cell of a CSV file (CSV 文本字段): neutralised for spreadsheets, then quoted as
 * RFC 4180 requires. Text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * single quote `'` in front (OWASP's advice against CSV injection), so that a spreadsheet shows
 * it as text instead of running it as a formula; a field holding a comma, a double quote, a tab,
 * a line break, or a leading or trailing space is wrapped in double quotes, each inner double
 * quote doubled.
 *
 * The quote stays visible in a spreadsheet (`'=A1`), and a program reading the CSV gets it too:
 * read the JSON output when the exact text matters. Numbers are written with {@link csvCell}.
 *
 * @category Reports
 * @param text - the cell's text
 * @returns the field as written in a CSV file
 * @example
 * ```ts
 * csvField('城关一小'); //=> '城关一小'
 * csvField('a, "b"'); //=> '"a, ""b"""'
 * csvField('=HYPERLINK("http://x","y")'); //=> '"\'=HYPERLINK(""http://x"",""y"")"'
 * csvField('-1+2'); //=> "'-1+2"
 * ```
 */
export function csvField(text: string): string {
  expectKind(text, 'string', ['text']);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes one cell of a CSV file by its type (CSV 单元格): text through {@link csvField}
 * (neutralised for spreadsheets, quoted), a number cell as the decimal text dudao rounded it to
 * (`-3.5` stays `-3.5`), an empty cell as nothing. A number cell whose text is not a plain
 * decimal is written as text.
 *
 * @category Reports
 * @param cell - the cell
 * @returns the field as written in a CSV file
 * @example
 * ```ts
 * csvCell({ value: -3.5, text: '-3.5', places: 1 }); //=> '-3.5'
 * csvCell('-3.5'); //=> "'-3.5"
 * csvCell(null); //=> ''
 * ```
 */
export function csvCell(cell: WorkbookCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return csvField(cell);
  if (typeof cell !== 'object' || typeof (cell as { text?: unknown }).text !== 'string') {
    wrongKind(cell, ['cell'], {
      en: 'text, a number cell ({ value, text, places }) or null',
      zh: '文本、数值单元格（{ value, text, places }）或 null',
    });
  }
  return PLAIN_DECIMAL.test(cell.text) ? cell.text : csvField(cell.text);
}

/**
 * Writes rows as CSV text (CSV 表格): every cell by {@link csvCell} (text neutralised for
 * spreadsheets and quoted, numbers as they are), every line ended by CRLF, optionally preceded by
 * a UTF-8 byte order mark. A string is always a text cell; pass a number cell
 * (`{ value, text, places }`) for a number.
 *
 * @category Reports
 * @param rows - the rows, header first
 * @param options - `bom`: start with U+FEFF (default false)
 * @returns the CSV text
 * @example
 * ```ts
 * formatCsv([['id', 'name'], ['s01', 'a,b']]); //=> 'id,name\r\ns01,"a,b"\r\n'
 * formatCsv([['@SUM(A1)', { value: -2, text: '-2', places: 0 }]]); //=> "'@SUM(A1),-2\r\n"
 * ```
 */
export function formatCsv(
  rows: readonly (readonly WorkbookCell[])[],
  options: {
    /** Start with a UTF-8 byte order mark (U+FEFF). */
    readonly bom?: boolean;
  } = {},
): string {
  optionsOf(options, { bom: 'boolean' });
  expectKind(rows, 'array', ['rows'], { en: 'an array of rows', zh: '行数组' });
  const body = rows
    .map((row, i) => {
      expectKind(row, 'array', ['rows', i], { en: 'a row of cells', zh: '单元格行' });
      return row.map(csvCell).join(',') + CRLF;
    })
    .join('');
  return options.bom === true ? `\uFEFF${body}` : body;
}
