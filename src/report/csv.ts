/**
 * CSV renderings (逗号分隔值表格) of assessments and ledger reports, for spreadsheets: RFC 4180
 * quoting and CRLF line ends, Chinese or English headers, an optional UTF-8 byte order mark (so
 * that Excel reads Chinese text correctly). Numbers are rounded here for display only:
 * percentages 2 decimals, CVs 3, areas 2, money 0; counts are written as they are.
 * @module
 */
import DecimalJs from 'decimal.js';
import type { CompulsoryAssessment } from '../assess/county.js';
import type { PreschoolAssessment } from '../assess/preschool.js';
import type { IndicatorResult, IndicatorStatus } from '../assess/types.js';
import type { IndicatorSet } from '../indicators/types.js';
import { ISSUE_STATUS_LABELS, ISSUE_STATUSES } from '../ledger/types.js';
import type { Decimal } from '../numeric/decimal.js';
import { BREAKDOWN_DIMENSIONS } from '../scoring/breakdown.js';
import type { LedgerReport } from '../scoring/report.js';
import type { RectificationSummary } from '../scoring/summary.js';
import { formatDecimal, type Lang, placesForUnit } from './format.js';

/**
 * Options of the CSV renderers.
 * @category Reports
 * @example
 * ```ts
 * const options: CsvOptions = { lang: 'en', bom: true };
 * ```
 */
export interface CsvOptions {
  /** Header and label language: `zh` (default) or `en`. */
  readonly lang?: Lang;
  /** Start with a UTF-8 byte order mark (U+FEFF), which Excel needs to read UTF-8; default false. */
  readonly bom?: boolean;
}

/** The line end RFC 4180 prescribes. */
const CRLF = '\r\n';

/**
 * Quotes one CSV field as RFC 4180 requires (CSV 字段转义): a field holding a comma, a double
 * quote, a line break or a leading or trailing space is wrapped in double quotes, and each double
 * quote inside it is doubled.
 * @category Reports
 * @param text - the field's text
 * @returns the field as written in a CSV file
 * @example
 * ```ts
 * csvField('城关一小'); //=> '城关一小'
 * csvField('a, "b"'); //=> '"a, ""b"""'
 * ```
 */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV text (CSV 表格): fields quoted by {@link csvField}, every line ended by CRLF,
 * optionally preceded by a UTF-8 byte order mark.
 * @category Reports
 * @param rows - the rows, header first
 * @param options - `bom`: start with U+FEFF (default false)
 * @returns the CSV text
 * @example
 * ```ts
 * formatCsv([['id', 'name'], ['s01', 'a,b']]); //=> 'id,name\r\ns01,"a,b"\r\n'
 * ```
 */
export function formatCsv(
  rows: readonly (readonly string[])[],
  options: {
    /** Start with a UTF-8 byte order mark (U+FEFF). */
    readonly bom?: boolean;
  } = {},
): string {
  const body = rows.map((row) => row.map(csvField).join(',') + CRLF).join('');
  return options.bom === true ? `\uFEFF${body}` : body;
}

type Words = { readonly zh: string; readonly en: string };

const STAGE: Readonly<Record<'primary' | 'junior', Words>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
};

// The `met` column: a decision reads yes or no; undecided states say why.
const MET: Readonly<Record<IndicatorStatus, Words>> = {
  met: { zh: '是', en: 'yes' },
  unmet: { zh: '否', en: 'no' },
  unknown: { zh: '无法判定', en: 'unknown' },
  'not-applicable': { zh: '不适用', en: 'n/a' },
  measured: { zh: '', en: '' },
};

function nameOf(set: IndicatorSet, id: string, lang: Lang): string {
  return set.indicators.find((i) => i.id === id)?.name[lang] ?? id;
}

function placesOf(set: IndicatorSet, id: string): number {
  return placesForUnit(set.indicators.find((i) => i.id === id)?.unit?.en);
}

function number(value: Decimal | null | undefined, places: number): string {
  if (value === null || value === undefined) return '';
  if (!value.isFinite()) return '∞';
  return formatDecimal(value, places);
}

// Counts are written whole; a derived (split) figure has a fraction and is shown like its value.
function quantity(value: Decimal | undefined, places: number): string {
  if (value === undefined) return '';
  return value.isInteger() ? value.toFixed(0) : number(value, places);
}

