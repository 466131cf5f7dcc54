/**
 * The kindergarten sheet of the preschool county workbook (幼儿园数据): its columns, derived from the
 * preschool dataset schema field by field as the compulsory columns are from theirs, and the
 * reader that turns its rows into kindergartens, each problem placed at its row and column.
 * @module
 */
import type { FieldPath } from '../error.js';
import { type SheetRows, tableCellText } from './compulsory-reader.js';
import { AREA, PERSONS, type SheetColumn, sheetColumn } from './sheet-column.js';
import { type AddIssue, readHeader, shownText } from './sheet-header.js';

/**
 * How the cells of a kindergarten column are read: text, an ownership (办园性质), a count, an
 * area (m²), a year, a `;`-separated list of class sizes, or 是/否.
 *
 * @category Input
 * @example
 * ```ts
 * const type: PreschoolColumnType = 'class-list'; // 小班各班人数: 25;26
 * ```
 */
export type PreschoolColumnType = 'text' | 'ownership' | 'count' | 'area' | 'year' | 'class-list' | 'yes-no';

/**
 * One column of the kindergarten sheet (幼儿园数据列): its Chinese and English headers, the field
 * of a kindergarten it fills (data contract section 2), its type, whether it is required, its
 * unit, an example and its meaning.
 *
 * @category Input
 * @example
 * ```ts
 * const column: PreschoolColumn = PRESCHOOL_COLUMNS[0]; // 幼儿园代码 → id
 * ```
 */
export interface PreschoolColumn extends SheetColumn<PreschoolColumnType> {}

const col = sheetColumn<PreschoolColumnType>;

const classes = (zh: string, en: string, type: string, example: string): PreschoolColumn =>
  col(
    `${zh}各班人数`,
    `${en} class sizes`,
    `classes.${type}`,
    'class-list',
    false,
    PERSONS,
    example,
    `每个${zh}的幼儿数，用分号分隔，如 ${example}`,
    `children in each ${en} class, separated by semicolons, e.g. ${example}`,
  );

/**
 * Every column of the kindergarten sheet (幼儿园数据列), in template order: one row per
 * kindergarten, the fields of a kindergarten in the preschool dataset (data contract section 2).
 * Classes are given per type as lists of class sizes (小班各班人数 `25;26` is two small classes).
 *
 * @category Input
 * @example
 * ```ts
 * PRESCHOOL_COLUMNS.map((c) => c.zh).slice(0, 3); //=> ['幼儿园代码', '幼儿园名称', '办园性质']
 * ```
 */
export const PRESCHOOL_COLUMNS: readonly PreschoolColumn[] = [
  col(
    '幼儿园代码',
    'kindergarten id',
    'id',
    'text',
    true,
    null,
    'k01',
    '幼儿园唯一编号',
    'unique kindergarten id',
  ),
  col('幼儿园名称', 'kindergarten name', 'name', 'text', true, null, '县第一幼儿园', '幼儿园名称', 'name'),
  col(
    '办园性质',
    'ownership',
    'ownership',
    'ownership',
    true,
    null,
    '教育部门办',
    '教育部门办、其他部门办（公办性质）、普惠性民办、其他民办',
    'public-education, public-other, private-inclusive, private-other',
  ),
  col(
    '乡镇',
    'township',
    'township',
    'text',
    false,
    null,
    '城关镇',
    '所在乡镇（可空）',
    'township (optional)',
  ),
  col('在园幼儿数', 'children', 'children', 'count', true, PERSONS, '150', '在园幼儿数', 'children enrolled'),
  classes('小班', 'small', 'small', '25;25'),
  classes('中班', 'middle', 'middle', '30;30'),
  classes('大班', 'large', 'large', '35'),
  classes('混合班', 'mixed', 'mixed', '28'),
  col('教职工总数', 'staff', 'staff.total', 'count', false, PERSONS, '20', '教职工总数', 'all staff'),
  col(
    '专任教师数',
    'full-time teachers',
    'staff.fullTimeTeachers',
    'count',
    false,
    PERSONS,
    '10',
    '专任教师数',
    'full-time teachers',
  ),
  col('保育员数', 'carers', 'staff.carers', 'count', false, PERSONS, '6', '保育员数', 'carers'),
  col(
    '持证专任教师数',
    'certified teachers',
    'staff.certifiedTeachers',
    'count',
    false,
    PERSONS,
    '10',
    '持有教师资格证的专任教师数',
    'full-time teachers holding a teacher certificate',
  ),
  col('园长数', 'directors', 'staff.directors', 'count', false, PERSONS, '1', '园长数', 'directors'),
  col(
    '持证园长数',
    'certified directors',
    'staff.certifiedDirectors',
    'count',
    false,
    PERSONS,
    '1',
    '持有园长任职资格证的园长数',
    'directors holding a director certificate',
  ),
  col(
    '室外游戏场地面积',
    'outdoor play area',
    'areas.outdoorPlay',
    'area',
    false,
    AREA,
    '600',
    '室外游戏场地面积，平方米',
    'outdoor play area, m²',
  ),
  col(
    '幼儿活动用房面积',
    'activity room area',
    'areas.activityRooms',
    'area',
    false,
    AREA,
    '1350',
    '幼儿活动用房面积，平方米',
    "children's activity rooms, m²",
  ),
  col(
    '园舍建筑面积',
    'building area',
    'areas.building',
    'area',
    false,
    AREA,
    '1650',
    '园舍建筑面积，平方米',
    'building area, m²',
  ),
  col(
    '规划设计年份',
    'planned year',
    'plannedYear',
    'year',
    false,
    null,
    '2018',
    '园舍规划设计的年份（2017 年前后标准不同）',
    'year the premises were planned (the norms differ before 2017)',
  ),
  col(
    '寄宿制',
    'boarding',
    'boarding',
    'yes-no',
    false,
    null,
    '否',
    '是否寄宿制：是 或 否',
    'boarding: 是 (yes) or 否 (no)',
  ),
];

