/**
 * The county workbook (县域填报工作簿): one spreadsheet a county fills completely — the school
 * sheet, the county-level indicators (县级指标), the vetoes (一票否决), the satisfaction survey
 * (社会认可度) and a sheet explaining every column (填表说明) — and the reader that turns the filled
 * workbook back into a validated dataset, every bad cell placed at its sheet, row and column.
 * Pure and browser-safe: the sheets come in as rows of cells and go out as tables; writing and
 * reading the `.xlsx` file itself is the caller's job.
 * @module
 */
import { DudaoError, type DudaoIssue, type FieldPath } from '../error.js';
import { eachOf, expectKind, expectOneOf, expectShape, langOf, optionsOf } from '../guard.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { Indicator, IndicatorSet, Label } from '../indicators/types.js';
import type { MoneyUnit } from '../schema/common.js';
import {
  type County,
  type CountyFact,
  countyFactSchema,
  type Survey,
  surveySchema,
} from '../schema/common.js';
import type { CompulsoryDataset } from '../schema/compulsory.js';
import { safeParseWithSchema } from '../schema/parse.js';
import { type PreschoolDataset, safeParsePreschoolDataset } from '../schema/preschool.js';
import { COMPULSORY_CSV_COLUMNS, type CompulsoryCsvColumn, headerKey } from './compulsory-columns.js';
import {
  compulsoryDatasetFromSheet,
  type SheetRows,
  type TableCell,
  tableCellText,
} from './compulsory-reader.js';
import {
  kindergartenCellPath,
  PRESCHOOL_COLUMNS,
  PRESCHOOL_OWNERSHIP_CHOICES,
  readKindergartenSheet,
  YES_NO_CHOICES,
} from './preschool-sheet.js';
import { type AddIssue, shownText, wanYuanHeader } from './sheet-header.js';
import type { WorkbookTable } from './table.js';

/**
 * A drop-down list (下拉列表) on a column of a sheet: the cells of rows `fromRow` to `toRow`
 * (1-based, inclusive) of the 0-based `column` accept only `values` (spreadsheet data
 * validation).
 *
 * @category Input
 * @example
 * ```ts
 * const list: DropDownList = { sheet: '学校数据', column: 3, fromRow: 2, toRow: 2000, values: ['公办', '民办'] };
 * ```
 */
export interface DropDownList {
  /** The sheet's name, e.g. `学校数据`. */
  readonly sheet: string;
  /** The 0-based column index (0 is column A). */
  readonly column: number;
  /** The first row it applies to (1-based). */
  readonly fromRow: number;
  /** The last row it applies to (1-based, inclusive). */
  readonly toRow: number;
  /** The values offered, e.g. `['达到', '未达到']`. */
  readonly values: readonly string[];
}

/**
 * A county workbook template (县域填报工作簿模板): the sheets as tables, and the drop-down lists
 * of their coded columns.
 *
 * @category Input
 * @example
 * ```ts
 * const template: CountyWorkbookTemplate = countyWorkbookTemplate(compulsoryQuality2017);
 * template.tables.map((t) => t.name); //=> ['学校数据', '县级指标', '一票否决', '社会认可度', '填表说明']
 * ```
 */
export interface CountyWorkbookTemplate {
  /** The sheets, in workbook order. */
  readonly tables: readonly WorkbookTable[];
  /** The drop-down lists of coded columns. */
  readonly dropDowns: readonly DropDownList[];
}

/**
 * The names of the sheets of a county workbook (工作表名称).
 *
 * @category Input
 * @example
 * ```ts
 * COUNTY_WORKBOOK_SHEETS.county; //=> '县级指标'
 * ```
 */
export const COUNTY_WORKBOOK_SHEETS = {
  /** The school sheet (学校数据; `schools` with English headers). */
  schools: '学校数据',
  /** The kindergarten sheet (幼儿园数据; `kindergartens` with English headers). */
  kindergartens: '幼儿园数据',
  /** County-level indicators. */
  county: '县级指标',
  /** Vetoes. */
  vetoes: '一票否决',
  /** The satisfaction survey. */
  survey: '社会认可度',
  /** What every column means. */
  guide: '填表说明',
} as const;

// Rows of the school sheet that get drop-down lists: a county has at most a few thousand sections.
const SCHOOL_ROWS = 5000;

const MET = '达到';
const UNMET = '未达到';
const HAPPENED = '存在';
const NOT_HAPPENED = '不存在';

const JUDGEMENTS: Readonly<Record<string, boolean>> = {
  达到: true,
  未达到: false,
  是: true,
  否: false,
  met: true,
  'not met': false,
  yes: true,
  no: false,
};
const VETO_ANSWERS: Readonly<Record<string, boolean>> = {
  存在: true,
  不存在: false,
  有: true,
  无: false,
  是: true,
  否: false,
  yes: true,
  no: false,
};

const KIND_CHOICES = {
  zh: ['小学', '初中', '九年一贯制', '十二年一贯制', '完全中学', '教学点', '特殊教育学校'],
  en: [
    'primary',
    'junior',
    'nine-year',
    'twelve-year',
    'complete-secondary',
    'teaching-point',
    'special-education',
  ],
} as const;
const OWNERSHIP_CHOICES = { zh: ['公办', '民办'], en: ['public', 'private'] } as const;
const STAGE_CHOICES = { zh: ['小学', '初中'], en: ['primary', 'junior'] } as const;

