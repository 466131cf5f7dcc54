/**
 * CSV input for the compulsory-education dataset (义务教育数据 CSV 导入): a spreadsheet with one row
 * per school section (学段) and Chinese or English column headers becomes a
 * {@link CompulsoryDataset}. Cells keep their text as decimal strings (never parsed to floats), and
 * every bad cell is reported with its line and column (`['csv', 'row', N, 'column', '<header>']`)
 * before anything is assessed. Pure and browser-safe: no `node:*`.
 * @module
 */
import { DudaoError, type DudaoIssue, type FieldPath } from '../error.js';
import { csvField } from '../report/csv.js';
import type { County, CountyFact, Survey } from '../schema/common.js';
import { type CompulsoryDataset, type SchoolKind, safeParseCompulsoryDataset } from '../schema/compulsory.js';

/**
 * One record of a CSV file: its cells and the 1-based line of the file where it starts.
 *
 * @category Input
 * @example
 * ```ts
 * const record: CsvRecord = { line: 2, cells: ['s01', '城关小学'] };
 * ```
 */
export interface CsvRecord {
  /** The 1-based line number in the file where the record starts. */
  readonly line: number;
  /** The cells, unquoted, as text. */
  readonly cells: readonly string[];
}

/**
 * Parses CSV text as RFC 4180 (CSV 解析): fields separated by commas, optionally quoted with `"`
 * (a doubled `""` inside quotes is one quote; quoted fields may hold commas and line breaks),
 * records ended by CRLF or LF; a leading UTF-8 byte order mark is dropped. A final line break does
 * not make an empty record.
 *
 * @category Input
 * @param text - the file's text
 * @returns the records with the line each starts on
 * @throws {@link DudaoError} `csv-unclosed-quote` when a quoted field is never closed
 * @example
 * ```ts
 * parseCsvRecords('a,"b,""c"""\r\n1,2\n');
 * //=> [{ line: 1, cells: ['a', 'b,"c"'] }, { line: 2, cells: ['1', '2'] }]
 * ```
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let i = 0;
  const endRecord = (): void => {
    cells.push(field);
    records.push({ line: recordLine, cells });
    cells = [];
    field = '';
  };
  while (i < source.length) {
    const c = source[i] as string;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else field += c;
    i += 1;
  }
  if (quoted) {
    throw new DudaoError([
      {
        code: 'csv-unclosed-quote',
        path: ['csv', 'row', quoteLine],
        message: `a quoted field starting on line ${quoteLine} is never closed`,
        messageZh: `第 ${quoteLine} 行开始的带引号字段没有结束引号`,
      },
    ]);
  }
  if (field !== '' || cells.length > 0) endRecord();
  return records;
}

/**
 * How the cells of a CSV column are read (单元格类型): plain text, a school kind, an ownership, a
 * stage, a count, an area (m²), money (yuan), or a `;`-separated list of areas or counts.
 *
 * @category Input
 * @example
 * ```ts
 * const type: CompulsoryCsvColumnType = 'area-list'; // 音乐专用教室面积: 96;100
 * ```
 */
export type CompulsoryCsvColumnType =
  | 'text'
  | 'kind'
  | 'ownership'
  | 'stage'
  | 'count'
  | 'area'
  | 'money'
  | 'area-list'
  | 'count-list';

/**
 * One column of the compulsory-education CSV (数据列): its Chinese and English headers, the
 * contract field it fills, whether it is required, and what it means.
 *
 * @category Input
 * @example
 * ```ts
 * const column: CompulsoryCsvColumn = COMPULSORY_CSV_COLUMNS[0]; // 学校代码 / school id → id
 * ```
 */
export interface CompulsoryCsvColumn {
  /** The Chinese header, e.g. `在校生数`. */
  readonly zh: string;
  /** The English header, e.g. `pupils` (matched case-insensitively). */
  readonly en: string;
  /** The contract field it fills, e.g. `sections.<stage>.pupils` or `id`. */
  readonly field: string;
  /** How cells are read: text, a kind, an ownership, a stage, a count, an area, money, or a `;`-separated list. */
  readonly type: CompulsoryCsvColumnType;
  /** Whether the header must be present and every cell filled. */
  readonly required: boolean;
  /** What the column means, in Chinese. */
  readonly explanationZh: string;
  /** What the column means, in English. */
  readonly explanationEn: string;
}