/** The values of 办园性质 a cell may hold, and the ownership each stands for. */
export const PRESCHOOL_OWNERSHIP_VALUES: Readonly<Record<string, string>> = {
  教育部门办: 'public-education',
  其他部门办: 'public-other',
  其他公办: 'public-other',
  普惠性民办: 'private-inclusive',
  其他民办: 'private-other',
  非普惠性民办: 'private-other',
  'public-education': 'public-education',
  'public-other': 'public-other',
  'private-inclusive': 'private-inclusive',
  'private-other': 'private-other',
};

/** The drop-down values of 办园性质 (Chinese) and 寄宿制. */
export const PRESCHOOL_OWNERSHIP_CHOICES: readonly string[] = [
  '教育部门办',
  '其他部门办',
  '普惠性民办',
  '其他民办',
];
export const YES_NO_CHOICES: readonly string[] = ['是', '否'];

const YES_NO: Readonly<Record<string, boolean>> = { 是: true, 否: false, yes: true, no: false };

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** What the kindergarten sheet reads to: the kindergartens, and where each field came from. */
export interface KindergartenRows {
  readonly kindergartens: Record<string, unknown>[];
  /** Per kindergarten: its row, and per class index the header of the column it came from. */
  readonly rows: readonly { readonly row: number; readonly classHeaders: readonly string[] }[];
  /** The header as written of each column present. */
  readonly headers: ReadonlyMap<PreschoolColumn, string>;
}

/**
 * Reads the kindergarten sheet into kindergartens (not yet validated against the schema), each
 * problem of a cell at `['sheet', <name>, 'row', N, 'column', <header>]`.
 */