/** One column of the county-level sheets: its header, how it is filled and what it means. */
interface GuideColumn {
  readonly zh: string;
  readonly en: string;
  readonly unit: Label | null;
  readonly required: boolean;
  readonly example: string;
  readonly explanationZh: string;
  readonly explanationEn: string;
}

const guide = (
  zh: string,
  en: string,
  required: boolean,
  example: string,
  explanationZh: string,
  explanationEn: string,
  unit: Label | null = null,
): GuideColumn => ({ zh, en, unit, required, example, explanationZh, explanationEn });

const COUNTY_COLUMNS = {
  id: guide(
    '指标代码',
    'indicator id',
    true,
    'teacher-exchange',
    '指标代码，勿修改',
    'indicator id; do not change it',
  ),
  name: guide(
    '指标名称',
    'indicator',
    false,
    '每年交流轮岗教师比例',
    '指标名称（参考）',
    'name of the indicator (for reference)',
  ),
  value: guide(
    '数值',
    'value',
    false,
    '12.5',
    '指标的数值，单位见“单位”列（百分比填 12.5 表示 12.5%）；留空表示未填报（该指标无法判定），不是 0',
    'the value in the unit of the unit column (12.5 means 12.5 %); empty means not given (the indicator stays unknown), not zero',
  ),
  judgement: guide(
    '达到/未达到',
    'met / not met',
    false,
    MET,
    '依佐证材料判定：达到 或 未达到（下拉选择）；与“数值”二选一',
    'judgement on evidence: 达到 (met) or 未达到 (not met), from the drop-down; either this or the value',
  ),
  note: guide(
    '佐证说明',
    'note',
    false,
    '规划已批复',
    '判定所依据的材料（可空）',
    'the evidence for the judgement (optional)',
  ),
  unit: guide('单位', 'unit', false, '%', '数值的单位（参考）', 'unit of the value (for reference)'),
  standard: guide('标准', 'standard', false, '≥ 10', '评估标准（参考）', 'the standard (for reference)'),
  how: guide(
    '填写方式',
    'how to fill',
    false,
    '填数值，或填达到/未达到',
    '本行应如何填写（参考）',
    'how to fill the row (for reference)',
  ),
  source: guide(
    '依据',
    'source',
    false,
    '教督〔2017〕6号',
    '标准出处（参考）',
    'where the standard is published (for reference)',
  ),
} as const;

const VETO_COLUMNS = {
  id: guide(
    '代码',
    'id',
    true,
    'exam-admission',
    '一票否决事项代码，勿修改',
    'id of the veto; do not change it',
  ),
  name: guide(
    '一票否决情形',
    'veto',
    false,
    '以考试方式招生',
    '一票否决情形（参考）',
    'the veto condition (for reference)',
  ),
  answer: guide(
    '存在/不存在',
    'occurred',
    false,
    NOT_HAPPENED,
    '该情形是否存在：存在 或 不存在（下拉选择）；留空表示未填报（无法判定）',
    'whether it occurred: 存在 (yes) or 不存在 (no), from the drop-down; empty means not given (unknown)',
  ),
  note: guide(
    '说明',
    'note',
    false,
    '',
    '说明（仅保存在工作簿中，不进入数据集）',
    'a note (kept in the workbook only; the dataset has no field for it)',
  ),
  source: guide(
    '依据',
    'source',
    false,
    '教督〔2017〕6号',
    '出处（参考）',
    'where it is published (for reference)',
  ),
} as const;

const SURVEY_COLUMNS = {
  respondents: guide(
    '调查人数',
    'respondents',
    false,
    '1200',
    '社会认可度调查的有效样本人数（大于 0）；两格都空表示未调查',
    'valid respondents of the satisfaction survey (above 0); both cells empty means no survey',
    { zh: '人', en: 'persons' },
  ),
  satisfied: guide(
    '满意人数',
    'satisfied',
    false,
    '1068',
    '表示满意（含比较满意）的人数，不超过调查人数',
    'respondents satisfied (including fairly satisfied), at most the respondents',
    { zh: '人', en: 'persons' },
  ),
  note: guide('说明', 'note', false, '', '说明（可空）', 'a note (optional)'),
} as const;

/** The row of 县级指标 that holds the preschool dataset's 学前三年适龄人口 (not an indicator). */
const POPULATION_ID = 'populationAged3to5';

// Metrics that read only countyFacts; the others compute the indicator from the schools when no
// fact is given.
const FACT_ONLY_METRICS = new Set([
  'county-fact-judgement',
  'county-fact-value',
  'county-fact-ratio',
  'county-fact-percent',
  'lowest-school-percent',
]);

const COMPARATOR_SIGN: Readonly<Record<string, string>> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };
const STAGE_ZH: Readonly<Record<string, string>> = {
  all: '',
  primary: '小学',
  junior: '初中',
  kindergarten: '幼儿园',
};

function isCountyRow(indicator: Indicator): boolean {
  return (
    indicator.scope === 'county' &&
    indicator.aspect !== 'veto' &&
    indicator.metric !== 'veto-flag' &&
    indicator.metric !== 'survey-satisfaction'
  );
}

function isVeto(indicator: Indicator): boolean {
  return indicator.scope === 'county' && indicator.metric === 'veto-flag';
}

function standardOf(indicator: Indicator): string {
  if (indicator.comparator === 'bool') return MET;
  if (indicator.comparator === 'none') return '—';
  const sign = COMPARATOR_SIGN[indicator.comparator] ?? indicator.comparator;
  const parts = Object.entries(indicator.thresholds)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(
      ([stage, threshold]) => `${STAGE_ZH[stage] ?? stage}${STAGE_ZH[stage] ? ' ' : ''}${sign} ${threshold}`,
    );
  return parts.length === 0 ? '由省级确定' : parts.join('；');
}