const col = (
  zh: string,
  en: string,
  field: string,
  type: CompulsoryCsvColumnType,
  required: boolean,
  explanationZh: string,
  explanationEn: string,
): CompulsoryCsvColumn => ({ zh, en, field, type, required, explanationZh, explanationEn });

/**
 * Every column of the compulsory-education CSV (义务教育数据列), in template order. One row is one
 * school section (学段); rows with the same 学校代码 are one school. Only 学校代码, 学校名称,
 * 学校类型, 办学性质, 学段, 在校生数 and 班级数 are required; an empty optional cell means "not
 * reported" (the indicators needing it are then unknown).
 *
 * @category Input
 * @example
 * ```ts
 * COMPULSORY_CSV_COLUMNS.map((c) => c.zh); //=> ['学校代码', '学校名称', '学校类型', …]
 * ```
 */
export const COMPULSORY_CSV_COLUMNS: readonly CompulsoryCsvColumn[] = [
  col(
    '学校代码',
    'school id',
    'id',
    'text',
    true,
    '学校唯一编号；同一学校的多个学段填同一代码',
    'unique school id; every section of a school repeats it',
  ),
  col('学校名称', 'school name', 'name', 'text', true, '学校名称', 'name of the school'),
  col(
    '学校类型',
    'school kind',
    'kind',
    'kind',
    true,
    '小学、初中、九年一贯制、十二年一贯制、完全中学、教学点、特殊教育学校',
    'primary, junior, nine-year, twelve-year, complete-secondary, teaching-point, special-education',
  ),
  col('办学性质', 'ownership', 'ownership', 'ownership', true, '公办 或 民办', 'public or private'),
  col('乡镇', 'township', 'township', 'text', false, '所在乡镇（可空）', 'township (optional)'),
  col(
    '学段',
    'stage',
    'stage',
    'stage',
    true,
    '本行数据所属学段：小学 或 初中',
    'the section this row reports: primary or junior',
  ),
  col(
    '在校生数',
    'pupils',
    'sections.<stage>.pupils',
    'count',
    true,
    '本学段在校生数',
    'pupils of the section',
  ),
  col(
    '班级数',
    'classes',
    'sections.<stage>.classes',
    'count',
    true,
    '本学段班级数',
    'classes of the section',
  ),
  col(
    '各班人数',
    'class sizes',
    'sections.<stage>.classSizes',
    'count-list',
    false,
    '每班人数，用分号分隔，如 45;44;46',
    'pupils in each class, separated by semicolons, e.g. 45;44;46',
  ),
  col(
    '专任教师数',
    'full-time teachers',
    'sections.<stage>.teachers.fullTime',
    'count',
    false,
    '专任教师数',
    'full-time teachers',
  ),
  col(
    '高于规定学历教师数',
    'teachers above required qualification',
    'sections.<stage>.teachers.aboveRequiredQualification',
    'count',
    false,
    '高于规定学历的专任教师数',
    'full-time teachers above the required qualification',
  ),
  col(
    '县级以上骨干教师数',
    'key teachers county or above',
    'sections.<stage>.teachers.keyCountyOrAbove',
    'count',
    false,
    '县级及以上骨干教师数',
    'key teachers recognised at county level or above',
  ),
  col(
    '体育教师数',
    'pe teachers',
    'sections.<stage>.teachers.pe',
    'count',
    false,
    '体育专任教师数',
    'full-time PE teachers',
  ),
  col(
    '音乐教师数',
    'music teachers',
    'sections.<stage>.teachers.music',
    'count',
    false,
    '音乐专任教师数',
    'full-time music teachers',
  ),
  col(
    '美术教师数',
    'art teachers',
    'sections.<stage>.teachers.art',
    'count',
    false,
    '美术专任教师数',
    'full-time art teachers',
  ),
  col(
    '中级及以上职称教师数',
    'senior title teachers',
    'sections.<stage>.teachers.seniorTitle',
    'count',
    false,
    '具有中级及以上专业技术职务的教师数（基本均衡 2012）',
    'teachers with an intermediate or higher title (basic balance 2012)',
  ),
  col(
    '持证教师数',
    'certified teachers',
    'sections.<stage>.teachers.certified',
    'count',
    false,
    '持有教师资格证的教师数',
    'teachers holding a teacher certificate',
  ),
  col(
    '教学及辅助用房面积',
    'teaching auxiliary area',
    'sections.<stage>.stock.teachingAuxiliaryArea',
    'area',
    false,
    '教学及辅助用房面积，平方米',
    'teaching and auxiliary rooms, m²',
  ),
  col(
    '体育运动场馆面积',
    'sports area',
    'sections.<stage>.stock.sportsArea',
    'area',
    false,
    '体育运动场馆面积，平方米',
    'sports grounds and halls, m²',
  ),
  col(
    '教学仪器设备值(元)',
    'equipment value (yuan)',
    'sections.<stage>.stock.equipmentValue',
    'money',
    false,
    '教学仪器设备值，元',
    'value of teaching equipment, yuan',
  ),
  col(
    '网络多媒体教室数',
    'multimedia classrooms',
    'sections.<stage>.stock.multimediaClassrooms',
    'count',
    false,
    '网络多媒体教室间数',
    'networked multimedia classrooms',
  ),
  col(
    '计算机台数',
    'computers',
    'sections.<stage>.stock.computers',
    'count',
    false,
    '教学用计算机台数（基本均衡 2012）',
    'computers for teaching (basic balance 2012)',
  ),
  col(
    '图书册数',
    'books',
    'sections.<stage>.stock.books',
    'count',
    false,
    '图书册数（基本均衡 2012）',
    'library books (basic balance 2012)',
  ),
  col(
    '音乐专用教室面积',
    'music room areas',
    'sections.<stage>.stock.musicRooms',
    'area-list',
    false,
    '每间音乐专用教室面积，平方米，用分号分隔，如 96;100',
    'area of each music room, m², separated by semicolons, e.g. 96;100',
  ),
  col(
    '美术专用教室面积',
    'art room areas',
    'sections.<stage>.stock.artRooms',
    'area-list',
    false,
    '每间美术专用教室面积，平方米，用分号分隔',
    'area of each art room, m², separated by semicolons',
  ),
  col(
    '高中在校生数',
    'senior pupils',
    'seniorPupils',
    'count',
    false,
    '高中在校生数（十二年一贯制必填，完全中学可填）；同校各行一致',
    'senior pupils (twelve-year schools; complete secondary schools may fill it); the same on every row of a school',
  ),
];

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
 * What {@link compulsoryDatasetFromCsv} needs besides the CSV: the county and year, and the
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

