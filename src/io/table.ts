/**
 * The table types that reading and writing share (表格类型): a cell is text, a number already
 * rounded for display, or empty, and a table is a named list of rows under column headers. They
 * live here, below `report/`, so that `io/` (CSV, templates) and `report/` (workbooks, CSV
 * renderings) use one definition and `io/` never imports `report/`.
 * @module
 */

/**
 * A number in a workbook cell (数值单元格): its value, the text a report shows for it (rounded),
 * the decimals shown, and optionally the spreadsheet number format. A report's value is stored at
 * full precision; the format rounds only what the spreadsheet shows.
 *
 * @category Reports
 * @example
 * ```ts
 * const cell: WorkbookNumber = { value: 4.9, text: '4.90', places: 2 };
 * ```
 */
export interface WorkbookNumber {
  /**
   * The value as a number, e.g. `4.9`, in the unit its format shows: with a `0.00%` format it is
   * a share (`0.0444` shows as 4.44%), otherwise the number the text rounds.
   */
  readonly value: number;
  /** The rounded value as the report writes it, e.g. `'4.90'`. */
  readonly text: string;
  /** Decimals shown, e.g. 2 (a spreadsheet format of `0.00` unless `format` says otherwise). */
  readonly places: number;
  /** The spreadsheet number format, e.g. `0.00%` or `0.000`; without it, `places` decimals. */
  readonly format?: string;
}

/**
 * One cell of a workbook table (单元格): text, a {@link WorkbookNumber}, or `null` when empty.
 * The type tells text from numbers when the table is written: CSV neutralises text cells that a
 * spreadsheet would read as a formula and writes number cells as they are.
 *
 * @category Reports
 * @example
 * ```ts
 * const cells: WorkbookCell[] = ['城关小学', { value: 812, text: '812', places: 0 }, null];
 * ```
 */
export type WorkbookCell = string | WorkbookNumber | null;

/**
 * One table of a workbook (工作表): its sheet name, its column headers and its rows.
 *
 * @category Reports
 * @example
 * ```ts
 * const table: WorkbookTable = { name: '学校学段指标', columns: ['学校编号'], rows: [['s01']] };
 * ```
 */
export interface WorkbookTable {
  /** The sheet name: at most 31 characters, none of `[]:*?/\` (spreadsheet rules). */
  readonly name: string;
  /** The column headers. */
  readonly columns: readonly string[];
  /** The rows, each with one cell per column. */
  readonly rows: readonly (readonly WorkbookCell[])[];
}