function resultCells(set: IndicatorSet, r: IndicatorResult, lang: Lang): string[] {
  const places = placesOf(set, r.indicator);
  return [
    r.indicator,
    nameOf(set, r.indicator, lang),
    number(r.value, places),
    r.threshold === null ? '' : r.threshold.toString(),
    MET[r.status][lang],
    quantity(r.numerator, places),
    quantity(r.denominator, places),
  ];
}

/**
 * Renders a compulsory-education assessment's school sections as CSV (学校资源配置明细表): one row
 * per school section and indicator, with school id, school name, stage, indicator id, indicator
 * name, value, threshold, met, numerator and denominator. The `met` column reads 是 / 否 (yes /
 * no), or why it is undecided (无法判定, 不适用).
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default) and `bom`
 * @returns the CSV text
 * @example
 * ```ts
 * renderCompulsoryCsv(assessCompulsory(dataset, compulsoryQuality2017), compulsoryQuality2017, { lang: 'en' }).split('\r\n')[0];
 * //=> 'school id,school name,stage,indicator id,indicator,value,threshold,met,numerator,denominator'
 * ```
 */
export function renderCompulsoryCsv(
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  options: CsvOptions = {},
): string {
  const lang = options.lang ?? 'zh';
  const rows: string[][] = [
    lang === 'zh'
      ? ['学校编号', '学校名称', '学段', '指标编号', '指标', '值', '标准', '是否达标', '分子', '分母']
      : [
          'school id',
          'school name',
          'stage',
          'indicator id',
          'indicator',
          'value',
          'threshold',
          'met',
          'numerator',
          'denominator',
        ],
  ];
  for (const s of assessment.sections) {
    for (const r of s.results) {
      rows.push([s.schoolId, s.schoolName, STAGE[s.stage][lang], ...resultCells(set, r, lang)]);
    }
  }
  return formatCsv(rows, options);
}

/**
 * Renders the inter-school coefficients of variation as CSV (校际差异系数表): one row per stage
 * and indicator (CV 3 decimals, mean as its unit, limit 2 decimals), then the composite CV of
 * each stage where the set has one (compulsory-basic-2012), with the indicator id `composite`.
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default) and `bom`
 * @returns the CSV text
 * @example
 * ```ts
 * renderVariationCsv(assessment, compulsoryQuality2017).split('\r\n')[0];
 * //=> '学段,指标编号,指标,差异系数,均值,标准（≤）,是否达标'
 * ```
 */
export function renderVariationCsv(
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  options: CsvOptions = {},
): string {
  const lang = options.lang ?? 'zh';
  const rows: string[][] = [
    lang === 'zh'
      ? ['学段', '指标编号', '指标', '差异系数', '均值', '标准（≤）', '是否达标']
      : ['stage', 'indicator id', 'indicator', 'CV', 'mean', 'limit (≤)', 'met'],
  ];
  for (const v of assessment.variation) {
    rows.push([
      STAGE[v.stage][lang],
      v.indicator,
      nameOf(set, v.indicator, lang),
      number(v.cv, 3),
      number(v.mean, placesOf(set, v.indicator)),
      number(v.limit, 2),
      MET[v.status][lang],
    ]);
  }
  for (const c of assessment.composite ?? []) {
    rows.push([
      STAGE[c.stage][lang],
      'composite',
      lang === 'zh' ? '综合差异系数' : 'composite CV',
      number(c.cv, 3),
      '',
      number(c.limit, 2),
      MET[c.status][lang],
    ]);
  }
  return formatCsv(rows, options);
}

/**
 * Renders a preschool assessment's county indicators as CSV (学前教育县级指标表): one row per
 * indicator (access, government guarantee, care quality), then social recognition and the
 * vetoes, with aspect, indicator id, indicator name, value (percentages 2 decimals), threshold,
 * met, numerator and denominator.
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default) and `bom`
 * @returns the CSV text
 * @example
 * ```ts
 * renderPreschoolCsv(assessPreschool(dataset, preschool2020), preschool2020, { lang: 'en' }).split('\r\n')[0];
 * //=> 'aspect,indicator id,indicator,value,threshold,met,numerator,denominator'
 * ```
 */
export function renderPreschoolCsv(
  assessment: PreschoolAssessment,
  set: IndicatorSet,
  options: CsvOptions = {},
): string {
  const lang = options.lang ?? 'zh';
  const rows: string[][] = [
    lang === 'zh'
      ? ['方面', '指标编号', '指标', '值', '标准', '是否达标', '分子', '分母']
      : ['aspect', 'indicator id', 'indicator', 'value', 'threshold', 'met', 'numerator', 'denominator'],
  ];
  const all = [
    ...assessment.countyIndicators,
    ...(assessment.socialRecognition === null ? [] : [assessment.socialRecognition]),
    ...assessment.vetoes,
  ];
  for (const r of all) rows.push([r.aspect, ...resultCells(set, r, lang)]);
  return formatCsv(rows, options);
}