// A provincial parameter without a national threshold: a figure cannot decide it, a judgement can.
function lacksThreshold(indicator: Indicator): boolean {
  const t = indicator.thresholds;
  return (
    indicator.provincialThreshold === true &&
    t.all === undefined &&
    t.primary === undefined &&
    t.junior === undefined &&
    t.kindergarten === undefined
  );
}

function howOf(indicator: Indicator): string {
  if (indicator.comparator === 'bool') return `填${MET}/${UNMET}`;
  if (lacksThreshold(indicator)) return `填${MET}/${UNMET}（阈值由省级确定；用省级指标体系时可填数值）`;
  if (FACT_ONLY_METRICS.has(indicator.metric)) return `填数值，或填${MET}/${UNMET}`;
  return `可空（由学校数据计算）；或填数值，或填${MET}/${UNMET}`;
}

function sourceOf(indicator: Indicator): string {
  const { document, clause } = indicator.source;
  return clause === undefined || clause === '' ? document : `${document} ${clause}`;
}

/**
 * The county workbook template (县域填报工作簿模板) of an indicator set: everything a county fills
 * for an assessment, in one spreadsheet.
 *
 * - 学校数据 (`schools` with English headers; compulsory sets): one row per school section, the
 *   columns of {@link COMPULSORY_CSV_COLUMNS}; the money column's header states the unit chosen
 *   here (`教学仪器设备值(元)` or `教学仪器设备值(万元)`).
 * - 幼儿园数据 (`kindergartens`; preschool sets): one row per kindergarten, the columns of
 *   {@link PRESCHOOL_COLUMNS}; 学前三年适龄人口 is then the first row of 县级指标. The preschool
 *   data has no money column, so `moneyUnit` changes nothing there.
 * - 县级指标: one row per county-level indicator of the set, generated from the set (id, Chinese
 *   name, a value column, or 达到/未达到 with a note, unit, standard, how to fill, source).
 * - 一票否决: one row per veto of the set, 存在/不存在 and a note (left out when the set has none).
 * - 社会认可度: respondents and satisfied (left out when the set has no survey indicator).
 * - 填表说明: every column of every sheet explained in Chinese and English.
 *
 * Coded columns (学校类型, 办学性质, 学段, 办园性质, 寄宿制, 达到/未达到, 存在/不存在) come with
 * drop-down lists. {@link compulsoryDatasetFromWorkbook} and {@link preschoolDatasetFromWorkbook}
 * read the filled workbook back.
 *
 * @category Input
 * @param set - a compulsory-education or preschool indicator set, e.g. {@link compulsoryQuality2017}
 * @param options - `lang` of the school sheet's headers (`zh` default, `en`); `moneyUnit` of the
 *   money columns (`元` default, `万元`: the dataset's {@link MoneyUnit})
 * @returns the tables and their drop-down lists
 * @throws {@link DudaoError} when the set or an option is invalid, or the set is a supervision-reform one
 * @example
 * ```ts
 * const template = countyWorkbookTemplate(compulsoryQuality2017, { moneyUnit: '万元' });
 * template.tables[0]?.columns.includes('教学仪器设备值(万元)'); //=> true
 * template.tables[1]?.rows[0]?.[0]; //=> 'basic-balance-3-years'
 * ```
 */