type Row = { readonly line: number; readonly cells: readonly string[] };

interface Draft {
  school: Record<string, unknown>;
  sections: Record<string, Record<string, unknown>>;
  // line of the first row; per stage the line of its row; per school field the line that set it
  line: number;
  stageLines: Record<string, number>;
}

function cellPath(line: number, header: string): FieldPath {
  return ['csv', 'row', line, 'column', header];
}

function shown(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Reads a compulsory-education CSV (义务教育数据 CSV) into a validated {@link CompulsoryDataset}.
 * One row per school section: 学段 is 小学 or 初中 (`primary` or `junior`); rows sharing a 学校代码
 * are merged into one school, and its name, kind, ownership, township and senior pupils must
 * agree. Headers may be Chinese or English (see {@link COMPULSORY_CSV_COLUMNS}); blank lines are
 * skipped. Quantities stay decimal strings exactly as written.
 *
 * Every problem is reported at once, each at `['csv', 'row', N, 'column', header]` (N the 1-based
 * line in the file, header as written): `empty-file`, `unknown-column`, `duplicate-column`,
 * `missing-column`, `wrong-cell-count`, `required`, `not-a-number`, `unknown-school-kind`,
 * `unknown-ownership`, `unknown-stage`, `conflicting-rows`, `duplicate-section`. A table without
 * such problems is then validated as data contract section 1, and those problems (e.g.
 * `not-integer`, `stage-not-allowed`) are mapped back to their row and column where they have one.
 *
 * @category Input
 * @param text - the CSV file's text (UTF-8, a byte order mark is allowed)
 * @param options - county, year, and optional county facts, vetoes and survey
 * @returns the dataset
 * @throws {@link DudaoError} listing every problem
 * @example
 * ```ts
 * const dataset = compulsoryDatasetFromCsv(
 *   '学校代码,学校名称,学校类型,办学性质,学段,在校生数,班级数\ns01,城关小学,小学,公办,小学,812,18\n',
 *   { county: { code: '610328', name: '示例县' }, year: 2021 },
 * );
 * dataset.schools[0]?.sections.primary?.pupils; //=> '812'
 * ```
 */
export function compulsoryDatasetFromCsv(text: string, options: CompulsoryCsvOptions): CompulsoryDataset {
  const records = parseCsvRecords(text).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = records[0];
  if (header === undefined) {
    throw new DudaoError([
      {
        code: 'empty-file',
        path: ['csv'],
        message: 'the CSV file is empty: it needs a header line and at least one row',
        messageZh: 'CSV 文件为空：需要表头行和至少一行数据',
      },
    ]);
  }
  const issues: DudaoIssue[] = [];
  const add = (code: string, path: FieldPath, message: string, messageZh: string): void => {
    issues.push({ code, path, message, messageZh });
  };

  // Header: map each column index to its definition.
  const columns: (CompulsoryCsvColumn | undefined)[] = [];
  const headerOf = new Map<CompulsoryCsvColumn, { index: number; text: string }>();
  let english = 0;
  header.cells.forEach((raw, index) => {
    const text = raw.trim();
    const lower = text.toLowerCase();
    const column = COMPULSORY_CSV_COLUMNS.find((c) => c.zh === text || c.en === lower);
    columns.push(column);
    if (column === undefined) {
      add(
        'unknown-column',
        cellPath(header.line, raw),
        `unknown column ${shown(raw)}`,
        `未知的列 ${shown(raw)}`,
      );
      return;
    }
    if (column.en === lower && column.zh !== text) english += 1;
    if (headerOf.has(column)) {
      add(
        'duplicate-column',
        cellPath(header.line, raw),
        `column ${shown(raw)} appears twice`,
        `列 ${shown(raw)} 重复出现`,
      );
      return;
    }
    headerOf.set(column, { index, text: raw });
  });
  for (const column of COMPULSORY_CSV_COLUMNS) {
    if (!column.required || headerOf.has(column)) continue;
    const name = english > 0 ? column.en : column.zh;
    add(
      'missing-column',
      cellPath(header.line, name),
      `the required column "${column.en}" (${column.zh}) is missing`,
      `缺少必填列「${column.zh}」（${column.en}）`,
    );
  }
  if (issues.length > 0) throw new DudaoError(issues as [DudaoIssue, ...DudaoIssue[]]);
  if (records.length === 1) {
    throw new DudaoError([
      {
        code: 'empty-file',
        path: ['csv'],
        message: 'the CSV file has a header line but no rows',
        messageZh: 'CSV 文件只有表头，没有数据行',
      },
    ]);
  }

  const headerText = (column: CompulsoryCsvColumn): string => headerOf.get(column)?.text ?? column.zh;
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];

  for (const row of records.slice(1) as Row[]) {
    if (row.cells.length !== header.cells.length) {
      add(
        'wrong-cell-count',
        ['csv', 'row', row.line],
        `the row has ${row.cells.length} cells, the header ${header.cells.length}`,
        `该行有 ${row.cells.length} 个单元格，表头有 ${header.cells.length} 个`,
      );
      continue;
    }
    const values = new Map<CompulsoryCsvColumn, unknown>();
    let rowOk = true;
    for (const [column, { index, text: name }] of headerOf) {
      const raw = (row.cells[index] ?? '').trim();
      const path = cellPath(row.line, name);
      if (raw === '') {
        if (column.required) {
          add('required', path, `"${column.en}" is required but empty`, `「${column.zh}」为必填项，不能为空`);
          rowOk = false;
        }
        continue;
      }
      const value = readCell(column, raw, path, add);
      if (value === undefined) rowOk = false;
      else values.set(column, value);
    }
    if (!rowOk) continue;
    mergeRow(row, values, headerText, drafts, order, add);
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
    path: mapSchemaPath(issue.path, order, headerText),
  }));
  throw new DudaoError(mapped as [DudaoIssue, ...DudaoIssue[]]);
}

