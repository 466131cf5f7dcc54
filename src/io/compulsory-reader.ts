/**
 * The reader of compulsory-education tables (义务教育数据表读取): rows of cells from any source — a
 * CSV file, a spreadsheet sheet, an app's own grid — become a validated dataset through one header
 * mapping, one set of cell checks and one error report, each problem placed at its sheet (or file),
 * row and column. Pure and browser-safe: reading the file itself is the caller's job.
 * @module
 */
import { DudaoError, type DudaoErrorCode, type DudaoIssue, type FieldPath } from '../error.js';
import { eachOf, expectKind, expectShape, pathOf, wrongKind } from '../guard.js';
import type { Label } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import type { County, CountyFact, Survey } from '../schema/common.js';
import { type CompulsoryDataset, type SchoolKind, safeParseCompulsoryDataset } from '../schema/compulsory.js';
import { COMPULSORY_CSV_COLUMNS, type CompulsoryCsvColumn } from './compulsory-columns.js';
import { type AddIssue, readHeader, shownText } from './sheet-header.js';

const KIND_VALUES: Readonly<Record<string, SchoolKind>> = {
  小学: 'primary',
  初中: 'junior',
  初级中学: 'junior',
  九年一贯制: 'nine-year',
  九年一贯制学校: 'nine-year',
  十二年一贯制: 'twelve-year',
  十二年一贯制学校: 'twelve-year',
  完全中学: 'complete-secondary',
  教学点: 'teaching-point',
  特殊教育学校: 'special-education',
  特殊教育: 'special-education',
  primary: 'primary',
  junior: 'junior',
  'nine-year': 'nine-year',
  'twelve-year': 'twelve-year',
  'complete-secondary': 'complete-secondary',
  'teaching-point': 'teaching-point',
  'special-education': 'special-education',
};
const OWNERSHIP_VALUES: Readonly<Record<string, 'public' | 'private'>> = {
  公办: 'public',
  民办: 'private',
  public: 'public',
  private: 'private',
};
const STAGE_VALUES: Readonly<Record<string, 'primary' | 'junior'>> = {
  小学: 'primary',
  初中: 'junior',
  primary: 'primary',
  junior: 'junior',
};

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A decimal text multiplied by 10^places by moving its point (万元 → 元 with 4): exact, whatever
 * the number of digits, with no float and no rounding. The text must match a plain decimal
 * (`12.5`, `-.5`, `+3`); the result has no leading zeros and no trailing decimal point.
 */