export function countyWorkbookTemplate(
  set: IndicatorSet,
  options: {
    /** Language of the school sheet's headers: `zh` (default) or `en`. */
    readonly lang?: 'zh' | 'en';
    /** Unit of money columns, stated in their header: `元` (default) or `万元`; the reader converts 万元 exactly. */
    readonly moneyUnit?: MoneyUnit;
  } = {},
): CountyWorkbookTemplate {
  expectIndicatorSet(set);
  const opts = optionsOf(options, { lang: 'string', moneyUnit: 'string' });
  const lang = langOf(opts.lang);
  const moneyUnit = opts.moneyUnit ?? '元';
  expectOneOf(moneyUnit, ['元', '万元'] as const, ['options', 'moneyUnit']);
  const preschool = expectProgramme(set) === 'preschool';
  const zh = lang === 'zh';
  const wan = moneyUnit === '万元';
  const tables: WorkbookTable[] = [];
  const dropDowns: DropDownList[] = [];
  const guideRows: (string | null)[][] = [];
  const both = (label: Label | null): string | null => (label === null ? null : `${label.zh} / ${label.en}`);
  const explain = (sheet: string, header: string, c: GuideColumn): void => {
    guideRows.push([
      sheet,
      header,
      both(c.unit),
      c.required ? '是 / yes' : '否 / no',
      c.example === '' ? null : c.example,
      c.explanationZh,
      c.explanationEn,
    ]);
  };

  if (preschool) {
    const sheet = zh ? COUNTY_WORKBOOK_SHEETS.kindergartens : 'kindergartens';
    tables.push({ name: sheet, columns: PRESCHOOL_COLUMNS.map((c) => (zh ? c.zh : c.en)), rows: [] });
    const ownership = PRESCHOOL_COLUMNS.findIndex((c) => c.type === 'ownership');
    const boarding = PRESCHOOL_COLUMNS.findIndex((c) => c.type === 'yes-no');
    dropDowns.push({
      sheet,
      column: ownership,
      fromRow: 2,
      toRow: SCHOOL_ROWS,
      values: zh
        ? PRESCHOOL_OWNERSHIP_CHOICES
        : ['public-education', 'public-other', 'private-inclusive', 'private-other'],
    });
    dropDowns.push({
      sheet,
      column: boarding,
      fromRow: 2,
      toRow: SCHOOL_ROWS,
      values: zh ? YES_NO_CHOICES : ['yes', 'no'],
    });
    for (const c of PRESCHOOL_COLUMNS) explain(sheet, zh ? c.zh : c.en, c);
  } else {
    const headerOf = (c: CompulsoryCsvColumn): string => {
      const header = zh ? c.zh : c.en;
      return c.type === 'money' && wan ? wanYuanHeader(header) : header;
    };
    const schoolSheet = zh ? COUNTY_WORKBOOK_SHEETS.schools : 'schools';
    tables.push({ name: schoolSheet, columns: COMPULSORY_CSV_COLUMNS.map(headerOf), rows: [] });
    const choices = zh ? 'zh' : 'en';
    for (const [type, values] of [
      ['kind', KIND_CHOICES[choices]],
      ['ownership', OWNERSHIP_CHOICES[choices]],
      ['stage', STAGE_CHOICES[choices]],
    ] as const) {
      const column = COMPULSORY_CSV_COLUMNS.findIndex((c) => c.type === type);
      dropDowns.push({ sheet: schoolSheet, column, fromRow: 2, toRow: SCHOOL_ROWS, values });
    }
    for (const c of COMPULSORY_CSV_COLUMNS) {
      const money = c.type === 'money' && wan;
      explain(schoolSheet, headerOf(c), {
        zh: c.zh,
        en: c.en,
        unit: money ? { zh: '万元', en: '10k yuan' } : c.unit,
        required: c.required,
        example: money ? '180' : c.example,
        explanationZh: money
          ? c.explanationZh.replace('，元', '，万元（读取时精确换算为元）')
          : c.explanationZh,
        explanationEn: money
          ? c.explanationEn.replace(', yuan', ', 10k yuan (converted exactly to yuan when read)')
          : c.explanationEn,
      });
    }
  }

  const countyIndicators = set.indicators.filter(isCountyRow);
  const county = COUNTY_WORKBOOK_SHEETS.county;
  tables.push({
    name: county,
    columns: Object.values(COUNTY_COLUMNS).map((c) => c.zh),
    rows: [
      ...(preschool
        ? [
            [
              POPULATION_ID,
              '学前三年适龄人口（常住）',
              null,
              null,
              null,
              '人',
              '—',
              '数值（毛入园率的分母）；未公布时留空，毛入园率为无法判定',
              '教督〔2020〕1号',
            ],
          ]
        : []),
      ...countyIndicators.map((i) => [
        i.id,
        i.name.zh,
        null,
        null,
        null,
        i.unit?.zh ?? null,
        standardOf(i),
        howOf(i),
        sourceOf(i),
      ]),
    ],
  });
  if (countyIndicators.length > 0) {
    dropDowns.push({
      sheet: county,
      column: 3,
      fromRow: 2,
      toRow: countyIndicators.length + (preschool ? 2 : 1),
      values: [MET, UNMET],
    });
  }
  for (const c of Object.values(COUNTY_COLUMNS)) explain(county, c.zh, c);

  const vetoes = set.indicators.filter(isVeto);
  if (vetoes.length > 0) {
    const sheet = COUNTY_WORKBOOK_SHEETS.vetoes;
    tables.push({
      name: sheet,
      columns: Object.values(VETO_COLUMNS).map((c) => c.zh),
      rows: vetoes.map((i) => [i.id, i.name.zh, null, null, sourceOf(i)]),
    });
    dropDowns.push({
      sheet,
      column: 2,
      fromRow: 2,
      toRow: vetoes.length + 1,
      values: [HAPPENED, NOT_HAPPENED],
    });
    for (const c of Object.values(VETO_COLUMNS)) explain(sheet, c.zh, c);
  }

  if (set.indicators.some((i) => i.metric === 'survey-satisfaction')) {
    const sheet = COUNTY_WORKBOOK_SHEETS.survey;
    tables.push({ name: sheet, columns: Object.values(SURVEY_COLUMNS).map((c) => c.zh), rows: [] });
    for (const c of Object.values(SURVEY_COLUMNS)) explain(sheet, c.zh, c);
  }

  tables.push({
    name: COUNTY_WORKBOOK_SHEETS.guide,
    columns: [
      '工作表 / Sheet',
      '列名 / Column',
      '单位 / Unit',
      '必填 / Required',
      '示例 / Example',
      '说明',
      'Meaning',
    ],
    rows: guideRows,
  });
  return { tables, dropDowns };
}

function expectProgramme(set: IndicatorSet): 'compulsory' | 'preschool' {
  if (set.programme === 'compulsory-basic' || set.programme === 'compulsory-quality') return 'compulsory';
  if (set.programme === 'preschool') return 'preschool';
  throw new DudaoError([
    {
      code: 'wrong-programme',
      path: ['set', 'programme'],
      message: `set "${set.id}" is for ${set.programme}; the county workbook is for compulsory education and preschool sets`,
      messageZh: `指标体系 "${set.id}" 属于 ${set.programme}；县域填报工作簿用于义务教育和学前教育指标体系`,
    },
  ]);
}

/**
 * What {@link compulsoryDatasetFromWorkbook} needs besides the sheets: the county and year, and
 * optionally the indicator set the workbook was written for, against which the indicator and
 * veto ids are checked.
 *
 * @category Input
 * @example
 * ```ts
 * const options: CountyWorkbookOptions = {
 *   county: { code: '610328', name: '示例县' },
 *   year: 2021,
 *   set: compulsoryQuality2017,
 * };
 * ```
 */