function readCell(
  column: CompulsoryCsvColumn,
  raw: string,
  path: FieldPath,
  add: (code: string, path: FieldPath, message: string, messageZh: string) => void,
): unknown {
  const lookup = (table: Readonly<Record<string, string>>, code: string, what: string, whatZh: string) => {
    const lower = raw.toLowerCase();
    const key = Object.hasOwn(table, raw) ? raw : Object.hasOwn(table, lower) ? lower : undefined;
    if (key !== undefined) return table[key];
    const allowed = Object.keys(table).join(', ');
    add(
      code,
      path,
      `unknown ${what} ${shown(raw)} (allowed: ${allowed})`,
      `未知的${whatZh} ${shown(raw)}（允许：${allowed}）`,
    );
    return undefined;
  };
  const notANumber = (): undefined => {
    add(
      'not-a-number',
      path,
      `"${column.en}" must be a number (got ${shown(raw)})`,
      `「${column.zh}」必须是数字（实际为 ${shown(raw)}）`,
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
    case 'money':
      return number(raw);
    case 'area-list':
    case 'count-list': {
      const parts = raw.split(/[;；]/).map((p) => p.trim());
      return parts.every((p) => DECIMAL_TEXT.test(p)) ? parts : notANumber();
    }
  }
}

function mergeRow(
  row: Row,
  values: Map<CompulsoryCsvColumn, unknown>,
  headerText: (column: CompulsoryCsvColumn) => string,
  drafts: Map<string, Draft>,
  order: Draft[],
  add: (code: string, path: FieldPath, message: string, messageZh: string) => void,
): void {
  const byField = new Map<string, unknown>();
  for (const [column, value] of values) byField.set(column.field, value);
  const columnOf = (field: string): CompulsoryCsvColumn =>
    COMPULSORY_CSV_COLUMNS.find((c) => c.field === field) as CompulsoryCsvColumn;
  const id = byField.get('id') as string;
  const stage = byField.get('stage') as 'primary' | 'junior';
  let draft = drafts.get(id);
  if (draft === undefined) {
    const school: Record<string, unknown> = { id, sections: {} };
    for (const field of ['name', 'kind', 'ownership', 'township', 'seniorPupils']) {
      if (byField.has(field)) school[field] = byField.get(field);
    }
    draft = {
      school,
      sections: school.sections as Record<string, Record<string, unknown>>,
      line: row.line,
      stageLines: {},
    };
    drafts.set(id, draft);
    order.push(draft);
  } else {
    for (const field of ['name', 'kind', 'ownership', 'township', 'seniorPupils']) {
      const mine = byField.get(field);
      const theirs = draft.school[field];
      if (mine === theirs) continue;
      const column = columnOf(field);
      add(
        'conflicting-rows',
        cellPath(row.line, headerText(column)),
        `school "${id}" has ${shown(String(mine ?? ''))} here but ${shown(String(theirs ?? ''))} on line ${draft.line}`,
        `学校 "${id}" 此处为 ${shown(String(mine ?? ''))}，第 ${draft.line} 行为 ${shown(String(theirs ?? ''))}`,
      );
    }
    if (draft.sections[stage] !== undefined) {
      add(
        'duplicate-section',
        cellPath(row.line, headerText(columnOf('stage'))),
        `school "${id}" already has a ${stage} row on line ${draft.stageLines[stage]}`,
        `学校 "${id}" 的${stage === 'primary' ? '小学' : '初中'}学段已在第 ${draft.stageLines[stage]} 行填报`,
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
  draft.stageLines[stage] = row.line;
}

// Maps a path of the assembled dataset back to the CSV cell it came from.
function mapSchemaPath(
  path: FieldPath,
  order: readonly Draft[],
  headerText: (column: CompulsoryCsvColumn) => string,
): FieldPath {
  if (path[0] !== 'schools' || typeof path[1] !== 'number') return path;
  const draft = order[path[1]];
  if (draft === undefined) return path;
  const rest = path.slice(2);
  const cell = (line: number, field: string): FieldPath => {
    const column = COMPULSORY_CSV_COLUMNS.find((c) => c.field === field);
    return column === undefined ? ['csv', 'row', line] : cellPath(line, headerText(column));
  };
  if (rest[0] === 'sections') {
    const stage = rest[1];
    const line = typeof stage === 'string' ? draft.stageLines[stage] : undefined;
    if (line === undefined) return ['csv', 'row', draft.line];
    if (rest.length <= 2) return cell(line, 'stage');
    const field =
      rest[2] === 'teachers' || rest[2] === 'stock' ? `${rest[2]}.${String(rest[3])}` : String(rest[2]);
    return cell(line, `sections.<stage>.${field}`);
  }
  if (typeof rest[0] === 'string') return cell(draft.line, rest[0]);
  return ['csv', 'row', draft.line];
}

/**
 * An empty compulsory-education CSV template (义务教育数据模板): the header line, and a Markdown
 * table explaining each column, both in the chosen language.
 *
 * @category Input
 * @param options - `lang`: `zh` (default) for Chinese headers, `en` for English headers
 * @returns `csv`: the header line ended by CRLF; `explanation`: Markdown, one table row per column
 * @example
 * ```ts
 * compulsoryCsvTemplate({ lang: 'zh' }).csv.startsWith('学校代码,学校名称,学校类型'); //=> true
 * ```
 */
export function compulsoryCsvTemplate(
  options: {
    /** Language of the headers and the explanation: `zh` (default) or `en`. */
    readonly lang?: 'zh' | 'en';
  } = {},
): {
  /** The header line, ended by CRLF. */
  readonly csv: string;
  /** A Markdown table explaining every column. */
  readonly explanation: string;
} {
  const zh = options.lang !== 'en';
  const csv = `${COMPULSORY_CSV_COLUMNS.map((c) => csvField(zh ? c.zh : c.en)).join(',')}\r\n`;
  const cellText = (text: string): string => text.replaceAll('|', '\\|');
  const lines = zh
    ? [
        '# 义务教育数据模板：各列说明',
        '',
        '每行填报一所学校的一个学段（小学或初中）；九年一贯制等学校的两个学段各占一行，学校代码相同。数字按原样填写，不要加千位分隔符。',
        '',
        '| 列名 | 英文列名 | 必填 | 说明 |',
        '| --- | --- | --- | --- |',
        ...COMPULSORY_CSV_COLUMNS.map(
          (c) =>
            `| ${cellText(c.zh)} | ${cellText(c.en)} | ${c.required ? '是' : '否'} | ${cellText(c.explanationZh)} |`,
        ),
      ]
    : [
        '# Compulsory-education data template: the columns',
        '',
        'One row per school section (primary or junior); the two sections of a nine-year school are two rows with the same school id. Write numbers as they are, without thousands separators.',
        '',
        '| Column | Chinese column | Required | Meaning |',
        '| --- | --- | --- | --- |',
        ...COMPULSORY_CSV_COLUMNS.map(
          (c) =>
            `| ${cellText(c.en)} | ${cellText(c.zh)} | ${c.required ? 'yes' : 'no'} | ${cellText(c.explanationEn)} |`,
        ),
      ];
  return { csv, explanation: `${lines.join('\n')}\n` };
}