export function shiftDecimal(text: string, places: number): string {
  const sign = text.startsWith('-') ? '-' : '';
  const body = text.replace(/^[+-]/, '');
  const [whole = '', fraction = ''] = body.split('.');
  const padded = fraction.padEnd(places, '0');
  const digits = `${whole}${padded.slice(0, places)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(places).replace(/0+$/, '');
  const out = `${digits === '' ? '0' : digits}${rest === '' ? '' : `.${rest}`}`;
  return /^0(\.0*)?$/.test(out) ? out : `${sign}${out}`;
}

/**
 * What {@link compulsoryDatasetFromTable} needs besides the table: the county and year, and the
 * county-level parts of the dataset that have no place in a per-school table.
 *
 * @category Input
 * @example
 * ```ts
 * const options: CompulsoryCsvOptions = { county: { code: '610328', name: '示例县' }, year: 2021 };
 * ```
 */
export interface CompulsoryCsvOptions {
  /** The county (县): code and name, optionally province and city. */
  readonly county: County;
  /** The year (年度) of the data. */
  readonly year: number;
  /** County-level facts keyed by indicator id (default none). */
  readonly countyFacts?: Readonly<Record<string, CountyFact>>;
  /** Vetoes (一票否决) keyed by id (default none). */
  readonly vetoes?: Readonly<Record<string, boolean>>;
  /** The satisfaction survey (社会认可度调查), if any. */
  readonly survey?: Survey;
}

/**
 * One cell as a table source hands it over (单元格): text, a number (a spreadsheet number cell,
 * written out in full as a decimal), a boolean, or empty (`null` / `undefined`).
 *
 * @category Input
 * @example
 * ```ts
 * const cells: TableCell[] = ['s01', '城关小学', 812, null];
 * ```
 */
export type TableCell = string | number | boolean | null | undefined;

/**
 * One row of a table and the 1-based row number where it stands in its file or sheet.
 *
 * @category Input
 * @example
 * ```ts
 * const row: TableRow = { row: 2, cells: ['s01', '城关小学'] };
 * ```
 */
export interface TableRow {
  /** The 1-based row (CSV: the line where the record starts; sheet: the row number). */
  readonly row: number;
  /** The cells, left to right from the first column. */
  readonly cells: readonly TableCell[];
}

/**
 * Where a table comes from (数据来源), so that every problem names its place.
 *
 * @category Input
 * @example
 * ```ts
 * const source: TableSource = {
 *   path: ['sheet', '学校数据'],
 *   name: { zh: '工作表「学校数据」', en: 'sheet "学校数据"' },
 *   fixedWidth: false,
 * };
 * ```
 */
export interface TableSource {
  /** The start of every problem's path, e.g. `['csv']` or `['sheet', '学校数据']`. */
  readonly path: FieldPath;
  /** What the table is called in messages, e.g. `CSV 文件` / `the CSV file`. */
  readonly name: Label;
  /**
   * Whether every row must have exactly as many cells as the header (`wrong-cell-count`):
   * true for CSV, where a missing comma shifts every cell after it; false for a sheet.
   */
  readonly fixedWidth: boolean;
}

/**
 * A compulsory-education table (义务教育数据表): its source and its rows, header first (blank
 * rows are skipped, so the header is the first row with any text).
 *
 * @category Input
 * @example
 * ```ts
 * const table: CompulsoryTable = {
 *   source: { path: ['csv'], name: { zh: 'CSV 文件', en: 'the CSV file' }, fixedWidth: true },
 *   rows: [{ row: 1, cells: ['学校代码', '学校名称'] }],
 * };
 * ```
 */
export interface CompulsoryTable {
  /** Where the rows come from. */
  readonly source: TableSource;
  /** The rows, header first. */
  readonly rows: readonly TableRow[];
}

interface Draft {
  school: Record<string, unknown>;
  sections: Record<string, Record<string, unknown>>;
  // row of the school's first row; per stage the row that reported it
  row: number;
  stageRows: Record<string, number>;
}

/**
 * The text of a cell (单元格文本): a number written out in full as a decimal (`1e-7` →
 * `0.0000001`), a boolean as `TRUE` / `FALSE`, an empty cell as empty text; text is trimmed.
 *
 * @category Input
 * @param cell - the cell
 * @returns its text
 * @example
 * ```ts
 * tableCellText(3900.5); //=> '3900.5'
 * tableCellText(1e21); //=> '1000000000000000000000'
 * tableCellText(null); //=> ''
 * ```
 */
// What the reader reads of a table: its source, and rows of cells that are text, numbers, booleans or empty.
function checkTable(table: CompulsoryTable): void {
  const what = { en: 'a table ({ source, rows })', zh: '表格（{ source, rows }）' };
  expectShape(table, ['table'], what, { source: 'object', rows: 'array' });
  const sourceWhat = {
    en: 'the source of a table ({ path, name, fixedWidth })',
    zh: '表格来源（{ path, name, fixedWidth }）',
  };
  expectShape(table.source, ['table', 'source'], sourceWhat, { name: 'object', fixedWidth: 'boolean' });
  pathOf(table.source.path, ['table', 'source', 'path']);
  expectShape(
    table.source.name,
    ['table', 'source', 'name'],
    { en: '{ zh, en }', zh: '{ zh, en }' },
    { zh: 'string', en: 'string' },
  );
  eachOf(table.rows, (row, i) => {
    const rowWhat = { en: 'a row ({ row, cells })', zh: '行（{ row, cells }）' };
    expectShape(row, ['table', 'rows', i], rowWhat, { row: 'number', cells: 'array' });
    eachOf(row.cells, (cell, j) => {
      if (
        cell !== null &&
        cell !== undefined &&
        typeof cell !== 'string' &&
        typeof cell !== 'number' &&
        typeof cell !== 'boolean'
      ) {
        wrongKind(cell, ['table', 'rows', i, 'cells', j], {
          en: 'text, a number, a boolean or empty',
          zh: '文本、数字、布尔值或空',
        });
      }
    });
  });
}

export function tableCellText(cell: TableCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? new Decimal(cell).toFixed() : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.trim();
}

/**
 * Reads a compulsory-education table (义务教育数据表) into a validated {@link CompulsoryDataset}:
 * the one reader behind CSV files ({@link compulsoryDatasetFromCsv}) and spreadsheet sheets
 * ({@link compulsoryDatasetFromSheet}). One row per school section: 学段 is 小学 or 初中
 * (`primary` or `junior`); rows sharing a 学校代码 are merged into one school, and its name, kind,
 * ownership, township and senior pupils must agree. Headers may be Chinese or English (see
 * {@link COMPULSORY_CSV_COLUMNS}); blank rows are skipped, and so is a column with neither header
 * nor data. Quantities stay decimal strings exactly as written.
 *
 * Every problem is reported at once, each at `[...source.path, 'row', N, 'column', header]` (N the
 * 1-based row, header as written): `empty-file`, `unknown-column`, `unnamed-column` (data under
 * an empty header; the column is named by its letter), `duplicate-column`, `missing-column`,
 * `wrong-cell-count` (fixed-width sources), `required`, `not-a-number`, `unknown-school-kind`,
 * `unknown-ownership`, `unknown-stage`, `conflicting-rows`, `duplicate-section`. A table without
 * such problems is then validated as [data contract, section 1](../../docs/data-contract.md#1-compulsory-education-dataset), and those problems (e.g.
 * `not-integer`, `stage-not-allowed`) are mapped back to their row and column where they have one.
 *
 * @category Input
 * @param table - the source and its rows
 * @param options - county, year, and optional county facts, vetoes and survey
 * @returns the dataset
 * @throws {@link DudaoError} listing every problem
 * @example
 * ```ts
 * const dataset = compulsoryDatasetFromTable(
 *   {
 *     source: { path: ['grid'], name: { zh: '表格', en: 'the grid' }, fixedWidth: false },
 *     rows: [
 *       { row: 1, cells: ['学校代码', '学校名称', '学校类型', '办学性质', '学段', '在校生数', '班级数'] },
 *       { row: 2, cells: ['s01', '城关小学', '小学', '公办', '小学', 812, 18] },
 *     ],
 *   },
 *   { county: { code: '610328', name: '示例县' }, year: 2021 },
 * );
 * dataset.schools[0]?.sections.primary?.pupils; //=> '812'
 * ```
 */
export function compulsoryDatasetFromTable(
  table: CompulsoryTable,
  options: CompulsoryCsvOptions,
): CompulsoryDataset {
  checkTable(table);
  expectKind(options, 'object', ['options'], {
    en: 'an object of options with the county and the year',
    zh: '含县和年度的选项对象',
  });
  const { source } = table;
  const rows = table.rows
    .map((r) => ({ row: r.row, width: r.cells.length, cells: r.cells.map(tableCellText) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const header = rows[0];
  if (header === undefined) {
    throw new DudaoError([
      {
        code: 'empty-file',
        path: source.path,
        message: `${source.name.en} is empty: it needs a header row and at least one row of data`,
        messageZh: `${source.name.zh}为空：需要表头行和至少一行数据`,
      },
    ]);
  }
  const cellPath = (row: number, name: string): FieldPath => [...source.path, 'row', row, 'column', name];
  const issues: DudaoIssue[] = [];
  const add: AddIssue = (code, path, message, messageZh) => {
    issues.push({ code, path, message, messageZh });
  };
  const data = rows.slice(1);

  // Header: map each column to where it is.
  const { columns: headerOf } = readHeader(COMPULSORY_CSV_COLUMNS, header, data, cellPath, add);
  if (issues.length > 0) throw new DudaoError(issues as [DudaoIssue, ...DudaoIssue[]]);
  if (data.length === 0) {
    throw new DudaoError([
      {
        code: 'empty-file',
        path: source.path,
        message: `${source.name.en} has a header row but no rows of data`,
        messageZh: `${source.name.zh}只有表头，没有数据行`,
      },
    ]);
  }

  const headerText = (column: CompulsoryCsvColumn): string => headerOf.get(column)?.text ?? column.zh;
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];

  for (const row of data) {
    if (source.fixedWidth && row.width !== header.width) {
      add(
        'wrong-cell-count',
        [...source.path, 'row', row.row],
        `the row has ${row.width} cells, the header ${header.width}`,
        `该行有 ${row.width} 个单元格，表头有 ${header.width} 个`,
      );
      continue;
    }
    const values = new Map<CompulsoryCsvColumn, unknown>();
    let rowOk = true;
    for (const [column, { index, text: name, scale }] of headerOf) {
      const raw = row.cells[index] ?? '';
      const path = cellPath(row.row, name);
      if (raw === '') {
        if (column.required) {
          add('required', path, `"${column.en}" is required but empty`, `「${column.zh}」为必填项，不能为空`);
          rowOk = false;
        }
        continue;
      }
      const value = readCell(column, raw, path, add, scale);
      if (value === undefined) rowOk = false;
      else values.set(column, value);
    }
    if (!rowOk) continue;
    mergeRow(row.row, values, (column) => cellPath(row.row, headerText(column)), drafts, order, add);
  }
  if (issues.length > 0) throw new DudaoError(issues as [DudaoIssue, ...DudaoIssue[]]);

  const dataset = {
    schemaVersion: 1,
    county: options.county,
    year: options.year,
    schools: order.map((d) => d.school),
    countyFacts: options.countyFacts ?? {},
    vetoes: options.vetoes ?? {},
    ...(options.survey === undefined ? {} : { survey: options.survey }),
  };
  const result = safeParseCompulsoryDataset(dataset);
  if (result.success) return result.data;
  const mapped = result.error.issues.map((issue) => ({
    ...issue,
    path: mapSchemaPath(issue.path, order, (row, column) =>
      column === undefined ? [...source.path, 'row', row] : cellPath(row, headerText(column)),
    ),
  }));
  throw new DudaoError(mapped as [DudaoIssue, ...DudaoIssue[]]);
}

/**
 * One sheet of a spreadsheet (工作表) as its reader returns it: the sheet's name and its rows of
 * cells, `rows[0]` being the sheet's row 1 (empty rows kept, so that row numbers match).
 *
 * @category Input
 * @example
 * ```ts
 * const sheet: SheetRows = { name: '学校数据', rows: [['学校代码', '学校名称'], ['s01', '城关小学']] };
 * ```
 */
export interface SheetRows {
  /** The sheet's name, e.g. `学校数据`. */
  readonly name: string;
  /** The rows from row 1, each from column A; empty cells `null`. */
  readonly rows: readonly (readonly TableCell[])[];
}

/**
 * Reads one spreadsheet sheet (工作表, e.g. the first sheet of a filled `.xlsx` template) into a
 * validated {@link CompulsoryDataset}, as {@link compulsoryDatasetFromTable} does, with every
 * problem at `['sheet', <name>, 'row', N, 'column', header]`. Number cells may be numbers or
 * decimal text; rows may be shorter than the header (missing cells are empty).
 *
 * @category Input
 * @param sheet - the sheet's name and rows (row 1 first)
 * @param options - county, year, and optional county facts, vetoes and survey
 * @returns the dataset
 * @throws {@link DudaoError} listing every problem
 * @example
 * ```ts
 * const dataset = compulsoryDatasetFromSheet(
 *   {
 *     name: '学校数据',
 *     rows: [
 *       ['学校代码', '学校名称', '学校类型', '办学性质', '学段', '在校生数', '班级数'],
 *       ['s01', '城关小学', '小学', '公办', '小学', 812, 18],
 *     ],
 *   },
 *   { county: { code: '610328', name: '示例县' }, year: 2021 },
 * );
 * dataset.schools[0]?.sections.primary?.classes; //=> '18'
 * ```
 */
export function compulsoryDatasetFromSheet(
  sheet: SheetRows,
  options: CompulsoryCsvOptions,
): CompulsoryDataset {
  expectShape(
    sheet,
    ['sheet'],
    { en: 'a sheet ({ name, rows })', zh: '工作表（{ name, rows }）' },
    {
      name: 'string',
      rows: 'array',
    },
  );
  eachOf(sheet.rows, (cells, i) => {
    expectKind(cells, 'array', ['sheet', 'rows', i], { en: 'a row of cells', zh: '单元格行' });
  });
  return compulsoryDatasetFromTable(
    {
      source: {
        path: ['sheet', sheet.name],
        name: { zh: `工作表「${sheet.name}」`, en: `sheet "${sheet.name}"` },
        fixedWidth: false,
      },
      rows: sheet.rows.map((cells, i) => ({ row: i + 1, cells })),
    },
    options,
  );
}

function readCell(
  column: CompulsoryCsvColumn,
  raw: string,
  path: FieldPath,
  add: AddIssue,
  scale = 0,
): unknown {
  const lookup = (
    table: Readonly<Record<string, string>>,
    code: DudaoErrorCode,
    what: string,
    whatZh: string,
  ) => {
    const lower = raw.toLowerCase();
    const key = Object.hasOwn(table, raw) ? raw : Object.hasOwn(table, lower) ? lower : undefined;
    if (key !== undefined) return table[key];
    const allowed = Object.keys(table).join(', ');
    add(
      code,
      path,
      `unknown ${what} ${shownText(raw)} (allowed: ${allowed})`,
      `未知的${whatZh} ${shownText(raw)}（允许：${allowed}）`,
    );
    return undefined;
  };
  const notANumber = (): undefined => {
    add(
      'not-a-number',
      path,
      `"${column.en}" must be a number (got ${shownText(raw)})`,
      `「${column.zh}」必须是数字（实际为 ${shownText(raw)}）`,
    );
    return undefined;
  };
  const number = (text: string): string | undefined => (DECIMAL_TEXT.test(text) ? text : notANumber());
  switch (column.type) {
    case 'text':
      return raw;
    case 'kind':
      return lookup(KIND_VALUES, 'unknown-school-kind', 'school kind', '学校类型');
    case 'ownership':
      return lookup(OWNERSHIP_VALUES, 'unknown-ownership', 'ownership', '办学性质');
    case 'stage':
      return lookup(STAGE_VALUES, 'unknown-stage', 'stage', '学段');
    case 'count':
    case 'area':
      return number(raw);
    case 'money': {
      const text = number(raw);
      return text === undefined || scale === 0 ? text : shiftDecimal(text, scale);
    }
    case 'area-list':
    case 'count-list': {
      const parts = raw.split(/[;；]/).map((p) => p.trim());
      return parts.every((p) => DECIMAL_TEXT.test(p)) ? parts : notANumber();
    }
  }
}

const SCHOOL_FIELDS = ['name', 'kind', 'ownership', 'township', 'seniorPupils'] as const;

function columnOf(field: string): CompulsoryCsvColumn {
  return COMPULSORY_CSV_COLUMNS.find((c) => c.field === field) as CompulsoryCsvColumn;
}

function mergeRow(
  row: number,
  values: Map<CompulsoryCsvColumn, unknown>,
  pathOf: (column: CompulsoryCsvColumn) => FieldPath,
  drafts: Map<string, Draft>,
  order: Draft[],
  add: AddIssue,
): void {
  const byField = new Map<string, unknown>();
  for (const [column, value] of values) byField.set(column.field, value);
  const id = byField.get('id') as string;
  const stage = byField.get('stage') as 'primary' | 'junior';
  let draft = drafts.get(id);
  if (draft === undefined) {
    const school: Record<string, unknown> = { id, sections: {} };
    for (const field of SCHOOL_FIELDS) {
      if (byField.has(field)) school[field] = byField.get(field);
    }
    draft = {
      school,
      sections: school.sections as Record<string, Record<string, unknown>>,
      row,
      stageRows: {},
    };
    drafts.set(id, draft);
    order.push(draft);
  } else {
    for (const field of SCHOOL_FIELDS) {
      const mine = byField.get(field);
      const theirs = draft.school[field];
      if (mine === theirs) continue;
      add(
        'conflicting-rows',
        pathOf(columnOf(field)),
        `school "${id}" has ${shownText(String(mine ?? ''))} here but ${shownText(String(theirs ?? ''))} on row ${draft.row}`,
        `学校 "${id}" 此处为 ${shownText(String(mine ?? ''))}，第 ${draft.row} 行为 ${shownText(String(theirs ?? ''))}`,
      );
    }
    if (draft.sections[stage] !== undefined) {
      add(
        'duplicate-section',
        pathOf(columnOf('stage')),
        `school "${id}" already has a ${stage} row on row ${draft.stageRows[stage]}`,
        `学校 "${id}" 的${stage === 'primary' ? '小学' : '初中'}学段已在第 ${draft.stageRows[stage]} 行填报`,
      );
      return;
    }
  }
  const section: Record<string, unknown> = { teachers: {} };
  for (const [field, value] of byField) {
    if (!field.startsWith('sections.<stage>.')) continue;
    const parts = field.slice('sections.<stage>.'.length).split('.');
    if (parts.length === 1) section[parts[0] as string] = value;
    else {
      const group = parts[0] as string;
      section[group] ??= {};
      (section[group] as Record<string, unknown>)[parts[1] as string] = value;
    }
  }
  draft.sections[stage] = section;
  draft.stageRows[stage] = row;
}

// Maps a path of the assembled dataset back to the cell it came from.
function mapSchemaPath(
  path: FieldPath,
  order: readonly Draft[],
  cell: (row: number, column: CompulsoryCsvColumn | undefined) => FieldPath,
): FieldPath {
  if (path[0] !== 'schools' || typeof path[1] !== 'number') return path;
  const draft = order[path[1]];
  if (draft === undefined) return path;
  const rest = path.slice(2);
  const at = (row: number, field: string): FieldPath =>
    cell(
      row,
      COMPULSORY_CSV_COLUMNS.find((c) => c.field === field),
    );
  if (rest[0] === 'sections') {
    const stage = rest[1];
    const row = typeof stage === 'string' ? draft.stageRows[stage] : undefined;
    if (row === undefined) return cell(draft.row, undefined);
    if (rest.length <= 2) return at(row, 'stage');
    const field =
      rest[2] === 'teachers' || rest[2] === 'stock' ? `${rest[2]}.${String(rest[3])}` : String(rest[2]);
    return at(row, `sections.<stage>.${field}`);
  }
  if (typeof rest[0] === 'string') return at(draft.row, rest[0]);
  return cell(draft.row, undefined);
}