export interface CountyWorkbookOptions {
  /** The county (县): code and name, optionally province and city. */
  readonly county: County;
  /** The year (年度) of the data. */
  readonly year: number;
  /** The indicator set: when given, unknown ids are errors and judgement-only rows refuse numbers. */
  readonly set?: IndicatorSet;
}

interface SheetReader {
  readonly name: string;
  readonly header: number;
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
}

const cellPath = (sheet: string, row: number, column: string): FieldPath => [
  'sheet',
  sheet,
  'row',
  row,
  'column',
  column,
];

// The rows of a sheet as trimmed text, its header row (the first with any text) mapped to the
// known columns (by Chinese or English header), and the data rows that have any text.
function readSheet(
  sheet: SheetRows,
  known: Readonly<Record<string, GuideColumn>>,
  required: readonly string[],
  add: AddIssue,
): SheetReader | undefined {
  const rows = sheet.rows
    .map((cells, i) => ({ row: i + 1, cells: cells.map((c: TableCell) => tableCellText(c)) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...data] = rows;
  if (header === undefined) return undefined;
  const columns = new Map<string, number>();
  header.cells.forEach((text, index) => {
    const key = headerKey(text);
    for (const [field, c] of Object.entries(known)) {
      if (headerKey(c.zh) === key || headerKey(c.en) === key) {
        if (!columns.has(field)) columns.set(field, index);
      }
    }
  });
  let complete = true;
  for (const field of required) {
    if (columns.has(field)) continue;
    const c = known[field] as GuideColumn;
    complete = false;
    add(
      'missing-column',
      cellPath(sheet.name, header.row, c.zh),
      `sheet "${sheet.name}": the required column "${c.en}" (${c.zh}) is missing`,
      `工作表「${sheet.name}」缺少必填列「${c.zh}」（${c.en}）`,
    );
  }
  return complete ? { name: sheet.name, header: header.row, columns, rows: data } : undefined;
}

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function lookup(table: Readonly<Record<string, boolean>>, raw: string): boolean | undefined {
  const key = Object.hasOwn(table, raw) ? raw : raw.toLowerCase();
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

interface CountyRead {
  readonly facts: Record<string, CountyFact>;
  /** Preschool: 学前三年适龄人口 and the cell it came from. */
  population?: { readonly value: string; readonly path: FieldPath };
  /** Preschool: the row of 学前三年适龄人口, for its problems. */
  populationPath?: FieldPath;
}

function readCountySheet(
  sheet: SheetRows,
  set: IndicatorSet | undefined,
  preschool: boolean,
  add: AddIssue,
): CountyRead {
  const facts: Record<string, CountyFact> = {};
  const read: CountyRead = { facts };
  const reader = readSheet(sheet, COUNTY_COLUMNS, ['id'], add);
  if (reader === undefined) return read;
  const byId = new Map((set?.indicators ?? []).map((i) => [i.id, i] as const));
  const seen = new Map<string, number>();
  const text = (cells: readonly string[], field: string): string => {
    const index = reader.columns.get(field);
    return index === undefined ? '' : (cells[index] ?? '');
  };
  for (const { row, cells } of reader.rows) {
    const at = (c: GuideColumn): FieldPath => cellPath(sheet.name, row, c.zh);
    const id = text(cells, 'id');
    const value = text(cells, 'value');
    const judgement = text(cells, 'judgement');
    const note = text(cells, 'note');
    if (id === '') {
      if (value !== '' || judgement !== '' || note !== '') {
        add(
          'required',
          at(COUNTY_COLUMNS.id),
          'the indicator id is required on a filled row',
          '已填写的行必须有指标代码',
        );
      }
      continue;
    }
    if (preschool && id === POPULATION_ID) {
      const path = at(COUNTY_COLUMNS.value);
      read.populationPath = path;
      if (judgement !== '') {
        add(
          'not-a-number',
          at(COUNTY_COLUMNS.judgement),
          '学前三年适龄人口 is a number, not 达到/未达到',
          '学前三年适龄人口应填数值，不填达到/未达到',
        );
      } else if (value !== '' && !DECIMAL_TEXT.test(value)) {
        add(
          'not-a-number',
          path,
          `"value" must be a number (got ${shownText(value)})`,
          `「数值」必须是数字（实际为 ${shownText(value)}）`,
        );
      } else if (value !== '') read.population = { value, path };
      continue;
    }
    const indicator = byId.get(id);
    if ((set !== undefined || id === POPULATION_ID) && (indicator === undefined || !isCountyRow(indicator))) {
      add(
        'unknown-indicator',
        at(COUNTY_COLUMNS.id),
        `"${id}" is not a county-level indicator${set === undefined ? '' : ` of ${set.id}`}`,
        `"${id}" 不是${set === undefined ? '' : `指标体系 ${set.id} 的`}县级指标`,
      );
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      add(
        'duplicate-id',
        at(COUNTY_COLUMNS.id),
        `indicator "${id}" is already on row ${earlier}`,
        `指标 "${id}" 已在第 ${earlier} 行填写`,
      );
      continue;
    }
    seen.set(id, row);
    if (value === '' && judgement === '') {
      // Empty means not given: the indicator stays unknown. A note alone decides nothing.
      if (note !== '') {
        add(
          'required',
          at(COUNTY_COLUMNS.judgement),
          `a note needs ${MET} (met) or ${UNMET} (not met) beside it`,
          `填写了佐证说明，还需选择${MET}或${UNMET}`,
        );
      }
      continue;
    }
    if (value !== '' && judgement !== '') {
      add(
        'value-and-judgement',
        at(COUNTY_COLUMNS.judgement),
        `give either a value or ${MET}/${UNMET}, not both`,
        `数值与${MET}/${UNMET}只能填其一`,
      );
      continue;
    }
    let fact: unknown;
    let where: FieldPath;
    if (judgement !== '') {
      where = at(COUNTY_COLUMNS.judgement);
      const met = lookup(JUDGEMENTS, judgement);
      if (met === undefined) {
        add(
          'unknown-choice',
          where,
          `"met / not met" must be ${MET} or ${UNMET} (got ${shownText(judgement)})`,
          `「达到/未达到」只能填${MET}或${UNMET}（实际为 ${shownText(judgement)}）`,
        );
        continue;
      }
      fact = note === '' ? { met } : { met, note };
    } else {
      where = at(COUNTY_COLUMNS.value);
      if (indicator?.comparator === 'bool') {
        add(
          'judgement-required',
          where,
          `"${id}" is judged on evidence: choose ${MET} or ${UNMET} instead of a number`,
          `"${id}" 依佐证材料判定：请选择${MET}或${UNMET}，不要填数值`,
        );
        continue;
      }
      if (indicator !== undefined && lacksThreshold(indicator)) {
        // A national set leaves this threshold to the province: a figure cannot be decided.
        add(
          'judgement-required',
          where,
          `"${id}" has no threshold in ${set?.id ?? 'this set'} (a province sets it): choose ${MET} or ${UNMET}, or assess with a provincial set`,
          `"${id}" 在 ${set?.id ?? '该指标体系'} 中没有阈值（由省级确定）：请选择${MET}或${UNMET}，或使用省级指标体系`,
        );
        continue;
      }
      if (!DECIMAL_TEXT.test(value)) {
        add(
          'not-a-number',
          where,
          `"value" must be a number (got ${shownText(value)})`,
          `「数值」必须是数字（实际为 ${shownText(value)}）`,
        );
        continue;
      }
      fact = { value };
    }
    const parsed = safeParseWithSchema(countyFactSchema, fact);
    if (parsed.success) facts[id] = parsed.data;
    else for (const issue of parsed.error.issues) add(issue.code, where, issue.message, issue.messageZh);
  }
  return read;
}

function readVetoSheet(
  sheet: SheetRows,
  set: IndicatorSet | undefined,
  add: AddIssue,
): Record<string, boolean> {
  const vetoes: Record<string, boolean> = {};
  const reader = readSheet(sheet, VETO_COLUMNS, ['id', 'answer'], add);
  if (reader === undefined) return vetoes;
  const known = new Set((set?.indicators ?? []).filter(isVeto).map((i) => i.id));
  const seen = new Map<string, number>();
  for (const { row, cells } of reader.rows) {
    const at = (c: GuideColumn): FieldPath => cellPath(sheet.name, row, c.zh);
    const id = cells[reader.columns.get('id') as number] ?? '';
    const answer = cells[reader.columns.get('answer') as number] ?? '';
    if (id === '') {
      if (answer !== '')
        add(
          'required',
          at(VETO_COLUMNS.id),
          'the veto id is required on a filled row',
          '已填写的行必须有代码',
        );
      continue;
    }
    if (set !== undefined && !known.has(id)) {
      add(
        'unknown-indicator',
        at(VETO_COLUMNS.id),
        `"${id}" is not a veto of ${set.id}`,
        `"${id}" 不是指标体系 ${set.id} 的一票否决事项`,
      );
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      add(
        'duplicate-id',
        at(VETO_COLUMNS.id),
        `veto "${id}" is already on row ${earlier}`,
        `一票否决事项 "${id}" 已在第 ${earlier} 行填写`,
      );
      continue;
    }
    seen.set(id, row);
    if (answer === '') continue;
    const happened = lookup(VETO_ANSWERS, answer);
    if (happened === undefined) {
      add(
        'unknown-choice',
        at(VETO_COLUMNS.answer),
        `"occurred" must be ${HAPPENED} or ${NOT_HAPPENED} (got ${shownText(answer)})`,
        `「存在/不存在」只能填${HAPPENED}或${NOT_HAPPENED}（实际为 ${shownText(answer)}）`,
      );
      continue;
    }
    vetoes[id] = happened;
  }
  return vetoes;
}

function readSurveySheet(sheet: SheetRows, add: AddIssue): Survey | undefined {
  const reader = readSheet(sheet, SURVEY_COLUMNS, ['respondents', 'satisfied'], add);
  const first = reader?.rows[0];
  if (reader === undefined || first === undefined) return undefined;
  const cells = {
    respondents: first.cells[reader.columns.get('respondents') as number] ?? '',
    satisfied: first.cells[reader.columns.get('satisfied') as number] ?? '',
  };
  if (cells.respondents === '' && cells.satisfied === '') return undefined;
  let ok = true;
  for (const field of ['respondents', 'satisfied'] as const) {
    const c = SURVEY_COLUMNS[field];
    const raw = cells[field];
    const at = cellPath(sheet.name, first.row, c.zh);
    if (raw === '') {
      add('required', at, `"${c.en}" is required when the survey is filled`, `填写调查时「${c.zh}」为必填项`);
      ok = false;
    } else if (!DECIMAL_TEXT.test(raw)) {
      add(
        'not-a-number',
        at,
        `"${c.en}" must be a number (got ${shownText(raw)})`,
        `「${c.zh}」必须是数字（实际为 ${shownText(raw)}）`,
      );
      ok = false;
    }
  }
  if (!ok) return undefined;
  const parsed = safeParseWithSchema(surveySchema, cells);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === 'respondents' ? 'respondents' : 'satisfied';
    add(
      issue.code,
      cellPath(sheet.name, first.row, SURVEY_COLUMNS[field].zh),
      issue.message,
      issue.messageZh,
    );
  }
  return undefined;
}

function checkWorkbookArguments(sheets: readonly SheetRows[], options: CountyWorkbookOptions): void {
  expectKind(sheets, 'array', ['sheets'], { en: 'a list of sheets', zh: '工作表列表' });
  eachOf(sheets, (sheet, i) => {
    expectShape(
      sheet,
      ['sheets', i],
      { en: 'a sheet ({ name, rows })', zh: '工作表（{ name, rows }）' },
      {
        name: 'string',
        rows: 'array',
      },
    );
    eachOf(sheet.rows, (cells, j) => {
      expectKind(cells, 'array', ['sheets', i, 'rows', j], { en: 'a row of cells', zh: '单元格行' });
    });
  });
  expectKind(options, 'object', ['options'], {
    en: 'an object of options with the county and the year',
    zh: '含县和年度的选项对象',
  });
  if (options.set !== undefined) expectIndicatorSet(options.set, ['options', 'set']);
}

/**
 * Reads a filled county workbook (县域填报工作簿, as {@link countyWorkbookTemplate} writes it) into a
 * validated {@link CompulsoryDataset}: the school sheet (学校数据 or `schools`; else the first
 * sheet), the county-level indicators (县级指标) as `countyFacts`, the vetoes (一票否决) and the
 * survey (社会认可度). Sheets other than the school sheet may be missing (their parts are then not
 * given). An empty county or veto row means "not given" (the indicator stays unknown), never 0 or
 * 不存在. Money columns headed in 万元 are converted to 元 exactly.
 *
 * Every problem of every sheet is reported at once, each at
 * `['sheet', <sheet name>, 'row', N, 'column', <header>]` (N the 1-based row), as
 * {@link compulsoryDatasetFromSheet} places problems of the school sheet: `missing-sheet`,
 * `missing-column`, `required`, `not-a-number`, `negative`, `unknown-choice` (a 达到/未达到 or
 * 存在/不存在 cell with another value), `value-and-judgement`, `judgement-required`,
 * `unknown-indicator`, `duplicate-id`, `satisfied-exceeds-respondents`, and those of the school
 * sheet.
 *
 * @category Input
 * @param sheets - every sheet of the workbook, each with its name and rows (row 1 first)
 * @param options - county, year, and the indicator set the workbook was written for (optional)
 * @returns the dataset
 * @throws {@link DudaoError} listing every problem
 * @example
 * ```ts
 * const dataset = compulsoryDatasetFromWorkbook(
 *   [
 *     {
 *       name: '学校数据',
 *       rows: [
 *         ['学校代码', '学校名称', '学校类型', '办学性质', '学段', '在校生数', '班级数'],
 *         ['s01', '城关小学', '小学', '公办', '小学', 812, 18],
 *       ],
 *     },
 *     { name: '县级指标', rows: [['指标代码', '数值', '达到/未达到'], ['teacher-exchange', 12.5, null]] },
 *     { name: '社会认可度', rows: [['调查人数', '满意人数'], [1200, 1068]] },
 *   ],
 *   { county: { code: '610328', name: '示例县' }, year: 2021 },
 * );
 * dataset.countyFacts['teacher-exchange']; //=> { value: '12.5' }
 * dataset.survey?.respondents; //=> '1200'
 * ```
 */
export function compulsoryDatasetFromWorkbook(
  sheets: readonly SheetRows[],
  options: CountyWorkbookOptions,
): CompulsoryDataset {
  checkWorkbookArguments(sheets, options);
  const named = (name: string): SheetRows | undefined => sheets.find((s) => s.name === name);
  const others = new Set<string>([
    COUNTY_WORKBOOK_SHEETS.county,
    COUNTY_WORKBOOK_SHEETS.vetoes,
    COUNTY_WORKBOOK_SHEETS.survey,
    COUNTY_WORKBOOK_SHEETS.guide,
    '说明 (Columns)',
  ]);
  const schools =
    named(COUNTY_WORKBOOK_SHEETS.schools) ?? named('schools') ?? sheets.find((s) => !others.has(s.name));
  const issues: DudaoIssue[] = [];
  const add: AddIssue = (code, path, message, messageZh) => {
    issues.push({ code, path, message, messageZh });
  };
  if (schools === undefined) {
    add(
      'missing-sheet',
      ['sheet', COUNTY_WORKBOOK_SHEETS.schools],
      `the workbook has no school sheet "${COUNTY_WORKBOOK_SHEETS.schools}"`,
      `工作簿缺少工作表「${COUNTY_WORKBOOK_SHEETS.schools}」`,
    );
  }
  const countySheet = named(COUNTY_WORKBOOK_SHEETS.county);
  const vetoSheet = named(COUNTY_WORKBOOK_SHEETS.vetoes);
  const surveySheet = named(COUNTY_WORKBOOK_SHEETS.survey);
  const countyFacts =
    countySheet === undefined ? {} : readCountySheet(countySheet, options.set, false, add).facts;
  const vetoes = vetoSheet === undefined ? {} : readVetoSheet(vetoSheet, options.set, add);
  const survey = surveySheet === undefined ? undefined : readSurveySheet(surveySheet, add);
  let dataset: CompulsoryDataset | undefined;
  if (schools !== undefined) {
    try {
      dataset = compulsoryDatasetFromSheet(schools, {
        county: options.county,
        year: options.year,
        countyFacts,
        vetoes,
        ...(survey === undefined ? {} : { survey }),
      });
    } catch (error) {
      if (!(error instanceof DudaoError)) throw error;
      issues.push(...error.issues);
    }
  }
  const [first, ...rest] = issues;
  if (first !== undefined) throw new DudaoError([first, ...rest]);
  return dataset as CompulsoryDataset;
}

/**
 * Reads a filled preschool county workbook (学前教育县域填报工作簿, as {@link countyWorkbookTemplate}
 * writes it for a preschool set) into a validated {@link PreschoolDataset}: the kindergarten sheet
 * (幼儿园数据 or `kindergartens`; one row per kindergarten, classes as lists of class sizes per
 * type), 学前三年适龄人口 and the county-level indicators from 县级指标, the vetoes (一票否决) and
 * the survey (社会认可度). An empty county or veto row means "not given" (the indicator stays
 * unknown).
 *
 * Every problem is reported at once at `['sheet', <sheet name>, 'row', N, 'column', <header>]`, as
 * {@link compulsoryDatasetFromWorkbook} does; problems the dataset schema finds in a kindergarten
 * (e.g. `not-integer`, `certified-exceeds-total`, `duplicate-id`) are placed at the cell they came
 * from, and a missing or bad 学前三年适龄人口 at its row of 县级指标.
 *
 * @category Input
 * @param sheets - every sheet of the workbook, each with its name and rows (row 1 first)
 * @param options - county, year, and the indicator set the workbook was written for (optional)
 * @returns the dataset
 * @throws {@link DudaoError} listing every problem
 * @example
 * ```ts
 * const dataset = preschoolDatasetFromWorkbook(
 *   [
 *     {
 *       name: '幼儿园数据',
 *       rows: [
 *         ['幼儿园代码', '幼儿园名称', '办园性质', '在园幼儿数', '小班各班人数', '专任教师数'],
 *         ['k01', '县第一幼儿园', '教育部门办', 50, '25;25', 4],
 *       ],
 *     },
 *     { name: '县级指标', rows: [['指标代码', '数值', '达到/未达到'], ['populationAged3to5', 60, null]] },
 *   ],
 *   { county: { code: '610323', name: '示例县' }, year: 2021 },
 * );
 * dataset.kindergartens[0]?.classes.length; //=> 2
 * dataset.populationAged3to5; //=> '60'
 * ```
 */
export function preschoolDatasetFromWorkbook(
  sheets: readonly SheetRows[],
  options: CountyWorkbookOptions,
): PreschoolDataset {
  checkWorkbookArguments(sheets, options);
  const named = (name: string): SheetRows | undefined => sheets.find((s) => s.name === name);
  const issues: DudaoIssue[] = [];
  const add: AddIssue = (code, path, message, messageZh) => {
    issues.push({ code, path, message, messageZh });
  };
  const sheet = named(COUNTY_WORKBOOK_SHEETS.kindergartens) ?? named('kindergartens');
  if (sheet === undefined) {
    add(
      'missing-sheet',
      ['sheet', COUNTY_WORKBOOK_SHEETS.kindergartens],
      `the workbook has no kindergarten sheet "${COUNTY_WORKBOOK_SHEETS.kindergartens}"`,
      `工作簿缺少工作表「${COUNTY_WORKBOOK_SHEETS.kindergartens}」`,
    );
  }
  const read = sheet === undefined ? undefined : readKindergartenSheet(sheet, add);
  const countySheet = named(COUNTY_WORKBOOK_SHEETS.county);
  const vetoSheet = named(COUNTY_WORKBOOK_SHEETS.vetoes);
  const surveySheet = named(COUNTY_WORKBOOK_SHEETS.survey);
  const county: CountyRead =
    countySheet === undefined ? { facts: {} } : readCountySheet(countySheet, options.set, true, add);
  const vetoes = vetoSheet === undefined ? {} : readVetoSheet(vetoSheet, options.set, add);
  const survey = surveySheet === undefined ? undefined : readSurveySheet(surveySheet, add);
  const populationPath: FieldPath = county.populationPath ?? ['sheet', COUNTY_WORKBOOK_SHEETS.county];
  if (issues.length === 0 && read !== undefined && sheet !== undefined) {
    const result = safeParsePreschoolDataset({
      schemaVersion: 1,
      county: options.county,
      year: options.year,
      // Optional: without it, gross enrolment is unknown (not an error).
      ...(county.population === undefined ? {} : { populationAged3to5: county.population.value }),
      kindergartens: read.kindergartens,
      countyFacts: county.facts,
      vetoes,
      ...(survey === undefined ? {} : { survey }),
    });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path =
        issue.path[0] === 'populationAged3to5'
          ? populationPath
          : (kindergartenCellPath(sheet.name, read, issue.path) ?? issue.path);
      issues.push({ ...issue, path });
    }
  }
  const [first, ...rest] = issues;
  throw new DudaoError(first === undefined ? [internalIssue()] : [first, ...rest]);
}

// Unreachable: a workbook that fails has at least one issue. Kept so the error is never empty.
function internalIssue(): DudaoIssue {
  return { code: 'invalid', path: ['sheet'], message: 'the workbook is invalid', messageZh: '工作簿无效' };
}