const DIMENSION_ZH: Readonly<Record<string, string>> = {
  all: '全部',
  county: '县（区）',
  programme: '督导项目',
  source: '督导活动',
  level: '督导层级',
  category: '问题类别',
  commonality: '共性 / 个性',
  scope: '问题范围',
  'scope-kind': '范围类型',
  responsible: '责任单位',
  severity: '严重程度',
  mode: '整改方式',
};

function percent(share: Decimal | null): string {
  return share === null ? '' : new DecimalJs(share).times(100).toFixed(2, DecimalJs.ROUND_HALF_UP);
}

function summaryCells(s: RectificationSummary, lang: Lang): string[] {
  return [
    String(s.total),
    String(s.withdrawn),
    String(s.counted),
    ...ISSUE_STATUSES.map((status) => String(s.byStatus[status])),
    String(s.rectified),
    percent(s.rate),
    percent(s.strictRate),
    String(s.overdue),
    lang === 'zh' ? (s.cleared ? '是' : '否') : s.cleared ? 'yes' : 'no',
  ];
}

/**
 * Renders a ledger report as CSV (整改情况统计表): two tables separated by one empty line. The
 * first has one row for the whole ledger (dimension `all`) and one per group of every breakdown
 * (dimension and key as in the JSON, e.g. `county` / `610328`), with the issue counts per status,
 * the rectification rate and the strict rate in percent (2 decimals), the overdue count and
 * whether the group is cleared (清零). The second is the overdue list (逾期未整改清单), most days
 * overdue first. Spreadsheet users split at the empty line; JSON has the same figures exactly.
 * @category Reports
 * @param report - a ledger report (from `ledgerReport`)
 * @param options - `lang` (`zh` default) and `bom`
 * @returns the CSV text
 * @example
 * ```ts
 * renderLedgerCsv(ledgerReport(state, { asOf: '2021-12-10' }), { lang: 'en' }).split('\r\n')[1];
 * //=> 'all,,41,1,40,2,5,7,5,21,1,33,82.50,65.00,3,no'
 * ```
 */
export function renderLedgerCsv(report: LedgerReport, options: CsvOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const zh = lang === 'zh';
  const statusHeaders = ISSUE_STATUSES.map((status) =>
    zh ? ISSUE_STATUS_LABELS[status].zh : `status: ${ISSUE_STATUS_LABELS[status].en}`,
  );
  const summaryRows: string[][] = [
    zh
      ? [
          '分类维度',
          '分组',
          '问题总数',
          '撤销',
          '计入整改率',
          ...statusHeaders,
          '已整改合计',
          '整改率（%）',
          '严格整改率（%）',
          '逾期未整改',
          '是否清零',
        ]
      : [
          'dimension',
          'key',
          'total',
          'withdrawn',
          'counted',
          ...statusHeaders,
          'rectified',
          'rate (%)',
          'strict rate (%)',
          'overdue',
          'cleared',
        ],
    [zh ? (DIMENSION_ZH.all as string) : 'all', '', ...summaryCells(report.summary, lang)],
  ];
  for (const by of BREAKDOWN_DIMENSIONS) {
    for (const row of report.breakdowns[by]) {
      summaryRows.push([zh ? (DIMENSION_ZH[by] ?? by) : by, row.key, ...summaryCells(row.summary, lang)]);
    }
  }
  const overdueRows: string[][] = [
    zh
      ? [
          '问题编号',
          '县（区）',
          '问题描述',
          '状态',
          '整改期限',
          '逾期天数',
          '严重程度',
          '牵头单位',
          '配合单位',
        ]
      : [
          'issue id',
          'county',
          'description',
          'status',
          'deadline',
          'days overdue',
          'severity',
          'lead',
          'supporting',
        ],
  ];
  for (const e of report.overdue) {
    overdueRows.push([
      e.id,
      e.county,
      e.description,
      ISSUE_STATUS_LABELS[e.status][lang],
      e.deadline,
      String(e.daysOverdue),
      zh ? (e.severity === 'major' ? '重大' : '一般') : e.severity,
      e.lead.join(zh ? '、' : '; '),
      e.supporting.join(zh ? '、' : '; '),
    ]);
  }
  return `${formatCsv(summaryRows, options)}${CRLF}${formatCsv(overdueRows)}`;
}