export function readKindergartenSheet(sheet: SheetRows, add: AddIssue): KindergartenRows | undefined {
  const cellPath = (row: number, column: string): FieldPath => [
    'sheet',
    sheet.name,
    'row',
    row,
    'column',
    column,
  ];
  const rows = sheet.rows
    .map((cells, i) => ({ row: i + 1, cells: cells.map(tableCellText) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...data] = rows;
  if (header === undefined) {
    add('empty-file', ['sheet', sheet.name], `sheet "${sheet.name}" is empty`, `工作表「${sheet.name}」为空`);
    return undefined;
  }
  const { columns: found, ok } = readHeader(PRESCHOOL_COLUMNS, header, data, cellPath, add);
  if (!ok) return undefined;
  const index = new Map([...found].map(([column, cell]) => [column, cell.index]));
  const headers = new Map([...found].map(([column, cell]) => [column, cell.text]));
  const kindergartens: Record<string, unknown>[] = [];
  const where: { row: number; classHeaders: string[] }[] = [];
  for (const { row, cells } of data) {
    const kindergarten: Record<string, unknown> = { classes: [], staff: {} };
    const classHeaders: string[] = [];
    let rowOk = true;
    for (const [column, i] of index) {
      const raw = cells[i] ?? '';
      const name = headers.get(column) as string;
      const path = cellPath(row, name);
      if (raw === '') {
        if (column.required) {
          add('required', path, `"${column.en}" is required but empty`, `「${column.zh}」为必填项，不能为空`);
          rowOk = false;
        }
        continue;
      }
      const notANumber = (): void => {
        add(
          'not-a-number',
          path,
          `"${column.en}" must be a number (got ${shownText(raw)})`,
          `「${column.zh}」必须是数字（实际为 ${shownText(raw)}）`,
        );
        rowOk = false;
      };
      const [group, part] = column.field.split('.') as [string, string | undefined];
      switch (column.type) {
        case 'text':
          kindergarten[column.field] = raw;
          break;
        case 'ownership': {
          const key = Object.hasOwn(PRESCHOOL_OWNERSHIP_VALUES, raw) ? raw : raw.toLowerCase();
          const value = Object.hasOwn(PRESCHOOL_OWNERSHIP_VALUES, key)
            ? PRESCHOOL_OWNERSHIP_VALUES[key]
            : undefined;
          if (value === undefined) {
            const allowed = PRESCHOOL_OWNERSHIP_CHOICES.join('、');
            add(
              'unknown-ownership',
              path,
              `unknown ownership ${shownText(raw)} (allowed: ${allowed})`,
              `未知的办园性质 ${shownText(raw)}（允许：${allowed}）`,
            );
            rowOk = false;
          } else kindergarten.ownership = value;
          break;
        }
        case 'count':
        case 'area':
        case 'year':
          if (!DECIMAL_TEXT.test(raw)) notANumber();
          else if (part === undefined) kindergarten[group] = column.type === 'year' ? Number(raw) : raw;
          else {
            kindergarten[group] ??= {};
            (kindergarten[group] as Record<string, unknown>)[part] = raw;
          }
          break;
        case 'class-list': {
          const sizes = raw.split(/[;；]/).map((p) => p.trim());
          if (!sizes.every((p) => DECIMAL_TEXT.test(p))) {
            notANumber();
            break;
          }
          for (const size of sizes) {
            (kindergarten.classes as unknown[]).push({ type: part, children: size });
            classHeaders.push(name);
          }
          break;
        }
        case 'yes-no': {
          const key = Object.hasOwn(YES_NO, raw) ? raw : raw.toLowerCase();
          const value = Object.hasOwn(YES_NO, key) ? YES_NO[key] : undefined;
          if (value === undefined) {
            add(
              'unknown-choice',
              path,
              `"${column.en}" must be 是 or 否 (got ${shownText(raw)})`,
              `「${column.zh}」只能填是或否（实际为 ${shownText(raw)}）`,
            );
            rowOk = false;
          } else kindergarten[column.field] = value;
          break;
        }
      }
    }
    if (!rowOk) continue;
    kindergartens.push(kindergarten);
    where.push({ row, classHeaders });
  }
  return { kindergartens, rows: where, headers };
}

/**
 * Maps the path of a schema problem in `kindergartens[i]…` back to the cell it came from, or
 * `undefined` when the path is not in a kindergarten.
 */
export function kindergartenCellPath(
  sheet: string,
  read: KindergartenRows,
  path: readonly (string | number)[],
): FieldPath | undefined {
  if (path[0] !== 'kindergartens' || typeof path[1] !== 'number') return undefined;
  const at = read.rows[path[1]];
  if (at === undefined) return undefined;
  const rest = path.slice(2);
  const cell = (header: string | undefined): FieldPath =>
    header === undefined
      ? ['sheet', sheet, 'row', at.row]
      : ['sheet', sheet, 'row', at.row, 'column', header];
  if (rest[0] === 'classes' && typeof rest[1] === 'number') return cell(at.classHeaders[rest[1]]);
  const field =
    rest[0] === 'staff' || rest[0] === 'areas' ? `${String(rest[0])}.${String(rest[1])}` : String(rest[0]);
  const column = PRESCHOOL_COLUMNS.find((c) => c.field === field);
  return cell(column === undefined ? undefined : read.headers.get(column));
}
