/**
 * The header row of a data sheet (表头), read once for every sheet: each header as written is
 * matched to its column (Chinese or English, NFKC-normalised, spaces and case ignored; a money
 * column also under its 万元 header), and an unknown, repeated, missing or unnamed column is
 * reported at its row and column. The compulsory school table and the kindergarten sheet read
 * their headers with it.
 * @module
 */
import type { DudaoErrorCode, FieldPath } from '../error.js';
import { headerKey } from './compulsory-columns.js';
import type { SheetColumn } from './sheet-column.js';

/**
 * Reports one problem of a sheet (its code, where, and the message in English and Chinese).
 * @internal
 */
export type AddIssue = (code: DudaoErrorCode, path: FieldPath, message: string, messageZh: string) => void;

/**
 * A cell's text as an error message quotes it: JSON-quoted, cut at 40 characters.
 * @internal
 */
export function shownText(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * A header in 元 (yuan) written in 万元 (ten thousand yuan): `教学仪器设备值(元)` →
 * `教学仪器设备值(万元)`. A money column under such a header holds amounts in 万元, converted
 * exactly when read.
 *
 * @internal
 * @param header - the header in 元 (yuan), as {@link COMPULSORY_CSV_COLUMNS} writes it
 * @returns the same header in 万元
 * @example
 * ```ts
 * wanYuanHeader('教学仪器设备值(元)'); //=> '教学仪器设备值(万元)'
 * wanYuanHeader('equipment value (yuan)'); //=> 'equipment value (10k yuan)'
 * ```
 */
export function wanYuanHeader(header: string): string {
  return header.replace('(元)', '(万元)').replace('(yuan)', '(10k yuan)');
}

/**
 * The letter of a spreadsheet column from its 0-based index (0 → A, 26 → AA).
 *
 * @internal
 * @param index - the 0-based column index
 * @returns the column's letters
 * @example
 * ```ts
 * columnLetter(0); //=> 'A'
 * columnLetter(27); //=> 'AB'
 * ```
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Where a column of a sheet is: its 0-based index, its header as written, and the decimal places
 * its cells are shifted by (4 under a 万元 header, else 0).
 * @internal
 */
export interface HeaderCell {
  readonly index: number;
  readonly text: string;
  readonly scale: number;
}

/**
 * Matches a sheet's header row to its columns. Reports, through `add`, a column with data but no
 * header (`unnamed-column`, at its letter), an unknown header (`unknown-column`), a column given
 * twice (`duplicate-column`) and a required column that is missing (`missing-column`, named in
 * the language the sheet's headers use).
 *
 * @param columns - the sheet's columns
 * @param header - the header row: its row number and cell texts
 * @param data - the data rows' cell texts (to find unnamed columns holding data)
 * @param cellPath - the path of a cell from its row and column name
 * @param add - reports a problem
 * @returns each column present, and whether the header had no problem
 * @example
 * ```ts
 * const { columns, ok } = readHeader(PRESCHOOL_COLUMNS, { row: 1, cells: ['幼儿园代码'] }, [], path, add);
 * ```
 * @internal
 */
export function readHeader<C extends SheetColumn<string>>(
  columns: readonly C[],
  header: { readonly row: number; readonly cells: readonly string[] },
  data: readonly { readonly cells: readonly string[] }[],
  cellPath: (row: number, name: string) => FieldPath,
  add: AddIssue,
): { readonly columns: ReadonlyMap<C, HeaderCell>; readonly ok: boolean } {
  const found = new Map<C, HeaderCell>();
  let ok = true;
  let english = 0;
  const problem: AddIssue = (...issue) => {
    ok = false;
    add(...issue);
  };
  header.cells.forEach((text, index) => {
    if (text === '') {
      if (data.some((r) => (r.cells[index] ?? '') !== '')) {
        const letter = columnLetter(index);
        problem(
          'unnamed-column',
          cellPath(header.row, letter),
          `column ${letter} holds data but has no header`,
          `第 ${letter} 列有数据但没有表头`,
        );
      }
      return;
    }
    const key = headerKey(text);
    const wan = columns.find(
      (c) =>
        c.type === 'money' &&
        (headerKey(wanYuanHeader(c.zh)) === key || headerKey(wanYuanHeader(c.en)) === key),
    );
    const column = wan ?? columns.find((c) => headerKey(c.zh) === key || headerKey(c.en) === key);
    if (column === undefined) {
      problem(
        'unknown-column',
        cellPath(header.row, text),
        `unknown column ${shownText(text)}`,
        `未知的列 ${shownText(text)}`,
      );
      return;
    }
    if (headerKey(column.en) === key && headerKey(column.zh) !== key) english += 1;
    if (found.has(column)) {
      problem(
        'duplicate-column',
        cellPath(header.row, text),
        `column ${shownText(text)} appears twice`,
        `列 ${shownText(text)} 重复出现`,
      );
      return;
    }
    // 万元 (ten thousand yuan) in the header: the cells are shifted four places, exactly.
    found.set(column, { index, text, scale: wan === undefined ? 0 : 4 });
  });
  for (const column of columns) {
    if (!column.required || found.has(column)) continue;
    problem(
      'missing-column',
      cellPath(header.row, english > 0 ? column.en : column.zh),
      `the required column "${column.en}" (${column.zh}) is missing`,
      `缺少必填列「${column.zh}」（${column.en}）`,
    );
  }
  return { columns: found, ok };
}
